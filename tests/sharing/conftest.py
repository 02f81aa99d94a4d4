"""Corpora for the sharing tests, built once per session.

``sharing_db``: the bundled demo corpus (``src/sitrep/examples/corpus``: 34 articles in fr, en, ru,
uk) and, when ``../shared`` is there, the seed article, ingested with the default pipeline in one
run (one pipeline start: the models load once). The seed's own bundle is exported with
``--source seed``. ``events_db``: a copy with an ``events`` layer written the way the events
component (events.v1, issue 15) stores it (PLOVER label; attrs ``actor``/``recipient`` actor
references with their cluster, ``location`` ``{"id": "places/K", ...}``, ``date``, ``modality``,
``claimant`` ``{"statement": "statements/K", "chain"}``, ``numbers``), so every mapping of events is
tested before that component lands. ``empty_db``: a corpus with no article.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from sitrep.corpus.ingest import ingest
from sitrep.corpus.schema import connect
from sitrep.corpus.schema import register_functions

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "src" / "sitrep" / "examples" / "corpus"
SEED = ROOT.parent / "shared" / "seed" / "000_819b8dd99512f932.txt"

#: (article id, trigger pattern, PLOVER type, mode, modality, place name, actor country, recipient country, numbers)
EVENTS = [
    ("04_en_chuhuiv_strike_seven_killed", r"struck", "ASSAULT", "heavy-weapons", "asserted", "Chuhuyiv", "RUS", None,
     {"killed": (7, r"Seven people were killed"), "injured": (11, r"at least 11 wounded")}),
    ("05_uk_chuhuiv_udar_chetvero", r"удар", "ASSAULT", "heavy-weapons", "claimed", "Chuhuyiv", "RUS", None,
     {"killed": (4, r"Загинули четверо")}),
    ("14_ru_minoborony_oprovergaet_bolnitsa", r"обстреле", "ASSAULT", "heavy-weapons", "denied", "Kharkiv", "RUS", None, {}),
    ("22_fr_retrait_russe_izioum", r"regroupement", "RETREAT", "withdraw", "claimed", "Izyum", "RUS", None, {}),
]
ACLED = {("ASSAULT", "heavy-weapons"): ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("RETREAT", "withdraw"): ("Strategic developments", "Non-violent transfer of territory")}


@pytest.fixture(scope="session")
def sharing_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("sharing") / "demo.db"
    sources = [DEMO] + ([SEED] if SEED.is_file() else [])
    ingest(sources, db, quiet=True)
    return db


@pytest.fixture(scope="session")
def has_seed(sharing_db) -> bool:
    con = sqlite3.connect(sharing_db)
    try:
        return con.execute("SELECT 1 FROM articles WHERE source_name = 'seed'").fetchone() is not None
    finally:
        con.close()


def _add_events(db: Path) -> int:
    con = sqlite3.connect(db)
    register_functions(con)  # the annotations view unpacks the stored layers
    n = 0
    try:
        # only the synthetic events below (events.v1 in the default pipeline wrote its own)
        con.execute("DELETE FROM annotations WHERE layer = 'events'")
        for aid, trigger, etype, mode, modality, place, actor_cc, recipient_cc, numbers in EVENTS:
            row = con.execute("SELECT id, unz(text), published FROM articles WHERE article_id = ?", (aid,)).fetchone()
            assert row, aid
            art, text, pub = row
            m = re.search(trigger, text)
            places = {json.loads(a)["name"]: (seq, json.loads(a)) for seq, a in con.execute(
                "SELECT seq, attrs FROM annotations WHERE article = ? AND layer = 'places' ORDER BY seq DESC", (art,))}
            actors = {json.loads(a)["country"]: json.loads(a) for a, in con.execute(
                "SELECT attrs FROM annotations WHERE article = ? AND layer = 'actors' ORDER BY seq DESC", (art,))
                if json.loads(a).get("country")}
            statement = next((seq for seq, s, e in con.execute(
                'SELECT seq, "start", "end" FROM annotations WHERE article = ? AND layer = \'statements\'', (art,))
                if s <= m.start() and m.end() <= e), None)

            def ref(cc):
                at = actors[cc]
                return {"cluster": at["cluster"], "actor": at["actor"], "name": at["name"], "country": at["country"],
                        "sector": at.get("sector"), "mention": [0, 0]}

            k, place_attrs = places[place]
            # the form events.v1 writes (src/sitrep/components/events/__init__.py on the events branch)
            attrs = {
                "trigger": m.group(0), "mode": mode, "context": None,
                "acled_event_type": ACLED[(etype, mode)][0], "acled_sub_event_type": ACLED[(etype, mode)][1],
                "actor": [ref(actor_cc)], "recipient": [ref(recipient_cc)] if recipient_cc else [],
                "location": {"id": f"places/{k}", "name": place_attrs["name"], "geonameid": place_attrs["geonameid"],
                             "country": place_attrs["country"], "lat": place_attrs["lat"], "lon": place_attrs["lon"],
                             "precision": "point"},
                "date": {"id": None, "value": pub[:10], "earliest": pub[:10], "latest": pub[:10],
                         "from_publication": True},
                "modality": modality,
                "claimant": {"statement": f"statements/{statement}", "chain": ["article"]} if statement is not None else None,
                "numbers": {},
            }
            for key, (value, pattern) in numbers.items():
                nm = re.search(pattern, text)
                attrs["numbers"][key] = {"value": value, "at_least": False, "start": nm.start(), "end": nm.end(),
                                         "text": nm.group(0)}
            con.execute(
                'INSERT INTO annotations (article, layer, seq, "start", "end", label, attrs, producer, confidence)'
                " VALUES (?, 'events', 0, ?, ?, ?, ?, 'events.test', 0.8)",
                (art, m.start(), m.end(), etype, json.dumps(attrs, ensure_ascii=False)))
            n += 1
        con.commit()
    finally:
        con.close()
    return n


@pytest.fixture(scope="session")
def events_db(sharing_db, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("events") / "events.db"
    src = sqlite3.connect(sharing_db)
    dst = sqlite3.connect(db)
    src.backup(dst)
    src.close()
    dst.close()
    assert _add_events(db) == len(EVENTS)
    from sitrep.cli import main

    # incidents of the stories layer (issue 16) are built from events when articles have them:
    # recompute them now that the events are in, as `sitrep relink` does after a re-analysis
    assert main(["relink", "--db", str(db)]) == 0
    return db


@pytest.fixture(scope="session")
def empty_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("empty") / "empty.db"
    connect(db, create=True).close()
    return db




@pytest.fixture(scope="session")
def stories_db(sharing_db, tmp_path_factory) -> Path:
    """The demo corpus with the stories layer's tables filled as issue 16 describes the demo corpus."""
    db = tmp_path_factory.mktemp("stories") / "stories.db"
    src, con = sqlite3.connect(sharing_db), sqlite3.connect(db)
    src.backup(con)
    src.close()
    register_functions(con)  # unz: the text is stored compressed (corpus schema 6)
    # the stories layer's own tables (issue 16) hold what ingest linked; replace it by the hand-made
    # relations of the demo corpus so the brief's use of them is tested on known content
    for table in ("claims", "incident_reports", "incidents", "story_members", "stories", "reuse_links"):
        con.execute(f"DELETE FROM {table}")
    ids = {aid[:2]: (rid, text) for rid, aid, text in con.execute("SELECT id, article_id, unz(text) FROM articles")}
    for source, target, kind in (("16", "17", "near"), ("16", "18", "near"), ("12", "13", "translation"),
                                 ("08", "09", "translation"), ("06", "07", "rewrite")):
        con.execute("INSERT INTO reuse_links (source, target, kind, score, producer) VALUES (?, ?, ?, 0.9, 'reuse.v1')",
                    (ids[source][0], ids[target][0], kind))
    stories = {1: ("Russian regrouping from Izium and Balakliia", ["16", "17", "18", "19", "22"]),
               2: ("Chuhuiv strike", ["04", "05", "33"])}
    for story, (label, members) in stories.items():
        con.execute("INSERT INTO stories (id, thread, label, centroid, n_articles, producer) VALUES (?, ?, ?, '{}', ?, 'stories.v1')",
                    (story, story, label, len(members)))
        for m in members:
            con.execute("INSERT INTO story_members VALUES (?, ?, 0.5)", (ids[m][0], story))
    con.execute("INSERT INTO incidents VALUES (12, 2, 'attack', '2022-09-07', ?, 'attack Chuhuyiv 2022-09-07', 2, 2, 2,"
                " '2 independent sources support it, none contradicts', 'incidents.v1')", ("711841",))
    for key, pattern, killed in (("04", "struck", 7), ("05", "удар", 4)):
        rid, text = ids[key]
        m = re.search(pattern, text)
        con.execute("INSERT INTO incident_reports VALUES (12, ?, ?, ?, ?, 'reports', ?, 'RUS', 'events')",
                    (rid, m.start(), m.end(), rid, killed))
    for attribute, value, sup, contra, cred in (("occurred", "true", 2, 0, 2), ("killed", "7", 1, 1, 5),
                                                ("killed", "4", 1, 1, 5)):
        con.execute("INSERT INTO claims (incident, attribute, value, supporting, contradicting, credibility, evidence)"
                    " VALUES (12, ?, ?, ?, ?, ?, '[]')", (attribute, value, sup, contra, cred))
    con.commit()
    con.close()
    return db
