"""French wire-report phrasings (seventeenth session): a people's adjective after the noun, drones
shot down with a count between, tear gas."""

from __future__ import annotations

import pytest

from sitrep.article import Article, parse_published
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline()


def _events(nlp, text):
    art = nlp(Article(id="t", text=text, language="fr", published=parse_published("2024-03-12")))
    return {e.attrs["trigger"]: e for e in art.layers["events"]}


def test_a_peoples_adjective_after_the_noun_is_the_actor(nlp):
    event = _events(nlp, "Frappes russes sur Kharkiv\n\nLa ville a été touchée dans la nuit.")["Frappes"]
    assert [a["country"] for a in event.attrs["actor"]] == ["RUS"]
    assert event.attrs["recipient"] == []
    assert event.attrs["location"]["name"] == "Kharkiv"


def test_drones_shot_down_with_a_count_between(nlp):
    text = "L'armée ukrainienne affirme avoir abattu 25 des 30 drones lancés par la Russie."
    event = _events(nlp, text)["abattu"]
    assert event.attrs["acled_sub_event_type"] == "Disrupted weapons use"


@pytest.mark.parametrize("text,trigger", [
    ("La police a dispersé à coups de gaz lacrymogène des manifestants rassemblés à Tbilissi.", "gaz lacrymogène"),
    ("Les forces de l'ordre ont utilisé des canons à eau contre les manifestants à Tbilissi.", "canons à eau"),
])
def test_tear_gas_and_water_cannon_on_protesters(nlp, text, trigger):
    event = _events(nlp, text)[trigger]
    assert event.label == "ASSAULT" and event.attrs["mode"] == "crowd-control"
    assert event.attrs["acled_sub_event_type"] in ("Protest with intervention", "Excessive force against protesters")
