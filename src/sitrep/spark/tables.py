"""What runs inside the executors: reading, the pipeline, and the rows of the export tables.

Nothing here is a second implementation of the local ingest: reading is
:func:`sitrep.spark.sources.read_entry` (the readers), the identity is
:mod:`sitrep.corpus.identity`, the pipeline step is the very function the
ingest worker processes run (:func:`sitrep.corpus.ingest._process`, pipeline
built once per Python worker), and the table rows come from the corpus writer
and the export queries: each batch of processed articles is written by
:class:`~sitrep.corpus.writer.Writer` into a throw-away in-memory corpus,
renumbered with the job's global article numbers and duplicate links, and read
back with the SQL of :mod:`sitrep.corpus.export`. A column or layer added to the
corpus or the export therefore appears in the Spark output with no change here.
"""

from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from ..article import Article
from ..corpus import identity
from ..readers import Problem
from ..settings import Config
from .sources import Entry, read_entry
from .stories import dup_score

#: articles per pipeline call (as ``sitrep ingest``) and per in-memory corpus batch
CHUNK = 16
TABLE_BATCH = 64

#: record kinds flowing between the stages
ART, OK, ERR = "art", "ok", "err"

_LOADED: dict[str, object] = {}


def ensure_pipeline(names: Sequence[str], config: Config) -> None:
    """Build the pipeline (models, gazetteer) once per Python worker process."""
    from ..corpus import ingest

    key = (tuple(names), config)
    if _LOADED.get("key") != key or ingest._PIPELINE is None:
        same = _LOADED.get("key") == key
        ingest._init_worker(tuple(names), config)
        _LOADED["key"] = key
        _LOADED["builds"] = int(_LOADED.get("builds", 0)) + 1 if same else 1


def pipeline_builds() -> int:
    """How many times this worker process built its current pipeline (tests check it stays 1)."""
    return int(_LOADED.get("builds", 0))


def _error(pos, origin: str, stage: str, reason: str, component=None, article_id=None) -> tuple:
    return (ERR, pos, origin, stage, reason, component, article_id)


def read_records(entry: Entry, config: Config) -> Iterator[tuple]:
    """``(art, pos, key, content_hash, article dict)`` or an error per record of one input."""
    i = -1
    try:
        for i, item in enumerate(read_entry(entry, config)):
            pos = (entry.index, i)
            if isinstance(item, Problem):
                yield _error(pos, item.origin, "read", item.message)
                continue
            chash = identity.content_hash(item)
            yield (ART, pos, identity.identity_key(item, chash), chash, item.to_dict())
    except Exception as exc:  # a reader bug on hostile input must not fail the job
        yield _error((entry.index, i + 1), entry.path, "read", f"reader failed: {type(exc).__name__}: {exc}",
                     "reader")


def _chunk_results(chunk: list[tuple]) -> list[tuple]:
    from ..corpus import ingest

    try:
        return ingest._process([rec[4] for rec in chunk])
    except Exception:  # find the one article that broke the chunk
        out = []
        for rec in chunk:
            try:
                out.extend(ingest._process([rec[4]]))
            except Exception as exc:
                data = rec[4]
                origin = str((data.get("source") or {}).get("path") or data.get("id"))
                out.append(("fail", data.get("id"), origin, f"{type(exc).__name__}: {exc}", "pipeline"))
        return out


def run_pipeline(records: Iterable[tuple], names: Sequence[str], config: Config) -> Iterator[tuple]:
    """``(ok, pos, key, content_hash, data, signature, counts, rows, profile)`` or an error per article."""
    ensure_pipeline(names, config)
    chunk: list[tuple] = []

    def flush() -> Iterator[tuple]:
        for rec, res in zip(chunk, _chunk_results(chunk)):
            _, pos, key, chash, _data = rec
            if res[0] == "ok":  # ("ok", data, signature, counts, rows, story profile, compressed text)
                _, data, sig, counts, rows, prof, _packed_text = res
                yield (OK, pos, key, chash, data, sig, counts, rows, prof)
            else:
                _, article_id, origin, reason, component = res
                yield _error(pos, origin, "pipeline", reason, component, article_id)

    for rec in records:
        chunk.append(rec)
        if len(chunk) >= CHUNK:
            yield from flush()
            chunk = []
    if chunk:
        yield from flush()


def signature_columns(sig: bytes | None) -> tuple[list[int] | None, list[int] | None]:
    """A MinHash signature as signed 64-bit values (Spark ``array<bigint>``) and its LSH buckets."""
    if sig is None:
        return None, None
    import numpy as np

    values = np.frombuffer(sig, dtype="<u8").view("<i8").tolist()
    return values, [bucket for _band, bucket in identity.bands(sig)]


def pub_date(published: str | None) -> str | None:
    """The partition value of an article: the date part of its publication value."""
    return published[:10] if published else None


def table_rows(items: Iterable[tuple], names: Sequence[str]) -> Iterator[tuple]:
    """``(table, columns, row + (pub_date,))`` for batches of ``(id, duplicate, ok record)``."""
    batch: list[tuple] = []
    for item in items:
        batch.append(item)
        if len(batch) >= TABLE_BATCH:
            yield from _batch_rows(batch, names)
            batch = []
    if batch:
        yield from _batch_rows(batch, names)


def whole_corpus_tables() -> set[str]:
    """Export tables computed over the whole corpus by ``sitrep.stories`` (stories, reuse links,
    incidents, claims ...): not per batch here, by the sequential pass of :mod:`.stories`."""
    try:
        from ..stories.export import TABLES
    except ImportError:
        return set()
    return set(TABLES)



def _batch_rows(batch: list[tuple], names: Sequence[str]) -> Iterator[tuple]:
    from ..corpus import export

    whole_corpus = whole_corpus_tables()
    from ..corpus.schema import connect
    from ..corpus.writer import Writer

    con = connect(":memory:", create=True)
    try:
        con.execute("PRAGMA foreign_keys = OFF")  # global numbers point at rows of other batches
        writer = Writer(con, batch_size=1 << 30, batch_seconds=float("inf"))
        pubs: dict[int, str | None] = {}
        failed: list[tuple] = []
        for gid, (dup_of, dup_kind, matches), rec in sorted(batch, key=lambda b: b[0]):
            _, pos, key, chash, data, sig, counts, rows, _prof = rec
            try:
                article = Article.from_dict(data)
                writer.add_rows(article, counts, rows, chash, key, sig, list(names))
                local = con.execute("SELECT id FROM articles WHERE key = ?", (key,)).fetchone()[0]
                score = dup_score(dup_kind, matches)
                con.execute("UPDATE articles SET id = ?, dup_of = ?, dup_kind = ?, dup_score = ? WHERE id = ?",
                            (gid, dup_of, dup_kind, score, local))
                con.execute("UPDATE annotations SET article = ? WHERE article = ?", (gid, local))
                pubs[gid] = pub_date(article.published.value if article.published else None)
            except Exception as exc:  # one article the writer refuses must not fail the job
                failed.append(_error(pos, str((data.get("source") or {}).get("path") or data.get("id")), "store",
                                     f"{type(exc).__name__}: {exc}", "writer", data.get("id")))
        writer.commit()
        for name, columns, sql, params in export._tables(con):
            if name == "errors" or name in whole_corpus:
                continue  # errors: built by the job from every stage's errors; whole-corpus tables: not here
            cols = tuple((c[0], c[1]) for c in columns)
            ref = [c[0] for c in cols].index("article" if name != "articles" else "id")
            for rows in export._rows(con, sql, params):
                for row in rows:
                    yield (name, cols, tuple(row) + (pubs.get(row[ref]),))
        yield from _event_rows(con, pubs)
        for err in failed:
            yield ("errors", None, err)
    finally:
        con.close()


def _event_rows(con, pubs: dict) -> Iterator[tuple]:
    """The ``events`` table of ``sitrep export`` (flattened from the events layer), for this batch."""
    try:
        from ..corpus import events as ev
    except ImportError:
        return
    if con.execute("SELECT 1 FROM annotations WHERE layer = 'events' LIMIT 1").fetchone() is None:
        return
    cols = tuple((name, typ) for name, typ, _d in ev.COLUMNS)
    for row in ev.events(con):
        yield ("events", cols, tuple(row[k] for k in ev.NAMES) + (pubs.get(row.get("article")),))
