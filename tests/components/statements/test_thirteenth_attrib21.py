"""Issue 13, thirteenth round (branch ``attrib21``): false statements where no words are reported.
A cue verb used in a sense that reports nothing makes no statement, and the right statements around it
stay.  On sentences written for the purpose (conflict news, English)."""

from __future__ import annotations

import pytest


def _standing(article) -> dict[str, dict]:
    """The statements that stand alone (not nested in another), keyed by cue text, with their content."""
    return {a.attrs["cue"]["text"]: dict(a.attrs, content=" | ".join(article.text[s:e] for s, e in a.attrs["parts"]))
            for a in article.layers["statements"] if a.attrs["cue"] and not a.attrs.get("outer")}


@pytest.mark.parametrize("text", [
    "Shelling hit the town overnight, adding to a death toll that has passed 40.",
    "The blockade added to the pressure on the government in the capital.",
    "The militia won control of the second bridge on Tuesday, adding to its gains in the north.",
    "Each new strike adds to the cost of rebuilding the port.",
])
def test_add_to_is_an_increase_not_a_statement(analyse, text):
    st = _standing(analyse(f"War\n\n{text}", "en"))
    assert not any(cue.lower().startswith("add") for cue in st)


def test_add_to_keeps_the_statement_inside(analyse):
    """"adding to a death toll that officials said had passed 40": officials still say it."""
    st = _standing(analyse("War\n\nRussian forces shelled the town overnight, adding to a death toll that officials "
                           "said had passed 40.", "en"))
    assert "adding" not in st
    assert st["said"]["source"]["text"] == "officials"


@pytest.mark.parametrize("text, source, content", [
    ("“We will not retreat,” the commander added to reporters on Monday.", "the commander", "We will not retreat"),
    ("The spokesman added that the convoy had been hit twice.", "The spokesman", "the convoy had been hit twice"),
    ("The minister added to reporters that the talks would resume on Friday.", "The minister",
     "the talks would resume on Friday"),
])
def test_added_as_a_verb_of_saying_stays(analyse, text, source, content):
    st = _standing(analyse(f"War\n\n{text}", "en"))
    assert st["added"]["source"]["text"] == source
    assert content in st["added"]["content"]


@pytest.mark.parametrize("text", [
    "After the bridge fell, the defenders found themselves surrounded on three sides.",
    "The envoy found himself shut out of the talks in Doha.",
    "Aid agencies now find themselves unable to reach the city.",
])
def test_find_oneself_is_a_state_not_a_finding(analyse, text):
    st = _standing(analyse(f"War\n\n{text}", "en"))
    assert not any(cue.lower().split()[-1] in ("found", "find", "finds") for cue in st)


def test_a_finding_stays(analyse):
    st = _standing(analyse("War\n\nThe inquiry found that the convoy had been shelled by artillery.", "en"))
    assert st["found"]["source"]["text"] == "The inquiry"
    assert "the convoy had been shelled" in st["found"]["content"]


def _all(article) -> list[tuple[str, str]]:
    return [(a.attrs["cue"]["text"], article.text[a.start:a.end]) for a in article.layers["statements"]
            if a.attrs["cue"] and not a.attrs.get("outer")]


@pytest.mark.parametrize("text, cue", [
    ("“The city is encircled and we are running out of water,” the governor said on his weekly television show.",
     "said"),
    ("The army asked civilians to leave, saying: “The city will be stormed within days.”", "asked"),
])
def test_one_statement_over_the_same_words(analyse, text, cue):
    """Two cues reading the same words ("said" and the noun "show"; "asked" and "saying" over one
    quotation) give one statement, the one naming its own speaker."""
    st = _all(analyse(f"War\n\n{text}", "en"))
    assert len(st) == 1 and st[0][0] == cue


@pytest.mark.parametrize("language, text, n", [
    ("en", "“We will not give up a single village,” the general said, adding: “Our forces hold the line.”", 2),
    ("en", "“The convoy was hit twice,” the spokesman told reporters, calling the attack deliberate.", 2),
    ("en", "Zelensky said the talks had failed. He added that Kyiv would not cede territory.", 2),
    ("fr", "« Nous ne céderons aucun village », a déclaré le général, ajoutant : « Nos forces tiennent la ligne. »", 2),
    ("ru", "«Мы не отдадим ни одной деревни», — заявил генерал, добавив: «Наши силы держат оборону».", 2),
])
def test_distinct_statements_stay(analyse, language, text, n):
    st = _all(analyse(f"Guerre\n\n{text}" if language == "fr" else f"War\n\n{text}", language))
    assert len(st) == n
