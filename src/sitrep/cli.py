"""The ``sitrep`` command: ``analyze``, ``eval``, ``bench``; corpus: ``ingest``, ``errors``,
``search``, ``show``, ``export``, ``stats``; monitoring: ``watch``, ``sources``; ``serve`` (the workbench);
sharing: ``brief`` (and ``export --format stix|misp|geojson|acled-csv``);
stories: ``stories``, ``story``, ``links``, ``relink``, ``grade``.

Bad input never shows a traceback: each problem is one line on standard error
naming the file and what is wrong, and the exit status is non-zero only when
nothing could be processed (1) or the command line is wrong (2).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .memory import return_large_buffers
from .settings import SETTINGS, Config

FORMATS = ("text", "json", "html")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, not a usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def _add_settings(parser: argparse.ArgumentParser) -> None:
    for s in SETTINGS:
        parser.add_argument(
            "--" + s.name.replace("_", "-"), type=s.type, default=None, metavar=s.type.__name__.upper(),
            help=f"{s.help} (default {s.default})",
        )


def _config(args: argparse.Namespace) -> Config:
    return Config().updated(**{s.name: getattr(args, s.name, None) for s in SETTINGS})


def build_parser() -> argparse.ArgumentParser:
    from .eval import TASKS

    parser = _Parser(prog="sitrep", description="Attributed, geolocated, time-stamped intelligence from news.")
    parser.add_argument("--version", action="version", version=f"sitrep {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    an = sub.add_parser("analyze", help="analyse articles and report every layer")
    an.add_argument("paths", nargs="+", metavar="FILE", help="text, HTML, JSON or JSONL files, directories, or - for stdin")
    an.add_argument("--format", choices=FORMATS, default="text", help="report format (default text)")
    an.add_argument("--out", type=Path, help="write the report here (default: standard output); several articles make JSON Lines or one HTML page")
    an.add_argument("--published", help="publication date YYYY[-MM[-DD]] for articles that lack one, or to override")
    an.add_argument("--lang", help="language code, skipping language identification")
    _add_settings(an)

    ev = sub.add_parser("eval", help="score a component on gold data")
    ev.add_argument("task", choices=sorted(TASKS), help="what to score")
    ev.add_argument("--gold", required=True, type=Path, help="gold file or folder (format of ../shared/data)")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--limit", type=int, default=None, help="score only the first N documents or sentences")

    be = sub.add_parser("bench", help="speed and memory of the pipeline over a corpus")
    be.add_argument("corpus", nargs="?", type=Path, help="files or folder to run over (default: generated)")
    be.add_argument("--size-mb", type=float, default=4.0, help="size of the generated corpus (default 4)")
    be.add_argument("--json", action="store_true", help="print the figures as JSON")
    be.add_argument("--repeat", type=int, default=1, metavar="N", help="read the corpus N times, each pass as new articles (memory over a long run: growth per 1,000 articles from 1,000 on)")
    be.add_argument("--one-article", action="store_true", help="generate one article of --size-mb instead of many (cost against article size)")
    be.add_argument("--components", help="comma-separated components to run instead of the default pipeline, e.g. paragraphs.v1,language.v1,sentences.v1 (also for --ingest)")
    be.add_argument("--ingest", action="store_true", help="measure corpus ingest instead (docs/corpus.md)")
    be.add_argument("--ingest-sizes", default="1000,5000,20000", help="corpus sizes for the --ingest memory runs")
    be.add_argument("--stories", action="store_true", help="measure reuse links and stories at ingest and `relink` (docs/stories.md)")
    _add_settings(be)
    _add_corpus_commands(sub)
    from .spark.cli import add_parsers as add_spark_parsers

    add_spark_parsers(sub, _add_settings)
    be.add_argument("--spark", action="store_true", help="measure `sitrep spark` with 1 and 2 executor cores (docs/spark.md)")
    be.add_argument("--spark-articles", type=int, default=None, help="articles generated for --spark (default 400)")
    from .watch.command import add_parsers as add_watch_parsers

    add_watch_parsers(sub, _add_settings)
    from .web import add_parser as add_serve

    add_serve(sub)
    from .sharing.commands import add_brief_parser

    add_brief_parser(sub)
    from .stories.commands import add_parsers as add_story_parsers

    add_story_parsers(sub)
    return parser


def _add_corpus_commands(sub) -> None:
    from .sharing import FORMATS as SHARING_FORMATS
    from .sharing.commands import add_export_options

    db = dict(type=Path, required=True, metavar="PATH", help="the corpus database (SQLite)")
    ing = sub.add_parser("ingest", help="analyse articles and store them with every layer in a corpus database")
    ing.add_argument("sources", nargs="+", metavar="SOURCE",
                     help="files or folders: text, HTML, JSON, JSONL, WARC, RSS/Atom, any of them .gz")
    ing.add_argument("--db", **db)
    ing.add_argument("--workers", type=int, default=1, help="pipeline worker processes (default 1)")
    ing.add_argument("--components", help="comma-separated components to run (default: the default pipeline)")
    ing.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")
    _add_settings(ing)

    er = sub.add_parser("errors", help="list the inputs that failed to ingest, with origin and reason")
    er.add_argument("--db", **db)
    er.add_argument("--stage", choices=("read", "pipeline", "fetch"), help="only errors of this stage")
    er.add_argument("--limit", type=int, default=None, help="list at most N errors")
    er.add_argument("--json", action="store_true", help="print the errors as JSON")

    se = sub.add_parser("search", help="full-text search of the corpus, with filters on any layer")
    se.add_argument("query", nargs="?", default="", help="FTS5 query (words, \"phrases\", OR, NOT, prefix*)")
    se.add_argument("--db", **db)
    se.add_argument("--lang", help="language code")
    se.add_argument("--since", help="published on or after YYYY[-MM[-DD]]")
    se.add_argument("--until", help="published on or before YYYY[-MM[-DD]]")
    se.add_argument("--source", help="source name (outlet, host, feed, file) or part of the URL")
    se.add_argument("--place", help="a place annotation (layer places) with this name")
    se.add_argument("--actor", help="an actor annotation (layer actors) with this name")
    se.add_argument("--layer", action="append", metavar="LAYER=VALUE", help="an annotation of LAYER with this value")
    se.add_argument("--limit", type=int, default=20, help="at most N results (default 20)")
    se.add_argument("--json", action="store_true", help="print the results as JSON")

    sh = sub.add_parser("show", help="report on a stored article like analyze")
    sh.add_argument("id", help="the article number shown by search (or its article id)")
    sh.add_argument("--db", **db)
    sh.add_argument("--format", choices=FORMATS, default="text", help="report format (default text)")

    ex = sub.add_parser("export", help="export articles and one table per layer, or STIX, MISP, GeoJSON, an event table")
    ex.add_argument("--db", **db)
    ex.add_argument("--format", choices=("parquet", "jsonl", "csv") + SHARING_FORMATS, default="parquet",
                    help="tables: parquet, jsonl, csv (docs/corpus.md); sharing: stix, misp, geojson, acled-csv (docs/sharing.md)")
    ex.add_argument("--out", type=Path, required=True, metavar="DIR|FILE",
                    help="output folder (tables) or file (sharing formats; - for standard output)")
    add_export_options(ex)

    from .corpus.events import add_parser as add_events_parser

    add_events_parser(sub, db)

    st = sub.add_parser("stats", help="counts by language, source, day and layer")
    st.add_argument("--db", **db)
    st.add_argument("--top", type=int, default=20, help="sources listed (default 20)")
    st.add_argument("--json", action="store_true", help="print the counts as JSON")


def main(argv: Sequence[str] | None = None) -> int:
    from .sharing import FORMATS as SHARING_FORMATS
    from .sharing.commands import table_export_problem

    parser = build_parser()
    args = parser.parse_args(argv)
    return_large_buffers()  # large transient buffers go back to the system (sitrep.memory)
    try:
        if args.command == "analyze":
            from .analyze import run_analyze

            return run_analyze(args, _config(args))
        if args.command == "eval":
            from .eval import run_eval

            return run_eval(args)
        if args.command == "bench" and args.spark:
            from .spark.bench import run_bench_spark

            return run_bench_spark(args, _config(args))
        if args.command in ("spark", "import-parquet"):
            from .spark.cli import run as run_spark

            return run_spark(args, _config(args))
        if args.command == "bench" and args.stories:
            from .stories.bench import run_bench_stories

            return run_bench_stories(args)
        if args.command == "bench" and args.ingest:
            from .corpus.bench import run_bench_ingest

            return run_bench_ingest(args, _config(args))
        if args.command == "bench":
            from .bench import run_bench

            return run_bench(args, _config(args))
        if args.command == "events":
            from .corpus.events import run as run_events

            return run_events(args)
        if args.command in ("watch", "sources"):
            from .watch.command import run_sources, run_watch

            return (run_watch if args.command == "watch" else run_sources)(args, _config(args))
        if args.command == "brief" or (args.command == "export" and args.format in SHARING_FORMATS):
            from .sharing.commands import run as run_sharing

            return run_sharing(args)
        if args.command == "export" and (problem := table_export_problem(args)):
            parser.error(problem)
        from .stories.commands import COMMANDS as STORY_COMMANDS

        if args.command in STORY_COMMANDS:
            from .stories.commands import run as run_stories

            return run_stories(args)
        if args.command in ("ingest", "errors", "search", "show", "export", "stats"):
            from .corpus.commands import run as run_corpus

            return run_corpus(args, _config(args))
        if args.command == "serve":
            from .web import run as run_serve

            return run_serve(args)
    except KeyboardInterrupt:
        print("sitrep: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    parser.error(f"unknown command {args.command!r}")
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
