"""Arguments and modality fixed in the nineteenth session.

- An attack noun followed by "de" / a genitive naming an armed force names its author
  (``author_genitive`` of ``events_cues.yaml``; ``arguments._armed_force``): "des frappes aériennes
  de l'armée soudanaise" had the army as the recipient. "Les bombardements de Kharkiv" names no one.
- A phrase trigger holding its recipient right after its verb ("виділив Україні 500 мільйонів",
  "повернула Україні 95 військовополонених"; ``events._recipient_in_phrase``) gives that recipient.
- French "ni*" was a denial cue: "Niger", "Nigeria", "Nicolas" denied every event after them.
- An unnamed agent after "by" / "par" one or two words after the trigger ("une embuscade tendue par
  des hommes armés", "an ambush laid by militants"; ``arguments._by_after``) is the actor.
- The subject of "came under attack", "est tombé dans une embuscade", "попала в засаду", "потрапили
  під обстріл" is acted on (``victim_subject`` of ``events_cues.yaml``; ``events._victim_subject``).
- "the abduction and death of": a trigger followed by "of" is a noun, no second verb sharing the
  first one's subject (``noun_of`` of ``events_cues.yaml``; ``events._noun_before_of``).
- A demanded act is not asserted: "требовавших казнить", "вимагаючи звільнити" (hypothetical, as a
  threatened one; ``hypothetical`` of ``events_cues.yaml``).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(events_in):
    return events_in


def _countries(refs) -> set:
    return {r.get("country") for r in refs or ()}


@pytest.mark.parametrize("lang, sentence, trigger, actor", [
    ("fr", "Des frappes aériennes de l'armée birmane ont détruit une école dans l'État de Sagaing.", "frappes", "MMR"),
    ("fr", "Les bombardements de l'armée israélienne ont détruit deux maisons près de la frontière.", "bombardements", "ISR"),
    ("ru", "Новини\n\nУдары российских войск повредили подстанцию в Сумской области.", "Удары", "RUS"),
    ("uk", "Новини\n\nАтаки російських військ на Куп'янськ тривають третій день.", "Атаки", "RUS"),
])
def test_attack_of_an_armed_force_is_its_act(run, lang, sentence, trigger, actor):
    ev = next(e for e in run(sentence, lang) if e.attrs["trigger"].startswith(trigger))
    assert actor in _countries(ev.attrs["actor"]) and actor not in _countries(ev.attrs["recipient"])


def test_attack_of_a_place_names_no_author(run):
    ev = next(e for e in run("Les bombardements de Kharkiv ont fait trois morts.", "fr") if e.label == "ASSAULT")
    assert not ev.attrs["actor"]


@pytest.mark.parametrize("lang, sentence, trigger, actor, recipient", [
    ("uk", "Новини\n\nУряд Норвегії виділив Україні 200 мільйонів доларів на відбудову.", "виділив", "NOR", "UKR"),
    ("uk", "Новини\n\nРосія повернула Україні 48 військовополонених.", "повернула", "RUS", "UKR"),
    ("ru", "Новини\n\nЯпония выделила Украине 30 миллионов долларов.", "выделила", "JPN", "UKR"),
])
def test_recipient_inside_a_phrase_trigger(run, lang, sentence, trigger, actor, recipient):
    ev = next(e for e in run(sentence, lang) if e.attrs["trigger"].startswith(trigger))
    assert actor in _countries(ev.attrs["actor"]) and _countries(ev.attrs["recipient"]) == {recipient}


@pytest.mark.parametrize("sentence", [
    "Le Niger a fermé sa frontière avec le Bénin.",
    "Le Nigeria a déployé des soldats dans l'État de Borno.",
])
def test_a_name_starting_with_ni_is_no_denial(run, sentence):
    assert all(e.attrs["modality"] != "denied" for e in run(sentence, "fr"))


def test_denial_verb_still_denies(run):
    evs = run("Moscou a nié avoir bombardé l'hôpital de Marioupol.", "fr")
    assert any(e.label == "ASSAULT" and e.attrs["modality"] == "denied" for e in evs)


@pytest.mark.parametrize("lang, sentence, trigger", [
    ("ru", "Новини\n\nТолпа, требовавшая казнить заключённого, собралась у здания суда.", "казнить"),
    ("uk", "Новини\n\nПротестувальники вимагали звільнити затриманих активістів.", "звільнити"),
])
def test_demanded_act_is_not_asserted(run, lang, sentence, trigger):
    ev = [e for e in run(sentence, lang) if e.attrs["trigger"].startswith(trigger)]
    assert ev and ev[0].attrs["modality"] == "hypothetical", [(e.attrs["trigger"], e.attrs["modality"]) for e in ev]


def test_noun_after_and_shares_no_subject(run):
    # "the abduction and death of": two nouns, not a second verb whose subject is the one who charged
    evs = run("Ohio police arrested a man from Akron and charged him in the abduction and death of a nine-year-old girl.", "en")
    death = [e for e in evs if e.attrs["trigger"] == "death"]
    assert death and not any(a.get("via") == "coordinated" for a in death[0].attrs["actor"])


def test_second_verb_still_shares_the_subject(run):
    evs = run("The Malian army said it had repelled an attack near Boni and arrested 12 suspects.", "en")
    arrest = [e for e in evs if e.attrs["trigger"] == "arrested"]
    assert arrest and "MLI" in _countries(arrest[0].attrs["actor"])


@pytest.mark.parametrize("lang, sentence, trigger, country, sector", [
    ("fr", "Une patrouille est tombée dans une embuscade tendue par des hommes armés près de Djibo.", "embuscade", "BFA", "UAF"),
    ("fr", "Une attaque menée par des jihadistes a visé un poste de gendarmerie près de Kaya.", "attaque", "BFA", "REB"),
    ("en", "An ambush laid by militants killed six soldiers near Mandera in Kenya.", "ambush", "KEN", "REB"),
])
def test_unnamed_agent_after_a_participle(run, lang, sentence, trigger, country, sector):
    # "by" / "par" one or two words after the trigger (``arguments._by_after``) still names its agent
    ev = next(e for e in run(sentence, lang) if e.attrs["trigger"] == trigger)
    assert [(a["country"], a["sector"]) for a in ev.attrs["actor"]] == [(country, sector)]


@pytest.mark.parametrize("lang, sentence, trigger, victim", [
    ("fr", "Des soldats maliens sont tombés dans une embuscade près de Boni.", "embuscade", "MLI"),
    ("en", "A Kenyan army patrol came under attack by al Shabaab fighters near Mandera.", "attack", "KEN"),
    ("ru", "Новини\n\nКолонна российских военных попала в засаду под Херсоном.", "засаду", "RUS"),
    ("uk", "Новини\n\nУкраїнські військові потрапили під обстріл поблизу Бахмута.", "обстріл", "UKR"),
])
def test_subject_of_came_under_is_acted_on(run, lang, sentence, trigger, victim):
    # ``victim_subject`` of events_cues.yaml (``events._victim_subject``): the subject is the recipient
    ev = next(e for e in run(sentence, lang) if e.attrs["trigger"] == trigger)
    assert victim in _countries(ev.attrs["recipient"]) and victim not in _countries(ev.attrs["actor"])
