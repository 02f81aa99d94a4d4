"""``sitrep bench``: speed and memory of the pipeline over a corpus.

Runs the default pipeline in one process (so every figure is per core) over
the given corpus, or over one generated from the bundled example articles,
and reports articles/s, MB/s (UTF-8 bytes of article text per CPU second),
each component's own throughput, and resident memory after 100, 200, 400 ... articles
so growth is visible; the corpus is streamed, never held in memory.

Peers: a module listed in :data:`PEERS` under a component's name adds
side-by-side figures when that component is in the measured pipeline; it
exposes ``bench_peers(texts: list[tuple[str, str]]) -> dict`` taking
``(language, text)`` pairs and returning ``{name: {"seconds": s, "mb": m}}``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import resource
import time
from importlib import resources
from typing import Callable, Iterable, Iterator

from .article import Article
from .pipeline import Failure, Pipeline, PipelineError, default_pipeline
from .readers import Problem, read_bytes, read_paths
from .settings import Config

#: modules contributing peer measurements (see the module docstring)
PEERS: dict[str, str] = {"times.v1": "sitrep.eval.time_bench"}
#: peers run on the corpus's first texts up to this many UTF-8 bytes (the text that crosses it
#: included): the bench keeps only those, so that the memory it reports is the pipeline's
PEER_SAMPLE_BYTES = 200_000

EXAMPLES = ("kharkiv_fr.txt", "kharkiv_en.txt", "kharkiv_ru.txt", "kharkiv_uk.txt")


def example_texts() -> list[tuple[str, bytes]]:
    base = resources.files("sitrep") / "examples"
    return [(name, (base / name).read_bytes()) for name in EXAMPLES]


def generated_corpus(size_mb: float, seed: int = 13) -> Iterator[Article]:
    """Articles made by shuffling the bundled examples' paragraphs, ``size_mb`` in all."""
    rng = random.Random(seed)
    pools = []
    for name, data in example_texts():
        paras = [p for p in data.decode("utf-8").split("\n\n") if p.strip()]
        pools.append((name, paras[0], paras[1:]))
    total = 0
    limit = size_mb * 1_000_000
    i = 0
    while total < limit:
        name, head, body = pools[i % len(pools)]
        paras = body * rng.randint(2, 4)
        rng.shuffle(paras)
        text = head + "\n\n" + "\n\n".join(paras) + "\n"
        data = text.encode("utf-8")
        for item in read_bytes(data, f"generated/{i}-{name}", f"gen-{i}", ".txt"):
            if isinstance(item, Article):
                total += len(data)
                yield item
        i += 1


def one_article(size_mb: float) -> Iterator[Article]:
    """One article of ``size_mb``: the generated corpus's texts as the paragraphs of a single text."""
    texts = [a.text for a in generated_corpus(size_mb)]
    text = "One article\n\n" + "\n\n".join(t.split("\n\n", 1)[-1].strip() for t in texts) + "\n"
    yield from (item for item in read_bytes(text.encode("utf-8"), "generated/one-article", "one", ".txt")
                if isinstance(item, Article))


def rss_mb() -> float:
    """Current resident set size in MB (Linux), else peak."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def _checkpoint(n: int) -> bool:
    """Memory is sampled at 100, 200, 400, 800 and every 1,000 articles."""
    return n % 1000 == 0 or (n >= 100 and n % 100 == 0 and (n // 100) & (n // 100 - 1) == 0)


#: the checkpoint from which :func:`growth` measures (caches fill before it)
GROWTH_FROM = 1000


def growth(checkpoints: list[dict]) -> float | None:
    """Resident memory growth in MB per 1,000 articles from :data:`GROWTH_FROM` articles to the
    last checkpoint (None before 2,000 articles)."""
    start = next((c for c in checkpoints if c["articles"] == GROWTH_FROM), None)
    last = checkpoints[-1] if checkpoints else None
    if start is None or last is None or last["articles"] < 2 * GROWTH_FROM:
        return None
    return round((last["rss_mb"] - start["rss_mb"]) / (last["articles"] - start["articles"]) * 1000, 2)


def run(
    articles: Iterable[Article],
    config: Config | None = None,
    components: list[str] | None = None,
    on_error: Callable[[Failure], None] | None = None,
    on_checkpoint: Callable[[dict], None] | None = None,
) -> dict:
    """Measure ``articles``; a failing article is counted (and passed to ``on_error``), never raised.
    ``on_checkpoint`` is given each memory checkpoint as it is taken (progress of a long run)."""
    pipeline = Pipeline.from_names(components, config) if components else default_pipeline(config)
    # Warm up: load every language's models and lexicons before timing.
    for name, data in example_texts():
        for item in read_bytes(data, "warmup", "warmup", ".txt"):
            if isinstance(item, Article):
                for comp in pipeline.components:  # outside the time budget: loading is not the article's
                    pipeline.apply(comp, item)
    per_comp = {c.name: 0.0 for c in pipeline.components}
    for comp in pipeline.components:
        comp.stage_seconds.clear()
    n = 0
    nbytes = 0
    checkpoints: list[dict] = []
    samples: list[tuple[str, str]] = []
    sample_bytes = 0
    failures: list[Failure] = []

    def failed(failure: Failure) -> None:
        failures.append(failure)
        if on_error is not None:
            on_error(failure)

    wall0 = time.perf_counter()
    cpu0 = time.process_time()
    for article in pipeline.pipe(articles, on_error=failed, seconds=per_comp):
        n += 1
        size = len(article.text.encode("utf-8"))
        nbytes += size
        if sample_bytes < PEER_SAMPLE_BYTES:
            samples.append((article.language or "en", article.text))
            sample_bytes += size
        if _checkpoint(n):
            checkpoints.append({"articles": n, "rss_mb": round(rss_mb(), 1)})
            if on_checkpoint is not None:
                on_checkpoint(checkpoints[-1])
    wall = time.perf_counter() - wall0
    cpu = time.process_time() - cpu0
    checkpoints.append({"articles": n, "rss_mb": round(rss_mb(), 1)})
    mb = nbytes / 1e6
    result = {
        "articles": n,
        "failed": len(failures),
        "mb": round(mb, 3),
        "wall_seconds": round(wall, 3),
        "cpu_seconds": round(cpu, 3),
        "articles_per_s": round(n / wall, 1) if wall else None,
        "mb_per_s_per_core": round(mb / cpu, 3) if cpu else None,
        "components": {
            c.name: {"seconds": round(per_comp[c.name], 3),
                     "mb_per_s": round(mb / per_comp[c.name], 2) if per_comp[c.name] else None,
                     "stages": {stage: {"seconds": round(s, 3), "mb_per_s": round(mb / s, 2) if s else None}
                                for stage, s in c.stage_seconds.items()}}
            for c in pipeline.components
        },
        "memory": {
            "checkpoints": checkpoints,
            "growth_mb_per_1000_articles": growth(checkpoints),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6, 1),
        },
        "peers": {},
    }
    for component, module_name in PEERS.items():
        if component not in pipeline.names:
            continue
        module = importlib.import_module(module_name)
        result["peers"].update(module.bench_peers(samples))
    return result


def render(r: dict) -> str:
    lines = [
        f"articles: {r['articles']}  text: {r['mb']} MB  wall: {r['wall_seconds']} s  cpu: {r['cpu_seconds']} s",
        f"throughput: {r['articles_per_s']} articles/s, {r['mb_per_s_per_core']} MB/s per core"
        + (f"  ({r['failed']} article(s) failed, not counted)" if r.get("failed") else ""),
        "",
        "| component | CPU seconds | MB/s per core |",
        "|---|---|---|",
    ]
    for name, c in r["components"].items():
        lines.append(f"| {name} | {c['seconds']} | {c['mb_per_s']} |")
        for stage, st in c.get("stages", {}).items():
            lines.append(f"| {name} › {stage} | {st['seconds']} | {st['mb_per_s']} |")
    for name, c in r.get("peers", {}).items():
        mbps = round(c["mb"] / c["seconds"], 2) if c.get("seconds") else None
        lines.append(f"| peer: {name} | {c['seconds']} | {mbps} |")
    lines.append("")
    cps = ", ".join(f"{c['articles']}: {c['rss_mb']} MB" for c in r["memory"]["checkpoints"])
    lines.append(f"resident memory at articles processed: {cps or 'n/a'}; peak {r['memory']['peak_rss_mb']} MB")
    if r["memory"].get("growth_mb_per_1000_articles") is not None:
        lines.append(f"growth from {GROWTH_FROM:,} articles on: {r['memory']['growth_mb_per_1000_articles']} MB"
                     " per 1,000 articles")
    return "\n".join(lines)


def _report_failure(failure: Failure) -> None:
    import sys

    print(f"sitrep: error: {failure.line()} (skipped)", file=sys.stderr)


def _report_checkpoint(cp: dict) -> None:
    import sys

    print(f"sitrep: bench: {cp['articles']} articles, resident memory {cp['rss_mb']} MB", file=sys.stderr, flush=True)


def run_bench(args: argparse.Namespace, config: Config) -> int:
    import sys

    components = [c.strip() for c in args.components.split(",")] if args.components else None
    if components:
        try:
            Pipeline.from_names(components, config)
        except PipelineError as exc:
            print(f"sitrep: error: --components: {exc}", file=sys.stderr)
            return 2

    if args.corpus is not None:
        if not args.corpus.exists():
            print(f"sitrep: error: {args.corpus}: no such file or directory", file=sys.stderr)
            return 1
        repeat = max(1, getattr(args, "repeat", 1) or 1)

        def articles() -> Iterator[Article]:
            for rep in range(repeat):
                for item in read_paths([args.corpus], config):
                    if isinstance(item, Problem):
                        if rep == 0:
                            print(f"sitrep: warning: {item.line()} (skipped)", file=sys.stderr)
                    else:
                        if rep:  # each pass's articles are distinct articles (own ids)
                            item.id = f"{item.id}#{rep + 1}"
                        yield item

        result = run(articles(), config, components, on_error=_report_failure,
                     on_checkpoint=_report_checkpoint if repeat > 1 else None)
        if not result["articles"]:
            print(f"sitrep: error: {args.corpus}: no readable article", file=sys.stderr)
            return 1
        result["corpus"] = str(args.corpus) + (f" (x{repeat})" if repeat > 1 else "")
    else:
        if getattr(args, "one_article", False):
            result = run(one_article(args.size_mb), config, components, on_error=_report_failure)
            result["corpus"] = f"one generated article of {args.size_mb} MB from the bundled examples"
        else:
            result = run(generated_corpus(args.size_mb), config, components, on_error=_report_failure)
            result["corpus"] = f"generated {args.size_mb} MB from the bundled examples"
    result["pipeline"] = components or "default"
    header = f"corpus: {result['corpus']}\npipeline: {', '.join(components) if components else 'default'}\n"
    print(json.dumps(result, indent=2) if args.json else header + render(result))
    return 0
