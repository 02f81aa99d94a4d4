"""Twenty-second session, second round: the eval's choice of a record's event (``main_event`` /
``fronted``): a fronted participle clause ("Reacting to ...", "Réagissant à ...", "Отвечая на ..."),
"under pressure from ..." and a mediator's phrase ("При посредничестве ...", "За посередництва ...")
are background; an event word of the opener itself ("посредничестве") is the opener's. Fail on main."""

from __future__ import annotations

import pytest

from sitrep.article import Article
from sitrep.eval.events_types import main_event
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def coded():
    pipe = default_pipeline()

    def run(text: str, lang: str):
        article = Article(id="t", text=text, language=lang, source={})
        pipe(article)
        return main_event(article.layers["events"], article)

    return run


@pytest.mark.parametrize("lang, text, label, trigger", [
    ("fr", "Réagissant à l'attaque, le gouvernement nigérien a accusé le Bénin de complicité.", "ACCUSE", "accusé"),
    ("en", "Reacting to the raid, the Jordanian foreign ministry condemned Israel.", "ACCUSE", "condemned"),
    ("ru", "Отвечая на обстрел, Армения обвинила Азербайджан в провокации.", "ACCUSE", "обвинила"),
    ("uk", "За посередництва Туреччини Росія звільнила двох українських моряків.", "RETREAT", "звільнила"),
    ("ru", "При посредничестве Катара Израиль освободил двадцать палестинских заключенных.", "RETREAT", "освободил"),
])
def test_a_fronted_clause_or_mediation_yields_to_the_main_clause(coded, lang, text, label, trigger):
    ev = coded(text, lang)
    assert ev is not None and (ev.label, ev.attrs["trigger"]) == (label, trigger)
