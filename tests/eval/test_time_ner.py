"""``sitrep eval time-ner``: brat and IOB gold, span scoring."""

from __future__ import annotations

import pytest

from sitrep.eval.time_ner import SpanScore, evaluate, read_brat, read_iob, render


def test_read_iob_splits_and_spans(tmp_path):
    sents = []
    for i in range(5):
        sents.append(f"Це O\nсталося O\n24 B-DATE\nлютого I-DATE\n{2020 + i} I-DATE\nроку I-DATE\n. O\n")
    path = tmp_path / "x.iob"
    path.write_text("\n".join(sents), encoding="utf-8")
    docs = read_iob(path)
    assert {d.part for d in docs} == {"tune", "report"}
    report = [d for d in docs if d.part == "report"][0]
    (s, e, kind), = report.spans
    assert report.text[s:e] == "24 лютого 2024 року" and kind == "DATE"


def test_read_brat(tmp_path):
    (tmp_path / "a.txt").write_text("В субботу 24 февраля 2022 года началось.", encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tDATE 10 30\t24 февраля 2022 года\nT2\tPERSON 0 1\tВ\n", encoding="utf-8")
    (doc,) = read_brat(tmp_path, "report")
    assert doc.spans == [(10, 30, "DATE")]


def test_span_score():
    s = SpanScore()
    s.add([(0, 5), (10, 20)], [(0, 5), (12, 15), (30, 31)])
    d = s.as_dict()
    assert d["strict"]["precision"] == pytest.approx(1 / 3, abs=1e-3)
    assert d["relaxed"]["recall"] == 1.0


def test_brat_folder_end_to_end(tmp_path):
    text = "Вторжение началось 24 февраля 2022 года, а в субботу армия отступила."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    start = text.index("24")
    (tmp_path / "a.ann").write_text(f"T1\tDATE {start} {start + 20}\t24 февраля 2022 года\n", encoding="utf-8")
    result = evaluate(tmp_path)
    date = result["parts"][tmp_path.name]["DATE"]
    assert date["strict"]["recall"] == 1.0
    assert "DATE" in render(result)


def test_nerel_dev_sample(shared_data):
    gold = shared_data / "ner" / "nerel"
    if not (gold / "dev").is_dir():
        pytest.skip("NEREL not present")
    result = evaluate(gold, limit=10)
    assert result["parts"]["report"]["DATE"]["relaxed"]["f1"] > 0.7
