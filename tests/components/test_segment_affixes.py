"""spaCy's infix search started at the first possible character gives spaCy's matches."""

from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.components import segment
from sitrep.components.segment_affixes import InfixFinditer

WORDS = ["contre-offensive", "l’État", "aujourd'hui", "2022-2023", "10:30", "U.S.-led", "a/b", "x+y", "Kyiv",
         "д-р", "Харків—Київ", "e.g.", "3.14", "...", "--", "re-elect", "C++", "50%-60%", "ім'я", "(Kyiv)"]


@lru_cache(maxsize=None)
def pristine(lang):
    import spacy

    return spacy.blank(lang).tokenizer


def spans(finditer, text):
    return [m.span() for m in finditer(text)]


@pytest.mark.parametrize("lang", segment.SEGMENT_LANGUAGES)
def test_infix_matches_are_spacys(lang):
    ours = segment.blank(lang).tokenizer.infix_finditer
    theirs = pristine(lang).infix_finditer
    for word in WORDS + [w.upper() for w in WORDS] + ["".join(WORDS)]:
        assert spans(ours, word) == spans(theirs, word), word


def test_the_fast_search_is_used_where_the_expression_has_a_bound():
    assert isinstance(segment.blank("en").tokenizer.infix_finditer, InfixFinditer)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZé1-–—'’/:.,+%()кЖ_·&", max_size=15), st.sampled_from(segment.SEGMENT_LANGUAGES))
def test_random_words(word, lang):
    assert spans(segment.blank(lang).tokenizer.infix_finditer, word) == spans(pristine(lang).infix_finditer, word)


def suffix_span(search, text):
    m = search(text)
    return None if m is None else m.span()


SUFFIX_WORDS = WORDS + ["said.", "said.”", "(AP),", "etc...", "a.....", "....", "5km", "10%", "$5", "U.S.", "’s",
                        "Kyiv's", "х.", "т.д.", "15°C.", "a'", "''", "word''", "p.m.", "12h", "!!!", "a\n", "..\n", "x.\n"]


def test_the_fast_suffix_search_is_used():
    from sitrep.components.segment_affixes import SuffixSearch

    assert isinstance(segment.blank("en").tokenizer.suffix_search, SuffixSearch)


@pytest.mark.parametrize("lang", segment.SEGMENT_LANGUAGES)
def test_suffix_matches_are_spacys(lang):
    ours = segment.blank(lang).tokenizer.suffix_search
    theirs = pristine(lang).suffix_search
    for word in SUFFIX_WORDS + [w.upper() for w in SUFFIX_WORDS] + ["".join(SUFFIX_WORDS)]:
        assert suffix_span(ours, word) == suffix_span(theirs, word), word


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZé1.,;:!?…'’\"”»)]%°CkmsKg$€-–/кЖ\n", max_size=14), st.sampled_from(segment.SEGMENT_LANGUAGES))
def test_random_suffixes(word, lang):
    ours = segment.blank(lang).tokenizer.suffix_search
    assert suffix_span(ours, word) == suffix_span(pristine(lang).suffix_search, word)
