"""Conflict verbs of Russian and Ukrainian wire copy that had no trigger (``events_lemmas.tsv``,
eighteenth session): calls on someone, blowing up, shooting, executions, torture, bombs dropped, a
front broken through, strikes (labour), annexation, deportation, surrender."""

from __future__ import annotations

import pytest

from sitrep.article import Article
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def types():
    pipe = default_pipeline()

    def run(sentence: str, lang: str) -> list[tuple[str, str | None]]:
        article = Article(id="t", text=f"Новости\n\n{sentence}", language=lang, source={})
        pipe(article)
        return [(e.label, e.attrs.get("mode")) for e in article.layers["events"]]

    return run


@pytest.mark.parametrize("lang, sentence, expected", [
    ("ru", "Генсек ООН призвал стороны немедленно прекратить огонь.", ("REQUEST", None)),
    ("ru", "Диверсанты взорвали железнодорожный мост под Мелитополем.", ("ASSAULT", "explosives")),
    ("ru", "Боевики расстреляли автобус с мирными жителями.", ("ASSAULT", "firearms")),
    ("ru", "Российский самолёт сбросил две авиабомбы на Харьков.", ("ASSAULT", "aerial")),
    ("ru", "Украинские войска прорвали первую линию обороны под Работино.", ("ASSAULT", None)),
    ("ru", "Шахтёры Кузбасса объявили забастовку.", ("PROTEST", "strike")),  # PLOVER mode strike (evq23)
    ("ru", "Гарнизон капитулировал после двухмесячной осады.", ("RETREAT", "disarm")),
    ("uk", "Окупанти розстріляли колону цивільних автомобілів.", ("ASSAULT", "firearms")),
    ("uk", "Росіяни скинули авіабомби на Херсон.", ("ASSAULT", "aerial")),
    ("uk", "Полонених катували в підвалі, заявили слідчі.", ("ASSAULT", "beat")),
    ("uk", "Росія депортувала тисячі дітей з окупованих територій.", ("COERCE", None)),
    ("uk", "Працівники заводу оголосили страйк.", ("PROTEST", "strike")),  # PLOVER mode strike (evq23)
])
def test_conflict_verb_is_an_event(types, lang, sentence, expected):
    assert expected in types(sentence, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Он пытался дозвониться до матери."),
    ("ru", "Эксперты призвали не паниковать и подождать результатов."),
])
def test_no_assault_where_none_is_told(types, lang, sentence):
    assert not [t for t in types(sentence, lang) if t[0] == "ASSAULT"]


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "В 2010 году её приговорили к смертной казни за богохульство."),
    ("ru", "Новые меры призваны обеспечить безопасность границы."),
])
def test_a_sentence_to_death_or_a_purpose_is_no_event(types, lang, sentence):
    assert not [t for t in types(sentence, lang) if t[0] in ("ASSAULT", "REQUEST")]
