"""Keys, alignment, reuse kinds, credibility and the scorers, on text written here."""

from __future__ import annotations

import math

import pytest

from sitrep.eval.stories import bcubed
from sitrep.stories import features, reuse
from sitrep.stories.corroboration import blamed, credibility


def key(word: str) -> str:
    return features.skeleton(features.latin(word))


@pytest.mark.parametrize("words", [
    ("Brexit", "Брексит", "Брексіт"),
    ("Johnson", "Джонсон"),
    ("Kharkiv", "Харків"),
    ("création", "creation"),
])
def test_one_key_across_scripts_and_languages(words):
    assert len({key(w) for w in words}) == 1, [key(w) for w in words]


def test_names_are_capitalised_words_inside_sentences():
    names = features.name_keys("The strike hit Chuhuiv on Wednesday. Rescuers came from Kharkiv.")
    assert "n:" + key("Chuhuiv") in names and "n:" + key("Kharkiv") in names
    assert "n:" + key("Rescuers") not in names and "n:" + key("The") not in names


EN = ("Ukraine received 675 million dollars of weapons from Washington on Thursday. "
      "Lloyd Austin announced the package at Ramstein. "
      "The package includes howitzers, ammunition and armoured vehicles. "
      "Kyiv has asked for more air defence systems.")
FR = ("L'Ukraine a reçu 675 millions de dollars d'armes de Washington jeudi. "
      "Lloyd Austin a annoncé le paquet à Ramstein. "
      "Le paquet comprend des obusiers, des munitions et des véhicules blindés. "
      "Kyiv a demandé davantage de systèmes de défense aérienne.")
OTHER = ("Heavy rain flooded the old town of Bruges overnight. "
         "The mayor opened two schools for families whose houses were damaged. "
         "Firefighters pumped water from cellars until the morning. "
         "The weather service expects more storms this weekend.")


def doc(text, lang):
    return reuse.Doc(text, features.split_sentences(text), lang)


def idf(_key: str) -> float:
    return 1.0


def test_translation_link_with_sentence_pairs_in_order():
    link = reuse.compare(doc(EN, "en"), doc(FR, "fr"), idf)
    assert link is not None and link.kind == "translation"
    assert len(link.pairs) == 4
    assert [p.a for p in link.pairs] == sorted(p.a for p in link.pairs)
    assert reuse.compare(doc(EN, "en"), doc(OTHER.replace("Bruges", "Brugge"), "fr"), idf) is None


def test_rewrite_reordered_and_shortened():
    sentences = features.split_sentences(EN)
    parts = [EN[s:e] for s, e in sentences]
    rewritten = " ".join([parts[2], parts[0].replace(" on Thursday", ""), "Officials gave no more details."])
    link = reuse.compare(doc(EN, "en"), doc(rewritten, "en"), idf)
    assert link is not None and link.kind == "rewrite" and len(link.pairs) == 2
    assert reuse.compare(doc(EN, "en"), doc(OTHER, "en"), idf) is None


def test_near_copy_when_every_sentence_is_kept():
    link = reuse.compare(doc(EN, "en"), doc(EN.replace("Thursday", "Friday"), "en"), idf)
    assert link is not None and link.kind == "near"


@pytest.mark.parametrize("supporting, contradicting, grade", [
    (3, 0, 1), (5, 0, 1), (2, 0, 2), (1, 0, 3), (3, 1, 4), (1, 1, 5), (1, 2, 5), (0, 0, 6), (0, 2, 6),
])
def test_admiralty_credibility(supporting, contradicting, grade):
    assert credibility(supporting, contradicting) == grade


def test_blame_is_the_state():
    assert blamed("RUS.MOD") == "RUS" and blamed("UKR") == "UKR"
    assert blamed("zelensky") is None and blamed("new:org:x") is None and blamed(None) is None


def test_bcubed_known_values():
    perfect = bcubed(["a", "a", "b"], ["x", "x", "y"])
    assert perfect["f1"] == 1.0
    one = bcubed(["a", "a", "a", "a"], ["x", "x", "y", "y"])
    assert one["precision"] == 0.5 and one["recall"] == 1.0
    assert math.isclose(one["f1"], 2 / 3, abs_tol=1e-4)
    split = bcubed(["a", "b", "c"], ["x", "x", "x"], ["ru", "uk", "ru"])
    assert split["recall"] == round(1 / 3, 4) and split["cross_language_recall"] == 0.0
