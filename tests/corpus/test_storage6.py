"""Corpus schema 6: zstd with trained dictionaries kept in the database, counts stored beside the
layers, the story tables' JSON compressed; schema 5 databases read as they are and migrated."""

from __future__ import annotations

import json
import sqlite3
import zlib

import pytest

from sitrep.corpus import codec
from sitrep.corpus.export import export
from sitrep.corpus.read import load
from sitrep.corpus.schema import DELTA_LAYERS, MIGRATIONS, _statements, connect, unpack_layer
from sitrep.corpus.stats import stats
from sitrep.corpus.writer import Writer
from sitrep.stories.label import label_story


def _view_counts(con) -> dict:
    """``by_layer`` as schema 5 computed it: every annotation read through the view."""
    return {layer: {"articles": a, "annotations": n} for layer, a, n in con.execute(
        "SELECT layer, count(DISTINCT article), count(*) FROM annotations GROUP BY layer ORDER BY layer")}


def test_layers_and_story_json_compressed_with_stored_dictionaries(corpus_db):
    con = connect(corpus_db, readonly=True)
    formats = {bytes(r[0]) for r in con.execute("SELECT DISTINCT substr(data, 1, 1) FROM packed_layers")}
    assert formats == {codec.ZSTD, codec.ZSTD_DELTA}
    assert {r[0] for r in con.execute("SELECT layer FROM packed_layers WHERE substr(data, 1, 1) = 'T'")} \
        <= DELTA_LAYERS
    # every frame names a dictionary the database holds
    stored = {r[0] for r in con.execute("SELECT id FROM zstd_dicts")}
    import zstandard

    used = {zstandard.get_frame_parameters(bytes(d)[1:]).dict_id for (d,) in con.execute(
        "SELECT data FROM packed_layers UNION ALL SELECT centroid FROM stories UNION ALL SELECT evidence FROM claims")}
    assert used and used <= stored
    # the story tables' JSON columns: compressed, read back through unz()
    assert {r[0] for r in con.execute("SELECT DISTINCT typeof(centroid) FROM stories")} == {"blob"}
    for (centroid,) in con.execute("SELECT unz(centroid) FROM stories"):
        assert json.loads(centroid)
    for (terms, anchors) in con.execute("SELECT unz(terms), unz(anchors) FROM story_profiles"):
        assert isinstance(json.loads(terms), dict) and (anchors is None or isinstance(json.loads(anchors), dict))


def test_database_readable_with_only_its_own_dictionaries(corpus_db, monkeypatch):
    """A later sitrep shipping other dictionaries still reads the rows: the database keeps its own."""
    con = connect(corpus_db, readonly=True)
    rows = con.execute("SELECT data FROM packed_layers").fetchall()
    expected = [unpack_layer(d) for (d,) in rows]
    monkeypatch.setattr(codec, "shipped", lambda: {})
    decoder = codec.Decoder.of(con)
    assert [unpack_layer(d, decoder) for (d,) in rows] == expected
    with pytest.raises(ValueError, match="zstd dictionary"):
        unpack_layer(rows[0][0], codec.Decoder())


def test_stats_counted_without_unpacking(corpus_db, tmp_path):
    con = connect(corpus_db, readonly=True)
    assert con.execute("SELECT count(*) FROM packed_layers WHERE n IS NULL").fetchone()[0] == 0
    assert stats(con)["by_layer"] == _view_counts(con)
    # rows inserted into the view (import-parquet does) count with the packed ones
    db = tmp_path / "copy.db"
    dst = sqlite3.connect(db)
    sqlite3.connect(corpus_db).backup(dst)
    dst.close()
    con = connect(db, create=True)
    con.executemany('INSERT INTO annotations (article, layer, seq, "start", "end", label, attrs, producer, confidence)'
                    " VALUES (?, ?, ?, 0, 4, 'X', NULL, 'test', 1.0)",
                    [(1, "notes", 0), (1, "notes", 1), (2, "notes", 0), (1, "places", 99)])
    by_layer = stats(con)["by_layer"]
    assert by_layer == _view_counts(con)
    assert by_layer["notes"] == {"articles": 2, "annotations": 3}


def test_story_json_exported_as_text(corpus_db, tmp_path):
    con = connect(corpus_db, readonly=True)
    export(con, "jsonl", tmp_path)
    claims = [json.loads(line) for line in (tmp_path / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    assert claims, "the test corpus has incidents with claims"
    for claim in claims:
        evidence = json.loads(claim["evidence_json"])
        assert evidence and {"article", "start", "end", "group", "stance"} <= set(evidence[0])


def _schema5(path, src) -> dict:
    """A schema 5 database as sitrep wrote it: zlib layers, story JSON as text. Returns article 1."""
    con = sqlite3.connect(path, isolation_level=None)
    for version, script in enumerate(MIGRATIONS[:5], 1):
        for statement in _statements(script):
            con.execute(statement)
        con.execute(f"PRAGMA user_version = {version}")
    cols = [r[1] for r in src.execute("PRAGMA table_info(articles)")]
    row = src.execute(f"SELECT {', '.join('unz(text)' if c == 'text' else c for c in cols)} FROM articles WHERE id = 1").fetchone()
    con.execute(f"INSERT INTO articles ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", row)
    for layer, producer, conf, data in src.execute(
            "SELECT layer, producer, confidence, data FROM packed_layers WHERE article = 1"):
        con.execute("INSERT INTO packed_layers (article, layer, producer, confidence, data) VALUES (1,?,?,?,?)",
                    (layer, producer, conf, b"z" + zlib.compress(unpack_layer(data).encode())))
    con.execute("INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles")
    centroid = json.dumps({"klnt": 0.5, "zns": 0.25})
    con.execute("INSERT INTO stories (id, thread, label, centroid, n_articles, first_article, last_article, producer)"
                " VALUES (1, 1, NULL, ?, 1, 1, 1, 'stories.v1')", (centroid,))
    con.execute("INSERT INTO story_members (article, story, score) VALUES (1, 1, 1.0)")
    con.execute("INSERT INTO incidents (id, story, type, reports, independent, credibility, grade_reason, producer)"
                " VALUES (1, 1, 'ASSAULT', 1, 1, 3, 'r', 'incidents.v1')")
    con.execute("INSERT INTO claims (incident, attribute, value, supporting, contradicting, credibility, evidence)"
                " VALUES (1, 'occurred', 'yes', 1, 0, 3, ?)",
                (json.dumps([{"article": 1, "start": 0, "end": 4, "group": 1, "stance": "supports"}]),))
    con.close()
    return load(src, 1).to_dict()


def test_schema_5_database_read_and_migrated(corpus_db, tmp_path):
    old = tmp_path / "v5.db"
    src = connect(corpus_db, readonly=True)
    first = _schema5(old, src)

    readonly = connect(old, readonly=True)
    assert readonly.execute("PRAGMA user_version").fetchone()[0] == 5
    assert load(readonly, 1).to_dict() == first
    before = stats(readonly)
    assert before["by_layer"] == _view_counts(readonly)
    export(readonly, "jsonl", tmp_path / "before")
    label = label_story(readonly, 1)
    readonly.close()

    migrated = connect(old, create=True)
    assert migrated.execute("PRAGMA user_version").fetchone()[0] == 6
    assert migrated.execute("SELECT count(*) FROM packed_layers WHERE n IS NULL").fetchone()[0] == 0
    assert load(migrated, 1).to_dict() == first
    assert stats(migrated) == before
    assert label_story(migrated, 1) == label
    export(migrated, "jsonl", tmp_path / "after")
    for name in ("claims.jsonl", "stories.jsonl", "layer_places.jsonl", "layer_tokens.jsonl"):
        assert (tmp_path / "after" / name).read_text(encoding="utf-8") == \
            (tmp_path / "before" / name).read_text(encoding="utf-8")
    # a new article is stored in the schema 6 format beside the old rows
    writer = Writer(migrated)
    second = load(src, 2)
    writer.add_article(second, "hash-2", "key-2", None, ["x"])
    writer.commit()
    assert load(migrated, 2).to_dict()["layers"] == second.to_dict()["layers"]
    assert {bytes(r[0]) for r in migrated.execute(
        "SELECT DISTINCT substr(data, 1, 1) FROM packed_layers WHERE article = 2")} <= {codec.ZSTD, codec.ZSTD_DELTA}
    assert {bytes(r[0]) for r in migrated.execute(
        "SELECT DISTINCT substr(data, 1, 1) FROM packed_layers WHERE article = 1")} == {b"z"}
    assert stats(migrated)["by_layer"] == _view_counts(migrated)
