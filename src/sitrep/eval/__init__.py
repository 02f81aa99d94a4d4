"""``sitrep eval TASK --gold PATH``: one scorer module per task.

Each task module exposes ``evaluate(gold: Path, limit: int | None) -> dict``
(plain JSON-able scores, peers side by side) and ``render(result) -> str``
(a Markdown table, pasted as-is into ``docs/quality.md``).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys

#: task name -> module implementing it
TASKS = {
    "sentences": "sitrep.eval.sentences",
    "langid": "sitrep.eval.langid",
    "geo": "sitrep.eval.geo",
    "ucdp": "sitrep.eval.geo_ucdp",
    "geo-ner": "sitrep.eval.geo_ner",
    "time": "sitrep.eval.time",
    "time-ner": "sitrep.eval.time_ner",
    "ner": "sitrep.eval.ner",
    "link": "sitrep.eval.link",
    "statements": "sitrep.eval.statements",
    "events": "sitrep.eval.events",
    "reuse": "sitrep.eval.reuse",
    "stories": "sitrep.eval.stories",
    "metonymy": "sitrep.eval.metonymy",
}


class GoldError(Exception):
    """The gold data cannot be read; the message names the file and the problem."""


def run_eval(args: argparse.Namespace) -> int:
    module = importlib.import_module(TASKS[args.task])
    if not args.gold.exists():
        print(f"sitrep: error: {args.gold}: no such file or directory", file=sys.stderr)
        return 1
    try:
        result = module.evaluate(args.gold, limit=args.limit)
    except GoldError as exc:
        print(f"sitrep: error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(module.render(result))
    return 0
