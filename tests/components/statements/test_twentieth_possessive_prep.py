""""По его словам, …", "За її словами, …" made no statement: the prepositional cue "по словам" / "за
словами" has a possessive inside it (``poss_any`` / ``poss_plural``), which is its source, resolved as a
pronoun to the speaker named before (twentieth session)."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Обстрел Курска\n\nГубернатор Алексей Смирнов заявил, что ночью над областью сбиты 12 беспилотников. "
           "По его словам, пострадавших нет.",
     ("его", "По его словам", "пострадавших нет")),
    ("uk", "Обстріл Харкова\n\nМер Харкова Ігор Терехов повідомив про два вибухи. За його словами, пошкоджено "
           "житловий будинок.",
     ("його", "За його словами", "пошкоджено житловий будинок")),
    ("uk", "Молдова\n\nПрезидентка Молдови Мая Санду виступила в парламенті. На її думку, Москва намагається "
           "дестабілізувати регіон.",
     ("її", "На її думку", "Москва намагається дестабілізувати регіон")),
])
def test_a_possessive_inside_a_prepositional_cue(analyse, lang, text, expected):
    got = found(analyse(text, lang))
    assert expected in got


def test_the_possessive_names_the_speaker_before(analyse):
    art = analyse("Обстріл Харкова\n\nМер Харкова Ігор Терехов повідомив про два вибухи. За його словами, "
                  "пошкоджено житловий будинок.", "uk")
    st = [a for a in art.layers["statements"] if a.attrs["cue"]["text"] == "За його словами"]
    assert st and st[0].attrs["chain"][-1] == "Ігор Терехов"
