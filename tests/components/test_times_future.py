"""The future markers' grouped expression (``lexicon.future_regex``) finds a match exactly where the
flat alternation of the markers does (``_is_future`` only asks whether there is one)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.components.times import lexicon

WINDOWS = {
    "en": ["The talks will resume", "they'll meet", "WILL", "willing to talk", "goodwill", "Shall we",
           "is going to", "won't", "plan to", "plans to visit", "the scheduled vote", "rescheduled",
           "is expected to rise", "he is to leave", "they are to", "next week", "nextweek", "annexed",
           "ſhall", "wıll", "It rained.", ""],
    "fr": ["il viendra", "nous parlerons demain", "il va partir", "ils vont", "la semaine prochaine",
           "prochaines", "il devrait", "ils devraient", "il a mangé", "Va", "avant", ""],
    "ru": ["будет", "будут голосовать", "буду", "состоится", "планирует", "намерены", "следующей",
           "Будем", "БУДЕШЬ", "прибудет", "запланировано", "был", ""],
    "uk": ["буде", "будуть", "відбудеться", "планує", "має намір", "наступного", "прибуде", "був", ""],
}


def flat(lang: str) -> re.Pattern:
    markers = [str(m) for m in lexicon.load(lang).data.get("future_markers") or []]
    return re.compile("|".join(markers), re.IGNORECASE)


@pytest.mark.parametrize("lang", sorted(WINDOWS))
def test_future_markers_as_the_flat_list(lang):
    grouped = lexicon.load(lang).future
    assert grouped.pattern != flat(lang).pattern  # the grouped form is in use
    for window in WINDOWS[lang] + [a + " " + b for a in WINDOWS[lang] for b in WINDOWS[lang]]:
        assert bool(grouped.search(window)) == bool(flat(lang).search(window)), window


def test_grouping_keeps_alternations_and_other_markers():
    markers = [r"\bfoo\b", r"\bbar|baz", r"\bqux|\bquux", r"'ll\b", r"next"]
    grouped = lexicon.future_regex(markers)
    plain = re.compile("|".join(markers), re.IGNORECASE)
    for text in ["foo", "xfoo", "abaz", "xbar", "bar", "xqux", "quux", "xquux", "it'll", "annexed", "Foo!"]:
        assert bool(grouped.search(text)) == bool(plain.search(text)), text


WORDS = st.sampled_from(["will", "ll", "'", "shall", "going", "to", "won't", "plans", "next", "x", "is",
                         "va", "vont", "parlerai", "будет", "буде", "намерен", "має", "намір", "_", "1"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(WORDS, st.sampled_from(["", " ", "-", "'", ", "])), max_size=12),
       st.sampled_from(sorted(WINDOWS)))
def test_future_markers_on_random_windows(parts, lang):
    window = "".join(w + g for w, g in parts)
    assert bool(lexicon.load(lang).future.search(window)) == bool(flat(lang).search(window))
