"""The whole-corpus pass: reuse links, stories, incidents recomputed for every stored article.

``sitrep relink --db corpus.db`` empties the story tables and feeds every
article, in storage order, through the same streaming :class:`Linker` that
ingest uses (so the result is what ingesting the corpus from scratch would
give), committing every ``BATCH`` articles: memory stays flat and an
interrupted pass is simply run again. Source reliability grades given by the
analyst are kept.
"""

from __future__ import annotations

import sqlite3
import time

import json

from ..article import Annotation, Article, Published
from .linker import Linker

BATCH = 200
TABLES = ("claims", "incident_reports", "incidents", "story_index", "story_members", "stories", "reuse_links",
          "story_postings", "story_df", "story_profiles")


#: the layers the linker reads (the others, tokens first, are not loaded)
LAYERS = ("sentences", "actors", "places", "times", "events")


def _load(con: sqlite3.Connection, rowid: int) -> Article:
    article_id, text, title, language, published, precision, source = con.execute(
        "SELECT article_id, unz(text), title, language, published, precision, source FROM articles WHERE id = ?",
        (rowid,)).fetchone()
    article = Article(id=article_id, text=text, title=title, language=language,
                      published=Published(published, precision) if published else None, source=json.loads(source))
    for layer in LAYERS:
        rows = con.execute('SELECT "start", "end", label, attrs, producer, confidence FROM annotations'
                           " WHERE article = ? AND layer = ? ORDER BY seq", (rowid, layer)).fetchall()
        if rows:
            article.layers[layer] = [Annotation(s, e, lb, p, c, json.loads(a) if a else {})
                                     for s, e, lb, a, p, c in rows]
    return article


def relink(con: sqlite3.Connection, progress=None) -> dict:
    t0 = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    for table in TABLES:
        con.execute(f"DELETE FROM {table}")
    con.execute("DELETE FROM meta WHERE key = 'stories.documents'")
    con.execute("COMMIT")
    linker = Linker(con)
    ids = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id")]
    con.execute("BEGIN IMMEDIATE")
    for n, rowid in enumerate(ids, 1):
        dup_of, dup_kind, dup_score = con.execute(
            "SELECT dup_of, dup_kind, dup_score FROM articles WHERE id = ?", (rowid,)).fetchone()
        linker.add(rowid, _load(con, rowid), None, dup_of, dup_kind, dup_score)
        if n % BATCH == 0:
            linker.flush()
            con.execute("COMMIT")
            if progress:
                progress(n, len(ids))
            con.execute("BEGIN IMMEDIATE")
    linker.flush()
    linker.finish()
    con.execute("COMMIT")
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("stories", "reuse_links", "incidents", "claims")}
    counts["threads"] = con.execute("SELECT count(DISTINCT thread) FROM stories").fetchone()[0]
    counts["articles"] = len(ids)
    counts["seconds"] = round(time.perf_counter() - t0, 2)
    return counts
