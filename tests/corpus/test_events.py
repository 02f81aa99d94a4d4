"""`sitrep events --db`: the event table of a corpus, and the events table of `sitrep export`."""

from __future__ import annotations

import csv
import io
import json

import pytest

from sitrep.cli import main
from sitrep.corpus.events import COLUMNS


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["events", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_jsonl_rows_carry_evidence_and_arguments(corpus_db, capsys):
    code, out, _err = _run(capsys, "--db", str(corpus_db), "--format", "jsonl", "--type", "RETREAT")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    withdrew = [r for r in rows if r["trigger"] == "withdrew"]
    assert withdrew, rows
    r = withdrew[0]
    assert list(r) == [c[0] for c in COLUMNS]
    assert r["trigger"] in r["evidence"] and "Izium" in r["evidence"]
    assert r["actor_country"] == "RUS"
    assert r["date"] == r["date_earliest"] and r["date_from_publication"] is False  # "on Saturday"
    assert r["modality"] == "claimed" and r["claimant_chain"] == "Wire > the general staff"


def test_filters(corpus_db, capsys):
    _c, all_rows, _e = _run(capsys, "--db", str(corpus_db), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(all_rows)))
    assert rows and len({r["article"] for r in rows}) >= 2
    _c, ru, _e = _run(capsys, "--db", str(corpus_db), "--format", "csv", "--actor", "RUS")
    ru_rows = list(csv.DictReader(io.StringIO(ru)))
    assert ru_rows and all("RUS" in (r["actor_country"] + r["recipient_country"]) for r in ru_rows)
    assert len(ru_rows) < len(rows)
    _c, none, _e = _run(capsys, "--db", str(corpus_db), "--format", "csv", "--until", "1999")
    assert list(csv.DictReader(io.StringIO(none))) == []


def test_geojson_points(corpus_db, capsys):
    code, out, _err = _run(capsys, "--db", str(corpus_db), "--format", "geojson")
    assert code == 0
    fc = json.loads(out)
    assert fc["type"] == "FeatureCollection" and fc["features"]
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert f["properties"]["type"]


def test_bad_arguments_one_line(tmp_path, corpus_db, capsys):
    code, _out, err = _run(capsys, "--db", str(tmp_path / "none.db"))
    assert code == 1 and err.count("\n") == 1 and "none.db" in err
    code, _out, err = _run(capsys, "--db", str(corpus_db), "--since", "last week")
    assert code == 2 and "--since" in err


def test_export_has_the_events_table(corpus_db, tmp_path):
    out = tmp_path / "x"
    assert main(["export", "--db", str(corpus_db), "--format", "jsonl", "--out", str(out)]) == 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert [c["name"] for c in manifest["tables"]["events"]["columns"]] == [c[0] for c in COLUMNS]
    rows = [json.loads(x) for x in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == manifest["tables"]["events"]["rows"] > 0
    pq = tmp_path / "p"
    assert main(["export", "--db", str(corpus_db), "--format", "parquet", "--out", str(pq)]) == 0
    pa = pytest.importorskip("pyarrow.parquet")
    assert pa.read_table(pq / "events.parquet").num_rows == len(rows)


def test_every_event_column_is_documented():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "events.md").read_text(encoding="utf-8")
    for name, typ, _ in COLUMNS:
        assert f"| `{name}` | {typ.rstrip('_')} |" in doc, name
