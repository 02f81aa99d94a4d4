"""The single writer: every article with all its layers, duplicates and errors.

Only this object writes to the database. Articles are written in batches,
one transaction per batch; an article's row, its annotations, its full-text
entry and its MinHash bands are in the same transaction, so after a crash
(even ``kill -9``) an article is in the database with all its layers or not
at all. The ``key`` column is UNIQUE: re-writing a stored article is a no-op.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from operator import attrgetter

from ..article import Article, SpanLayer
from . import identity
from .codec import pack_json
from .jsonenc import dumps
from .schema import DELTA_LAYERS, pack_columns, pack_spans


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _json(value) -> str | None:
    """``json.dumps(value, ensure_ascii=False, separators=(",", ":"))`` (None when empty), written by
    orjson (:mod:`.jsonenc`: the same text; the attrs of every annotation go through it in the worker)."""
    return dumps(value) if value else None


#: the columns of a layer's annotations, as :func:`~.schema.pack_columns` takes them
_COLUMNS = tuple(map(attrgetter, ("start", "end", "label", "attrs", "producer", "confidence")))


def annotation_rows(article: Article) -> tuple[dict[str, int], list[tuple]]:
    """Layer sizes (in order) and the rows that store the layers, without the article id:
    ``(layer, producer, confidence, data, n)`` per non-empty layer (one ``packed_layers`` row,
    :func:`~.schema.pack_layer`, delta-encoded for :data:`~.schema.DELTA_LAYERS`).

    Workers call this so the writer only inserts rows (no objects to rebuild, nothing to compress).
    """
    counts = {name: len(anns) for name, anns in article.layers.items()}
    rows: list[tuple] = []
    for name, anns in article.layers.items():
        if not anns:
            continue
        packed = anns.packed() if isinstance(anns, SpanLayer) else None
        if packed is not None:  # the compact tokens layer: its rows as they are
            rows.append((name, *pack_spans(*packed, delta=name in DELTA_LAYERS, name=name)))
            continue
        if isinstance(anns, SpanLayer):  # the compact layers (event mentions): no annotation objects made
            starts, ends, labels, attrs, prods, confs = zip(*anns.records())
        else:
            starts, ends, labels, attrs, prods, confs = (list(map(get, anns)) for get in _COLUMNS)
        if any(attrs):  # attrs as JSON (None when empty)
            attrs = list(map(_json, attrs))
        elif attrs.count(None) != len(attrs):  # empty attrs ({}) stored as none
            attrs = [None] * len(attrs)
        rows.append((name, *pack_columns(starts, ends, labels, attrs, prods, confs,
                                         delta=name in DELTA_LAYERS, name=name)))
    return counts, rows


@dataclass
class Counts:
    added: int = 0
    exact: int = 0
    near: int = 0
    skipped: int = 0
    errors: int = 0


def insert_rows(con, rowid: int, rows: list[tuple]) -> None:
    """Store the rows of :func:`annotation_rows` for the article ``rowid``."""
    con.executemany(
        "INSERT INTO packed_layers (article, layer, producer, confidence, data, n) VALUES (?,?,?,?,?,?)",
        ((rowid, *row) for row in rows),
    )


class Writer:
    def __init__(self, con: sqlite3.Connection, batch_size: int = 64, batch_seconds: float = 1.0,
                 linker=None) -> None:
        self.con = con
        #: stories and reuse links (sitrep.stories.linker.Linker), called for each stored article
        self.linker = linker
        self.batch_size = batch_size
        self.batch_seconds = batch_seconds
        self.pending = 0
        self.started: float | None = None
        self.counts = Counts()
        #: full-text rows of the open batch, inserted together just before COMMIT: FTS5 writes what
        #: it has pending as a new index segment whenever a later statement opens a statement
        #: journal, so one insert per article meant one segment (and its merges) per article
        self._fts: list[tuple[int, str | None, str]] = []

    # -- transactions ------------------------------------------------------
    def _begin(self) -> None:
        if self.started is None:
            self.con.execute("BEGIN IMMEDIATE")
            self.started = time.monotonic()

    def maybe_commit(self) -> None:
        if self.started is not None and (
            self.pending >= self.batch_size or time.monotonic() - self.started >= self.batch_seconds
        ):
            self.commit()

    def commit(self) -> None:
        if self.started is not None:
            if not self.con.in_transaction:
                # SQLite rolled the batch back itself after an error inside it (a full disk, an I/O
                # error): say so rather than "cannot commit - no transaction is active", and leave
                # the writer ready for the next batch, as rollback() does
                self.rollback()
                raise sqlite3.OperationalError("the open batch was rolled back by SQLite after an earlier error")
            if self.linker is not None:
                self.linker.flush()
            self._flush_fts()
            self.con.execute("COMMIT")
            self.started = None
            self.pending = 0

    def finish_stories(self) -> None:
        """Labels and incidents of the stories this run touched (sitrep.stories), in one transaction."""
        if self.linker is not None:
            self._begin()
            self.linker.finish()

    def _flush_fts(self) -> None:
        if self._fts:
            self.con.executemany("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)", self._fts)
            self._fts.clear()

    def rollback(self) -> None:
        self._fts.clear()
        if self.started is not None:
            self.started = None
            self.pending = 0
            if self.con.in_transaction:
                self.con.execute("ROLLBACK")

    # -- reads -------------------------------------------------------------
    def has(self, key: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE key = ?", (key,)).fetchone() is not None

    # -- writes ------------------------------------------------------------
    def add_article(
        self, article: Article, chash: str, key: str, sig: bytes | None, pipeline: list[str]
    ) -> str:
        """Store ``article``; returns ``added``, ``exact``, ``near`` or ``skipped`` (already stored)."""
        counts, rows = annotation_rows(article)
        return self.add_rows(article, counts, rows, chash, key, sig, pipeline)

    def add_rows(
        self, article: Article, counts: dict[str, int], rows: list[tuple], chash: str, key: str,
        sig: bytes | None, pipeline: list[str], profile=None, packed_text: bytes | None = None,
    ) -> str:
        """Store an article whose layers come as :func:`annotation_rows` (``article.layers`` is ignored).
        ``packed_text``: ``pack_json(article.text, "text")`` when the worker made it."""
        self._begin()
        if self.has(key):
            self.counts.skipped += 1
            return "skipped"
        dup_of, dup_kind, dup_score = self._duplicate_of(chash, sig)
        pub = article.published
        start, end = identity.pub_range(pub.value if pub else None)
        cur = self.con.execute(
            """INSERT INTO articles (key, article_id, content_hash, title, text, language, published,
                   precision, pub_start, pub_end, url, origin, source_name, reader, source, raw, warnings,
                   layers, pipeline, dup_of, dup_kind, dup_score, ingested_at)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                key, article.id, chash, article.title,
                pack_json(article.text, "text") if packed_text is None else packed_text, article.language,
                pub.value if pub else None, pub.precision if pub else None, start, end,
                article.source.get("url"), str(article.source.get("path") or article.id),
                identity.source_name(article), article.source.get("reader"),
                json.dumps(article.source, ensure_ascii=False, default=str),
                json.dumps(article.raw.to_dict()) if article.raw else None,
                _json(article.warnings),
                json.dumps(counts),
                json.dumps(pipeline), dup_of, dup_kind, dup_score, _now(),
            ),
        )
        rowid = cur.lastrowid
        insert_rows(self.con, rowid, rows)
        if sig is not None:
            self.con.execute("INSERT INTO minhash (article, signature) VALUES (?, ?)", (rowid, identity.stored(sig)))
            self.con.executemany(
                "INSERT OR IGNORE INTO lsh (band, bucket, article) VALUES (?, ?, ?)",
                ((b, bucket, rowid) for b, bucket in identity.bands(sig)),
            )
        if self.linker is not None:  # reuse links and story (sitrep.stories), same transaction
            self.linker.add(rowid, article, profile, dup_of, dup_kind, dup_score)
        self._fts.append((rowid, article.title, article.text))  # last: an article that failed is not indexed
        self.pending += 1
        outcome = dup_kind or "added"
        setattr(self.counts, outcome, getattr(self.counts, outcome) + 1)
        if outcome != "added":
            self.counts.added += 1
        return outcome

    def _duplicate_of(self, chash: str, sig: bytes | None) -> tuple[int | None, str | None, float | None]:
        """The first stored article with this very text (exact), else the first with a very similar
        body (near): links always point at a stored article, never along a chain."""
        row = self.con.execute(
            "SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1", (chash,)
        ).fetchone()
        if row:
            return row[0], "exact", 1.0
        if sig is None:
            return None, None, None
        # The earliest few articles of each LSH bucket: a story copied thousands of times
        # costs a bounded number of comparisons, and the first copy is among them.
        candidates: set[int] = set()
        for band, bucket in identity.bands(sig):
            candidates.update(r[0] for r in self.con.execute(
                "SELECT article FROM lsh WHERE band = ? AND bucket = ? ORDER BY article LIMIT ?",
                (band, bucket, identity.CANDIDATES_PER_BUCKET),
            ))
        best: tuple[int, float] | None = None
        for article in sorted(candidates):  # the earliest stored similar article
            other = self.con.execute("SELECT signature FROM minhash WHERE article = ?", (article,)).fetchone()[0]
            score = identity.similarity(sig, other)
            if score >= identity.NEAR_DUPLICATE_JACCARD:
                best = (article, score)
                break
        if best is None:
            return None, None, None
        return best[0], "near", round(best[1], 4)

    def add_error(
        self, origin: str, stage: str, reason: str, component: str | None = None, article_id: str | None = None
    ) -> None:
        self._begin()
        now = _now()
        self.con.execute(
            """INSERT INTO errors (origin, stage, reason, component, article_id, first_seen, last_seen)
               VALUES (?,?,?,?,?,?,?)
               ON CONFLICT (origin, reason) DO UPDATE SET last_seen = excluded.last_seen, seen = seen + 1""",
            (origin, stage, reason, component, article_id, now, now),
        )
        self.pending += 1
        self.counts.errors += 1

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        """Run one statement inside the open batch, so state kept beside articles (``sitrep watch``)
        commits or rolls back with them."""
        self._begin()
        return self.con.execute(sql, params)

    def set_meta(self, key: str, value: str) -> None:
        self._begin()
        self.con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
