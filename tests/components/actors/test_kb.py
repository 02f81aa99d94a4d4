"""The canonical actor file: size, scripts, offices, patterns."""

from __future__ import annotations

from sitrep.components.actors.kb import load
from sitrep.components.actors.text import key


def test_at_least_500_actors_with_country_and_sector():
    kb = load()
    assert len(kb.actors) >= 500
    for aid in ("zelensky", "poroshenko", "kremlin", "RUS.MOD", "nyt", "USA.OFF"):
        a = kb.actors[aid]
        assert a.country and a.sector, aid
    assert kb.actors["USA.OFF"].anonymous


def test_aliases_in_latin_and_cyrillic():
    kb = load()
    for alias in ("Zelenskyy", "Зеленський", "Зеленский", "Volodymyr Zelensky"):
        assert kb.alias_index.get(key(alias)) == {"zelensky"}, alias
    assert kb.alias_index[key("Нью-Йорк Таймс")] == {"nyt"}


def test_office_holder_by_date():
    kb = load()
    assert kb.holder("president", "UKR", "2022-09-15") == "zelensky"
    assert kb.holder("president", "UKR", "2016-01-01") == "poroshenko"
    assert kb.holder("president", "USA", "2022-09-15") == "biden"


def test_no_actor_name_shows_the_exact_form_marker():
    """"=" in states.tsv marks a form matched exactly ("Нигер=", "Philippines="); it is no part of a name
    ("Government of Philippines=" was in every Philippine chain)."""
    from sitrep.components.actors import kb

    names = [a.name for a in kb.load().actors.values()]
    assert names and not [n for n in names if "=" in n]
