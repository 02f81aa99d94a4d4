"""What a sharing format or the brief says, read once from the corpus: a :class:`Digest`.

The selection (period, place, actor, language, source, story) picks articles; the digest then
gathers, over those articles, every actor (one per canonical actor id), every resolved place (one
per GeoNames id), every attributed statement and every event, each with its evidence: the corpus
article and the character span in its text. Nothing is derived without such a span behind it.

Events are read from the generic ``annotations`` table when a layer ``events`` exists (label: the
PLOVER type; attrs as ``docs/events.md`` describes them: ``actor``/``recipient`` actor-layer cluster
ids, ``location`` a places-layer index, ``date``/``earliest``/``latest``, ``modality``, ``claimant``,
``killed``/``injured``...). The reader is tolerant: what it cannot resolve stays empty rather than
failing the export.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from ..corpus.identity import pub_range
from . import SharingError

#: numbers an event may state (attrs keys), in the order tables show them
NUMBERS = ("killed", "injured", "detained", "displaced")


@dataclass(frozen=True)
class Evidence:
    """One span of one stored article: what every derived statement points at."""

    article: int  # corpus row id (``sitrep show ID``)
    article_id: str
    layer: str
    seq: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"article": self.article, "article_id": self.article_id, "layer": self.layer,
                "seq": self.seq, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class ArticleInfo:
    id: int
    key: str
    article_id: str
    title: str | None
    text: str
    language: str | None
    published: str | None
    precision: str | None
    url: str | None
    source_name: str | None
    dup_of: int | None
    dup_kind: str | None
    ingested_at: str | None
    content_hash: str | None = None

    @property
    def day(self) -> str | None:
        """The publication day when known to the day, else None."""
        if self.published and len(self.published) >= 10:
            return self.published[:10]
        return None

    @property
    def timestamp(self) -> str:
        """A STIX timestamp (UTC ``Z`` form) for the publication; sitrep keeps local times."""
        return stix_time(self.published or self.ingested_at or "1970-01-01")

    @property
    def outlet(self) -> str:
        return self.source_name or "unknown source"

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]


@dataclass
class ActorItem:
    id: str
    name: str
    type: str | None
    country: str | None
    sector: str | None
    qid: str | None
    anonymous: bool = False
    aliases: set[str] = field(default_factory=set)
    mentions: list[Evidence] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)

    @property
    def articles(self) -> set[int]:
        return {m.article for m in self.mentions}


@dataclass
class PlaceItem:
    key: str
    geonameid: int | None
    name: str
    feature_class: str | None
    feature_code: str | None
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None
    lat: float | None
    lon: float | None
    mentions: list[Evidence] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    surfaces: set[str] = field(default_factory=set)
    admin1_name: str | None = None  # set when the corpus mentions the first-level area

    @property
    def articles(self) -> set[int]:
        return {m.article for m in self.mentions}

    @property
    def precision(self) -> str:
        """point, admin-2, admin-1, country or region (what a map or an event table needs)."""
        code = self.feature_code or ""
        if code.startswith("PCL"):
            return "country"
        if code == "ADM1":
            return "admin-1"
        if code in ("ADM2", "ADM3", "ADMD"):
            return "admin-2"
        if self.feature_class == "P" or code in ("CSTL",):
            return "point"
        return "region"


@dataclass
class StatementItem:
    evidence: Evidence  # the reported content (first part .. last part)
    direct: bool
    speaker_id: str | None
    speaker_name: str | None
    speaker_type: str | None
    speaker_country: str | None  # ISO 3166-1 alpha-3, from the actors layer
    source: Evidence | None  # the span naming the source
    cue: str | None
    chain: list[str]
    content: str  # the parts joined (without the interrupting "he said")
    anonymous: bool
    confidence: float
    producer: str
    parts: list[tuple[int, int]] = field(default_factory=list)

    @property
    def article(self) -> int:
        return self.evidence.article


@dataclass
class ActorRef:
    id: str
    name: str
    country: str | None


@dataclass
class EventItem:
    evidence: Evidence  # the trigger
    type: str  # PLOVER type (the label)
    mode: str | None
    context: list[str]
    acled_event_type: str | None
    acled_sub_event_type: str | None
    actors: list[ActorRef]
    recipients: list[ActorRef]
    place: PlaceItem | None
    date: str | None
    earliest: str | None
    latest: str | None
    date_from_publication: bool
    modality: str | None
    claimant: StatementItem | None
    claimant_chain: list[str]
    numbers: dict[str, int]
    number_spans: dict[str, Evidence]
    confidence: float
    producer: str
    attrs: dict

    @property
    def article(self) -> int:
        return self.evidence.article


@dataclass
class StoryItem:
    """A story of the stories layer (issue 16): its articles in the selection."""

    id: int
    label: str
    articles: list[int]
    first_day: str | None
    last_day: str | None
    evidence: list[Evidence]  # the headline of each member article


@dataclass
class IncidentItem:
    """An incident of the stories layer: one event reported by several articles, graded."""

    id: int
    type: str
    day: str | None
    place: str | None
    label: str | None
    reports: int
    independent: int
    credibility: int
    grade_reason: str
    evidence: list[Evidence]  # the report spans in the selection
    denials: int
    claims: list[dict]


@dataclass
class Filters:
    since: str | None = None
    until: str | None = None
    place: str | None = None
    actor: str | None = None
    lang: str | None = None
    source: str | None = None
    story: str | None = None

    def describe(self) -> list[tuple[str, str]]:
        return [(k, v) for k, v in (("place", self.place), ("actor", self.actor), ("language", self.lang),
                                    ("source", self.source), ("story", self.story)) if v]


@dataclass
class Digest:
    filters: Filters
    articles: dict[int, ArticleInfo] = field(default_factory=dict)
    actors: dict[str, ActorItem] = field(default_factory=dict)
    places: dict[str, PlaceItem] = field(default_factory=dict)
    statements: list[StatementItem] = field(default_factory=list)
    events: list[EventItem] = field(default_factory=list)
    has_events_layer: bool = False
    stories: list[StoryItem] = field(default_factory=list)
    incidents: list[IncidentItem] = field(default_factory=list)
    #: article -> its reuse group (articles joined by duplicate or reuse links, any chain)
    group: dict[int, int] = field(default_factory=dict)

    def independent(self, article_ids) -> int:
        """Independent reports among these articles: copies, rewrites and translations count once."""
        roots = set()
        for a in article_ids:
            info = self.articles.get(a)
            roots.add(self.group.get(a, info.dup_of if info and info.dup_of else a))
        return len(roots)

    def outlets(self, article_ids) -> set[str]:
        return {self.articles[a].outlet for a in article_ids if a in self.articles}


# -- dates -------------------------------------------------------------------------------


def stix_time(value: str) -> str:
    """``2022-09-06T19:30:00`` / ``2022-09-06`` / ``2022-09`` / ``2022`` -> ``2022-09-06T19:30:00.000Z``."""
    v = value.strip().replace(" ", "T")
    if len(v) == 4:
        v += "-01-01"
    elif len(v) == 7:
        v += "-01"
    if len(v) == 10:
        v += "T00:00:00"
    v = v[:19]
    if len(v) == 16:
        v += ":00"
    return v + ".000Z"


def day_bounds(value: str, option: str) -> tuple[str, str]:
    """First and last real day a ``YYYY[-MM[-DD]]`` filter value means."""
    from ..article import parse_published

    try:
        pub = parse_published(value)
    except ValueError as exc:
        raise SharingError(f"{option}: {exc}") from None
    first, last = pub_range(pub.value)
    y, m = int(last[:4]), int(last[5:7])
    last = f"{last[:8]}{min(int(last[8:10]), calendar.monthrange(y, m)[1]):02d}"
    return first, last


def previous_period(since: str, until: str) -> tuple[str, str]:
    """The period of the same length just before ``since .. until`` (days, inclusive)."""
    a, b = dt.date.fromisoformat(since), dt.date.fromisoformat(until)
    length = (b - a).days + 1
    prev_end = a - dt.timedelta(days=1)
    return (prev_end - dt.timedelta(days=length - 1)).isoformat(), prev_end.isoformat()


# -- selection ---------------------------------------------------------------------------


def _table_exists(con: sqlite3.Connection, name: str) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?",
                       (name,)).fetchone() is not None


def _story_articles(con: sqlite3.Connection, story: str) -> list[int]:
    """Articles of one story, from the stories tables when the corpus has them."""
    for table, col_story, col_article in (("story_articles", "story", "article"),
                                          ("story_members", "story", "article")):
        if _table_exists(con, table):
            cols = {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
            if col_story in cols and col_article in cols:
                rows = con.execute(f"SELECT {col_article} FROM {table} WHERE CAST({col_story} AS TEXT) = ?",
                                   (story,)).fetchall()
                if not rows:
                    raise SharingError(f"--story {story!r}: no story with this id in the corpus")
                return [r[0] for r in rows]
    raise SharingError(f"--story {story!r}: this corpus has no stories (they are built at ingest, or by `sitrep relink`)")


def select(con: sqlite3.Connection, filters: Filters) -> list[int]:
    """Row ids of the articles the filters select, in publication order. Unknown names fail."""
    from ..corpus.search import layer_filter

    where, params = [], []
    if filters.since:
        where.append("a.pub_end >= ?")
        params.append(day_bounds(filters.since, "--since")[0])
    if filters.until:
        where.append("a.pub_start <= ?")
        params.append(day_bounds(filters.until, "--until")[1])
    if filters.lang:
        where.append("a.language = ?")
        params.append(filters.lang.lower())
    if filters.source:
        where.append("(fold(a.source_name) = fold(?) OR a.url LIKE ? OR fold(a.origin) LIKE fold(?))")
        params += [filters.source, f"%{filters.source}%", f"%{filters.source}%"]
    for option, layer, value in (("--place", "places", filters.place), ("--actor", "actors", filters.actor)):
        if value:
            sql, p = layer_filter(layer, value)
            if con.execute(f"SELECT 1 FROM articles a WHERE {sql} LIMIT 1", p).fetchone() is None:
                noun = "place" if layer == "places" else "actor"
                raise SharingError(f"{option} {value!r}: no {noun} of this name in the corpus")
            where.append(sql)
            params += p
    if filters.source and con.execute(
            "SELECT 1 FROM articles a WHERE fold(a.source_name) = fold(?) OR a.url LIKE ? OR fold(a.origin) LIKE fold(?) LIMIT 1",
            [filters.source, f"%{filters.source}%", f"%{filters.source}%"]).fetchone() is None:
        raise SharingError(f"--source {filters.source!r}: no article from this source in the corpus")
    if filters.story:
        ids = _story_articles(con, filters.story)
        where.append(f"a.id IN ({', '.join('?' * len(ids))})")
        params += ids
    cond = " AND ".join(where) or "1"
    return [r[0] for r in con.execute(
        f"SELECT a.id FROM articles a WHERE {cond} ORDER BY a.pub_start IS NULL, a.published, a.id", params)]


# -- reading the layers -------------------------------------------------------------------


def _articles(con: sqlite3.Connection, ids: list[int]) -> dict[int, ArticleInfo]:
    out = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        for row in con.execute(
            "SELECT id, key, article_id, title, unz(text), language, published, precision, url, source_name,"
            f" dup_of, dup_kind, ingested_at, content_hash FROM articles WHERE id IN ({', '.join('?' * len(part))})", part
        ):
            out[row[0]] = ArticleInfo(*row)
    return {i: out[i] for i in ids if i in out}


def _layer(con: sqlite3.Connection, article: int, layer: str) -> list[tuple[int, int, int, str, dict, str, float]]:
    return [
        (seq, start, end, label, json.loads(attrs) if attrs else {}, producer, confidence)
        for seq, start, end, label, attrs, producer, confidence in con.execute(
            'SELECT seq, "start", "end", label, attrs, producer, confidence FROM annotations'
            " WHERE article = ? AND layer = ? ORDER BY seq", (article, layer))
    ]


def _place_key(attrs: dict, surface: str) -> str | None:
    if attrs.get("geonameid"):
        return f"geonames:{attrs['geonameid']}"
    if attrs.get("lat") is not None and attrs.get("lon") is not None:
        return f"point:{attrs.get('name') or surface}:{attrs['lat']:.4f}:{attrs['lon']:.4f}"
    return None


def _inside(start: int, end: int, parts) -> bool:
    return any(ps <= start and end <= pe for ps, pe in parts)


def _ref_index(value) -> int | None:
    """An annotation index given as an int, a digit string, ``"p3"``-like id or ``{"id": 3}``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        digits = value.rsplit("/", 1)[-1].lstrip("abcdefghijklmnopqrstuvwxyz_:-#")
        return int(digits) if digits.isdigit() else None
    if isinstance(value, dict):
        for k in ("index", "seq", "id", "place", "statement", "time"):
            if k in value:
                return _ref_index(value[k])
    return None


def _number(value) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, dict):
        for k in ("value", "min", "n", "count"):
            if k in value:
                return _number(value[k])
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def collect(con: sqlite3.Connection, filters: Filters | None = None) -> Digest:
    filters = filters or Filters()
    ids = select(con, filters)
    digest = Digest(filters=filters, articles=_articles(con, ids))
    digest.has_events_layer = con.execute(
        "SELECT 1 FROM annotations WHERE layer = 'events' LIMIT 1").fetchone() is not None
    for a in digest.articles.values():
        _read_article(con, a, digest)
    _admin1_names(digest)
    _reuse_groups(con, digest)
    _stories(con, digest)
    return digest


def _columns(con: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in con.execute(f"PRAGMA table_info({table})")} if _table_exists(con, table) else set()


def _reuse_groups(con: sqlite3.Connection, digest: Digest) -> None:
    """Union of articles joined by duplicate links and, when the corpus has them, reuse links."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for a in digest.articles.values():
        if a.dup_of:
            union(a.id, a.dup_of)
    if {"source", "target"} <= _columns(con, "reuse_links"):
        for src, tgt in con.execute("SELECT source, target FROM reuse_links"):
            union(src, tgt)
    digest.group = {a: find(a) for a in digest.articles}


def _title_span(con: sqlite3.Connection, a: ArticleInfo) -> Evidence:
    row = con.execute('SELECT seq, "start", "end" FROM annotations WHERE article = ? AND layer = \'title\' LIMIT 1',
                      (a.id,)).fetchone()
    seq, start, end = row if row else (0, 0, len(a.title or "") or min(len(a.text), 80))
    return Evidence(a.id, a.article_id, "title", seq, start, end, a.text[start:end])


def _stories(con: sqlite3.Connection, digest: Digest) -> None:
    """Stories and incidents (issue 16's tables) that touch the selected articles, when present."""
    if not digest.articles:
        return
    selected = set(digest.articles)
    if {"id", "label"} <= _columns(con, "stories") and {"article", "story"} <= _columns(con, "story_members"):
        members: dict[int, list[int]] = {}
        for article, story in con.execute("SELECT article, story FROM story_members ORDER BY article"):
            if article in selected:
                members.setdefault(story, []).append(article)
        for sid_, label in con.execute("SELECT id, label FROM stories ORDER BY id"):
            arts = members.get(sid_)
            if not arts:
                continue
            days = sorted(d for d in (digest.articles[a].day for a in arts) if d)
            digest.stories.append(StoryItem(
                sid_, label or f"story {sid_}", arts, days[0] if days else None, days[-1] if days else None,
                [_title_span(con, digest.articles[a]) for a in arts]))
    cols = _columns(con, "incidents")
    rcols = _columns(con, "incident_reports")
    if not ({"id", "type"} <= cols and {"incident", "article", "start", "end"} <= rcols):
        return
    indep = "independent" if "independent" in cols else ("independent_sources" if "independent_sources" in cols else "0")
    stance = "stance" if "stance" in rcols else "'reports'"
    reports: dict[int, list[tuple]] = {}
    for inc, article, start, end, st in con.execute(
            f'SELECT incident, article, "start", "end", {stance} FROM incident_reports ORDER BY article, "start"'):
        if article in selected:
            reports.setdefault(inc, []).append((article, start, end, st))
    ccols = _columns(con, "claims")
    claims: dict[int, list[dict]] = {}
    if {"incident", "attribute", "value"} <= ccols:
        sup = "supporting" if "supporting" in ccols else "supporting_sources"
        con_ = "contradicting" if "contradicting" in ccols else "contradicting_sources"
        for inc, attribute, value, s_, c_, cred in con.execute(
                f"SELECT incident, attribute, value, {sup}, {con_}, credibility FROM claims ORDER BY id"):
            claims.setdefault(inc, []).append({"attribute": attribute, "value": value, "supporting": s_,
                                               "contradicting": c_, "credibility": cred})
    for row in con.execute(f"SELECT id, type, day, place, label, reports, {indep}, credibility, grade_reason"
                           " FROM incidents ORDER BY id"):
        inc, itype, day, place, label, n, ind, cred, reason = row
        spans = reports.get(inc)
        if not spans:
            continue
        place_name = None
        if place:
            item = digest.places.get(f"geonames:{place}")
            place_name = item.name if item else str(place)
        evidence = [Evidence(a, digest.articles[a].article_id, "incident_reports", inc, s, e,
                             digest.articles[a].text[s:e]) for a, s, e, _st in spans]
        digest.incidents.append(IncidentItem(
            inc, itype, day, place_name, label, n, ind or 0, cred, reason or "", evidence,
            sum(1 for *_x, st in spans if st and st.startswith("den")), claims.get(inc, [])))


def _read_article(con: sqlite3.Connection, a: ArticleInfo, digest: Digest) -> None:
    def ev(layer, seq, start, end) -> Evidence:
        return Evidence(a.id, a.article_id, layer, seq, start, end, a.text[start:end])

    # actors: one item per canonical actor id, every mention its evidence
    clusters: dict[str, dict] = {}
    for seq, start, end, label, attrs, producer, conf in _layer(con, a.id, "actors"):
        aid = attrs.get("actor")
        if not aid:
            continue
        if attrs.get("cluster"):
            clusters.setdefault(attrs["cluster"], attrs)
        item = digest.actors.get(aid)
        if item is None:
            item = digest.actors[aid] = ActorItem(
                aid, attrs.get("name") or a.text[start:end], attrs.get("type") or label, attrs.get("country"),
                attrs.get("sector"), attrs.get("qid"), bool(attrs.get("anonymous")))
        item.mentions.append(ev("actors", seq, start, end))
        item.confidences.append(conf)
        item.aliases.add(" ".join(a.text[start:end].split()))

    # places: resolved, non-metonymic mentions, one item per GeoNames id
    places_by_seq: dict[int, PlaceItem] = {}
    for seq, start, end, label, attrs, producer, conf in _layer(con, a.id, "places"):
        if not attrs.get("resolved", True) or attrs.get("metonymy"):
            continue
        key = _place_key(attrs, a.text[start:end])
        if key is None:
            continue
        item = digest.places.get(key)
        if item is None:
            item = digest.places[key] = PlaceItem(
                key, attrs.get("geonameid"), attrs.get("name") or a.text[start:end], attrs.get("feature_class"),
                attrs.get("feature_code"), attrs.get("country"), attrs.get("admin1"), attrs.get("lat"), attrs.get("lon"))
        item.mentions.append(ev("places", seq, start, end))
        item.confidences.append(conf)
        item.surfaces.add(" ".join(a.text[start:end].split()))
        places_by_seq[seq] = item

    # statements
    statements: dict[int, StatementItem] = {}
    for seq, start, end, label, attrs, producer, conf in _layer(con, a.id, "statements"):
        speaker = attrs.get("speaker") or {}
        country = None
        if speaker.get("cluster") and speaker["cluster"] in clusters:
            country = clusters[speaker["cluster"]].get("country")
        elif speaker.get("actor") and speaker["actor"] in digest.actors:
            country = digest.actors[speaker["actor"]].country
        parts = attrs.get("parts") or [[start, end]]
        src = attrs.get("source") or {}
        st = StatementItem(
            evidence=ev("statements", seq, start, end),
            direct=bool(attrs.get("direct", label == "direct")),
            speaker_id=speaker.get("actor"), speaker_name=speaker.get("name") or src.get("text"),
            speaker_type=speaker.get("type"), speaker_country=country,
            source=(ev("statements", seq, src["start"], src["end"]) if "start" in src and "end" in src else None),
            cue=(attrs.get("cue") or {}).get("text"), chain=list(attrs.get("chain") or []),
            content=" … ".join(" ".join(a.text[s:e].split()) for s, e in parts),
            anonymous=bool(attrs.get("anonymous")), confidence=conf, producer=producer,
            parts=[tuple(p) for p in parts],
        )
        statements[seq] = st
        digest.statements.append(st)

    # events (when the corpus has them)
    if digest.has_events_layer:
        times = {seq: attrs for seq, _s, _e, _l, attrs, _p, _c in _layer(con, a.id, "times")}
        for seq, start, end, label, attrs, producer, conf in _layer(con, a.id, "events"):
            digest.events.append(_event(a, ev("events", seq, start, end), label, attrs, producer, conf,
                                        clusters, places_by_seq, statements, times, digest))


def _actor_refs(values, clusters: dict[str, dict], digest: Digest) -> list[ActorRef]:
    out = []
    for v in values or []:
        attrs = None
        if isinstance(v, str):
            attrs = clusters.get(v) or ({"actor": v, "name": digest.actors[v].name, "country": digest.actors[v].country}
                                        if v in digest.actors else None)
        elif isinstance(v, dict):
            attrs = clusters.get(v.get("cluster")) if v.get("cluster") else None
            attrs = attrs or (v if v.get("actor") or v.get("name") else None)
        if attrs and (attrs.get("actor") or attrs.get("name")):
            out.append(ActorRef(attrs.get("actor") or attrs["name"], attrs.get("name") or attrs.get("actor"),
                                attrs.get("country")))
    return out


def _event(a, evidence, label, attrs, producer, conf, clusters, places_by_seq, statements, times, digest) -> EventItem:
    # location: a places-layer index (or a dict with one), else coordinates given inline
    loc = attrs.get("location")
    place = None
    idx = _ref_index(loc)
    if idx is not None:
        place = places_by_seq.get(idx)
    if place is None and isinstance(loc, dict) and loc.get("geonameid"):
        place = digest.places.get(f"geonames:{loc['geonameid']}")
    # date: a times-layer index, else values inline; else the publication date (flagged)
    date, earliest, latest = None, attrs.get("earliest"), attrs.get("latest")
    raw_date = attrs.get("date")
    t_idx = _ref_index(raw_date) if not (isinstance(raw_date, str) and raw_date[:4].isdigit()) else None
    if t_idx is not None and t_idx in times:
        t = times[t_idx]
        date, earliest, latest = t.get("value"), earliest or t.get("earliest"), latest or t.get("latest")
    elif isinstance(raw_date, str) and raw_date[:4].isdigit():
        date = raw_date
    elif isinstance(raw_date, dict):
        date = raw_date.get("value")
        earliest, latest = earliest or raw_date.get("earliest"), latest or raw_date.get("latest")
    from_pub = bool(attrs.get("date_from_publication") or attrs.get("from_publication")
                    or (isinstance(raw_date, dict) and (raw_date.get("from_publication")
                                                        or raw_date.get("source") == "published")))
    if not date and not earliest and a.day:
        date, earliest, latest, from_pub = a.day, a.day, a.day, True
    # claimant: the statement (index) whose attributed content holds the event
    claimant, chain = None, []
    cl = attrs.get("claimant")
    c_idx = _ref_index(cl)
    if c_idx is not None:
        claimant = statements.get(c_idx)
    if isinstance(cl, dict) and cl.get("chain"):
        chain = [str(x) for x in cl["chain"]]
    if claimant is None:
        for st in statements.values():
            if _inside(evidence.start, evidence.end, st.parts):
                claimant = st
                break
    if claimant is not None and not chain:
        chain = claimant.chain
    # numbers: attrs["numbers"][kind] = {value, start, end, ...} (events.v1), or attrs[kind]
    numbers, spans = {}, {}
    stated = attrs.get("numbers") if isinstance(attrs.get("numbers"), dict) else {}
    for k in NUMBERS:
        v = stated.get(k, attrs.get(k))
        n = _number(v)
        if n is not None:
            numbers[k] = n
            se = None
            if isinstance(v, dict) and isinstance(v.get("start"), int) and isinstance(v.get("end"), int):
                se = (v["start"], v["end"])
            elif isinstance(v, dict) and isinstance(v.get("span"), (list, tuple)) and len(v["span"]) == 2:
                se = tuple(v["span"])
            if se and 0 <= se[0] < se[1] <= len(a.text):
                spans[k] = Evidence(a.id, a.article_id, "events", evidence.seq, se[0], se[1], a.text[se[0]:se[1]])
    context = attrs.get("context") or []
    return EventItem(
        evidence=evidence, type=label, mode=attrs.get("mode"),
        context=[context] if isinstance(context, str) else list(context),
        acled_event_type=attrs.get("acled_event_type"), acled_sub_event_type=attrs.get("acled_sub_event_type"),
        actors=_actor_refs(attrs.get("actor"), clusters, digest),
        recipients=_actor_refs(attrs.get("recipient"), clusters, digest),
        place=place, date=date, earliest=earliest, latest=latest, date_from_publication=from_pub,
        modality=attrs.get("modality"), claimant=claimant, claimant_chain=chain, numbers=numbers,
        number_spans=spans, confidence=conf, producer=producer, attrs=attrs,
    )


def _admin1_names(digest: Digest) -> None:
    """Name each place's first-level area when the corpus itself mentions that area."""
    names = {(p.country, p.admin1): p.name for p in digest.places.values() if p.feature_code == "ADM1"}
    for p in digest.places.values():
        p.admin1_name = names.get((p.country, p.admin1))


def group_counts(items, key) -> dict:
    out = defaultdict(list)
    for it in items:
        out[key(it)].append(it)
    return out
