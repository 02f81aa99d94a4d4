"""Stories, reuse links, incidents and claims on Spark: the tables of ``sitrep.stories``.

What ``sitrep ingest`` computes as it stores articles (:class:`sitrep.stories.linker.Linker`,
called by the corpus writer for each article in storage order, then the labels, incidents and
claims of every story once the run ends) is stateful: each article is compared with what came
before it (document frequencies, postings, story centroids). The job splits it in two:

- **order-free, distributed** (executors, earlier stages): the pipeline, each article's story
  profile (:func:`sitrep.stories.features.profile`: transliterated phonetic keys, names,
  anchors, sentences; the same call the ingest workers make), its MinHash signature, and the
  exact and near-duplicate links (Spark SQL joins over the LSH bands, :mod:`.duplicates`),
  which the linker receives as its ``exact``/``near`` reuse links;
- **sequential, one executor task** (:func:`link_pass`): compact per-article records (the
  article row, the layers the linker and the incident rules read, the profile, the duplicate
  link) sorted by article number (a Spark shuffle sort that spills to disk) stream through the
  very writer and linker of the local ingest into a throw-away SQLite corpus on the executor's
  local disk, then the run's end (labels, incidents, claims) and the export queries of
  :mod:`sitrep.stories.export` give the rows. Nothing is collected to the driver; the task's
  memory is bounded like the linker's (fixed-size caches, document frequencies of four-letter
  keys), the corpus it needs lives on disk.

One implementation: the tables equal those of ``sitrep ingest`` (default story linking) +
``sitrep export`` row for row, ids included (tests ``tests/spark``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from ..corpus import identity

#: layers read by the linker (sentences), the labels (actors, places, times) and the incident
#: rules (events, statements, sentences, places, times, actors): the others (tokens ...) are not shipped
LAYERS = frozenset({"sentences", "actors", "places", "times", "events", "statements"})
#: articles per SQLite transaction in the pass (as ``sitrep relink``)
BATCH = 200
#: the error rows of this stage
STAGE = "stories"


def dup_score(kind: str | None, matches: int | None) -> float | None:
    """The ``dup_score`` the local writer stores for a duplicate link (:meth:`Writer._duplicate_of`)."""
    if kind is None:
        return None
    return 1.0 if kind == "exact" else round(matches / identity.NUM_PERM, 4)


def compact(item: tuple) -> tuple[int, tuple]:
    """``(id, (dup_of, dup_kind, matches), ok record)`` -> ``(id, record of the pass)``: the layers
    the pass reads only, no signature."""
    gid, (dup_of, kind, matches), rec = item
    _ok, pos, key, chash, data, _sig, counts, rows, prof = rec
    return gid, (pos, key, chash, data, counts, [r for r in rows if r[0] in LAYERS], prof,
                 dup_of, kind, dup_score(kind, matches))


def tables() -> list[tuple[str, tuple, str, tuple]]:
    """``(name, columns, sql, params)`` of the story tables (those of ``sitrep export``)."""
    from ..stories.export import tables as story_tables

    return story_tables()


def columns() -> dict[str, tuple]:
    """Each story table's ``((column, arrow type), ...)``."""
    return {name: tuple((c[0], c[1]) for c in cols) for name, cols, _sql, _p in tables()}


def link_pass(records: Iterable[tuple[int, tuple]], names: Sequence[str]) -> Iterator[tuple]:
    """The sequential pass over ``(id, record)`` in article-number order (one task).

    Yields ``(table, columns, row)`` for every row of the story tables, and
    ``("errors", None, error)`` for an article the pass could not store.
    """
    from ..article import Article
    from ..corpus.schema import connect
    from ..corpus.writer import Writer
    from ..stories.linker import Linker

    class KnownDuplicates(Writer):
        """The corpus writer, with the duplicate links the job computed at cluster scale."""

        known: tuple = (None, None, None)

        def _duplicate_of(self, chash, sig):
            return self.known

    with tempfile.TemporaryDirectory(prefix="sitrep-stories-") as tmp:
        con = connect(Path(tmp) / "stories.db", create=True)
        try:
            con.execute("PRAGMA synchronous = OFF")  # a throw-away database
            writer = KnownDuplicates(con, batch_size=1 << 30, batch_seconds=float("inf"), linker=Linker(con))
            expected = 1
            for gid, (pos, key, chash, data, counts, rows, prof, dup_of, kind, score) in records:
                writer._begin()
                while expected < gid:  # an article the job could not store: keep the numbers aligned
                    _placeholder(con, expected)
                    expected += 1
                con.execute("SAVEPOINT article")
                try:
                    writer.known = (dup_of, kind, score)
                    writer.add_rows(Article.from_dict(data), counts, rows, chash, key, None, list(names),
                                    profile=prof)
                    con.execute("RELEASE article")
                except Exception as exc:  # one bad article must not fail the job
                    con.execute("ROLLBACK TO article")
                    con.execute("RELEASE article")
                    _placeholder(con, gid)
                    origin = str((data.get("source") or {}).get("path") or data.get("id"))
                    yield ("errors", None, ("err", pos, origin, STAGE, f"{type(exc).__name__}: {exc}",
                                            "stories", data.get("id")))
                expected = gid + 1
                if writer.pending >= BATCH:
                    writer.commit()
            writer.finish_stories()  # labels, incidents, claims of every story (the ingest's run end)
            writer.commit()
            for name, cols, sql, params in tables():
                spec = tuple((c[0], c[1]) for c in cols)
                for row in con.execute(sql, params):
                    yield (name, spec, tuple(row))
        finally:
            con.close()


def _placeholder(con, rowid: int) -> None:
    """An empty article row holding number ``rowid`` (never linked; no story table refers to it)."""
    con.execute(
        "INSERT INTO articles (id, key, article_id, content_hash, text, origin, source, layers, pipeline,"
        " ingested_at) VALUES (?, ?, '', '', '', '', '{}', '{}', '[]', '')", (rowid, f"\x00placeholder:{rowid}"))
