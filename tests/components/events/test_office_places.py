"""A place that qualifies a person or an office ("the minister for Northern Ireland", "подданная
Соединённого Королевства", "міністр у справах Північної Ірландії") is not where an event happened
(``office_before`` / ``office_link`` in ``events_cues.yaml``); a place after an ordinary preposition
still is. The office cases failed before the twenty-second session (the two-word inflected names the
places round found then became event locations in c2k's Brexit articles)."""

from __future__ import annotations

import pytest


def _locations(events) -> list[str | None]:
    return [(e.attrs.get("location") or {}).get("name") for e in events]


@pytest.mark.parametrize("lang, sentence, place", [
    ("uk", "Два міністри і держсекретар міністерства у справах Північної Ірландії подали у відставку, "
           "вважаючи угоду неприйнятною.", "Northern Ireland"),
    ("uk", "На знак протесту міністр з питань Північної Ірландії Шайлеш Вара пішов у відставку.", "Northern Ireland"),
    ("ru", "Министр по делам Северной Ирландии подал в отставку в знак протеста против соглашения.", "Northern Ireland"),
    ("en", "The minister for Northern Ireland resigned in protest against the agreement on Tuesday.", "Northern Ireland"),
    ("ru", "Погибшая была подданной Соединённого Королевства, её отравили нервно-паралитическим веществом.",
     "United Kingdom"),
])
def test_a_place_qualifying_an_office_or_a_person_is_no_event_location(events_in, lang, sentence, place):
    events = events_in(sentence, lang)
    assert events and place not in _locations(events), _locations(events)


@pytest.mark.parametrize("lang, sentence, place", [
    ("uk", "Протестувальники вийшли на вулиці Белфаста в Північній Ірландії проти угоди.", "Northern Ireland"),
    ("en", "Two citizens of Britain were detained by police in Tehran.", "Tehran"),
    ("ru", "Посол Украины заявил, что российские войска обстреляли Харьков.", "Kharkiv"),
    ("fr", "Deux ressortissants français ont été arrêtés en Iran.", "Iran"),
])
def test_a_place_after_an_ordinary_preposition_still_locates_the_event(events_in, lang, sentence, place):
    assert place in _locations(events_in(sentence, lang))
