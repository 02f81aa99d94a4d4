"""``sitrep bench --ingest``: ingest throughput, database size, memory as the corpus grows.

The corpus is generated from the bundled example articles (fr, en, ru, uk):
paragraphs shuffled and repeated, each article with its own URL, language
and date, in JSONL files of 1,000 records. Measured:

- throughput (articles/s, wall clock, startup included) ingesting the
  largest size up to 5,000 with 1 worker and with 2 workers, and the scaling;
- database size per 1,000 articles (after a WAL checkpoint);
- peak resident memory of the writer process and of the largest worker for
  every size, each size ingested by a fresh process, so the growth (or not)
  with the corpus is visible.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from ..settings import Config
from . import CorpusError

FILE_RECORDS = 1000
THROUGHPUT_MAX = 5000


def write_corpus(folder: Path, n: int, seed: int = 5) -> list[Path]:
    from ..bench import example_texts

    rng = random.Random(seed)
    pools = []
    for name, data in example_texts():
        paras = [p.strip() for p in data.decode("utf-8").split("\n\n") if p.strip()]
        pools.append((name.split("_")[1].split(".")[0], paras[0], paras[1:]))
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for start in range(0, n, FILE_RECORDS):
        path = folder / f"part{start // FILE_RECORDS:04d}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(start, min(n, start + FILE_RECORDS)):
                lang, head, body = pools[i % len(pools)]
                paras = rng.sample(body, k=max(1, min(len(body), rng.randint(2, 6))))
                record = {
                    "id": f"gen-{i}", "title": f"{head} ({i})", "text": "\n\n".join(paras), "language": lang,
                    "url": f"https://bench.example/{lang}/{i}", "source": f"bench-{lang}",
                    "published": f"2022-{1 + i % 12:02d}-{1 + i % 28:02d}",
                }
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        files.append(path)
    return files


_CHILD = """
import json, resource, sys, time
from sitrep.corpus.ingest import ingest
src, db, workers, comps = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
t = time.perf_counter()
s = ingest([src], db, workers=workers, components=comps.split(",") if comps else None, quiet=True)
wall = time.perf_counter() - t
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"added": s.added, "errors": s.errors, "seconds": wall,
  "writer_rss_mb": me.ru_maxrss / 1024, "worker_rss_mb": kids.ru_maxrss / 1024,
  "writer_cpu_s": me.ru_utime + me.ru_stime, "worker_cpu_s": kids.ru_utime + kids.ru_stime}))
"""


def _measure(src: Path, db: Path, workers: int, components: str | None) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(src), str(db), str(workers), components or ""],
        capture_output=True, text=True,
    )
    if proc.returncode != 0:
        raise CorpusError(f"ingest benchmark failed: {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _db_mb(db: Path) -> float:
    import sqlite3

    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6


def run(sizes: list[int], components: str | None = None) -> dict:
    result: dict = {"cpus": os.cpu_count(), "components": components or "default pipeline", "throughput": {},
                    "memory": []}
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        base = Path(tmp)
        # throughput on the largest size up to 5,000 (startup, a few seconds, weighs less)
        first = max([n for n in sizes if n <= THROUGHPUT_MAX] or sizes[:1])
        src = base / f"corpus{first}"
        write_corpus(src, first)
        runs = {}
        for workers in (1, 2):
            db = base / f"w{workers}.db"
            m = runs[workers] = _measure(src, db, workers, components)
            result["throughput"][str(workers)] = {
                "articles": m["added"], "seconds": round(m["seconds"], 2),
                "articles_per_s": round(m["added"] / m["seconds"], 1),
                # CPU seconds per 1,000 articles: unlike wall time, not skewed by other load
                "writer_cpu_s_per_1000": round(m["writer_cpu_s"] / m["added"] * 1000, 2),
                "workers_cpu_s_per_1000": round(m["worker_cpu_s"] / m["added"] * 1000, 2),
            }
            if workers == 1:
                result["db_mb_per_1000_articles"] = round(_db_mb(db) / m["added"] * 1000, 2)
        t1, t2 = (result["throughput"][k]["seconds"] for k in ("1", "2"))
        result["scaling_2_workers"] = round(t1 / t2, 2)
        # the single writer's CPU per article bounds throughput whatever the number of workers
        w = result["throughput"]["2"]
        result["writer_bound_articles_per_s"] = round(1000 / w["writer_cpu_s_per_1000"], 1) \
            if w["writer_cpu_s_per_1000"] else None
        for n in sizes:
            src = base / f"corpus{n}"
            if not src.exists():
                write_corpus(src, n)
            db = base / f"mem{n}.db"
            # the throughput size was just ingested with 2 workers: that run is its memory figure
            m = runs[2] if n == first else _measure(src, db, 2, components)
            if n == first:
                db = base / "w2.db"
            result["memory"].append({
                "articles": m["added"], "seconds": round(m["seconds"], 1),
                "articles_per_s": round(m["added"] / m["seconds"], 1),
                "writer_peak_rss_mb": round(m["writer_rss_mb"], 1),
                "worker_peak_rss_mb": round(m["worker_rss_mb"], 1),
                "db_mb": round(_db_mb(db), 1),
            })
    return result


def render(r: dict) -> str:
    t = r["throughput"]
    lines = [
        f"pipeline: {r['components']}; {r['cpus']} CPUs",
        "",
        "| workers | articles | seconds | articles/s |",
        "|---|---|---|---|",
        *[f"| {k} | {v['articles']} | {v['seconds']} | {v['articles_per_s']} |" for k, v in t.items()],
        "",
        f"scaling with 2 workers: x{r['scaling_2_workers']}; database size: {r['db_mb_per_1000_articles']} MB"
        " per 1,000 articles",
        "CPU seconds per 1,000 articles (2 workers): writer "
        f"{t['2']['writer_cpu_s_per_1000']}, workers {t['2']['workers_cpu_s_per_1000']}; "
        f"the single writer caps ingest at about {r['writer_bound_articles_per_s']} articles/s",
        "",
        "| articles | seconds | articles/s | writer peak RSS MB | worker peak RSS MB | database MB |",
        "|---|---|---|---|---|---|",
        *[f"| {m['articles']} | {m['seconds']} | {m['articles_per_s']} | {m['writer_peak_rss_mb']} |"
          f" {m['worker_peak_rss_mb']} | {m['db_mb']} |" for m in r["memory"]],
    ]
    return "\n".join(lines)


def run_bench_ingest(args, config: Config) -> int:
    try:
        sizes = sorted({int(s) for s in args.ingest_sizes.split(",") if s.strip()})
    except ValueError:
        print(f"sitrep: error: --ingest-sizes {args.ingest_sizes!r}: expected numbers like 1000,5000", file=sys.stderr)
        return 2
    if not sizes or sizes[0] < 1:
        print("sitrep: error: --ingest-sizes needs positive sizes", file=sys.stderr)
        return 2
    try:
        result = run(sizes, args.components)
    except CorpusError as exc:
        print(f"sitrep: error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result, indent=2) if args.json else render(result))
    return 0
