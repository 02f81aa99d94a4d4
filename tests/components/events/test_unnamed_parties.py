"""Unnamed agents joined by "and" ("the police and the protesters clashed") are both the actors;
an organisation that shares its name with a village ("the Red Cross") is no event's place, while
a seat of power ("the Kremlin") may be; French "se sont affrontés" is a clash; protesters among the actors of a clash make ACLED's violent
demonstration."""

from __future__ import annotations

import pytest

from .conftest import events_by_trigger


def _parties(ev: dict) -> list[tuple[str | None, str | None]]:
    return [(a["country"], a["sector"]) for a in ev["actor"]]


@pytest.mark.parametrize("lang,text,trigger,actors", [
    ("en", "The police and the protesters clashed near the central square in Tbilisi.", "clashed",
     [("GEO", "COP"), ("GEO", "CVL")]),
    ("en", "Protesters and police clashed in Nairobi on Tuesday.", "clashed", [("KEN", "CVL"), ("KEN", "COP")]),
    ("en", "Soldiers and police fired on protesters in Khartoum.", "fired", [("SDN", "MIL"), ("SDN", "COP")]),
    ("fr", "La police et les manifestants se sont affrontés à Nantes.", "se sont affrontés", [("FRA", "COP"), ("FRA", "CVL")]),
])
def test_unnamed_agents_joined_by_and_are_both_actors(analyse, lang, text, trigger, actors):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["type"] == "ASSAULT"
    assert _parties(ev) == actors
    # protesters who fight make a violent demonstration (ACLED), forces firing on them excessive force
    assert ev["acled_sub_event_type"] == ("Violent demonstration" if ("CVL" in {s for _c, s in actors})
                                          else "Excessive force against protesters")


def test_one_unnamed_agent_stays_alone(analyse):
    ev = events_by_trigger(analyse("Police in Lagos arrested 12 people and seized weapons on Friday.", "en"))["arrested"]
    assert _parties(ev) == [("NGA", "COP")]


def test_an_organisation_named_like_a_village_is_no_place(analyse):
    ev = events_by_trigger(analyse("Hamas released four hostages to the Red Cross in Khan Younis.", "en"))["released"]
    assert ev["location"]["name"] == "Khān Yūnis"
    assert [r["name"] for r in ev["recipient"]] == ["International Committee of the Red Cross"]


@pytest.mark.parametrize("lang,text,trigger", [
    ("uk", "Війська РФ просунулися біля Покровська та зайняли село.", "зайняли село"),
    ("ru", "Войска России обстреляли Харьков.", "обстреляли"),
    ("en", "Troops of Russia shelled Kharkiv.", "shelled"),
])
def test_troops_of_a_state_are_its_armed_forces(analyse, lang, text, trigger):
    assert _parties(events_by_trigger(analyse(text, lang))[trigger]) == [("RUS", "MIL")]


def test_a_state_alone_stays_the_state(analyse):
    assert _parties(events_by_trigger(analyse("Russia shelled Kharkiv.", "en"))["shelled"]) == [("RUS", None)]


def test_force_as_a_verb_is_no_troops(analyse):
    ev = events_by_trigger(analyse("Trump said he would force Mexico to pay for the wall and attack its leaders.", "en"))
    assert all(a["sector"] != "MIL" for e in ev.values() for a in e["actor"] + e["recipient"])
