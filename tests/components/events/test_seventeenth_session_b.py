"""Seventeenth session, second round: a place after the noun that governs it is no subject; a protest
phrase and its own noun are one protest; drones destroyed are a disrupted weapons use; border
guards and air defences are unnamed agents, with or without a place; a speaker named after a
threat is its actor; no compound actor across a comma, nor an actor from an "if" clause; a
passive's agent in the instrumental; a clash with protesters is a violent demonstration in every
language; reciprocal "столкнулись" without "с"; raids in Russian and Ukrainian; French "descendre
dans la rue"; Ukrainian "заперечив" as a statement cue."""

from __future__ import annotations

import pytest

from .conftest import events_by_trigger


def _sectors(parties):
    return [(p["country"], p["sector"]) for p in parties]


@pytest.mark.parametrize("lang,text,trigger", [
    ("uk", "Мешканці Херсона вийшли на протест проти забудови парку.", "протест"),
    ("ru", "Жители Херсона вышли на митинг против застройки парка.", "митинг"),
])
def test_a_place_after_a_governing_noun_is_no_subject(analyse, lang, text, trigger):
    evs = events_by_trigger(analyse(text, lang))
    ev = evs[trigger]
    assert ev["location"]["name"] == "Kherson"
    assert _sectors(ev["actor"]) == [("UKR", "CVL")]
    # the phrase and its own noun are one protest ("вийшли на протест", "вышли на митинг")
    assert [e for e in evs.values() if e["type"] == "PROTEST"] == [ev]


def test_protesters_and_their_protest_stay_two_events(analyse):
    evs = events_by_trigger(analyse("Striking miners went on strike in Asturias on Monday.", "en"))
    assert {"striking miners", "went on strike"} <= set(evs)


@pytest.mark.parametrize("lang,text,trigger", [
    ("uk", "Сили протиповітряної оборони знищили 18 із 22 ударних дронів.", "знищили"),
    ("ru", "Силы ПВО уничтожили 18 из 22 беспилотников.", "уничтожили"),
    ("en", "Air defences destroyed 18 of 22 attack drones overnight.", "destroyed"),
    ("fr", "La défense antiaérienne a détruit 18 drones dans la nuit.", "détruit"),
])
def test_drones_destroyed_are_disrupted_weapons_use(analyse, lang, text, trigger):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["acled_sub_event_type"] == "Disrupted weapons use"
    assert [a["sector"] for a in ev["actor"]] == ["MIL"]


@pytest.mark.parametrize("lang,text,trigger", [
    ("en", "Ukrainian forces destroyed a drone factory in Russia.", "destroyed"),
    ("uk", "ЗСУ знищили склад дронів у Криму.", "знищили"),
])
def test_a_drone_depot_destroyed_stays_property_destruction(analyse, lang, text, trigger):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["acled_sub_event_type"] == "Looting/property destruction"


@pytest.mark.parametrize("lang,text,trigger", [
    ("uk", "Прикордонники затримали чоловіка, який намагався перетнути кордон.", "затримали"),
    ("ru", "Пограничники задержали мужчину, который пытался пересечь границу.", "задержали"),
    ("en", "Border guards detained a man who tried to cross the border.", "detained"),
])
def test_border_guards_are_an_unnamed_police_agent(analyse, lang, text, trigger):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert _sectors(ev["actor"]) == [(None, "COP")]
    assert ev["actor"][0]["via"] == "unnamed"


def test_an_unnamed_agent_still_takes_the_place_s_country(analyse):
    ev = events_by_trigger(analyse("Border guards detained a man near Lviv on Friday.", "en"))["detained"]
    assert _sectors(ev["actor"]) == [("UKR", "COP")]


@pytest.mark.parametrize("lang,text,trigger", [
    ("ru", "Россия нанесёт удар по Киеву, пригрозил Медведев.", "пригрозил"),
    ("uk", "Росія завдасть удару по Києву, погрожує Медведєв.", "погрожує"),
])
def test_a_speaker_after_the_threat_is_its_actor(analyse, lang, text, trigger):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["type"] == "THREATEN"
    assert [a["name"] for a in ev["actor"]] == ["Dmitry Medvedev"]
    assert ev["recipient"] == []


def test_no_compound_actor_across_a_comma(analyse):
    ev = events_by_trigger(analyse("Moscow has cut its ties with Vilnius, and Beijing signed an agreement with Moscow.",
                                   "en"))["signed an agreement"]
    assert [a["country"] for a in ev["actor"]] == ["CHN"]


def test_a_compound_actor_in_one_clause_stays(analyse):
    ev = events_by_trigger(analyse("Russia and Ukraine agreed on a prisoner exchange on Friday.", "en"))["agreed"]
    assert [a["country"] for a in ev["actor"]] == ["RUS", "UKR"]


@pytest.mark.parametrize("lang,text,trigger", [
    ("uk", "Якщо Росія вдарить по Києву, Захід запровадить нові санкції.", "санкції"),
    ("ru", "Если Россия ударит по Киеву, Запад введёт новые санкции.", "санкции"),
    ("en", "If Russia strikes Kyiv, the West will impose new sanctions.", "sanctions"),
])
def test_no_actor_from_an_if_clause(analyse, lang, text, trigger):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert "RUS" not in [a["country"] for a in ev["actor"]]


@pytest.mark.parametrize("lang,text,trigger,country", [
    ("ru", "Мужчина задержан полицией в центре города.", "задержан", None),
    ("ru", "Журналист задержан пакистанской полицией в Исламабаде.", "задержан", "PAK"),
    ("uk", "Чоловіка затримала поліція в центрі міста.", "затримала", None),
    ("uk", "Чоловіка затримано прикордонниками на кордоні.", "затримано", None),
])
def test_a_passive_agent_in_the_instrumental_is_the_actor(analyse, lang, text, trigger, country):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert _sectors(ev["actor"]) == [(country, "COP")]
    assert ev["recipient"] == []


@pytest.mark.parametrize("lang,text,trigger", [
    ("en", "Police clashed with protesters in Kyiv on Sunday.", "clashed"),
    ("ru", "Полиция столкнулась с протестующими в Москве.", "столкнулась с протестующими"),
    ("uk", "Поліція зіткнулася з протестувальниками в Києві.", "зіткнулася з протестувальниками"),
])
def test_a_clash_with_protesters_is_a_violent_demonstration(analyse, lang, text, trigger):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["acled_sub_event_type"] == "Violent demonstration"


def test_police_firing_on_protesters_stays_excessive_force(analyse):
    ev = events_by_trigger(analyse("Police opened fire on protesters in Khartoum, killing five people.", "en"))
    assert ev["opened fire"]["acled_sub_event_type"] == "Excessive force against protesters"


@pytest.mark.parametrize("lang,text,trigger,actors", [
    ("ru", "Армия и боевики столкнулись у села на севере страны.", "столкнулись", ["MIL", "REB"]),
    ("uk", "Армія і бойовики зіткнулися біля села на півночі країни.", "зіткнулися", ["MIL", "REB"]),
])
def test_a_reciprocal_clash_without_with(analyse, lang, text, trigger, actors):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["type"] == "ASSAULT" and [a["sector"] for a in ev["actor"]] == actors


@pytest.mark.parametrize("lang,text", [
    ("ru", "Два автомобиля столкнулись на трассе под Тверью."),
    ("ru", "Россия и Украина столкнулись с проблемой нехватки газа."),
    ("uk", "Дві автівки зіткнулися на трасі під Житомиром."),
])
def test_cars_colliding_are_no_clash(analyse, lang, text):
    assert not [e for e in events_by_trigger(analyse(text, lang)).values() if e["type"] == "ASSAULT"]


@pytest.mark.parametrize("lang,text,trigger,sub", [
    ("ru", "Рейд на село унес жизни трёх человек.", "рейд", "Armed clash"),
    ("ru", "Авианалёт на Алеппо унес жизни пяти человек.", "авианалёт", "Air/drone strike"),
    ("uk", "Наліт бойовиків на село в провінції Ідліб.", "наліт", "Armed clash"),
    ("uk", "Авіаналіт на Харків забрав життя п'ятьох людей.", "авіаналіт", "Air/drone strike"),
])
def test_raids_in_russian_and_ukrainian(analyse, lang, text, trigger, sub):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["type"] == "ASSAULT" and ev["acled_sub_event_type"] == sub


def test_a_coating_is_no_raid(analyse):
    assert not events_by_trigger(analyse("У него белый налёт на языке.", "ru"))


def test_french_residents_take_to_the_street(analyse):
    evs = events_by_trigger(analyse("Les habitants de Kherson sont descendus dans la rue pour protester contre "
                                    "la construction d'un centre commercial.", "fr"))
    protests = [e for e in evs.values() if e["type"] == "PROTEST"]
    assert len(protests) == 1 and protests[0]["location"]["name"] == "Kherson"


def test_protestants_are_no_protest(analyse):
    assert not events_by_trigger(analyse("Les protestants de la ville ont célébré Pâques dimanche.", "fr"))


def test_ukrainian_perfective_denial_names_its_claimant(analyse):
    ev = events_by_trigger(analyse("Кремль заперечив повідомлення про переговори з Києвом.", "uk"))["переговори"]
    assert ev["modality"] == "denied"
    assert ev["claimant"]["speaker"]["name"] == "Kremlin"
