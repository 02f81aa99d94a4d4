"""Seventeenth session: a raid is a ground raid unless an aircraft is named; weapons sent to a
state are aid; a threat does not reach the attack it answers ("after"); "suspected" before a
noun is no accusation; "between X and Y" names both sides of a clash; Russian and Ukrainian
"clashed with the army" is a clash."""

from __future__ import annotations

import pytest

from .conftest import events_by_trigger


def _countries(parties):
    return [p["country"] for p in parties]


def test_a_raid_is_a_ground_raid(analyse):
    ev = events_by_trigger(analyse("Un raid de l'armée malienne sur le village de Moura a fait 20 morts mardi.", "fr"))["raid"]
    assert ev["type"] == "ASSAULT" and ev["mode"] is None
    assert ev["acled_sub_event_type"] != "Air/drone strike"


@pytest.mark.parametrize("lang,text,trigger", [
    ("fr", "Un raid aérien a visé le village de Moura mardi.", "raid"),
    ("en", "An air raid hit the village of Moura on Tuesday.", "hit"),
])
def test_an_air_raid_is_still_an_air_strike(analyse, lang, text, trigger):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["mode"] == "aerial" and ev["acled_sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize("lang,text,trigger", [
    ("en", "The United States sent 31 Abrams tanks to Ukraine last month.", "sent 31 abrams tanks"),
    ("fr", "L'Allemagne a envoyé des chars Leopard à l'Ukraine en mars.", "envoyé des chars"),
    ("ru", "Германия отправила танки Украине в марте.", "отправила танки"),
    ("uk", "Німеччина надіслала танки Україні в березні.", "надіслала танки"),
])
def test_weapons_sent_are_aid(analyse, lang, text, trigger):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["type"] == "AID"
    assert _countries(ev["actor"]) in (["USA"], ["DEU"]) and _countries(ev["recipient"]) == ["UKR"]


@pytest.mark.parametrize("lang,text,trigger", [
    ("en", "Germany will send tanks to Ukraine.", "send tanks"),
    ("fr", "L'Allemagne va envoyer des chars à l'Ukraine.", "envoyer des chars"),
])
def test_weapons_to_be_sent_are_future_aid(analyse, lang, text, trigger):
    # PLOVER: cooperation reported in the future tense is AGREE (``future_of``: what it will be)
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["modality"] == "future" and ev["type"] == "AGREE" and ev["future_of"] == "AID"
    assert _countries(ev["actor"]) == ["DEU"] and _countries(ev["recipient"]) == ["UKR"]


def test_troops_sent_stay_a_mobilisation(analyse):
    ev = events_by_trigger(analyse("La Russie a envoyé des troupes en Biélorussie en février.", "fr"))["envoyé des"]
    assert ev["type"] == "MOBILIZE"


@pytest.mark.parametrize("lang,text,threat,answered", [
    ("en", "Hezbollah threatened to retaliate after the Israeli strike on Beirut.", "threatened", "strike"),
    ("fr", "Le Hezbollah a menacé de riposter après la frappe israélienne sur Beyrouth.", "menacé", "frappe"),
    ("en", "The Houthis vowed to respond following the American airstrikes on Sanaa.", None, "airstrikes"),
])
def test_the_attack_a_threat_answers_is_reported(analyse, lang, text, threat, answered):
    evs = events_by_trigger(analyse(text, lang))
    assert evs[answered]["modality"] == "asserted" and evs[answered]["claimant"] is None
    if threat:
        assert evs[threat]["type"] == "THREATEN"


def test_the_threatened_retaliation_stays_hypothetical(analyse):
    evs = events_by_trigger(analyse("Hezbollah threatened to attack Israel after the strike on Beirut.", "en"))
    assert evs["attack"]["modality"] == "hypothetical"


@pytest.mark.parametrize("text,trigger,country", [
    ("On Tuesday, suspected al-Shabaab militants attacked a military base near Mogadishu, killing five soldiers.",
     "attacked", "SOM"),
    ("Police said suspected al-Shabaab fighters attacked a police station in Mogadishu on Tuesday.",
     "attacked", "SOM"),
    ("An IED planted by suspected ISWAP fighters killed three soldiers in Borno.", "killed", "NGA"),
])
def test_suspected_before_a_noun_is_no_accusation(analyse, text, trigger, country):
    evs = events_by_trigger(analyse(text, "en"))
    assert "suspected" not in evs
    assert evs[trigger]["type"] == "ASSAULT" and _countries(evs[trigger]["actor"]) == [country]


def test_police_arresting_suspected_militants_accuse_no_one(analyse):
    evs = events_by_trigger(analyse("Police arrested two suspected militants in Kano on Friday.", "en"))
    assert "suspected" not in evs and evs["arrested"]["type"] == "COERCE"


def test_an_allegation_is_still_an_accusation(analyse):
    evs = events_by_trigger(analyse("Kyiv alleged that Russian forces used cluster munitions in Bakhmut.", "en"))
    assert evs["alleged"]["type"] == "ACCUSE"


@pytest.mark.parametrize("lang,text,trigger", [
    ("uk", "Ймовірні бойовики атакували поліцейську дільницю в Одесі у вівторок.", "атакували"),
    ("ru", "Предполагаемые боевики атаковали полицейский участок в Махачкале во вторник.", "атаковали"),
    ("fr", "Des djihadistes présumés ont attaqué un poste de police à Niamey mardi.", "attaqué"),
])
def test_suspected_attackers_make_no_hedge(analyse, lang, text, trigger):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["modality"] == "asserted" and ev["actor"] and ev["actor"][0]["sector"] == "REB"


def test_probably_still_hedges(analyse):
    ev = events_by_trigger(analyse("Ймовірно, російські війська атакували Херсон уночі.", "uk"))["атакували"]
    assert ev["modality"] == "hypothetical"


@pytest.mark.parametrize("lang,text,trigger,sides", [
    ("en", "Clashes between Fulani herders and farmers in Benue State left 12 dead.", "clashes", ["CVL", "CVL"]),
    ("en", "Fighting between the army and rebels in Bunia killed 10 people.", "fighting", ["MIL", "REB"]),
    ("fr", "Des affrontements entre l'armée et les rebelles à Bunia ont fait dix morts.", "affrontements", ["MIL", "REB"]),
    ("ru", "Столкновения между боевиками и армией в Хартуме унесли жизни 12 человек.", "столкновения", ["REB", "MIL"]),
    ("uk", "Зіткнення між поліцією і протестувальниками в Тбілісі тривали всю ніч.", "зіткнення", ["COP", "CVL"]),
])
def test_between_names_both_sides(analyse, lang, text, trigger, sides):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["type"] == "ASSAULT"
    assert [a["sector"] for a in ev["actor"]] == sides
    assert len({a["country"] for a in ev["actor"]}) == 1 and ev["actor"][0]["country"]


@pytest.mark.parametrize("lang,text,trigger", [
    ("ru", "Боевики столкнулись с правительственными войсками на севере Мали.", "столкнулись с правительственными войсками"),
    ("ru", "Полиция столкнулась с протестующими в центре Тбилиси.", "столкнулась с протестующими"),
    ("uk", "Бойовики зіткнулися з армією на півночі Малі.", "зіткнулися з армією"),
])
def test_clashed_with_an_armed_party_is_a_clash(analyse, lang, text, trigger):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["type"] == "ASSAULT" and ev["mode"] == "firearms"


@pytest.mark.parametrize("lang,text", [
    ("ru", "Компания столкнулась с проблемой нехватки кадров в этом году."),
    ("ru", "Автобус столкнулся с грузовиком на трассе под Москвой."),
    ("uk", "Україна зіткнулася з проблемою нестачі електроенергії взимку."),
])
def test_facing_a_problem_is_no_clash(analyse, lang, text):
    assert not [e for e in events_by_trigger(analyse(text, lang)).values() if e["type"] == "ASSAULT"]
