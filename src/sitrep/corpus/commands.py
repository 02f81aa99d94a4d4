"""The corpus subcommands' bodies (``cli.py`` parses, these run)."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

from ..settings import Config
from . import CorpusError


def _open(db: Path):
    from contextlib import closing

    from .schema import connect

    return closing(connect(db, readonly=True))


def run(args: argparse.Namespace, config: Config) -> int:
    try:
        return COMMANDS[args.command](args, config)
    except CorpusError as exc:
        print(f"sitrep: error: {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:  # disk full, database locked too long, file damaged
        hint = "; re-run the ingest to resume" if args.command == "ingest" else ""
        print(f"sitrep: error: {args.db}: database error: {exc}{hint}", file=sys.stderr)
        return 1


def _ingest(args, config) -> int:
    from .ingest import run_ingest

    return run_ingest(args, config)


def _errors(args, config) -> int:
    from .stats import errors, render_errors

    with _open(args.db) as con:
        rows = errors(con, stage=args.stage, limit=args.limit)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(render_errors(rows))
    return 0


def _search(args, config) -> int:
    from ..api import Corpus
    from .search import render

    with Corpus(args.db) as corpus:
        hits = corpus.search(
            args.query or "", lang=args.lang, since=args.since, until=args.until, source=args.source,
            place=args.place, actor=args.actor, layers=args.layer, limit=args.limit,
        )
    if args.json:
        print(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2))
    else:
        print(render(hits))
    return 0


def _show(args, config) -> int:
    from ..api import Corpus

    with Corpus(args.db) as corpus:
        article = corpus.article(args.id)
        info = corpus.info(args.id)
    rowid = info["id"]
    if args.format == "json":
        data = article.to_dict()
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif args.format == "html":
        try:
            from ..report.html import render_page
        except ImportError:
            raise CorpusError("the HTML report is not available in this installation") from None
        sys.stdout.write(render_page([article]))
    else:
        from ..report.text import print_report

        dup = ""
        if info["duplicate_of"]:
            dup = f", {info['duplicate_kind']} duplicate of {info['duplicate_of']} (similarity {info['duplicate_score']})"
        print(f"corpus article {rowid} (key {info['key'][:16]}{dup})")
        print_report(article, sys.stdout)
    return 0


def _export(args, config) -> int:
    from .export import export

    with _open(args.db) as con:
        manifest = export(con, args.format, args.out)
    for name, t in manifest["tables"].items():
        print(f"{args.out / t['file']}: {t['rows']} rows")
    return 0


def _stats(args, config) -> int:
    from .stats import render, stats

    with _open(args.db) as con:
        s = stats(con, top=args.top)
    print(json.dumps(s, ensure_ascii=False, indent=2) if args.json else render(s))
    return 0


COMMANDS = {
    "ingest": _ingest,
    "errors": _errors,
    "search": _search,
    "show": _show,
    "export": _export,
    "stats": _stats,
}
