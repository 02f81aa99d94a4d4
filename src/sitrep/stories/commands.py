"""``sitrep stories``, ``story``, ``links``, ``relink``, ``grade``: parsers and bodies.

``cli.py`` calls :func:`add_parsers` and hands these commands to :func:`run`.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from datetime import datetime, timezone
from pathlib import Path

from ..corpus import CorpusError
from .corroboration import GRADES

COMMANDS = ("stories", "story", "links", "relink", "grade")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str | None, limit: int | None = None) -> str:
    """News text made safe for a terminal: control and bidi characters removed, one line."""
    t = _CONTROL.sub("", " ".join((text or "").split()))
    return t if limit is None or len(t) <= limit else t[: limit - 1] + "…"


def add_parsers(sub) -> None:
    db = dict(type=Path, required=True, metavar="PATH", help="the corpus database (SQLite)")
    st = sub.add_parser("stories", help="list the stories of a corpus (articles grouped across outlets and languages)")
    st.add_argument("--db", **db)
    st.add_argument("--lang", help="stories with an article in this language")
    st.add_argument("--since", help="stories active on or after YYYY[-MM[-DD]]")
    st.add_argument("--until", help="stories that started on or before YYYY[-MM[-DD]]")
    st.add_argument("--source", help="stories with an article from this source (outlet)")
    st.add_argument("--text", help="stories whose label contains this text")
    st.add_argument("--min-articles", type=int, default=1, help="at least N articles (default 1)")
    st.add_argument("--thread", type=int, help="only the stories of this thread")
    st.add_argument("--limit", type=int, default=30, help="at most N stories (default 30)")
    st.add_argument("--json", action="store_true", help="print the stories as JSON")

    so = sub.add_parser("story", help="one story: timeline, who reported first, who copied whom, claims and disagreements")
    so.add_argument("id", type=int, help="the story number shown by `sitrep stories`")
    so.add_argument("--db", **db)
    so.add_argument("--json", action="store_true", help="print the story as JSON")

    li = sub.add_parser("links", help="reuse links of an article (copies, rewrites, translations) with aligned passages")
    li.add_argument("article", help="the article number shown by `sitrep search` (or its article id)")
    li.add_argument("--db", **db)
    li.add_argument("--json", action="store_true", help="print the links as JSON")

    re_ = sub.add_parser("relink", help="recompute reuse links, stories and incidents over the whole corpus")
    re_.add_argument("--db", **db)
    re_.add_argument("--quiet", action="store_true", help="no summary line")

    gr = sub.add_parser("grade", help="record the analyst's reliability grade (A-F) of a source")
    gr.add_argument("source", help="the source name as `sitrep stats` shows it")
    gr.add_argument("grade", choices=list("ABCDEF"), help="A reliable ... E unreliable, F cannot be judged")
    gr.add_argument("--note", help="why")
    gr.add_argument("--db", **db)


def run(args: argparse.Namespace) -> int:
    from ..corpus.schema import connect

    try:
        con = connect(args.db, readonly=args.command not in ("relink", "grade"))
        try:
            return {"stories": _stories, "story": _story, "links": _links, "relink": _relink,
                    "grade": _grade}[args.command](con, args)
        finally:
            con.close()
    except CorpusError as exc:
        print(f"sitrep: error: {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        print(f"sitrep: error: {args.db}: database error: {exc}", file=sys.stderr)
        return 1


# -- sitrep stories -------------------------------------------------------------
def list_stories(con, lang=None, since=None, until=None, source=None, text=None, min_articles=1, thread=None,
                 limit=30) -> list[dict]:
    where, params = ["s.n_articles >= ?"], [min_articles]
    if lang:
        where.append("EXISTS (SELECT 1 FROM story_members m JOIN articles a ON a.id = m.article"
                     " WHERE m.story = s.id AND a.language = ?)")
        params.append(lang)
    if source:
        where.append("EXISTS (SELECT 1 FROM story_members m JOIN articles a ON a.id = m.article"
                     " WHERE m.story = s.id AND (fold(a.source_name) = fold(?) OR a.url LIKE ?))")
        params += [source, f"%{source}%"]
    if since:
        where.append("(s.last_day IS NULL OR s.last_day >= ?)")
        params.append(since)
    if until:
        where.append("(s.first_day IS NULL OR s.first_day <= ?)")
        params.append(until + "-99" if len(until) < 10 else until)
    if text:
        where.append("instr(fold(s.label), fold(?)) > 0")
        params.append(text)
    if thread is not None:
        where.append("s.thread = ?")
        params.append(thread)
    rows = con.execute(
        "SELECT s.id, s.thread, s.label, s.n_articles, s.first_day, s.last_day, s.languages, s.outlets,"
        " s.first_article, s.last_article,"
        " (SELECT count(*) FROM incidents i WHERE i.story = s.id),"
        " (SELECT count(*) FROM claims c JOIN incidents i ON i.id = c.incident WHERE i.story = s.id"
        "   AND c.contradicting > 0)"
        f" FROM stories s WHERE {' AND '.join(where)} ORDER BY s.n_articles DESC, s.last_day DESC, s.id LIMIT ?",
        (*params, limit),
    ).fetchall()
    return [{"id": r[0], "thread": r[1], "label": r[2], "articles": r[3], "first_day": r[4], "last_day": r[5],
             "languages": json.loads(r[6] or "{}"), "outlets": json.loads(r[7] or "{}"), "first_article": r[8],
             "last_article": r[9], "incidents": r[10], "disputed_claims": r[11]} for r in rows]


def _stories(con, args) -> int:
    rows = list_stories(con, args.lang, args.since, args.until, args.source, args.text, args.min_articles,
                        args.thread, args.limit)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no stories (ingest articles, or run `sitrep relink` on a corpus ingested before stories existed)")
        return 0
    print(f"{'story':>5} {'thread':>6} {'articles':>8}  {'days':<23} {'languages':<16} {'outlets':>7} "
          f"{'disputed':>8}  label")
    for r in rows:
        days = f"{r['first_day'] or '?'}..{r['last_day'] or '?'}"
        langs = ",".join(f"{k}:{v}" for k, v in sorted(r["languages"].items()))
        print(f"{r['id']:>5} {r['thread']:>6} {r['articles']:>8}  {days:<23} {langs:<16} {len(r['outlets']):>7} "
              f"{r['disputed_claims']:>8}  {clean(r['label'], 70)}")
    return 0


# -- sitrep story ---------------------------------------------------------------
def story_data(con, story: int) -> dict:
    row = con.execute("SELECT id, thread, label, n_articles, first_day, last_day, languages, outlets FROM stories"
                      " WHERE id = ?", (story,)).fetchone()
    if row is None:
        raise CorpusError(f"no story {story} in the corpus (see `sitrep stories`)")
    grades = dict(con.execute("SELECT source_name, grade FROM source_reliability"))
    members = con.execute(
        "SELECT a.id, a.article_id, a.published, a.language, a.source_name, a.title, m.score FROM story_members m"
        " JOIN articles a ON a.id = m.article WHERE m.story = ? ORDER BY coalesce(a.published, ''), a.id",
        (story,)).fetchall()
    ids = [m[0] for m in members]
    found: set = set()
    for k in range(0, len(ids), 400):  # bounded number of SQL variables
        chunk = ids[k:k + 400]
        marks = ",".join("?" * len(chunk))
        found.update(con.execute(
            f"SELECT source, target, kind, score FROM reuse_links WHERE source IN ({marks}) OR target IN ({marks})",
            chunk + chunk))
    links = sorted(found)
    copied_from: dict[int, list] = {}
    for s, t, k, sc in links:
        copied_from.setdefault(t, []).append({"article": s, "kind": k, "score": sc})
    timeline = [{
        "article": m[0], "article_id": m[1], "published": m[2], "language": m[3], "source": m[4],
        "source_reliability": grades.get(m[4]), "title": m[5], "membership": m[6],
        "reuses": copied_from.get(m[0], []),
    } for m in members]
    dated = [t for t in timeline if t["published"]]
    first = min(dated, key=lambda t: t["published"]) if dated else (timeline[0] if timeline else None)
    incidents = []
    for iid, typ, day, place, label, reports, indep, cred, reason in con.execute(
        "SELECT id, type, day, place, label, reports, independent, credibility, grade_reason FROM incidents"
        " WHERE story = ? ORDER BY coalesce(day, ''), id", (story,)):
        claims = [{"attribute": a, "value": v, "supporting": s, "contradicting": c, "credibility": g,
                   "grade": GRADES[g], "evidence": json.loads(e)} for a, v, s, c, g, e in con.execute(
            "SELECT attribute, value, supporting, contradicting, credibility, unz(evidence) FROM claims"
            " WHERE incident = ? ORDER BY id", (iid,))]
        reps = [{"article": a, "start": s, "end": e, "source_group": g, "stance": st, "killed": k, "actor": ac,
                 "text": txt} for a, s, e, g, st, k, ac, txt in con.execute(
            'SELECT r.article, r."start", r."end", r.source, r.stance, r.killed, r.actor,'
            ' substr(unz(a.text), r."start" + 1, r."end" - r."start") FROM incident_reports r'
            ' JOIN articles a ON a.id = r.article WHERE r.incident = ? ORDER BY r.article, r."start"', (iid,))]
        incidents.append({"id": iid, "type": typ, "day": day, "place": place, "label": label, "reports": reports,
                          "independent_sources": indep, "credibility": cred, "grade": GRADES[cred],
                          "grade_reason": reason, "claims": claims, "report_list": reps})
    return {"id": row[0], "thread": row[1], "label": row[2], "articles": row[3], "first_day": row[4],
            "last_day": row[5], "languages": json.loads(row[6] or "{}"), "outlets": json.loads(row[7] or "{}"),
            "first_report": first["article"] if first else None, "timeline": timeline,
            "links": [{"source": s, "target": t, "kind": k, "score": sc} for s, t, k, sc in links],
            "incidents": incidents}


def disagreements(data: dict) -> list[str]:
    """One line per disputed claim: the values side by side, with their sources."""
    out = []
    for inc in data["incidents"]:
        by_attr: dict[str, list[dict]] = {}
        for c in inc["claims"]:
            by_attr.setdefault(c["attribute"], []).append(c)
        for attr, claims in by_attr.items():
            if not any(c["contradicting"] for c in claims):
                continue
            if attr == "occurred":
                deniers = sorted({r["article"] for r in inc["report_list"] if r["stance"] == "denies"})
                c = claims[0]
                out.append(f"incident {inc['id']} ({clean(inc['label'])}): reported by {c['supporting']} independent"
                           f" source(s), DENIED by {c['contradicting']} (article(s) {', '.join(map(str, deniers))})")
            else:
                sides = []
                for c in sorted(claims, key=lambda c: -c["supporting"]):
                    arts = sorted({e["article"] for e in c["evidence"] if e["stance"] == "supports"})
                    sides.append(f"{c['value']} ({c['supporting']} source(s): article(s) {', '.join(map(str, arts))})")
                out.append(f"incident {inc['id']} ({clean(inc['label'])}): {attr} disputed: " + " vs ".join(sides))
    return out


def _story(con, args) -> int:
    data = story_data(con, args.id)
    data["disagreements"] = disagreements(data)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    langs = ", ".join(f"{k} {v}" for k, v in sorted(data["languages"].items()))
    print(f"story {data['id']} (thread {data['thread']}): {clean(data['label'])}")
    print(f"{data['articles']} article(s), {data['first_day'] or '?'}..{data['last_day'] or '?'}; languages: {langs};"
          f" outlets: {', '.join(clean(o) for o in sorted(data['outlets']))}")
    print("\ntimeline (first report marked *):")
    for t in data["timeline"]:
        mark = "*" if t["article"] == data["first_report"] else " "
        rel = f" [{t['source_reliability']}]" if t["source_reliability"] else ""
        reuse = "; ".join(f"{r['kind']} of {r['article']} ({r['score']})" for r in t["reuses"])
        print(f" {mark} {t['article']:>5} {t['published'] or '?':<25} {t['language'] or '?':<3}"
              f" {clean(t['source'], 24) + rel:<28} {clean(t['title'], 60)}" + (f"  <- {reuse}" if reuse else ""))
    if data["links"]:
        print("\nwho copied whom:")
        for link in data["links"]:
            print(f"  {link['source']} -> {link['target']}: {link['kind']} (score {link['score']})")
    if data["incidents"]:
        print("\nincidents and claims (credibility 1-6, Admiralty scale):")
        for inc in data["incidents"]:
            print(f"  incident {inc['id']}: {clean(inc['label'])}: {inc['reports']} report(s),"
                  f" {inc['independent_sources']} independent source(s); credibility {inc['credibility']}"
                  f" ({inc['grade']})")
            for c in inc["claims"][1:]:
                flag = "  DISPUTED" if c["contradicting"] else ""
                print(f"      {c['attribute']} = {clean(c['value'])}: {c['supporting']} for, {c['contradicting']}"
                      f" against; credibility {c['credibility']} ({c['grade']}){flag}")
    if data["disagreements"]:
        print("\ndisagreements:")
        for line in data["disagreements"]:
            print("  " + line)
    return 0


# -- sitrep links -----------------------------------------------------------------
def article_links(con, rowid: int) -> list[dict]:
    out = []
    for lid, s, t, kind, score, evidence in con.execute(
        "SELECT id, source, target, kind, score, evidence FROM reuse_links WHERE source = ? OR target = ?"
        " ORDER BY id", (rowid, rowid)):
        texts = dict(con.execute("SELECT id, unz(text) FROM articles WHERE id IN (?, ?)", (s, t)))
        meta = {r[0]: r[1:] for r in con.execute(
            "SELECT id, language, source_name, published, title FROM articles WHERE id IN (?, ?)", (s, t))}
        pairs = [{"source": {"start": a0, "end": a1, "text": texts[s][a0:a1]},
                  "target": {"start": b0, "end": b1, "text": texts[t][b0:b1]}, "score": sc}
                 for a0, a1, b0, b1, sc in json.loads(evidence or "[]")]
        out.append({"id": lid, "kind": kind, "score": score, "direction": "copied by" if s == rowid else "copies",
                    "source": {"article": s, "language": meta[s][0], "outlet": meta[s][1], "published": meta[s][2],
                               "title": meta[s][3]},
                    "target": {"article": t, "language": meta[t][0], "outlet": meta[t][1], "published": meta[t][2],
                               "title": meta[t][3]},
                    "first": s, "pairs": pairs})
    return out


def _links(con, args) -> int:
    from ..corpus.read import resolve

    rowid = resolve(con, args.article)
    links = article_links(con, rowid)
    if args.json:
        print(json.dumps({"article": rowid, "links": links}, ensure_ascii=False, indent=2))
        return 0
    if not links:
        print(f"article {rowid}: no reuse links")
        return 0
    for link in links:
        other = link["target"] if link["source"]["article"] == rowid else link["source"]
        verb = "is reused by" if link["source"]["article"] == rowid else "reuses"
        print(f"article {rowid} {verb} article {other['article']} ({other['language']}, {clean(other['outlet'])},"
              f" {other['published'] or '?'}): {link['kind']}, score {link['score']}; first: article {link['first']}")
        for p in link["pairs"]:
            print(f"    [{p['score']:.2f}] {clean(p['source']['text'], 100)}")
            print(f"           = {clean(p['target']['text'], 100)}")
    return 0


# -- sitrep relink, grade ------------------------------------------------------------
def _relink(con, args) -> int:
    from .rebuild import relink

    counts = relink(con)
    if not args.quiet:
        print(f"sitrep: relink: {counts['articles']} article(s): {counts['stories']} stories in {counts['threads']}"
              f" threads, {counts['reuse_links']} reuse links, {counts['incidents']} incidents,"
              f" {counts['claims']} claims in {counts['seconds']} s", file=sys.stderr)
    return 0


def _grade(con, args) -> int:
    known = con.execute("SELECT count(*) FROM articles WHERE source_name = ?", (args.source,)).fetchone()[0]
    if not known:
        raise CorpusError(f"no source {args.source!r} in the corpus (names as `sitrep stats` lists them)")
    con.execute(
        "INSERT INTO source_reliability (source_name, grade, note, set_at) VALUES (?,?,?,?)"
        " ON CONFLICT (source_name) DO UPDATE SET grade = excluded.grade, note = excluded.note,"
        " set_at = excluded.set_at",
        (args.source, args.grade, args.note, datetime.now(timezone.utc).isoformat(timespec="seconds")))
    print(f"{args.source}: reliability {args.grade} ({known} article(s))")
    return 0
