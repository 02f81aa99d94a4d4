"""``sitrep watch`` and ``sitrep sources``: parsers (added by ``cli.py``) and bodies."""

from __future__ import annotations

import argparse
import json
import signal
import sqlite3
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

from ..settings import Config


def add_parsers(sub, add_settings) -> None:
    db = dict(type=Path, required=True, metavar="PATH", help="the corpus database (SQLite)")
    wa = sub.add_parser("watch", help="follow feeds, sitemaps and pages; fetch, analyse and store new articles")
    wa.add_argument("--db", **db)
    wa.add_argument("--sources", type=Path, required=True, metavar="YAML",
                    help="the sources file: feeds, sitemaps, pages (docs/watch.md)")
    wa.add_argument("--every", metavar="DURATION",
                    help="poll interval of sources that set none, e.g. 15m, 1h (default: the file's, else 15m)")
    wa.add_argument("--once", action="store_true", help="do one round and exit (for cron)")
    wa.add_argument("--retry-failed", action="store_true",
                    help="poll given-up sources and fetch failed article URLs again")
    wa.add_argument("--workers", type=int, default=1, help="pipeline worker processes (default 1)")
    wa.add_argument("--components", help="comma-separated components to run (default: the default pipeline)")
    wa.add_argument("--quiet", action="store_true", help="no log line per round")
    add_settings(wa)

    so = sub.add_parser("sources", help="the watched sources: last fetch, next poll, articles found, errors")
    so.add_argument("--db", **db)
    so.add_argument("--json", action="store_true", help="print the sources as JSON")
    so.add_argument("--urls", choices=("failed", "pending"), help="list the article URLs in this state instead")


def _log(line: str) -> None:
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    print(f"{stamp} sitrep watch: {line}", file=sys.stderr, flush=True)


def run_watch(args: argparse.Namespace, config: Config) -> int:
    from ..corpus import CorpusError
    from ..corpus.ingest import Session
    from .rounds import Watcher
    from .sources import SourcesError, load_sources, parse_duration

    try:
        every = parse_duration(args.every) if args.every is not None else None
        if every is not None and every <= 0:
            raise ValueError("must be positive")
    except ValueError as exc:
        print(f"sitrep: error: --every: {exc}", file=sys.stderr)
        return 2
    try:
        policy, sources = load_sources(args.sources, every=every)
    except SourcesError as exc:
        print(f"sitrep: error: {exc}", file=sys.stderr)
        return 1
    log = (lambda line: None) if args.quiet else _log
    components = [c.strip() for c in args.components.split(",") if c.strip()] if args.components else None
    stop = threading.Event()
    got: list[str] = []

    def on_signal(signum, frame) -> None:
        got.append(signal.Signals(signum).name)
        stop.set()

    # Installed before the pipeline workers are forked, so they inherit it too: a stop (systemd,
    # Ctrl-C) does not kill them; this process finishes what is in flight, commits and shuts them down.
    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        session = Session(args.db, workers=args.workers, components=components, config=config)
        try:
            watcher = Watcher(session, policy, sources, stop=stop, retry_failed=args.retry_failed, log=log)
            try:
                return _loop(watcher, policy, args.once, stop, got, log)
            finally:
                watcher.close()
        finally:
            session.close()
    except CorpusError as exc:
        print(f"sitrep: error: {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        print(f"sitrep: error: {args.db}: database error: {exc}; run the watch again to resume", file=sys.stderr)
        return 1
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _loop(watcher, policy, once: bool, stop: threading.Event, got: list[str], log) -> int:
    sources = watcher.con.execute("SELECT count(*) FROM watch_sources WHERE active = 1 AND parent IS NULL").fetchone()[0]
    log(f"watching {sources} source(s){' (one round)' if once else ''}")
    while True:
        stats = watcher.round()
        next_due = watcher.next_due()
        if once or stop.is_set():
            log(stats.line() + (f"; stopped ({got[0]})" if got else ""))
            if once and stats.polled and stats.failed == stats.polled and not stats.stored:
                return 1  # everything failed: let cron's mail say so
            return 0
        now = time.time()
        wait = policy.every if next_due is None else min(max(next_due - now, 0.05), policy.every)
        log(stats.line() + f"; next round at {_when(now + wait)}")
        if stop.wait(wait):
            log(f"stopped ({got[0] if got else 'signal'})")
            return 0


def _when(t: float | None) -> str:
    if t is None:
        return "-"
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def sources_table(con: sqlite3.Connection) -> list[dict]:
    rows = con.execute(
        """SELECT s.id, s.kind, s.url, s.name, s.parent, s.active, s.last_fetch, s.last_status, s.next_poll,
                  s.links, s.articles, s.failures, s.errors, s.last_error, s.gave_up,
                  (SELECT count(*) FROM watch_urls u WHERE u.source = s.id AND u.state = 'pending'),
                  (SELECT count(*) FROM watch_urls u WHERE u.source = s.id AND u.state = 'failed')
           FROM watch_sources s ORDER BY coalesce(s.parent, s.id), s.parent IS NOT NULL, s.id"""
    ).fetchall()
    out = []
    for (sid, kind, url, name, parent, active, last_fetch, last_status, next_poll, links, articles, failures,
         errors, last_error, gave_up, pending, failed) in rows:
        if not active:
            state = "removed"
        elif gave_up:
            state = f"given up ({failures} failures)"
        elif failures:
            state = f"failing ({failures})"
        else:
            state = "ok"
        out.append({
            "id": sid, "kind": kind, "url": url, "name": name, "parent": parent, "state": state,
            "last_fetch": _when(last_fetch) if last_fetch else None, "last_status": last_status,
            "next_poll": None if gave_up or not active else _when(next_poll),
            "links": links, "articles": articles, "pending": pending, "failed_urls": failed,
            "errors": errors, "last_error": last_error,
        })
    return out


def render_sources(rows: list[dict], last_round: tuple | None) -> str:
    if not rows:
        return "no watched sources (run `sitrep watch --sources FILE --db ...` first)"
    lines = []
    if last_round:
        started, finished, stored, errors = last_round
        lines.append(f"last round {_when(finished)} ({finished - started:.1f} s): {stored} article(s) stored, "
                     f"{errors} error(s)")
    for r in rows:
        label = f"{r['kind']:<7} {r['url']}" + (f"  ({r['name']})" if r["name"] else "")
        if r["parent"]:
            label = f"  └ {label}"
        lines.append(f"{r['id']:>3}  {label}")
        lines.append(
            f"     {r['state']}; last fetch {r['last_fetch'] or 'never'}"
            + (f" ({r['last_status']})" if r["last_status"] else "")
            + f"; next poll {r['next_poll'] or '-'}; {r['links']} link(s), {r['articles']} article(s) stored, "
            f"{r['pending']} pending, {r['failed_urls']} failed URL(s), {r['errors']} error(s)"
        )
        if r["last_error"]:
            lines.append(f"     last error: {r['last_error']}")
    return "\n".join(lines)


def run_sources(args: argparse.Namespace, config: Config) -> int:
    from contextlib import closing

    from ..corpus import CorpusError
    from ..corpus.schema import connect

    try:
        with closing(connect(args.db, readonly=True)) as con:
            if args.urls:
                rows = [
                    {"url": u, "source": s, "attempts": a, "reason": r, "found": _when(f)}
                    for u, s, a, r, f in con.execute(
                        "SELECT u.url, s.url, u.attempts, u.reason, u.found FROM watch_urls u "
                        "JOIN watch_sources s ON s.id = u.source WHERE u.state = ? ORDER BY u.found, u.rowid",
                        (args.urls,))
                ]
                if args.json:
                    print(json.dumps(rows, ensure_ascii=False, indent=2))
                else:
                    for r in rows:
                        why = f"  {r['reason']}" if r["reason"] else ""
                        tries = f"{r['attempts']} tr{'y' if r['attempts'] == 1 else 'ies'}"
                        print(f"{r['url']}{why}  (from {r['source']}, {tries})")
                    if not rows:
                        print(f"no {args.urls} URLs")
                return 0
            rows = sources_table(con)
            last = con.execute("SELECT started, finished, stored, errors FROM watch_rounds ORDER BY id DESC LIMIT 1"
                               ).fetchone()
    except CorpusError as exc:
        print(f"sitrep: error: {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        print(f"sitrep: error: {args.db}: database error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(render_sources(rows, last))
    return 0
