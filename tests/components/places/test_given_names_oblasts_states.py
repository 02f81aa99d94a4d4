"""places.v1, twenty-third session, second wave (plq25): a country's or a large city's name that is also
a given name, before a surname ("Jordan Bardella", "Chad Smith", "Paris Hilton"); Belarusian and Kazakh
oblasts ("Брестской области", "Карагандинской области"); oblast seats with a neuter name ("Кемеровской
области"); "Washington state" / "штат Вашингтон" as the US state; French départements with a compound
name ("Pas-de-Calais", "Seine-Saint-Denis"); names news uses (Walikale, the Strait of Hormuz, Lake Chad,
"baie du Bengale"); more reporting verbs after a capital ("Bakou prétendait que")."""

from __future__ import annotations

import pytest

from sitrep.article import Article
from sitrep.pipeline import Pipeline
from tests.components.places.test_rivers_republics import resolved


def _by_surface(text: str, lang: str) -> dict[str, tuple[str, str, str]]:
    return {s: (name, code, cc) for s, name, code, cc in resolved(text, lang)}


# -- a place's name as a given name -------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, name", [
    ("Le président du Rassemblement national, Jordan Bardella, a tenu un meeting à Perpignan samedi.", "fr",
     "Jordan"),
    ("Red Hot Chili Peppers drummer Chad Smith cancelled a concert in Lyon.", "en", "Chad"),
    ("Paris Hilton flew to Las Vegas for the opening of a new club.", "en", "Paris"),
    ("Local organiser Chad Okonkwo said protesters had gathered outside the assembly in Lagos.", "en", "Chad"),
    ("Барабанщик Чад Смит дал концерт в Екатеринбурге.", "ru", "Chad"),
    ("Барабанщик Чад Сміт виступить у Львові.", "uk", "Chad"),
])
def test_a_place_name_before_a_surname_is_a_person(text, lang, name):
    assert name not in {n for _s, n, _c, _cc in resolved(text, lang)}


@pytest.mark.parametrize("text, lang, surface, name", [
    # guards: the place before a common word, a title, or a third capitalised word
    ("Israeli troops carried out raids in the Jordan Valley overnight.", "en", "Jordan", "Jordan"),
    ("In Jordan King Abdullah received the envoy.", "en", "Jordan", "Jordan"),
    ("Chad President Mahamat Deby flew to Paris on Monday.", "en", "Chad", "Chad"),
    ("Le Tchad et la Jordanie ont signé un accord à Paris.", "fr", "Paris", "Paris"),
])
def test_a_place_name_before_a_common_word_stays_the_place(text, lang, surface, name):
    assert _by_surface(text, lang)[surface][0] == name


# -- oblasts ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, surface, cc", [
    ("В Брестской области задержаны двое граждан Польши.", "ru", "Брестской области", "BY"),
    ("У Брестській області затримали двох порушників кордону.", "uk", "Брестській області", "BY"),
    ("В Гродненской области прошли учения.", "ru", "Гродненской области", "BY"),
    ("У Гомельській області проходять навчання.", "uk", "Гомельській області", "BY"),
    ("Пожар охватил склад в Карагандинской области.", "ru", "Карагандинской области", "KZ"),
    ("Власти Актюбинской области объявили режим ЧС.", "ru", "Актюбинской области", "KZ"),
    ("У Костанайській області вирують степові пожежі.", "uk", "Костанайській області", "KZ"),
    ("Residents of the Gomel region reported explosions.", "en", "Gomel", "BY"),
    ("Шахтеры Кемеровской области вышли на забастовку.", "ru", "Кемеровской области", "RU"),
])
def test_belarusian_and_kazakh_oblasts(text, lang, surface, cc):
    _name, code, got = _by_surface(text, lang)[surface]
    assert (code, got) == ("ADM1", cc)


# -- Washington state ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, surface", [
    ("A cow from a Washington state farm tested positive for the disease.", "en", "Washington"),
    ("Wildfires forced evacuations across eastern Washington state, officials in Spokane said.", "en",
     "Washington"),
    ("Губернатор штата Вашингтон объявил чрезвычайное положение.", "ru", "Вашингтон"),
    ("Лісові пожежі охопили штат Вашингтон, повідомляє влада.", "uk", "Вашингтон"),
])
def test_washington_state_is_the_state(text, lang, surface):
    assert _by_surface(text, lang)[surface] == ("Washington", "ADM1", "US")


@pytest.mark.parametrize("text, lang, surface", [
    ("The envoy flew from Washington to Doha for talks.", "en", "Washington"),
    ("Вашингтон ввел новые санкции против Каракаса.", "ru", "Вашингтон"),
    ("Вашингтон запровадив нові санкції.", "uk", "Вашингтон"),
])
def test_washington_alone_stays_the_capital(text, lang, surface):
    assert _by_surface(text, lang)[surface][1] == "PPLC"


@pytest.mark.parametrize("text, surface", [
    # a state's nickname or a university: no area is read ("Sunshine State" was Victoria, Australia)
    ("Trump enjoys 48% support in the Sunshine State, a new poll shows.", "Sunshine"),
    ("Students at Bowling Green State University voted for a new fee.", "Bowling Green"),
])
def test_a_capitalised_state_reads_no_area(text, surface):
    assert _by_surface(text, "en")[surface][1] != "ADM1"


def test_a_town_no_state_is_named_after_reads_no_state():
    """"Battleground state Florida": Battleground is a town of Washington; no state bears its name."""
    found = _by_surface("Battleground state Florida is nearly 3% Polish American.", "en")
    assert found.get("Battleground", ("", "", ""))[1] != "ADM1"
    assert found["Florida"] == ("Florida", "ADM1", "US")


def test_a_country_before_province_stays_the_country():
    """"Serb Kosovo province": no first-level area is named Kosovo; the Belarusian village's oblast
    is not taken."""
    assert _by_surface("Police barred the crowd in southern Serb Kosovo province.", "en")["Kosovo"][2] == "XK"


# -- French départements and names news uses ----------------------------------------------------------

@pytest.mark.parametrize("text, lang, surface, name, code", [
    ("De violents orages ont provoqué des inondations dans le Pas-de-Calais.", "fr", "Pas-de-Calais",
     "Pas-de-Calais", "ADM2"),
    ("La police a interpellé douze personnes en Seine-Saint-Denis.", "fr", "Seine-Saint-Denis",
     "Seine-Saint-Denis", "ADM2"),
    ("Des incendies ravagent les collines des Bouches-du-Rhône, près de Marseille.", "fr",
     "Bouches-du-Rhône", "Bouches-du-Rhône", "ADM2"),
    ("Les combats se poursuivent autour de Walikale, dans le Nord-Kivu.", "fr", "Walikale", "Walikale", "PPLA2"),
    ("Armed men attacked a convoy near Walikale, a U.N. source said.", "en", "Walikale", "Walikale", "PPLA2"),
    ("Ополченцы атаковали колонну вблизи Валикале.", "ru", "Валикале", "Walikale", "PPLA2"),
    ("Un pétrolier a été arraisonné dans le détroit d'Ormuz.", "fr", "détroit d'Ormuz", "Strait of Hormuz",
     "STRT"),
    ("Two tankers were seized in the Strait of Hormuz on Tuesday.", "en", "Strait of Hormuz",
     "Strait of Hormuz", "STRT"),
    ("Тегеран заявлял, что танкер нарушил правила в Ормузском проливе.", "ru", "Ормузском проливе",
     "Strait of Hormuz", "STRT"),
    ("Іранські вартові затримали танкер в Ормузькій протоці.", "uk", "Ормузькій протоці", "Strait of Hormuz",
     "STRT"),
    ("Un cyclone menace les côtes de la baie du Bengale.", "fr", "baie du Bengale", "Bay of Bengal", "BAY"),
    ("Des soldats ont été tués près du lac Tchad.", "fr", "lac Tchad", "Lake Chad", "LK"),
])
def test_departements_and_names_news_uses(text, lang, surface, name, code):
    got_name, got_code, _cc = _by_surface(text, lang)[surface]
    assert (got_name, got_code) == (name, code)


# -- reporting verbs after a capital --------------------------------------------------------------------

def _metonymy(text: str, lang: str) -> bool:
    article = Article(id="t", text=text, language=lang, source={})
    pipeline = Pipeline.from_names(["paragraphs.v1", "sentences.v1", "places.v1"], provided=["language"])
    for comp in pipeline.components:
        comp(article)
    return article.layers["places"][0].attrs["metonymy"]


@pytest.mark.parametrize("text, lang", [
    ("Bakou prétendait que les tirs étaient venus du côté arménien.", "fr"),
    ("Pékin maintient que ses garde-côtes agissaient légalement.", "fr"),
    ("Moscou martèle que ses frappes visent des cibles militaires.", "fr"),
    ("Beijing maintains that its coast guard acted lawfully.", "en"),
    ("Tehran alleges that foreign agents were behind the blast.", "en"),
    # a guard: read on the base too
    ("Bakou affirme que les tirs sont venus du côté arménien.", "fr"),
])
def test_reporting_verbs_make_a_capital_its_government(text, lang):
    assert _metonymy(text, lang) is True


@pytest.mark.parametrize("text, lang, surface", [
    ("Ankara argued that the strikes near Qamishli targeted only Kurdish militants.", "en", "Qamishli"),
    ("Анкара настаивает, что удары по Кобани были ответом на атаку.", "ru", "Кобани"),
])
def test_syrian_towns_under_the_names_news_uses(text, lang, surface):
    assert _by_surface(text, lang)[surface][2] == "SY"
