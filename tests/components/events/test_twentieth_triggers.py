"""Triggers added in the twentieth session from the errors of the tune half of
``tests/data/events/plover_news20.jsonl`` (language data only: ``events.tsv``, ``events_lemmas.tsv``):
a trip to a place "for talks" is a visit (CONSULT, mode visit) whose subject is the visitor and whose
place is the destination; an agreement, deal or treaty signed is AGREE; prisoners freed are released
(RETREAT); "объявить персоной нон грата" an expulsion; an accepted responsibility a concession; a call-up
of reservists a mobilisation. Guards: a trip with no talks, a lone "signed" stay what they were.
Arguments: a state's body named alone ("Совбез", "Рада нацбезпеки") takes the country the sentence
names before it (``arguments._national_body``; the UN Security Council keeps none); a French light
verb ("a apporté son soutien", "a présenté ses excuses") gives the noun event its subject."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(events_in):
    return events_in


def _text(lang: str, sentence: str) -> str:
    # (a title line: short Cyrillic sentences alone are a thin sample for the language layers)
    return f"Новини\n\n{sentence}" if lang in ("ru", "uk") else sentence


@pytest.mark.parametrize("lang, sentence, label, mode", [
    ("en", "Italy's prime minister travelled to Tripoli for talks with the Libyan government.", "CONSULT", "visit"),
    ("en", "The Qatari emir flew to Abu Dhabi for talks on the Gaza truce.", "CONSULT", "visit"),
    ("fr", "Le chef de la diplomatie turque s'est rendu à Damas pour des entretiens avec les nouvelles autorités.",
     "CONSULT", "visit"),
    ("ru", "Глава МИД Ирана прибыл в Эр-Рияд на переговоры с саудовским коллегой.", "CONSULT", "visit"),
    ("uk", "Прем'єр Польщі прибув до Вільнюса на переговори з литовським урядом.", "CONSULT", "visit"),
    ("en", "Armenia and Iran signed a transit treaty in Yerevan on Tuesday.", "AGREE", None),
    ("en", "Rwanda and Congo signed a peace deal in Washington on Friday.", "AGREE", None),
    ("en", "Myanmar's junta freed more than 3,000 prisoners in an annual amnesty.", "RETREAT", "release"),
    ("ru", "МИД Эстонии объявил персоной нон грата российского дипломата.", "SANCTION", "expel"),
    ("uk", "Латвія оголосила персоною нон грата білоруського консула.", "SANCTION", "expel"),
    ("ru", "Министерство обороны признало свою ответственность за гибель мирных жителей.", "CONCEDE", None),
    ("uk", "Командування визнало свою відповідальність за помилковий удар по селу.", "CONCEDE", None),
    ("ru", "Правительство Сербии объявило призыв двух тысяч резервистов.", "MOBILIZE", "troops"),
    ("uk", "Естонія оголосила призов резервістів на навчання.", "MOBILIZE", "troops"),
])
def test_new_trigger(run, lang, sentence, label, mode):
    found = [(e.label, e.attrs["mode"]) for e in run(_text(lang, sentence), lang)]
    assert (label, mode) in found, found


@pytest.mark.parametrize("lang, sentence, country, place", [
    ("en", "Italy's prime minister travelled to Tripoli for talks with the Libyan government.", "ITA", "Tripoli"),
    ("fr", "Le ministre italien de la Défense s'est rendu à Tripoli pour des pourparlers avec le gouvernement libyen.",
     "ITA", "Tripoli"),
])
def test_visitor_is_the_actor_and_destination_the_place(run, lang, sentence, country, place):
    visit = next(e for e in run(sentence, lang) if e.attrs["mode"] == "visit")
    assert country in {a.get("country") for a in visit.attrs["actor"]}, visit.attrs["actor"]
    assert (visit.attrs["location"] or {}).get("name") == place, visit.attrs["location"]


@pytest.mark.parametrize("lang, sentence, absent", [
    ("en", "Thousands of fans travelled to Wembley for the final.", "CONSULT"),
    ("en", "The president signed a letter to the parliament on Monday.", "AGREE"),
    ("ru", "Губернатор признал, что ответственность лежит на подрядчике.", "CONCEDE"),
])
def test_not_an_event_of_that_type(run, lang, sentence, absent):
    assert absent not in [e.label for e in run(_text(lang, sentence), lang)]


@pytest.mark.parametrize("lang, sentence, country", [
    ("uk", "Естонія готується до навчань: Рада нацбезпеки ухвалила рішення перекинути додаткові війська на схід.",
     "EST"),
    ("ru", "Власти Казахстана усилили охрану границы: Совбез утвердил призыв двух тысяч резервистов.", "KAZ"),
])
def test_national_body_takes_the_country_named_before_it(run, lang, sentence, country):
    event = next(e for e in run(_text(lang, sentence), lang) if e.label == "MOBILIZE")
    assert [a.get("country") for a in event.attrs["actor"]] == [country], event.attrs["actor"]


def test_un_security_council_keeps_no_country(run):
    events = run(_text("ru", "Совбез ООН призвал Израиль прекратить удары по Газе."), "ru")
    request = next(e for e in events if e.label == "REQUEST")
    assert all(a.get("sector") != "GOV" for a in request.attrs["actor"]), request.attrs["actor"]


@pytest.mark.parametrize("sentence, country", [
    ("Le Canada a apporté son soutien à la candidature du Kenya.", "CAN"),
    ("Le gouvernement malien a présenté ses excuses aux familles des victimes.", "MLI"),
])
def test_light_verb_subject_is_the_noun_event_actor_fr(run, sentence, country):
    events = run(sentence, "fr")
    assert country in {a.get("country") for e in events for a in e.attrs["actor"]}, \
        [(e.label, e.attrs["actor"]) for e in events]


@pytest.mark.parametrize("lang, sentence, host", [
    ("ru", "Министр иностранных дел Ирана прибыл в Эр-Рияд на переговоры с саудовским коллегой.", "SAU"),
    ("en", "Italy's prime minister travelled to Tripoli for talks on migration.", "LBY"),
])
def test_a_visit_is_to_the_host_state(run, lang, sentence, host):
    visit = next(e for e in run(_text(lang, sentence), lang) if e.attrs["mode"] == "visit")
    assert host in {a.get("country") for a in visit.attrs["recipient"]}, visit.attrs["recipient"]


@pytest.mark.parametrize("sentence", [
    "Ukrainian and Russian negotiators met in Istanbul on Monday.",
    "A Mexican boy who had been visiting relatives in Texas died of the flu, officials said.",
])
def test_no_host_state(run, sentence):
    for e in run(sentence, "en"):
        assert not [a for a in e.attrs["recipient"] if a.get("via") == "visit"], e.attrs["recipient"]
