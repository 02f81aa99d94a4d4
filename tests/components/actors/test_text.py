"""Stems and transliteration used to match actor names."""

from __future__ import annotations

from sitrep.components.actors.text import key, stem
from sitrep.components.actors.translit import transliterate, variants


def test_french_plural_and_feminine_share_a_stem():
    assert key("hauts responsables américains") == key("haut responsable américain")
    assert stem("ukrainiennes") == stem("ukrainien")


def test_cyrillic_case_endings():
    assert stem("Зеленського") == stem("Зеленський") == stem("Зеленським")
    assert stem("России") == stem("Россия") == stem("Россией")
    assert stem("Україною") == stem("України") == stem("Україна")


def test_capitals_are_kept_apart():
    assert stem("US") != stem("us")
    assert stem("США") == "США"


def test_transliteration_schemes():
    assert transliterate("Пётр Порошенко", "fr") == "Piotr Porochenko"
    assert transliterate("Сергей Шойгу", "en") == "Sergey Shoygu"
    assert transliterate("Володимир Зеленський", "ua") == "Volodymyr Zelenskyi"
    assert "Vladimir Zelensky" in variants("Владимир Зеленский")
    assert variants("Joe Biden") == []
