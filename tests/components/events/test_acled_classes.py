"""ACLED classes that PLOVER's type and mode do not tell apart, read from the words around the
trigger (``acled.refine``, ``acled.refine_protests``) in each of the four languages."""

from __future__ import annotations

import pytest

from .conftest import events_by_trigger

DISRUPTED, GRENADE, MOB = "Disrupted weapons use", "Grenade", "Mob violence"
REGAINS, OVERTAKES = "Government regains territory", "Non-state actor overtakes territory"
INTERVENTION, EXCESSIVE = "Protest with intervention", "Excessive force against protesters"

CASES = {
    "en": [
        ("Ukrainian air defence shot down 14 Russian drones over the Kyiv region overnight.", "shot down", DISRUPTED),
        ("Militants threw a grenade at a police patrol in Peshawar, wounding three officers.", "threw a grenade", GRENADE),
        ("An angry mob lynched two men accused of theft in a village near Kano.", "lynched", MOB),
        ("Ukrainian troops retook the village of Robotyne after weeks of fighting.", "retook", REGAINS),
        ("Police fired tear gas to disperse thousands of protesters in Nairobi.", "protesters", INTERVENTION),
        ("Soldiers opened fire on demonstrators in Khartoum, killing five people.", "demonstrators", EXCESSIVE),
    ],
    "fr": [
        ("La défense antiaérienne ukrainienne a intercepté 14 drones russes au-dessus de la région de Kiev.",
         "intercepté", DISRUPTED),
        ("Des inconnus ont lancé une grenade contre un commissariat à Marseille.", "grenade", GRENADE),
        ("Une foule en colère a lynché deux voleurs présumés près de Kano.", "lynché", MOB),
        ("Les forces ukrainiennes ont repris le contrôle du village de Robotyne.", "repris le contrôle", REGAINS),
        ("La police a dispersé les manifestants à coups de gaz lacrymogène à Paris.", "manifestants", INTERVENTION),
        ("Des soldats ont ouvert le feu sur des manifestants à Khartoum, tuant cinq personnes.", "ouvert le feu", EXCESSIVE),
    ],
    "ru": [
        ("Силы ПВО Украины сбили 14 российских беспилотников над Киевской областью.", "сбили", DISRUPTED),
        ("Неизвестные бросили гранату в здание полиции в Махачкале.", "гранату", GRENADE),
        ("Толпа устроила самосуд над двумя подозреваемыми в краже в селе под Кано.", "самосуд", MOB),
        ("Украинские войска отбили село Работино.", "отбили", REGAINS),
        ("Полиция разогнала протестующих в Тбилиси с помощью слезоточивого газа.", "протестующих", INTERVENTION),
        ("Военные открыли огонь по демонстрантам в Хартуме, убив пять человек.", "открыли огонь", EXCESSIVE),
    ],
    "uk": [
        ("Сили ППО України збили 14 російських безпілотників над Київською областю.", "збили", DISRUPTED),
        ("Невідомі кинули гранату в будівлю поліції в Херсоні.", "гранату", GRENADE),
        ("Натовп влаштував самосуд над двома підозрюваними у крадіжці в селі поблизу Кано.", "самосуд", MOB),
        ("Українські війська відбили село Роботине.", "відбили", REGAINS),
        ("Поліція розігнала протестувальників у Тбілісі за допомогою сльозогінного газу.", "протестувальників", INTERVENTION),
        ("Військові відкрили вогонь по демонстрантах у Хартумі, вбивши п'ятьох людей.", "відкрили вогонь", EXCESSIVE),
    ],
}


@pytest.mark.parametrize("lang,text,trigger,sub", [(lang, *case) for lang, cases in CASES.items() for case in cases])
def test_acled_class_from_the_words_around(analyse, lang, text, trigger, sub):
    ev = events_by_trigger(analyse(text, lang))
    assert trigger in ev, sorted(ev)
    assert ev[trigger]["acled_sub_event_type"] == sub


def test_a_phrase_marked_no_event_hides_its_words(analyse):
    # "с помощью" / "за допомогою" is "with the help of", no aid delivered
    for text, lang in (("Полиция разогнала протестующих с помощью слезоточивого газа.", "ru"),
                       ("Поліція розігнала протестувальників за допомогою сльозогінного газу.", "uk")):
        assert "AID" not in {e["type"] for e in events_by_trigger(analyse(text, lang)).values()}


def test_territory_taken_by_a_foreign_army_is_no_government_regain(analyse):
    ev = events_by_trigger(analyse("Russian forces captured the town of Avdiivka in Donetsk region.", "en"))
    assert ev["captured"]["acled_sub_event_type"] == OVERTAKES


def test_a_grenade_that_disperses_or_falls_from_a_drone_is_no_grenade_attack(analyse):
    ev = events_by_trigger(analyse("Police threw stun grenades at protesters outside parliament in Tbilisi.", "en"))
    assert GRENADE not in {e["acled_sub_event_type"] for e in ev.values()}
    ev = events_by_trigger(analyse("A Russian drone dropped grenades on Ukrainian trenches near Bakhmut.", "en"))
    assert ev["dropped grenades"]["acled_sub_event_type"] == "Air/drone strike"


def test_a_bomb_at_a_rally_stays_an_explosion(analyse):
    ev = events_by_trigger(analyse(
        "A suicide bomber blew himself up at a political rally in Bajaur, killing 54 people.", "en"))
    assert ev["blew"]["acled_sub_event_type"] == "Suicide bomb"
    assert ev["rally"]["acled_sub_event_type"] == "Peaceful protest"


def test_seized_weapons_and_bases(analyse):
    ev = events_by_trigger(analyse("Security forces seized a cache of weapons and explosives in Herat.", "en"))
    assert ev["seized"]["acled_sub_event_type"] == DISRUPTED
    ev = events_by_trigger(analyse("Wagner fighters set up a new base near Bangui last week.", "en"))
    assert ev["set up a new base"]["acled_sub_event_type"] == "Headquarters or base established"
    assert ev["set up a new base"]["type"] == "MOBILIZE"


def test_a_surname_is_no_lynching(analyse):
    ev = events_by_trigger(analyse("Private Jessica Lynch was rescued from a hospital in Nasiriyah.", "en"))
    assert "lynch" not in ev


@pytest.mark.parametrize("lang,text,trigger,country,sector", [
    ("en", "Riot police detained dozens of students in Tbilisi on Monday.", "detained", "GEO", "COP"),
    ("en", "On 8 March 2023, thousands of people rallied outside parliament in Tbilisi.", "rallied", "GEO", "CVL"),
    ("fr", "Les policiers ont interpellé une vingtaine de personnes à Lyon.", "interpellé", "FRA", "COP"),
    ("ru", "Полицейские задержали десятки студентов в Тбилиси.", "задержали", "GEO", "COP"),
    ("uk", "Протестувальники перекрили дорогу в Києві.", "протестувальники", "UKR", "CVL"),
    ("en", "Gunmen abducted 20 passengers on a highway near Kaduna on Sunday.", "abducted", "NGA", "UAF"),
    ("ru", "Боевики обстреляли блокпост в Махачкале.", "обстреляли", "RUS", "REB"),
])
def test_an_unnamed_agent_is_of_the_events_country(analyse, lang, text, trigger, country, sector):
    ev = events_by_trigger(analyse(text, lang))
    assert trigger in ev, sorted(ev)
    (agent,) = ev[trigger]["actor"]
    assert (agent["country"], agent["sector"], agent["via"]) == (country, sector, "location")
    assert text[agent["mention"][0]:agent["mention"][1]].lower() == agent["name"]


def test_a_named_actor_is_kept_and_a_month_is_no_march(analyse):
    ev = events_by_trigger(analyse("On 8 March 2023, Georgian police detained protesters in Tbilisi.", "en"))
    assert "march" not in ev
    assert ev["detained"]["actor"][0].get("via") != "location"


def test_generic_verbs_of_general_news_are_no_events(analyse):
    ev = events_by_trigger(analyse(
        "Nearly 200 people are ill in a cholera outbreak, according to the health agency. Profit rose "
        "10% to $313 million, or $3.89 a share. We want this thing to end early, he added.", "en"))
    assert not {"according", "share", "want", "added"} & set(ev), sorted(ev)


def test_political_uses_of_the_same_verbs_stay(analyse):
    ev = events_by_trigger(analyse("JNIM militants took control of the town of Boni in central Mali.", "en"))
    assert ev["took control"]["type"] == "COERCE"
    ev = events_by_trigger(analyse("British and Ukrainian intelligence services are sharing information.", "en"))
    assert ev["sharing information"]["type"] == "COOPERATE"


def test_french_and_russian_idioms_are_no_events(analyse):
    ev = events_by_trigger(analyse(
        "Les jeunes ont tatoué la victime à l'aide de fourchettes avant la trêve estivale du conseil exécutif.", "fr"))
    assert not {"aide", "trêve", "exécutif"} & set(ev), sorted(ev)
    ev = events_by_trigger(analyse("К сожалению, переговоры в Стамбуле сорвались.", "ru"))
    assert "сожалению" not in ev and "переговоры" in ev
