"""Twenty-third session: a request's addressee in the bare dative, an office's title before its
link ("the Secretary of State for"), an envoy's post ("ambassador to Washington"), a place that is
the subject matter of talks, the two parties of talks "between" them, and the words of the tune
half of plover_news24 (curfews, reinforcements, a U-turn, concessions,
dispersed rallies, criticism). The sentences are written for these tests; each case but the
guards failed before the session."""

from __future__ import annotations

import pytest


def _loc(e) -> str | None:
    return (e.attrs.get("location") or {}).get("name")


def _codes(refs) -> list[str | None]:
    return [r.get("country") or r.get("name") for r in refs or []]


def _first(events, label: str):
    found = [e for e in events if e.label == label]
    assert found, [(e.label, e.attrs.get("trigger")) for e in events]
    return found[0]


# --- a request sent to an addressee in the bare dative: the sender is the actor ---------------

@pytest.mark.parametrize("lang, sentence, actor, recipient", [
    ("ru", "Президент Польши направил руководству Израиля послание с просьбой выдать подозреваемого.", "POL", "ISR"),
    ("ru", "Патриарх Кирилл отправлял президенту Пакистана послание с просьбой помиловать осуждённую.",
     "Кирилл", "PAK"),
    ("uk", "Прем'єр-міністр України надіслав урядові Ірландії листа з проханням посилити підтримку.", "UKR", "IRL"),
    ("uk", "Міністр охорони здоров'я України направив Європейській комісії лист з проханням про допомогу.",
     "UKR", "European Commission"),
])
def test_a_dative_addressee_of_a_request_is_its_recipient(events_in, lang, sentence, actor, recipient):
    e = _first(events_in(sentence, lang), "REQUEST")
    assert actor in _codes(e.attrs["actor"]) and recipient not in _codes(e.attrs["actor"]), _codes(e.attrs["actor"])
    assert recipient in _codes(e.attrs["recipient"]), _codes(e.attrs["recipient"])


def test_a_request_addressed_with_a_preposition_keeps_its_rule(events_in):
    # guard: the "к" rule of the second round still moves the addressee
    e = _first(events_in("Патриарх Кирилл обратился к президенту Пакистана с просьбой помиловать осуждённую.", "ru"),
               "REQUEST")
    assert "PAK" in _codes(e.attrs["recipient"]) and "PAK" not in _codes(e.attrs["actor"])


# --- an office's place: its title before the link, an envoy's post ------------------------------

@pytest.mark.parametrize("lang, sentence, place", [
    ("en", "The Secretary of State for Northern Ireland resigned on Tuesday in protest against the deal.",
     "Northern Ireland"),
    ("en", "Britain's Secretary of State for Northern Ireland held talks with Irish ministers on Monday.",
     "Northern Ireland"),
    ("en", "The Saudi ambassador to Washington met the secretary of state on Monday.", "Washington"),
    ("fr", "L'ambassadeur du Mali à Paris a été convoqué lundi après des critiques contre la junte.", "Paris"),
])
def test_the_place_of_an_office_is_no_event_location(events_in, lang, sentence, place):
    events = events_in(sentence, lang)
    assert events and place not in map(_loc, events), list(map(_loc, events))


def test_no_fallback_past_an_office_place(events_in):
    # the talks are not in Baltimore, where the ambassador to Washington gave a lecture
    e = _first(events_in("Syria had indicated its interest in resuming talks in remarks made last week by the "
                         "Syrian ambassador to Washington, Walid Mualem, in a lecture to a closed forum in "
                         "Baltimore.", "en"), "CONSULT")
    assert _loc(e) is None


@pytest.mark.parametrize("lang, sentence, place", [
    # guards: "to" after a minister is a trip; the office rule leaves ordinary places alone
    ("en", "Israel's prime minister flew to Washington for talks on Monday.", "Washington"),
    ("en", "Britain's Secretary of State for Northern Ireland held talks with Irish ministers in Dublin on Monday.",
     "Dublin"),
])
def test_a_place_after_a_trip_or_a_preposition_still_locates(events_in, lang, sentence, place):
    assert place in map(_loc, events_in(sentence, lang))


# --- a place the talks are about -------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, place", [
    ("en", "Kerry negotiates with Russia over Syria, a senior official said.", "Syria"),
    ("ru", "Стороны достигли прогресса в переговорах о выходе, но остаются разногласия в вопросе границы с "
           "Северной Ирландией.", "Northern Ireland"),
    ("uk", "Основною проблемою переговорів було питання врегулювання кордонів Північної Ірландії.",
     "Northern Ireland"),
])
def test_the_subject_matter_of_talks_is_no_location(events_in, lang, sentence, place):
    e = _first(events_in(sentence, lang), "CONSULT")
    assert _loc(e) != place


@pytest.mark.parametrize("lang, sentence, place", [
    # guards: where talks are held still locates them
    ("ru", "Переговоры по Карабаху возобновились в Москве.", "Moscow"),
    ("uk", "Переговори щодо Карабаху відновилися у Відні.", "Vienna"),
])
def test_the_place_of_talks_still_locates_them(events_in, lang, sentence, place):
    assert _loc(_first(events_in(sentence, lang), "CONSULT")) == place


def test_talks_between_two_parties(events_in):
    e = _first(events_in("Talks between Armenia and Azerbaijan resumed in Washington on Monday.", "en"), "CONSULT")
    assert _codes(e.attrs["actor"]) == ["ARM"] and _codes(e.attrs["recipient"]) == ["AZE"]


# --- words of the tune half (language data) -------------------------------------------------

@pytest.mark.parametrize("lang, sentence, label", [
    ("fr", "Les autorités comoriennes ont décrété un couvre-feu nocturne à Moroni.", "COERCE"),
    ("ru", "Власти Казахстана ввели комендантский час в Алматы после беспорядков.", "COERCE"),
    ("uk", "У Бішкеку запровадили комендантську годину.", "COERCE"),
    ("fr", "Alger a dépêché des renforts militaires le long de sa frontière avec le Mali.", "MOBILIZE"),
    ("ru", "Таджикистан привел в повышенную боевую готовность войска на границе с Афганистаном.", "MOBILIZE"),
    ("fr", "Le gouvernement tunisien a fait marche arrière sur la hausse du prix de la farine.", "CONCEDE"),
    ("uk", "Уряд Іспанії пішов на поступки фермерам.", "CONCEDE"),
    ("uk", "Поліція Есватіні розігнала демонстрацію в Мбабане сльозогінним газом.", "COERCE"),
    ("uk", "Євросоюз різко розкритикував ухвалення в Киргизстані закону про іноземних агентів.", "ACCUSE"),
    ("ru", "Иранские ракеты поразили объекты в Эрбиле, сообщили местные власти.", "ASSAULT"),
])
def test_tune_words(events_in, lang, sentence, label):
    assert label in [e.label for e in events_in(sentence, lang)]


def test_a_light_verb_gives_the_aid_noun_its_actor(events_in):
    e = _first(events_in("La France a débloqué une aide d'urgence de deux millions d'euros pour le Cameroun.", "fr"),
               "AID")
    assert "FRA" in _codes(e.attrs["actor"])
