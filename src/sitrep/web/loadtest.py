"""Load test of the workbench: a 20,000-article corpus, N concurrent clients, p50/p95 latency.

    python -m sitrep.web.loadtest --db build/load.db [--articles 20000] [--clients 8] [--seconds 60]

If ``--db`` does not exist it is built from ``--from`` (a corpus ingested by ``sitrep
ingest``; default: the bundled examples and demo corpus, ingested now) by duplicating its
articles in SQLite, with all their annotation rows and full-text entries, until it holds
``--articles`` articles: copies get new keys, a publication date shifted by up to 90 days
and one of 16 outlets, so filters and facets see a spread-out corpus. This takes seconds,
where running the pipeline 20,000 times would take hours.

Then ``sitrep serve`` is started as a separate process (its start-up time to the first
answered request is reported), the clients request search pages (varied queries, with and
without filters) and article pages (random articles), plus map, timeline, place and API
requests, for ``--seconds`` seconds (at most ``--max-requests``), over keep-alive
connections, and the latency percentiles and errors are printed per kind (``--json`` for JSON).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

from ..corpus.schema import register_functions

OUTLETS = ("Wire", "Northern Courier", "Kyiv Daily", "Le Quotidien", "Vesti", "Ukrainska Hvylia", "Herald",
           "Morning Post", "Agence Est", "Novosti Dnya", "Radio Svoboda", "Eastern Tribune", "Gazette",
           "Observer", "Telegraf", "Dzerkalo")
QUERIES = ("Kharkiv", "Izium", "Balakliia", "Kupiansk", "shelling", "aid", "General Staff", "Zelensky",
           "Харків", "Ізюм", "Харьков", "Balakliïa", "counter-offensive", "Peskov", "Chuhuiv", "casualties",
           "\"Armed Forces\"", "Kherson OR Izium", "withdraw*", "Russian troops")
FILTERS = ("", "&lang=en", "&lang=uk", "&since=2022-09-10&until=2022-09-30", "&source=Wire", "&lang=fr",
           "&since=2022-10-01")


def _has_table(con: sqlite3.Connection, name: str) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def synthesize(src: Path, out: Path, articles: int) -> dict:
    """Copy ``src`` to ``out`` and duplicate its articles until there are ``articles`` of them."""
    t0 = time.perf_counter()
    if out.exists():
        raise FileExistsError(f"{out} exists")
    out.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(src) as s, sqlite3.connect(out) as o:
        s.backup(o)
    con = sqlite3.connect(out, isolation_level=None)
    register_functions(con)  # the annotations view unpacks layers (corpus schema 5)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = OFF")
    base = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id")]
    if not base:
        raise ValueError(f"{src}: no article to duplicate")
    top = max(base)
    rounds = -(-articles // len(base)) - 1
    cols = ("key, article_id, content_hash, title, text, language, published, precision, pub_start, pub_end, url,"
            " origin, source_name, reader, source, raw, warnings, layers, pipeline, dup_of, dup_kind, dup_score,"
            " ingested_at")
    con.execute("BEGIN")
    made = len(base)
    for r in range(1, rounds + 1):
        n = min(len(base), articles - made)
        if n <= 0:
            break
        ids = base[:n]
        shift = f"+{(r * 7) % 90} days"
        offset = r * top
        con.execute(
            f"INSERT INTO articles (id, {cols}) SELECT id + ?, key || '-' || ?, article_id || '-' || ?,"
            " content_hash || '-' || ?, title, text, language,"
            " CASE WHEN published IS NULL THEN NULL ELSE date(substr(published, 1, 10), ?) END, precision,"
            " date(pub_start, ?), date(pub_end, ?), url || '#' || ?, origin, ?, reader, source, raw, warnings,"
            " layers, pipeline, NULL, NULL, NULL, ingested_at FROM articles WHERE id IN (SELECT value FROM json_each(?))",
            (offset, r, r, r, shift, shift, shift, r, OUTLETS[r % len(OUTLETS)], json.dumps(ids)))
        rows_table = "annotation_rows" if _has_table(con, "annotation_rows") else "annotations"
        con.execute(
            f'INSERT INTO {rows_table} (article, layer, seq, "start", "end", label, attrs, producer, confidence)'
            f' SELECT article + ?, layer, seq, "start", "end", label, attrs, producer, confidence FROM {rows_table}'
            " WHERE article IN (SELECT value FROM json_each(?))", (offset, json.dumps(ids)))
        if _has_table(con, "packed_layers"):  # packed layers, one row each (schema 4: structural ones, 5: all)
            con.execute("INSERT INTO packed_layers (article, layer, producer, confidence, data)"
                        " SELECT article + ?, layer, producer, confidence, data"
                        " FROM packed_layers WHERE article IN (SELECT value FROM json_each(?))",
                        (offset, json.dumps(ids)))
        made += n
    con.execute("INSERT INTO articles_fts (rowid, title, text) SELECT id, title, unz(text) FROM articles WHERE id > ?", (top,))
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    total = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    anns = con.execute("SELECT count(*) FROM annotations").fetchone()[0]
    con.close()
    return {"articles": total, "annotations": anns, "seconds": round(time.perf_counter() - t0, 1),
            "size_mb": round(out.stat().st_size / 1e6, 1)}


def mix(ids: list[int], places: list[str], rng: random.Random, kinds: str = "all") -> tuple[str, str]:
    """One request: (kind, path). ``pages``: search and article pages only (the latency target);
    ``all``: search and article pages dominate, with API, map, timeline and place requests."""
    x = rng.random()
    if kinds == "pages":
        x = x * 0.75
    if x < 0.40:
        q = rng.choice(QUERIES)
        return "search page", f"/search?q={quote(q)}{rng.choice(FILTERS)}"
    if x < 0.75:
        return "article page", f"/articles/{rng.choice(ids)}"
    if x < 0.83:
        return "search API", f"/api/v1/search?q={quote(rng.choice(QUERIES))}{rng.choice(FILTERS)}"
    if x < 0.88:
        return "map API", f"/api/v1/map?q={quote(rng.choice(QUERIES))}"
    if x < 0.93:
        return "timeline page", f"/timeline?q={quote(rng.choice(QUERIES))}"
    if x < 0.97 and places:
        return "place page", f"/places/{quote(rng.choice(places))}"
    return "article API", f"/api/v1/articles/{rng.choice(ids)}"


def load(host: str, port: int, ids: list[int], places: list[str], clients: int, seconds: float,
         max_requests: int, kinds: str = "all") -> dict:
    lat: dict[str, list[float]] = {}
    errors: dict[str, list[str]] = {}
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    count = [0]

    def client(k: int) -> None:
        rng = random.Random(k)
        conn = http.client.HTTPConnection(host, port, timeout=30)
        while time.monotonic() < stop:
            with lock:
                if count[0] >= max_requests:
                    break
                count[0] += 1
            kind, path = mix(ids, places, rng, kinds)
            t = time.perf_counter()
            try:
                conn.request("GET", path)
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
                problem = f"{resp.status} {path}"
            except (OSError, http.client.HTTPException) as exc:
                ok, problem = False, f"{type(exc).__name__} {path}"
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=30)
            dt = (time.perf_counter() - t) * 1000
            with lock:
                lat.setdefault(kind, []).append(dt)
                if not ok:
                    errors.setdefault(kind, []).append(problem)
        conn.close()

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    out = {}
    for kind, values in sorted(lat.items()):
        values.sort()
        out[kind] = {"requests": len(values), "errors": len(errors.get(kind, [])),
                     "p50_ms": round(statistics.median(values), 1),
                     "p95_ms": round(values[min(len(values) - 1, int(len(values) * 0.95))], 1),
                     "max_ms": round(values[-1], 1), "first_errors": errors.get(kind, [])[:3]}
    total = sum(len(v) for v in lat.values())
    return {"clients": clients, "seconds": round(wall, 1), "requests": total,
            "requests_per_s": round(total / wall, 1), "kinds": out}


def wait_ready(proc, host: str, port: int, limit: float = 30.0) -> float:
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < limit:
        if proc.poll() is not None:
            raise RuntimeError(f"sitrep serve exited with status {proc.returncode}")
        try:
            conn = http.client.HTTPConnection(host, port, timeout=2)
            conn.request("GET", "/api/v1/health")
            if conn.getresponse().status == 200:
                return time.perf_counter() - t0
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("sitrep serve did not answer within 30 s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep.web.loadtest", description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=Path("build/load.db"), help="the corpus to serve (built if missing)")
    ap.add_argument("--from", dest="source", type=Path, help="corpus to duplicate (default: bundled examples, ingested)")
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--max-requests", type=int, default=200000)
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--mix", choices=("pages", "all"), default="pages",
                    help="pages: search and article pages only; all: also API, map, timeline, place requests")
    ap.add_argument("--workers", type=int, help="sitrep serve --workers (default: its own)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    report: dict = {}
    if not args.db.exists():
        with tempfile.TemporaryDirectory() as tmp:
            src = args.source
            if src is None:
                from .screenshots import ingest_examples

                src = Path(tmp) / "examples.db"
                print("ingesting the bundled examples…", file=sys.stderr)
                ingest_examples(src)
            print(f"building {args.db} ({args.articles} articles)…", file=sys.stderr)
            report["corpus_built"] = synthesize(src, args.db, args.articles)
    con = sqlite3.connect(f"file:{args.db.resolve()}?mode=ro", uri=True)
    register_functions(con)
    ids = [r[0] for r in con.execute("SELECT id FROM articles")]
    places = [r[0] for r in con.execute(
        "SELECT DISTINCT coalesce(CAST(json_extract(attrs, '$.geonameid') AS TEXT), json_extract(attrs, '$.name'))"
        " FROM annotations WHERE article IN (SELECT id FROM articles ORDER BY id LIMIT 50) AND layer = 'places'")
        if r[0]]
    con.close()
    report["corpus"] = {"articles": len(ids), "size_mb": round(args.db.stat().st_size / 1e6, 1)}
    sitrep = shutil.which("sitrep") or str(Path(sys.executable).with_name("sitrep"))
    cmd = [sitrep, "serve", "--db", str(args.db), "--port", str(args.port)]
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    proc = subprocess.Popen(cmd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ})
    try:
        report["startup_s"] = round(wait_ready(proc, "127.0.0.1", args.port), 2)
        report["load"] = load("127.0.0.1", args.port, ids, places, args.clients, args.seconds, args.max_requests,
                              args.mix)
        report["load"]["mix"] = args.mix
        report["load"]["machine_load_avg"] = os.getloadavg()[0]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(render(report))
    bad = sum(k["errors"] for k in report["load"]["kinds"].values())
    return 1 if bad else 0


def render(report: dict) -> str:
    lines = [f"corpus: {report['corpus']['articles']} articles, {report['corpus']['size_mb']} MB"
             + (f" (built in {report['corpus_built']['seconds']} s)" if "corpus_built" in report else ""),
             f"start-up to first answer: {report['startup_s']} s",
             f"load ({report['load']['mix']}): {report['load']['clients']} clients, {report['load']['seconds']} s, "
             f"{report['load']['requests']} requests ({report['load']['requests_per_s']}/s);"
             f" machine load average at the end {report['load']['machine_load_avg']:.1f}",
             "", "| request | requests | errors | p50 ms | p95 ms | max ms |", "|---|---|---|---|---|---|"]
    for kind, k in report["load"]["kinds"].items():
        lines.append(f"| {kind} | {k['requests']} | {k['errors']} | {k['p50_ms']} | {k['p95_ms']} | {k['max_ms']} |")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
