"""places.v1, twenty-first session (plq21): the major rivers and seas (``places_extra.tsv``; the
shipped GeoNames data has no streams), Russia's republics by their short names, and inflected forms
read through pymorphy3's lemma where the first case ending names a village ("Тиру" is Tyre, not
Firá)."""

from __future__ import annotations

import pytest

from sitrep.article import Article
from sitrep.pipeline import Pipeline


def resolved(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    """``(surface, name, feature code, country)`` of each place found in ``text``."""
    article = Article(id="t", text=text, language=lang, source={})
    pipeline = Pipeline.from_names(["paragraphs.v1", "sentences.v1", "places.v1"], provided=["language"])
    for comp in pipeline.components:
        comp(article)
    return [(text[a.start:a.end], a.attrs.get("name"), a.attrs.get("feature_code"), a.attrs.get("country"))
            for a in article.layers["places"]]


@pytest.mark.parametrize("text, lang, surface, name", [
    ("Crue de la Seine : la préfecture ferme les voies sur berge à Paris.", "fr", "Seine", "Seine"),
    ("Deux barges ont heurté une pile de pont sur le Danube, près de Vukovar.", "fr", "Danube", "Danube"),
    ("Le Tigre est sorti de son lit à Mossoul, inondant la vieille ville.", "fr", "Tigre", "Tigris"),
    ("The Euphrates has fallen to its lowest level in decades, farmers near Raqqa say.", "en", "Euphrates",
     "Euphrates"),
    ("A ferry ran aground on the Mekong south of Vientiane.", "en", "Mekong", "Mekong"),
    ("Fishermen protested in Chittagong over a ban on fishing in the Bay of Bengal.", "en", "Bay of Bengal",
     "Bay of Bengal"),
    # the town of Volga (3,500) and the village of Dunay were chosen before
    ("Баржа с зерном села на мель на Волге под Саратовом.", "ru", "Волге", "Volga"),
    ("Рятувальники витягли з Дунаю двох рибалок поблизу Ізмаїла.", "uk", "Дунаю", "Danube"),
    ("Наводнение на Дону: в Ростове подтоплены прибрежные улицы.", "ru", "Дону", "Дон"),
    ("Рівень води в Дністрі біля Могилева-Подільського зріс на два метри.", "uk", "Дністрі", "Dniester"),
    ("Уровень воды в Амуре у Хабаровска превысил опасную отметку.", "ru", "Амуре", "Amur"),
])
def test_a_major_river_is_the_river(text, lang, surface, name):
    found = resolved(text, lang)
    assert (surface, name, "STM" if name != "Bay of Bengal" else "BAY") in [f[:3] for f in found], found


@pytest.mark.parametrize("text, lang, surface, code", [
    # without a river word the country and the city keep their names
    ("Le Niger a rappelé son ambassadeur à Paris.", "fr", "Niger", "PCLI"),
    ("Russian missiles hit Dnipro in central Ukraine overnight.", "en", "Dnipro", "PPLA"),
    ("Вибухи пролунали у Дніпрі та Запоріжжі, повідомили місцеві ради.", "uk", "Дніпрі", "PPLA"),
])
def test_a_river_does_not_take_the_country_or_city_of_its_name(text, lang, surface, code):
    assert (surface, code) in [(s, f) for s, _n, f, _c in resolved(text, lang)]


@pytest.mark.parametrize("text, lang, surface", [
    ("МВД Дагестана сообщило о задержании двух подозреваемых в Хасавюрте.", "ru", "Дагестана"),
    ("В Чечне открыли новый мост, сообщил глава республики.", "ru", "Чечне"),
    ("Беспилотник атаковал нефтеперерабатывающий завод в Башкирии.", "ru", "Башкирии"),
    ("Якутия третий год подряд страдает от лесных пожаров.", "ru", "Якутия"),
    ("В Якутии из-за паводка эвакуированы жители трёх сёл.", "ru", "Якутии"),
    ("Пожар на складе тушили шесть часов, сообщает МЧС Татарстана.", "ru", "Татарстана"),
    ("У Дагестані сталася перестрілка з поліцією, повідомили російські ЗМІ.", "uk", "Дагестані"),
    ("Дрони атакували нафтобазу в Татарстані.", "uk", "Татарстані"),
    ("У Чечні оголосили нову хвилю мобілізації добровольців.", "uk", "Чечні"),
    ("La Tchétchénie a annoncé la mobilisation de 3 000 volontaires.", "fr", "Tchétchénie"),
])
def test_a_russian_republic_by_its_short_name(text, lang, surface):
    found = resolved(text, lang)
    assert [(f[2], f[3]) for f in found if f[0] == surface] == [("ADM1", "RU")], found


@pytest.mark.parametrize("text, lang, surface, name", [
    ("Израильская армия нанесла удар по Тиру на юге Ливана.", "ru", "Тиру", "Tyre"),
    ("Ізраїль завдав удару по Тиру на півдні Лівану.", "uk", "Тиру", "Tyre"),
    ("Турция снова ограничила сток Евфрата, заявили в Дамаске.", "ru", "Дамаске", "Damascus"),
])
def test_the_lemma_names_more_than_the_first_ending(text, lang, surface, name):
    assert (surface, name) in [(s, n) for s, n, _f, _c in resolved(text, lang)]


@pytest.mark.parametrize("text, lang, surface", [
    # a surname's genitive: its lemma is no place
    ("Музей Тараса Шевченка відновив роботу після обстрілу.", "uk", "Шевченка"),
    ("Допрос Лузина продолжался несколько часов, сообщил адвокат.", "ru", "Лузина"),
])
def test_a_surname_is_not_read_through_its_lemma(text, lang, surface):
    assert surface not in [s for s, _n, _f, _c in resolved(text, lang)]


@pytest.mark.parametrize("text, lang, surface, code", [
    # a river word: the river, not the country whatever the article's other places say
    ("Le niveau du fleuve Niger a atteint un record à Niamey, où 3 000 familles ont été relogées.", "fr",
     "Niger", "STM"),
    # "над" / "за" and the instrumental, no air attack in the sentence: the river
    ("Над Дніпром стоїть густий туман, судноплавство зупинене.", "uk", "Дніпром", "STM"),
    ("ЗСУ закріпилися за Дніпром, на лівобережжі Херсонщини.", "uk", "Дніпром", "STM"),
    ("Украинские подразделения закрепились за Днепром, сообщил источник.", "ru", "Днепром", "STM"),
    # ... an air attack: the sky over the city
    ("Над Дніпром збили дві ракети, повідомили у Повітряних силах.", "uk", "Дніпром", "PPLA"),
    ("Ночью над Днепром сбили беспилотник, сообщил глава области.", "ru", "Днепром", "PPLA"),
    ("Над Дніпром пролунали вибухи, в місті оголошено тривогу.", "uk", "Дніпром", "PPLA"),
])
def test_river_words_and_prepositions(text, lang, surface, code):
    found = resolved(text, lang)
    assert (surface, code) in [(s, f) for s, _n, f, _c in found], found


@pytest.mark.parametrize("text", [
    "У Галичі відкрили відновлений княжий палац, повідомила обласна адміністрація.",
    "Вночі по Галичу вдарили дрони, пошкоджено складське приміщення.",
])
def test_a_ukrainian_text_s_town_is_in_ukraine(text):
    found = resolved(text, "uk")
    assert [c for s, _n, _f, c in found if s.startswith("Галич")] == ["UA"], found


def test_a_russian_text_s_galich_stays_in_russia():
    found = resolved("Удар по Галичу: в Костромской области повреждена подстанция.", "ru")
    assert ("Галичу", "RU") in [(s, c) for s, _n, _f, c in found], found


@pytest.mark.parametrize("text, word", [
    ("The Baltic states have asked NATO to station more air defence systems on their borders.", "Baltic"),
    ("The Gulf states pledged $2 billion for reconstruction, officials in Riyadh said.", "Gulf"),
])
def test_an_adjective_before_states_or_countries_is_no_town(text, word):
    assert word not in [s for s, _n, _f, _c in resolved(text, "en")]


def test_an_arabic_article_joins_a_name():
    found = resolved("Les pluies ont fait déborder l'Euphrate près de Deir ez-Zor, dans l'est de la Syrie.", "fr")
    assert ("Deir ez-Zor", "SY") in [(s, c) for s, _n, _f, c in found], found


@pytest.mark.parametrize("text, lang, surface, name", [
    ("Удар по Білгороду-Дністровському: пошкоджено портову інфраструктуру.", "uk", "Білгороду-Дністровському",
     "Bilhorod-Dnistrovskyi"),
    ("Обстріл Білгорода-Дністровського тривав близько години.", "uk", "Білгорода-Дністровського",
     "Bilhorod-Dnistrovskyi"),
    ("У Кам'янці-Подільському відкрили новий шелтер.", "uk", "Кам'янці-Подільському", "Kamyanets-Podilskyi"),
    ("Рівень води в Дністрі біля Могилева-Подільського зріс на два метри.", "uk", "Могилева-Подільського",
     "Mohyliv-Podilskyy"),
    ("В Белгороде-Днестровском прошли обыски.", "ru", "Белгороде-Днестровском", "Bilhorod-Dnistrovskyi"),
])
def test_a_compound_name_with_both_parts_inflected(text, lang, surface, name):
    assert (surface, name) in [(s, n) for s, n, _f, _c in resolved(text, lang)]
