"""Required literals (``times/literals.py``): every match of a rule holds one of them, and
``grammar.find`` with the literal test gives what it gives without it (the long way)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.components.times import grammar
from sitrep.components.times.literals import lowered, minimal, required_literals

TEXTS = {
    "en": "Three weeks ago, in the 1990s and the '80s, the Mayor said at 9 a.m. (or 9:30 PM) that two days later, "
          "each month and once a year, over the past 5 years, 2 hrs back, AGO, Later, the 2020’s, 1999 and 2021; "
          "the FIRST quarter of 2022, this week, next Monday, Tues. 3 May, earlier today, afterwards, twice",
    "fr": "Il y a trois semaines, dans les années 90 et 1980, le maire a dit à 9h30 que deux jours plus tard, "
          "chaque mois, tous les ans, dans 5 ans, le 14 juillet, à Noël, le 1er mai 2022, les jours suivants",
    "ru": "Три недели назад, в 1990-х и 2000-е, мэр сказал в 9:30, что спустя два дня, через 5 лет, "
          "ежедневно, каждый год, на Новый год, в День Победы, 5 мая 2022 года, позже, ранее, НАЗАД",
    "uk": "Три тижні тому, у 1990-х і 2000-ті, мер сказав о 9:30, що через два дні, щодня, щороку, "
          "на Різдво, у День Незалежності, 24 лютого 2022 року, згодом, раніше, ТОМУ, назад",
}
#: characters ``lowered`` refuses: ``re`` matches them to plain letters other than their lower case
ODD = ["ſ", "ı", "İ", "µ", "Σ", "ᲀ", "ﬅ"]


def long_way(text, lang, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(grammar, "literals", lambda lang: {})
        return grammar.find(text, lang)


def key(matches):
    return [(m.start, m.end, m.rule, m.groups, m.offsets, m.priority) for m in matches]


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_find_with_literals_as_without(lang, monkeypatch):
    assert grammar.literals(lang)  # the test is in use
    for text in [TEXTS[lang], TEXTS[lang].upper(), TEXTS[lang].lower()] + [TEXTS[lang] + c for c in ODD]:
        found = grammar.find(text, lang)
        assert key(found) == key(long_way(text, lang, monkeypatch))
    assert grammar.find(TEXTS[lang], lang)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_every_match_of_a_rule_holds_one_of_its_literals(lang):
    """Each rule run over the whole texts (not only the windows): each match, lower-cased,
    holds one of the rule's literals."""
    texts = [TEXTS[lang], TEXTS[lang].upper()] + [t for t in TEXTS.values()]
    seen = 0
    for rule in grammar.rules(lang):
        found = required_literals(rule.regex.pattern, rule.regex.flags, grammar._STOP)
        if found is None:
            continue
        for text in texts:
            for m in rule.regex.finditer(text):
                if m.end() > m.start():
                    seen += 1
                    assert any(x in m.group().lower() for x in found), (rule.name, m.group(), sorted(found))
    assert seen > 20


def test_derived_literals_of_small_patterns():
    assert required_literals(r"ab(?:c|d)e", re.I) == {"abce", "abde"}
    assert required_literals(r"(?<!\w)(?:x|yz)\d+(?:later|earlier)(?!\w)", re.I) == {"later", "earlier"}
    assert required_literals(r"(?:\d{3}0|['’]?\d0)['’]?s", re.I) == {"0s", "0's", "0’s"}
    assert required_literals(r"t(?:o(?:day|night)|he\s+past)", re.I) == {"oday", "onight", "past"}
    assert required_literals(r"(?:a|\w+)b", re.I) == {"b"}
    assert required_literals(r"\d+", re.I) is None
    assert required_literals(r"x?y?", re.I) is None
    assert required_literals(r"(?P<a>x)(?P=a)yz", re.I) == {"yz"}
    assert required_literals(r"Day|NIGHT", re.I) == {"day", "night"}
    assert minimal({"apr", "apr.", "april", "may", "x"}) == {"x", "apr", "may"}
    assert minimal({"apr", "april", "may"}) == {"apr", "may"}


def test_lowered_keeps_offsets_and_refuses_odd_characters():
    for text in TEXTS.values():
        low = lowered(text)
        assert low == text.lower() and len(low) == len(text)
    assert lowered("Café «Ça» — Ñ € ’") == "café «ça» — ñ € ’"
    for c in ODD:
        assert lowered("Three weeks ago " + c) is None


PIECES = st.sampled_from(["ago", "AGO", "later", "three", "weeks", "week", "the", "1990s", "'80s", "2022", "9",
                          "a.m.", "p.m", ":30", "назад", "через", "тому", "years", "once", "each", "ſ", "ı", "İ",
                          "x", "Last", "past", "дня", "later.", "earlier"])
GAPS = st.sampled_from(["", " ", "  ", ", ", "\n", "-", "’", "."])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(PIECES, GAPS), max_size=25), st.sampled_from(sorted(TEXTS)))
def test_find_on_random_texts(parts, lang):
    text = "".join(p + g for p, g in parts)
    found = grammar.find(text, lang)
    saved = grammar.literals
    try:
        grammar.literals = lambda lang: {}
        expected = grammar.find(text, lang)
    finally:
        grammar.literals = saved
    assert key(found) == key(expected)
