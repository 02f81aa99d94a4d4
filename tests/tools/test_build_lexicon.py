"""Rebuilding the word tables: unlabelled text never includes held-out or tune-slice sentences."""

from __future__ import annotations

import zlib

import pytest

from sitrep_tools.ner import build_lexicon as B
from sitrep.components.entities import lexicon
from sitrep.eval import ner_corpora as corpora


def _shared(tmp_path):
    ner = tmp_path / "ner" / "ner-uk"
    ner.mkdir(parents=True)
    sents = [f"Речення номер {n} про Київ ." for n in range(40)]
    ner.joinpath("train.iob").write_text(
        "\n\n".join("\n".join(f"{w} O" for w in s.split()) for s in sents) + "\n", encoding="utf-8"
    )
    ud = tmp_path / "ud" / "UD_Ukrainian-IU"
    ud.mkdir(parents=True)
    ud.joinpath("x.conllu").write_text("# text = Вітаю вас у Львові.\n1\tВітаю\t_\n\n", encoding="utf-8")
    (tmp_path / "ner" / "slavicner" / "raw").mkdir(parents=True)
    (tmp_path / "ner" / "slavicner" / "ner").mkdir(parents=True)
    return tmp_path, sents


def test_w2v_text_leaves_out_held_out_and_tune_slices(tmp_path):
    shared, sents = _shared(tmp_path)
    seen = {" ".join(t) for t in B._sentences(shared, "uk")}
    assert "вітаю вас у львові ." in seen
    for s in sents:
        slice_ = zlib.crc32(s.encode("utf-8")) % corpora.HOLDOUT_MOD
        assert (s.lower() in seen) == (slice_ not in (0, 1)), s
    assert any(zlib.crc32(s.encode("utf-8")) % 5 == 0 for s in sents)


def test_missing_unlabelled_text_is_one_clear_error(tmp_path, capsys):
    code = B.main(["--what", "w2v", "--lang", "uk", "--shared", str(tmp_path), "--out", str(tmp_path)])
    assert code == 1
    assert "no unlabelled text found" in capsys.readouterr().err


def test_name_bands():
    assert [B._band(r) for r in (1, 100, 101, 1000, 3000, 3001, None)] == [1, 1, 2, 2, 3, 0, 0]


def test_wordfreq_table_rebuilds(tmp_path, monkeypatch):
    pytest.importorskip("wordfreq")
    monkeypatch.setattr(B, "WORDFREQ_TOP", 50)
    monkeypatch.setattr(B, "WORDFREQ_LANGS", ("fr",))
    B.build_wordfreq(tmp_path)
    table = lexicon.read_table(tmp_path / "wordfreq-fr.tsv.gz")
    assert len(table) == 50 and table["de"] == ("8",)


def test_brown_path_reads_spacy_cluster_ids_back():
    # spaCy stored int(path[::-1], 2): "0110101" -> int("1010110", 2) = 86
    assert B.brown_path(int("1010110", 2)) == "0110101"
    assert B.brown_path(86) == "0110101"
    assert B.brown_path(0) == ""


def test_brown_rows_drop_unclustered_and_keep_the_most_probable():
    clusters = {"Paris": 678, "London": 678, "Obama": 0, "the": 11, "rare": 86, "a\tb": 5}
    probs = {"Paris": -11.8, "London": -10.9, "Obama": -9.8, "the": -3.5, "rare": -19.0, "a\tb": -1.0}
    assert B.brown_rows(clusters, probs) == [
        ("London", "0110010101"), ("Paris", "0110010101"), ("rare", "0110101"), ("the", "1101")]
    assert [w for w, _ in B.brown_rows(clusters, probs, top=2)] == ["London", "the"]


def test_brown_table_rebuilds_as_shipped(tmp_path):
    pytest.importorskip("spacy_lookups_data")
    B.build_brown(tmp_path)
    assert (tmp_path / "brown-en.tsv.gz").read_bytes() == (B.models_dir() / "brown-en.tsv.gz").read_bytes()
