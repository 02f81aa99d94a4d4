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


# spaCy's prefix and suffix expressions split by the character at their edge (EdgeSplit)

EDGE_WORDS = SUFFIX_WORDS + ["US$5", "C$", "A$1", "+5", "+x", "...x", "§3", "«Ми", "„Так“", "5km²", "10mph", "20кг",
                             "3млн", "2022г.", "n't", "it's", "15°F.", "(AP)", "x»", "‘quoted’", "₴100", "¿qué?"]


def _variants(words):
    out = []
    for w in words:
        out += [w, w.upper(), w[1:], w[:-1], "x" + w, w + "x", "1" + w, w + ".", "(" + w]
    return out


@pytest.mark.parametrize("lang", segment.SEGMENT_LANGUAGES)
def test_prefix_and_suffix_split_by_edge_character_give_spacys_matches(lang):
    from sitrep.components.segment_affixes import PrefixSearch

    tok = segment.blank(lang).tokenizer
    assert isinstance(tok.prefix_search, PrefixSearch) and tok.suffix_search.split is not None
    ref = pristine(lang)
    for word in _variants(EDGE_WORDS) + ["".join(EDGE_WORDS), ""]:
        assert suffix_span(tok.prefix_search, word) == suffix_span(ref.prefix_search, word), word
        assert suffix_span(tok.suffix_search, word) == suffix_span(ref.suffix_search, word), word


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZé1.,;:!?…'’\"”»«(%°CkmsKg$€+§-–/кЖг\n", max_size=12), st.sampled_from(segment.SEGMENT_LANGUAGES))
def test_random_prefixes(word, lang):
    ours = segment.blank(lang).tokenizer.prefix_search
    assert suffix_span(ours, word) == suffix_span(pristine(lang).prefix_search, word)


@pytest.mark.parametrize("lang", segment.SEGMENT_LANGUAGES)
def test_edge_classes_hold_every_edge_character_a_piece_matches(lang):
    """Each piece's derived first (last) characters hold the first (last) character of what
    it matches, on every test word, its beginnings and ends, and the words' characters alone."""
    import re

    from sitrep.components.segment_affixes import _admits

    tok = segment.blank(lang).tokenizer
    words = _variants(EDGE_WORDS + WORDS)
    words += sorted({c for w in words for c in w})
    for split, last in ((tok.prefix_search.split, False), (tok.suffix_search.split, True)):
        assert len(split.pieces) > 50
        seen = 0
        for piece, edge in zip(split.pieces, split.edges):
            compiled = re.compile(piece, split.pattern.flags)
            for word in words:
                m = compiled.search(word)
                if m is None or m.start() == m.end():
                    continue
                seen += 1
                assert _admits(edge, word[m.end() - 1] if last else word[m.start()]), (piece, word)
        assert seen > 20


def test_alternatives_are_cut_at_top_level_bars_only():
    from sitrep.components.segment_affixes import _alternatives

    assert _alternatives(r"^a|^(?:b|c)|[|]$|\||x[]|]") == ["^a", "^(?:b|c)", "[|]$", r"\|", "x[]|]"]
    assert _alternatives("(a|b") is None


def test_edge_split_keeps_the_pieces_in_order_and_bounds_its_memo(monkeypatch):
    import re

    from sitrep.components import segment_affixes
    from sitrep.components.segment_affixes import EdgeSplit

    split = EdgeSplit.of(re.compile(r"ab$|(?<=\d)b$|c$|\d+$|x?$"), last=True)
    assert split.edges[0] == frozenset("b") and split.edges[4] is None  # x?$ can match empty: always kept
    assert split.search("b").__self__.pattern == r"ab$|(?<=\d)b$|x?$"
    assert EdgeSplit.of(re.compile(r"^a|b"), last=False) is None  # a piece not anchored at the start
    monkeypatch.setattr(segment_affixes, "EDGE_MEMO", 2)
    for c in "abcdef":
        split.search(c)
    assert len(split._by_char) <= 2


@pytest.mark.parametrize("lang", segment.SEGMENT_LANGUAGES)
def test_no_prefix_or_suffix_inside_a_word_of_letters(lang):
    """What ``Tokens._wrapped`` skips: spaCy's prefix and suffix expressions find nothing in
    words of letters (en/fr/ru/uk words, capitalised, upper-cased, with foreign letters)."""
    assert segment.tokens_for(lang)._letters_uncut
    ref = pristine(lang)
    words = ["Kyiv", "km", "mph", "s", "US", "C", "A", "aujourd", "hui", "État", "кг", "млн", "руб", "грн", "тис",
             "ſ", "İstanbul", "ǅemal", "ß", "Ωmega", "ﬁne", "ᲀ", "m", "h", "th", "nd", "st", "rd", "g", "kg"]
    for w in words + [w.upper() for w in words] + ["".join(words)]:
        assert w.isalpha()
        assert ref.prefix_search(w) is None and ref.suffix_search(w) is None, w


def test_never_within_letters_reads_the_expression():
    import re

    from sitrep.components.segment_affixes import never_within_letters

    assert never_within_letters(re.compile(r"(?<=[0-9])km$|'s$|\.$").search)
    assert not never_within_letters(re.compile(r"(?<=[0-9])km$|s$").search)
    assert not never_within_letters(re.compile(r"(?<=[0-9a-z])km$").search)
    assert not never_within_letters(re.compile(r"(?i)'s$").search)  # case equivalences: not shown
    assert never_within_letters(re.compile(r"^\d+|^[-–]").search)
    assert not never_within_letters(re.compile(r"^\w").search)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZéKkmsgtſİßкгЖΩ", min_size=1, max_size=10), st.sampled_from(segment.SEGMENT_LANGUAGES))
def test_random_letter_words_have_no_affix(word, lang):
    if word.isalpha():
        ref = pristine(lang)
        assert ref.prefix_search(word) is None and ref.suffix_search(word) is None
