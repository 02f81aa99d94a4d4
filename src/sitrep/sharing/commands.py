"""Command-line glue: the sharing formats of ``sitrep export`` and ``sitrep brief``."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from . import FORMATS, SharingError

#: modules of the ``sharing`` extra
OPTIONAL = ("stix2", "pymisp", "matplotlib")
FILTERS = ("since", "until", "place", "actor", "lang", "source", "story")


def _add_filters(parser: argparse.ArgumentParser, story: bool = True) -> None:
    parser.add_argument("--since", help="published on or after YYYY[-MM[-DD]]")
    parser.add_argument("--until", help="published on or before YYYY[-MM[-DD]]")
    parser.add_argument("--place", help="only articles mentioning this place (as `sitrep search --place`)")
    parser.add_argument("--actor", help="only articles naming this actor (as `sitrep search --actor`)")
    parser.add_argument("--lang", help="only articles in this language")
    parser.add_argument("--source", help="only articles from this source (outlet, host, feed, file)")
    if story:
        parser.add_argument("--story", help="only the articles of this story (corpora with stories)")


def add_export_options(ex: argparse.ArgumentParser) -> None:
    """Options of ``sitrep export`` that only the sharing formats use."""
    _add_filters(ex)
    ex.add_argument("--tlp", default="clear", help="TLP marking of the STIX/MISP export: clear, green, amber, red (default clear)")
    ex.add_argument("--producer", default="sitrep", help="name of the producer identity in STIX/MISP (default sitrep)")


def add_brief_parser(sub) -> None:
    br = sub.add_parser("brief", help="a one-page situation report of a period, every sentence linked to its evidence")
    br.add_argument("--db", type=Path, required=True, metavar="PATH", help="the corpus database (SQLite)")
    _add_filters(br)
    br.add_argument("--format", choices=("html", "md", "pdf"), default="html", help="html, md or pdf (default html)")
    br.add_argument("--out", type=Path, metavar="FILE", help="write here (default standard output; pdf needs it)")


def table_export_problem(args: argparse.Namespace) -> str | None:
    """One line when a table export (parquet/jsonl/csv) is given options it does not use."""
    if args.format in FORMATS:
        return None
    used = [f"--{n}" for n in FILTERS if getattr(args, n, None)]
    if args.tlp != "clear" or args.producer != "sitrep":
        used.append("--tlp/--producer")
    if used:
        return (f"{', '.join(used)}: only for --format {', '.join(FORMATS)}; "
                f"--format {args.format} exports the whole corpus")
    return None


def _filters(args):
    from .collect import Filters

    return Filters(**{n: getattr(args, n, None) for n in FILTERS})


def _open(db: Path):
    from contextlib import closing

    from ..corpus.schema import connect

    return closing(connect(db, readonly=True))


def _write(out: Path, text: str) -> None:
    if str(out) == "-":
        sys.stdout.write(text)
        return
    if out.is_dir():
        raise SharingError(f"{out}: is a folder; --format stix, misp, geojson and acled-csv write one file")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise SharingError(f"{out}: cannot write: {exc.strerror or exc}") from None


def run_export(args: argparse.Namespace) -> int:
    from .collect import collect

    with _open(args.db) as con:
        digest = collect(con, _filters(args))
    if args.format == "stix":
        from .stix import serialize

        text = serialize(digest, args.tlp, args.producer)
    elif args.format == "misp":
        from .misp import serialize

        text = serialize(digest, args.tlp, args.producer)
    elif args.format == "geojson":
        from .geo import serialize

        text = serialize(digest)
    else:
        from .acled import serialize

        text = serialize(digest)
    _write(args.out, text)
    if str(args.out) != "-":
        what = f"{len(digest.articles)} articles"
        if args.format == "acled-csv":
            what = f"{len(digest.events)} events" + ("" if digest.has_events_layer else " (the corpus has no events layer)")
        print(f"{args.out}: {args.format}, {what}", file=sys.stderr)
    return 0


def run_brief(args: argparse.Namespace) -> int:
    from .brief import build, write

    with _open(args.db) as con:
        b = build(con, _filters(args))
    written = write(b, args.format, args.out)
    for path in written:
        print(f"{path}", file=sys.stderr)
    return 0


def run(args: argparse.Namespace) -> int:
    from ..corpus import CorpusError

    try:
        return run_brief(args) if args.command == "brief" else run_export(args)
    except (SharingError, CorpusError) as exc:
        print(f"sitrep: error: {exc}", file=sys.stderr)
        return 1
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in OPTIONAL:
            what = "brief" if args.command == "brief" else f"export --format {args.format}"
            print(f"sitrep: error: sitrep {what} needs {exc.name.split('.')[0]}: pip install 'sitrep[sharing]'",
                  file=sys.stderr)
            return 1
        raise
    except sqlite3.Error as exc:
        print(f"sitrep: error: {args.db}: database error: {exc}", file=sys.stderr)
        return 1
