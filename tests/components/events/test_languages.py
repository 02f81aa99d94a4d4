"""Articles written for these tests, one per language: assault, retreat, aid, threaten and a
negated or hypothetical event in each, with actors, places, dates, numbers and claimants."""

from __future__ import annotations

from .conftest import events_by_trigger

EN = """Russian missiles hit Kharkiv

Russian forces shelled Kharkiv on Friday, killing at least 12 civilians, the regional governor said.

Ukrainian troops withdrew from Soledar after weeks of fighting, the army confirmed.

Germany delivered air defence systems to Ukraine on Thursday.

Moscow threatened to strike supply convoys in western Ukraine.

Officials said the army did not attack the bridge. Kyiv could launch a counteroffensive in the south."""

FR = """Frappes sur Zaporijjia

Vendredi, l'armée russe a bombardé Zaporijjia, tuant au moins 7 civils, a annoncé le gouverneur.

Les troupes ukrainiennes se sont retirées de Bakhmout après des mois de combats.

La France a livré des canons Caesar à l'Ukraine jeudi.

Moscou a menacé de frapper les convois d'armes occidentaux.

Selon le ministère, l'armée n'a pas attaqué le pont. Kiev pourrait lancer une contre-offensive dans le sud."""

RU = """Обстрел Херсона

В пятницу российские войска обстреляли Херсон, погибли 5 человек, сообщил губернатор.

Украинские войска отступили из Соледара после нескольких недель боёв.

Германия передала Украине системы ПВО в четверг.

Москва пригрозила ударить по конвоям с оружием.

Киев не атаковал мост. Киев может начать наступление на юге."""

UK = """Обстріл Харкова

У п'ятницю російські війська обстріляли Харків, загинули 4 людини, повідомив губернатор.

Українські війська відступили з Соледара після тижнів боїв.

Німеччина передала Україні системи ППО в четвер.

Москва пригрозила вдарити по конвоях зі зброєю.

Київ не атакував міст. Київ може розпочати наступ на півдні."""


def _check(events, assault, retreat, aid, threaten, negated, hypothetical, killed, donor="DEU"):
    a = events[assault]
    assert a["type"] == "ASSAULT"
    assert any(x["country"] == "RUS" for x in a["actor"]), a["actor"]
    assert a["location"] and a["location"]["country"] == "UA" and a["location"]["precision"] == "point"
    assert a["date"]["id"] is not None and not a["date"]["from_publication"]
    assert a["numbers"]["killed"]["value"] == killed
    assert a["acled_event_type"] == "Explosions/Remote violence"
    r = events[retreat]
    assert r["type"] == "RETREAT" and r["mode"] == "withdraw"
    assert any(x["country"] == "UKR" for x in r["actor"]), r["actor"]
    assert r["location"] and r["location"]["precision"] == "point"
    assert r["modality"] in ("asserted", "claimed")
    g = events[aid]
    assert g["type"] == "AID"
    assert any(x["country"] == donor for x in g["actor"]), g["actor"]
    assert any(x["country"] == "UKR" for x in g["recipient"]), g["recipient"]
    assert events[threaten]["type"] == "THREATEN"
    assert any(x["country"] == "RUS" for x in events[threaten]["actor"])
    assert events[negated]["modality"] == "negated"
    assert events[hypothetical]["modality"] == "hypothetical"


def test_english(analyse):
    art = analyse(EN, "en")
    ev = events_by_trigger(art)
    _check(ev, "shelled", "withdrew", "delivered", "threatened", "attack", "counteroffensive", 12)
    assert ev["shelled"]["numbers"]["killed"]["at_least"] is True
    assert ev["shelled"]["claimant"]["statement"].startswith("statements/")
    assert ev["shelled"]["modality"] == "claimed"


def test_french(analyse):
    art = analyse(FR, "fr")
    ev = events_by_trigger(art)
    _check(ev, "bombardé", "retirées", "livré", "menacé", "attaqué", "contre-offensive", 7, donor="FRA")


def test_russian(analyse):
    art = analyse(RU, "ru")
    ev = events_by_trigger(art)
    _check(ev, "обстреляли", "отступили", "передала", "пригрозила", "атаковал", "наступление", 5)


def test_ukrainian(analyse):
    art = analyse(UK, "uk")
    ev = events_by_trigger(art)
    _check(ev, "обстріляли", "відступили", "передала", "пригрозила", "атакував", "наступ", 4)


def test_mentions_carry_timeml_attributes(analyse):
    art = analyse(EN, "en")
    ms = art.layers["event_mentions"]
    assert {m.label for m in ms} <= {"OCCURRENCE", "STATE", "REPORTING", "I_ACTION", "I_STATE", "ASPECTUAL", "PERCEPTION"}
    neg = [m for m in ms if m.attrs["polarity"] == "NEG"]
    assert [art.text[m.start:m.end] for m in neg] == ["attack"]
    could = [m for m in ms if m.attrs["modality"] == "could"]
    assert could and all(m.attrs["sitrep_modality"] == "hypothetical" for m in could)


def test_reciprocal_clash(analyse):
    art = analyse("Clashes near Bakhmut\n\nClashes between Ukrainian and Russian forces near Bakhmut killed 5 soldiers on Monday.", "en")
    ev = [a for a in art.layers["events"] if a.label == "ASSAULT" and art.text[a.start:a.end] == "Clashes"][-1]
    assert {x["country"] for x in ev.attrs["actor"]} == {"UKR", "RUS"}
    assert all(x.get("reciprocal") for x in ev.attrs["actor"])
    assert ev.attrs["numbers"]["killed"]["value"] == 5
    assert ev.attrs["location"]["name"] == "Bakhmut"
