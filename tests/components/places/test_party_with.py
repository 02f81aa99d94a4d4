"""places.v1: a capital after "cooperate with", "partnership with", "war with", "conflict with" and their
French, Russian and Ukrainian forms is a party, a metonym for its government (eighteenth session; the
seventeenth session's rule covered talks, relations and agreements): "Mali offered to cooperate with
Ouagadougou" was the place of the cooperation."""

from __future__ import annotations

import pytest

from sitrep.article import Article
from sitrep.pipeline import Pipeline


def metonyms(text: str, lang: str) -> dict[str, bool]:
    article = Article(id="t", text=text, language=lang, source={})
    for comp in Pipeline.from_names(["paragraphs.v1", "sentences.v1", "places.v1"], provided=["language"]).components:
        comp(article)
    return {text[a.start:a.end]: bool(a.attrs.get("metonymy")) for a in article.layers["places"]}


@pytest.mark.parametrize("lang, text, capital", [
    ("en", "Mali offered to cooperate with Ouagadougou against the jihadists.", "Ouagadougou"),
    ("en", "Russia has been at war with Kyiv since 2014.", "Kyiv"),
    ("fr", "Le Mali a proposé de coopérer avec Ouagadougou contre les djihadistes.", "Ouagadougou"),
    ("ru", "Минск расширяет сотрудничество с Пекином в военной сфере.", "Пекином"),
    ("uk", "Україна поглиблює співпрацю з Варшавою у сфері оборони.", "Варшавою"),
])
def test_a_capital_after_a_relation_with_is_a_party(lang, text, capital):
    assert metonyms(text, lang).get(capital) is True


def test_a_town_where_cooperation_happens_stays_a_place():
    assert metonyms("Officials met in Ouagadougou to discuss cooperation.", "en").get("Ouagadougou") is False
