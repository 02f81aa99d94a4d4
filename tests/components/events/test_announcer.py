"""An announcement whose content opens with an event, with no actor of its own, names the
speaker's own act; an announcement of someone else's act keeps that actor."""

from __future__ import annotations

import pytest

from .conftest import events_by_trigger


@pytest.mark.parametrize("lang,text,trigger,country", [
    ("en", "Mobilisation\n\nOn 21 September 2022, Russia announced a partial mobilisation of reservists.",
     "mobilisation", "RUS"),
    ("fr", "Mobilisation\n\nLa Russie a annoncé une mobilisation partielle des réservistes le 21 septembre 2022.",
     "mobilisation", "RUS"),
    ("ru", "Мобилизация\n\n21 сентября 2022 года Россия объявила частичную мобилизацию резервистов.",
     "мобилизацию", "RUS"),
    ("uk", "Мобілізація\n\n24 лютого 2022 року Україна оголосила загальну мобілізацію.",
     "мобілізацію", "UKR"),
])
def test_the_announcer_is_the_actor_of_the_announced_act(analyse, lang, text, trigger, country):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["type"] == "MOBILIZE"
    assert [a["country"] for a in ev["actor"]] == [country]
    assert ev["claimant"] is not None


def test_an_announced_act_of_another_actor_keeps_its_actor(analyse):
    ev = events_by_trigger(analyse(
        "Kharkiv\n\nUkraine's army announced a Russian attack on Kharkiv overnight.", "en"))["attack"]
    assert [a["country"] for a in ev["actor"]] == ["RUS"]


def test_a_reported_act_is_not_the_speakers(analyse):
    # "reported" is no announcement of one's own act
    ev = events_by_trigger(analyse(
        "Kharkiv\n\nUkraine's governor reported a missile strike on Kharkiv overnight.", "en"))["missile strike"]
    assert ev["actor"] == []
