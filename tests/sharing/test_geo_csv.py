"""GeoJSON (valid, opens in GeoPandas) and the ACLED-style event table (opens in pandas)."""

from __future__ import annotations

import json
import sqlite3

import geojson
import geopandas
import pandas

from sitrep.cli import main
from sitrep.sharing.acled import COLUMNS

from .helpers import digest_of
from sitrep.corpus.schema import register_functions


def test_geojson_valid_opens_in_geopandas_with_evidence(events_db, capsys, tmp_path):
    out = tmp_path / "places.geojson"
    assert main(["export", "--db", str(events_db), "--format", "geojson", "--out", str(out)]) == 0
    capsys.readouterr()
    text = out.read_text(encoding="utf-8")
    obj = geojson.loads(text)
    assert obj.is_valid, obj.errors()
    d = digest_of(events_db)
    frame = geopandas.read_file(out)
    assert len(frame) == len(d.places) + len(d.events)
    assert set(frame["kind"]) == {"place", "event"}
    izium = frame[(frame["kind"] == "place") & (frame["name"] == "Izyum")].iloc[0]
    assert abs(izium.geometry.y - 49.207) < 0.01 and abs(izium.geometry.x - 37.277) < 0.01
    assert izium["articles"] >= 15 and izium["precision"] == "point"
    # evidence: spans that are the article's text, with a claimant
    con = sqlite3.connect(events_db)
    register_functions(con)
    data = json.loads(text)
    for f in data["features"][:10] + [f for f in data["features"] if f["properties"]["kind"] == "event"]:
        for ev in f["properties"]["evidence"]:
            t = con.execute("SELECT unz(text) FROM articles WHERE id = ?", (ev["article"],)).fetchone()[0]
            assert t[ev["start"]:ev["end"]] == ev["text"]
            assert ev["claimant"]["speaker"]
    con.close()
    strike = next(f for f in data["features"] if f["properties"]["kind"] == "event" and f["properties"]["killed"] == 7)
    assert strike["geometry"]["type"] == "Point" and strike["properties"]["place"] == "Chuhuyiv"
    assert strike["properties"]["injured"] == 11


def test_acled_csv_columns_and_rows(events_db, sharing_db, capsys, tmp_path):
    out = tmp_path / "events.csv"
    assert main(["export", "--db", str(events_db), "--format", "acled-csv", "--out", str(out)]) == 0
    frame = pandas.read_csv(out)
    assert tuple(frame.columns) == COLUMNS
    assert len(frame) == 4
    chuhuiv = frame[frame["location"] == "Chuhuyiv"].sort_values("fatalities")
    assert list(chuhuiv["fatalities"]) == [4, 7]
    assert set(chuhuiv["event_type"]) == {"Explosions/Remote violence"}
    assert set(chuhuiv["country"]) == {"Ukraine"} and set(chuhuiv["iso"]) == {804}
    assert set(chuhuiv["geo_precision"]) == {1} and set(chuhuiv["time_precision"]) == {1}
    assert set(chuhuiv["admin1"]) == {"Kharkivska oblast"}
    retreat = frame[frame["plover_type"] == "RETREAT"].iloc[0]
    assert retreat["sub_event_type"] == "Non-violent transfer of territory" and retreat["location"] == "Izyum"
    assert frame["event_id_cnty"].str.startswith("UKR").all() and frame["event_id_cnty"].is_unique
    # without an events layer: the header alone, and a line saying why
    empty = tmp_path / "none.csv"
    capsys.readouterr()
    plain = tmp_path / "plain.db"  # the corpus without the events layer events.v1 wrote
    src, dst = sqlite3.connect(sharing_db), sqlite3.connect(plain)
    src.backup(dst)
    src.close()
    register_functions(dst)  # the annotations view unpacks the stored layers
    dst.execute("DELETE FROM annotations WHERE layer = 'events'")
    dst.commit()
    dst.close()
    assert main(["export", "--db", str(plain), "--format", "acled-csv", "--out", str(empty)]) == 0
    assert "no events layer" in capsys.readouterr().err
    assert tuple(pandas.read_csv(empty).columns) == COLUMNS and len(pandas.read_csv(empty)) == 0
