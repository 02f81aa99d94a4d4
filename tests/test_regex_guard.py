"""The first-character guard keeps every match of the expression it guards."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.components.times.grammar import rules
from sitrep.regex_guard import first_char_guard, guarded

PATTERNS = [
    (r"(?<!\w)(?:last|next)\s+(?:week|month)", re.IGNORECASE),
    (r"(?<!\w)(?:['’]?\d0s|(?:mid-)?(?:spring|été))", re.IGNORECASE),
    (r"(?:[IVXLC]{1,5}|\d{1,2})\s+(?:century|siècle|век)", re.IGNORECASE),
    (r"(?=\d)(?:\d{4}-\d{2}|\d+\s*h)", 0),
    (r"(?:KYIV|Kyiv)?,?\s*\d+", 0),
]


def test_guard_lists_the_first_characters():
    assert first_char_guard(r"(?<!\w)(?:ab|cd)e", 0) == "(?=[ac])"
    assert first_char_guard(r"(?:x)?\d+", 0) == r"(?=[\dx])"


@pytest.mark.parametrize("pattern", [r"a*", r"(?:x)?", r".b", r"[^a]b", r"(?i:a)b", r"\b"])
def test_no_guard_when_the_start_is_unbounded(pattern):
    # can match empty, a back-reference, any character, a negated set, local flags
    assert first_char_guard(pattern, 0) is None
    assert guarded(pattern).pattern == pattern


TEXT = st.lists(st.sampled_from(list("aAbBcC xXIV0123'’-,.\nKkyYiIvVLNnlasTtmMeEkKéÉſK") + ["век", "Kyiv", "last "]),
                max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_same_matches_as_the_unguarded_expression(text):
    for pattern, flags in PATTERNS:
        plain, fast = re.compile(pattern, flags), guarded(pattern, flags)
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]


SENTENCES = [
    "Last week, on Monday 5 May 2022 at 9 a.m., three days ago, in the 1990s and the 19th century.",
    "Le 5 mai 2022 à 9 h 30, il y a trois jours, au XIXe siècle, dans les années 1990, l'été dernier.",
    "5 травня 2022 року о 9:00, три дні тому, у XIX столітті, минулого тижня, щодня.",
    "5 мая 2022 года в 9:00, три дня назад, в XIX веке, на прошлой неделе, ежедневно, ДВАДЦАТЬ ЛЕТ.",
]


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "uk"])
def test_time_rules_find_what_they_found_without_a_guard(lang):
    text = " ".join(SENTENCES) + " " + " ".join(s.upper() for s in SENTENCES)
    guards = 0
    for rule in rules(lang):
        # the guard goes first, or after (?<!\w) when it is broad (grammar._compiled)
        body = re.sub(r"\(\?=\[[^\]]*\]\)", "", rule.regex.pattern, count=1)
        plain = re.compile(body, rule.regex.flags)
        guards += plain.pattern != rule.regex.pattern
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in rule.regex.finditer(text)], rule.name
    assert guards >= 20  # almost every rule is guarded
