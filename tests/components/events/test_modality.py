"""Modality and polarity of event mentions, decided once from the cues of each language."""

from __future__ import annotations

import pytest

from sitrep.components.events import mentions
from sitrep.components.events.lexicon import lexicon

CASES = [
    ("en", "The army did not attack the bridge.", "attack", "negated"),
    ("en", "Officials refused to reveal their plans.", "reveal", "negated"),
    ("en", "Moscow denied shelling the convoy.", "shelling", "denied"),
    ("en", "The rebels could attack the town.", "attack", "hypothetical"),
    ("en", "Troops will withdraw from the city next week.", "withdraw", "future"),
    ("en", "Troops withdrew from the city.", "withdrew", "asserted"),
    ("fr", "L'armée n'a pas bombardé la ville.", "bombardé", "negated"),
    ("fr", "Moscou a démenti avoir bombardé le convoi.", "bombardé", "denied"),
    ("fr", "L'armée attaquerait la ville.", "attaquerait", "hypothetical"),
    ("fr", "L'armée attaquera la ville demain.", "attaquera", "future"),
    ("fr", "Les troupes se sont retirées de la ville.", "retirées", "asserted"),
    ("ru", "Армия не обстреливала город.", "обстреливала", "negated"),
    ("ru", "Москва опровергла обстрел колонны.", "обстрел", "denied"),
    ("ru", "Армия может атаковать город.", "атаковать", "hypothetical"),
    ("ru", "Армия будет наступать на юге.", "наступать", "future"),
    ("ru", "Войска отступили из города.", "отступили", "asserted"),
    ("uk", "Армія не обстрілювала місто.", "обстрілювала", "negated"),
    ("uk", "Москва заперечила обстріл колони.", "обстріл", "denied"),
    ("uk", "Армія може атакувати місто.", "атакувати", "hypothetical"),
    ("uk", "Армія буде наступати на півдні.", "наступати", "future"),
    ("uk", "Війська відступили з міста.", "відступили", "asserted"),
]


@pytest.mark.parametrize("lang,text,trigger,modality", CASES)
def test_modality(lang, text, trigger, modality):
    found = mentions.find(mentions.tokenise(text, lang), lexicon(lang), text)
    by_text = {text[m.start:m.end].lower(): m for m in found}
    assert trigger in by_text, list(by_text)
    m = by_text[trigger]
    assert m.trigger is not None
    assert m.modality == modality, m.cues
    assert (m.polarity == "NEG") == (modality == "negated" and m.cues[0]["kind"] == "negation")


def test_one_negation_word_negates_one_event():
    text = "Inspections are not expected to start until June."
    found = mentions.find(mentions.tokenise(text, "en"), lexicon("en"), text)
    neg = [text[m.start:m.end] for m in found if m.polarity == "NEG"]
    assert neg == ["expected"]


@pytest.mark.parametrize("sentence, word, polarity", [
    # "ne … que" restricts: the event happened
    ("L'équipe n'a remporté qu'une victoire depuis le début de la saison.", "remporté", "POS"),
    # the negation is the governing verb's, not the infinitive's
    ("Les deux hommes n'ont pas su expliquer pourquoi ils avaient tiré.", "expliquer", "POS"),
    ("Le ministre n'a pas hésité à dénoncer l'attaque.", "dénoncer", "POS"),
    # a plain negation still negates
    ("L'armée n'a pas attaqué la ville.", "attaqué", "NEG"),
])
def test_french_restriction_and_governed_infinitive(sentence, word, polarity):
    from sitrep.components.events import mentions
    from sitrep.components.events.lexicon import lexicon

    found = mentions.find(mentions.tokenise(sentence, "fr"), lexicon("fr"), sentence)
    m = next(m for m in found if sentence[m.start:m.end] == word)
    assert m.polarity == polarity
