"""A threatened attack is no attack that happened; casualty counts written as words in Russian and
Ukrainian cases ("восьми", "трьох") and as "took the lives of"; an explosion is no suicide attack
unless the text says so; a town in "-ь" in the locative ("у Мелітополі") is the event's place."""

from __future__ import annotations

import pytest

from .conftest import events_by_trigger


@pytest.mark.parametrize("lang,text,threat,threatened", [
    ("en", "Russia threatened to strike decision-making centres in Kyiv.", "threatened", "strike"),
    ("en", "The militia threatens to attack the convoy.", "threatens", "attack"),
    ("fr", "La Russie a menacé de frapper Kiev.", "menacé", "frapper"),
    ("ru", "Россия пригрозила нанести удары по Киеву.", "пригрозила", "удары"),
    ("ru", "Пхеньян угрожает нанести ядерный удар.", "угрожает", "удар"),
    ("uk", "Росія погрожує завдати ударів по Києву.", "погрожує", "ударів"),
])
def test_the_threatened_attack_is_hypothetical_and_the_threat_asserted(analyse, lang, text, threat, threatened):
    evs = events_by_trigger(analyse(text, lang))
    assert evs[threat]["type"] == "THREATEN" and evs[threat]["modality"] == "asserted"
    assert evs[threatened]["type"] == "ASSAULT" and evs[threatened]["modality"] == "hypothetical"


def test_a_threat_does_not_reach_an_attack_outside_its_words(analyse):
    ev = events_by_trigger(analyse("Israeli jets struck Beirut on Friday. Hezbollah threatened to respond.", "en"))["struck"]
    assert ev["modality"] == "asserted"


@pytest.mark.parametrize("lang,text,trigger,kind,value", [
    ("ru", "Ракетный удар по Одессе унес жизни восьми человек.", "удар", "killed", 8),
    ("ru", "Обстрел Белгорода: ранены двенадцать человек, погибли трое.", "обстрел", "injured", 12),
    ("ru", "Обстрел Донецка привел к гибели двух человек.", "обстрел", "killed", 2),
    ("uk", "Окупанти обстріляли Нікополь з важкої артилерії, поранено трьох людей.", "обстріляли", "injured", 3),
    ("uk", "Атака дронів на Одесу забрала життя п'ятьох людей.", "атака", "killed", 5),
])
def test_casualty_numbers_in_words_of_every_case(analyse, lang, text, trigger, kind, value):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["numbers"][kind]["value"] == value


def test_an_explosion_is_a_bombing_not_a_suicide_attack(analyse):
    evs = events_by_trigger(analyse(
        "A car bomb exploded near a market in Mogadishu, killing at least eight people and wounding 15.", "en"))
    assert evs["exploded"]["mode"] == "explosives"
    assert evs["exploded"]["acled_sub_event_type"] == "Remote explosive/landmine/IED"
    assert evs["exploded"]["numbers"]["killed"]["value"] == 8


def test_a_suicide_bomber_still_makes_a_suicide_attack(analyse):
    ev = events_by_trigger(analyse("A suicide bomber exploded his vest at a checkpoint in Kabul, killing five.", "en"))["exploded"]
    assert ev["mode"] == "suicide-attack"


@pytest.mark.parametrize("lang,text,trigger,place", [
    ("uk", "Сили оборони знищили склад боєприпасів у Мелітополі.", "знищили", "Melitopol"),
    ("uk", "Вибухи пролунали у Маріуполі, повідомили місцеві жителі.", "вибухи", "Mariupol"),
    ("ru", "Взрывы прогремели в Мелитополе ночью.", "взрывы", "Melitopol"),
])
def test_a_town_in_soft_sign_in_the_locative_is_the_place(analyse, lang, text, trigger, place):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["location"]["name"] == place


@pytest.mark.parametrize("lang,text,kept,dropped", [
    ("en", "A car bomb exploded near a market in Mogadishu, killing at least eight people.", "exploded", "bomb"),
    ("ru", "США предоставили Украине военную помощь.", "предоставили", "помощь"),
])
def test_two_triggers_of_one_act_make_one_event(analyse, lang, text, kept, dropped):
    evs = events_by_trigger(analyse(text, lang))
    assert kept in evs and dropped not in evs


@pytest.mark.parametrize("text", [
    "The army did not attack but shelled the village.",  # two modalities
    "Russia shelled Kharkiv on Monday and attacked Sumy on Tuesday.",  # words apart
])
def test_separate_acts_stay_separate(analyse, text):
    assert len([e for e in analyse(text, "en").layers["events"] if e.label == "ASSAULT"]) == 2


@pytest.mark.parametrize("lang,text,trigger,label,sub", [
    ("ru", "Российская армия продвинулась под Авдеевкой и заняла село Степовое.", "заняла село", "COERCE",
     "Non-state actor overtakes territory"),
    ("ru", "Российская армия продвинулась под Авдеевкой и заняла село Степовое.", "продвинулась", "ASSAULT", "Armed clash"),
    ("uk", "ЗСУ звільнили село Роботине на Запорізькому напрямку.", "звільнили село", "COERCE",
     "Government regains territory"),
    ("uk", "Війська РФ просунулися біля Покровська та зайняли село.", "зайняли село", "COERCE",
     "Non-state actor overtakes territory"),
    # an exchange of prisoners is RETREAT (PLOVER codebook; twenty-second session: was COOPERATE)
    ("ru", "Украина и Россия обменялись пленными при посредничестве ОАЭ.", "обменялись пленными", "RETREAT", "Other"),
])
def test_advances_captures_and_exchanges_in_russian_and_ukrainian(analyse, lang, text, trigger, label, sub):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["type"] == label and ev["acled_sub_event_type"] == sub


def test_taking_a_position_is_no_capture(analyse):
    assert events_by_trigger(analyse("Китай занял позицию нейтралитета.", "ru")) == {}


def test_collective_numerals_count_the_dead(analyse):
    ev = events_by_trigger(analyse("Ворог атакував Харків керованими авіабомбами, загинули шестеро людей.", "uk"))["атакував"]
    assert ev["numbers"]["killed"]["value"] == 6


def test_planted_is_no_plan(analyse):
    # "plan*" had made every word in "plan" a future cue: "planted", "planet", "plane"
    ev = events_by_trigger(analyse("An IED planted by suspected al-Shabaab fighters exploded under a police vehicle "
                                   "in Mandera, injuring three officers.", "en"))["exploded"]
    assert ev["modality"] == "asserted" and ev["numbers"]["injured"]["value"] == 3


def test_a_planned_attack_is_still_future(analyse):
    ev = events_by_trigger(analyse("The militants planned to attack the base in Mandera next week.", "en"))["attack"]
    assert ev["modality"] == "future"


def test_demolished_homes_are_property_destruction_and_a_sit_in_a_protest(analyse):
    ev = events_by_trigger(analyse("Israeli forces demolished three Palestinian homes in the West Bank town of Hebron.", "en"))
    assert ev["demolished"]["acled_sub_event_type"] == "Looting/property destruction"
    ev = events_by_trigger(analyse("Around 200 teachers held a peaceful sit-in in front of the ministry in Rabat.", "en"))
    assert ev["sit-in"]["type"] == "PROTEST" and ev["sit-in"]["acled_sub_event_type"] == "Peaceful protest"


@pytest.mark.parametrize("lang,text,trigger,sub", [
    ("en", "Russia attacked the Zaporizhzhia nuclear power plant.", "attacked", "Armed clash"),
    ("fr", "La Russie a attaqué la centrale nucléaire de Zaporijjia.", "attaqué", "Armed clash"),
    ("ru", "Пхеньян угрожает нанести ядерный удар.", "удар", "Chemical weapon"),
])
def test_a_nuclear_plant_is_a_target_a_nuclear_strike_a_weapon(analyse, lang, text, trigger, sub):
    assert events_by_trigger(analyse(text, lang))[trigger]["acled_sub_event_type"] == sub


def test_hamas_is_no_german_town(analyse):
    article = analyse("Le Hamas a libéré trois otages israéliens dans le cadre de l'accord de trêve.", "fr")
    assert not [p for p in article.layers["places"] if article.text[p.start:p.end] == "Hamas"]
