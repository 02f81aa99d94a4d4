"""Actors listed before a verb are all its actors ("Iraq, Iran, and Syria signed", "the US, Britain and
France condemned"); a comma and "and" that join two clauses join no actors ("... with Vilnius, and
Beijing signed")."""

from __future__ import annotations

import pytest

from sitrep.article import Article, parse_published
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline()


def _actors(nlp, lang, text, trigger):
    art = nlp(Article(id="t", text=text, language=lang, published=parse_published("2024-03-12")))
    event = next(e for e in art.layers["events"] if e.attrs["trigger"] == trigger)
    return [a["country"] for a in event.attrs["actor"]]


@pytest.mark.parametrize("lang,text,trigger,expected", [
    ("en", "Iraq, Iran, and Syria signed the agreement on Monday.", "signed the agreement", ["IRQ", "IRN", "SYR"]),
    ("en", "The US, Britain and France condemned the attack.", "condemned", ["USA", "GBR", "FRA"]),
    ("en", "Germany, France and Italy discussed the sanctions in Rome.", "discussed", ["DEU", "FRA", "ITA"]),
    ("fr", "L'Allemagne, la France et l'Italie ont condamné l'attaque.", "condamné", ["DEU", "FRA", "ITA"]),
    ("en", "Russia and Ukraine agreed to extend the deal.", "agreed", ["RUS", "UKR"]),
    ("en", "Moscow cut its ties with Vilnius, and Beijing signed an agreement with Moscow.", "signed an agreement", ["CHN"]),
])
def test_listed_actors(nlp, lang, text, trigger, expected):
    assert _actors(nlp, lang, text, trigger) == expected


def test_and_far_from_an_earlier_actor_joins_no_actors(nlp):
    text = "Iran had fulfilled the terms of the nuclear agreement and the United States lifted sanctions."
    assert _actors(nlp, "en", text, "sanctions") == ["USA"]


def test_members_with_their_place(nlp):
    text = "Senators Ted Cruz of Texas and Marco Rubio of Florida urged the mogul to release his tax returns."
    art = nlp(Article(id="t", text=text, language="en", published=parse_published("2016-03-01")))
    event = next(e for e in art.layers["events"] if e.attrs["trigger"] == "urged")
    assert [a["name"] for a in event.attrs["actor"]] == ["Ted Cruz", "Marco Rubio"]
