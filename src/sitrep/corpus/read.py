"""Reading stored articles back: the article contract, losslessly."""

from __future__ import annotations

import json
import sqlite3

from ..article import Annotation, Article, Published, RawInfo
from . import CorpusError


def resolve(con: sqlite3.Connection, ref: str) -> int:
    """The row id of the article ``ref``: a row id, an article id, or a key prefix (>= 8 hex)."""
    ref = ref.strip()
    if ref.isdigit():
        row = con.execute("SELECT id FROM articles WHERE id = ?", (int(ref),)).fetchone()
        if row:
            return row[0]
    rows = con.execute("SELECT id FROM articles WHERE article_id = ? ORDER BY id LIMIT 6", (ref,)).fetchall()
    if len(rows) == 1:
        return rows[0][0]
    if len(rows) > 1:
        ids = ", ".join(str(r[0]) for r in rows[:5])
        raise CorpusError(f"article id {ref!r} is ambiguous: stored as {ids}...; give the number")
    if len(ref) >= 8 and all(c in "0123456789abcdef" for c in ref.lower()):
        rows = con.execute(
            "SELECT id FROM articles WHERE key >= ? AND key < ? ORDER BY key LIMIT 2",
            (ref.lower(), ref.lower() + "g"),
        ).fetchall()
        if len(rows) == 1:
            return rows[0][0]
    raise CorpusError(f"no article {ref!r} in the corpus (give the number shown by `sitrep search`)")


def load(con: sqlite3.Connection, rowid: int) -> Article:
    row = con.execute(
        "SELECT article_id, unz(text), title, language, published, precision, source, raw, warnings, layers,"
        " dup_of, dup_kind, dup_score, key FROM articles WHERE id = ?",
        (rowid,),
    ).fetchone()
    if row is None:
        raise CorpusError(f"no article {rowid} in the corpus")
    (article_id, text, title, language, published, precision, source, raw, warnings, layers,
     dup_of, dup_kind, dup_score, key) = row
    article = Article(
        id=article_id,
        text=text,
        title=title,
        language=language,
        published=Published(published, precision) if published else None,
        source=json.loads(source),
        raw=RawInfo.from_dict(json.loads(raw)) if raw else None,
        warnings=json.loads(warnings) if warnings else [],
    )
    article.layers = {name: [] for name in json.loads(layers)}
    for layer, start, end, label, attrs, producer, confidence in con.execute(
        'SELECT layer, "start", "end", label, attrs, producer, confidence FROM annotations'
        " WHERE article = ? ORDER BY layer, seq",
        (rowid,),
    ):
        article.layers.setdefault(layer, []).append(
            Annotation(start, end, label, producer, confidence, json.loads(attrs) if attrs else {})
        )
    return article


def corpus_info(con: sqlite3.Connection, rowid: int) -> dict:
    """Where the article sits in the corpus: row id, key, duplicate link."""
    row = con.execute("SELECT key, dup_of, dup_kind, dup_score FROM articles WHERE id = ?", (rowid,)).fetchone()
    return {"id": rowid, "key": row[0], "duplicate_of": row[1], "duplicate_kind": row[2], "duplicate_score": row[3]}
