"""BIOES training labels and their decoding."""

from __future__ import annotations

from sitrep.components.entities import decode
from sitrep.components.entities.train import labels_for, to_bioes


def test_bioes_marks_single_and_last_tokens():
    bio = ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "B-ORG"]
    assert to_bioes(bio) == ["B-PER", "E-PER", "O", "S-LOC", "O", "B-ORG", "I-ORG", "E-ORG", "S-ORG"]


def test_bioes_decodes_to_the_same_spans_as_bio():
    bio = ["B-PER", "I-PER", "B-PER", "O", "B-LOC", "I-LOC", "I-LOC", "B-ORG"]
    assert decode(to_bioes(bio)) == decode(bio) == [(0, 2, "PER"), (2, 3, "PER"), (4, 7, "LOC"), (7, 8, "ORG")]


def test_an_entity_ends_at_e_or_s():
    # two adjacent one-token entities of one type stay apart
    assert decode(["S-LOC", "S-LOC", "E-LOC"]) == [(0, 1, "LOC"), (1, 2, "LOC"), (2, 3, "LOC")]


def test_languages_keep_bio_unless_configured(monkeypatch):
    from sitrep.components.entities import train

    labels = ["B-PER", "I-PER"]
    monkeypatch.setattr(train, "SCHEME", {})
    assert labels_for("uk", labels) == labels
    monkeypatch.setattr(train, "SCHEME", {"uk": "bioes"})
    assert labels_for("uk", labels) == ["B-PER", "E-PER"]
