"""places.v1, nineteenth session (plq19): the Ukrainian and Russian cases of neuter names in -о
("Дніпра", "у Дніпрі", "Косова"), guarded against the surnames and words the same endings make;
a name that is also a river's is the river after a river word ("на лівому березі Дніпра"); the
field of an institution ("ministère libanais de la Santé") is no small town of that name."""

from __future__ import annotations

import pytest

from sitrep.article import Article
from sitrep.pipeline import Pipeline


def resolved(text: str, lang: str) -> list[tuple[str, str, str]]:
    """``(surface, name, feature code)`` of each place found in ``text``."""
    article = Article(id="t", text=text, language=lang, source={})
    pipeline = Pipeline.from_names(["paragraphs.v1", "sentences.v1", "places.v1"], provided=["language"])
    for comp in pipeline.components:
        comp(article)
    return [(text[a.start:a.end], a.attrs.get("name"), a.attrs.get("feature_code"))
            for a in article.layers["places"]]


@pytest.mark.parametrize("text, lang, surface, name", [
    ("Росія завдала ракетного удару по Дніпру, повідомив голова обласної адміністрації.", "uk", "Дніпру", "Dnipro"),
    ("Вночі у Дніпрі пролунали щонайменше три вибухи, у місті оголошено повітряну тривогу.", "uk", "Дніпрі", "Dnipro"),
    ("Уламки дрона впали на околиці Дніпра, пошкоджено приватні будинки.", "uk", "Дніпра", "Dnipro"),
    ("Мер Дніпра Борис Філатов повідомив про перебої з електропостачанням.", "uk", "Дніпра", "Dnipro"),
    ("Сербія не визнає незалежність Косова, заявив міністр закордонних справ.", "uk", "Косова", "Kosovo"),
    ("Сербия по-прежнему не признает независимость Косова, заявил президент.", "ru", "Косова", "Kosovo"),
])
def test_cases_of_neuter_names_in_o(text, lang, surface, name):
    assert (surface, name) in [(s, n) for s, n, _f in resolved(text, lang)]


@pytest.mark.parametrize("text, lang, surface", [
    # genitive surnames and common words whose -о reading is a town (Luzino, Sechenovo, Rodino,
    # Soweto, Aktau's old name Shevchenko): not places
    ("Допрос Лузина продолжался несколько часов, сообщил адвокат.", "ru", "Лузина"),
    ("Институт имени Сеченова опубликовал новые данные.", "ru", "Сеченова"),
    ("Председатель комитета Совета Федерации прокомментировал заявление.", "ru", "Совета"),
    ("Музей Тараса Шевченка відновив роботу після обстрілу.", "uk", "Шевченка"),
])
def test_surnames_and_words_are_not_towns_in_o(text, lang, surface):
    assert surface not in [s for s, _n, _f in resolved(text, lang)]


def test_the_small_town_stays_where_the_article_places_it():
    text = ("У Косові Івано-Франківської області пройшов ярмарок. Гості приїхали з Івано-Франківська "
            "та Коломиї.")
    assert ("Косові", "Kosiv") in [(s, n) for s, n, _f in resolved(text, "uk")]


@pytest.mark.parametrize("text, lang, surface, code", [
    ("ЗСУ утримують позиції на лівому березі Дніпра в Херсонській області.", "uk", "Дніпра", "STM"),
    ("Окупанти зруйнували переправу через Дніпро біля Каховки.", "uk", "Дніпро", "STM"),
    ("Бої тривають вздовж Дніпра на Херсонщині.", "uk", "Дніпра", "STM"),
    ("Украинские военные удерживают плацдарм на левом берегу Днепра.", "ru", "Днепра", "STM"),
    # the city: no river word before it
    ("Над Дніпром збили дві ракети, повідомили у Повітряних силах.", "uk", "Дніпром", "PPLA"),
    ("Потяг прямує через Дніпро до Харкова.", "uk", "Дніпро", "PPLA"),
])
def test_a_river_word_makes_the_name_the_river(text, lang, surface, code):
    assert (surface, code) in [(s, f) for s, _n, f in resolved(text, lang)]


@pytest.mark.parametrize("text, lang", [
    ("Les bombardements israéliens sur le sud du Liban ont fait trois morts mardi, selon le ministère "
     "libanais de la Santé.", "fr"),
    ("Selon l'Organisation mondiale de la Santé, l'épidémie de choléra progresse au Soudan.", "fr"),
    ("The New Zealand Department of Conservation said the seals were released near Kaikoura.", "en"),
])
def test_the_field_of_an_institution_is_no_place(text, lang):
    found = [s for s, _n, _f in resolved(text, lang)]
    assert not {"Santé", "Conservation"} & set(found)
