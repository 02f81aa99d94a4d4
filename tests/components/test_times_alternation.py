"""The time lexicon's alternations as trees of shared beginnings match what the flat lists matched."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.components.times import grammar
from sitrep.components.times.lexicon import LANGUAGES, alternation, load, norm


def flat(forms) -> str:
    """The alternation as it was written before: every form in turn, longest first."""
    out = []
    for form in sorted({norm(f) for f in forms if str(f).strip()}, key=lambda f: (-len(f), f)):
        out.append("".join(r"\s+" if ch == " " else "['’ʼ]" if ch == "'" else re.escape(ch) for ch in form))
    return "(?:" + "|".join(out) + ")" if out else "(?!x)x"


def word_lists(lang):
    lex = load(lang)
    for key, value in sorted(lex.data.items()):
        if not isinstance(value, (list, dict)):
            continue
        forms = grammar._forms(value)
        if forms and all(isinstance(f, str) for f in forms):
            yield key, forms


def probes(forms):
    """Texts where the forms, their case variants, beginnings and extensions meet."""
    out = []
    for f in forms[:200]:
        out += [f, f.upper(), f.title(), f[:-1], f + "s", f + " " + f, "(" + f + ")", f.replace(" ", "\n  ")]
        out.append(f.replace("'", "’"))
    out.append("  ".join(forms[:60]))
    return out


def spans(pattern: str, texts, wrap: bool):
    body = r"(?<!\w)(?:" + pattern + r")(?!\w)" if wrap else pattern
    regex = re.compile(body, re.IGNORECASE)
    return [[m.span() for m in regex.finditer(t)] for t in texts]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_word_list_matches_as_before(lang):
    for key, forms in word_lists(lang):
        texts = probes(forms)
        for wrap in (True, False):
            assert spans(alternation(forms), texts, wrap) == spans(flat(forms), texts, wrap), (lang, key)


def test_tree_keeps_the_order_within_a_beginning():
    assert alternation(["today", "tonight", "to"]) == "(?:to(?:night|day|))"
    # "to" before "today" would stop at "to": the longest form still comes first
    assert re.match(alternation(["to", "today"]), "today").group() == "today"


def test_forms_one_character_can_start_stay_flat():
    # "ſ" and "s" are one letter to re.IGNORECASE: grouping by first atom would reorder them
    forms = ["ſab", "sa", "ſb"]
    assert alternation(forms) == flat(forms)
    assert alternation(["’xy", "'x"]) == "(?:['’ʼ]x(?:y|))"  # both apostrophes are one form
    # a whitespace run shared by forms whose rests could start with whitespace is not factored
    assert re.fullmatch(alternation(["a b", "a bc"]), "a   bc")


FORMS = st.lists(st.text(alphabet="abAB 'ſ’кК-", min_size=1, max_size=5), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(FORMS, st.lists(st.text(alphabet="abAB 'ſ’кК-x\n", max_size=12), max_size=6))
def test_random_forms_match_as_flat_lists(forms, texts):
    texts = texts + probes([norm(f) for f in forms if f.strip()])
    for wrap in (True, False):
        assert spans(alternation(forms), texts, wrap) == spans(flat(forms), texts, wrap)
