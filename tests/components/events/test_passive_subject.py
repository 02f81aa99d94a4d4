"""A passive's subject is acted on (eighteenth session): "Two Ukrainian soldiers were wounded near
Bakhmut" had the soldiers as the actor of the assault; now they are its recipient, and the actor is
the "by" / "par" phrase after the verb when there is one ("were killed by Ukrainian drones"). French
passives are marked by "été" ("ont été tués"), not by "est" / "sont", which also make active tenses
("se sont retirées"); Russian by "был" / "были" or a short participle ("убиты")."""

from __future__ import annotations

import pytest

from sitrep.article import Article
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def events():
    pipe = default_pipeline()

    def run(sentence: str, lang: str) -> dict:
        article = Article(id="t", text=f"News\n\n{sentence}", language=lang, source={})
        pipe(article)
        (event,) = [e for e in article.layers["events"] if e.start > 5]
        return {"actor": [r.get("country") for r in event.attrs["actor"]],
                "recipient": [r.get("country") for r in event.attrs["recipient"]]}

    return run


@pytest.mark.parametrize("lang, sentence, actor, recipient", [
    ("en", "Two Ukrainian soldiers were wounded near Bakhmut.", [], ["UKR"]),
    ("en", "Russian soldiers were killed by Ukrainian drones.", ["UKR"], ["RUS"]),
    ("fr", "Neuf soldats maliens ont été tués lundi.", [], ["MLI"]),
    ("ru", "Двое украинских военных были убиты под Бахмутом.", [], ["UKR"]),
])
def test_a_passive_subject_is_the_recipient(events, lang, sentence, actor, recipient):
    found = events(sentence, lang)
    assert found == {"actor": actor, "recipient": recipient}


@pytest.mark.parametrize("lang, sentence, actor", [
    ("fr", "Les troupes ukrainiennes se sont retirées de Bakhmout.", "UKR"),
    ("en", "Russian forces shelled Kharkiv overnight.", "RUS"),
])
def test_an_active_subject_stays_the_actor(events, lang, sentence, actor):
    assert actor in events(sentence, lang)["actor"]


def test_a_progressive_is_no_passive(events):
    found = events("British and Ukrainian intelligence services are sharing information about Russian troop movements.", "en")
    assert "GBR" in found["actor"] and "UKR" in found["actor"]
