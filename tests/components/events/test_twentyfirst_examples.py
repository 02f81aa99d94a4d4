"""Errors read in the bundled example articles (``src/sitrep/examples``), twenty-first session.

- A place freed is a place taken: "liberated Izium" was CONCEDE (en), "звільнили Ізюм" and "libéré plus de
  trente localités" RETREAT release, where "retook Izium" is COERCE seize. People freed stay RETREAT release.
- A refusal to comment is no REJECT event, and what it is about is not negated ("declined to comment on the
  retreat": the retreat happened).
- "Загинули четверо людей, …, повідомив Олег Синєгубов": the speaker after the content was the deaths' actor
  (a verb with a pro-drop ending read as the speaker's own act, although the verb of saying follows it)."""

from __future__ import annotations

import pytest


def _one(events, label=None):
    found = [e for e in events if label is None or e.label == label]
    assert len(found) == 1, [(e.label, e.attrs["trigger"]) for e in events]
    return found[0]


@pytest.mark.parametrize("lang, text, place", [
    ("en", "Ukrainian forces liberated Izium on Saturday.", "Izyum"),
    ("en", "Ukrainian troops liberated the town of Balakliia on Saturday.", "Balakliya"),
    ("en", "Ukrainian forces have liberated more than 30 settlements in the Kharkiv region.", None),
    ("uk", "Українські військові звільнили Ізюм.", "Izyum"),
    ("fr", "Nos unités ont libéré plus de trente localités au cours des trois derniers jours.", None),
    ("ru", "Украинская армия освободила десятки населённых пунктов, включая Изюм.", None),
])
def test_a_place_freed_is_a_place_taken(events_in, lang, text, place):
    ev = _one(events_in(text, lang), "COERCE")
    assert (ev.label, ev.attrs["mode"]) == ("COERCE", "seize")
    if place:
        assert ev.attrs["location"]["name"] == place


@pytest.mark.parametrize("lang, text", [
    ("en", "The militants freed the hostages on Monday."),
    ("uk", "Україна звільнила з полону 95 військових."),
    ("fr", "Le Hamas a libéré trois otages."),
    ("ru", "Россия освободила двух пленных."),
])
def test_people_freed_are_released(events_in, lang, text):
    ev = _one(events_in(text, lang))
    assert (ev.label, ev.attrs["mode"]) == ("RETREAT", "release")


@pytest.mark.parametrize("lang, text, topic", [
    ("en", "The Kremlin declined to comment on the retreat.", "retreat"),
    ("fr", "Le Kremlin a refusé de commenter le retrait.", "retrait"),
    ("ru", "Кремль отказался комментировать отступление.", "отступление"),
    ("uk", "Кремль відмовився коментувати відступ.", "відступ"),
])
def test_a_refusal_to_comment_is_no_event_and_negates_nothing(events_in, lang, text, topic):
    ev = _one(events_in(text, lang))
    assert ev.label == "RETREAT" and ev.attrs["trigger"] == topic
    assert ev.attrs["modality"] == "asserted"


def test_a_refusal_to_act_still_negates(events_in):
    events = events_in("Russia refused to withdraw its troops.", "en")
    assert _one(events, "RETREAT").attrs["modality"] == "negated"


def test_deaths_reported_after_the_fact_have_no_actor(events_in):
    ev = _one(events_in("Загинули четверо людей, ще шестеро дістали поранення, повідомив Олег Синєгубов.", "uk"))
    assert ev.label == "ASSAULT" and ev.attrs["actor"] == []
    assert ev.attrs["modality"] == "claimed"


def test_a_statement_of_the_speakers_own_act_keeps_its_actor(events_in):
    ev = _one(events_in("Минобороны России заявило, что уничтожило два склада боеприпасов.", "ru"))
    assert [a["name"] for a in ev.attrs["actor"]] == ["Ministry of Defence of Russia"]


def test_people_of_a_nation_freed_are_released(events_in):
    ev = _one(events_in("In 2011, Israel freed 1,000 Palestinian prisoners.", "en"))
    assert (ev.label, ev.attrs["mode"]) == ("RETREAT", "release")


def test_we_in_a_quotation_before_its_verb_is_the_speaker(events_in):
    ev = _one(events_in("“We cooperated completely with the auditors,” the Mayor of Dublin, John French, said.", "en"))
    assert ev.label == "COOPERATE" and ev.attrs["actor"]


@pytest.mark.parametrize("text, place", [
    ("Three ships were attacked at the Red Sea port of Aqaba on Monday.", "Aqaba"),
    ("Houthi rebels attacked a tanker in the Red Sea.", "Red Sea"),
])
def test_a_town_on_a_sea_is_the_place(events_in, text, place):
    """Rivers and seas are in the gazetteer since the twenty-first session; a water body is no point
    (precision "water", ranked with a region), so a town beside it is the more precise place."""
    ev = _one(events_in(text, "en"))
    assert ev.attrs["location"]["name"] == place
    assert ev.attrs["location"]["precision"] == ("water" if place == "Red Sea" else "point")


@pytest.mark.parametrize("lang, text, topic", [
    ("fr", "Un responsable a toutefois refusé de donner des détails sur l'offensive.", "offensive"),
    ("en", "A spokesman declined to give details of the strike.", "strike"),
])
def test_a_refusal_to_give_details_is_no_event_and_negates_nothing(events_in, lang, text, topic):
    """The bundled French example: "Un responsable a toutefois refusé de donner des détails" was a REJECT."""
    ev = _one(events_in(text, lang))
    assert ev.attrs["trigger"] == topic and ev.attrs["modality"] != "negated"
