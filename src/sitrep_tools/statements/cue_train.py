"""Train and cross-validate the learnt cue tagger of ``statements.v1`` (:mod:`sitrep.components.statements.cue_model`).

Training data: PolNeAR **train**, cached with its upstream layers by :mod:`.cache`.  A token is
a candidate when no lexicon cue covers it and it stands outside quotations; it is a positive when
it lies inside a gold Cue span.  The vocabulary is the candidate words that were gold cues at least
``--min-count`` times with a rate of at least ``--min-rate``; the model is an L2-regularised
logistic regression (numpy, full-batch Adagrad) over the features of ``cue_model.features``.

    python -m sitrep_tools.statements.cue_train cv train.pkl [--thresholds 0.5,0.6,0.7]
    python -m sitrep_tools.statements.cue_train build train.pkl --threshold T [--out PATH]

``cv`` trains on files 0-499 and scores statements end to end on 500-918 (and the reverse) at each
threshold, next to the rules alone; ``build`` trains on all of train and writes the shipped model.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from .cache import rerun

import numpy as np

from sitrep.components.statements import StatementsComponent, _blocks, cue_model
from sitrep.components.statements.cue_model import CueModel, candidates, covered, features
from sitrep.components.statements.cues import lexicon, tokens
from sitrep.components.statements.extract import SentenceFrames
from sitrep.components.statements.quotes import find_quotes
from sitrep.eval.statements import _same_speaker, match, predicted

from .cache import load, score

SHIPPED = Path(__file__).resolve().parents[2] / "sitrep" / "data" / "en" / "cue_model.tsv"


def _sentences(article):
    """``(text, toks, forms, quoted, labels)`` of each sentence of a cached article."""
    text = article.text
    lex = lexicon(article.language)
    blocks = _blocks(article)
    quotes = find_quotes(text, blocks)
    sentences = [(a.start, a.end) for a in article.layers.get("sentences", [])] or blocks
    finder = SentenceFrames(text, lex, quotes, blocks, sentences)
    for s0, s1 in sentences:
        toks = tokens(text[s0:s1], s0)
        if toks:
            yield lex, text, toks, [t[2] for t in toks], finder._quoted(toks, s0, s1)


def _gold_cue(gold: list[dict]):
    """``label(a, b)``: 1 inside a gold Cue span, 0 outside any, None inside a gold cue holding a
    lexicon cue (the rules find that statement already; "reporters" in "told reporters" is no
    cue to learn)."""
    spans = sorted(sp for g in gold for sp in g.get("cue") or [])
    known: set[tuple[int, int]] = set()

    def mark_known(a: int, b: int) -> None:
        known.update(sp for sp in spans if sp[0] < b and a < sp[1])

    def label(a: int, b: int) -> int | None:
        hit = [sp for sp in spans if sp[0] < b and a < sp[1]]
        if not hit:
            return 0
        return None if any(sp in known for sp in hit) else 1
    return label, mark_known


def _mark(lex, toks, forms, quoted, mark_known) -> None:
    for i in range(len(forms)):
        if not quoted[i] and covered(lex, forms, i):
            mark_known(toks[i][0], toks[i][1])


#: lexicon kinds of function words: never a vocabulary word (the cue is the content word after them);
#: nor are -ly adverbs ("quickly", "loudly": the manner of a verb the lexicon lacks, no cue)
FUNCTION_KINDS = ("aux", "adverb", "boundary", "nonsource", "nonsource_end", "pron_person", "pron_thing", "pron_plural",
                  "pron_any", "comp", "skip", "time_after", "relative", "expletive", "block", "infinitive")
FUNCTION_WORDS = frozenset(
    "about out up down off over into onto not the a an his her their its our my your this these those it they we you "
    "she he me him them us very more most so just than then there here what which who how why where when all some any "
    "no yes one has have had was were is are be been being will would can could should may might must".split())


def _function(lex, form: str) -> bool:
    return len(form) < 3 or form.endswith("ly") or form in FUNCTION_WORDS or any(form in lex.kinds[k] for k in FUNCTION_KINDS)


def _labelled(article, gold) -> tuple:
    """The gold cue labeller of an article and its sentences, with the words gold already covers marked."""
    label, mark_known = _gold_cue(gold)
    sents = list(_sentences(article))
    for lex, _text, toks, forms, quoted in sents:
        _mark(lex, toks, forms, quoted, mark_known)
    return label, sents


def vocabulary(rows: list, min_count: int, min_rate: float) -> frozenset[str]:
    pos, total = Counter(), Counter()
    for _doc, article, gold in rows:
        label, sents = _labelled(article, gold)
        for lex, _text, toks, forms, quoted in sents:
            for i, f in enumerate(forms):
                if not f[0].isalpha() or quoted[i] or _function(lex, f) or covered(lex, forms, i):
                    continue
                y = label(toks[i][0], toks[i][1])
                if y is not None:
                    total[f] += 1
                    pos[f] += y
    return frozenset(f for f, c in pos.items() if c >= min_count and c / total[f] >= min_rate)


def examples(rows: list, vocab: frozenset[str]) -> tuple[list[list[str]], list[int]]:
    probe = CueModel("en", vocab, {}, 0.0, 1.0)
    xs, ys = [], []
    for _doc, article, gold in rows:
        label, sents = _labelled(article, gold)
        for lex, text, toks, forms, quoted in sents:
            if vocab.isdisjoint(forms):
                continue
            for i in candidates(probe, lex, forms, quoted):
                y = label(toks[i][0], toks[i][1])
                if y is not None:
                    xs.append(features(text, toks, forms, i, lex))
                    ys.append(y)
    return xs, ys


def examples_e2e(rows: list, vocab: frozenset[str]) -> tuple[list[list[str]], list[int]]:
    """End-to-end labels: every candidate proposed at once, the statements re-run; a candidate is a
    positive when its statement matches a gold one (overlap 0.3) with the right speaker, a negative
    when its statement matches none or names the wrong speaker, and left out when it makes none."""
    probe = CueModel("en", vocab, {}, 50.0, 0.0)
    cue_model._override["en"] = probe
    comp = StatementsComponent()
    xs, ys = [], []
    try:
        for _doc, cached, gold in rows:
            article = rerun(comp, cached)
            anns = [a for a in article.layers.get("statements", []) if not a.attrs.get("outer")]
            pred = predicted(article)
            pairs = {pi: gi for gi, pi in match(gold, pred, 0.3)}
            learnt = []
            for pi, a in enumerate(anns):
                if a.attrs.get("learnt_cue"):
                    gi = pairs.get(pi)
                    ok = gi is not None and (not gold[gi]["source"] or _same_speaker(article, gold[gi]["source"], pred[pi]))
                    learnt.append((a.attrs["cue"]["start"], a.attrs["cue"]["end"], int(ok)))
            if not learnt:
                continue
            for lex, text, toks, forms, quoted in _sentences(cached):
                if vocab.isdisjoint(forms):
                    continue
                for i in candidates(probe, lex, forms, quoted):
                    y = next((y for cs, ce, y in learnt if cs <= toks[i][0] and toks[i][1] <= ce), None)
                    if y is not None:
                        xs.append(features(text, toks, forms, i, lex))
                        ys.append(y)
    finally:
        cue_model._override.pop("en", None)
    return xs, ys


def fit(xs: list[list[str]], ys: list[int], l2: float = 1.0, min_feat: int = 2, epochs: int = 300,
        lr: float = 0.5) -> tuple[dict[str, float], float]:
    """Logistic regression (binary features), full-batch Adagrad with an L2 penalty."""
    counts = Counter(f for x in xs for f in set(x))
    names = sorted(f for f, c in counts.items() if c >= min_feat)
    index = {f: k for k, f in enumerate(names)}
    rows, cols = [], []
    for r, x in enumerate(xs):
        for f in set(x):
            k = index.get(f)
            if k is not None:
                rows.append(r)
                cols.append(k)
    rows_a, cols_a = np.array(rows), np.array(cols)
    y = np.array(ys, dtype=float)
    n, d = len(ys), len(names)
    w, b = np.zeros(d), 0.0
    gw, gb = np.full(d, 1e-8), 1e-8
    for _ in range(epochs):
        z = np.bincount(rows_a, weights=w[cols_a], minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = p - y
        grad = np.bincount(cols_a, weights=err[rows_a], minlength=d) / n + l2 * w / n
        g0 = err.mean()
        gw += grad ** 2
        gb += g0 ** 2
        w -= lr * grad / np.sqrt(gw)
        b -= lr * g0 / np.sqrt(gb)
    return {f: float(v) for f, v in zip(names, w) if abs(v) >= 1e-3}, float(b)


def train(rows: list, threshold: float, min_count: int, min_rate: float, l2: float, target: str = "gold",
          margin: float = 0.1, fire_rate: float = 0.0) -> CueModel:
    """The model learnt on ``rows``; its vocabulary keeps only the words that reach ``threshold - margin``
    on at least ``fire_rate`` of their training candidates (and on one at least): a word that seldom
    comes near it costs time on every occurrence and proposes little."""
    vocab = vocabulary(rows, min_count, min_rate)
    xs, ys = (examples_e2e if target == "e2e" else examples)(rows, vocab)
    weights, bias = fit(xs, ys, l2=l2)
    m = CueModel("en", vocab, weights, bias, threshold)
    seen, near = Counter(), Counter()
    for x in xs:
        seen[x[0][2:]] += 1
        near[x[0][2:]] += m.probability(x) >= threshold - margin
    kept = frozenset(w for w, c in near.items() if c and c >= fire_rate * seen[w])
    print(f"  vocabulary {len(vocab)} words ({len(kept)} kept), {len(ys)} candidates ({sum(ys)} positive, "
          f"{sum(seen[w] for w in kept)} of kept words), {len(weights)} weights", file=sys.stderr)
    m.vocab = kept
    return m


def cv(rows: list, thresholds: list[float], min_count: int, min_rate: float, l2: float, target: str = "gold",
       fire_rate: float = 0.0, split: int = 500) -> list[dict]:
    out = []
    halves = [((0, split), (split, len(rows))), ((split, len(rows)), (0, split))]
    for (tlo, thi), (hlo, hhi) in halves:
        cue_model._override["en"] = None
        base = score(rows, hlo, hhi)
        out.append({"train": f"{tlo}:{thi}", "held_out": f"{hlo}:{hhi}", "threshold": None, **base})
        m = train(rows[tlo:thi], min(thresholds), min_count, min_rate, l2, target, fire_rate=fire_rate)
        for t in thresholds:
            m.threshold = t
            cue_model._override["en"] = m
            out.append({"train": f"{tlo}:{thi}", "held_out": f"{hlo}:{hhi}", "threshold": t, **score(rows, hlo, hhi)})
            print(out[-1], file=sys.stderr)
    cue_model._override.pop("en", None)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep_tools.statements.cue_train")
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("cv", "build"):
        p = sub.add_parser(name)
        p.add_argument("cache", type=Path, help="PolNeAR train cached by sitrep_tools.statements.cache build")
        p.add_argument("--min-count", type=int, default=3, help="gold-cue occurrences of a vocabulary word")
        p.add_argument("--min-rate", type=float, default=0.1, help="share of a word's occurrences that are gold cues")
        p.add_argument("--l2", type=float, default=1.0)
        p.add_argument("--fire-rate", type=float, default=0.0,
                       help="keep vocabulary words that come within 0.1 of the threshold on this share of their candidates")
        p.add_argument("--target", choices=("gold", "e2e"), default="gold",
                       help="labels: tokens inside gold cues, or candidates whose statement is right end to end")
    sub.choices["cv"].add_argument("--thresholds", default="0.5,0.6,0.7,0.8")
    sub.choices["build"].add_argument("--threshold", type=float, required=True)
    sub.choices["build"].add_argument("--out", type=Path, default=SHIPPED)
    args = ap.parse_args(argv)
    rows = load(args.cache)
    if args.cmd == "cv":
        for r in cv(rows, [float(t) for t in args.thresholds.split(",")], args.min_count, args.min_rate, args.l2,
                    args.target, args.fire_rate):
            print(r)
        return 0
    m = train(rows, args.threshold, args.min_count, args.min_rate, args.l2, args.target, fire_rate=args.fire_rate)
    header = (f"Learnt cue tagger of statements.v1 (English), weights only: trained on PolNeAR train ({len(rows)} files)\n"
              f"by python -m sitrep_tools.statements.cue_train build CACHE --threshold {args.threshold} "
              f"--min-count {args.min_count} --min-rate {args.min_rate} --l2 {args.l2} --target {args.target} --fire-rate {args.fire_rate}")
    args.out.write_text(cue_model.write(m, header), encoding="utf-8")
    print(f"{args.out}: {len(m.vocab)} words, {len(m.weights)} weights, threshold {m.threshold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
