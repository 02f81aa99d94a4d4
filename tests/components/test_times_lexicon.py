"""The per-language time lexicons under sitrep/data/<lang>/time.yaml."""

from __future__ import annotations

import pytest

from sitrep.components.times import lexicon
from sitrep.components.times.calendar import bounds


@pytest.mark.parametrize("lang", lexicon.LANGUAGES)
def test_every_month_and_weekday_is_named(lang):
    lex = lexicon.load(lang)
    assert set(lex.month.values()) == set(range(1, 13))
    assert set(lex.weekday.values()) == set(range(1, 8))
    assert set(lex.season.values()) == {"SP", "SU", "FA", "WI"}
    assert {"Y", "M", "W", "D"} <= set(lex.unit.values())


def test_inflected_forms_map_to_the_same_month():
    assert lexicon.load("uk").month["лютого"] == lexicon.load("uk").month["лютий"] == 2
    assert lexicon.load("ru").weekday["субботу"] == 6
    assert lexicon.load("uk").weekday["п'ятницю"] == 5  # typographic apostrophe normalised too
    assert lexicon.load("uk").weekday[lexicon.norm("П’ятницю")] == 5


def test_unknown_language_is_a_clear_error():
    with pytest.raises(lexicon.LexiconError, match="no time lexicon"):
        lexicon.load("zz")


def test_bounds_of_timex_values():
    assert bounds("2022-W36") == (__import__("datetime").date(2022, 9, 5), __import__("datetime").date(2022, 9, 11))
    assert bounds("2022-SU")[0].isoformat() == "2022-06-21"
    assert bounds("199")[1].isoformat() == "1999-12-31"
    assert bounds("PAST_REF") is None


#: dateparser forms left out on purpose: "воскресение" also means "resurrection"
LEFT_OUT = {"воскресение"}


@pytest.mark.parametrize("lang", lexicon.LANGUAGES)
def test_lexicon_covers_dateparser_cldr_names(lang):
    """Every full month and weekday name of dateparser's CLDR-derived tables is in
    our lexicon; only short abbreviations ("лис", "mar") are left out as ambiguous."""
    data = pytest.importorskip(f"dateparser.data.date_translation_data.{lang}").info
    lex = lexicon.load(lang)
    months = ["january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"]
    days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    missing = []
    for number, key in enumerate(months + days, 1):
        table, want = (lex.month, number) if number <= 12 else (lex.weekday, number - 12)
        for form in data.get(key, []):
            f = lexicon.norm(form)
            abbreviation = len(f) < 6 or any(k != f and k.startswith(f) for k in table)
            if not abbreviation and f not in LEFT_OUT and table.get(f) != want:
                missing.append((key, form))
    assert not missing


def test_norm_remembered_gives_the_long_way():
    from sitrep.components.times.lexicon import norm

    forms = ["Three  Weeks", "l’an", "L'AN", "aujourd’hui", "Сегодня", "ВЧОРА", "мінулого  року", "9 A.M.",
             " May\t5 ", "İstanbul", "ſeptember", "tonight`s", "Двадцять ʼп"]
    for _ in range(2):  # computed, then remembered
        for form in forms:
            assert norm(form) == norm.__wrapped__(form) == " ".join(form.translate({0x2019: "'", 0x2bc: "'", 0x60: "'"}).lower().split())
