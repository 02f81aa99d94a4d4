"""Twenty-second session, second round, from the tune half of ``tests/data/events/plover_news23.jsonl``
and the brief's known errors: relief goods sent or delivered are AID (en / fr / ru / uk language data),
frozen assets and a blacklisting are SANCTION, a request noun (ru "просьба", uk "прохання") is REQUEST
and the one it is addressed to its recipient (``addressee_before``), a strike's mode is strike, "pris
pour cible" is an attack, a mediator is no party (``mediator_before``), and an ORG span that runs on
past a known name into the sentence hides no trigger (``_org_spans``). 19 fail on main 59eb490; the
guards (the name guard, and the uk and en mediator sentences, whose mediator main already left out)
pass on main and after."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(events_in):
    return events_in


def _event(events, trigger: str):
    return next((e for e in events if e.attrs["trigger"] == trigger), None)


def _codes(refs) -> list:
    return [r.get("country") for r in refs or []]


@pytest.mark.parametrize("lang, sentence, trigger, label, mode", [
    # relief goods sent, delivered, or counted in tonnes (AID)
    ("en", "Turkey sent 20 tonnes of food to flood victims in eastern Libya.", "tonnes of food", "AID", None),
    ("en", "Jordan sent medical supplies to hospitals in Gaza on Monday.", "sent medical supplies", "AID", None),
    ("fr", "La France a acheminé des vivres et des couvertures aux victimes du séisme au Maroc.",
     "acheminé des vivres", "AID", None),
    ("ru", "Турция доставила в Ливию 40 тонн медикаментов для пострадавших от наводнения.", "тонн медикаментов", "AID", None),
    ("uk", "Польща доставила до Харкова 15 тонн медикаментів.", "тонн медикаментів", "AID", None),
    # frozen assets, a blacklist (SANCTION)
    ("en", "Britain froze the assets of four Nicaraguan officials on Tuesday.", "froze the assets", "SANCTION", None),
    ("fr", "Washington a placé sur sa liste noire deux banques birmanes.", "sur sa liste noire", "SANCTION", None),
    ("ru", "Япония заморозила активы пяти иранских банков.", "заморозила активы", "SANCTION", None),
    ("uk", "Литва заморозила активи трьох російських компаній.", "заморозила активи", "SANCTION", None),
    # a request
    ("ru", "Власти Ливана обратились к Франции с просьбой помочь в расследовании взрыва.", "просьбой", "REQUEST", None),
    ("uk", "Уряд Гаїті звернувся до ООН з проханням направити поліцейську місію.", "проханням", "REQUEST", None),
    # a strike is a strike
    ("fr", "Les dockers du port de Dakar sont en grève depuis lundi.", "grève", "PROTEST", "strike"),
    ("uk", "Шахтарі Замбії оголосили страйк через невиплату зарплат.", "страйк", "PROTEST", "strike"),
    ("ru", "Учителя Киргизии объявили забастовку.", "забастовку", "PROTEST", "strike"),
    # taken as a target
    ("fr", "Un convoi de la Minusma a été pris pour cible près de Gao.", "pris pour cible", "ASSAULT", None),
])
def test_new_wordings(run, lang, sentence, trigger, label, mode):
    ev = _event(run(sentence, lang), trigger)
    assert ev is not None and ev.label == label, [(e.label, e.attrs["trigger"]) for e in run(sentence, lang)]
    if mode:
        assert ev.attrs["mode"] == mode


@pytest.mark.parametrize("lang, sentence, trigger, addressee", [
    ("ru", "Патриарх Кирилл обратился к президенту Пакистана с просьбой о помиловании осужденной.", "просьбой", "PAK"),
    ("uk", "Родина журналіста звернулася до влади Канади з проханням надати їй притулок.", "проханням", "CAN"),
])
def test_the_addressee_of_a_request_is_its_recipient(run, lang, sentence, trigger, addressee):
    ev = _event(run(sentence, lang), trigger)
    assert ev is not None and addressee in _codes(ev.attrs["recipient"]) and addressee not in _codes(ev.attrs["actor"])


@pytest.mark.parametrize("lang, sentence, trigger, mediator", [
    ("ru", "Армения и Азербайджан обменялись пленными при посредничестве Грузии.", "обменялись пленными", "GEO"),
    ("uk", "Росія звільнила двох українських моряків за посередництва Туреччини.", "звільнила", "TUR"),
    ("en", "Hamas freed two Israeli hostages through the mediation of Qatar.", "freed", "QAT"),
])
def test_a_mediator_is_no_party(run, lang, sentence, trigger, mediator):
    ev = _event(run(sentence, lang), trigger)
    assert ev is not None
    assert mediator not in _codes(ev.attrs["recipient"]) + _codes(ev.attrs["actor"])


def test_an_org_span_that_runs_past_a_known_name_hides_no_trigger(run):
    # the entities layer reads "Shebab menacent de frapper Djibouti" as one name; the gazetteer's
    # "Shebab" ends before a lower-case word
    labels = [e.label for e in run("Les Shebab menacent de frapper Djibouti si ses troupes restent en Somalie, "
                                   "selon un enregistrement audio.", "fr")]
    assert "THREATEN" in labels


@pytest.mark.parametrize("lang, sentence, trigger", [
    # guard: a name's own capitalised words stay a name
    ("en", "During an interview with NBC News Senior Investigative Correspondent Cynthia McFadden, he spoke.", "Investigative"),
])
def test_guards_names_stay_names(run, lang, sentence, trigger):
    assert _event(run(sentence, lang), trigger) is None
