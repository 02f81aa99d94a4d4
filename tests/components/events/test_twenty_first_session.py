"""Twenty-first session, from the tune half of ``tests/data/events/plover_news21.jsonl`` and the
brief's known errors. Arguments (``arguments.py``): a passive's agent after its determiner and head
word ("by the Malian army", "par l'armée malienne", ``agent_glue``); a meeting of states held in a
place is hosted by the place's state (``_host`` / ``_meeting_place``, ``meeting_nouns``); a recipient
after a number ("sanctions on three Iranian companies"). Language data: "freed" as an adjective is no
release; joint patrols with a word between; asset freezes and travel bans are sanctions; an accepted
responsibility (en, fr) and a bill withdrawn are concessions; French light verbs of completion ("a achevé le retrait"). Guards pass on main and after."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(events_in):
    return events_in


def _text(lang: str, sentence: str) -> str:
    # (a title line: short Cyrillic sentences alone are a thin sample for the language layers)
    return f"Новини\n\n{sentence}" if lang in ("ru", "uk") else sentence


def _first(events, label: str):
    return next(e for e in events if e.label == label)


def _countries(refs) -> set:
    return {r.get("country") for r in refs or []}


# ------------------------------------------------------------------ a passive's agent after "by the"

@pytest.mark.parametrize("lang, sentence, label, actor", [
    ("fr", "Trois villages ont été attaqués par l'armée malienne, selon une ONG locale.", "ASSAULT", "MLI"),
    ("fr", "Un poste frontière a été attaqué par des soldats maliens, selon une source sécuritaire.", "ASSAULT", "MLI"),
    ("fr", "Deux hameaux ont été incendiés par la Russie, selon les autorités locales.", "ASSAULT", "RUS"),
    ("en", "Two villages were attacked by the Malian army, rights groups said.", "ASSAULT", "MLI"),
])
def test_passive_agent_after_its_determiner_is_the_actor(run, lang, sentence, label, actor):
    ev = _first(run(sentence, lang), label)
    assert actor in _countries(ev.attrs["actor"]), ev.attrs["actor"]
    assert actor not in _countries(ev.attrs["recipient"]), ev.attrs["recipient"]


# ------------------------------------------------------------------ the host of a meeting

@pytest.mark.parametrize("lang, sentence, host", [
    ("en", "Leaders of West African states met at a summit in Abuja on Sunday to discuss the crisis in Niger.", "NGA"),
    ("en", "Azerbaijan's foreign minister held talks in Ankara on the South Caucasus.", "TUR"),
    ("fr", "Des émissaires soudanais ont pris part lundi aux pourparlers de Genève.", "CHE"),
    ("ru", "Глава МИД Армении провёл переговоры в Стамбуле по нормализации отношений.", "TUR"),
    ("uk", "Міністри оборони країн Балтії провели переговори у Варшаві щодо безпеки кордону.", "POL"),
])
def test_meeting_is_hosted_by_the_place_state(run, lang, sentence, host):
    ev = _first(run(_text(lang, sentence), lang), "CONSULT")
    assert host in _countries(ev.attrs["recipient"]), ev.attrs["recipient"]
    assert next(r for r in ev.attrs["recipient"] if r.get("country") == host)["via"] == "meeting"


@pytest.mark.parametrize("lang, sentence", [
    # two states meet: a third party hosts, neither is visiting the other's host
    ("ru", "Делегации Армении и Азербайджана провели переговоры в Алма-Ате."),
    # the place of the topic, an arrival, a domestic meeting: no host
    ("en", "The two ministers discussed the war in Sudan on Monday."),
    ("en", "A team of United Nations experts arrived in Manila on Tuesday."),
    ("en", "At a town hall meeting in Ohio, a voter asked about trade."),
    # at home
    ("en", "Turkish officials held talks in Ankara on Monday."),
])
def test_no_host(run, lang, sentence):
    for ev in run(_text(lang, sentence), lang):
        assert not [r for r in ev.attrs["recipient"] if r.get("via") == "meeting"], (ev.label, ev.attrs["recipient"])


# ------------------------------------------------------------------ a recipient after a number

@pytest.mark.parametrize("lang, sentence, label, recipient", [
    ("uk", "Україна запровадила санкції проти 40 іранських компаній, що постачають деталі для російських ракет.",
     "SANCTION", "IRN"),
    ("en", "Britain imposed sanctions on three Iranian companies accused of shipping drone engines to Russia.",
     "SANCTION", "IRN"),
])
def test_recipient_after_a_number(run, lang, sentence, label, recipient):
    ev = _first(run(_text(lang, sentence), lang), label)
    assert recipient in _countries(ev.attrs["recipient"]), ev.attrs["recipient"]


# ------------------------------------------------------------------ triggers

@pytest.mark.parametrize("lang, sentence, label", [
    ("en", "Chad and Niger launched joint military patrols along their border.", "COOPERATE"),
    ("en", "The European Union imposed an asset freeze on four Sudanese commanders.", "SANCTION"),
    ("en", "Washington imposed a travel ban on two Nicaraguan ministers.", "SANCTION"),
    ("en", "Nigeria's army chief accepted responsibility for a mistaken air strike on a village.", "CONCEDE"),
    ("en", "The government withdrew the controversial bill after a week of protests.", "CONCEDE"),
    ("fr", "Le gouvernement colombien a reconnu sa responsabilité dans la mort de six civils.", "CONCEDE"),
    ("fr", "Le gouvernement a retiré le projet de loi après des manifestations massives.", "CONCEDE"),
    ("ru", "Правительство Грузии отозвало законопроект после массовых протестов.", "CONCEDE"),
])
def test_first_event_type(run, lang, sentence, label):
    evs = run(_text(lang, sentence), lang)
    assert evs and evs[0].label == label, [(e.label, e.attrs["trigger"]) for e in evs]


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The freed hostages said they had been held in a forest camp."),
    ("en", "Soldiers entered the freed town of Kupiansk on Monday."),
    ("en", "A freed Israeli hostage told reporters she had been moved several times."),
])
def test_freed_as_an_adjective_is_no_release(run, lang, sentence):
    assert "RETREAT" not in [e.label for e in run(sentence, lang)]


@pytest.mark.parametrize("lang, sentence, label", [
    ("en", "Israel freed 30 Palestinian prisoners on Sunday.", "RETREAT"),
    ("en", "The militants had freed two hostages overnight.", "RETREAT"),
    ("ru", "Президент подписал указ о помиловании.", "SUPPORT"),
    # a formal agreement signed is PLOVER SUPPORT (CAMEO 057, as plover_ru / plover_uk code it)
    ("ru", "Сербия и Венгрия подписали соглашение о совместной охране границы.", "SUPPORT"),
    ("uk", "Польща і Литва підписали угоду про спільну охорону кордону.", "SUPPORT"),
    ("fr", "Le tribunal a reconnu la responsabilité de l'État dans le naufrage.", "SUPPORT"),
])
def test_guards(run, lang, sentence, label):
    assert label in [e.label for e in run(_text(lang, sentence), lang)]


def test_light_verb_of_completion_gives_the_noun_event_its_subject_fr(run):
    ev = _first(run("L'armée française a achevé le retrait de ses derniers soldats du Tchad.", "fr"), "RETREAT")
    assert "FRA" in _countries(ev.attrs["actor"]), ev.attrs["actor"]
