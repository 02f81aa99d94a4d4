"""An announcement whose content opens with an event, with no actor of its own, names the
speaker's own act; an announcement of someone else's act keeps that actor."""

from __future__ import annotations

import pytest

from .conftest import events_by_trigger


@pytest.mark.parametrize("lang,text,trigger,country", [
    ("en", "Mobilisation\n\nOn 21 September 2022, Russia announced a partial mobilisation of reservists.",
     "mobilisation", "RUS"),
    ("fr", "Mobilisation\n\nLa Russie a annoncé une mobilisation partielle des réservistes le 21 septembre 2022.",
     "mobilisation", "RUS"),
    ("ru", "Мобилизация\n\n21 сентября 2022 года Россия объявила частичную мобилизацию резервистов.",
     "мобилизацию", "RUS"),
    ("uk", "Мобілізація\n\n24 лютого 2022 року Україна оголосила загальну мобілізацію.",
     "мобілізацію", "UKR"),
])
def test_the_announcer_is_the_actor_of_the_announced_act(analyse, lang, text, trigger, country):
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["type"] == "MOBILIZE"
    assert [a["country"] for a in ev["actor"]] == [country]
    assert ev["claimant"] is not None


def test_an_announced_act_of_another_actor_keeps_its_actor(analyse):
    ev = events_by_trigger(analyse(
        "Kharkiv\n\nUkraine's army announced a Russian attack on Kharkiv overnight.", "en"))["attack"]
    assert [a["country"] for a in ev["actor"]] == ["RUS"]


def test_a_reported_act_is_not_the_speakers(analyse):
    # "reported" is no announcement of one's own act
    ev = events_by_trigger(analyse(
        "Kharkiv\n\nUkraine's governor reported a missile strike on Kharkiv overnight.", "en"))["missile strike"]
    assert ev["actor"] == []


@pytest.mark.parametrize("lang,text,trigger", [
    ("en", "Russia's defence ministry said it destroyed an ammunition depot in Kramatorsk.", "destroyed"),
    ("fr", "Le ministère russe de la Défense a affirmé avoir détruit un dépôt de munitions à Kramatorsk.", "détruit"),
    ("ru", "Минобороны России заявило, что уничтожило склад боеприпасов в Краматорске.", "уничтожило"),
    ("uk", "Міноборони Росії заявило, що знищило склад боєприпасів у Краматорську.", "знищило"),
])
def test_a_speaker_reporting_its_own_act_is_its_actor(analyse, lang, text, trigger):
    # "said it destroyed", "заявило, что уничтожило" (the subject in the verb's ending)
    ev = events_by_trigger(analyse(text, lang))[trigger]
    assert ev["type"] == "ASSAULT"
    assert [a["country"] for a in ev["actor"]] == ["RUS"]
    assert ev["modality"] == "claimed"


def test_a_reported_event_with_no_subject_of_its_own_gets_no_actor(analyse):
    # the shelling is not the governor's act, nor are the shellings the ministry reports
    for text, lang, trigger in (("The governor said shelling continued overnight in Kherson.", "en", "shelling"),
                                ("Губернатор заявил, что обстрелы продолжаются в Херсоне.", "ru", "обстрелы")):
        assert events_by_trigger(analyse(text, lang))[trigger]["actor"] == [], text


def test_by_the_side_of_is_the_attacker(analyse):
    for text, lang, trigger, country in (
            ("В Белгородской области в результате обстрела со стороны Украины ранены два человека.", "ru",
             "обстрела", "UKR"),
            ("Внаслідок обстрілу з боку Росії поранено двох людей у Херсоні.", "uk", "обстрілу", "RUS")):
        ev = events_by_trigger(analyse(text, lang))[trigger]
        assert [a["country"] for a in ev["actor"]] == [country]
        assert ev["recipient"] == []


def test_repelled_attacks_are_a_battle_not_a_recapture(analyse):
    for text, lang, trigger in (("Украинские военные отбили 12 атак противника под Бахмутом.", "ru", "отбили 12 атак"),
                                ("Українські військові відбили 30 атак біля Бахмута.", "uk", "відбили 30 атак")):
        ev = events_by_trigger(analyse(text, lang))[trigger]
        assert (ev["type"], ev["acled_sub_event_type"]) == ("ASSAULT", "Armed clash")
    ev = events_by_trigger(analyse("ВСУ отбили Херсон у российских войск.", "ru"))["отбили"]
    assert ev["acled_sub_event_type"] == "Government regains territory"


def test_an_offer_to_mediate_is_the_speakers_own(analyse):
    ev = events_by_trigger(analyse("Turkey offered to mediate between Moscow and Kyiv.", "en"))["mediate"]
    assert (ev["type"], ev["mode"]) == ("CONSULT", "third-party")
    assert [a["country"] for a in ev["actor"]] == ["TUR"]


def test_a_denial_is_of_the_speakers_own_act(analyse):
    ev = events_by_trigger(analyse("Russia denied shelling the market in Kostiantynivka.", "en"))["shelling"]
    assert ev["modality"] == "denied" and [a["country"] for a in ev["actor"]] == ["RUS"]
    # a denial of someone else's act keeps that actor
    ev = events_by_trigger(analyse("Kyiv denied that Russian forces had retreated from Bakhmut.", "en"))["retreated"]
    assert [a["country"] for a in ev["actor"]] == ["RUS"]
