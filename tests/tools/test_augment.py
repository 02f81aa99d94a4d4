"""Mention replacement keeps a sentence's frame and swaps each entity for one of its type."""

from __future__ import annotations

import random

from sitrep_tools.ner.augment import as_text, entities, pool, replace_mentions

SENTS = [
    (["Angela", "Merkel", "met", "Emmanuel", "Macron", "in", "Paris", "."],
     ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]),
    (["The", "United", "Nations", "sent", "aid", "to", "Kharkiv", "."],
     ["O", "B-ORG", "I-ORG", "O", "O", "O", "B-LOC", "O"]),
]


def test_entities_read_from_bio_labels():
    assert entities(SENTS[0][1]) == [(0, 2, "PER"), (3, 5, "PER"), (6, 7, "LOC")]
    assert entities(["I-LOC", "I-LOC", "O", "B-ORG", "B-ORG"]) == [(0, 2, "LOC"), (3, 4, "ORG"), (4, 5, "ORG")]


def test_replacement_keeps_the_frame_and_the_types():
    names = pool(SENTS)
    assert names["LOC"] == [("Paris",), ("Kharkiv",)]
    rng = random.Random(3)
    for _ in range(20):
        words, labels = replace_mentions(*SENTS[1], names, rng)
        ents = entities(labels)
        assert [t for *_, t in ents] == ["ORG", "LOC"]
        assert words[0] == "The" and words[-1] == "." and "sent" in words
        assert tuple(words[ents[1][0]:ents[1][1]]) in names["LOC"]


def test_sentence_without_entities_gives_nothing():
    assert replace_mentions(["It", "rained", "."], ["O", "O", "O"], pool(SENTS), random.Random(1)) is None


def test_text_offsets_of_joined_words():
    text, spans = as_text(["Kyiv", ",", "Ukraine"])
    assert [text[a:b] for a, b in spans] == ["Kyiv", ",", "Ukraine"]


def test_augmented_copies_are_reproducible():
    from sitrep_tools.ner.augment import augmented

    seqs = SENTS + [(["It", "rained", "."], ["O", "O", "O"])]
    first = list(augmented(seqs, 2))
    assert len(first) == 4  # two copies of each sentence with an entity
    assert first == list(augmented(seqs, 2))
    words, labels, text, spans = first[0]
    assert [text[a:b] for a, b in spans] == words and len(labels) == len(words)


def test_english_and_ukrainian_models_are_trained_with_one_copy():
    import json
    from importlib import resources

    from sitrep_tools.ner import train

    manifest = json.loads((resources.files("sitrep") / "models" / "ner-manifest.json").read_text(encoding="utf-8"))
    assert train.AUGMENT == {"en": 1, "uk": 1}
    assert manifest["models"]["en"]["augment"] == 1 and manifest["models"]["uk"]["augment"] == 1
