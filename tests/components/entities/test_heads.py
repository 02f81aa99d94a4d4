"""Name-structure features: organisation/location head words, quoted spans, capitalised runs."""

from __future__ import annotations

import pytest

from sitrep.components.entities import heads
from sitrep.components.entities.features import sentence_features
from sitrep.components.entities.heads import (
    caprun_features,
    head_features,
    head_type,
    quote_features,
    structure_features,
)


def _by_word(words, feats):
    return dict(zip(words, feats))


def test_english_head_word_ahead_marks_the_name_words():
    words = "Yesterday the Labour Party met near the Thames River .".split()
    f = _by_word(words, head_features(words, "en"))
    assert "h+ORG|T" in f["Labour"]
    assert "h=ORG" in f["Party"]
    assert "h+LOC|T" in f["Thames"]
    assert f["met"] == [] and f["the"] == []  # lower-case words get nothing in English
    assert f["."] == []


def test_english_of_construction():
    words = "He studied at the University of Oxford .".split()
    f = _by_word(words, head_features(words, "en"))
    assert "hof=ORG" in f["Oxford"]
    assert "h-ORG|T" in f["Oxford"]


def test_english_head_words_must_be_capitalised():
    assert head_type("en", "Bank") == "ORG"
    assert head_type("en", "bank") is None


def test_russian_heads_match_inflected_forms_through_the_lemma():
    assert head_type("ru", "партии") == "ORG"
    assert head_type("ru", "области") == "LOC"
    assert head_type("ru", "ОАО") == "ORG"
    assert head_type("ru", "Москва") is None


def test_russian_head_before_a_quoted_name():
    words = "Акционеры ОАО « Газпром » собрались в Московской области .".split()
    f = _by_word(words, head_features(words, "ru"))
    assert "h-ORG|T" in f["Газпром"]  # the quote between does not stop it
    assert "h+LOC|T" in f["Московской"]
    assert "h>N=ORG" in f["ОАО"]  # a descriptor right before a name
    assert f["«"] == ["h-ORG|Q"]
    assert f["»"] == []


def test_punctuation_stops_the_window():
    words = "Labour , Party".split()
    assert "h+ORG|T" not in head_features(words, "en")[0]


def test_quoted_span_features():
    words = "Партия « Единая Россия » победила , а « незакрытая".split()
    f = quote_features(words)
    assert f[2] == ["Q", "Qb"]
    assert f[3] == ["Q", "Qe"]
    assert f[0] == [] and f[5] == []
    assert f[-1] == []  # an unclosed quote marks nothing
    words = 'He works for " Acme Corp " now'.split()
    assert quote_features(words)[4] == ["Q", "Qb"]


def test_capitalised_run_position_and_length():
    words = "The New York Times said Smith".split()
    f = caprun_features(words)
    assert f[0] == ["cr=B", "crn=4"]
    assert f[1] == ["cr=I", "crn=4"]
    assert f[3] == ["cr=E", "crn=4"]
    assert f[4] == []
    assert f[5] == ["cr=S", "crn=1"]


def test_features_only_when_switched_on():
    words = "the Labour Party".split()
    assert structure_features(words, {"clusters": "w2v-en"}) is None
    plain = sentence_features(words)
    withh = sentence_features(words, lexicon={"heads": "en", "caprun": True})
    assert "h+ORG|T" not in plain[1]
    assert "h+ORG|T" in withh[1] and "cr=B" in withh[1]


def test_malformed_head_list_names_the_file(tmp_path, monkeypatch):
    (tmp_path / "data" / "xx").mkdir(parents=True)
    (tmp_path / "data" / "xx" / "ner_heads.txt").write_text("ORG bank without a tab\n", encoding="utf-8")
    monkeypatch.setattr(heads.resources, "files", lambda pkg: tmp_path)
    heads.head_words.cache_clear()
    try:
        with pytest.raises(heads.HeadsError, match=r"ner_heads.txt:1: expected"):
            heads.head_words("xx")
    finally:
        heads.head_words.cache_clear()
