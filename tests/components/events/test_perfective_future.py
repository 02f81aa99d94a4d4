"""Russian and Ukrainian have no "will": a perfective verb's present form is its future. The
generated list of those forms (``data/{ru,uk}/events_future.txt``) makes an asserted event future,
for the trigger verb itself and for a support verb before the event's noun."""

from __future__ import annotations

import pytest

from sitrep.article import Article, parse_published
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline()


def _events(nlp, lang, text):
    art = nlp(Article(id=f"t-{lang}", text=text, language=lang, published=parse_published("2024-03-12")))
    return {e.attrs["trigger"].lower(): e for e in art.layers["events"]}


@pytest.mark.parametrize("lang,text,trigger,cue", [
    ("ru", "Германия передаст Украине дополнительные системы ПВО IRIS-T.", "передаст", "передаст"),
    ("uk", "Данія передасть Україні ще одну партію винищувачів F-16.", "передасть", "передасть"),
    ("ru", "Армия нанесёт удар по Киеву.", "удар", "нанесёт"),
    ("ru", "Армия нанесет мощный удар по Киеву.", "удар", "нанесет"),
    ("uk", "Росія завдасть удару по Києву.", "удару", "завдасть"),
    ("uk", "Уряд надасть Україні військову допомогу.", "допомогу", "надасть"),
])
def test_a_perfective_future_is_future(nlp, lang, text, trigger, cue):
    event = _events(nlp, lang, text)[trigger]
    assert event.attrs["modality"] == "future"
    assert [c["text"] for c in event.attrs["modality_cues"] if c["kind"] == "future"] == [cue]


@pytest.mark.parametrize("lang,text,trigger", [
    ("ru", "Германия вчера передала Украине танки.", "передала"),  # perfective past
    ("uk", "Німеччина вчора передала Україні танки.", "передала"),
    ("ru", "Армия атакует позиции противника у Бахмута.", "атакует"),  # biaspectual: also a present
    ("uk", "Армія атакує позиції противника біля Бахмута.", "атакує"),
    ("ru", "Армия наносит удары по позициям противника.", "удары"),  # imperfective present
])
def test_a_past_or_present_stays_asserted(nlp, lang, text, trigger):
    assert _events(nlp, lang, text)[trigger].attrs["modality"] == "asserted"


def test_negation_and_condition_come_first(nlp):
    events = _events(nlp, "ru", "Германия не передаст Украине ракеты Taurus.")
    assert events["передаст"].attrs["modality"] == "negated"
    events = _events(nlp, "uk", "Якщо Росія вдарить по Києву, Захід запровадить нові санкції.")
    assert events["вдарить"].attrs["modality"] == "hypothetical"


def test_the_support_verb_does_not_reach_across_a_clause(nlp):
    events = _events(nlp, "ru", "Россия нанесёт ответ, а удары по Харькову продолжаются.")
    assert events["удары"].attrs["modality"] == "asserted"
