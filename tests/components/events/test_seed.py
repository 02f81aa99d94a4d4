"""The seed article: the events named in issue 15's first paragraph."""

from __future__ import annotations

import pytest

from sitrep.pipeline import default_pipeline
from sitrep.readers import read_paths


@pytest.fixture(scope="module")
def seed(seed_path):
    article = next(iter(read_paths([seed_path])))
    default_pipeline()(article)
    return article


def _event(article, trigger: str, label: str | None = None):
    found = [a for a in article.layers["events"] if article.text[a.start:a.end].lower().startswith(trigger)
             and (label is None or a.label == label)]
    assert found, f"no event {trigger!r}: {[article.text[a.start:a.end] for a in article.layers['events']]}"
    return found[0]


def test_retreat_from_izium_claimed_by_the_russian_mod(seed):
    ev = _event(seed, "retrait", "RETREAT")
    a = ev.attrs
    assert a["mode"] == "withdraw"
    assert [x["country"] for x in a["actor"]] == ["RUS"]
    assert a["location"]["name"] == "Izyum" and a["location"]["precision"] == "point"
    assert a["location"]["id"].startswith("places/")
    place = seed.layers["places"][int(a["location"]["id"].split("/")[1])]
    assert seed.text[place.start:place.end] == "Izyum" and not place.attrs.get("metonymy")
    t = seed.layers["times"][int(a["date"]["id"].split("/")[1])]
    assert seed.text[t.start:t.end] == "Samedi" and a["date"]["from_publication"] is False
    assert a["modality"] == "claimed"
    assert a["claimant"]["chain"][-1] == "Ministry of Defence of Russia"
    assert a["acled_event_type"] == "Strategic developments"


def test_becoming_a_party_is_hypothetical(seed):
    ev = _event(seed, "partie au")
    assert ev.attrs["modality"] == "hypothetical"
    assert ev.attrs["claimant"] is not None  # Moscow's warning


def test_reluctance_to_reveal_plans_is_a_negated_cooperate(seed):
    ev = _event(seed, "révéler", "COOPERATE")
    assert ev.attrs["modality"] == "negated"
    assert [x["country"] for x in ev.attrs["actor"]] == ["UKR"]
    assert ev.attrs["claimant"]["chain"][-1] == "The New York Times"


def test_sending_troops_on_24_february_is_background(seed):
    ev = _event(seed, "envoyé")
    a = ev.attrs
    assert a["modality"] == "background"
    assert [x["country"] for x in a["actor"]] == ["RUS"]
    assert a["date"]["value"] == "2022-02-24"
    assert a["location"]["name"] == "Ukraine" and a["location"]["precision"] == "country"
    assert a["claimant"] is None
