"""Every query of the workbench, over the generic corpus schema.

All SQL here is parameterised: user input only ever reaches SQLite as a bound
value (the FTS5 query included; an invalid FTS5 query is retried as quoted words).
Identifiers are never taken from the request, except table names in
:func:`table_rows`, which must match a table listed in ``sqlite_master`` and are
then quoted.

Queries are bounded: the articles a page works on are at most :data:`MATCH_CAP`
(the best-ranked or latest), per-annotation summaries read annotations by the
``(article, layer)`` primary-key prefix of those articles only.  Layers are found
by name, so a layer a later component adds (``events``, ``claims``...) shows up
in the facets, the layer listing and the article page without changes here.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields

from ..corpus import CorpusError
from ..corpus.identity import pub_range
from ..article import parse_published
from .db import CORE_TABLES

MATCH_CAP = 1000  # articles a search, map, timeline or graph works on (best-ranked or latest first)
SCAN_CAP = 2000  # candidates on which annotation filters (place, actor, event, layer) are checked
FACET_SAMPLE = 100  # articles whose annotations feed the place/actor/event facets
MAX_QUERY_CHARS = 400
MAX_VALUE_CHARS = 200
CONTEXT_CHARS = 110
SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"
STRUCTURAL = ("title", "paragraphs", "language", "sentences", "tokens")

ARTICLE_COLS = "a.id, a.article_id, a.title, a.language, a.published, a.precision, a.source_name, a.url, a.dup_of, a.dup_kind"


class BadRequest(ValueError):
    """A request parameter that cannot be used; the message names it."""


@dataclass
class Filters:
    """The facets every page shares; they live in the query string."""

    q: str = ""
    lang: str = ""
    source: str = ""
    since: str = ""
    until: str = ""
    place: str = ""
    actor: str = ""
    event_type: str = ""
    modality: str = ""
    layer: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            values = value if isinstance(value, list) else [value]
            limit = MAX_QUERY_CHARS if f.name == "q" else MAX_VALUE_CHARS
            for v in values:
                if v is not None and len(v) > limit:
                    raise BadRequest(f"{f.name}: longer than {limit} characters")
        if len(self.layer) > 8:
            raise BadRequest("layer: at most 8 layer filters")
        self.q = (self.q or "").strip()
        for name in ("since", "until"):
            value = (getattr(self, name) or "").strip()
            if value:
                try:
                    parse_published(value)
                except ValueError as exc:
                    raise BadRequest(f"{name}: {exc}") from None
            setattr(self, name, value)

    def params(self) -> list[tuple[str, str]]:
        """The non-empty filters as query-string pairs (links keep the view)."""
        out = []
        for f in fields(self):
            value = getattr(self, f.name)
            for v in value if isinstance(value, list) else [value]:
                if v:
                    out.append((f.name, v))
        return out

    def active(self) -> bool:
        return bool(self.params())


def _day(value: str, end: bool) -> str:
    start, last = pub_range(parse_published(value).value)
    return last if end else start


def _ann_exists(layer: str, cond: str, params: list) -> tuple[str, list]:
    return (f"EXISTS (SELECT 1 FROM annotations n WHERE n.article = a.id AND n.layer = ? AND ({cond}))",
            [layer, *params])


def name_match(layer: str, value: str) -> tuple[str, list]:
    """An annotation of ``layer`` whose id (geonameid, actor), name, label or surface is ``value``."""
    if value.isdigit():
        return _ann_exists(layer, "json_extract(n.attrs, '$.geonameid') = ?", [int(value)])
    cond = ("json_extract(n.attrs, '$.actor') = ? OR fold(json_extract(n.attrs, '$.name')) = fold(?)"
            " OR fold(json_extract(n.attrs, '$.canonical')) = fold(?) OR fold(n.label) = fold(?)"
            ' OR fold(substr(unz(a.text), n."start" + 1, n."end" - n."start")) = fold(?)')
    return _ann_exists(layer, cond, [value] * 5)


def where(f: Filters) -> tuple[list[str], list]:
    """All the filters as SQL conditions on ``articles a`` (columns first, then annotations)."""
    c, p, ac, ap = where_split(f)
    return c + ac, p + ap


def where_split(f: Filters) -> tuple[list[str], list, list[str], list]:
    """Conditions on article columns (indexed, cheap) and on annotations (checked per article)."""
    conds: list[str] = []
    params: list = []
    if f.lang:
        conds.append("a.language = ?")
        params.append(f.lang.lower())
    if f.since:
        conds.append("a.pub_end >= ?")
        params.append(_day(f.since, end=False))
    if f.until:
        conds.append("a.pub_start <= ?")
        params.append(_day(f.until, end=True))
    if f.source:
        conds.append("a.source_name = ?")
        params.append(f.source)
    cols, cparams = conds, params
    conds, params = [], []
    for layer, value in (("places", f.place), ("actors", f.actor)):
        if value:
            sql, p = name_match(layer, value)
            conds.append(sql)
            params += p
    if f.event_type:
        sql, p = _ann_exists("events", "n.label = ? OR json_extract(n.attrs, '$.type') = ?", [f.event_type] * 2)
        conds.append(sql)
        params += p
    if f.modality:
        sql, p = _ann_exists("events", "json_extract(n.attrs, '$.modality') = ?", [f.modality])
        conds.append(sql)
        params += p
    for spec in f.layer:
        layer, sep, value = spec.partition(":")
        if not sep or not layer.strip() or not value.strip():
            raise BadRequest(f"layer: expected LAYER:VALUE, e.g. places:Izyum (got {spec!r})")
        sql, p = name_match(layer.strip(), value.strip())
        conds.append(sql)
        params += p
    return cols, cparams, conds, params


def fts_words(query: str) -> str:
    """The query as quoted FTS5 words (used when it is not valid FTS5 syntax)."""
    return " ".join('"' + w + '"' for w in re.findall(r"\w+", query))


def _fts(con: sqlite3.Connection, sql: str, query: str, params: list) -> list[tuple]:
    try:
        return con.execute(sql, [query, *params]).fetchall()
    except sqlite3.OperationalError as exc:
        msg = str(exc)
        if "interrupted" in msg:
            raise
        plain = fts_words(query)
        if not plain:
            return []
        return con.execute(sql, [plain, *params]).fetchall()


class Ids(list):
    """Matched article ids, best first; ``scan_capped`` when annotation filters were checked on
    the first :data:`SCAN_CAP` candidates only."""

    scan_capped = False


def matched_ids(con: sqlite3.Connection, f: Filters, cap: int = MATCH_CAP, scan: int | None = SCAN_CAP,
                extra: tuple[str, list] | None = None) -> Ids:
    """Ids of the articles matching ``f``: best-ranked first with a query, else latest first.

    Column filters (language, dates, outlet) use indexes. Annotation filters (place, actor,
    event, layer) have no index in the corpus schema, so they are checked on the first
    :data:`SCAN_CAP` articles matching the rest: their cost is bounded whatever the corpus size.
    With ``scan=None`` (the page of one place or actor) every article is checked, within the
    query time limit."""
    conds, params, anns, aparams = where_split(f)
    if extra:
        anns, aparams = anns + [extra[0]], aparams + extra[1]
    if scan is None:
        conds, params, anns, aparams = conds + anns, params + aparams, [], []
    cond = "".join(" AND " + c for c in conds)
    limit = scan if anns else cap
    if f.q and not conds:  # the full-text index alone: no article row is read
        sql = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
        ids = Ids(r[0] for r in _fts(con, sql, f.q, [limit]))
    elif f.q:
        sql = ("SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
               f" WHERE articles_fts MATCH ?{cond} ORDER BY articles_fts.rank LIMIT ?")
        ids = Ids(r[0] for r in _fts(con, sql, f.q, params + [limit]))
    else:
        sql = f"SELECT a.id FROM articles a WHERE 1{cond} ORDER BY a.pub_start DESC, a.id DESC LIMIT ?"
        ids = Ids(r[0] for r in con.execute(sql, params + [limit]))
    if not anns or not ids:
        return ids
    scanned = len(ids) >= limit
    sql = ("SELECT a.id FROM json_each(?) j JOIN articles a ON a.id = j.value WHERE "
           + " AND ".join(anns) + " ORDER BY j.key LIMIT ?")
    ids = Ids(r[0] for r in con.execute(sql, [_ids_json(ids), *aparams, cap]))
    ids.scan_capped = scanned
    return ids


def place_key(attrs: dict) -> str | None:
    """A place's key: its GeoNames id, or its name for places of sitrep's own gazetteer (Donbas,
    the Kremlin) that have none."""
    if attrs.get("geonameid") is not None:
        return str(attrs["geonameid"])
    return attrs.get("name") or None


def place_cond(key: str) -> tuple[str, list]:
    """SQL condition on annotation ``n`` for the place ``key`` (see :func:`place_key`)."""
    # instr() first: a plain substring test skips most annotations before any JSON is parsed
    if key.isdigit():
        return "instr(n.attrs, ?) > 0 AND json_extract(n.attrs, '$.geonameid') = ?", [key, int(key)]
    return ("instr(n.attrs, ?) > 0 AND json_extract(n.attrs, '$.geonameid') IS NULL"
            " AND json_extract(n.attrs, '$.name') = ?", [key, key])


def actor_cond(key: str) -> tuple[str, list]:
    """SQL condition on annotation ``n`` for the actor ``key`` (knowledge-base id)."""
    return "instr(n.attrs, ?) > 0 AND json_extract(n.attrs, '$.actor') = ?", [key, key]


def _ids_json(ids: list[int]) -> str:
    return json.dumps(ids)


def article_rows(con: sqlite3.Connection, ids: list[int]) -> list[dict]:
    if not ids:
        return []
    rows = con.execute(
        f"SELECT {ARTICLE_COLS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))", (_ids_json(ids),)
    ).fetchall()
    by_id = {r[0]: _article_dict(r) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def _article_dict(r: tuple) -> dict:
    return {"id": r[0], "article_id": r[1], "title": r[2], "language": r[3], "published": r[4],
            "precision": r[5], "source": r[6], "url": r[7], "duplicate_of": r[8], "duplicate_kind": r[9]}


def split_snippet(snippet: str) -> list[dict]:
    """FTS snippet with markers → segments ``{"text", "hit"}`` (escaped by whoever renders them)."""
    out, hit = [], False
    for part in re.split(f"([{SNIPPET_OPEN}{SNIPPET_CLOSE}])", snippet):
        if part == SNIPPET_OPEN:
            hit = True
        elif part == SNIPPET_CLOSE:
            hit = False
        elif part:
            out.append({"text": part, "hit": hit})
    return out


def snippets(con: sqlite3.Connection, f: Filters, ids: list[int]) -> dict[int, list[dict]]:
    if not ids:
        return {}
    if f.q:
        sql = (f"SELECT rowid, snippet(articles_fts, 1, '{SNIPPET_OPEN}', '{SNIPPET_CLOSE}', ' … ', 18)"
               " FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))")
        rows = _fts(con, sql, f.q, [_ids_json(ids)])
        found = {r[0]: split_snippet(r[1]) for r in rows}
        if found:
            return found
    rows = con.execute(
        "SELECT id, substr(unz(text), coalesce(length(title), 0) + 1, 220) FROM articles"
        " WHERE id IN (SELECT value FROM json_each(?))", (_ids_json(ids),)).fetchall()
    return {r[0]: [{"text": " ".join(r[1].split()) + " …", "hit": False}] for r in rows}


def facets(con: sqlite3.Connection, ids: list[int]) -> dict[str, list[dict]]:
    """Counts of the matched articles by language and outlet; by place, actor, event type and
    modality over the first :data:`FACET_SAMPLE` of them (aggregated in SQL)."""
    out: dict[str, list[dict]] = {}
    if not ids:
        return {k: [] for k in ("language", "source", "month", "place", "actor", "event_type", "modality")}
    idj = _ids_json(ids)
    for name, col, index in (("language", "language", "articles_language"),
                             ("source", "source_name", "articles_source_name")):
        # the column's index holds (value, id): scanning it avoids reading each article's row
        rows = con.execute(
            f"SELECT {col}, count(*) FROM articles INDEXED BY {index} WHERE id IN (SELECT value FROM json_each(?))"
            f" GROUP BY {col} ORDER BY count(*) DESC, {col} LIMIT 30", (idj,)).fetchall()
        out[name] = [{"value": v, "count": c} for v, c in rows if v]
    # publication months (the index on pub_start holds it with the id: no article row is read)
    rows = con.execute(
        "SELECT substr(pub_start, 1, 7), count(*) FROM articles INDEXED BY articles_pub"
        " WHERE id IN (SELECT value FROM json_each(?)) AND pub_start IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 24",
        (idj,)).fetchall()
    out["month"] = [{"value": m, "count": c} for m, c in rows]
    sample = _ids_json(ids[:FACET_SAMPLE])
    groups = {
        "place": ("places", "coalesce(CAST(json_extract(n.attrs, '$.geonameid') AS TEXT), json_extract(n.attrs, '$.name'))",
                  "json_extract(n.attrs, '$.name')", 15),
        "actor": ("actors", "json_extract(n.attrs, '$.actor')", "json_extract(n.attrs, '$.name')", 15),
        "event_type": ("events", "coalesce(json_extract(n.attrs, '$.type'), n.label)", "NULL", 15),
        "modality": ("events", "json_extract(n.attrs, '$.modality')", "NULL", 10),
    }
    for name, (layer, key, label, top) in groups.items():
        rows = con.execute(
            f"SELECT {key} AS k, max({label}), count(*) FROM json_each(?) j JOIN annotations n"
            f" ON n.article = j.value AND n.layer = ? WHERE k IS NOT NULL GROUP BY k ORDER BY count(*) DESC, k LIMIT ?",
            (sample, layer, top)).fetchall()
        out[name] = [{"value": str(k), **({"label": lab} if lab else {}), "count": c} for k, lab, c in rows]
    return out


def search(con: sqlite3.Connection, f: Filters, limit: int, offset: int, with_facets: bool = True) -> dict:
    ids = matched_ids(con, f)
    page = ids[offset : offset + limit]
    rows = article_rows(con, page)
    snips = snippets(con, f, page)
    for r in rows:
        r["snippet"] = snips.get(r["id"], [])
    result = {"total": len(ids), "capped": len(ids) >= MATCH_CAP, "scan_capped": ids.scan_capped,
              "limit": limit, "offset": offset, "results": rows}
    if with_facets:
        result["facets"] = facets(con, ids)
    return result


# -- places and the map ---------------------------------------------------------

PLACE_KEY_SQL = ("coalesce(CAST(json_extract(n.attrs, '$.geonameid') AS TEXT), json_extract(n.attrs, '$.name'))")


def map_points(con: sqlite3.Connection, f: Filters) -> dict:
    """GeoJSON: one point per resolved place among the matched articles, with its mention counts
    (aggregated in SQL over the places annotations of those articles)."""
    ids = matched_ids(con, f)
    rows = con.execute(
        f"SELECT {PLACE_KEY_SQL} AS k, max(json_extract(n.attrs, '$.geonameid')), max(json_extract(n.attrs, '$.name')),"
        " max(json_extract(n.attrs, '$.country')), max(json_extract(n.attrs, '$.feature_code')),"
        " max(json_extract(n.attrs, '$.lat')), max(json_extract(n.attrs, '$.lon')), count(*), count(DISTINCT n.article),"
        " group_concat(DISTINCT a.language)"
        " FROM json_each(?) j JOIN annotations n ON n.article = j.value AND n.layer = 'places'"
        " JOIN articles a ON a.id = n.article"
        " WHERE k IS NOT NULL AND json_extract(n.attrs, '$.lat') IS NOT NULL GROUP BY k ORDER BY count(*) DESC, k",
        (_ids_json(ids),)).fetchall()
    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
         "properties": {"key": k, "geonameid": gid, "name": name or k, "country": country, "feature_code": code,
                        "mentions": n, "articles": arts, "languages": sorted((langs or "").split(","))}}
        for k, gid, name, country, code, lat, lon, n, arts, langs in rows]
    return {"type": "FeatureCollection", "features": features, "articles": len(ids),
            "capped": len(ids) >= MATCH_CAP, "scan_capped": ids.scan_capped}


def context(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> dict:
    lo, hi = max(0, start - chars), min(len(text), end + chars)
    return {"before": ("…" if lo else "") + " ".join(text[lo:start].split(" ")),
            "match": text[start:end], "after": text[end:hi] + ("…" if hi < len(text) else "")}


def mentions(con: sqlite3.Connection, layer: str, cond: str, params: list, ids: list[int], limit: int,
             offset: int = 0) -> dict:
    """Annotations of ``layer`` matching ``cond`` in the articles ``ids``: their count, their surface
    forms by language (the 40 most frequent), and one page of them with their text in context."""
    base = (" FROM json_each(?) j JOIN annotations n ON n.article = j.value AND n.layer = ?"
            f" JOIN articles a ON a.id = n.article WHERE {cond}")
    args = [_ids_json(ids), layer, *params]
    total = con.execute("SELECT count(*)" + base, args).fetchone()[0]
    forms = con.execute(
        "SELECT substr(unz(a.text), n.\"start\" + 1, min(n.\"end\" - n.\"start\", 80)) AS s, coalesce(a.language, ''),"
        " count(*)" + base + " GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 40", args).fetchall()
    rows = con.execute(
        'SELECT n.article, n.seq, n."start", n."end", n.label, n.attrs, n.producer, n.confidence,'
        ' a.title, a.language, a.published, a.source_name,'
        f' substr(unz(a.text), max(1, n."start" + 1 - {CONTEXT_CHARS}), n."end" - n."start" + 2 * {CONTEXT_CHARS}),'
        f' max(0, n."start" - {CONTEXT_CHARS}), length(unz(a.text))'
        + base + " ORDER BY j.key, n.seq LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    items = []
    for article, seq, start, end, label, attrs, producer, conf, title, lang, pub, source, piece, lo, n in rows:
        items.append({"article": article, "seq": seq, "start": start, "end": end, "label": label,
                      "attrs": json.loads(attrs) if attrs else {}, "producer": producer, "confidence": conf,
                      "title": title, "language": lang, "published": pub, "source": source,
                      "context": piece_context(piece, lo, start, end, n)})
    return {"total": total, "forms": [{"surface": f, "language": l or "?", "count": c} for f, l, c in forms],
            "items": items}


def piece_context(piece: str, lo: int, start: int, end: int, length: int) -> dict:
    """:func:`context` from the piece of text ``text[lo:...]`` SQLite cut out around the span."""
    a, b = start - lo, end - lo
    hi = lo + len(piece)
    return {"before": ("…" if lo else "") + piece[:a], "match": piece[a:b],
            "after": piece[b:] + ("…" if hi < length else "")}


def place(con: sqlite3.Connection, key: str, f: Filters, limit: int, offset: int) -> dict:
    """A place (GeoNames id, or name when it has none): its mentions across languages and scripts,
    in context, and the events of the articles that mention it that name it."""
    cond, params = place_cond(key)
    ids = matched_ids(con, f, scan=None, extra=_ann_exists("places", cond, params))
    m = mentions(con, "places", cond, params, ids, limit, offset)
    info = m["items"][0]["attrs"] if m["items"] else None
    if info is None and ids:
        row = con.execute(f"SELECT n.attrs FROM annotations n WHERE n.article = ? AND n.layer = 'places' AND {cond}"
                          " LIMIT 1", (ids[0], *params)).fetchone()
        info = json.loads(row[0]) if row else None
    if info is None:
        raise LookupError(f"no place {key} in the corpus" + (" with these filters" if f.active() else ""))
    keep = ("geonameid", "name", "country", "admin1", "feature_class", "feature_code", "lat", "lon")
    return {"place": {"key": key, **{k: info.get(k) for k in keep}}, "articles": len(ids), "capped": len(ids) >= MATCH_CAP,
            "mentions": m, "events": related(con, "events", ids, str(key), 20)}


def related(con: sqlite3.Connection, layer: str, ids: list[int], value: str, limit: int) -> list[dict]:
    """Annotations of ``layer`` in ``ids`` whose attributes mention ``value`` anywhere (events that
    name an actor or a place, whatever their attribute layout)."""
    if not ids:
        return []
    rows = con.execute(
        'SELECT n.article, n.seq, n."start", n."end", n.label, n.attrs, n.confidence, unz(a.text), a.title'
        " FROM json_each(?) j JOIN annotations n ON n.article = j.value AND n.layer = ?"
        " JOIN articles a ON a.id = n.article"
        " WHERE EXISTS (SELECT 1 FROM json_tree(n.attrs) t WHERE t.atom = ? OR t.atom = ?) LIMIT ?",
        (_ids_json(ids), layer, value, int(value) if value.isdigit() else value, limit)).fetchall()
    return [{"article": r[0], "seq": r[1], "start": r[2], "end": r[3], "label": r[4],
             "attrs": json.loads(r[5]) if r[5] else {}, "confidence": r[6], "title": r[8],
             "context": context(r[7], r[2], r[3])} for r in rows]


# -- actors -------------------------------------------------------------------------

def actor(con: sqlite3.Connection, key: str, f: Filters, limit: int, offset: int) -> dict:
    """An actor (knowledge-base id): mentions across languages, what they said (statements they
    are the speaker of), what was said about them (others' statements that mention them), events."""
    cond, params = actor_cond(key)
    ids = matched_ids(con, f, scan=None, extra=_ann_exists("actors", cond, params))
    m = mentions(con, "actors", cond, params, ids, limit, offset)
    if not m["items"]:
        raise LookupError(f"no actor {key!r} in the corpus" + (" with these filters" if f.active() else ""))
    info = m["items"][0]["attrs"]
    said = mentions(con, "statements", "json_extract(n.attrs, '$.speaker.actor') = ?", [key], ids, limit)
    about = con.execute(
        'SELECT s.article, s.seq, s."start", s."end", s.label, s.attrs, s.confidence, unz(a.text), a.title,'
        " a.language, a.source_name FROM json_each(?) j"
        " JOIN annotations s ON s.article = j.value AND s.layer = 'statements'"
        " JOIN articles a ON a.id = s.article"
        " WHERE coalesce(json_extract(s.attrs, '$.speaker.actor'), '') != ?"
        " AND EXISTS (SELECT 1 FROM annotations m WHERE m.article = s.article AND m.layer = 'actors'"
        '   AND json_extract(m.attrs, \'$.actor\') = ? AND m."start" >= s."start" AND m."end" <= s."end")'
        " LIMIT ?", (_ids_json(ids), key, key, limit)).fetchall()
    about_items = [{"article": r[0], "seq": r[1], "start": r[2], "end": r[3], "label": r[4],
                    "attrs": json.loads(r[5]) if r[5] else {}, "confidence": r[6], "title": r[8],
                    "language": r[9], "source": r[10], "context": context(r[7], r[2], r[3], 40)} for r in about]
    keep = ("actor", "name", "type", "country", "sector", "qid")
    return {"actor": {k: info.get(k) for k in keep}, "articles": len(ids), "capped": len(ids) >= MATCH_CAP,
            "mentions": m, "said": said, "said_about": about_items,
            "events": related(con, "events", ids, key, 20)}


def entity_index(con: sqlite3.Connection, layer: str, f: Filters, limit: int) -> list[dict]:
    """The most mentioned places (by GeoNames id, or name) or actors (by id) in the matched articles."""
    ids = matched_ids(con, f)
    key = PLACE_KEY_SQL if layer == "places" else "json_extract(n.attrs, '$.actor')"
    rows = con.execute(
        f"SELECT {key} AS k, max(json_extract(n.attrs, '$.name')), count(*), count(DISTINCT n.article),"
        " group_concat(DISTINCT a.language) FROM json_each(?) j JOIN annotations n ON n.article = j.value"
        " AND n.layer = ? JOIN articles a ON a.id = n.article WHERE k IS NOT NULL"
        " GROUP BY k ORDER BY count(*) DESC, k LIMIT ?", (_ids_json(ids), layer, limit)).fetchall()
    return [{"key": str(k), "name": name or str(k), "mentions": n, "articles": arts,
             "languages": sorted((langs or "").split(","))} for k, name, n, arts, langs in rows]


# -- timeline -----------------------------------------------------------------------

def timeline(con: sqlite3.Connection, f: Filters, by: str) -> dict:
    """Articles per day (by language or by outlet) and event annotations per day by type, for the
    matched articles dated to the day or finer."""
    if by not in ("language", "source"):
        raise BadRequest("by: expected language or source")
    ids = matched_ids(con, f)
    col = "language" if by == "language" else "source_name"
    days: dict[str, Counter] = defaultdict(Counter)
    for day, group, n in con.execute(
        f"SELECT pub_start, coalesce({col}, '?'), count(*) FROM articles WHERE id IN (SELECT value FROM json_each(?))"
        " AND pub_start = pub_end GROUP BY 1, 2", (_ids_json(ids),)):
        days[day][group] += n
    events: dict[str, Counter] = defaultdict(Counter)
    for day, label, attrs in con.execute(
        "SELECT a.pub_start, n.label, n.attrs FROM json_each(?) j JOIN annotations n"
        " ON n.article = j.value AND n.layer = 'events' JOIN articles a ON a.id = n.article"
        " WHERE a.pub_start = a.pub_end", (_ids_json(ids[:FACET_SAMPLE * 2]),)):
        a = json.loads(attrs) if attrs else {}
        events[day][a.get("type") or label] += 1
    undated = len(ids) - sum(sum(c.values()) for c in days.values())
    groups = Counter()
    for c in days.values():
        groups.update(c)
    return {"by": by, "groups": [g for g, _ in groups.most_common()],
            "days": [{"day": d, "total": sum(c.values()), "counts": dict(c)} for d, c in sorted(days.items())],
            "events": [{"day": d, "counts": dict(c)} for d, c in sorted(events.items())],
            "undated_or_coarse": undated, "articles": len(ids), "capped": len(ids) >= MATCH_CAP}


# -- sources graph --------------------------------------------------------------------

def sources(con: sqlite3.Connection, f: Filters, limit: int) -> dict:
    """Who cites whom: outlet → quoted source (statement speakers, by actor id or name; anonymous
    sources together) and outlet → outlet (an article stored as a copy of another outlet's)."""
    ids = matched_ids(con, f)
    idj = _ids_json(ids)
    speaker = ("coalesce(json_extract(n.attrs, '$.speaker.actor'), json_extract(n.attrs, '$.speaker.name'),"
               " CASE WHEN json_extract(n.attrs, '$.anonymous') THEN 'anonymous' END,"
               " json_extract(n.attrs, '$.source.text'))")
    cites = con.execute(
        f"SELECT coalesce(a.source_name, '?'), {speaker} AS k,"
        " coalesce(max(json_extract(n.attrs, '$.speaker.name')), max(CASE WHEN json_extract(n.attrs, '$.anonymous')"
        " THEN 'anonymous source' END), max(json_extract(n.attrs, '$.source.text'))), count(*)"
        " FROM json_each(?) j JOIN annotations n ON n.article = j.value AND n.layer = 'statements'"
        " JOIN articles a ON a.id = n.article WHERE k IS NOT NULL GROUP BY 1, 2 ORDER BY 4 DESC, 1, 2 LIMIT ?",
        (idj, limit)).fetchall()
    reuse = con.execute(
        "SELECT coalesce(a.source_name, '?'), coalesce(o.source_name, '?'), a.dup_kind, count(*) FROM json_each(?) j"
        " JOIN articles a ON a.id = j.value JOIN articles o ON o.id = a.dup_of GROUP BY 1, 2, 3"
        " ORDER BY 4 DESC, 1, 2 LIMIT ?", (idj, limit)).fetchall()
    outlets = con.execute(
        "SELECT coalesce(source_name, '?'), count(*) FROM articles WHERE id IN (SELECT value FROM json_each(?))"
        " GROUP BY 1 ORDER BY 2 DESC, 1", (idj,)).fetchall()
    return {
        "outlets": [{"name": k, "articles": n} for k, n in outlets],
        "cites": [{"outlet": o, "source": s_, "label": lab or s_, "statements": n} for o, s_, lab, n in cites],
        "reuse": [{"outlet": c, "copied_from": o, "kind": k, "articles": n} for c, o, k, n in reuse],
        "articles": len(ids), "capped": len(ids) >= MATCH_CAP,
    }


# -- layers and extra tables ------------------------------------------------------------

def layer_counts(con: sqlite3.Connection) -> list[dict]:
    """Every layer stored in the corpus with its number of annotations and articles."""
    rows = con.execute(
        "SELECT j.key, sum(j.value), count(*) FROM articles, json_each(articles.layers) j GROUP BY j.key"
        " ORDER BY j.key").fetchall()
    return [{"name": k, "annotations": n, "articles": c} for k, n, c in rows]


def layer_items(con: sqlite3.Connection, layer: str, f: Filters, limit: int, offset: int) -> dict:
    """Annotations of any layer in the matched articles, with their text in context."""
    ids = matched_ids(con, f)
    return {"layer": layer, "articles": len(ids), "capped": len(ids) >= MATCH_CAP,
            **mentions(con, layer, "1", [], ids, limit, offset)}


def extra_tables(con: sqlite3.Connection) -> list[dict]:
    """Tables beyond the core corpus schema (stories, events... as later issues add them)."""
    out = []
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
        if name in CORE_TABLES or name.startswith(("articles_fts", "sqlite_")):
            continue
        cols = [r[1] for r in con.execute("SELECT * FROM pragma_table_info(?)", (name,))]
        out.append({"name": name, "columns": cols})
    return out


def table_rows(con: sqlite3.Connection, name: str, limit: int, offset: int) -> dict:
    known = {t["name"]: t for t in extra_tables(con)}
    if name not in known:
        raise LookupError(f"no table {name!r} in this corpus (tables: {', '.join(known) or 'none'})")
    quoted = '"' + name.replace('"', '""') + '"'
    total = con.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
    rows = con.execute(f"SELECT * FROM {quoted} LIMIT ? OFFSET ?", (limit, offset)).fetchall()
    cols = known[name]["columns"]
    readable = _readable(con)
    return {"table": name, "columns": cols, "total": total, "limit": limit, "offset": offset,
            "rows": [dict(zip(cols, map(readable, r))) for r in rows]}


def _readable(con: sqlite3.Connection):
    """A column value as JSON can carry it: compressed JSON (corpus schema 6) as its text, other
    bytes in hexadecimal."""
    from ..corpus.codec import ZSTD, Decoder

    decoder = Decoder.of(con)

    def value(v):
        if isinstance(v, bytes):
            return decoder.json(v) if v[:1] == ZSTD else v.hex()
        return v
    return value


def article_meta(con: sqlite3.Connection, rowid: int) -> dict | None:
    row = con.execute(f"SELECT {ARTICLE_COLS} FROM articles a WHERE a.id = ?", (rowid,)).fetchone()
    return _article_dict(row) if row else None


def copies(con: sqlite3.Connection, rowid: int, limit: int = 50) -> list[dict]:
    """Articles stored as copies (exact or near) of this one. ``dup_of`` has no index, so the
    candidates are found through indexes: the same content hash (exact copies) or a shared
    MinHash LSH bucket (a near copy was linked through one), then checked."""
    from ..corpus.identity import bands

    sig = con.execute("SELECT signature FROM minhash WHERE article = ?", (rowid,)).fetchone()
    buckets = json.dumps([list(b) for b in bands(sig[0])] if sig else [])
    rows = con.execute(
        f"SELECT {ARTICLE_COLS} FROM articles a WHERE a.id IN ("
        "  SELECT id FROM articles WHERE content_hash = (SELECT content_hash FROM articles WHERE id = ?)"
        "  UNION SELECT l.article FROM json_each(?) j JOIN lsh l ON l.band = json_extract(j.value, '$[0]')"
        "  AND l.bucket = json_extract(j.value, '$[1]')) AND a.dup_of = ? ORDER BY a.id LIMIT ?",
        (rowid, buckets, rowid, limit)).fetchall()
    return [_article_dict(r) for r in rows]


def resolve_article(con: sqlite3.Connection, ref: str) -> int:
    from ..corpus.read import resolve

    try:
        return resolve(con, ref)
    except CorpusError as exc:
        raise LookupError(str(exc)) from None
