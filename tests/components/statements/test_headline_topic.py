"""A headline "Country : ..." names the story's country, not who speaks, unless a quotation follows
("Mali : une embuscade fait 9 morts" is no statement of Mali; "Russie : « Nous ne reculerons pas »"
quotes Russia). People and organisations before the colon still speak ("Zelensky: ...")."""

from __future__ import annotations

import pytest

from .conftest import found

BODY = {"fr": "Le ministère a publié un bilan lundi soir.", "en": "The ministry published a toll on Monday."}


@pytest.mark.parametrize("lang, headline", [
    ("fr", "Mali : une embuscade fait 9 morts parmi les soldats"),
    ("fr", "Ukraine : la Russie lance une nouvelle offensive près de Kharkiv"),
    ("en", "Ukraine: Russia launches new offensive near Kharkiv"),
    ("en", "Burkina Faso: gunmen kill 12 villagers in the north"),
])
def test_country_before_a_colon_is_the_topic(analyse, lang, headline):
    article = analyse(f"{headline}\n\n{BODY[lang]}", lang)
    assert [f for f in found(article) if f[1] == ":"] == []


@pytest.mark.parametrize("lang, headline, source, content", [
    ("fr", "Russie : « Nous ne reculerons pas »", "Russie", "Nous ne reculerons pas"),
    ("en", "Ukraine: “We will not give up Donbas”", "Ukraine", "We will not give up Donbas"),
    ("en", "Zelensky: we will not give up Donbas", "Zelensky", "we will not give up Donbas"),
])
def test_a_quotation_or_a_person_still_speaks(analyse, lang, headline, source, content):
    article = analyse(f"{headline}\n\n{BODY[lang]}", lang)
    assert (source, ":", content) in found(article)


@pytest.mark.parametrize("lang, headline, source", [
    ("ru", "МВД Пакистана: христианке не запрещено покидать страну", "МВД Пакистана"),
    ("ru", "Пакистанская оппозиция: решение суда было ошибкой", "Пакистанская оппозиция"),
])
def test_a_body_of_the_state_before_the_colon_speaks(analyse, lang, headline, source):
    article = analyse(f"{headline}\n\nСуд вынес решение в понедельник.", lang)
    assert source in [f[0] for f in found(article) if f[1] == ":"]


@pytest.mark.parametrize("lang, text", [
    ("uk", "Росія вдарила ракетами по Одесі: загинули троє людей\n\nУдар стався вночі."),
    ("ru", "В Пакистане не казнят христианку: исламисты требуют её смерти\n\nСуд вынес решение в понедельник."),
])
def test_a_clause_before_the_colon_does_not_speak(analyse, lang, text):
    assert [f for f in found(analyse(text, lang)) if f[1] == ":"] == []
