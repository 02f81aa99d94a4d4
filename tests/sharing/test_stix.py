"""STIX 2.1 export: valid for the OASIS validator, parsed back by stix2, the same ids on re-export."""

from __future__ import annotations

import json
import uuid
from collections import Counter

import jsonschema
import pytest
import stix2
from stix2validator import ValidationOptions, validate_string

from sitrep.cli import main
from sitrep.sharing import stix

from .helpers import digest_of


def validate(text: str):
    result = validate_string(text, ValidationOptions())
    errors = [str(e) for e in result.errors]
    return result.is_valid, errors


def export(capsys, tmp_path, db, *extra) -> dict:
    out = tmp_path / "bundle.json"
    assert main(["export", "--db", str(db), "--format", "stix", "--out", str(out), *extra]) == 0
    capsys.readouterr()
    return json.loads(out.read_text(encoding="utf-8")), out.read_text(encoding="utf-8")


def test_demo_bundle_valid_roundtrips_and_counts(sharing_db, capsys, tmp_path):
    data, text = export(capsys, tmp_path, sharing_db)
    ok, errors = validate(text)
    assert ok and not errors, errors[:5]
    parsed = stix2.parse(text, allow_custom=True)
    assert [o.id for o in parsed.objects] == [o["id"] for o in data["objects"]]
    kinds = Counter(o["type"] for o in data["objects"])
    d = digest_of(sharing_db)
    assert kinds["report"] == len(d.articles) >= 34
    assert kinds["location"] == len(d.places) > 20
    assert kinds["note"] == len(d.statements) > 100
    outlets = {a.outlet for a in d.articles.values()}
    assert kinds["identity"] == len(d.actors) + len(outlets) + 1  # + the producer
    assert kinds["extension-definition"] == 2 and kinds["marking-definition"] == 1
    by_id = {o["id"]: o for o in data["objects"]}
    # every reference resolves inside the bundle
    for o in data["objects"]:
        for ref in o.get("object_refs", []) + [o.get("created_by_ref")] + o.get("object_marking_refs", []):
            assert ref is None or ref in by_id, (o["id"], ref)
    # an actor: class, Wikidata id, aliases across scripts, evidence spans that are the article's text
    zel = next(o for o in data["objects"] if o["type"] == "identity" and o["name"] == "Volodymyr Zelensky")
    assert zel["identity_class"] == "individual"
    assert {"source_name": "wikidata", "external_id": "Q3874799",
            "url": "https://www.wikidata.org/wiki/Q3874799"} in zel["external_references"]
    ext = zel["extensions"][stix.PROPERTIES_EXTENSION_ID]
    assert "Володимир Зеленський" in ext["aliases"] and ext["country"] == "UKR"
    for ev in ext["evidence"]:
        report = by_id[ev["report_ref"]]
        assert report["description"][ev["start"]:ev["end"]] == ev["text"]
    # a place: GeoNames reference, coordinates, country, region, first-level area
    izium = next(o for o in data["objects"] if o["type"] == "location" and o["name"] == "Izyum")
    assert izium["external_references"][0]["external_id"] == "707292"
    assert izium["country"] == "UA" and izium["region"] == "eastern-europe"
    assert abs(izium["latitude"] - 49.2) < 0.1 and izium["administrative_area"] == "Kharkivska oblast"
    # deterministic ids are UUIDv5
    assert all(uuid.UUID(o["id"].split("--")[1]).version == 5 for o in data["objects"]
               if o["type"] != "marking-definition")


def test_reexport_gives_identical_bundle(sharing_db):
    first = stix.serialize(digest_of(sharing_db))
    again = stix.serialize(digest_of(sharing_db))
    assert first == again
    # a subset of the corpus keeps the ids of what it shares with the whole
    whole = {o["id"] for o in json.loads(first)["objects"]}
    part = {o["id"] for o in json.loads(stix.serialize(digest_of(sharing_db, place="Izium")))["objects"]}
    assert part - {o for o in part if o.startswith("bundle--")} <= whole


def test_seed_bundle(sharing_db, has_seed, capsys, tmp_path):
    if not has_seed:
        pytest.skip("seed article not found in ../shared/seed")
    data, text = export(capsys, tmp_path, sharing_db, "--source", "seed")
    ok, errors = validate(text)
    assert ok and not errors, errors[:5]
    stix2.parse(text, allow_custom=True)
    kinds = Counter(o["type"] for o in data["objects"])
    assert kinds["report"] == 1 and kinds["location"] >= 3 and kinds["note"] >= 3
    report = next(o for o in data["objects"] if o["type"] == "report")
    assert report["lang"] == "fr" and report["published"].startswith("2022-09-01")
    names = {o["name"] for o in data["objects"] if o["type"] == "identity"}
    assert "The New York Times" in names
    _, again = export(capsys, tmp_path, sharing_db, "--source", "seed")
    assert [o["id"] for o in json.loads(again)["objects"]] == [o["id"] for o in data["objects"]]


def test_events_extension_relationships_and_schema(events_db):
    text = stix.serialize(digest_of(events_db))
    ok, errors = validate(text)
    assert ok and not errors, errors[:5]
    data = json.loads(text)
    stix2.parse(text, allow_custom=True)
    by_id = {o["id"]: o for o in data["objects"]}
    events = [o for o in data["objects"] if o["type"] == "x-sitrep-event"]
    assert len(events) == 4
    schema = json.loads(stix.schema_text("stix-x-sitrep-event.schema.json"))
    definition = by_id[stix.EVENT_EXTENSION_ID]
    assert definition["extension_types"] == ["new-sdo"] and json.loads(definition["schema"]) == schema
    for ev in events:
        jsonschema.validate(ev, schema)
        assert ev["extensions"][stix.EVENT_EXTENSION_ID] == {"extension_type": "new-sdo"}
    strike = next(e for e in events if e.get("killed") == 7)
    assert strike["event_type"] == "ASSAULT" and strike["injured"] == 11 and strike["modality"] == "asserted"
    assert strike["acled_sub_event_type"] == "Shelling/artillery/missile attack"
    assert by_id[strike["location_ref"]]["name"] == "Chuhuyiv"
    rels = {(r["relationship_type"], by_id[r["target_ref"]]["type"]) for r in data["objects"]
            if r["type"] == "relationship" and r["source_ref"] == strike["id"]}
    assert rels >= {("carried-out-by", "identity"), ("located-at", "location"), ("reported-in", "report")}
    assert {by_id[a]["name"] for a in strike["actor_refs"]} == {"Russia"}
    texts = [e["text"] for e in strike["evidence"]]
    assert texts[0] == "struck" and "Seven people were killed" in texts
    denial = next(e for e in events if e["modality"] == "denied")
    assert denial["name"] == "ASSAULT: Ministry of Defence of Russia in Kharkiv (2022-09-10)"


def test_tlp_and_producer(sharing_db):
    data = json.loads(stix.serialize(digest_of(sharing_db, place="Kupiansk"), tlp="amber", producer="Example CERT"))
    producer = next(o for o in data["objects"] if o["type"] == "identity" and o["name"] == "Example CERT")
    assert producer["identity_class"] == "organization"
    amber = stix2.TLP_AMBER.id
    for o in data["objects"]:
        if o["type"] not in ("marking-definition",):
            assert o["object_marking_refs"] == [amber], o["id"]
        if o["type"] not in ("marking-definition", "identity") or o.get("name") not in ("Example CERT",):
            if o["type"] != "marking-definition" and o["id"] != producer["id"]:
                assert o["created_by_ref"] == producer["id"]


def test_empty_corpus_gives_empty_valid_bundle(empty_db, capsys, tmp_path):
    data, text = export(capsys, tmp_path, empty_db)
    ok, errors = validate(text)
    assert ok and not errors
    assert Counter(o["type"] for o in data["objects"]) == {"extension-definition": 2, "marking-definition": 1,
                                                           "identity": 1}


@pytest.mark.parametrize("args, message", [
    (["--place", "Atlantis"], "--place 'Atlantis': no place of this name in the corpus"),
    (["--actor", "Nobody Atall"], "--actor 'Nobody Atall': no actor of this name in the corpus"),
    (["--since", "2022-13"], "--since: no month 13 in '2022-13'"),
    (["--story", "99999"], "--story '99999': no story with this id in the corpus"),
    (["--tlp", "purple"], "--tlp 'purple': choose one of clear, white, green, amber, red"),
])
def test_bad_filters_one_line(sharing_db, capsys, tmp_path, args, message):
    code = main(["export", "--db", str(sharing_db), "--format", "stix", "--out", str(tmp_path / "b.json"), *args])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and message in err, err


def test_table_formats_unchanged_and_refuse_sharing_options(sharing_db, capsys, tmp_path):
    assert main(["export", "--db", str(sharing_db), "--format", "csv", "--out", str(tmp_path / "t")]) == 0
    assert (tmp_path / "t" / "articles.csv").exists() and (tmp_path / "t" / "manifest.json").exists()
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        main(["export", "--db", str(sharing_db), "--format", "parquet", "--out", str(tmp_path / "p"), "--since", "2022"])
    assert exc.value.code == 2
    assert "--since: only for --format stix" in capsys.readouterr().err
