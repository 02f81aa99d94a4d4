"""The rule scan's shortcuts give exactly the matches of every rule run over its windows with
``finditer`` and the rule's plain expression (no guard)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.components.times import grammar

TEXTS = {
    "en": "At 10:30 a.m. on 2022-03-04, 5/6/2021 and 12.03.22, 9pm, 14h30 and 23:59:59 (3-4 p.m.) "
          "the 1990s, FY2023 and fiscal 2024; x10:30, ab12/12/2020, 1-2 o'clock, ①② 2⁵ 12 hours ago.",
    "fr": "Le 3 mars 2022 à 14h30, puis 15 h, le 04/05/2023 et 2022-01-02T10:00, l'an 1999, 8h-9h.",
    "ru": "В 14:00 12.05.2022 и 2022-05-13, в 9 ч., в 10 часов утра, с 1 по 3 мая 2023 г.",
    "uk": "О 15:30 12.05.2022 та 2022-05-13 о 9 год., 24 лютого 2022 р., о 5:00 ранку.",
}


def plain_find(text: str, lang: str) -> list[tuple]:
    """Every rule over its windows with ``finditer`` and the unguarded expression."""
    out = []
    by_class: dict[str, list[tuple[int, int]]] = {}
    for s, e, classes in grammar.windows(text, lang):
        for c in classes:
            by_class.setdefault(c, []).append((s, e))
    for priority, rule in enumerate(grammar.rules(lang)):
        plain = re.compile(re.sub(r"\(\?=\[[^\]]*\]\)", "", rule.regex.pattern, count=1), rule.regex.flags)
        for s, e in by_class.get(grammar.RULE_TRIGGERS[rule.name], []):
            for m in plain.finditer(text, s, e):
                if m.end() > m.start():
                    out.append((m.start(), m.end(), rule.name, {k: v for k, v in m.groupdict().items() if v is not None}, priority))
    return sorted(out, key=repr)


def fast_find(text: str, lang: str) -> list[tuple]:
    return sorted(((m.start, m.end, m.rule, m.groups, m.priority) for m in grammar.find(text, lang)), key=repr)


def test_the_digit_rules_are_those_starting_with_a_digit():
    assert grammar.digit_rules("en") == {"iso", "numdate", "time_ampm", "time_clock", "time_h"}
    assert "year" not in grammar.digit_rules("en")  # "fiscal 2024" starts with a word


def test_broad_guards_come_after_the_word_start_test():
    by_name = {r.name: r.regex.pattern for r in grammar.rules("en")}
    assert by_name["deictic"].startswith(r"(?<!\w)(?=[")
    assert by_name["iso"].startswith(r"(?=[\d])(?<!\w)")


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_same_matches_as_finditer(lang):
    text = TEXTS[lang]
    assert fast_find(text, lang) == plain_find(text, lang)
    found = {m[2] for m in fast_find(text, lang)}
    assert len(found & grammar.digit_rules(lang)) >= 2, found  # the shortcut is exercised


PIECES = st.sampled_from(["10:30", "2022-03-04", "5/6/2021", "12.03.22", "9", "pm", "a.m.", "14h30", "h", "ago",
                          "hours", "the", "1990s", "fiscal", "2024", "March", "3", "x", "-", "/", ".", ":", "①",
                          "²", "o'clock", "today", "mars", "à", "ч.", "лютого", "р.", "год", "_1"])
SEPS = st.sampled_from([" ", "", "  ", "\n", ", ", "-"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(PIECES, SEPS), min_size=1, max_size=14), st.sampled_from(sorted(TEXTS)))
def test_random_texts(parts, lang):
    text = "".join(p + s for p, s in parts)
    assert fast_find(text, lang) == plain_find(text, lang)


def plain_windows(text: str, lang: str) -> list[tuple[int, int, set[str]]]:
    """The window pass as a loop over every word, nothing remembered."""
    trig = grammar.triggers(lang)
    out: list[list] = []
    for m in re.finditer(r"\w+", text):
        w = m.group()
        if w.isalpha():
            classes = trig.get(w.lower()) or ()
        else:
            classes = {"DIGIT"} if any(c.isdigit() for c in w) else ()
        if not classes:
            continue
        s, e = max(0, m.start() - grammar.MARGIN), min(len(text), m.end() + grammar.MARGIN)
        if out and s <= out[-1][1]:
            out[-1][1] = e
            out[-1][2].update(classes)
        else:
            out.append([s, e, set(classes)])
    return [(s, e, c) for s, e, c in out]


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_remembered_words_are_bounded_and_give_the_same_windows(lang, monkeypatch):
    monkeypatch.setattr(grammar, "SEEN_SIZE", 5)
    grammar._seen_words(lang).clear()
    text = TEXTS[lang] + " Today TODAY ²3 x_1 " + TEXTS[lang].upper()
    for _ in range(3):
        assert grammar.windows(text, lang) == plain_windows(text, lang)
        assert len(grammar._seen_words(lang)) <= 5 + len(set(re.findall(r"\w+", text)))
    grammar._seen_words(lang).clear()
