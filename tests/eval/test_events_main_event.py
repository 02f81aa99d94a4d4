"""Twenty-second session: which event of a coded sentence the eval scores (the main clause's, not a
fronted adverbial's: ``main_event`` / ``fronted``, ``fronted_adverbial`` in ``events_cues.yaml``), and
PLOVER's reciprocal actors against a dyadic gold record (``_recipient_match``). Fail on main b936f75."""

from __future__ import annotations

import pytest

from sitrep.article import Article
from sitrep.eval.events_types import _recipient_match, main_event
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def coded():
    pipe = default_pipeline()

    def run(text: str, lang: str):
        article = Article(id="t", text=text, language=lang, source={})
        pipe(article)
        return main_event(article.layers["events"], article)

    return run


# ------------------------------------------------------------------ a fronted adverbial's event yields

@pytest.mark.parametrize("lang, text, label, trigger", [
    ("fr", "Après des mois de menaces, les rebelles de la CODECO ont attaqué le village de Djugu, selon l'ONU.",
     "ASSAULT", "attaqué"),
    ("fr", "Après trois semaines de négociations, le Niger a libéré deux humanitaires italiens détenus à Niamey.",
     "RETREAT", "libéré"),
    ("en", "Following talks mediated by Oman, Iran freed a French tourist held in Tehran since 2022.",
     "RETREAT", "freed"),
    ("en", "After weeks of threats, Turkish jets struck Kurdish militant positions in northern Iraq on Sunday.",
     "ASSAULT", "struck"),
    ("ru", "После провала переговоров в Аддис-Абебе правительство Эфиопии обвинило Эритрею в обстрелах.",
     "ACCUSE", "обвинило"),
    ("uk", "Після нападу на прикордонників уряд Таджикистану звинуватив Киргизстан у провокації.",
     "ACCUSE", "звинуватив"),
])
def test_an_event_of_a_fronted_adverbial_yields_to_the_main_clause(coded, lang, text, label, trigger):
    ev = coded(text, lang)
    assert (ev.label, ev.attrs["trigger"]) == (label, trigger)


@pytest.mark.parametrize("lang, text, label, trigger", [
    # no fronted adverbial: the first event stays ("after" inside the clause)
    ("en", "A car bomb killed 12 people in Mogadishu after talks between clan elders collapsed.", "ASSAULT", "bomb"),
    # a fronted adverbial, but its event is the sentence's only one
    ("fr", "Après des mois de menaces, rien.", "THREATEN", "menaces"),
])
def test_guards_the_first_event_stays(coded, lang, text, label, trigger):
    ev = coded(text, lang)
    assert (ev.label, ev.attrs["trigger"]) == (label, trigger)


# ------------------------------------------------------------------ second round: participle clauses, pressure, mediation
# (fail on main 59eb490: "Réagissant à", "Reacting to", "Отвечая на" open no adverbial there, and the
# mediation word of "За посередництва" / "При посредничестве" is the opener's own)

@pytest.mark.parametrize("lang, text, label, trigger", [
    ("fr", "Réagissant à l'attaque, le gouvernement nigérien a accusé le Bénin de complicité.", "ACCUSE", "accusé"),
    ("en", "Reacting to the raid, the Jordanian foreign ministry condemned Israel.", "ACCUSE", "condemned"),
    ("ru", "Отвечая на обстрел, Армения обвинила Азербайджан в провокации.", "ACCUSE", "обвинила"),
    ("uk", "За посередництва Туреччини Росія звільнила двох українських моряків.", "RETREAT", "звільнила"),
    ("ru", "При посредничестве Катара Израиль освободил двадцать палестинских заключенных.", "RETREAT", "освободил"),
])
def test_a_fronted_participle_clause_or_mediation_yields_to_the_main_clause(coded, lang, text, label, trigger):
    ev = coded(text, lang)
    assert ev is not None and (ev.label, ev.attrs["trigger"]) == (label, trigger)


# ------------------------------------------------------------------ reciprocal actors (PLOVER's lists)

def _attrs(actors, recipients=()):
    return {"actor": [{"country": c} for c in actors], "recipient": [{"country": c} for c in recipients]}


def test_reciprocal_parties_as_one_actor_list_match_a_dyadic_gold_recipient():
    # "Armenia and Azerbaijan agreed ...": PLOVER codes both as the actor, no recipient
    assert _recipient_match(["ARM"], ["AZE"], _attrs(["ARM", "AZE"]))
    assert _recipient_match(["ARM"], ["AZE"], _attrs(["ARM"], ["AZE"]))  # the dyadic coding, as before


@pytest.mark.parametrize("actor, recipient, attrs", [
    (["ARM"], ["AZE"], _attrs(["AZE"])),           # the gold actor missing: not the pair
    (["ARM"], ["AZE"], _attrs(["ARM"], ["TUR"])),  # another recipient
    (["MLI"], ["MLI"], _attrs(["MLI"])),           # a state acting on itself is one party, not two
    ([], ["AZE"], _attrs(["AZE"])),                # no gold actor: no pair to read
])
def test_guards_recipient_not_found(actor, recipient, attrs):
    assert not _recipient_match(actor, recipient, attrs)



# ------------------------------------------------------------------ twenty-third session: a participle inside the subject
# (the first two fail on main 361b43d: the participle, the sentence's first event, was coded; the
# last two are guards: two verbs of one subject joined by "and", an active verb with its object)

@pytest.mark.parametrize("lang, text, label, trigger", [
    ("en", "Two Danish engineers detained in Mali for a month were freed on Sunday, their employer said.",
     "RETREAT", "freed"),
    ("fr", "Deux journalistes belges détenus au Burundi ont été libérés samedi, selon leur rédaction.",
     "RETREAT", "libérés"),
    ("en", "Protesters marched in Lisbon and were dispersed by police.", "PROTEST", "Protesters"),
    ("en", "Police detained two activists in Kampala who were later released.", "COERCE", "detained"),
])
def test_a_participle_inside_the_subject_yields_to_the_passive_main_verb(coded, lang, text, label, trigger):
    ev = coded(text, lang)
    assert (ev.label, ev.attrs["trigger"]) == (label, trigger)
