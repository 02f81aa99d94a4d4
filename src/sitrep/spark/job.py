"""The Spark job: the output of ``sitrep ingest`` + ``sitrep export --format parquet``, at cluster scale.

Stages (each a distributed step; only the file listing, the list of table
names and row counts are on the driver):

1. list the sources on the driver (:func:`.sources.list_sources`), one task
   per group of files reads them (the readers) and computes each article's
   identity key; problems become error rows;
2. one record per identity key, the first in reading order (what a local
   ingest keeps), spread over ``--partitions`` partitions;
3. the pipeline in the executors (built once per Python worker);
4. article numbers: the processed articles sorted by reading position and
   numbered 1, 2, ... (``zipWithIndex``), as SQLite numbers them locally;
5. exact and near-duplicate links (:mod:`.duplicates`);
6. the table rows (:func:`.tables.table_rows`), written as Parquet partitioned
   by ``pub_date`` into a staging folder, committed by :mod:`.output`;
7. stories, reuse links, incidents and claims (:mod:`.stories`): the per-article
   parts were computed in stages 3 and 5, the stateful linking streams through
   one task in article order, incidents and claims are computed per story;
   these tables are not partitioned.

Errors of every stage (read, pipeline, store) become rows of the ``errors``
table, grouped by (origin, reason) as the corpus groups them; no record fails
the job.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

from ..pipeline import DEFAULT_COMPONENTS, Pipeline, PipelineError
from ..settings import Config
from . import SparkJobError
from . import output as out_mod
from .sources import list_sources
from . import stories
from .tables import ART, ERR, OK, read_records, run_pipeline, signature_columns, table_rows

PARTITION_COLUMN = "pub_date"
#: partition column used while writing tables of the same columns in one job (becomes the folder name)
TABLE_COLUMN = "_sitrep_table"
#: Parquet compression (``sitrep export`` writes zstd too)
COMPRESSION = "zstd"


def spark_type(name: str):
    """The Spark SQL type of an export column type (arrow type names)."""
    from pyspark.sql import types as T

    table = {"int64": T.LongType(), "string": T.StringType(), "float64": T.DoubleType(),
             "int32": T.IntegerType(), "bool": T.BooleanType(), "bool_": T.BooleanType(),
             "float32": T.FloatType()}
    if name not in table:
        raise SparkJobError(f"export column type {name!r} has no Spark type here (sitrep.spark.job.spark_type)")
    return table[name]


def _schema(columns, partitioned: bool):
    from pyspark.sql import types as T

    fields = [T.StructField(name, spark_type(typ), True) for name, typ in columns]
    if partitioned:
        fields.append(T.StructField(PARTITION_COLUMN, T.StringType(), True))
    return T.StructType(fields)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def session(master: str | None = None, app: str = "sitrep", conf: dict | None = None):
    """A SparkSession for the CLI (``spark-submit`` passes its own master and configuration)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkJobError("PySpark is not installed: pip install 'sitrep[spark]'") from None
    if not os.environ.get("PYSPARK_PYTHON"):
        os.environ["PYSPARK_PYTHON"] = sys.executable  # executors on this machine use this environment
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    elif not os.environ.get("MASTER"):
        builder = builder.master("local[*]")
    settings = {
        "spark.python.worker.reuse": "true",  # the pipeline stays loaded between tasks
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": "8",
        "spark.sql.adaptive.enabled": "true",
        "spark.driver.bindAddress": os.environ.get("SPARK_DRIVER_BIND_ADDRESS", "127.0.0.1"),
        "spark.driver.host": os.environ.get("SPARK_DRIVER_HOST", "127.0.0.1"),
    }
    settings.update(conf or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # no Java, cannot reach the master ...
        raise SparkJobError(f"cannot start Spark: {str(exc).splitlines()[0] if str(exc) else exc}") from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _export_columns() -> dict[str, tuple]:
    """Columns of the tables every export has (``articles``, ``errors``), from the export definitions."""
    from ..corpus import export
    from ..corpus.schema import connect

    con = connect(":memory:", create=True)
    try:
        return {name: tuple((c[0], c[1]) for c in columns) for name, columns, _sql, _p in export._tables(con)}
    finally:
        con.close()


def _error_rows(spark, errors, when: str, columns: tuple):
    """Group error records by (origin, reason) like the corpus, number them by reading position."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    schema = T.StructType([
        T.StructField("entry", T.LongType()), T.StructField("record", T.LongType()),
        T.StructField("origin", T.StringType()), T.StructField("stage", T.StringType()),
        T.StructField("reason", T.StringType()), T.StructField("component", T.StringType()),
        T.StructField("article_id", T.StringType()),
    ])
    df = spark.createDataFrame(
        errors.map(lambda e: (e[1][0], e[1][1], e[2], e[3], e[4], e[5],
                              None if e[6] is None else str(e[6]))), schema)
    grouped = (df.groupBy("origin", "reason")
               .agg(F.min(F.struct("entry", "record", "stage", "component", "article_id")).alias("first"),
                    F.count(F.lit(1)).alias("seen")))
    ordered = grouped.select("origin", "reason", "seen", "first.*").orderBy("entry", "record", "origin", "reason")
    names = [c[0] for c in columns]

    def row(pair):
        r, i = pair
        values = {"id": i + 1, "origin": r["origin"], "stage": r["stage"], "reason": r["reason"],
                  "component": r["component"], "article_id": r["article_id"], "first_seen": when,
                  "last_seen": when, "seen": r["seen"]}
        return tuple(values[n] for n in names)

    unknown = [n for n in names if n not in ("id", "origin", "stage", "reason", "component", "article_id",
                                             "first_seen", "last_seen", "seen")]
    if unknown:
        raise SparkJobError(f"errors table column(s) {', '.join(unknown)} unknown to sitrep.spark.job._error_rows")
    return ordered.rdd.zipWithIndex().map(row)


def _not_computed(story_cols: dict, config: Config) -> dict[str, str]:
    """Tables written empty although a local run could fill them, and why."""
    out = {}
    if "source_reliability" in story_cols:
        out["source_reliability"] = "the analyst's grades of outlets (`sitrep grade`): given, never computed"
    if not config.link_stories:
        for name in story_cols:
            out.setdefault(name, "story linking is off (link_stories = 0), as with `sitrep ingest --link-stories 0`")
    return dict(sorted(out.items()))


def _cpu_timed(fn, acc):
    """``fn`` over a partition, adding the Python worker's CPU time to the accumulator ``acc``."""

    def timed(items):
        t0 = time.process_time()
        yield from fn(items)
        acc.add(time.process_time() - t0)

    return timed


def run(
    spark,
    sources: Sequence[str],
    out: str | Path,
    *,
    partitions: int | None = None,
    components: Sequence[str] | None = None,
    config: Config | None = None,
) -> dict:
    """Run the job; returns the manifest written to ``out/manifest.json``."""
    from pyspark import StorageLevel
    from pyspark.sql import types as T

    config = config or Config()
    names = list(components or DEFAULT_COMPONENTS)
    try:  # checks names and requirements on the classes: the driver loads no model
        from ..pipeline import get

        Pipeline([get(name) for name in names])  # type: ignore[misc]
    except PipelineError as exc:
        raise SparkJobError(str(exc)) from None
    sc = spark.sparkContext
    n = max(1, int(partitions or sc.defaultParallelism))
    t0 = time.monotonic()
    started = _now()
    out_uri = out_mod.uri(out)
    folder = out_mod.Folder(spark, out_uri)
    folder.clean_leftovers()
    local_out = out_mod.local_path(out_uri)
    entries = list_sources([str(s) for s in sources], skip=local_out)
    if not entries:
        raise SparkJobError("no sources")
    level = StorageLevel.MEMORY_AND_DISK

    # 1. read
    cpu = {stage: sc.accumulator(0.0) for stage in ("read", "pipeline", "tables", "stories", "incidents")}
    read = (sc.parallelize(entries, min(len(entries), 4 * n))
            .mapPartitions(_cpu_timed(lambda it: (r for e in it for r in read_records(e, config)), cpu["read"]))
            .persist(level))
    # 2. the first record of each identity key
    firsts = (read.filter(lambda r: r[0] == ART)
              .map(lambda r: (r[2], r))
              .reduceByKey(lambda a, b: a if a[1] <= b[1] else b, numPartitions=n)
              .values())
    # 3. pipeline
    processed = firsts.mapPartitions(_cpu_timed(lambda it: run_pipeline(it, names, config), cpu["pipeline"])
                                     ).persist(level)
    ok = processed.filter(lambda r: r[0] == OK)
    # 4. article numbers in reading order
    meta_schema = T.StructType([
        T.StructField("id", T.LongType()), T.StructField("entry", T.LongType()),
        T.StructField("record", T.LongType()), T.StructField("content_hash", T.StringType()),
        T.StructField("signature", T.ArrayType(T.LongType())), T.StructField("buckets", T.ArrayType(T.LongType())),
    ])
    numbered = (ok.map(lambda r: (r[1], r[3], r[5]))
                .sortBy(lambda t: t[0], numPartitions=n)
                .zipWithIndex()
                .map(lambda p: (p[1] + 1, p[0][0][0], p[0][0][1], p[0][1], *signature_columns(p[0][2]))))
    meta = spark.createDataFrame(numbered, meta_schema, verifySchema=False).persist(level)
    # 5. duplicates
    from .duplicates import links

    dups = links(meta).rdd.map(lambda r: ((r["entry"], r["record"]),
                                         (r["id"], (r["dup_of"], r["dup_kind"], r["matches"]))))
    # (id, (dup_of, dup_kind, matches), ok record)
    joined = (ok.map(lambda r: (r[1], r))
              .join(dups, numPartitions=n)
              .map(lambda kv: (kv[1][1][0], kv[1][1][1], kv[1][0]))
              .persist(level))
    # 6. rows of every table
    rows = joined.mapPartitions(_cpu_timed(lambda it: table_rows(it, names), cpu["tables"])).persist(level)
    # 7. stories, reuse links, incidents, claims: compact records in article order through one task
    story_cols = stories.columns()
    story_rows = linked = records = per_story = None
    if config.link_stories:
        records = joined.map(stories.compact).persist(level)
        linked = (records.repartitionAndSortWithinPartitions(1, lambda _k: 0)  # external sort: spills to disk
                  .mapPartitions(_cpu_timed(lambda it: stories.link_pass(it, names), cpu["stories"]))
                  .persist(level))
        # incidents, claims: per story, from its members' records and the reuse links touching them
        members = linked.filter(lambda r: r[0] == "story_members").map(lambda r: (r[2][0], r[2][1]))
        arts = records.map(lambda kv: (kv[0], ("a", kv[0], kv[1])))
        ends = (linked.filter(lambda r: r[0] == "reuse_links").map(lambda r: (r[2][0], r[2][1], r[2][2]))
                .flatMap(lambda link: ((link[1], ("l", link)), (link[2], ("l", link)))))
        per_story = (arts.union(ends).join(members, numPartitions=n)
                     .map(lambda kv: (kv[1][1], kv[1][0]))  # (story, article record or link)
                     .groupByKey(numPartitions=n)
                     .mapPartitions(_cpu_timed(stories.story_incidents, cpu["incidents"])).persist(level))
        story_rows = linked.union(stories.numbered(per_story, n).map(lambda r: (r[0], None, r[1]))).persist(level)

    errors = read.filter(lambda r: r[0] == ERR).union(processed.filter(lambda r: r[0] == ERR)).union(
        rows.filter(lambda r: r[0] == "errors").map(lambda r: r[2]))
    if story_rows is not None:
        errors = errors.union(linked.filter(lambda r: r[0] == "errors").map(lambda r: r[2]))
    base = _export_columns()
    # one job finds every table, its columns and its row count
    found = rows.filter(lambda r: r[0] != "errors").map(lambda r: (r[0], r[1])).countByValue()
    tables = {name: cols for name, cols in found}
    counts = {name: int(c) for (name, _cols), c in found.items()}
    for name, cols in base.items():  # every export table exists, empty when it has no rows
        if name != "errors" and name not in story_cols:
            tables.setdefault(name, cols)
    staging = folder.staging
    # tables with the same columns (all layer tables) are written by one job, partitioned by table too
    groups: dict[tuple, list[str]] = {}
    for name in sorted(tables):
        groups.setdefault(tables[name], []).append(name)
    moves: list[tuple[str, str]] = []
    for i, (cols, members) in enumerate(sorted(groups.items(), key=lambda g: g[1])):
        wanted = set(members)
        schema = _schema(cols, partitioned=True)
        schema.add(TABLE_COLUMN, T.StringType(), True)
        df = spark.createDataFrame(
            rows.filter(lambda r, wanted=wanted: r[0] in wanted).map(lambda r: r[2] + (r[0],)), schema,
            verifySchema=False)  # the rows come from the export queries with these very types
        (df.write.mode("overwrite").option("compression", COMPRESSION)
           .partitionBy(TABLE_COLUMN, PARTITION_COLUMN).parquet(f"{staging}/_group{i}"))
        moves += [(f"_group{i}/{TABLE_COLUMN}={name}", name) for name in members if counts.get(name)]
    for name in tables:
        if not counts.get(name):  # no rows (a run where every input failed): an empty file with the columns
            (spark.createDataFrame([], _schema(tables[name], partitioned=True)).write.mode("overwrite")
             .option("compression", COMPRESSION).parquet(f"{staging}/{name}"))
    # the story tables: not partitioned (a story, a link, an incident spans articles and days)
    story_counts = {} if story_rows is None else {
        name: int(c) for name, c in story_rows.map(lambda r: r[0]).countByValue().items() if name != "errors"}
    for name, cols in story_cols.items():
        schema = _schema(cols, partitioned=False)
        data = [] if not story_counts.get(name) else story_rows.filter(
            lambda r, name=name: r[0] == name).map(lambda r: r[2])
        (spark.createDataFrame(data, schema, verifySchema=False).coalesce(1).write.mode("overwrite")
         .option("compression", COMPRESSION).parquet(f"{staging}/{name}"))
        counts[name] = story_counts.get(name, 0)
    err_rows = _error_rows(spark, errors, started, base["errors"]).persist(level)
    counts["errors"] = err_rows.count()
    err_df = spark.createDataFrame(err_rows, _schema(base["errors"], partitioned=False), verifySchema=False)
    err_df.coalesce(1).write.mode("overwrite").option("compression", COMPRESSION).parquet(f"{staging}/errors")
    tables["errors"] = base["errors"]
    tables.update(story_cols)
    folder.arrange(moves)

    manifest = {
        "format": "parquet",
        "writer": "sitrep spark",
        "partitioning": {"column": PARTITION_COLUMN,
                         "tables": sorted(t for t in tables if t != "errors" and t not in story_cols),
                         "meaning": "date part (YYYY, YYYY-MM or YYYY-MM-DD) of the article's publication"},
        "run": {"started": started, "seconds": round(time.monotonic() - t0, 1), "master": sc.master,
                "partitions": n, "pipeline": names, "sources": [str(s) for s in sources],
                # CPU seconds of the Python workers per stage (what other load on the machine does not skew)
                "python_cpu_s": {stage: round(acc.value, 2) for stage, acc in cpu.items()}},
        "not_computed": _not_computed(story_cols, config),
        "tables": {
            name: {"file": name, "rows": int(counts.get(name, 0)),
                   "columns": [{"name": c, "type": t} for c, t in tables[name]]}
            for name in sorted(tables, key=lambda t: (t not in ("articles", "errors"), t != "articles", t))
        },
    }
    folder.commit(list(manifest["tables"]), manifest)
    for cached in (read, processed, joined, rows, meta, err_rows, records, linked, per_story, story_rows):
        if cached is None:
            continue
        cached.unpersist()
    return manifest
