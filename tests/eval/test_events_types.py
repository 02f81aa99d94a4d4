"""`sitrep eval events` on PLOVER-coded sentences, ACLED-style notes and CASE 2021 task 2 snippets."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from sitrep.cli import main
from sitrep.eval.events_types import CASE_CODES, class_scores

DATA = Path(__file__).resolve().parents[1] / "data" / "events"

PLOVER = [
    {"id": "a", "text": "Russian forces shelled Kharkiv overnight, killing three civilians.", "event_type": "ASSAULT",
     "mode": "heavy-weapons", "actor": "RUS", "location": "Kharkiv", "modality": "asserted", "lang": "en"},
    {"id": "b", "text": "Moscow threatened to retaliate if Washington supplied missiles to Kyiv.",
     "event": ["THREATEN"], "actor": [{"code": "RUS"}], "lang": "en"},
    {"id": "c", "text": "Les troupes russes se sont retirées de la ville de Kherson.", "Event Type": "retreat",
     "Event Mode": "withdraw", "lang": "fr"},
    {"id": "d", "text": "Киев не атаковал мост.", "type": "ASSAULT", "modality": "negated", "lang": "ru"},
    # the older PLOVER name DEMAND is read as REQUEST
    {"id": "e", "text": "Kyiv urged NATO to provide more air defence systems.", "label": "DEMAND", "lang": "en"},
]


def _json(capsys, *argv):
    assert main(["eval", "events", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_plover_jsonl(tmp_path, capsys):
    path = tmp_path / "plover.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in PLOVER), encoding="utf-8")
    r = _json(capsys, "--gold", str(path))
    assert r["format"] == "plover" and r["records"] == 5
    assert r["accuracy"] == 1.0, r["errors"]
    assert r["weighted_f1"] == 1.0 and set(r["per_class"]) == {"ASSAULT", "THREATEN", "RETREAT", "REQUEST"}
    assert r["mode"] == {"records": 2, "score": 1.0}
    assert r["modality"]["score"] == 1.0  # asserted and "не атаковал": negated
    assert r["actor"]["score"] == 1.0 and r["location"]["score"] == 1.0
    assert {"lang en", "lang fr", "lang ru"} <= set(r["parts"])


def test_plover_table(tmp_path, capsys):
    path = tmp_path / "plover.jsonl"
    path.write_text(json.dumps(PLOVER[0]) + "\n" + json.dumps({**PLOVER[1], "event": ["AID"]}) + "\n",
                    encoding="utf-8")
    assert main(["eval", "events", "--gold", str(path)]) == 0
    out = capsys.readouterr().out
    assert "| all | 2 | 0.500 |" in out and "AID -> THREATEN (1)" in out


def test_acled_csv(tmp_path, capsys):
    path = tmp_path / "acled.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["event_id_cnty", "event_type", "sub_event_type", "actor1", "actor2", "location", "fatalities", "notes"])
        w.writerow(["X1", "Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia (2000-)", "",
                    "Odesa", "0", "On 2 May 2023, Russian drones struck port facilities in Odesa (Odesa)."])
        w.writerow(["X2", "Violence against civilians", "Attack", "Military Forces of Russia (2000-)",
                    "Civilians (Ukraine)", "Bucha", "1", "On 4 March 2022, Russian soldiers shot a civilian in Bucha (Kyiv)."])
        w.writerow(["X3", "Protests", "Peaceful protest", "Protesters (Georgia)", "", "Tbilisi", "0",
                    "On 8 March 2023, thousands of people protested in Tbilisi (Tbilisi) against the law."])
    r = _json(capsys, "--gold", str(path))
    assert r["format"] == "acled" and r["records"] == 3
    assert r["accuracy"] == 1.0, r["errors"]
    assert r["event_type"]["accuracy"] == 1.0
    assert r["fatalities"] == {"records": 1, "score": 0.0}  # "shot a civilian": no number stated
    assert r["location"]["score"] == 1.0


def test_case_2021_tsv(tmp_path, capsys):
    path = tmp_path / "case.tsv"
    path.write_text("id\tEventSnippet\tSubType\n"
                    "1\tGovernment warplanes bombed the village, killing six civilians.\tAIR_STRIKE\n"
                    "2\tPolice arrested forty opposition activists in the capital.\tARREST\n", encoding="utf-8")
    r = _json(capsys, "--gold", str(path))
    assert r["format"] == "case" and r["records"] == 2
    assert set(r["per_class"]) == {"Air/drone strike", "Arrests"}
    assert r["accuracy"] == 1.0, r["errors"]


def test_bad_records_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Russia shelled Kharkiv."}\n', encoding="utf-8")
    assert main(["eval", "events", "--gold", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.jsonl:1" in err and "event type" in err
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    assert main(["eval", "events", "--gold", str(broken)]) == 1
    assert "broken.jsonl:1: not JSON" in capsys.readouterr().err


def test_class_scores():
    s = class_scores([("A", "A"), ("A", "B"), ("B", "B"), ("C", "NONE")])
    assert s["accuracy"] == 0.5
    assert s["per_class"]["A"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2, "predicted": 1}
    assert s["per_class"]["B"]["precision"] == 0.5 and s["per_class"]["C"]["f1"] == 0.0
    # weighted by gold support: (2 * 0.6667 + 1 * 0.6667 + 0) / 4
    assert s["weighted_f1"] == 0.5
    assert s["confusions"][0]["count"] == 1


def test_shipped_gold_sets_are_well_formed():
    from sitrep.eval.events_types import PLOVER_TYPES, read_acled, read_plover

    for lang in ("en", "fr", "ru", "uk"):
        recs = read_plover(DATA / f"plover_{lang}.jsonl")
        assert len(recs) >= 40
        assert {r["gold"] for r in recs} == set(PLOVER_TYPES), lang  # all 16 types
        assert {r["split"] for r in recs} == {"tune", "held_out"}
    notes = read_acled(DATA / "acled_en.csv")
    assert len(notes) >= 60 and {r["split"] for r in notes} == {"tune", "held_out"}
    classes = read_acled(DATA / "acled_en_classes.csv")
    assert {r["gold"] for r in classes} == set(CASE_CODES.values())  # all 25 ACLED sub-event types
    assert {r["split"] for r in classes} == {"tune", "held_out"}


def test_shipped_acled_sample(capsys):
    r = _json(capsys, "--gold", str(DATA / "acled_en.csv"), "--limit", "12")
    assert r["records"] == 12 and r["accuracy"] >= 0.75, r["errors"]


@pytest.mark.slow
@pytest.mark.parametrize("name,floor", [("plover_en.jsonl", 0.85), ("plover_fr.jsonl", 0.85),
                                        ("plover_ru.jsonl", 0.8), ("plover_uk.jsonl", 0.8), ("acled_en.csv", 0.9),
                                        ("acled_en_classes.csv", 0.8)])
def test_shipped_gold_scores(name, floor, capsys):
    r = _json(capsys, "--gold", str(DATA / name))
    assert r["weighted_f1"] >= floor, r["errors"]


def test_acled_coordinates_score_the_place_by_distance(tmp_path, capsys):
    gold = tmp_path / "acled_points.csv"
    with open(gold, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["event_id_cnty", "event_type", "sub_event_type", "location", "latitude", "longitude",
                    "geo_precision", "notes"])
        note = "On 8 January 2024, Russian artillery shelled a residential area of Kherson (Kherson)."
        w.writerow(["P1", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Kherson",
                    "46.6354", "32.6169", "1", note])
        # the same note with coordinates 300 km away: the place is wrong by distance
        w.writerow(["P2", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Kherson",
                    "48.4647", "35.0462", "1", note])
        # a region's centre (geo_precision 3) is not scored
        w.writerow(["P3", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Kherson",
                    "46.0", "33.0", "3", note])
    r = _json(capsys, "--gold", str(gold))
    assert r["location_within_25km"] == {"records": 2, "score": 0.5}


def test_plover_location_matches_an_inflected_name_through_the_gazetteer(tmp_path, capsys):
    """The gold names the place in its dictionary form ("Київ"), the text inflects it ("Києві",
    too short a stem to share five letters): the event's place resolved to the gazetteer entry the
    gold name names counts; a place resolved elsewhere does not."""
    recs = [
        {"id": "kyiv", "lang": "uk", "event_type": "ASSAULT", "location": "Київ",
         "text": "Російські війська завдали ракетного удару по Києві вночі, повідомила міська влада."},
        {"id": "lviv", "lang": "uk", "event_type": "ASSAULT", "location": "Київ",
         "text": "Російські війська завдали ракетного удару по Львову вночі, повідомила міська влада."},
    ]
    path = tmp_path / "uk.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    r = _json(capsys, "--gold", str(path))
    assert r["accuracy"] == 1.0, r["errors"]
    assert r["location"] == {"records": 2, "score": 0.5}
