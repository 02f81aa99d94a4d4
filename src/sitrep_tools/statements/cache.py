"""Score ``statements.v1`` on PolNeAR train quickly: the upstream layers (paragraphs to actors) of
every document are computed once and pickled; each scoring run then re-runs only the statements
component.  Used to choose the learnt-cue thresholds by cross-validation on train.

    python -m sitrep_tools.statements.cache build GOLD_DIR CACHE.pkl
    python -m sitrep_tools.statements.cache score CACHE.pkl [--files A:B]
    python -m sitrep_tools.statements.cache speed CACHE.pkl   # statements alone, CPU, best of 3
"""

from __future__ import annotations

import argparse
import copy
import pickle
import sys
from pathlib import Path

from sitrep.eval.metrics import PRF

UPSTREAM = ("paragraphs.v1", "language.v1", "sentences.v1", "times.v1", "places.v1", "entities.v1", "actors.v1")


def build(gold: Path, out: Path) -> int:
    from sitrep.article import Article
    from sitrep.eval.statements import brat_docs
    from sitrep.pipeline import Pipeline

    pipe = Pipeline.from_names(UPSTREAM)
    rows = []
    for doc_id, text, gold_items in brat_docs(gold, None):
        article = Article(id=doc_id, text=text, title=text.split("\n", 1)[0] or None)
        pipe(article)
        rows.append((doc_id, article, gold_items))
    with out.open("wb") as fh:
        pickle.dump(rows, fh)
    return len(rows)


def rerun(comp, cached):
    """A shallow copy of a cached article with its statements made again by ``comp`` (the upstream
    layers are shared with the cache, the statements layer is the copy's own)."""
    article = copy.copy(cached)
    article.layers = dict(cached.layers)
    article.layers.pop("statements", None)
    comp.set_annotations(article, comp.predict(article))
    return article


def load(path: Path) -> list:
    with path.open("rb") as fh:
        return pickle.load(fh)


def score(rows: list, lo: int = 0, hi: int | None = None) -> dict:
    """P/R/F1 and speaker accuracy at overlap 0.3 over ``rows[lo:hi]``, re-running statements."""
    from sitrep.components.statements import StatementsComponent
    from sitrep.eval.statements import _same_speaker, match, predicted

    comp = StatementsComponent()
    tp = fp = fn = ok = pairs_n = 0
    for _doc_id, cached, gold in rows[lo:hi]:
        article = rerun(comp, cached)
        pred = predicted(article)
        pairs = match(gold, pred, 0.3)
        tp += len(pairs)
        fp += len(pred) - len(pairs)
        fn += len(gold) - len(pairs)
        for gi, pi in pairs:
            if gold[gi]["source"]:
                pairs_n += 1
                ok += _same_speaker(article, gold[gi]["source"], pred[pi])
    return summary(tp, fp, fn, ok, pairs_n)


def summary(tp: int, fp: int, fn: int, speaker_ok: int, speaker_n: int) -> dict:
    """The figures :func:`score` reports, from its counts (also summed over folds by the trainers)."""
    prf = PRF(tp, fp, fn)
    return {"p": round(prf.precision, 4), "r": round(prf.recall, 4), "f1": round(prf.f1, 4),
            "speaker": round(speaker_ok / speaker_n, 4) if speaker_n else None,
            "tp": tp, "fp": fp, "fn": fn, "speaker_ok": speaker_ok, "speaker_n": speaker_n}


def speed(rows: list, repeat: int = 3) -> dict:
    """CPU seconds (best of ``repeat``) and MB/s of the statements component alone over ``rows``."""
    import time

    from sitrep.components.statements import StatementsComponent

    comp = StatementsComponent()
    mb = sum(len(a.text.encode("utf-8")) for _d, a, _g in rows) / 1e6
    best = None
    for _ in range(repeat):
        t0 = time.process_time()
        for _doc_id, cached, _gold in rows:
            rerun(comp, cached)
        dt = time.process_time() - t0
        best = dt if best is None else min(best, dt)
    return {"mb": round(mb, 2), "cpu_seconds": round(best, 2), "mb_per_s": round(mb / best, 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep_tools.statements.cache")
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("gold", type=Path)
    b.add_argument("out", type=Path)
    s = sub.add_parser("score")
    s.add_argument("cache", type=Path)
    s.add_argument("--files", default=":", help="A:B, a slice of the sorted documents")
    sp = sub.add_parser("speed", help="CPU time of the statements component alone, best of 3")
    sp.add_argument("cache", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "speed":
        print(speed(load(args.cache)))
        return 0
    if args.cmd == "build":
        print(f"{build(args.gold, args.out)} documents cached in {args.out}")
        return 0
    lo, hi = (int(x) if x else None for x in args.files.split(":"))
    print(score(load(args.cache), lo or 0, hi))
    return 0


if __name__ == "__main__":
    sys.exit(main())
