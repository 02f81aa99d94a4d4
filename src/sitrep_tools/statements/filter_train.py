"""Train and cross-validate the learnt statement filter of ``statements.v1``
(:mod:`sitrep.components.statements.filter_model`).

Training data: PolNeAR **train**, cached with its upstream layers by :mod:`.cache`.  The statements
component runs with the filter off; every statement it makes that is not nested in another one's
content is an example, with the features of ``filter_model.features``.  Labels (``--target``):

- ``match`` (default): positive when the statement matches a gold statement at content overlap 0.3
  (the scorer's own matching, one prediction per gold statement);
- ``cue``: positive when it matches, or when a gold cue overlaps its cue (the right attribution
  with the wrong content, or a second reading of a gold statement already matched);
- ``speaker``: positive when it matches with the right speaker;
- ``learnt_speaker``: ``speaker`` for the statements of a learnt cue, ``match`` for the others.

The model is an L2-regularised logistic regression (``cue_train.fit``: numpy, full-batch Adagrad).

    python -m sitrep_tools.statements.filter_train cv train.pkl [--thresholds 0.2,0.3,0.4] [--target match] [--folds K]
    python -m sitrep_tools.statements.filter_train build train.pkl --threshold T [--out PATH]
    python -m sitrep_tools.statements.filter_train dropped MODEL_OR_SHIPPED c2k.pkl [--n 30]

``cv`` trains on files 0-499 and scores statements end to end on 500-918 (and the reverse) at each
threshold, next to the rules alone (``--folds K``: pooled K-fold instead, files interleaved);
``build`` trains on all of train and writes the shipped model; ``dropped`` prints a random sample
of the statements the shipped filter drops in the English articles of a cache (for reading).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

from sitrep.components.statements import StatementsComponent, filter_model
from sitrep.components.statements.filter_model import FilterModel
from sitrep.eval.statements import _overlap, _same_speaker, match, predicted

from .cache import load, rerun, score, summary
from .cue_train import fit

#: the label kinds of :func:`collect` (``learnt_speaker``: ``speaker`` for a statement of a learnt cue, ``match`` for the others)
TARGETS = ("match", "cue", "speaker", "learnt_speaker")

SHIPPED = Path(__file__).resolve().parents[2] / "sitrep" / "data" / "en" / "filter_model.tsv"


class _Recorder(FilterModel):
    """A filter that drops nothing and records the features of every statement it is asked about."""

    def __init__(self) -> None:
        super().__init__("en", {}, 0.0, 0.0)
        self.seen: list[list[str]] = []

    def probability(self, feats: list) -> float:
        self.seen.append(filter_model.names(feats))
        return 1.0


def collect(rows: list) -> list[tuple[int, list[str], dict[str, int]]]:
    """``(file index, features, labels)`` of every scored statement of ``rows``, the filter off."""
    rec = _Recorder()
    filter_model._override["en"] = rec
    comp = StatementsComponent()
    out, skipped = [], 0
    try:
        for k, (_doc, cached, gold) in enumerate(rows):
            rec.seen = []
            article = rerun(comp, cached)
            anns = article.layers.get("statements", [])
            scored = [a for a in anns if "attribution" in a.attrs]
            if len(scored) != len(rec.seen):
                skipped += 1
                continue
            top = [a for a in anns if not a.attrs.get("outer")]
            pred = predicted(article)
            pairs = {pi: gi for gi, pi in match(gold, pred, 0.3)}
            feats = {id(a): f for a, f in zip(scored, rec.seen)}
            for pi, a in enumerate(top):
                f = feats.get(id(a))
                if f is None:
                    continue
                gi = pairs.get(pi)
                cue = a.attrs.get("cue")
                gold_cue = bool(cue) and any(g["cue"] and _overlap(g["cue"], [(cue["start"], cue["end"])]) > 0 for g in gold)
                right = gi is not None and (not gold[gi]["source"] or _same_speaker(article, gold[gi]["source"], pred[pi]))
                learnt = bool(a.attrs.get("learnt_cue"))
                out.append((k, f, {"match": int(gi is not None), "cue": int(gi is not None or gold_cue),
                                   "speaker": int(right), "learnt_speaker": int(right if learnt else gi is not None)}))
    finally:
        filter_model._override.pop("en", None)
    if skipped:
        print(f"  {skipped} files skipped (statements and features out of step)", file=sys.stderr)
    return out


def safe_words(m: FilterModel, xs: list[list[str]], margin: float = 0.1, rate: float = 0.02,
               count: int = 3) -> frozenset[str]:
    """The cue words seen at least ``count`` times whose statements come within ``margin`` of the
    model's threshold at most ``rate`` of the time: not scored at run time (most statements are
    "said": scoring them costs time for nothing)."""
    seen, near = Counter(), Counter()
    for x in xs:
        w = next(f for f in x if f.startswith("cl="))[3:]
        seen[w] += 1
        near[w] += m.probability_of_names(x) < m.threshold + margin
    return frozenset(w for w, c in seen.items() if c >= count and near[w] <= rate * c)


def train(examples: list, target: str, threshold: float, l2: float, safe_rate: float = 0.02) -> FilterModel:
    xs = [f for _k, f, _y in examples]
    ys = [y[target] for _k, _f, y in examples]
    weights, bias = fit(xs, ys, l2=l2)
    m = FilterModel("en", weights, bias, threshold)
    m.safe = safe_words(m, xs, rate=safe_rate)
    print(f"  {len(ys)} statements ({sum(ys)} positive), {len(weights)} weights, {len(m.safe)} safe cue words",
          file=sys.stderr)
    return m


def cv(rows: list, thresholds: list[float], target: str, l2: float, safe_rate: float = 0.02, split: int = 500) -> list[dict]:
    examples = collect(rows)
    out = []
    halves = [((0, split), (split, len(rows))), ((split, len(rows)), (0, split))]
    try:
        for (tlo, thi), (hlo, hhi) in halves:
            filter_model._override["en"] = None
            base = score(rows, hlo, hhi)
            out.append({"train": f"{tlo}:{thi}", "held_out": f"{hlo}:{hhi}", "threshold": None, **base})
            print(out[-1], file=sys.stderr)
            part = [e for e in examples if tlo <= e[0] < thi]
            m = train(part, target, min(thresholds), l2)
            for t in thresholds:
                mt = FilterModel("en", m.weights, m.bias, t)
                mt.safe = safe_words(mt, [f for _k, f, _y in part], rate=safe_rate)
                filter_model._override["en"] = mt
                out.append({"train": f"{tlo}:{thi}", "held_out": f"{hlo}:{hhi}", "threshold": t, **score(rows, hlo, hhi)})
                print(out[-1], file=sys.stderr)
    finally:
        filter_model._override.pop("en", None)
    return out


def kfold(rows: list, thresholds: list[float], target: str, l2: float, safe_rate: float = 0.02, k: int = 5) -> list[dict]:
    """Pooled ``k``-fold cross-validation: fold ``j`` holds the files whose index is ``j`` modulo ``k`` (sources
    interleave), the filter is trained on the other folds and the held-out fold scored end to end; the counts of the
    ``k`` folds are summed, one row per threshold after the rules alone (a steadier figure than the two halves of
    :func:`cv`, which stay the rule for keeping a change)."""
    if k < 2 or k > len(rows):
        raise ValueError(f"--folds must be between 2 and the number of files ({len(rows)}), not {k}")
    examples = collect(rows)
    keys = (None, *thresholds)
    tot = {t: Counter() for t in keys}
    try:
        for fold in range(k):
            held = [r for i, r in enumerate(rows) if i % k == fold]
            part = [e for e in examples if e[0] % k != fold]
            m = train(part, target, min(thresholds), l2)
            for t in keys:
                if t is None:
                    filter_model._override["en"] = None
                else:
                    mt = FilterModel("en", m.weights, m.bias, t)
                    mt.safe = safe_words(mt, [f for _k, f, _y in part], rate=safe_rate)
                    filter_model._override["en"] = mt
                r = score(held)
                tot[t].update({c: r[c] for c in ("tp", "fp", "fn", "speaker_ok", "speaker_n")})
    finally:
        filter_model._override.pop("en", None)
    return [{"folds": k, "threshold": t, **summary(*(tot[t][c] for c in ("tp", "fp", "fn", "speaker_ok", "speaker_n")))}
            for t in keys]


def dropped(rows: list, n: int, seed: int = 13) -> tuple[int, int, list[dict]]:
    """``(statements kept, statements dropped, a random sample of n dropped ones)`` over the English
    articles of ``rows``, with the shipped (or overridden) filter."""
    model_ = filter_model.model("en")
    if model_ is None:
        return 0, 0, []
    low = FilterModel("en", model_.weights, model_.bias, 0.0, model_.safe)
    filter_model._override["en"] = low
    comp = StatementsComponent()
    kept = drop = 0
    sample: list[dict] = []
    try:
        for _doc, cached, _gold in rows:
            if cached.language != "en":
                continue
            article = rerun(comp, cached)
            for a in article.layers.get("statements", []):
                p = a.attrs.get("attribution")
                if p is None or a.attrs.get("outer") or p >= model_.threshold:
                    kept += 1
                    continue
                drop += 1
                text = article.text
                src, cue = a.attrs.get("source"), a.attrs.get("cue")
                sample.append({"doc": _doc, "p": p, "kind": a.attrs.get("kind"), "source": src and src["text"],
                               "cue": cue and cue["text"],
                               "sentence": " ".join(text[max(0, min(a.start, cue["start"] if cue else a.start) - 80):
                                                    max(a.end, cue["end"] if cue else a.end) + 20].split())})
    finally:
        filter_model._override.pop("en", None)
    random.Random(seed).shuffle(sample)
    return kept, drop, sample[:n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep_tools.statements.filter_train")
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("cv", "build"):
        p = sub.add_parser(name)
        p.add_argument("cache", type=Path, help="PolNeAR train cached by sitrep_tools.statements.cache build")
        p.add_argument("--l2", type=float, default=1.0)
        p.add_argument("--target", choices=TARGETS, default="match")
        p.add_argument("--safe-rate", type=float, default=0.02,
                       help="cue words whose train statements come within 0.1 of the threshold at most this often are not scored")
    sub.choices["cv"].add_argument("--thresholds", default="0.2,0.3,0.4,0.5")
    sub.choices["cv"].add_argument("--folds", type=int, default=None,
                                   help="pooled K-fold cross-validation (files interleaved) instead of the two halves")
    sub.choices["build"].add_argument("--threshold", type=float, required=True)
    sub.choices["build"].add_argument("--out", type=Path, default=SHIPPED)
    d = sub.add_parser("dropped")
    d.add_argument("cache", type=Path, help="a cache of articles (e.g. c2k), English ones read")
    d.add_argument("--n", type=int, default=30)
    args = ap.parse_args(argv)
    rows = load(args.cache)
    if args.cmd == "dropped":
        kept, drop, sample = dropped(rows, args.n)
        print(f"{drop} statements dropped, {kept} kept ({drop / max(1, kept + drop):.1%} dropped)")
        for s in sample:
            print(f"- p={s['p']:.3f} [{s['kind']}] source={s['source']!r} cue={s['cue']!r}\n  {s['sentence']}")
        return 0
    if args.cmd == "cv" and args.folds is not None:
        try:
            pooled = kfold(rows, [float(t) for t in args.thresholds.split(",")], args.target, args.l2, args.safe_rate, args.folds)
        except ValueError as e:
            print(f"{args.cache}: {e}", file=sys.stderr)
            return 2
        for r in pooled:
            print(r)
        return 0
    if args.cmd == "cv":
        for r in cv(rows, [float(t) for t in args.thresholds.split(",")], args.target, args.l2, args.safe_rate):
            print(r)
        return 0
    m = train(collect(rows), args.target, args.threshold, args.l2, args.safe_rate)
    header = (f"Learnt statement filter of statements.v1 (English), weights only: trained on PolNeAR train ({len(rows)} files)\n"
              f"by python -m sitrep_tools.statements.filter_train build CACHE --threshold {args.threshold} "
              f"--target {args.target} --l2 {args.l2} --safe-rate {args.safe_rate}")
    args.out.write_text(filter_model.write(m, header), encoding="utf-8")
    print(f"{args.out}: {len(m.weights)} weights, threshold {m.threshold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
