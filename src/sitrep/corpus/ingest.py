"""``sitrep ingest``: readers -> pipeline in worker processes -> the single writer.

The main process reads the sources (files, directories, WARC, feeds, gzip),
computes each article's identity key and skips those already stored, sends
the others in small chunks to a pool of worker processes that run the
pipeline and compute MinHash signatures, and writes the results back in
reading order through :class:`~sitrep.corpus.writer.Writer` (one transaction
per batch). At most a few chunks per worker are in flight, so memory stays
flat however large the corpus.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from ..article import Article
from ..pipeline import DEFAULT_COMPONENTS, Pipeline, PipelineError
from ..readers import Problem, read_paths
from ..settings import Config
from . import CorpusError, identity
from .codec import pack_json
from .schema import connect
from .writer import Counts, Writer, annotation_rows

#: articles sent to a worker at once, and chunks in flight per worker
CHUNK = 16
INFLIGHT_PER_WORKER = 3

_PIPELINE: Pipeline | None = None

#: short texts in each language sitrep reads, run once through the pipeline before the workers
#: are forked, so that the per-language models and tables they load are loaded once, shared
#: copy-on-write by the workers, instead of once in every worker
WARM_UP = (
    ("en", "Storm hits Kharkiv\n\nOn 3 March 2022 President Joe Biden said in Washington that Russian troops "
           "shelled Kharkiv, killing 12 people. \"We will respond,\" the Pentagon told Reuters."),
    ("fr", "Tempête sur Lyon\n\nLe 3 mars 2022, le président Emmanuel Macron a déclaré à Paris que l'armée "
           "russe avait bombardé Kharkiv, tuant 12 personnes. « Nous répondrons », a dit le ministre."),
    ("ru", "Удар по Харькову\n\n3 марта 2022 года президент Владимир Путин заявил в Москве, что армия "
           "обстреляла Харьков и погибли 12 человек. «Мы ответим», сообщил министр обороны."),
    ("uk", "Удар по Харкову\n\n3 березня 2022 року президент Володимир Зеленський заявив у Києві, що "
           "російська армія обстріляла Харків і загинули 12 людей. «Ми відповімо», сказав міністр."),
)


def _warm_up(pipeline: Pipeline) -> None:
    """Run :data:`WARM_UP` through ``pipeline`` (its models load on first use); a failure here is
    left to the workers, which report it per article."""
    for lang, text in WARM_UP:
        title = text.split("\n", 1)[0]
        article = Article(id=f"warm-up-{lang}", text=text, title=title, language=lang)
        for _ in pipeline.pipe([article], on_error=lambda failure: None):
            pass


def _init_worker(names: Sequence[str], config: Config) -> None:
    """Load the pipeline in a worker, unless the worker was forked from a process that had loaded
    it (:class:`Session` loads it before starting the pool: the workers share its tables and
    models copy-on-write instead of loading them again)."""
    global _PIPELINE
    if _PIPELINE is None or _PIPELINE.names != list(names) or _PIPELINE.config != config:
        _PIPELINE = Pipeline.from_names(names, config)


def _warm() -> bool:
    return _PIPELINE is not None


def _process(batch: list[dict]) -> list[tuple]:
    """Run the pipeline over a chunk (in a worker process): per article ``("ok", article without
    layers, MinHash signature, layer sizes, packed layer rows, stories profile, compressed text)``
    or ``("fail", article id, origin, reason, component)``. Everything the writer stores that
    depends only on the article is made here, in parallel."""
    assert _PIPELINE is not None
    out: list[tuple] = []
    for data in batch:
        article = Article.from_dict(data)
        failures = []
        done = list(_PIPELINE.pipe([article], on_error=failures.append))
        if done:
            try:
                sig = identity.signature(done[0])
            except Exception as exc:  # a signature problem must not lose the article
                sig = None
                done[0].warnings.append(f"no MinHash signature: {exc}")
            counts, rows = annotation_rows(done[0])
            prof = _stories_profile(done[0])
            out.append(("ok", _without_layers(done[0]), sig, counts, rows, prof, pack_json(done[0].text, "text")))
        else:
            f = failures[0]
            out.append(("fail", f.article_id, f.origin, f.reason, f.component))
    return out


def _without_layers(article: Article) -> dict:
    """``article.to_dict()`` with no layers (they travel as packed rows), made without turning
    the layers' annotations into dicts first."""
    layers, article.layers = article.layers, {}
    try:
        return article.to_dict()
    finally:
        article.layers = layers


def _stories_profile(article: Article):
    """The article's keys for reuse links and stories (sitrep.stories), computed in the worker."""
    from ..stories.linker import full_profile

    return full_profile(article)


@dataclass
class Summary(Counts):
    """The writer's counts, plus what was read and how long it took."""

    read: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.added / self.seconds if self.seconds else 0.0
        return (
            f"{self.added} article(s) stored ({self.exact} exact and {self.near} near duplicates linked), "
            f"{self.skipped} already stored, {self.errors} error(s), {rate:.1f} articles/s"
        )


def _start_method() -> str:
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _pool(workers: int, names: Sequence[str], config: Config) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(_start_method()),
        initializer=_init_worker,
        initargs=(tuple(names), config),
    )


def _progress(quiet: bool):
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]ingest"),
        BarColumn(),
        TextColumn("{task.completed} stored"),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TextColumn("{task.fields[skipped]} already stored"),
        TextColumn("[red]{task.fields[errors]} errors"),
        TimeElapsedColumn(),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=False,
    )


class Session:
    """An open ingest: the worker pool (pipeline loaded), the database and its single writer.

    ``sitrep ingest`` runs one session over the files it reads; ``sitrep watch``
    keeps one open across its rounds and feeds it the articles it fetched, so
    both store through the same path (identity keys, duplicates, errors table).
    """

    def __init__(self, db: str | Path, *, workers: int = 1, components: Sequence[str] | None = None,
                 config: Config | None = None) -> None:
        self.config = config or Config()
        self.names = list(components or DEFAULT_COMPONENTS)
        global _PIPELINE
        try:
            _PIPELINE = Pipeline.from_names(self.names, self.config)  # forked workers inherit it
        except PipelineError as exc:
            raise CorpusError(str(exc)) from None
        self.workers = max(1, int(workers))
        import datasketch  # noqa: F401  (imported once here: forked workers inherit it)

        if _start_method() == "fork":
            _warm_up(_PIPELINE)
            gc.freeze()  # the loaded objects: the workers' garbage collector leaves their pages shared

        self.pool = _pool(self.workers, self.names, self.config)
        try:
            try:
                self.pool.submit(_warm).result()  # start the workers (and load the pipeline) before any thread
            except BrokenProcessPool as exc:
                raise CorpusError(f"cannot start worker processes: {exc}") from None
            finally:
                gc.unfreeze()  # the workers are forked (all at once with fork): the parent collects as before
            self.con = connect(db, create=True)
        except BaseException:
            self.pool.shutdown(wait=True, cancel_futures=True)
            raise
        from ..stories.linker import Linker

        self.writer = Writer(self.con, linker=Linker(self.con) if self.config.link_stories else None)

    def run(self, items: Iterable[Article | Problem], *, quiet: bool = True, own: str | None = None,
            on_done: OnDone | None = None) -> Summary:
        """Store ``items`` (articles; problems go to the errors table) through the workers and the writer."""
        self.writer.counts = Counts()
        return _run(items, self.writer, self.pool, self.workers, self.names, quiet, own, on_done)

    def close(self) -> None:
        try:
            self.con.close()
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def ingest(
    sources: Iterable[str | Path],
    db: str | Path,
    *,
    workers: int = 1,
    components: Sequence[str] | None = None,
    config: Config | None = None,
    quiet: bool = True,
) -> Summary:
    config = config or Config()
    paths = [s if str(s) == "-" else str(Path(s).resolve()) for s in sources]
    with Session(db, workers=workers, components=components, config=config) as session:
        return session.run(read_paths(paths, config), quiet=quiet, own=str(Path(db).resolve()))


#: An item of :meth:`Session.run`'s input meaning "nothing more for a while": the open chunk
#: goes to the workers and finished results are stored now (``sitrep watch`` between fetches).
FLUSH = object()


#: Called for each article inside the transaction that stores it: ``(origin, key, outcome)``
#: with outcome ``added``, ``exact``, ``near``, ``skipped`` (already stored) or ``failed``
#: (a component failed; key None). State kept beside an article commits or rolls back with it.
OnDone = Callable[[str, "str | None", str], None]


def _run(items, writer: Writer, pool, workers, names, quiet, own: str | None,
         on_done: OnDone | None = None) -> Summary:
    summary = Summary()
    inflight: deque[tuple[Future, list[tuple[str, str]]]] = deque()
    inflight_keys: set[str] = set()
    chunk: list[dict] = []
    chunk_keys: list[tuple[str, str]] = []
    t0 = time.monotonic()
    progress = _progress(quiet)

    def update() -> None:
        c = writer.counts
        elapsed = time.monotonic() - t0
        progress.update(task, completed=c.added, rate=c.added / elapsed if elapsed else 0.0,
                        skipped=summary.skipped + c.skipped, errors=c.errors)

    def submit() -> None:
        nonlocal chunk, chunk_keys
        if chunk:
            inflight.append((pool.submit(_process, chunk), chunk_keys))
            chunk, chunk_keys = [], []

    def drain_one() -> None:
        future, keys = inflight.popleft()
        try:
            results = future.result()
        except BrokenProcessPool:
            raise CorpusError("a worker process died (out of memory?); re-run to resume") from None
        for (key, chash), result in zip(keys, results):
            inflight_keys.discard(key)
            if result[0] == "ok":
                _, data, sig, counts, rows, prof, packed_text = result
                article = Article.from_dict(data)
                outcome = writer.add_rows(article, counts, rows, chash, key, sig, names, profile=prof,
                                          packed_text=packed_text)
                if on_done:
                    on_done(str(article.source.get("path") or article.id), key, outcome)
            else:
                _, article_id, origin, reason, component = result
                writer.add_error(origin, "pipeline", reason, component=component, article_id=article_id)
                if on_done:
                    on_done(origin, None, "failed")
        writer.maybe_commit()
        update()

    with progress:
        task = progress.add_task("ingest", total=None, rate=0.0, skipped=0, errors=0)
        try:
            for item in items:
                if item is FLUSH:
                    submit()
                    while inflight and inflight[0][0].done():
                        drain_one()
                    writer.maybe_commit()
                    continue
                if isinstance(item, Problem) and own and item.origin.startswith(own):
                    continue  # the database itself (and its -wal, -shm) inside a source folder
                if isinstance(item, Problem):
                    writer.add_error(item.origin, "read", item.message)
                    writer.maybe_commit()
                    continue
                summary.read += 1
                chash = identity.content_hash(item)
                key = identity.identity_key(item, chash)
                if key in inflight_keys or writer.has(key):
                    summary.skipped += 1
                    if on_done:
                        on_done(str(item.source.get("path") or item.id), key, "skipped")
                    continue
                inflight_keys.add(key)
                chunk.append(item.to_dict())
                chunk_keys.append((key, chash))
                if len(chunk) >= CHUNK:
                    submit()
                while len(inflight) >= workers * INFLIGHT_PER_WORKER:
                    drain_one()
                if not inflight:
                    writer.maybe_commit()
            submit()
            while inflight:
                drain_one()
            writer.finish_stories()
            writer.commit()
        except BaseException:
            # Whatever was written completely is kept; the open batch is either
            # committed (complete articles only) or rolled back by SQLite.
            try:
                writer.commit()
            except Exception:  # the connection may be unusable; SQLite rolls back
                pass
            raise
        update()
    c = writer.counts
    summary.added, summary.exact, summary.near = c.added, c.exact, c.near
    summary.skipped += c.skipped
    summary.errors = c.errors
    summary.seconds = time.monotonic() - t0
    return summary


def run_ingest(args, config: Config) -> int:
    components = [c.strip() for c in args.components.split(",") if c.strip()] if args.components else None
    summary = ingest(args.sources, args.db, workers=args.workers, components=components, config=config,
                     quiet=args.quiet)
    if not args.quiet:
        print(f"sitrep: ingest: {summary.line()}", file=sys.stderr)
        if summary.errors:
            print(f"sitrep: ingest: see `sitrep errors --db {args.db}`", file=sys.stderr)
    if summary.added == 0 and summary.skipped == 0 and summary.errors:
        return 1
    return 0
