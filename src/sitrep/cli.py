"""The ``sitrep`` command: ``analyze``, ``eval``, ``bench``.

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
    be.add_argument("--components", help="comma-separated components to run instead of the default pipeline, e.g. paragraphs.v1,language.v1,sentences.v1")
    _add_settings(be)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "analyze":
            from .analyze import run_analyze

            return run_analyze(args, _config(args))
        if args.command == "eval":
            from .eval import run_eval

            return run_eval(args)
        if args.command == "bench":
            from .bench import run_bench

            return run_bench(args, _config(args))
    except KeyboardInterrupt:
        print("sitrep: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    parser.error(f"unknown command {args.command!r}")
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
