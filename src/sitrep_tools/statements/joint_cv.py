"""Held-out evaluation of the two learnt parts of ``statements.v1`` together: the cue tagger
(:mod:`.cue_train`) and the statement filter (:mod:`.filter_train`).

For each half H of PolNeAR train (files 0-499 and 500-918 of the cache), both models are trained
on the OTHER half only: first the cue tagger, then the filter, on the statements that the rules and
that half's tagger make there (the filter learns what the tagger proposes).  H is then scored end to
end at overlap 0.3.  Nothing of H is seen in training, unlike a score with the shipped tagger (which
has seen all of train: in-sample figures are optimistic).

Each row of the output is one setting: the learnt-cue conditions of
:data:`sitrep.components.statements.LEARNT_CONDITIONS` (all three, or one of them switched off, or
none), the filter's label kind (``filter_train.TARGETS``) and threshold; ``filter=None`` is the
rules and the tagger without a filter.

    python -m sitrep_tools.statements.joint_cv train.pkl [--relax own_subject,short_subject,said,all]
        [--targets match,learnt_speaker] [--thresholds 0.3,0.35,0.4] [--tagger-thresholds 0.5,0.6]
        [--tagger-min-count 2] [--tagger-fire-rate 0.2] [--json OUT]
    python -m sitrep_tools.statements.joint_cv diff c2k.pkl --relax all --filter FILTER.tsv [--n 30]

``diff`` compares a setting (learnt-cue conditions, a filter file) with the shipped one on the English
articles of a cache and prints how many statements it adds and removes, and a random sample of the
added ones (for reading).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import sitrep.components.statements as statements_pkg
from sitrep.components.statements import cue_model, filter_model
from sitrep.components.statements.filter_model import FilterModel

from . import cue_train, filter_train
from .cache import load, rerun, score

#: the shipped settings of the two trainers (docs/statements.md)
TAGGER = {"threshold": 0.55, "min_count": 2, "min_rate": 0.05, "l2": 1.0, "fire_rate": 0.2}
FILTER = {"l2": 5.0, "safe_rate": 0.05}


def conditions(relax: str) -> frozenset[str]:
    """The learnt-cue conditions with ``relax`` switched off (``none``: all kept, ``all``: none kept,
    ``a+b``: both switched off)."""
    full = frozenset({"own_subject", "short_subject", "said"})
    if relax == "none":
        return full
    if relax == "all":
        return frozenset()
    names = set(relax.split("+"))
    if not names <= full:
        raise ValueError(f"unknown condition {relax!r} (one of {sorted(full)} or several joined by '+', none, all)")
    return full - names


def run(rows: list, relaxations: list[str], targets: list[str], thresholds: list[float], split: int = 500,
        tagger_thresholds: list[float] | None = None, tagger: dict | None = None) -> list[dict]:
    """The rows of the table: for each held-out half, the rules alone, then for each tagger threshold (the
    tagger trained at it, as ``cue_train build --threshold T`` would, its vocabulary pruned for that threshold) and
    each relaxation, the tagger without a filter and with the filter of each label kind and threshold.
    ``tagger`` overrides the tagger's other settings of :data:`TAGGER` (``min_count``, ``fire_rate``, ...)."""
    settings = {**TAGGER, **(tagger or {})}
    out: list[dict] = []
    halves = [((0, split), (split, len(rows))), ((split, len(rows)), (0, split))]
    saved = statements_pkg.LEARNT_CONDITIONS
    taggers = tagger_thresholds or [TAGGER["threshold"]]
    try:
        for (tlo, thi), (hlo, hhi) in halves:
            part = rows[tlo:thi]
            filter_model._override["en"] = None
            cue_model._override["en"] = None
            base = {"held_out": f"{hlo}:{hhi}", "relax": None, "filter": None, "threshold": None, "tagger": None}
            out.append({**base, **score(rows, hlo, hhi)})
            print(out[-1], file=sys.stderr)
            for tt in taggers:
                tagger_tt = cue_train.train(part, tt, settings["min_count"], settings["min_rate"], settings["l2"],
                                            fire_rate=settings["fire_rate"])
                for relax in relaxations:
                    statements_pkg.LEARNT_CONDITIONS = conditions(relax)
                    cue_model._override["en"] = tagger_tt
                    filter_model._override["en"] = None
                    row = {**base, "relax": relax, "tagger": tt}
                    out.append({**row, **score(rows, hlo, hhi)})
                    print(out[-1], file=sys.stderr)
                    examples = filter_train.collect(part)  # the filter learns from this half's statements
                    xs = [f for _k, f, _y in examples]
                    for target in targets:
                        m = filter_train.train(examples, target, min(thresholds), FILTER["l2"], FILTER["safe_rate"])
                        for t in thresholds:
                            mt = FilterModel("en", m.weights, m.bias, t)
                            mt.safe = filter_train.safe_words(mt, xs, rate=FILTER["safe_rate"])
                            filter_model._override["en"] = mt
                            out.append({**row, "filter": target, "threshold": t, **score(rows, hlo, hhi)})
                            print(out[-1], file=sys.stderr)
    finally:
        statements_pkg.LEARNT_CONDITIONS = saved
        filter_model._override.pop("en", None)
        cue_model._override.pop("en", None)
    return out


def table(results: list[dict]) -> str:
    """A markdown table: one line per setting, F1 / speaker on each held-out half."""
    halves = sorted({r["held_out"] for r in results}, key=lambda h: -int(h.split(":")[0]))
    keys: list[tuple] = []
    cells: dict[tuple, dict[str, str]] = {}
    for r in results:
        k = (r["relax"], r["filter"], r["threshold"], r.get("tagger"))
        if k not in cells:
            keys.append(k)
            cells[k] = {}
        cells[k][r["held_out"]] = f"{r['f1']:.4f} / {r['speaker']:.4f} ({r['tp']} TP, {r['fp']} FP)"
    tagged = len({k[3] for k in keys if k[3] is not None}) > 1
    lines = ["| learnt-cue conditions | filter labels, threshold | " + " | ".join(f"held out {h}" for h in halves) + " |",
             "|---|---|" + "---|" * len(halves)]
    for k in keys:
        relax, target, t, tt = k
        cond = "no tagger" if relax is None else ("all three" if relax == "none" else f"without {relax.replace('+', ' and ')}")
        if tagged and tt is not None:
            cond += f", tagger {tt}"
        filt = "no filter" if target is None else f"{target}, {t}"
        lines.append(f"| {cond} | {filt} | " + " | ".join(cells[k].get(h, "") for h in halves) + " |")
    return "\n".join(lines)


def _statements(comp, cached) -> dict[tuple, dict]:
    article = rerun(comp, cached)
    out = {}
    for a in article.layers.get("statements", []):
        cue = a.attrs.get("cue")
        out[(a.start, a.end, cue and cue["start"])] = {
            "learnt": bool(a.attrs.get("learnt_cue")), "p": a.attrs.get("attribution"),
            "source": (a.attrs.get("source") or {}).get("text"), "cue": cue and cue["text"],
            "sentence": " ".join(article.text[max(0, min(a.start, cue["start"] if cue else a.start) - 80):
                                              max(a.end, cue["end"] if cue else a.end) + 20].split())}
    return out


def diff(rows: list, relax: str, filt: FilterModel | None, n: int, seed: int = 13) -> tuple[int, list, list]:
    """``(statements of the shipped setting, added, removed)`` over the English articles of ``rows``,
    ``added`` shuffled (seeded) and cut to ``n``."""
    from sitrep.components.statements import StatementsComponent

    comp = StatementsComponent()
    saved = statements_pkg.LEARNT_CONDITIONS
    total, added, removed = 0, [], []
    try:
        for doc, cached, _gold in rows:
            if cached.language != "en":
                continue
            filter_model._override.pop("en", None)
            statements_pkg.LEARNT_CONDITIONS = saved
            before = _statements(comp, cached)
            statements_pkg.LEARNT_CONDITIONS = conditions(relax)
            if filt is not None:
                filter_model._override["en"] = filt
            after = _statements(comp, cached)
            total += len(before)
            added += [{"doc": doc, **v} for k, v in after.items() if k not in before]
            removed += [{"doc": doc, **v} for k, v in before.items() if k not in after]
    finally:
        statements_pkg.LEARNT_CONDITIONS = saved
        filter_model._override.pop("en", None)
    random.Random(seed).shuffle(added)
    return total, added, removed


def _diff_main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep_tools.statements.joint_cv diff")
    ap.add_argument("cache", type=Path, help="a cache of articles (e.g. c2k), English ones read")
    ap.add_argument("--relax", default="none", help="learnt-cue conditions switched off (none, all or one name)")
    ap.add_argument("--filter", type=Path, help="a filter file in place of the shipped one")
    ap.add_argument("--n", type=int, default=30)
    args = ap.parse_args(argv)
    try:
        conditions(args.relax)
        filt = filter_model.read(args.filter.read_text(encoding="utf-8"), "en", str(args.filter)) if args.filter else None
        rows = load(args.cache)
    except (ValueError, OSError, filter_model.FilterModelError) as exc:
        print(f"joint_cv diff: {exc}", file=sys.stderr)
        return 2
    total, added, removed = diff(rows, args.relax, filt, args.n)
    learnt = sum(a["learnt"] for a in added)
    print(f"{total} statements in the English articles; {len(added)} added ({learnt} of learnt cues), {len(removed)} removed")
    for s in added[:args.n]:
        print(f"- p={s['p']} learnt={s['learnt']} source={s['source']!r} cue={s['cue']!r}\n  {s['sentence']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["diff"]:
        return _diff_main(argv[1:])
    ap = argparse.ArgumentParser(prog="python -m sitrep_tools.statements.joint_cv")
    ap.add_argument("cache", type=Path, help="PolNeAR train cached by sitrep_tools.statements.cache build")
    ap.add_argument("--relax", default="none,own_subject,short_subject,said,all",
                    help="learnt-cue conditions to switch off, one setting each (none: the shipped conditions)")
    ap.add_argument("--targets", default="match,learnt_speaker", help=f"filter labels, of {filter_train.TARGETS}")
    ap.add_argument("--thresholds", default="0.3,0.35,0.4")
    ap.add_argument("--split", type=int, default=500)
    ap.add_argument("--tagger-thresholds", default=str(TAGGER["threshold"]),
                    help=f"the cue tagger's thresholds, a tagger trained at each (shipped: {TAGGER['threshold']})")
    ap.add_argument("--tagger-min-count", type=int, default=TAGGER["min_count"],
                    help=f"the cue tagger's vocabulary: gold-cue occurrences of a word (shipped: {TAGGER['min_count']})")
    ap.add_argument("--tagger-fire-rate", type=float, default=TAGGER["fire_rate"],
                    help=f"the cue tagger's vocabulary pruning, as cue_train's --fire-rate (shipped: {TAGGER['fire_rate']})")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON lines")
    args = ap.parse_args(argv)
    relax = args.relax.split(",")
    targets = args.targets.split(",")
    try:
        for r in relax:
            conditions(r)
        bad = [t for t in targets if t not in filter_train.TARGETS]
        if bad:
            raise ValueError(f"unknown filter labels {bad} (one of {filter_train.TARGETS})")
        rows = load(args.cache)
    except (ValueError, OSError) as exc:
        print(f"joint_cv: {exc}", file=sys.stderr)
        return 2
    results = run(rows, relax, targets, [float(t) for t in args.thresholds.split(",")], args.split,
                  [float(t) for t in args.tagger_thresholds.split(",")],
                  {"min_count": args.tagger_min_count, "fire_rate": args.tagger_fire_rate})
    if args.json:
        args.json.write_text("".join(json.dumps(r) + "\n" for r in results), encoding="utf-8")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
