"""Aid received: "Ukraine received aid from the US" is aid given by the US to Ukraine, in every
language; aid given keeps its giver as the actor."""

from __future__ import annotations

import pytest

from .conftest import events_by_trigger


@pytest.mark.parametrize("lang,text,trigger", [
    ("en", "Ukraine received a new package of military aid from the United States.", "military aid"),
    ("fr", "L'Ukraine a reçu une aide militaire des États-Unis.", "aide militaire"),
    ("ru", "Украина получила помощь от США.", "помощь"),
    ("uk", "Україна отримала нову партію допомоги від США.", "допомоги"),
])
def test_the_giver_of_aid_received_is_the_actor(analyse, lang, text, trigger):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["type"] == "AID"
    assert [a["country"] for a in ev["actor"]] == ["USA"]
    assert [r["country"] for r in ev["recipient"]] == ["UKR"]
    assert ev["location"] is None or ev["location"]["country"] != "US"


@pytest.mark.parametrize("lang,text,trigger", [
    ("en", "The United States delivered HIMARS launchers to Ukraine.", "delivered"),
    ("ru", "США предоставили Украине военную помощь.", "предоставили"),
])
def test_aid_given_keeps_its_giver(analyse, lang, text, trigger):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert [a["country"] for a in ev["actor"]] == ["USA"]
