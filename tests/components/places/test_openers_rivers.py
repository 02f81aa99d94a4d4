"""places.v1, twentieth session (plq20): a common noun opening a sentence that names only small towns
abroad is no place ("Атака дронів ..." is no Ataq, Yemen); river phrases in English and French ("the
left bank of the Dnipro", "la rive gauche du Dniepr"); a name that is also a river's, placed by another
town right after it ("вода у Дніпрі біля Запоріжжя"), is the river; an oblast named right after a
name qualifies it ("У Косові Івано-Франківської області" is Kosiv); an area's name going on in lower
case is found whole ("Arabie saoudite", "République démocratique du Congo"). The places20 sets' scorer is
checked to run."""

from __future__ import annotations

import pytest

from tests.components.places.places20 import load, score
from tests.components.places.test_neuter_names_rivers_fields import resolved


@pytest.mark.parametrize("text, lang, word", [
    ("Атака дронів на Запоріжжя та Дніпро: пошкоджено енергетичну інфраструктуру.", "uk", "Атака"),
    ("Атака беспилотников на Краснодар: повреждены два жилых дома.", "ru", "Атака"),
    ("Mission officials in Juba said the convoy was attacked on the road to Bor.", "en", "Mission"),
    ("Mission accomplie pour les casques bleus, qui ont quitté Goma jeudi.", "fr", "Mission"),
    ("Police et gendarmes ont été déployés à Tombouctou après l'attaque.", "fr", "Police"),
])
def test_a_common_noun_opening_a_sentence_is_no_small_town(text, lang, word):
    assert word not in [s for s, _n, _f in resolved(text, lang)]


@pytest.mark.parametrize("text, lang, surface, name", [
    # the name, not a common noun; a town of the war's countries; a surname's word; a dateline: kept
    ("Бахмут залишається під контролем українських сил.", "uk", "Бахмут", "Bakhmut"),
    ("Kidal was retaken by the army in November.", "en", "Kidal", "Kidal"),
    ("Ferguson, however, had two murders in 2014, according to the FBI.", "en", "Ferguson", "Ferguson"),
    ("FLINT, Mich. (AP) — Residents still rely on bottled water, officials said.", "en", "FLINT", "Flint"),
    ("Des frappes ont visé Odessa dans la nuit.", "fr", "Odessa", "Odesa"),
])
def test_names_opening_a_sentence_stay(text, lang, surface, name):
    assert (surface, name) in [(s, n) for s, n, _f in resolved(text, lang)]


@pytest.mark.parametrize("text, lang, surface", [
    ("Ukrainian marines have held a foothold on the left bank of the Dnipro near Krynky.", "en", "Dnipro"),
    ("Shelling in Nikopol, across the Dnipro from Enerhodar, killed one man.", "en", "Dnipro"),
    ("Les forces ukrainiennes tiennent des positions sur la rive gauche du Dniepr.", "fr", "Dniepr"),
    ("Des soldats ont tenté de franchir le Dniepr près de Kherson.", "fr", "Dniepr"),
    # placed by another town right after it
    ("Вода у Дніпрі біля Запоріжжя прогрілася до 26 градусів, повідомили екологи.", "uk", "Дніпрі"),
    ("Круча над Дніпром у Києві обвалилася після зливи.", "uk", "Дніпром"),
    ("Уровень воды в Днепре у Никополя упал на два метра.", "ru", "Днепре"),
])
def test_river_phrases_make_the_name_the_river(text, lang, surface):
    assert (surface, "STM") in [(s, f) for s, _n, f in resolved(text, lang)]


@pytest.mark.parametrize("text, lang, surface", [
    ("Russian missiles hit Dnipro in central Ukraine overnight, the governor said.", "en", "Dnipro"),
    ("Drones attacked Dnipro and Kharkiv at night.", "en", "Dnipro"),
    ("Вибухи пролунали у Дніпрі та Запоріжжі, повідомили в ОВА.", "uk", "Дніпрі"),
    ("Над Дніпром збили дві ракети, повідомили у Повітряних силах.", "uk", "Дніпром"),
    ("Une frappe a touché Dniepr dans la nuit, selon le maire.", "fr", "Dniepr"),
])
def test_the_city_without_a_river_reading(text, lang, surface):
    assert (surface, "PPLA") in [(s, f) for s, _n, f in resolved(text, lang)]


def test_the_places20_scorer_runs():
    result = score(load("tune")[:4])
    assert set(result) == {"fr", "all"} and 0.0 <= result["all"]["F1"] <= 1.0


@pytest.mark.parametrize("text, lang, surface, name", [
    # a hyphenated oblast adjective is an area's name, and qualifies the name right before it
    ("У Косові Івано-Франківської області відкрили новий міст.", "uk", "Косові", "Kosiv"),
    ("В Косове Ивано-Франковской области открыли новый мост.", "ru", "Косове", "Kosiv"),
    ("У Косові Івано-Франківської області відкрили новий міст.", "uk", "Івано-Франківської області",
     "Ivano-Frankivska oblast"),
    # no area after it: the country
    ("Сербія не визнає незалежність Косова, заявив міністр закордонних справ.", "uk", "Косова", "Kosovo"),
])
def test_an_oblast_right_after_the_name_qualifies_it(text, lang, surface, name):
    assert (surface, name) in [(s, n) for s, n, _f in resolved(text, lang)]


@pytest.mark.parametrize("text, surface, name", [
    # an area's name that goes on in lower case (French country names): no longer missed, nor cut
    ("Les casques bleus ont quitté l'est de la République démocratique du Congo jeudi.",
     "République démocratique du Congo", "Democratic Republic of the Congo"),
    ("Le prince héritier d'Arabie saoudite est arrivé à Paris.", "Arabie saoudite", "Saudi Arabia"),
    ("Un accord a été signé avec les Émirats arabes unis.", "Émirats arabes unis", "United Arab Emirates"),
    ("Le président de Guinée équatoriale a limogé son ministre.", "Guinée équatoriale", "Equatorial Guinea"),
    ("Des élections ont eu lieu en République centrafricaine.", "République centrafricaine",
     "Central African Republic"),
])
def test_an_area_name_going_on_in_lower_case(text, surface, name):
    assert (surface, name) in [(s, n) for s, n, _f in resolved(text, "fr")]


def test_a_town_before_lower_case_words_stays_the_town():
    assert [s for s, _n, _f in resolved("Paris a dit que Kiev est loin de Moscou.", "fr")] == ["Paris", "Kiev", "Moscou"]


@pytest.mark.parametrize("text, lang, surface, name", [
    # a krai's name in its cases, as an oblast's
    ("Пожар на нефтебазе в Туапсе потушен, сообщили в администрации Краснодарского края.", "ru",
     "Краснодарского края", "Krasnodarskiy kray"),
    ("Выборы губернатора в Хабаровском крае назначены на сентябрь.", "ru", "Хабаровском крае",
     "Khabarovskiy kray"),
    ("Губернатор Ставропольского края заявил о нехватке врачей.", "ru", "Ставропольского края",
     "Stavropol'skiy kray"),
    ("Дрони атакували нафтобазу в Краснодарському краї.", "uk", "Краснодарському краї", "Krasnodarskiy kray"),
])
def test_a_krai_in_its_cases(text, lang, surface, name):
    assert (surface, name) in [(s, n) for s, n, _f in resolved(text, lang)]
