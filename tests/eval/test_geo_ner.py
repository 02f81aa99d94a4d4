"""``sitrep eval geo-ner``: toponym recognition of places.v1 against NER location spans (ru, uk)."""

from __future__ import annotations

import pytest

from sitrep.eval.geo_ner import evaluate, render


def test_brat_folder_places_against_location_spans(tmp_path):
    text = "Обстрел Харькова продолжался. Мэр Одессы Геннадий Труханов прибыл в Киев."
    spans = [(t, text.index(t)) for t in ("Харькова", "Одессы", "Киев")]
    ann = "".join(f"T{k}\t{'CITY'} {s} {s + len(t)}\t{t}\n" for k, (t, s) in enumerate(spans, 1))
    ann += f"T9\tPERSON {text.index('Геннадий')} {text.index('Геннадий') + 17}\tГеннадий Труханов\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.ann").write_text(ann, encoding="utf-8")
    result = evaluate(tmp_path)
    assert result["language"] == "ru"
    part = result["parts"][tmp_path.name]
    assert part["gold"] == 3 and part["strict"]["recall"] == 1.0 and part["strict"]["precision"] == 1.0, part
    assert "places.v1" in render(result)


def test_iob_file_in_ukrainian(tmp_path):
    sents = [f"Обстріл O\nХаркова B-LOC\nтриває O\n. O\n" for _ in range(4)]
    sents.append("Мешканці O\nЩастя B-LOC\nпішли O\nдо O\nКиєва B-LOC\n. O\n")
    path = tmp_path / "x.iob"
    path.write_text("\n".join(sents), encoding="utf-8")
    result = evaluate(path)
    assert result["language"] == "uk"
    assert result["parts"]["report"]["strict"]["recall"] == 1.0, result["parts"]


def test_nerel_dev_sample(shared_data):
    gold = shared_data / "ner" / "nerel"
    if not (gold / "dev").is_dir():
        pytest.skip("NEREL not present")
    result = evaluate(gold, limit=20)
    assert result["parts"]["report"]["relaxed"]["f1"] > 0.55
