"""``sitrep bench --spark``: `sitrep spark` with 1 and 2 executor cores against a local ingest.

On the same generated corpus (``sitrep bench --ingest``'s generator: the
bundled examples' paragraphs recombined, fr/en/ru/uk, JSONL), each run a fresh
process, so every figure includes what a user waits for:

- ``sitrep ingest --workers 1`` (the local baseline);
- ``sitrep spark --master local[1]`` and ``local[2]`` (one and two executor
  cores, pipeline partitions = cores x 2);
- throughput (articles per second of wall clock, JVM start included, and of
  the job itself as the manifest reports it), the 1 -> 2 core scaling, and the
  per-article overhead of Spark over the local ingest at one core;
- the fixed cost of a Spark run (the same job on 4 articles), so the projection
  can separate what grows with the corpus from what does not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ..settings import Config

DEFAULT_ARTICLES = 400


def _timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the command and the children it waited for)."""
    import resource

    env = {**os.environ, "PYSPARK_PYTHON": os.environ.get("PYSPARK_PYTHON", sys.executable)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    res = subprocess.run(cmd, capture_output=True, text=True, env=env)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if res.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])}: failed: {res.stderr.strip().splitlines()[-1:]}")
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def _spark(src: Path, out: Path, cores: int, components: str | None) -> dict:
    cmd = [sys.executable, "-m", "sitrep", "spark", str(src), "--out", str(out), "--master", f"local[{cores}]",
           "--partitions", str(2 * cores), "--quiet"]
    if components:
        cmd += ["--components", components]
    wall, _cpu = _timed(cmd)
    manifest = json.loads((out / "manifest.json").read_text())
    return {"wall_s": round(wall, 1), "job_s": manifest["run"]["seconds"],
            "articles": manifest["tables"]["articles"]["rows"],
            "python_cpu_s": manifest["run"].get("python_cpu_s")}


def measure(n: int, components: str | None = None) -> dict:
    from ..corpus.bench import write_corpus

    with tempfile.TemporaryDirectory(prefix="sitrep-bench-spark-") as tmp:
        root = Path(tmp)
        write_corpus(root / "src", n)
        write_corpus(root / "tiny", 4, seed=7)
        cmd = [sys.executable, "-m", "sitrep", "ingest", str(root / "src"), "--db", str(root / "c.db"), "--quiet"]
        if components:
            cmd += ["--components", components]
        ingest_s, ingest_cpu = _timed(cmd)
        fixed = _spark(root / "tiny", root / "out-tiny", 1, components)
        one = _spark(root / "src", root / "out1", 1, components)
        two = _spark(root / "src", root / "out2", 2, components)
    res = {
        "articles": n, "cpu_count": os.cpu_count(), "load_average_1m": round(os.getloadavg()[0], 1),
        "ingest_1_worker": {"wall_s": round(ingest_s, 1), "articles_per_s": round(n / ingest_s, 2),
                            "cpu_s": round(ingest_cpu, 1)},
        "spark_fixed_4_articles": fixed,
        "spark_1_core": {**one, "articles_per_s": round(n / one["wall_s"], 2),
                         "job_articles_per_s": round(n / one["job_s"], 2)},
        "spark_2_cores": {**two, "articles_per_s": round(n / two["wall_s"], 2),
                          "job_articles_per_s": round(n / two["job_s"], 2)},
    }
    res["scaling_1_to_2_cores"] = round(one["wall_s"] / two["wall_s"], 2)
    res["overhead_ms_per_article_vs_ingest"] = round(1000 * (one["wall_s"] - ingest_s) / n, 1)
    res["marginal_ms_per_article_1_core"] = round(1000 * (one["wall_s"] - fixed["wall_s"]) / max(1, n - 4), 1)
    cpu = one.get("python_cpu_s")
    if cpu:  # CPU per article, which the machine's other load does not inflate
        res["python_cpu_ms_per_article_1_core"] = round(1000 * sum(cpu.values()) / n, 1)
        res["pipeline_cpu_ms_per_article_1_core"] = round(1000 * cpu["pipeline"] / n, 1)
        res["ingest_cpu_ms_per_article"] = round(1000 * ingest_cpu / n, 1)
    return res


def render(r: dict) -> str:
    return "\n".join([
        f"sitrep bench --spark: {r['articles']} articles, {r['cpu_count']} CPU(s), load {r['load_average_1m']}",
        f"  ingest, 1 worker     {r['ingest_1_worker']['wall_s']:>7} s  {r['ingest_1_worker']['articles_per_s']:>6} articles/s",
        f"  spark, 4 articles    {r['spark_fixed_4_articles']['wall_s']:>7} s  (fixed cost: JVM, stages, writes)",
        f"  spark local[1]       {r['spark_1_core']['wall_s']:>7} s  {r['spark_1_core']['articles_per_s']:>6} articles/s"
        f"  (job {r['spark_1_core']['job_s']} s)",
        f"  spark local[2]       {r['spark_2_cores']['wall_s']:>7} s  {r['spark_2_cores']['articles_per_s']:>6} articles/s"
        f"  (job {r['spark_2_cores']['job_s']} s)",
        f"  scaling 1 -> 2 cores {r['scaling_1_to_2_cores']}x",
        f"  overhead vs ingest   {r['overhead_ms_per_article_vs_ingest']} ms/article at 1 core; marginal cost "
        f"{r['marginal_ms_per_article_1_core']} ms/article",
        *([f"  CPU per article      ingest {r['ingest_cpu_ms_per_article']} ms; spark Python workers "
           f"{r['python_cpu_ms_per_article_1_core']} ms (pipeline {r['pipeline_cpu_ms_per_article_1_core']} ms)"]
          if "ingest_cpu_ms_per_article" in r else []),
    ])


def run_bench_spark(args, config: Config) -> int:
    n = int(getattr(args, "spark_articles", None) or DEFAULT_ARTICLES)
    try:
        r = measure(n, args.components)
    except RuntimeError as exc:
        print(f"sitrep: bench: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(r, indent=2) if args.json else render(r))
    return 0
