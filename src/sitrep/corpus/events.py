"""``sitrep events --db corpus.db``: the event table of a corpus, and the ``events`` export table.

Events are read from the generic ``annotations`` table (layer ``events`` written by
``events.v1``), so no schema migration is needed: each row is one event with its article, its
evidence (the sentence holding the trigger), type, modality, actor / recipient, place, date and
claimant, flattened into the columns of :data:`COLUMNS` (documented in ``docs/events.md``).
Filters: ``--since`` / ``--until`` (the event's date range overlaps), ``--type``, ``--actor``
(name, actor id or country code of an actor or recipient), ``--place`` (location name or
GeoNames id), ``--modality``.  Formats: ``table``, ``csv``, ``jsonl``, ``geojson`` (points; events
without coordinates are left out and counted on standard error).
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
from bisect import bisect_right
from pathlib import Path
from typing import Any, Iterator

from . import CorpusError

FORMATS = ("table", "csv", "jsonl", "geojson")

#: (column, arrow type name, description)
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("article", "int64", "corpus article number (articles.id)"),
    ("article_id", "string", "the article's own id"),
    ("published", "string", "publication date of the article"),
    ("url", "string", "article URL"),
    ("source_name", "string", "outlet / source"),
    ("seq", "int64", "position of the event in the article's events layer"),
    ("start", "int64", "trigger start offset in the article text"),
    ("end", "int64", "trigger end offset"),
    ("trigger", "string", "trigger text"),
    ("evidence", "string", "the sentence holding the trigger"),
    ("type", "string", "PLOVER event type"),
    ("mode", "string", "PLOVER mode"),
    ("context", "string", "PLOVER context"),
    ("acled_event_type", "string", "ACLED event type (data/xx/events_acled.tsv)"),
    ("acled_sub_event_type", "string", "ACLED sub-event type"),
    ("modality", "string", "asserted, negated, hypothetical, future, claimed, denied or background"),
    ("actor", "string", "actor names, '; '-separated"),
    ("actor_country", "string", "actor countries (ISO alpha-3), '; '-separated"),
    ("actor_id", "string", "actor ids of the actors layer, '; '-separated"),
    ("recipient", "string", "recipient names"),
    ("recipient_country", "string", "recipient countries"),
    ("recipient_id", "string", "recipient actor ids"),
    ("place", "string", "location name (never a metonym)"),
    ("place_geonameid", "int64", "GeoNames id of the location"),
    ("place_precision", "string", "point, admin-2, admin-1, water or country"),
    ("place_country", "string", "ISO alpha-2 country of the location"),
    ("lat", "float64", "latitude"),
    ("lon", "float64", "longitude"),
    ("date", "string", "the TIMEX3 value the event is anchored to, else the publication date"),
    ("date_earliest", "string", "earliest day the event may have happened"),
    ("date_latest", "string", "latest day"),
    ("date_from_publication", "bool_", "true when no date in the sentence: the publication date stands in"),
    ("claimant", "string", "the statement (statements/N) the event is reported in, if any"),
    ("claimant_chain", "string", "its chain, outer first, ' > '-separated"),
    ("killed", "int64", "people killed as stated"),
    ("killed_at_least", "bool_", "the killed number is a minimum ('at least')"),
    ("injured", "int64", "people injured"),
    ("detained", "int64", "people detained"),
    ("displaced", "int64", "people displaced"),
    ("confidence", "float64", "confidence of the event annotation"),
    ("producer", "string", "versioned component (events.v1)"),
)
NAMES = [c[0] for c in COLUMNS]


def _names(refs: list[dict], key: str) -> str:
    return "; ".join(str(r.get(key)) for r in refs or [] if r.get(key))


def _num(numbers: dict, kind: str):
    v = (numbers or {}).get(kind)
    return v.get("value") if v else None


def flatten(row: dict, attrs: dict, evidence: str) -> dict[str, Any]:
    loc = attrs.get("location") or {}
    date = attrs.get("date") or {}
    claim = attrs.get("claimant") or {}
    nums = attrs.get("numbers") or {}
    return {
        **row,
        "evidence": evidence,
        "mode": attrs.get("mode"), "context": attrs.get("context"),
        "acled_event_type": attrs.get("acled_event_type"), "acled_sub_event_type": attrs.get("acled_sub_event_type"),
        "modality": attrs.get("modality"),
        "actor": _names(attrs.get("actor"), "name"), "actor_country": _names(attrs.get("actor"), "country"),
        "actor_id": _names(attrs.get("actor"), "actor"),
        "recipient": _names(attrs.get("recipient"), "name"),
        "recipient_country": _names(attrs.get("recipient"), "country"),
        "recipient_id": _names(attrs.get("recipient"), "actor"),
        "place": loc.get("name"), "place_geonameid": loc.get("geonameid"), "place_precision": loc.get("precision"),
        "place_country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"),
        "date": date.get("value"), "date_earliest": date.get("earliest"), "date_latest": date.get("latest"),
        "date_from_publication": bool(date.get("from_publication")),
        "claimant": claim.get("statement"), "claimant_chain": " > ".join(claim.get("chain") or []) or None,
        "killed": _num(nums, "killed"), "killed_at_least": bool((nums.get("killed") or {}).get("at_least")) if nums.get("killed") else None,
        "injured": _num(nums, "injured"), "detained": _num(nums, "detained"), "displaced": _num(nums, "displaced"),
    }


def _matches(ev: dict, attrs: dict, args) -> bool:
    if args is None:
        return True
    if getattr(args, "type", None) and ev["type"].upper() != args.type.upper():
        return False
    if getattr(args, "modality", None) and ev["modality"] != args.modality:
        return False
    if getattr(args, "since", None) and (ev["date_latest"] or "") < args.since:
        return False
    if getattr(args, "until", None) and (ev["date_earliest"] or "9999") > _end_of(args.until):
        return False
    if getattr(args, "actor", None):
        q = args.actor.lower()
        refs = (attrs.get("actor") or []) + (attrs.get("recipient") or [])
        if not any(q in str(r.get(k) or "").lower() for r in refs for k in ("name", "actor", "country")):
            return False
    if getattr(args, "place", None):
        q = args.place.lower()
        if q not in (ev["place"] or "").lower() and q != str(ev["place_geonameid"] or ""):
            return False
    return True


def _end_of(day: str) -> str:
    """'2022-09' -> '2022-09-31' (compares after every day of the month as text)."""
    return day + "-31" if len(day) == 7 else day + "-12-31" if len(day) == 4 else day


def events(con: sqlite3.Connection, args=None) -> Iterator[dict[str, Any]]:
    """Every stored event (filtered by ``args`` when given), flattened into :data:`COLUMNS`."""
    cur = con.execute(
        'SELECT n.article, a.article_id, a.published, a.url, a.source_name, n.seq, n."start", n."end", '
        "n.label, n.attrs, n.confidence, n.producer, unz(a.text) FROM annotations n JOIN articles a ON a.id = n.article "
        "WHERE n.layer = 'events' ORDER BY n.article, n.seq")
    sentences: tuple[int, list[int], list[int]] | None = None
    for art, aid, pub, url, src, seq, s, e, label, attrs_json, conf, prod, text in cur:
        try:
            attrs = json.loads(attrs_json or "{}")
        except ValueError:
            continue
        if sentences is None or sentences[0] != art:
            rows = con.execute('SELECT "start", "end" FROM annotations WHERE article = ? AND layer = ? ORDER BY "start"',
                               (art, "sentences")).fetchall()
            sentences = (art, [r[0] for r in rows], [r[1] for r in rows])
        k = bisect_right(sentences[1], s) - 1
        evidence = text[sentences[1][k]:sentences[2][k]] if k >= 0 and sentences[2][k] > s else text[max(0, s - 100):e + 100]
        row = {"article": art, "article_id": aid, "published": pub, "url": url, "source_name": src, "seq": seq,
               "start": s, "end": e, "trigger": text[s:e], "type": label, "confidence": conf, "producer": prod}
        ev = flatten(row, attrs, evidence)
        if _matches(ev, attrs, args):
            yield {k: ev.get(k) for k in NAMES}


# --------------------------------------------------------------------------- output

TABLE_COLUMNS = ("article", "date", "type", "modality", "trigger", "actor", "recipient", "place", "killed", "claimant_chain")


def _table(rows, out) -> int:
    n = 0
    out.write(" | ".join(TABLE_COLUMNS) + "\n")
    for r in rows:
        out.write(" | ".join("" if r[c] is None else str(r[c]).replace("\n", " ")[:40] for c in TABLE_COLUMNS) + "\n")
        n += 1
    return n


def _csv(rows, out) -> int:
    w = csv.DictWriter(out, fieldnames=NAMES)
    w.writeheader()
    n = 0
    for r in rows:
        w.writerow(r)
        n += 1
    return n


def _jsonl(rows, out) -> int:
    n = 0
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
        n += 1
    return n


def _geojson(rows, out) -> int:
    n = skipped = 0
    out.write('{"type": "FeatureCollection", "features": [\n')
    for r in rows:
        if r["lat"] is None or r["lon"] is None:
            skipped += 1
            continue
        feat = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
                "properties": {k: v for k, v in r.items() if k not in ("lat", "lon")}}
        out.write(("," if n else "") + json.dumps(feat, ensure_ascii=False) + "\n")
        n += 1
    out.write("]}\n")
    if skipped:
        print(f"sitrep: {skipped} event(s) without coordinates left out of the GeoJSON", file=sys.stderr)
    return n


WRITERS = {"table": _table, "csv": _csv, "jsonl": _jsonl, "geojson": _geojson}


def add_parser(sub, db_kwargs: dict) -> None:
    p = sub.add_parser("events", help="the event table of a corpus (PLOVER events with modality and claimant)")
    p.add_argument("--db", **db_kwargs)
    p.add_argument("--since", help="events whose date range reaches YYYY[-MM[-DD]] or later")
    p.add_argument("--until", help="events whose date range starts on or before YYYY[-MM[-DD]]")
    p.add_argument("--type", help="PLOVER type (ASSAULT, RETREAT, AID ...)")
    p.add_argument("--actor", help="actor or recipient: name, actor id or country code (part of)")
    p.add_argument("--place", help="location name (part of) or GeoNames id")
    p.add_argument("--modality", choices=("asserted", "negated", "hypothetical", "future", "claimed", "denied", "background"))
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default table)")
    p.add_argument("--out", type=Path, help="write to this file instead of standard output")


def run(args: argparse.Namespace) -> int:
    from .schema import connect

    for flag in ("since", "until"):
        v = getattr(args, flag)
        if v is not None:
            import re

            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v):
                print(f"sitrep: error: --{flag} {v!r}: expected YYYY[-MM[-DD]]", file=sys.stderr)
                return 2
    try:
        con = connect(args.db, readonly=True)
    except CorpusError as exc:
        print(f"sitrep: error: {exc}", file=sys.stderr)
        return 1
    try:
        out = args.out.open("w", encoding="utf-8", newline="") if args.out else sys.stdout
    except OSError as exc:
        print(f"sitrep: error: {args.out}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 1
    try:
        n = WRITERS[args.format](events(con, args), out)
    except sqlite3.Error as exc:
        print(f"sitrep: error: {args.db}: database error: {exc}", file=sys.stderr)
        return 1
    finally:
        if args.out:
            out.close()
        con.close()
    if args.format == "table":
        print(f"{n} event(s)", file=sys.stderr)
    return 0


def export_table(con: sqlite3.Connection, fmt: str, out: Path, writers: dict, batch: int) -> dict | None:
    """The ``events`` table of ``sitrep export`` (None when the corpus has no events layer)."""
    if con.execute("SELECT 1 FROM annotations WHERE layer = 'events' LIMIT 1").fetchone() is None:
        return None

    def batches():
        rows: list[tuple] = []
        for ev in events(con):
            rows.append(tuple(ev[k] for k in NAMES))
            if len(rows) >= batch:
                yield rows
                rows = []
        if rows:
            yield rows

    path = out / f"events.{fmt}"
    cols = tuple((name, typ, "") for name, typ, _d in COLUMNS)
    n = writers[fmt](path, cols, batches())
    return {"file": path.name, "rows": n, "columns": [{"name": c[0], "type": c[1]} for c in COLUMNS]}
