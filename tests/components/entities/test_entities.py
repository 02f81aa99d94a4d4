"""entities.v1: the shipped CRF models load and find names in each language."""

from __future__ import annotations

from importlib import resources

import pytest

from sitrep.article import Article
from sitrep.components.entities import decode, tag_text, tagger
from sitrep.pipeline import Pipeline

NAMES = ("paragraphs.v1", "sentences.v1", "entities.v1")


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "uk"])
def test_shipped_model_loads_and_is_small(lang):
    ref = resources.files("sitrep") / "models" / f"ner-{lang}.crfsuite"
    assert ref.is_file()
    assert ref.stat().st_size <= 30 * 1024 * 1024
    assert {"B-PER", "B-ORG", "B-LOC", "O"} <= set(tagger(lang).labels())


def _run(text: str, lang: str) -> Article:
    art = Article(id="t", text=text, language=lang)
    Pipeline.from_names(NAMES, provided=["language"])(art)
    return art


def _entities(text: str, lang: str) -> set[tuple[str, str]]:
    art = _run(text, lang)
    return {(art.surface(a), a.label) for a in art.layers["entities"]}


def test_english_people_and_places():
    found = _entities("Boris Johnson met Emmanuel Macron in Paris on Monday.\n\nThey discussed Ukraine.", "en")
    assert ("Boris Johnson", "PER") in found
    assert ("Paris", "LOC") in found


def test_french_sentence():
    found = _entities("Le président Emmanuel Macron s'est rendu à Berlin pour rencontrer Olaf Scholz.", "fr")
    assert ("Berlin", "LOC") in found
    assert any(label == "PER" and "Scholz" in s for s, label in found)


def test_russian_sentence():
    found = _entities("Министр иностранных дел России Сергей Лавров прибыл в Анкару для переговоров.", "ru")
    assert ("Сергей Лавров", "PER") in found
    assert any(label == "LOC" and s.startswith("Анкар") for s, label in found)


def test_ukrainian_sentence():
    found = _entities("Президент України Володимир Зеленський провів зустріч у Києві з Джо Байденом.", "uk")
    assert ("Володимир Зеленський", "PER") in found


def test_annotations_keep_offsets_and_confidence():
    art = _run("Angela Merkel spoke in Berlin.", "en")
    for a in art.layers["entities"]:
        assert art.text[a.start:a.end].strip() == art.text[a.start:a.end]
        assert 0 < a.confidence <= 1
        assert a.producer == "entities.v1"


def test_decode_bio():
    assert decode(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "ORG")
    ]


def test_tag_text_other_language_uses_script_model():
    spans = tag_text("Владимир Путин выступил в Москве.", "be")
    assert spans and {label for _, _, label, _ in spans} <= {"PER", "ORG", "LOC", "MISC"}
