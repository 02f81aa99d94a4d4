"""places.v1, twenty-third session (plq24): towns with a plural name in any case ("з Сум", "з Черкас",
"до Лубен", "из Черновцов"); bodies of water named with a lower-case word ("mer Rouge", "Чёрном море",
"Червоному морі"); oblasts the gazetteer has no Russian name of ("Саратовской области"); Derry under its
Russian name; a bare point of the compass ("du Nord"); a given name before a surname ("Володимир
Зеленський"); only one Washington is a capital."""

from __future__ import annotations

import pytest

from tests.components.places.test_rivers_republics import resolved


def _by_surface(text: str, lang: str) -> dict[str, tuple[str, str, str]]:
    return {s: (name, code, cc) for s, name, code, cc in resolved(text, lang)}


# -- plural town names ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, surface, name", [
    ("Колонна с гуманитарной помощью вышла из Сум в сторону Харькова.", "ru", "Сум", "Sumy"),
    ("Евакуаційний автобус вирушив з Сум до Полтави.", "uk", "Сум", "Sumy"),
    ("Потяг з Черкас прибув до Львова із запізненням.", "uk", "Черкас", "Cherkasy"),
    ("Ракета влучила в об'єкт поблизу Лубен на Полтавщині.", "uk", "Лубен", "Lubny"),
    ("Унаслідок обстрілу Ромен пошкоджено дві школи.", "uk", "Ромен", "Romny"),
    ("Власти Черновцов объявили о закрытии школ.", "ru", "Черновцов", "Chernivtsi"),
    ("Жители Прилук сообщили о взрывах возле аэродрома.", "ru", "Прилук", "Pryluky"),
    ("У Сумах оголосили повітряну тривогу.", "uk", "Сумах", "Sumy"),
    ("В Сумах снова прозвучали взрывы.", "ru", "Сумах", "Sumy"),
    ("Мешканці Сарн скаржаться на відключення світла.", "uk", "Сарн", "Sarny"),
    # guards: found on the base too
    ("Гуманітарний вантаж доставили до Чернівців із Румунії.", "uk", "Чернівців", "Chernivtsi"),
    ("Рятувальники ліквідували пожежу в Броварах.", "uk", "Броварах", "Brovary"),
])
def test_plural_town_names_in_any_case(text, lang, surface, name):
    assert _by_surface(text, lang)[surface][0] == name


# -- bodies of water --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, surface, name", [
    ("Les rebelles houthis ont attaqué un pétrolier en mer Rouge, au large d'Aden.", "fr", "mer Rouge", "Red Sea"),
    ("Un navire russe a été endommagé en mer Noire, selon Kiev.", "fr", "mer Noire", "Black Sea"),
    ("Des garde-côtes ont secouru des migrants en mer Méditerranée.", "fr", "mer Méditerranée",
     "Mediterranean Sea"),
    ("Турецкие корабли провели учения в Чёрном море.", "ru", "Чёрном море", "Black Sea"),
    ("Пираты захватили судно в Аденском заливе.", "ru", "Аденском заливе", "Gulf of Aden"),
    ("Хусити атакували судно в Червоному морі.", "uk", "Червоному морі", "Red Sea"),
    ("Рух суден Азовським морем призупинено.", "uk", "Азовським морем", "Sea of Azov"),
    # a guard: capitalised, found on the base too
    ("Houthi forces fired missiles at a tanker in the Red Sea.", "en", "Red Sea", "Red Sea"),
])
def test_water_bodies_with_a_lower_case_word(text, lang, surface, name):
    assert _by_surface(text, lang)[surface][0] == name


def test_mer_rouge_the_town_is_not_taken_for_the_sea():
    """The pair names a town of Louisiana too: only the water body is taken."""
    assert _by_surface("Un cargo a été attaqué en mer Rouge.", "fr")["mer Rouge"][1] == "SEA"


# -- oblasts, Derry ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, surface, cc", [
    ("Пожар на нефтебазе в Саратовской области потушен.", "ru", "Саратовской области", "RU"),
    ("Паводок затронул несколько районов Оренбургской области.", "ru", "Оренбургской области", "RU"),
    ("У Саратовській області після атаки дронів спалахнула пожежа.", "uk", "Саратовській області", "RU"),
    ("Губернатор Тульской области сообщил о сбитом беспилотнике.", "ru", "Тульской области", "RU"),
])
def test_oblasts_through_their_seat(text, lang, surface, cc):
    name, code, got_cc = _by_surface(text, lang)[surface]
    assert (code, got_cc) == ("ADM1", cc)


def test_londonderry_in_russian_is_derry():
    assert _by_surface("В Лондондерри прошли столкновения молодежи с полицией.", "ru")["Лондондерри"][2] == "GB"


# -- no place ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, surface", [
    ("Les ministres des pays du Nord et du Sud se réuniront à Dakar.", "fr", "Nord"),
    ("Les ministres des pays du Nord et du Sud se réuniront à Dakar.", "fr", "Sud"),
    ("Le Premier ministre a rencontré des élus du Nord à Cap-Haïtien.", "fr", "Nord"),
    ("Президент України Володимир Зеленський прибув до Вашингтона.", "uk", "Володимир"),
])
def test_no_place(text, lang, surface):
    assert not any(surface in s for s in _by_surface(text, lang))


@pytest.mark.parametrize("text, lang, surface, name", [
    # guards: a compass point inside a name; a town after a settlement word
    ("La Corée du Nord a tiré deux missiles balistiques.", "fr", "Corée du Nord", "North Korea"),
    ("L'Irlande du Nord a rouvert ses écoles.", "fr", "Irlande du Nord", "Northern Ireland"),
    ("Вибухи пролунали біля міста Володимир на Волині.", "uk", "Володимир", "Volodymyr-Volynskyi"),
])
def test_names_that_stay(text, lang, surface, name):
    assert _by_surface(text, lang)[surface][0] == name


# -- Washington -------------------------------------------------------------------------------------

def test_only_washington_dc_is_a_capital():
    from sitrep.components.places.gazetteer import load, norm

    gaz = load()
    capitals = [i for i in gaz.lookup(norm("Washington")) if gaz.fcode[i] == "PPLC"]
    assert [(gaz.cc[i], round(gaz.lat[i]), round(gaz.lon[i])) for i in capitals] == [("US", 39, -77)]


# -- Ukrainian -ка / -га / -ха names in the dative and locative (a tune error of places24) ---------------

@pytest.mark.parametrize("text, surface, name", [
    ("Тривогу оголосили в Охтирці та Сумах.", "Охтирці", "Okhtyrka"),
    ("Бої в Авдіївці тривають третю добу.", "Авдіївці", "Avdiyivka"),
    ("Саміт відбудеться у Ризі наступного тижня.", "Ризі", "Riga"),  # a guard: pymorphy3's lemma, before too
])
def test_ukrainian_consonant_change_before_i(text, surface, name):
    assert _by_surface(text, "uk")[surface][0] == name


# -- names of the tune half the gazetteer lacked -----------------------------------------------------

@pytest.mark.parametrize("text, lang, surface, name, cc", [
    ("Les garde-côtes grecs ont secouru 120 migrants au sud de la Crète.", "fr", "Crète", "Crete", "GR"),
    ("Два мігранти загинули біля узбережжя Криту.", "uk", "Криту", "Crete", "GR"),
    ("La Corée du Nord a tiré deux missiles en direction de la mer du Japon.", "fr", "mer du Japon",
     "Sea of Japan", None),
    ("Збройні сили Судану відбили наступ на Ель-Обейд.", "uk", "Ель-Обейд", "El Obeid", "SD"),
])
def test_names_the_gazetteer_lacked(text, lang, surface, name, cc):
    got_name, _code, got_cc = _by_surface(text, lang)[surface]
    assert (got_name, got_cc) == (name, cc)


def test_crete_nebraska_stays_with_its_state():
    assert _by_surface("Crete, Nebraska, is a small town.", "en")["Crete"][2] == "US"
