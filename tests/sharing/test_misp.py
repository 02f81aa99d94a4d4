"""MISP export: the file loads in pymisp with the expected objects; misp-stix (the MISP project's
converter, installed by the test command with `pip install --no-deps misp-stix` because it pins
pycountry<25) turns the STIX bundle into a MISP event with the same objects."""

from __future__ import annotations

import json
from collections import Counter

import pytest
import stix2
from pymisp import MISPEvent

from sitrep.cli import main
from sitrep.sharing import stix

from .helpers import digest_of


def misp_stix_event(bundle_text: str):
    """misp-stix's conversion of the bundle (reports and events left out: misp-stix copies every
    object once per report when merging reports into one event, and cannot know x-sitrep-event)."""
    converter = pytest.importorskip(
        "misp_stix_converter", reason="misp-stix not installed (pip install --no-deps misp-stix: it pins pycountry<25)")
    ExternalSTIX2toMISPParser = converter.ExternalSTIX2toMISPParser
    data = json.loads(bundle_text)
    skip = {o["id"] for o in data["objects"] if o["type"] in ("report", "x-sitrep-event")}
    data["objects"] = [o for o in data["objects"] if o["id"] not in skip and not (
        o["type"] == "relationship" and (o["source_ref"] in skip or o["target_ref"] in skip))]
    parser = ExternalSTIX2toMISPParser()
    parser.load_stix_bundle(stix2.parse(json.dumps(data), allow_custom=True))
    parser.parse_stix_bundle(single_event=True)
    return parser.misp_event, data


def test_misp_stix_converts_the_bundle(sharing_db):
    text = stix.serialize(digest_of(sharing_db))
    event, data = misp_stix_event(text)
    kinds = Counter(o["type"] for o in data["objects"])
    classes = Counter(o["identity_class"] for o in data["objects"] if o["type"] == "identity")
    objects = Counter(o.name for o in event.objects)
    # organizations (outlets, states, bodies) -> organization; people and groups -> identity;
    # the producer identity becomes the event's producer tag, not an object
    assert objects["organization"] == classes["organization"]  # the producer (class system) is a tag
    assert objects["identity"] == classes["individual"] + classes["group"] + classes["unknown"]
    assert objects["geolocation"] == kinds["location"]
    notes = sum(len(o.notes) for o in event.objects)
    speaker_notes = sum(1 for o in data["objects"] if o["type"] == "note" and len(o["object_refs"]) > 1)
    assert notes == speaker_notes > 50
    # sitrep's own MISP export has the same identities, places and statements
    ours = MISPEvent()
    from sitrep.sharing.misp import serialize

    ours.load(serialize(digest_of(sharing_db)))
    mine = Counter(o.name for o in ours.objects)
    assert mine["organization"] + mine["person"] == objects["organization"] + objects["identity"]
    assert mine["geolocation"] == objects["geolocation"]
    theirs_uuids = {o.uuid for o in event.objects}
    assert theirs_uuids <= {o.uuid for o in ours.objects}


def test_misp_export_loads_in_pymisp(events_db, capsys, tmp_path):
    out = tmp_path / "event.json"
    assert main(["export", "--db", str(events_db), "--format", "misp", "--out", str(out), "--tlp", "green"]) == 0
    capsys.readouterr()
    event = MISPEvent()
    event.load(out.read_text(encoding="utf-8"))
    d = digest_of(events_db)
    bundle = json.loads(stix.serialize(d))
    kinds = Counter(o["type"] for o in bundle["objects"])
    objects = Counter(o.name for o in event.objects)
    assert objects["news-media"] == kinds["report"] == len(d.articles)
    assert objects["geolocation"] == kinds["location"]
    classes = Counter(o["identity_class"] for o in bundle["objects"] if o["type"] == "identity")
    assert objects["person"] == classes["individual"] > 10
    assert objects["organization"] == kinds["identity"] - classes["individual"] - 1  # not the producer
    assert objects["event"] == kinds["x-sitrep-event"] == 4
    # every statement is there: on its speaker's object or on its article
    assert sum(len(o.notes) for o in event.objects) == kinds["note"]
    assert "tlp:green" in {t.name for t in event.tags}
    assert event.info.startswith(f"sitrep: {len(d.articles)} news articles, 2022-09-0")
    strike = next(o for o in event.objects if o.name == "event" and "Chuhuyiv" in o.get_attributes_by_relation("name")[0].value)
    rels = Counter(r.relationship_type for r in strike.references)
    assert rels["located-at"] == 1 and rels["carried-out-by"] == 1 and rels["reported-in"] == 1
    assert {a.value for a in strike.get_attributes_by_relation("event_type")} >= {"ASSAULT", "Explosions/Remote violence"}
    uuids = {o.uuid for o in event.objects}
    assert all(r.referenced_uuid in uuids for o in event.objects for r in o.references)
