"""The second of two verbs joined by "and" shares the first one's subject (eighteenth session): "The
army said it had repelled a second assault near Djibo and arrested 14 suspects" had no actor for the
arrests; "российские войска отразили три атаки украинских подразделений и уничтожили два танка" gave
the Ukrainian units (the first verb's object) as the actor of the destruction."""

from __future__ import annotations

import pytest

from sitrep.article import Article
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def actors():
    pipe = default_pipeline()

    def run(text: str, lang: str, trigger: str) -> list[str | None]:
        article = Article(id="t", text=f"News\n\n{text}", language=lang, source={})
        pipe(article)
        (event,) = [e for e in article.layers["events"] if e.attrs["trigger"].startswith(trigger)]
        return [a.get("country") for a in event.attrs["actor"]]

    return run


@pytest.mark.parametrize("lang, text, trigger, country", [
    ("en", "Burkina Faso's army said it had repelled a second assault near Djibo and arrested 14 suspects.", "arrested", "BFA"),
    ("ru", "По данным Минобороны России, российские войска отразили три атаки украинских подразделений "
           "в районе Авдеевки и уничтожили два танка.", "уничтожили", "RUS"),
    ("fr", "L'armée malienne a repoussé une attaque près de Boni et arrêté cinq suspects.", "arrêté", "MLI"),
])
def test_the_second_verb_has_the_first_ones_subject(actors, lang, text, trigger, country):
    assert actors(text, lang, trigger) == [country]


def test_a_new_subject_after_and_is_its_own(actors):
    assert actors("Russian forces shelled Kharkiv and Ukraine responded with drone strikes.", "en", "drone strikes") != ["RUS"]
