"""The tune-slice scorer trains without the tune slice and scores only it."""

from __future__ import annotations

import json

from sitrep.eval import ner_corpora as corpora
from sitrep_tools.ner.tune import in_tune_slice, main, tune

PEOPLE = [("Іван", "Петренко"), ("Олена", "Коваль"), ("Петро", "Шевченко"), ("Марія", "Бондар")]
CITIES = ["Києва", "Львова", "Харкова", "Одеси"]


def _write_iob(path):
    lines = []
    for n in range(60):
        first, last = PEOPLE[n % 4]
        city = CITIES[(n // 4) % 4]
        toks = [(first, "B-PER"), (last, "I-PER"), ("приїхав", "O"), ("до", "O"), (city, "B-LOC"),
                (str(n), "O"), ("року", "O"), (".", "O")]
        lines += [f"{w} {t}" for w, t in toks] + [""]
    path.write_text("\n".join(lines), encoding="utf-8")


def test_tune_scores_only_the_tune_slice(tmp_path):
    _write_iob(tmp_path / "toy.iob")
    docs = list(corpora.read(tmp_path / "toy.iob"))
    expected = sum(1 for d in docs if in_tune_slice(d) and not d.held_out)
    assert expected > 0
    r = tune("uk", tmp_path, ["toy.iob"])
    assert r["tune_documents"] == expected
    assert r["PER/ORG/LOC"]["f1"] > 0.8


def test_tune_slice_and_held_out_part_are_disjoint(tmp_path):
    _write_iob(tmp_path / "toy.iob")
    for d in corpora.read(tmp_path / "toy.iob"):
        assert not (d.held_out and in_tune_slice(d))


def test_cli_reports_missing_source(tmp_path, capsys):
    assert main(["--data", str(tmp_path), "--lang", "uk", "--sources", "missing.iob"]) == 1
    assert "missing.iob" in capsys.readouterr().err


def test_cli_prints_json(tmp_path, capsys):
    _write_iob(tmp_path / "toy.iob")
    assert main(["--data", str(tmp_path), "--lang", "uk", "--sources", "toy.iob"]) == 0
    assert json.loads(capsys.readouterr().out)["target"] == "toy.iob"


def test_another_slice_can_be_scored_but_never_the_held_out_part(tmp_path):
    import pytest

    _write_iob(tmp_path / "toy.iob")
    docs = list(corpora.read(tmp_path / "toy.iob"))
    r = tune("uk", tmp_path, ["toy.iob"], slice_=2)
    assert r["slice"] == 2
    assert r["tune_documents"] == sum(1 for d in docs if in_tune_slice(d, 2))
    with pytest.raises(ValueError, match="held-out"):
        tune("uk", tmp_path, ["toy.iob"], slice_=0)


def test_fraction_trains_on_part_of_the_target_only(tmp_path):
    from sitrep_tools.ner.tune import in_fraction

    _write_iob(tmp_path / "toy.iob")
    docs = list(corpora.read(tmp_path / "toy.iob"))
    half = [d for d in docs if in_fraction(d, 0.5)]
    assert 0 < len(half) < len(docs)
    assert all(in_fraction(d, 1.0) for d in docs)
    r = tune("uk", tmp_path, ["toy.iob"], fraction=0.5)
    assert r["fraction"] == 0.5
    assert r["tune_documents"] == sum(1 for d in docs if in_tune_slice(d) and not d.held_out)
