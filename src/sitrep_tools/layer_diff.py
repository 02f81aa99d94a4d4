"""Compare the layers two checkouts of sitrep produce on the same corpus (speed work must not
change them).

    python -m sitrep_tools.layer_diff dump CORPUS OUT.jsonl [--components a,b,c]
    python -m sitrep_tools.layer_diff compare BEFORE.jsonl AFTER.jsonl

``dump`` runs the named components (default: paragraphs, language, sentences, times, places)
over every article of ``CORPUS`` and writes one JSON line per article with the full
annotations (offsets, label, confidence, attributes, producer) of the layers they assign;
run it with each checkout's own interpreter. ``compare`` prints, per layer, how many
articles differ (and the first few ids) and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DEFAULT = "paragraphs.v1,language.v1,sentences.v1,times.v1,places.v1"


def dump(corpus: Path, out: Path, components: list[str]) -> dict:
    from sitrep.pipeline import Pipeline
    from sitrep.readers import Problem, read_paths
    from sitrep.settings import Config

    config = Config()
    pipe = Pipeline.from_names(components, config)
    layers = [name for comp in pipe.components for name in comp.assigns]
    failures: list = []
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        articles = (a for a in read_paths([corpus], config) if not isinstance(a, Problem))
        for article in pipe.pipe(articles, on_error=failures.append):
            row = {"id": article.id, "language": article.language}
            for name in layers:
                row[name] = [[a.start, a.end, a.label, a.confidence, a.attrs, a.producer]
                             for a in article.layers.get(name, [])]
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    return {"articles": n, "failed": [f.line() for f in failures], "layers": layers}


def compare(before: Path, after: Path) -> dict:
    differ: dict[str, list[str]] = {}
    n = 0
    with before.open(encoding="utf-8") as a, after.open(encoding="utf-8") as b:
        for la, lb in zip(a, b, strict=True):
            ra, rb = json.loads(la), json.loads(lb)
            if ra["id"] != rb["id"]:
                raise SystemExit(f"layer_diff: the files list different articles ({ra['id']} / {rb['id']})")
            n += 1
            for key in sorted(set(ra) | set(rb)):
                if ra.get(key) != rb.get(key):
                    differ.setdefault(key, []).append(ra["id"])
    return {"articles": n, "differing": {k: len(v) for k, v in differ.items()},
            "examples": {k: v[:5] for k, v in differ.items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitrep_tools.layer_diff", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("corpus", type=Path)
    d.add_argument("out", type=Path)
    d.add_argument("--components", default=DEFAULT)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        print(json.dumps(dump(args.corpus, args.out, [s.strip() for s in args.components.split(",")])))
        return 0
    try:
        result = compare(args.before, args.after)
    except ValueError:
        print("layer_diff: the two files hold different numbers of articles", file=sys.stderr)
        return 1
    print(json.dumps(result))
    return 1 if result["differing"] else 0


if __name__ == "__main__":
    sys.exit(main())
