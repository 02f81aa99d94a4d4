"""``sitrep spark`` and ``sitrep import-parquet``: arguments (``add_parsers``) and bodies (``run``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..settings import Config
from . import SparkJobError

COMMANDS = ("spark", "import-parquet")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The job's options (shared by ``sitrep spark`` and the ``spark-submit`` entry point)."""
    parser.add_argument("sources", nargs="+", metavar="SOURCE",
                        help="files or folders (local, file://, s3://, hdfs:// ...): text, HTML, JSON, JSONL, "
                             "WARC, RSS/Atom, any of them .gz")
    parser.add_argument("--out", required=True, metavar="DIR",
                        help="output folder (local path or a URI Hadoop can write: hdfs://, s3a://)")
    parser.add_argument("--partitions", type=int, default=None,
                        help="partitions of the pipeline stage (default: the cluster's default parallelism)")
    parser.add_argument("--components", help="comma-separated components to run (default: the default pipeline)")


def add_parsers(sub, settings) -> None:
    """Add ``spark`` and ``import-parquet`` to the ``sitrep`` subcommands (``settings`` adds --max-input-mb ...)."""
    sp = sub.add_parser("spark", help="run the ingest pipeline on Apache Spark, writing the export tables as Parquet")
    add_arguments(sp)
    sp.add_argument("--master", help="Spark master URL (default local[*]; spark://host:7077, yarn, k8s://...)")
    sp.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting (repeatable)")
    sp.add_argument("--quiet", action="store_true", help="no summary lines")
    settings(sp)

    ip = sub.add_parser("import-parquet", help="load the Parquet output of `sitrep spark` into a corpus database")
    ip.add_argument("folder", type=Path, metavar="DIR", help="output folder of `sitrep spark`")
    ip.add_argument("--db", type=Path, required=True, metavar="PATH", help="the corpus database (SQLite)")


def components(value: str | None) -> list[str] | None:
    return [c.strip() for c in value.split(",") if c.strip()] if value else None


def summary(manifest: dict, out: str) -> list[str]:
    t = manifest["tables"]
    layers = [n for n in t if n not in ("articles", "errors")]
    return [
        f"sitrep: spark: {t['articles']['rows']} article(s), {len(layers)} layer table(s), "
        f"{t['errors']['rows']} error(s) in {manifest['run']['seconds']} s -> {out}",
    ]


def _spark(args: argparse.Namespace, config: Config) -> int:
    from .job import run as run_job
    from .job import session

    conf = {}
    for item in args.conf:
        if "=" not in item:
            raise SparkJobError(f"--conf {item!r}: expected KEY=VALUE")
        key, value = item.split("=", 1)
        conf[key.strip()] = value
    spark = session(args.master, conf=conf)
    try:
        manifest = run_job(spark, args.sources, args.out, partitions=args.partitions,
                           components=components(args.components), config=config)
    finally:
        spark.stop()
    if not args.quiet:
        for line in summary(manifest, str(args.out)):
            print(line, file=sys.stderr)
    return 0 if manifest["tables"]["articles"]["rows"] or not manifest["tables"]["errors"]["rows"] else 1


def _import(args: argparse.Namespace, config: Config) -> int:
    from .importer import import_parquet

    counts = import_parquet(args.folder, args.db)
    print(f"sitrep: import-parquet: {counts['articles']} article(s), {counts['annotations']} annotation(s), "
          f"{counts['errors']} error(s) imported, {counts['skipped']} already there, "
          f"{counts['stories']} stories relinked -> {args.db}", file=sys.stderr)
    return 0


def run(args: argparse.Namespace, config: Config) -> int:
    import sqlite3

    from ..corpus import CorpusError

    try:
        return _spark(args, config) if args.command == "spark" else _import(args, config)
    except (SparkJobError, CorpusError) as exc:
        print(f"sitrep: error: {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        print(f"sitrep: error: {args.db}: database error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # unreadable or damaged Parquet (pyarrow's errors are OSError / ArrowInvalid)
        print(f"sitrep: error: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"sitrep: error: {args.command}: {exc}", file=sys.stderr)
        return 1
