"""Seventeenth session: Ukraine's "Defence Forces" are its armed forces; "West and Central
African countries" names a region, not the Central African Republic."""

from __future__ import annotations

import pytest

from .test_more_states import actor_at, found


@pytest.mark.parametrize("text,lang,surface", [
    ("Сили оборони знищили склад боєприпасів у Херсоні.", "uk", "Сили оборони"),
    ("Сили оборони України знищили склад боєприпасів у Херсоні.", "uk", "Сили оборони України"),
    ("Силы обороны Украины уничтожили склад боеприпасов в Херсоне.", "ru", "Силы обороны Украины"),
    ("ВСУ обстреляли Донецк из артиллерии в субботу.", "ru", "ВСУ"),
    ("ЗСУ звільнили село Роботине на Запоріжжі.", "uk", "ЗСУ"),
])
def test_the_defence_forces_of_ukraine_are_its_military(text, lang, surface):
    assert actor_at(text, lang, surface) == ("UKR.MIL", "UKR", "MIL")


def test_the_defence_forces_of_israel_stay_israeli():
    actor, country, sector = actor_at("Сили оборони Ізраїлю завдали удару по Газі.", "uk", "Сили оборони Ізраїлю")
    assert (country, sector) == ("ISR", "MIL")


def test_west_and_central_african_countries_are_no_state():
    text = "Leaders of West and Central African countries met in Abuja on Monday."
    assert not [m for m in found(text, "en") if m[2] == "CAF"]
    # the state's own adjective still names it
    assert actor_at("Central African troops clashed with rebels near Bangui.", "en", "Central African troops")[1] == "CAF"
