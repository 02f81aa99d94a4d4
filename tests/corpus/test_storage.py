"""Compact storage (schemas 4, 5 and 6): layers packed and compressed, the same rows read back; old databases migrate."""

from __future__ import annotations

import json
import sqlite3

from sitrep.corpus.export import export
from sitrep.corpus.ingest import ingest
from sitrep.corpus.read import load
from sitrep.corpus.schema import (DELTA_LAYERS, MIGRATIONS, SCHEMA_VERSION, _statements, connect, pack_layer,
                                  unpack_layer)
from sitrep.corpus.search import search
from sitrep.corpus.writer import Writer


def _layers(con, article: int) -> set[str]:
    """The non-empty layers of a stored article."""
    return {k for k, n in json.loads(con.execute("SELECT layers FROM articles WHERE id = ?",
                                                 (article,)).fetchone()[0]).items() if n}


def test_every_layer_is_one_compressed_row(corpus_db):
    con = connect(corpus_db, readonly=True)
    assert con.execute("SELECT count(*) FROM annotation_rows").fetchone()[0] == 0
    assert {r[0] for r in con.execute("SELECT DISTINCT typeof(data) FROM packed_layers")} == {"blob"}
    # one packed row per article and non-empty layer, and the view gives one row per annotation in order
    for rowid, layers in con.execute("SELECT id, layers FROM articles"):
        counts = json.loads(layers)
        assert {r[0] for r in con.execute("SELECT layer FROM packed_layers WHERE article = ?", (rowid,))} \
            == _layers(con, rowid)
        assert {"tokens", "sentences", "places", "entities", "actors"} <= set(counts)
        for layer, n in counts.items():
            seqs = [r[0] for r in con.execute(
                "SELECT seq FROM annotations WHERE article = ? AND layer = ? ORDER BY seq", (rowid, layer))]
            assert seqs == list(range(n))
    # the view gives the same types as stored rows (a float confidence, no attrs for tokens, a JSON text)
    conf, attrs = con.execute(
        "SELECT typeof(confidence), typeof(attrs) FROM annotations WHERE layer = 'tokens' LIMIT 1").fetchone()
    assert conf == "real" and attrs == "null"
    place = con.execute("SELECT attrs FROM annotations WHERE layer = 'places' AND attrs IS NOT NULL LIMIT 1").fetchone()
    assert isinstance(json.loads(place[0]), dict)


def test_pack_and_unpack_give_the_rows_back():
    rows = [(0, 5, "NOUN", None, "tokens.v1", 1.0), (6, 9, "VERB", None, "tokens.v1", 1.0),
            (3, 4, "X", '{"k":"«ü»"}', "other.v2", 0.25), (12, 12, "Y", None, "tokens.v1", 1.0)]
    for delta in (False, True):
        producer, conf, data, n = pack_layer(rows, delta=delta, name="tokens")
        assert (producer, conf, n) == ("tokens.v1", 1.0, 4) and isinstance(data, bytes)
        items = json.loads(unpack_layer(data))
        assert [it[:3] for it in items] == [[s, e, label] for s, e, label, *_ in rows]
        assert items[2][3:] == ['{"k":"«ü»"}', "other.v2", 0.25] and len(items[0]) == 3
    schema4 = '[[0,5,"NOUN"]]'  # schema 4 stored the JSON text uncompressed: read as it is
    assert unpack_layer(schema4) == schema4 and unpack_layer(None) is None


def test_tokens_searched_and_exported_like_other_layers(corpus_db, tmp_path):
    con = connect(corpus_db, readonly=True)
    article = load(con, 1)
    word = next(a for a in article.layers["tokens"] if article.text[a.start:a.end].isalpha())
    surface = article.text[word.start:word.end]
    hits = search(con, "", layers=[f"tokens={surface.upper()}"], limit=50)
    assert 1 in {h.id for h in hits}
    manifest = export(con, "jsonl", tmp_path)
    tokens = [json.loads(line) for line in (tmp_path / "layer_tokens.jsonl").read_text(encoding="utf-8").splitlines()]
    assert manifest["tables"]["layer_tokens"]["rows"] == len(tokens)
    first = [t for t in tokens if t["article"] == 1]
    assert [(t["start"], t["end"], t["label"], t["surface"]) for t in first] == [
        (a.start, a.end, a.label, article.text[a.start:a.end]) for a in article.layers["tokens"]]
    assert all(isinstance(t["confidence"], float) for t in first)


def _old_database(path) -> None:
    """A corpus database as sitrep wrote it before schema 4 (every annotation a row)."""
    con = sqlite3.connect(path, isolation_level=None)
    for version, script in enumerate(MIGRATIONS[:3], 1):
        for statement in _statements(script):
            con.execute(statement)
        con.execute(f"PRAGMA user_version = {version}")
    con.close()


def test_old_database_migrates_and_keeps_working(corpus_db, tmp_path):
    """An existing database keeps its rows (read back through the view) and takes new articles packed."""
    old = tmp_path / "old.db"
    _old_database(old)
    src = connect(corpus_db, readonly=True)
    first = load(src, 1)
    con = sqlite3.connect(old, isolation_level=None)
    cols = [r[1] for r in src.execute("PRAGMA table_info(articles)")]
    row = src.execute(f"SELECT {', '.join('unz(text)' if c == 'text' else c for c in cols)} FROM articles WHERE id = 1").fetchone()
    con.execute(f"INSERT INTO articles ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", row)
    con.executemany('INSERT INTO annotations (article, layer, seq, "start", "end", label, attrs, producer, confidence)'
                    " VALUES (?,?,?,?,?,?,?,?,?)",
                    src.execute('SELECT article, layer, seq, "start", "end", label, attrs, producer, confidence'
                                " FROM annotations WHERE article = 1"))
    con.execute("INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles")
    con.close()

    # read-only commands read it as it is (search, show, export): nothing to migrate for them
    readonly = connect(old, readonly=True)
    assert readonly.execute("PRAGMA user_version").fetchone()[0] == 3
    assert load(readonly, 1).to_dict() == first.to_dict()
    assert [h.id for h in search(readonly, "", layers=["tokens=" + first.text.split()[0]])] == [1]
    readonly.close()

    migrated = connect(old, create=True)
    assert migrated.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert load(migrated, 1).to_dict() == first.to_dict()
    assert migrated.execute("SELECT count(*) FROM packed_layers").fetchone()[0] == 0
    # a new article is stored packed beside the old rows
    writer = Writer(migrated)
    second = load(src, 2)
    writer.add_article(second, "hash-2", "key-2", None, ["x"])
    writer.commit()
    assert load(migrated, 2).to_dict()["layers"] == second.to_dict()["layers"]
    assert {r[0] for r in migrated.execute("SELECT layer FROM packed_layers WHERE article = 2")} \
        == _layers(migrated, 2)
    # rows inserted into the view (as `sitrep import-parquet` does) are stored as plain rows
    migrated.execute('INSERT INTO annotations (article, layer, seq, "start", "end", label, attrs, producer, confidence)'
                     " VALUES (2, 'notes', 0, 0, 4, 'X', NULL, 'test', 1.0)")
    assert migrated.execute("SELECT count(*) FROM annotation_rows WHERE layer = 'notes'").fetchone()[0] == 1


def test_ingest_into_a_migrated_database(corpus_dir, tmp_path):
    db = tmp_path / "old.db"
    _old_database(db)
    summary = ingest([corpus_dir], db, workers=1, quiet=True)
    assert summary.added > 0 and summary.errors == 0
    con = connect(db, readonly=True)
    assert con.execute("SELECT count(DISTINCT article) FROM packed_layers").fetchone()[0] == summary.added


def test_rows_deleted_and_updated_through_the_view(corpus_db, tmp_path):
    """DELETE and UPDATE on ``annotations`` act as on the old table, packed layers included."""
    db = tmp_path / "copy.db"
    src = sqlite3.connect(corpus_db)
    dst = sqlite3.connect(db)
    src.backup(dst)
    src.close()
    dst.close()
    con = connect(db, create=True)
    before = load(con, 1).to_dict()["layers"]
    con.execute("DELETE FROM annotations WHERE layer = 'places' AND article = 1")
    con.execute("DELETE FROM annotations WHERE layer = 'tokens' AND article = 1 AND seq = 0")
    after = load(con, 1).to_dict()["layers"]
    assert after["places"] == [] and after["tokens"] == before["tokens"][1:]
    assert after["sentences"] == before["sentences"]
    # renumbering an article (what the Spark importer does) moves its packed rows whole
    top = con.execute("SELECT max(id) FROM articles").fetchone()[0]
    con.execute("PRAGMA foreign_keys = OFF")  # the article row itself is renumbered elsewhere
    con.execute("UPDATE annotations SET article = ? WHERE article = 2", (top + 1,))
    assert con.execute("SELECT count(*) FROM annotations WHERE article = 2").fetchone()[0] == 0
    assert {r[0] for r in con.execute("SELECT layer FROM packed_layers WHERE article = ?", (top + 1,))} \
        == _layers(con, 2)
    con.execute("UPDATE annotations SET label = 'X' WHERE article = 1 AND layer = 'sentences' AND seq = 0")
    assert [a["label"] for a in load(con, 1).to_dict()["layers"]["sentences"]][:1] == ["X"]


def test_schema_4_database_read_and_migrated(corpus_db, tmp_path):
    """A schema 4 database (structural layers packed as JSON text, the others a row each) is read as
    it is by read-only commands, and migrated (through 5 to 6) keeping every row; new articles go compressed."""
    old = tmp_path / "v4.db"
    con = sqlite3.connect(old, isolation_level=None)
    for version, script in enumerate(MIGRATIONS[:4], 1):
        for statement in _statements(script):
            con.execute(statement)
        con.execute(f"PRAGMA user_version = {version}")
    src = connect(corpus_db, readonly=True)
    cols = [r[1] for r in src.execute("PRAGMA table_info(articles)")]
    row = src.execute(f"SELECT {', '.join('unz(text)' if c == 'text' else c for c in cols)} FROM articles WHERE id = 1").fetchone()
    con.execute(f"INSERT INTO articles ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", row)
    for layer, producer, conf, data in src.execute(
            "SELECT layer, producer, confidence, data FROM packed_layers WHERE article = 1"):
        if layer in DELTA_LAYERS:  # as schema 4 wrote them: uncompressed JSON text
            con.execute("INSERT INTO packed_layers (article, layer, producer, confidence, data) VALUES (1,?,?,?,?)",
                        (layer, producer, conf, unpack_layer(data)))
        else:
            con.executemany(
                'INSERT INTO annotation_rows (article, layer, seq, "start", "end", label, attrs, producer, confidence)'
                " VALUES (1,?,?,?,?,?,?,?,?)",
                src.execute('SELECT layer, seq, "start", "end", label, attrs, producer, confidence FROM annotations'
                            " WHERE article = 1 AND layer = ?", (layer,)))
    con.execute("INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles")
    con.close()
    first = load(src, 1).to_dict()

    readonly = connect(old, readonly=True)
    assert readonly.execute("PRAGMA user_version").fetchone()[0] == 4
    assert load(readonly, 1).to_dict() == first
    readonly.close()

    migrated = connect(old, create=True)
    assert migrated.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6
    assert load(migrated, 1).to_dict() == first
    assert {r[0] for r in migrated.execute("SELECT DISTINCT typeof(data) FROM packed_layers")} == {"text"}
    word = next(a for a in first["layers"]["tokens"] if first["text"][a["start"]:a["end"]].isalpha())
    assert 1 in {h.id for h in search(migrated, "", layers=["tokens=" + first["text"][word["start"]:word["end"]]])}
    writer = Writer(migrated)
    second = load(src, 2)
    writer.add_article(second, "hash-2", "key-2", None, ["x"])
    writer.commit()
    assert load(migrated, 2).to_dict()["layers"] == second.to_dict()["layers"]
    assert load(migrated, 1).to_dict() == first
    assert {r[0] for r in migrated.execute("SELECT DISTINCT typeof(data) FROM packed_layers WHERE article = 2")} \
        == {"blob"}
