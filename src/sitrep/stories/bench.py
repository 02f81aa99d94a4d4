"""``sitrep bench --stories``: what reuse links and stories cost at ingest, and the whole-corpus pass.

The corpus is the one ``sitrep bench --ingest`` generates (the bundled example
articles' paragraphs shuffled and recombined, fr/en/ru/uk, one URL each): a
hard case for reuse, since every article shares paragraphs with thousands of
others. For each size, in fresh processes with the same pipeline:

- ingest with ``--link-stories 0`` (today's ingest) and with ``--link-stories 1``
  (links and stories at ingest): wall seconds, CPU seconds of the writer and
  of the workers, peak resident memory of the writer;
- ``sitrep relink`` over the stored corpus (the whole-corpus pass alone):
  seconds, CPU seconds, peak memory, and the counts it made.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from ..corpus import CorpusError

#: the pipeline of `sitrep bench --ingest`'s published figures
LIGHT = "paragraphs.v1,language.v1,sentences.v1"

_INGEST = """
import json, resource, sys, time
from sitrep.corpus.ingest import ingest
from sitrep.settings import Config
src, db, comps, stories = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
t = time.perf_counter()
s = ingest([src], db, workers=1, components=comps.split(","), config=Config().updated(link_stories=stories), quiet=True)
wall = time.perf_counter() - t
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"added": s.added, "seconds": wall, "writer_cpu_s": me.ru_utime + me.ru_stime,
  "worker_cpu_s": kids.ru_utime + kids.ru_stime, "writer_rss_mb": me.ru_maxrss / 1024}))
"""

_RELINK = """
import json, resource, sys, time
from sitrep.corpus.schema import connect
from sitrep.stories.rebuild import relink
t = time.perf_counter()
con = connect(sys.argv[1])
counts = relink(con)
con.close()
me = resource.getrusage(resource.RUSAGE_SELF)
counts.update(seconds=time.perf_counter() - t, cpu_s=me.ru_utime + me.ru_stime, rss_mb=me.ru_maxrss / 1024)
print(json.dumps(counts))
"""


def _child(code: str, *args: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise CorpusError(f"stories benchmark failed: {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run(sizes: list[int], components: str | None = None) -> dict:
    from ..corpus.bench import write_corpus

    comps = components or LIGHT
    result: dict = {"cpus": os.cpu_count(), "components": comps, "sizes": []}
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-stories-") as tmp:
        base = Path(tmp)
        for n in sizes:
            src = base / f"corpus{n}"
            write_corpus(src, n)
            row: dict = {"articles": n}
            for stories in (0, 1):
                m = _child(_INGEST, str(src), str(base / f"s{stories}-{n}.db"), comps, str(stories))
                row["ingest_stories" if stories else "ingest_plain"] = {
                    "seconds": round(m["seconds"], 1), "articles_per_s": round(m["added"] / m["seconds"], 1),
                    "writer_cpu_s": round(m["writer_cpu_s"], 1), "worker_cpu_s": round(m["worker_cpu_s"], 1),
                    "writer_peak_rss_mb": round(m["writer_rss_mb"], 1)}
            r = _child(_RELINK, str(base / f"s1-{n}.db"))
            row["relink"] = {k: (round(v, 1) if isinstance(v, float) else v) for k, v in r.items()}
            plain, linked = row["ingest_plain"], row["ingest_stories"]
            row["ingest_cpu_ratio"] = round((linked["writer_cpu_s"] + linked["worker_cpu_s"])
                                            / (plain["writer_cpu_s"] + plain["worker_cpu_s"]), 2)
            result["sizes"].append(row)
            for p in base.glob(f"s*-{n}.db*"):
                p.unlink()
    return result


def render(r: dict) -> str:
    lines = [f"pipeline: {r['components']}; {r['cpus']} CPUs", "",
             "| articles | ingest s (stories off) | ingest s (on) | CPU s off | CPU s on | CPU ratio |"
             " writer RSS MB off / on | relink s | relink CPU s | relink RSS MB | stories | threads | links |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for s in r["sizes"]:
        p, o, x = s["ingest_plain"], s["ingest_stories"], s["relink"]
        lines.append(
            f"| {s['articles']} | {p['seconds']} | {o['seconds']} | {round(p['writer_cpu_s'] + p['worker_cpu_s'], 1)} |"
            f" {round(o['writer_cpu_s'] + o['worker_cpu_s'], 1)} | {s['ingest_cpu_ratio']} |"
            f" {p['writer_peak_rss_mb']} / {o['writer_peak_rss_mb']} | {x['seconds']} | {x['cpu_s']} | {x['rss_mb']} |"
            f" {x['stories']} | {x['threads']} | {x['reuse_links']} |")
    return "\n".join(lines)


def run_bench_stories(args) -> int:
    try:
        sizes = sorted({int(s) for s in args.ingest_sizes.split(",") if s.strip()})
    except ValueError:
        print(f"sitrep: error: --ingest-sizes {args.ingest_sizes!r}: expected numbers like 1000,5000", file=sys.stderr)
        return 2
    try:
        result = run(sizes, args.components)
    except CorpusError as exc:
        print(f"sitrep: error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result, indent=2) if args.json else render(result))
    return 0
