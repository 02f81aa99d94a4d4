"""A capital or state after "talks with", "négociations avec", "переговорах с", "переговори з" is a
party to the talks (a metonym), not where they happen: the event's recipient is its government and
the event has no place there."""

from __future__ import annotations

import pytest

from sitrep.article import Article, parse_published
from sitrep.pipeline import default_pipeline

CASES = [
    ("en", "The Kremlin denied reports of talks with Kyiv.", "Kyiv", "talks"),
    ("fr", "Le Kremlin a démenti des informations sur des négociations avec Kiev.", "Kiev", "négociations"),
    ("ru", "Кремль опроверг сообщения о переговорах с Киевом.", "Киевом", "переговорах"),
    ("uk", "Кремль заперечив повідомлення про переговори з Києвом.", "Києвом", "переговори"),
]


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline()


def _run(nlp, lang, text):
    return nlp(Article(id=f"t-{lang}", text=text, language=lang, published=parse_published("2024-03-12")))


@pytest.mark.parametrize("lang,text,name,trigger", CASES)
def test_the_capital_is_a_party_not_the_place(nlp, lang, text, name, trigger):
    art = _run(nlp, lang, text)
    place = next(a for a in art.layers["places"] if text[a.start:a.end] == name)
    assert place.attrs["metonymy"] is True
    event = next(e for e in art.layers["events"] if e.attrs["trigger"] == trigger)
    assert event.label == "CONSULT"
    assert [r["actor"] for r in event.attrs["recipient"]] == ["UKR.GOV"]
    assert event.attrs["location"] is None
    assert event.attrs["modality"] == "denied"


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Officials said the talks in Istanbul would resume.", "Istanbul"),
    ("fr", "Les négociations à Istanbul reprendront lundi.", "Istanbul"),
    ("ru", "Переговоры в Стамбуле возобновятся в понедельник.", "Стамбуле"),
    ("uk", "Переговори в Стамбулі відновляться в понеділок.", "Стамбулі"),
])
def test_where_the_talks_are_held_stays_a_place(nlp, lang, text, name):
    art = _run(nlp, lang, text)
    place = next(a for a in art.layers["places"] if text[a.start:a.end] == name)
    assert place.attrs["metonymy"] is False
    event = next(e for e in art.layers["events"] if e.label == "CONSULT")
    assert event.attrs["location"]["name"] == "Istanbul"


@pytest.mark.parametrize("lang,text,trigger", [
    ("en", "Britain's cabinet agreed its plan for negotiations with Brussels.", "negotiations"),
    ("ru", "Британский кабмин согласовал план переговоров с Брюсселем.", "переговоров"),
    ("uk", "Британський уряд погодив план переговорів з Брюсселем.", "переговорів"),
])
def test_brussels_acting_is_the_eu_not_belgium(nlp, lang, text, trigger):
    """The seat of the EU's institutions stands for them (``data/actors/seats.tsv``), not for the
    Belgian government; Brussels where something happens stays a place of Belgium."""
    art = _run(nlp, lang, text)
    assert [a.attrs["actor"] for a in art.layers["actors"] if text[a.start:a.end].startswith(("Bru", "Брю"))] == ["eu"]
    event = next(e for e in art.layers["events"] if e.attrs["trigger"] == trigger)
    assert [r["actor"] for r in event.attrs["recipient"]] == ["eu"]


def test_brussels_where_it_happens_is_belgium(nlp):
    art = _run(nlp, "en", "EU leaders met in Brussels on Monday to discuss sanctions against Russia.")
    place = next(a for a in art.layers["places"] if a.attrs.get("name") == "Brussels")
    assert place.attrs["metonymy"] is False and place.attrs["country"] == "BE"
    assert not [a for a in art.layers["actors"] if a.attrs["actor"] in ("eu", "BEL.GOV") and "Brussels" in art.text[a.start:a.end]]
