"""A capital after "the" modifies the next word ("the Paris attacks", "the Moscow talks"): it is where
the event happened, not a government acting, while "Moscow attacks Kyiv" and "the Kremlin says" act."""

from __future__ import annotations

import pytest

from sitrep.article import Article, parse_published
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline()


def _run(nlp, text):
    return nlp(Article(id="t", text=text, language="en", published=parse_published("2016-03-24")))


@pytest.mark.parametrize("text,name,trigger", [
    ("The Brussels attacks would further harden European attitudes.", "Brussels", "attacks"),
    ("The Paris attacks killed 130 people.", "Paris", "attacks"),
    ("The Moscow talks ended without a deal.", "Moscow", "talks"),
])
def test_the_capital_is_where_it_happened(nlp, text, name, trigger):
    art = _run(nlp, text)
    place = next(p for p in art.layers["places"] if text[p.start:p.end] == name)
    assert place.attrs["metonymy"] is False
    event = next(e for e in art.layers["events"] if e.attrs["trigger"] == trigger)
    assert event.attrs["location"]["name"] == name
    assert event.attrs["actor"] == []


def test_a_capital_acting_still_acts(nlp):
    text = "Moscow attacks Kyiv with drones every night."
    art = _run(nlp, text)
    assert next(p for p in art.layers["places"] if text[p.start:p.end] == "Moscow").attrs["metonymy"] is True
    event = next(e for e in art.layers["events"] if e.attrs["trigger"] == "attacks")
    assert [a["actor"] for a in event.attrs["actor"]] == ["RUS.GOV"]
    assert event.attrs["location"]["name"] == "Kyiv"


def test_a_country_after_the_still_acts(nlp):
    art = _run(nlp, "The United States struck targets in Syria.")
    event = next(e for e in art.layers["events"] if e.attrs["trigger"] == "struck")
    assert [a["country"] for a in event.attrs["actor"]] == ["USA"]


def test_a_capital_that_takes_the_still_acts(nlp):
    text = "The Vatican says Pope Francis has no plans to meet the senator."
    art = _run(nlp, text)
    assert next(p for p in art.layers["places"] if text[p.start:p.end] == "Vatican").attrs["metonymy"] is True
