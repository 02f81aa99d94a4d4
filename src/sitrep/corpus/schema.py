"""Tables of the corpus database, their migrations, and opening a connection.

The store is generic over the article contract: ``articles`` holds the
document fields, ``annotations`` every annotation of every layer (any layer
name, any ``attrs``), so layers added by later components need no change here.

Schema versions are applied in order and recorded in ``PRAGMA user_version``;
a database newer than this code is refused rather than misread.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
import zlib
from functools import lru_cache
from operator import sub
from pathlib import Path

from . import CorpusError, codec, jsonenc

#: the columns of an ``annotations`` row read from a packed layer ``p`` expanded by ``json_each`` as ``j``
_UNPACKED = """p.article, p.layer, j.key, json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'),
               json_extract(j.value, '$[2]'), json_extract(j.value, '$[3]'),
               coalesce(json_extract(j.value, '$[4]'), p.producer),
               coalesce(json_extract(j.value, '$[5]'), p.confidence)"""

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema
    """
    CREATE TABLE articles (
        id           INTEGER PRIMARY KEY,
        key          TEXT NOT NULL UNIQUE,
        article_id   TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        title        TEXT,
        text         TEXT NOT NULL,
        language     TEXT,
        published    TEXT,
        precision    TEXT,
        pub_start    TEXT,
        pub_end      TEXT,
        url          TEXT,
        origin       TEXT NOT NULL,
        source_name  TEXT,
        reader       TEXT,
        source       TEXT NOT NULL,
        raw          TEXT,
        warnings     TEXT,
        layers       TEXT NOT NULL,
        pipeline     TEXT NOT NULL,
        dup_of       INTEGER REFERENCES articles(id),
        dup_kind     TEXT,
        dup_score    REAL,
        ingested_at  TEXT NOT NULL
    );
    CREATE INDEX articles_content_hash ON articles(content_hash);
    CREATE INDEX articles_language ON articles(language);
    CREATE INDEX articles_pub ON articles(pub_start);
    CREATE INDEX articles_source_name ON articles(source_name);
    CREATE INDEX articles_article_id ON articles(article_id);

    CREATE TABLE annotations (
        article    INTEGER NOT NULL REFERENCES articles(id),
        layer      TEXT NOT NULL,
        seq        INTEGER NOT NULL,
        "start"    INTEGER NOT NULL,
        "end"      INTEGER NOT NULL,
        label      TEXT NOT NULL,
        attrs      TEXT,
        producer   TEXT NOT NULL,
        confidence REAL NOT NULL,
        PRIMARY KEY (article, layer, seq)
    ) WITHOUT ROWID;

    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );

    CREATE TABLE minhash (
        article   INTEGER PRIMARY KEY REFERENCES articles(id),
        signature BLOB NOT NULL
    );
    CREATE TABLE lsh (
        band    INTEGER NOT NULL,
        bucket  INTEGER NOT NULL,
        article INTEGER NOT NULL REFERENCES articles(id),
        PRIMARY KEY (band, bucket, article)
    ) WITHOUT ROWID;

    CREATE TABLE errors (
        id         INTEGER PRIMARY KEY,
        origin     TEXT NOT NULL,
        stage      TEXT NOT NULL,
        reason     TEXT NOT NULL,
        component  TEXT,
        article_id TEXT,
        first_seen TEXT NOT NULL,
        last_seen  TEXT NOT NULL,
        seen       INTEGER NOT NULL DEFAULT 1,
        UNIQUE (origin, reason)
    );

    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # sitrep watch: followed sources and the article URLs found (docs/watch.md)
    """
    CREATE TABLE watch_sources (
        id            INTEGER PRIMARY KEY,
        url           TEXT NOT NULL UNIQUE,
        kind          TEXT NOT NULL,
        name          TEXT,
        parent        INTEGER REFERENCES watch_sources(id),
        config        TEXT NOT NULL,
        active        INTEGER NOT NULL DEFAULT 1,
        etag          TEXT,
        last_modified TEXT,
        last_fetch    REAL,
        last_status   TEXT,
        next_poll     REAL NOT NULL DEFAULT 0,
        links         INTEGER NOT NULL DEFAULT 0,
        articles      INTEGER NOT NULL DEFAULT 0,
        failures      INTEGER NOT NULL DEFAULT 0,
        errors        INTEGER NOT NULL DEFAULT 0,
        last_error    TEXT,
        gave_up       REAL
    );
    CREATE TABLE watch_urls (
        url           TEXT PRIMARY KEY,
        source        INTEGER NOT NULL REFERENCES watch_sources(id),
        state         TEXT NOT NULL,
        found         REAL NOT NULL,
        attempts      INTEGER NOT NULL DEFAULT 0,
        next_try      REAL NOT NULL DEFAULT 0,
        etag          TEXT,
        last_modified TEXT,
        hints         TEXT,
        article       INTEGER REFERENCES articles(id),
        reason        TEXT,
        fetched       REAL
    );
    CREATE INDEX watch_urls_state ON watch_urls(state, source, next_try);
    CREATE TABLE watch_rounds (
        id           INTEGER PRIMARY KEY,
        started      REAL NOT NULL,
        finished     REAL NOT NULL,
        polled       INTEGER NOT NULL,
        not_modified INTEGER NOT NULL,
        failed       INTEGER NOT NULL,
        links        INTEGER NOT NULL,
        fetched      INTEGER NOT NULL,
        stored       INTEGER NOT NULL,
        errors       INTEGER NOT NULL
    );
    """,
    # stories (issue 16): reuse links, streaming stories and threads, incidents and corroboration
    """
    CREATE TABLE story_profiles (
        article  INTEGER PRIMARY KEY REFERENCES articles(id),
        language TEXT,
        day      TEXT,
        outlet   TEXT,
        terms    TEXT NOT NULL,
        anchors  TEXT
    );
    CREATE TABLE story_postings (
        term    TEXT NOT NULL,
        article INTEGER NOT NULL REFERENCES articles(id),
        PRIMARY KEY (term, article)
    ) WITHOUT ROWID;
    CREATE TABLE story_df (term TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE reuse_links (
        id       INTEGER PRIMARY KEY,
        source   INTEGER NOT NULL REFERENCES articles(id),
        target   INTEGER NOT NULL REFERENCES articles(id),
        kind     TEXT NOT NULL,
        score    REAL NOT NULL,
        evidence TEXT,
        producer TEXT NOT NULL,
        UNIQUE (source, target)
    );
    CREATE INDEX reuse_links_target ON reuse_links(target);
    CREATE TABLE stories (
        id            INTEGER PRIMARY KEY,
        thread        INTEGER NOT NULL,
        label         TEXT,
        centroid      TEXT NOT NULL,
        n_articles    INTEGER NOT NULL,
        first_article INTEGER REFERENCES articles(id),
        last_article  INTEGER REFERENCES articles(id),
        first_day     TEXT,
        last_day      TEXT,
        languages     TEXT,
        outlets       TEXT,
        producer      TEXT NOT NULL
    );
    CREATE INDEX stories_thread ON stories(thread);
    CREATE TABLE story_members (
        article INTEGER PRIMARY KEY REFERENCES articles(id),
        story   INTEGER NOT NULL REFERENCES stories(id),
        score   REAL NOT NULL
    );
    CREATE INDEX story_members_story ON story_members(story);
    CREATE TABLE story_index (
        term  TEXT NOT NULL,
        story INTEGER NOT NULL REFERENCES stories(id),
        PRIMARY KEY (term, story)
    ) WITHOUT ROWID;
    CREATE TABLE incidents (
        id            INTEGER PRIMARY KEY,
        story         INTEGER NOT NULL REFERENCES stories(id),
        type          TEXT NOT NULL,
        day           TEXT,
        place         TEXT,
        label         TEXT,
        reports       INTEGER NOT NULL,
        independent   INTEGER NOT NULL,
        credibility   INTEGER NOT NULL,
        grade_reason  TEXT NOT NULL,
        producer      TEXT NOT NULL
    );
    CREATE INDEX incidents_story ON incidents(story);
    CREATE TABLE incident_reports (
        incident  INTEGER NOT NULL REFERENCES incidents(id),
        article   INTEGER NOT NULL REFERENCES articles(id),
        "start"   INTEGER NOT NULL,
        "end"     INTEGER NOT NULL,
        source    INTEGER NOT NULL,
        stance    TEXT NOT NULL,
        killed    INTEGER,
        actor     TEXT,
        origin    TEXT NOT NULL,
        PRIMARY KEY (incident, article, "start")
    ) WITHOUT ROWID;
    CREATE TABLE claims (
        id           INTEGER PRIMARY KEY,
        incident     INTEGER NOT NULL REFERENCES incidents(id),
        attribute    TEXT NOT NULL,
        value        TEXT NOT NULL,
        supporting   INTEGER NOT NULL,
        contradicting INTEGER NOT NULL,
        credibility  INTEGER NOT NULL,
        evidence     TEXT NOT NULL
    );
    CREATE INDEX claims_incident ON claims(incident);
    CREATE TABLE source_reliability (
        source_name TEXT PRIMARY KEY,
        grade       TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
        note        TEXT,
        set_at      TEXT NOT NULL
    );
    """,
    # 4 (issue 14): the bulky structural layers (PACKED_LAYERS) of an article are stored as one
    # row each, the annotations a compact JSON array; ``annotations`` becomes a view giving every
    # layer's rows as before (any SQLite client reads it), and inserting into it stores plain rows.
    """
    ALTER TABLE annotations RENAME TO annotation_rows;
    CREATE TABLE packed_layers (
        article    INTEGER NOT NULL REFERENCES articles(id),
        layer      TEXT NOT NULL,
        producer   TEXT NOT NULL,
        confidence REAL NOT NULL,
        data       TEXT NOT NULL,
        PRIMARY KEY (article, layer)
    ) WITHOUT ROWID;
    CREATE VIEW annotations (article, layer, seq, "start", "end", label, attrs, producer, confidence) AS
        SELECT article, layer, seq, "start", "end", label, attrs, producer, confidence FROM annotation_rows
        UNION ALL
        SELECT UNPACKED FROM packed_layers p, json_each(p.data) j;
    CREATE TRIGGER annotations_insert INSTEAD OF INSERT ON annotations BEGIN
        INSERT INTO annotation_rows (article, layer, seq, "start", "end", label, attrs, producer, confidence)
        VALUES (NEW.article, NEW.layer, NEW.seq, NEW."start", NEW."end", NEW.label, NEW.attrs, NEW.producer,
                NEW.confidence);
    END;
    CREATE TRIGGER annotations_delete INSTEAD OF DELETE ON annotations BEGIN
        INSERT INTO annotation_rows (article, layer, seq, "start", "end", label, attrs, producer, confidence)
        SELECT UNPACKED FROM packed_layers p, json_each(p.data) j
        WHERE p.article = OLD.article AND p.layer = OLD.layer;
        DELETE FROM packed_layers WHERE article = OLD.article AND layer = OLD.layer;
        DELETE FROM annotation_rows WHERE article = OLD.article AND layer = OLD.layer AND seq = OLD.seq;
    END;
    CREATE TRIGGER annotations_update INSTEAD OF UPDATE ON annotations BEGIN
        UPDATE packed_layers SET article = NEW.article
        WHERE article = OLD.article AND layer = OLD.layer AND NEW.article IS NOT OLD.article
          AND NEW.layer IS OLD.layer AND NEW.seq IS OLD.seq AND NEW."start" IS OLD."start"
          AND NEW."end" IS OLD."end" AND NEW.label IS OLD.label AND NEW.attrs IS OLD.attrs
          AND NEW.producer IS OLD.producer AND NEW.confidence IS OLD.confidence;
        INSERT INTO annotation_rows (article, layer, seq, "start", "end", label, attrs, producer, confidence)
        SELECT UNPACKED FROM packed_layers p, json_each(p.data) j
        WHERE p.article = OLD.article AND p.layer = OLD.layer;
        DELETE FROM packed_layers WHERE article = OLD.article AND layer = OLD.layer;
        UPDATE annotation_rows SET article = NEW.article, layer = NEW.layer, seq = NEW.seq, "start" = NEW."start",
            "end" = NEW."end", label = NEW.label, attrs = NEW.attrs, producer = NEW.producer,
            confidence = NEW.confidence
        WHERE article = OLD.article AND layer = OLD.layer AND seq = OLD.seq;
    END;
    """.replace("UNPACKED", _UNPACKED),
    # 5 (issue 14): every layer is packed, and new packed rows are compressed (a BLOB, see
    # pack_layer); schema 4's packed rows (TEXT) are kept as they are. The view and its triggers
    # read ``data`` through the SQL function ``unpack_layer``. ``packed_layers`` becomes a rowid
    # table: a WITHOUT ROWID row keeps at most about 1 KB in its page, and the rest of a
    # layer (most are 0.3 to 4 KB) went to overflow pages that were left two thirds empty.
    """
    DROP TRIGGER annotations_insert;
    DROP TRIGGER annotations_delete;
    DROP TRIGGER annotations_update;
    DROP VIEW annotations;
    ALTER TABLE packed_layers RENAME TO packed_layers_4;
    CREATE TABLE packed_layers (
        id         INTEGER PRIMARY KEY,
        article    INTEGER NOT NULL REFERENCES articles(id),
        layer      TEXT NOT NULL,
        producer   TEXT NOT NULL,
        confidence REAL NOT NULL,
        data       NOT NULL,
        UNIQUE (article, layer)
    );
    INSERT INTO packed_layers (article, layer, producer, confidence, data)
        SELECT article, layer, producer, confidence, data FROM packed_layers_4 ORDER BY article, layer;
    DROP TABLE packed_layers_4;
    CREATE VIEW annotations (article, layer, seq, "start", "end", label, attrs, producer, confidence) AS
        SELECT article, layer, seq, "start", "end", label, attrs, producer, confidence FROM annotation_rows
        UNION ALL
        SELECT UNPACKED FROM packed_layers p, json_each(unpack_layer(p.data)) j;
    CREATE TRIGGER annotations_insert INSTEAD OF INSERT ON annotations BEGIN
        INSERT INTO annotation_rows (article, layer, seq, "start", "end", label, attrs, producer, confidence)
        VALUES (NEW.article, NEW.layer, NEW.seq, NEW."start", NEW."end", NEW.label, NEW.attrs, NEW.producer,
                NEW.confidence);
    END;
    CREATE TRIGGER annotations_delete INSTEAD OF DELETE ON annotations BEGIN
        INSERT INTO annotation_rows (article, layer, seq, "start", "end", label, attrs, producer, confidence)
        SELECT UNPACKED FROM packed_layers p, json_each(unpack_layer(p.data)) j
        WHERE p.article = OLD.article AND p.layer = OLD.layer;
        DELETE FROM packed_layers WHERE article = OLD.article AND layer = OLD.layer;
        DELETE FROM annotation_rows WHERE article = OLD.article AND layer = OLD.layer AND seq = OLD.seq;
    END;
    CREATE TRIGGER annotations_update INSTEAD OF UPDATE ON annotations BEGIN
        UPDATE packed_layers SET article = NEW.article
        WHERE article = OLD.article AND layer = OLD.layer AND NEW.article IS NOT OLD.article
          AND NEW.layer IS OLD.layer AND NEW.seq IS OLD.seq AND NEW."start" IS OLD."start"
          AND NEW."end" IS OLD."end" AND NEW.label IS OLD.label AND NEW.attrs IS OLD.attrs
          AND NEW.producer IS OLD.producer AND NEW.confidence IS OLD.confidence;
        INSERT INTO annotation_rows (article, layer, seq, "start", "end", label, attrs, producer, confidence)
        SELECT UNPACKED FROM packed_layers p, json_each(unpack_layer(p.data)) j
        WHERE p.article = OLD.article AND p.layer = OLD.layer;
        DELETE FROM packed_layers WHERE article = OLD.article AND layer = OLD.layer;
        UPDATE annotation_rows SET article = NEW.article, layer = NEW.layer, seq = NEW.seq, "start" = NEW."start",
            "end" = NEW."end", label = NEW.label, attrs = NEW.attrs, producer = NEW.producer,
            confidence = NEW.confidence
        WHERE article = OLD.article AND layer = OLD.layer AND seq = OLD.seq;
    END;
    """.replace("UNPACKED", _UNPACKED),
    # 6 (issue 14): new packed layers, article texts and the story tables' JSON columns are
    # zstd-compressed with trained dictionaries (sitrep.corpus.codec), which the database keeps in
    # ``zstd_dicts``; readers go through the SQL function ``unz`` (a TEXT value, written before,
    # is returned as it is). The full-text index reads its content through the view
    # ``articles_text`` (the text decompressed), so it is recreated and rebuilt once.
    # ``packed_layers.n`` is the number of annotations of the row (``sitrep stats`` counts
    # without unpacking).
    """
    CREATE TABLE zstd_dicts (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        data BLOB NOT NULL
    );
    ALTER TABLE packed_layers ADD COLUMN n INTEGER;
    UPDATE packed_layers SET n = json_array_length(unpack_layer(data));
    DROP TABLE articles_fts;
    CREATE VIEW articles_text (id, title, text) AS SELECT id, title, unz(text) FROM articles;
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles_text', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );
    INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
#: the oldest schema read-only commands (search, show, export ...) read without migrating it:
#: schemas 4 and 5 only changed how layers are stored, not what the ``annotations`` rows are
READABLE_FROM = 3

#: layers whose packed annotations are delta-encoded (many small, adjacent annotations: the
#: offsets then compress about four times better)
DELTA_LAYERS = frozenset({"tokens", "sentences", "paragraphs"})
#: first byte of a compressed ``packed_layers.data`` BLOB: the items as written, or delta-encoded
_PLAIN, _DELTA = b"z", b"d"


def pack_layer(rows: list[tuple], delta: bool = False, name: str = codec.GENERIC) -> tuple[str, float, bytes, int]:
    """One layer's annotations ``(start, end, label, attrs JSON or None, producer, confidence)`` as
    the ``packed_layers`` columns ``producer``, ``confidence`` (the first annotation's), ``data``
    and ``n`` (the number of annotations). ``data`` holds a JSON array of ``[start, end, label]``,
    with the attrs JSON string as a 4th item when there are attrs, and a producer and confidence
    of its own as 5th and 6th items when they differ from the row's; zstd-compressed with the
    dictionary of the layer ``name`` (:mod:`.codec`) behind a format byte. With ``delta`` (for
    :data:`DELTA_LAYERS`) each item's start is stored as the difference from the previous item's
    start and its end as its length. :func:`unpack_layer` gives the JSON array back."""
    return pack_columns(*zip(*rows), delta=delta, name=name)


def pack_columns(starts, ends, labels, attrs, prods, confs, delta: bool = False,
                 name: str = codec.GENERIC) -> tuple[str, float, bytes, int]:
    """:func:`pack_layer` of the annotations given as six columns (sequences of one length)."""
    producer, conf = prods[0], float(confs[0])
    if delta:
        ends = list(map(sub, ends, starts))
        starts = list(map(sub, starts, (0, *starts[:-1])))
    if conf == conf and prods.count(producer) == len(prods) and set(map(float, confs)) == {conf}:
        # one producer and confidence (every layer sitrep's components make): the rows' own lists
        if attrs.count(None) == len(attrs):
            items = list(zip(starts, ends, labels))
        else:
            items = [(s, e, k) if a is None else (s, e, k, a) for s, e, k, a in zip(starts, ends, labels, attrs)]
        # json's bytes, written by orjson (tuples as arrays)
        return producer, conf, codec.compress(jsonenc.dumps_bytes(items), name, delta), len(items)
    else:
        items = []
        for s, e, label, a, prod, c in zip(starts, ends, labels, attrs, prods, confs):
            c = float(c)
            if prod != producer or c != conf:
                items.append([s, e, label, a, prod, c])
            elif a is not None:
                items.append([s, e, label, a])
            else:
                items.append([s, e, label])
    return producer, conf, codec.compress(jsonenc.dumps_bytes(items), name, delta), len(items)


def pack_spans(rows: list[tuple[int, int, str]], producer: str, confidence: float, delta: bool = False,
               name: str = codec.GENERIC) -> tuple[str, float, bytes, int]:
    """:func:`pack_layer` of plain annotations ``(start, end, label)`` of one producer and one
    confidence, no attrs (a :class:`~sitrep.article.SpanLayer`'s rows): the same columns, the same bytes."""
    conf = float(confidence)
    if conf != conf:  # NaN: pack_layer's own way
        return pack_layer([(s, e, k, None, producer, confidence) for s, e, k in rows], delta, name)
    if delta:
        starts, ends, labels = zip(*rows)
        items = list(zip(map(sub, starts, (0, *starts[:-1])), map(sub, ends, starts), labels))
    else:
        items = rows
    return producer, conf, codec.compress(jsonenc.dumps_bytes(items), name, delta), len(items)


def unpack_layer(data: str | bytes | None, decoder: codec.Decoder | None = None) -> str | None:
    """``packed_layers.data`` as the JSON array of :func:`pack_layer` with absolute offsets (SQL
    function ``unpack_layer``, used by the ``annotations`` view); schema 4's uncompressed TEXT
    is returned as it is, schema 5's zlib BLOBs and schema 6's zstd BLOBs decompressed."""
    if data is None or isinstance(data, str):
        return data
    kind = data[:1]
    if kind in (codec.ZSTD, codec.ZSTD_DELTA):
        text = (decoder or _default_decoder()).bytes(data).decode()
        delta = kind == codec.ZSTD_DELTA
    else:
        text = zlib.decompress(data[1:]).decode()
        delta = kind == _DELTA
    if not delta:
        return text
    items = json.loads(text)
    start = 0
    for item in items:
        start += item[0]
        item[0], item[1] = start, start + item[1]
    return json.dumps(items, ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=1)
def _default_decoder() -> codec.Decoder:
    return codec.Decoder()


def register_functions(con: sqlite3.Connection) -> None:
    """The SQL functions sitrep's queries use (``fold`` in filters, ``unpack_layer`` in the
    ``annotations`` view of schema 5, ``unz`` for the compressed JSON columns of schema 6) on a
    connection, with the zstd dictionaries the database holds."""
    decoder = codec.Decoder.of(con)
    con.create_function("fold", 1, fold, deterministic=True)
    con.create_function("unpack_layer", 1, lambda data: unpack_layer(data, decoder), deterministic=True)
    con.create_function("unz", 1, decoder.json, deterministic=True)


def fold(value: str | None) -> str | None:
    """Case- and accent-insensitive form used by filters (SQL function ``fold``)."""
    if value is None:
        return None
    return unicodedata.normalize("NFKC", str(value)).casefold()


#: page size of a new database (SQLite's default is 4 KB): on c2k 1.2 MB less (3.5 %), the end of
#: each page left empty when the next row does not fit is a smaller share of a larger page
PAGE_SIZE = 16384


def connect(path: str | Path, *, create: bool = False, readonly: bool = False) -> sqlite3.Connection:
    """Open (and with ``create``, create or migrate) the corpus database at ``path``."""
    path = Path(path)
    if not create and not path.is_file():
        raise CorpusError(f"{path}: no such corpus database (create it with `sitrep ingest ... --db {path}`)")
    if create:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CorpusError(f"{path}: cannot create the database folder: {exc.strerror or exc}") from None
    try:
        new = create and str(path) != ":memory:" and (not path.is_file() or path.stat().st_size == 0)
        if readonly:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None, timeout=30)
        else:
            con = sqlite3.connect(path, isolation_level=None, timeout=30)
        con.execute("PRAGMA busy_timeout = 30000")
        if new:  # before the first table and WAL: rows of 0.3 to 4 KB waste less of 16 KB pages
            con.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        if not readonly:
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA synchronous = NORMAL")
        con.execute("PRAGMA foreign_keys = ON")
        version = con.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise CorpusError(f"{path}: not a corpus database ({exc})") from None
    register_functions(con)
    if version > SCHEMA_VERSION:
        raise CorpusError(f"{path}: schema version {version} is newer than this sitrep ({SCHEMA_VERSION})")
    if version == 0 and not create:
        tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables == 0:
            raise CorpusError(f"{path}: empty database, not a corpus")
        raise CorpusError(f"{path}: not a corpus database (no schema version)")
    if version < SCHEMA_VERSION:
        if readonly and version >= READABLE_FROM:
            return con  # what readers query is the same (``annotations`` a table there, a view here)
        if readonly:
            raise CorpusError(f"{path}: schema version {version} needs migrating; run `sitrep ingest` on it first")
        migrate(con, version)
    if create and not readonly:
        codec.install(con)
        register_functions(con)  # with the dictionaries just stored
    return con


def migrate(con: sqlite3.Connection, version: int) -> None:
    """Apply every migration after ``version``, each in its own transaction."""
    for target in range(version + 1, SCHEMA_VERSION + 1):
        con.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[target - 1]):
                con.execute(statement)
            con.execute(f"PRAGMA user_version = {target}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    """Split a migration script into statements at ``;`` (a trigger body's ``;`` stays inside its
    statement: pieces are joined until SQLite calls the statement complete)."""
    out: list[str] = []
    buf = ""
    for piece in script.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n;"):
                out.append(buf.strip().rstrip(";").strip())
            buf = ""
    if buf.strip(" \n;"):
        out.append(buf.strip().rstrip(";").strip())
    return out
