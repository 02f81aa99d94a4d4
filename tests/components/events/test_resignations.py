"""An official's resignation is RETREAT with the mode resign in every language (PLOVER: "RETREAT also
covers resignations of government officials"): "resigned", "stepped down", "ушел / подал в отставку",
"пішов / подав у відставку", "a démissionné", "a quitté ses fonctions" (twenty-third session; English
was CONCEDE from the generated table, Russian "ушел" RETREAT withdraw, the others nothing)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang", [
    ("The Moldovan defence minister resigned on Monday after the audit was published.", "en"),
    ("Peru's interior minister stepped down on Friday amid protests in Lima.", "en"),
    ("Le ministre malien de la Défense a démissionné jeudi soir, selon la présidence.", "fr"),
    ("Le Premier ministre tunisien a quitté ses fonctions mardi.", "fr"),
    ("Министр обороны Молдавии подал в отставку в понедельник.", "ru"),
    ("Глава МИД Великобритании Борис Джонсон ушел в отставку.", "ru"),
    ("Міністр оборони Молдови подав у відставку в понеділок.", "uk"),
    ("Прем'єр-міністр Естонії пішла у відставку в четвер.", "uk"),
])
def test_a_resignation_is_retreat_resign(events_in, text, lang):
    found = [(e.label, e.attrs["mode"]) for e in events_in(text, lang)]
    assert ("RETREAT", "resign") in found, found


def test_troops_leaving_stay_a_withdrawal(events_in):
    found = [(e.label, e.attrs["mode"]) for e in events_in("Российские войска ушли из Херсона в пятницу.", "ru")]
    assert ("RETREAT", "withdraw") in found, found


def test_a_death_is_no_withdrawal(events_in):
    found = [(e.label, e.attrs["mode"]) for e in events_in("Известный писатель ушел из жизни на 90-м году.", "ru")]
    assert ("RETREAT", "withdraw") not in found, found
