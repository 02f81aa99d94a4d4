"""States the actor file lacked until the twenty-third session (Tanzania, Guyana, Mauritania, Namibia,
Uruguay ...): their names, genitives, adjectives and offices in every language, and a phrase holding a
name that is no actor ("the Panama Canal")."""

from __future__ import annotations

import pytest

from .test_more_states import found


@pytest.mark.parametrize("text, lang, span, iso", [
    ("Президент Намибии встретился с делегацией в Виндхуке.", "ru", "Президент Намибии", "NAM"),
    ("Министр иностранных дел Уругвая прибыл в Москву.", "ru", "Министр иностранных дел Уругвая", "URY"),
    ("Президент Намібії зустрівся з делегацією у Віндгуку.", "uk", "Президент Намібії", "NAM"),
    ("Le président mauritanien a reçu l'émissaire à Nouakchott.", "fr", "président mauritanien", "MRT"),
    ("Guyana accused Venezuela of massing troops on the border.", "en", "Guyana", "GUY"),
    ("Tanzanian troops joined the regional force in eastern Congo.", "en", "Tanzanian troops", "TZA"),
    ("The Dominican Republic closed its border with Haiti.", "en", "Dominican Republic", "DOM"),
])
def test_a_state_new_to_the_file_names_its_actor(text, lang, span, iso):
    mentions = found(text, lang)
    assert (span, iso) in [(s, c) for s, _a, c, _sector in mentions], mentions


def test_the_panama_canal_is_no_actor():
    mentions = found("Traffic through the Panama Canal fell by a third this year.", "en")
    assert not [m for m in mentions if m[2] == "PAN"], mentions
