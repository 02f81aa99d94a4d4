"""Triggers added in the nineteenth session from the errors of the tune half of
``tests/data/events/plover_news19.jsonl`` (language data only: ``events.tsv``, ``events_lemmas.tsv``):
joint exercises, patrols and operations are military cooperation (COOPERATE), troops moved and a
combat-readiness check are MOBILIZE, admitted mistakes and apologies CONCEDE (Russian "признать" alone
stays SUPPORT), prisoners returned RETREAT (release), an ambush ASSAULT, "a fait arrêter" an arrest,
"se sont mis d'accord" AGREE with its subjects, a march a demonstration."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(events_in):
    return events_in


@pytest.mark.parametrize("lang, sentence, label, mode", [
    ("en", "India and Egypt held joint military exercises in Rajasthan last week.", "COOPERATE", None),
    ("en", "Thai and Malaysian police began joint patrols along the border on Monday.", "COOPERATE", None),
    ("en", "Serbia has moved armoured troops closer to the boundary with Kosovo.", "MOBILIZE", "troops"),
    ("en", "Hundreds of students marched to the presidential palace in Dhaka on Tuesday.", "PROTEST", "demo"),
    ("fr", "Les armées tchadienne et camerounaise ont lancé des opérations conjointes contre Boko Haram.", "COOPERATE", None),
    ("fr", "Le Sénégal et la Gambie ont organisé des exercices militaires conjoints en Casamance.", "COOPERATE", None),
    ("fr", "Une patrouille de gendarmes est tombée dans une embuscade près de Fada N'Gourma.", "ASSAULT", "firearms"),
    ("fr", "Le procureur a fait arrêter trois journalistes à Niamey.", "COERCE", "arrest"),
    ("fr", "Un engin explosif a touché un car de passagers près de Mopti.", "ASSAULT", "explosives"),
    ("ru", "Китай и Россия провели совместные учения в Японском море.", "COOPERATE", None),
    ("ru", "Индия и Казахстан начали совместные антитеррористические учения.", "COOPERATE", None),
    ("ru", "Армия Таджикистана провела внезапную проверку боеготовности войск.", "MOBILIZE", None),
    ("ru", "Министр признал ошибки ведомства и принёс извинения пострадавшим.", "CONCEDE", None),
    ("ru", "Киев вернул России 40 военнопленных.", "RETREAT", "release"),
    ("uk", "Польща і Литва провели спільні навчання поблизу Сувальського коридору.", "COOPERATE", None),
    ("uk", "Збройні сили посилили угруповання на Запорізькому напрямку.", "MOBILIZE", "troops"),
    ("uk", "Мер визнав свою провину і вибачився перед мешканцями.", "CONCEDE", None),
    ("uk", "Росія повернула Україні 12 полонених.", "RETREAT", "release"),
])
def test_new_trigger(run, lang, sentence, label, mode):
    found = [(e.label, e.attrs["mode"]) for e in run(f"Новини\n\n{sentence}" if lang in ("ru", "uk") else sentence, lang)]
    assert (label, mode) in found, found


def test_recognising_alone_stays_support(run):
    # "признать" alone (a state, a government) is SUPPORT; only with mistakes or guilt a concession
    assert [e.label for e in run("Новини\n\nПарагвай признал независимость Косово.", "ru")][:1] == ["SUPPORT"]


def test_agreed_with_reflexive_verb_has_its_subjects(run):
    evs = run("Le Niger et le Bénin se sont mis d'accord pour rouvrir leur frontière.", "fr")
    agree = [e for e in evs if e.label == "AGREE"]
    assert agree and {a["country"] for a in agree[0].attrs["actor"]} == {"NER", "BEN"}


@pytest.mark.parametrize("lang, sentence, label", [
    # a court's verdict ("признали виновной": found guilty) is no concession
    ("ru", "Новини\n\nСуд признал журналиста виновным в клевете.", "CONCEDE"),
    ("ru", "Новини\n\nВ 2010 году её признали виновной в богохульстве.", "CONCEDE"),
    # the month is no march; an organisation's name is no joint operation
    ("en", "Donations rose in July, compared with March, when he was self-funding his campaign.", "PROTEST"),
    ("en", "The Joint Space Operations Center tracks objects that enter the atmosphere.", "COOPERATE"),
])
def test_no_new_trigger(run, lang, sentence, label):
    assert label not in [e.label for e in run(sentence, lang)]
