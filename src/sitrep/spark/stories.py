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
  local disk; then the stories' labels (they need the corpus's document frequencies) and the
  export queries of :mod:`sitrep.stories.export` give the rows of ``stories``,
  ``story_members`` and ``reuse_links``. Nothing is collected to the driver; the task's memory
  is bounded like the linker's (fixed-size caches, document frequencies of four-letter keys),
  the corpus it needs lives on disk;
- **per story, distributed** (:func:`story_incidents`): each story's member records and the
  reuse links touching them are grouped by story (joins); a task stores them in an in-memory
  corpus and runs :func:`sitrep.stories.corroboration.store_story` (incidents, independent
  source groups, claims), as the ingest does for every story at the end of its run; the
  incidents and claims are then numbered over the corpus in story order (:func:`numbered`),
  the order in which the ingest inserts them.

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
#: tables of the per-story stage (the others come from the sequential pass)
PER_STORY = ("incidents", "incident_reports", "claims")
COUNT = "_count"


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
            writer._begin()
            writer.linker.finish(incidents=False)  # labels (the ingest's run end); incidents: per story
            writer.commit()
            for name, cols, sql, params in tables():
                if name in PER_STORY:
                    continue
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


def story_incidents(groups: Iterable[tuple[int, Iterable[tuple]]]) -> Iterator[tuple]:
    """``(story, [("a", id, record) | ("l", (id, source, target))])`` -> the rows of the incident
    tables with the story's own numbers (incidents and claims 1, 2, ... within the story):
    ``(table, story, row)``, and ``(COUNT, story, (incidents, claims))`` for a story that has some."""
    from ..corpus.schema import connect
    from ..stories.corroboration import store_story

    sqls = {name: sql for name, _cols, sql, _p in tables() if name in PER_STORY}
    for story, items in groups:
        con = connect(":memory:", create=True)
        try:
            con.execute("PRAGMA foreign_keys = OFF")  # the story's articles only; links point outside
            con.execute("BEGIN")
            for item in items:
                if item[0] == "a":
                    _store(con, item[1], item[2])
                    con.execute("INSERT INTO story_members (article, story, score) VALUES (?, ?, 0)",
                                (item[1], story))
                else:
                    con.execute("INSERT OR IGNORE INTO reuse_links (id, source, target, kind, score, evidence,"
                                " producer) VALUES (?, ?, ?, '', 0, '[]', '')", item[1])
            if not store_story(con, story):
                continue
            con.execute("COMMIT")
            for name in PER_STORY:
                for row in con.execute(sqls[name]):
                    yield (name, story, tuple(row))
            yield (COUNT, story, (con.execute("SELECT count(*) FROM incidents").fetchone()[0],
                                  con.execute("SELECT count(*) FROM claims").fetchone()[0]))
        finally:
            con.close()


def _store(con, rowid: int, record: tuple) -> None:
    """The columns and layers of an article that the incident rules read."""
    from ..article import Article
    from ..corpus.writer import insert_rows

    _pos, key, chash, data, _counts, rows, _prof, _dup_of, _kind, _score = record
    article = Article.from_dict(data)
    pub = article.published
    con.execute(
        "INSERT INTO articles (id, key, article_id, content_hash, title, text, language, published, precision,"
        " origin, source_name, source, layers, pipeline, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,'{}','{}','[]','')",
        (rowid, key, article.id, chash, article.title, article.text, article.language,
         pub.value if pub else None, pub.precision if pub else None, str(article.source.get("path") or article.id),
         identity.source_name(article)))
    insert_rows(con, rowid, rows)


def _offsets(counts: Iterable[tuple[int, tuple[int, int]]]) -> Iterator[tuple[int, tuple[int, int]]]:
    """Running totals over ``(story, (incidents, claims))`` in story order: each story's first numbers - 1."""
    incidents = claims = 0
    for story, (n_incidents, n_claims) in counts:
        yield story, (incidents, claims)
        incidents += n_incidents
        claims += n_claims


def _renumber(kv: tuple) -> tuple[str, tuple]:
    _story, ((table, row), (incidents, claims)) = kv
    if table == "claims":  # (id, incident, ...)
        return table, (claims + row[0], incidents + row[1]) + row[2:]
    return table, (incidents + row[0],) + row[1:]  # incidents (id, ...), incident_reports (incident, ...)


def numbered(rows, n: int):
    """The rows of :func:`story_incidents` with the numbers the local ingest gives them: incidents
    and claims numbered 1, 2, ... in story order, then in their order within the story (the order
    of ``Linker.finish``). The running totals go through one task over one small record per story
    (an external sort, no sampling job). Returns an RDD of ``(table, row)``."""
    offsets = (rows.filter(lambda r: r[0] == COUNT).map(lambda r: (r[1], r[2]))
               .sortByKey(numPartitions=1).mapPartitions(_offsets))
    return (rows.filter(lambda r: r[0] != COUNT).map(lambda r: (r[1], (r[0], r[2])))
            .join(offsets, numPartitions=n).map(_renumber))
