"""``sitrep search``: full-text search (FTS5) with filters on any stored layer.

Filters combine with AND: language, publication range (an article dated only
``2022-09`` matches ``--since 2022-09-15``: its range overlaps), source name
or URL, and annotations: ``--place NAME`` matches an annotation of layer
``places`` whose surface text, label, ``attrs.name`` or ``attrs.canonical``
is NAME (case- and accent-insensitively), ``--actor NAME`` the same in layer
``actors``, and ``--layer LAYER=VALUE`` the same in any layer.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass

from ..article import parse_published
from . import CorpusError

#: attributes of an annotation a NAME filter looks at (besides its surface and label)
NAME_ATTRS = ("name", "canonical", "normalized", "value")


@dataclass
class Hit:
    id: int
    article_id: str
    title: str | None
    language: str | None
    published: str | None
    source: str | None
    url: str | None
    snippet: str
    duplicate_of: int | None
    score: float | None

    def to_dict(self) -> dict:
        return asdict(self)


def layer_filter(layer: str, value: str) -> tuple[str, list]:
    attrs = " OR ".join(f"fold(json_extract(n.attrs, '$.{a}')) = fold(?)" for a in NAME_ATTRS)
    sql = (
        "EXISTS (SELECT 1 FROM annotations n WHERE n.article = a.id AND n.layer = ? AND ("
        'fold(substr(unz(a.text), n."start" + 1, n."end" - n."start")) = fold(?) OR fold(n.label) = fold(?)'
        f" OR {attrs}))"
    )
    return sql, [layer, value, value] + [value] * len(NAME_ATTRS)


def _day(value: str, option: str, end: bool) -> str:
    try:
        pub = parse_published(value)
    except ValueError as exc:
        raise CorpusError(f"{option}: {exc}") from None
    from .identity import pub_range

    start, last = pub_range(pub.value)
    return last if end else start


def _fts_query(query: str) -> str:
    """The query as FTS5 terms: every word quoted (used when the raw query is not valid FTS5)."""
    words = re.findall(r"\w+", query)
    return " ".join(f'"{w}"' for w in words)


def article_conditions(
    *,
    lang: str | None = None,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    place: str | None = None,
    actor: str | None = None,
    layers: list[str] | None = None,
) -> tuple[list[str], list]:
    """SQL conditions over ``articles a`` (joined by AND) and their parameters for the filters."""
    where: list[str] = []
    params: list = []
    if lang:
        where.append("a.language = ?")
        params.append(lang.lower())
    if since:
        where.append("a.pub_end >= ?")
        params.append(_day(since, "--since", end=False))
    if until:
        where.append("a.pub_start <= ?")
        params.append(_day(until, "--until", end=True))
    if source:
        where.append("(fold(a.source_name) = fold(?) OR a.url LIKE ? OR fold(a.origin) LIKE fold(?))")
        params += [source, f"%{source}%", f"%{source}%"]
    for layer, value in (("places", place), ("actors", actor)):
        if value:
            sql, p = layer_filter(layer, value)
            where.append(sql)
            params += p
    for spec in layers or []:
        layer, sep, value = spec.partition("=")
        if not sep or not layer.strip() or not value.strip():
            raise CorpusError(f"--layer {spec!r}: expected LAYER=VALUE, e.g. places=Izyum")
        sql, p = layer_filter(layer.strip(), value.strip())
        where.append(sql)
        params += p
    return where, params


def search(
    con: sqlite3.Connection,
    query: str = "",
    *,
    limit: int = 20,
    **filters,
) -> list[Hit]:
    """Articles matching the FTS5 ``query`` and the filters of :func:`article_conditions`."""
    where, params = article_conditions(**filters)
    cond = (" AND " + " AND ".join(where)) if where else ""
    cols = "a.id, a.article_id, a.title, a.language, a.published, a.source_name, a.url"
    if not query.strip():
        rows = con.execute(
            f"SELECT {cols}, substr(unz(a.text), 1, 160), a.dup_of, NULL FROM articles a WHERE 1 {cond}"
            " ORDER BY a.pub_start DESC, a.id LIMIT ?",
            params + [limit],
        ).fetchall()
        return [Hit(*r) for r in rows]
    sql = (
        f"SELECT {cols}, snippet(articles_fts, 1, '[', ']', ' … ', 16), a.dup_of, bm25(articles_fts)"
        f" FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
        f" WHERE articles_fts MATCH ? {cond} ORDER BY bm25(articles_fts), a.id LIMIT ?"
    )
    try:
        rows = con.execute(sql, [query] + params + [limit]).fetchall()
    except sqlite3.OperationalError as exc:
        if "fts5" not in str(exc) and "syntax" not in str(exc) and "no such column" not in str(exc):
            raise
        plain = _fts_query(query)
        if not plain:
            raise CorpusError(f"search: nothing to search for in {query!r}") from None
        rows = con.execute(sql, [plain] + params + [limit]).fetchall()
    return [Hit(*r[:9], round(r[9], 3) if r[9] is not None else None) for r in rows]


def render(hits: list[Hit]) -> str:
    if not hits:
        return "no matching article"
    lines = []
    for h in hits:
        dup = f"  (duplicate of {h.duplicate_of})" if h.duplicate_of else ""
        meta = "  ".join(x for x in (h.published or "undated", h.language or "?", h.source or "") if x)
        lines.append(f"{h.id:>6}  {meta}  {h.title or h.article_id}{dup}")
        lines.append("        " + " ".join(h.snippet.split()))
    return "\n".join(lines)
