"""BIOES training labels and their decoding."""

from __future__ import annotations

from sitrep.components.entities import decode
from sitrep_tools.ner.train import labels_for, to_bioes


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
    from sitrep_tools.ner import train

    labels = ["B-PER", "I-PER"]
    monkeypatch.setattr(train, "SCHEME", {})
    assert labels_for("uk", labels) == labels
    monkeypatch.setattr(train, "SCHEME", {"uk": "bioes"})
    assert labels_for("uk", labels) == ["B-PER", "E-PER"]


def test_shipped_english_model_uses_bioes_and_closes_names():
    from sitrep.components.entities import model_info, tag_text

    assert model_info("en").get("scheme") == "bioes"
    text = "The Bank of England raised rates, said Andrew Bailey in London on Thursday."
    found = {(text[s:e], t) for s, e, t, _ in tag_text(text, "en")}
    assert ("Andrew Bailey", "PER") in found
    assert ("London", "LOC") in found
    assert any(t == "ORG" and "Bank" in w for w, t in found)
