"""places.v1, twenty-second session (plq22): a river's name inside another name (a virus, a region, a
club, a company) is no place; capitals that countries.json spells without their accents are capitals;
demonyms are places in English only; an acting country gives no country context; the Mississippi
river after English's article."""

from __future__ import annotations

import pytest

from tests.components.places.test_rivers_republics import resolved


def _by_surface(text: str, lang: str) -> dict[str, tuple[str, str, str]]:
    return {s: (name, code, cc) for s, name, code, cc in resolved(text, lang)}


# -- a river's name inside another name -------------------------------------------------------------

@pytest.mark.parametrize("text, lang, surface", [
    ("Health officials confirmed two more West Nile cases in Harris County on Friday.", "en", "Nile"),
    ("Police said the state of North-Rhine includes Cologne, where the attacks took place.", "en", "Rhine"),
    ("The plant was bought from Rhone Poulenc S.A. in 1997, the company said.", "en", "Rhone"),
    ("Le virus du Nil occidental a été détecté chez trois chevaux près d'Arles.", "fr", "Nil"),
    ("Лихорадка Западного Нила выявлена у двух жителей Волгограда.", "ru", "Нила"),
    ("Гарячку Західного Нілу виявили у трьох мешканців Одещини.", "uk", "Нілу"),
    ("«Амур» из Хабаровска обыграл в Санкт-Петербурге СКА со счётом 3:1.", "ru", "Амур"),
    ("Хоккеисты «Амура» проиграли в Казани в овертайме.", "ru", "Амура"),
])
def test_a_river_inside_another_name_is_no_place(text, lang, surface):
    assert surface not in _by_surface(text, lang)


@pytest.mark.parametrize("text, lang, surface, name", [
    # guards: a river word, a river's own land, a town after a locating word
    ("Уровень воды в Амуре у Хабаровска превысил опасную отметку.", "ru", "Амуре", "Amur"),
    ("La crue du Nil à Khartoum inquiète les autorités soudanaises.", "fr", "Nil", "Nile"),
    ("Saltwater crept further into the Mekong Delta this spring, farmers said.", "en", "Mekong", "Mekong"),
    ("Ice floes blocked the lower Danube near Ruse on Monday.", "en", "Danube", "Danube"),
])
def test_the_river_itself_stays(text, lang, surface, name):
    assert _by_surface(text, lang)[surface][0] == name


# -- capitals --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, surface", [
    ("À Yaoundé, le gouvernement camerounais a démenti toute attaque séparatiste à Bamenda.", "fr", "Yaoundé"),
    ("Officials in Bogotá said the talks with the rebels would resume next week.", "en", "Bogotá"),
    ("Protesters gathered in Lomé after the vote, witnesses said.", "en", "Lomé"),
    ("Президент Камеруна вернулся в Яунде после визита во Францию.", "ru", "Яунде"),
])
def test_a_capital_spelt_otherwise_in_countries_json_is_the_capital(text, lang, surface):
    assert _by_surface(text, lang)[surface][1] == "PPLC"


# -- demonyms ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, surface", [
    ("Les Nigérians votent samedi pour élire leurs gouverneurs.", "fr", "Nigérians"),
    ("Les Afghans fuient vers l'Iran depuis la prise de Kaboul.", "fr", "Afghans"),
    ("Des Kényans manifestent à Nairobi contre la hausse des taxes.", "fr", "Kényans"),
    ("Les Burkinabés ont accueilli la décision avec prudence.", "fr", "Burkinabés"),
])
def test_a_demonym_is_no_place_outside_english(text, lang, surface):
    assert surface not in _by_surface(text, lang)


def test_an_english_demonym_stays_a_place_by_convention():
    assert _by_surface("Afghans fled toward the border, aid workers said.", "en")["Afghans"][2] == "AF"


# -- an acting country gives no context ----------------------------------------------------------------

@pytest.mark.parametrize("text, lang, surface, cc", [
    ("Росія вдарила по Галичу, пошкоджено газопровід, повідомили рятувальники.", "uk", "Галичу", "UA"),
    ("Украина атаковала Галич в Костромской области, сообщил губернатор.", "ru", "Галич", "RU"),
])
def test_an_acting_country_does_not_locate_the_target(text, lang, surface, cc):
    assert _by_surface(text, lang)[surface][2] == cc


def test_a_country_named_as_a_place_still_gives_context():
    # "в Костромской области" and no acting country: the Russian Galich, as before
    assert _by_surface("Удар по Галичу: в Костромской области повреждена подстанция.", "ru")["Галичу"][2] == "RU"


# -- the Mississippi -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, surface, code", [
    ("Water levels fell again. Barge traffic on the Mississippi was halted near St. Louis on Tuesday.", "en",
     "Mississippi", "STM"),
    ("Water levels fell again. Shipping on the Mississippi, the Coast Guard said, would resume on Monday.",
     "en", "Mississippi", "STM"),
    ("Barges were stranded along the Mississippi River near Memphis.", "en", "Mississippi River", "STM"),
    # guards: the state
    ("Water levels fell again. The Mississippi Department of Health reported 12 new cases.", "en",
     "Mississippi", "ADM1"),
    ("Mississippi Governor Tate Reeves declared a state of emergency after tornadoes hit Rolling Fork.",
     "en", "Mississippi", "ADM1"),
    ("Торнадо зруйнував десятки будинків у штаті Міссісіпі.", "uk", "Міссісіпі", "ADM1"),
])
def test_the_mississippi_river_and_state(text, lang, surface, code):
    assert _by_surface(text, lang)[surface][1] == code


# -- two-word names with both words inflected --------------------------------------------------------------

@pytest.mark.parametrize("text, lang, surface, name", [
    ("ВОЗ сообщила о вспышке холеры в Южном Судане и Эфиопии.", "ru", "Южном Судане", "South Sudan"),
    ("Президент Южной Кореи прибыл в Токио с официальным визитом.", "ru", "Южной Кореи", "South Korea"),
    ("Выборы в Южной Африке назначены на май, сообщила избирательная комиссия.", "ru", "Южной Африке",
     "South Africa"),
    ("Посол Саудовской Аравии вручил верительные грамоты.", "ru", "Саудовской Аравии", "Saudi Arabia"),
    ("В Нижнем Новгороде задержали двух подозреваемых в поджоге.", "ru", "Нижнем Новгороде", "Nizhniy Novgorod"),
    ("Делегація Південної Кореї прибула до Києва.", "uk", "Південної Кореї", "South Korea"),
    ("У Південному Судані тривають бої між армією та повстанцями.", "uk", "Південному Судані", "South Sudan"),
    ("Прем'єр Нової Зеландії засудила напад.", "uk", "Нової Зеландії", "New Zealand"),
    ("Уряд Північної Македонії подав у відставку.", "uk", "Північної Македонії", "North Macedonia"),
])
def test_a_two_word_name_with_both_words_inflected(text, lang, surface, name):
    assert _by_surface(text, lang)[surface][0] == name


def test_an_adjective_and_a_noun_that_name_no_place_are_left():
    found = _by_surface("Депутаты Верховной Рады и Государственной Думы встретились в Белой Церкви.", "ru")
    assert "Верховной Рады" not in found and "Государственной Думы" not in found
    assert found["Белой Церкви"][2] == "UA"


def test_don_bass_written_in_two_words_is_the_donbas():
    # "Bass" alone was California (an alternate name); "Don" is no river's name in Latin script
    found = _by_surface("Talks resumed. Fighting continued in the Don Bass region, officials said.", "en")
    assert found["Don Bass"][:2] == ("Donbas", "RGN")


def test_a_lower_case_english_point_of_the_compass_after_a_river_keeps_it():
    found = _by_surface("Talks resumed. A ferry ran aground on the Mekong south of Vientiane.", "en")
    assert found["Mekong"][:2] == ("Mekong", "STM")
