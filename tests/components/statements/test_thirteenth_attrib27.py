"""Issue 13, thirteenth round (branch ``attrib27``): "expect" as a ``thatverb`` cue, a reporting verb only
before a clause ("that", or a determiner or pronoun opening one) and after a word that may end its subject:
not after a relative pronoun ("who expect"), a generic quantifier ("many expect") or a passive ("is expected",
a form of its own).  On sentences written for the purpose."""

from __future__ import annotations

from sitrep.components.statements.cues import lexicon

TITLES = {"en": "News", "fr": "Actualités"}


def _cues(analyse, language: str, sentence: str) -> dict[str, dict]:
    art = analyse(f"{TITLES[language]}\n\n{sentence}", language)
    return {a.attrs["cue"]["text"]: a.attrs for a in art.layers["statements"] if a.attrs["cue"]}


def test_the_lexicon_lists_expect_as_thatverb():
    assert "expect" in lexicon("en").thatverb
    assert "expect" not in lexicon("en").verbs


def test_expect_before_a_that_clause_is_a_cue(analyse):
    st = _cues(analyse, "en", "Western diplomats expect that the talks will resume in Geneva next week.")
    assert st["expect"]["source"]["text"] == "Western diplomats"


def test_expect_before_a_determiner_opens_a_clause(analyse):
    st = _cues(analyse, "en", "The defence minister said on Monday. Military analysts expect the offensive to stall "
                              "before winter.")
    assert "expect" in st and st["expect"]["source"]["text"] == "Military analysts"


def test_expect_after_a_relative_pronoun_is_no_cue(analyse):
    assert "expect" not in _cues(analyse, "en", "Investors who expect the central bank to cut rates bought bonds.")


def test_expect_after_a_generic_quantifier_is_no_cue(analyse):
    assert "expect" not in _cues(analyse, "en", "Many expect the ceasefire to collapse within days.")


def test_french_has_no_thatverb_entries():
    assert not lexicon("fr").thatverb.by_first
