"""Weapons refine an ASSAULT's mode, civilians make it ACLED's "Attack", light verbs yield to their
event noun, future cooperation is AGREE (PLOVER), compound subjects, homonyms near the text's places."""

from __future__ import annotations

from .conftest import events_by_trigger


def test_weapon_words_refine_the_mode(analyse):
    ev = events_by_trigger(analyse("Russian forces fired missiles at Kharkiv overnight.", "en"))
    assert ev["fired"]["mode"] == "heavy-weapons"
    assert ev["fired"]["weapon"]["text"] == "missiles"
    assert ev["fired"]["acled_sub_event_type"] == "Shelling/artillery/missile attack"
    ev = events_by_trigger(analyse("Ukrainian drones struck an oil depot near Bryansk.", "en"))
    assert ev["struck"]["acled_sub_event_type"] == "Air/drone strike"
    ev = events_by_trigger(analyse("Un kamikaze s'est fait exploser devant une caserne, tuant 5 soldats.", "fr"))
    assert any(e["mode"] == "suicide-attack" for e in ev.values() if e["type"] == "ASSAULT")
    ev = events_by_trigger(analyse("Російські безпілотники атакували порт в Одесі.", "uk"))
    assert ev["атакували"]["mode"] == "drone"


def test_an_act_keeps_its_mode(analyse):
    # "abducted" is the act; the gunmen's weapon does not turn it into an armed clash
    ev = events_by_trigger(analyse("Gunmen abducted the deputy mayor of Nova Kakhovka.", "en"))
    assert ev["abducted"]["mode"] == "abduct"


def test_civilians_make_a_one_sided_attack(analyse):
    ev = events_by_trigger(analyse("Russian soldiers shot a civilian on a street in Bucha.", "en"))
    assert (ev["shot"]["acled_event_type"], ev["shot"]["acled_sub_event_type"]) == ("Violence against civilians", "Attack")
    ev = events_by_trigger(analyse("Russian and Ukrainian troops clashed near Bakhmut.", "en"))
    assert ev["clashed"]["acled_sub_event_type"] == "Armed clash"


def test_light_verb_yields_to_its_noun(analyse):
    art = analyse("The European Union imposed new sanctions on Russian banks.", "en")
    assert [e.label for e in art.layers["events"]] == ["SANCTION"]
    ev = events_by_trigger(analyse("Ukraine could launch a counteroffensive in the south.", "en"))
    assert "launch" not in ev
    assert ev["counteroffensive"]["modality"] == "hypothetical"
    assert [a["country"] for a in ev["counteroffensive"]["actor"]] == ["UKR"]


def test_future_cooperation_is_agree(analyse):
    ev = events_by_trigger(analyse("La France et l'Ukraine vont coopérer pour produire des drones.", "fr"))
    e = ev["coopérer"]
    assert (e["type"], e["future_of"], e["modality"]) == ("AGREE", "COOPERATE", "future")


def test_hand_written_phrase_beats_generated_one(analyse):
    # PETRARCH files "pull out" under CAMEO 040 (consult); the hand-written table says RETREAT
    ev = events_by_trigger(analyse("Russian troops pulled out of Snake Island on Thursday.", "en"))
    assert ev["pulled out"]["type"] == "RETREAT"


def test_compound_subject(analyse):
    ev = events_by_trigger(analyse("Russia and Ukraine agreed on Friday to exchange prisoners.", "en"))
    assert [a["country"] for a in ev["agreed"]["actor"]] == ["RUS", "UKR"]
    ev = events_by_trigger(analyse("Київ і Варшава підписали угоду про спільне виробництво боєприпасів.", "uk"))
    assert {a["country"] for a in ev["підписали"]["actor"]} == {"UKR", "POL"}


def test_homonym_nearest_the_other_places(analyse):
    # four villages named Vodiane in Donetsk oblast: the one near Mariupol is meant
    art = analyse("Three civilians killed in shelling of Vodiane near Mariupol.", "en")
    loc = events_by_trigger(art)["shelling"]["location"]
    assert loc["name"] == "Vodiane"
    from sitrep.components.places.gazetteer import distance_km

    assert distance_km(loc["lat"], loc["lon"], 47.0951, 37.5413) < 30  # Mariupol
