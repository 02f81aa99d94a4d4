"""The window pass (``grammar._windows``: ``findall`` words, each word with classes found again in
the text) gives exactly what one ``finditer`` pass over the words gives (the long way, below)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.components.times import grammar

TEXTS = {
    "en": "The Mayor of May said on May 5, 2022 (Mayday) that today_ today's todays... Today, 3 weeks "
          "ago; weeks-long 2022-03-04 x2022 2022x ²3 ٣ 2021年 May_ _May MAY may.May",
    "fr": "Le maire a dit aujourd'hui, le 3 mars 2022, que mars-avril et marsouin ne sont pas mars; "
          "demain_ lundi lundis 14h30 l'an 1999 hier hier",
    "ru": "Вчера, 5 мая 2022 г., мэр сказал, что майонез и мая_ не май; сегодня сегодняшний 10 часов "
          "назад, в понедельник понедельник",
    "uk": "Сьогодні, 24 лютого 2022 р., о 5:00 ранку — лютий, лютого лютогоX; вчора вчорашній 3 дні тому "
          "İstanbul İİ 2023",
}


def long_way(text: str, lang: str):
    out: list[list] = []
    starts: list[int] = []
    for m in grammar._WORD.finditer(text):
        w = m.group()
        classes = grammar._classes(w, lang)
        if not classes:
            continue
        if classes is grammar._DIGIT and w[0].isdecimal():
            starts.append(m.start())
        s, e = max(0, m.start() - grammar.MARGIN), min(len(text), m.end() + grammar.MARGIN)
        if out and s <= out[-1][1]:
            out[-1][1] = e
            out[-1][2].update(classes)
        else:
            out.append([s, e, set(classes)])
    return [(s, e, c) for s, e, c in out], starts


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_windows_as_the_long_way(lang):
    text = TEXTS[lang]
    assert grammar._windows(text, lang)[0]  # the texts hold triggers
    for _ in range(2):  # words not seen yet, then remembered
        assert grammar._windows(text, lang) == long_way(text, lang)
    for other in TEXTS.values():
        assert grammar._windows(other, lang) == long_way(other, lang)


PIECES = st.sampled_from(["May", "may", "Mayor", "today", "todays", "_", "3", "2022", "²", "٣", "x",
                          "mars", "мая", "майонез", "лютого", "сьогодні", "İ", "weeks", "ago", "-", "'"])
GAPS = st.sampled_from(["", " ", "  ", ", ", "\n", "-", "_", ".", "…"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(PIECES, GAPS), max_size=30), st.sampled_from(sorted(TEXTS)))
def test_windows_on_random_texts(parts, lang):
    text = "".join(p + g for p, g in parts)
    assert grammar._windows(text, lang) == long_way(text, lang)
