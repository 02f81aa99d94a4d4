"""Prune English verb-lexicon entries end to end on PolNeAR **train** (never dev), the mirror of
:mod:`sitrep_tools.statements.select_cues`: an entry is removed only if taking it out of the lexicon
raises ``statements.v1``'s F1 at overlap 0.3 on **both** halves of train (files 0-499 and 500-918)
without lowering speaker accuracy on either.

    python -m sitrep_tools.statements.prune_cues TRAIN_CACHE.pkl [--min-fp 2] [--only FILE]

Candidates are the entries whose statements on train include at least ``--min-fp`` false positives
and whose precision is below ``--max-precision``, tried in order of their false positives (most
first); only the documents holding the entry's first word are re-scored.  Removal is greedy: a
removed entry stays out while the next ones are tried.  The result is a list to read, not a change:
an entry that is a reporting expression in general news stays (see docs/statements.md).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from .cache import rerun


def entry_counts(scorer) -> dict[tuple[str, ...], list[int]]:
    """``entry -> [true, false]`` statements of each verb-lexicon entry on the scorer's rows."""
    from sitrep.components.statements.cues import lexicon, tokens
    from sitrep.eval.statements import match, predicted

    lex = lexicon("en")
    counts: dict[tuple[str, ...], list[int]] = collections.defaultdict(lambda: [0, 0])
    for _doc_id, cached, gold in scorer.rows:
        article = rerun(scorer.comp, cached)
        anns = [a for a in article.layers.get("statements", []) if not a.attrs.get("outer")]
        matched = {p for _g, p in match(gold, predicted(article), 0.3)}
        for pi, ann in enumerate(anns):
            cue = ann.attrs.get("cue") or {}
            forms = [t for _, _, t in tokens(cue.get("text") or "")]
            for x in range(len(forms)):
                m = lex.verbs.match(forms, x)
                if m:
                    counts[tuple(forms[x:x + m])][0 if pi in matched else 1] += 1
                    break
    return counts


def prune(rows: list, min_fp: int = 2, max_precision: float = 0.5, log=print,
          only: list[str] | None = None) -> list[str]:
    from sitrep.components.statements.cues import _key, lexicon
    from sitrep.components.statements.extract import _firsts

    from .select_cues import Scorer

    lex = lexicon("en")
    scorer = Scorer(rows)
    base = scorer.halves(scorer.counts)
    log(f"start: F1 {base[0][0]:.4f} / {base[1][0]:.4f}, speaker {base[0][1]:.4f} / {base[1][1]:.4f}")
    if only is None:
        counts = entry_counts(scorer)
        todo = [(k, v) for k, v in counts.items() if v[1] >= min_fp and v[0] / (v[0] + v[1]) < max_precision]
        todo.sort(key=lambda kv: (-kv[1][1], kv[0]))
    else:
        todo = [(_key(p), [0, 0]) for p in only]
    removed = []
    for key, (right, wrong) in todo:
        if not lex.verbs.discard_key(key):
            continue
        _firsts.cache_clear()
        trial, new = scorer.trial(key[0])
        phrase = " ".join(key)
        if all(n[0] > b[0] and n[1] >= b[1] - 1e-9 for n, b in zip(new, base)):
            removed.append(phrase)
            scorer.counts, base = trial, new
            log(f"- {phrase!r} ({right} right, {wrong} wrong): F1 {new[0][0]:.4f} / {new[1][0]:.4f}, "
                f"speaker {new[0][1]:.4f} / {new[1][1]:.4f}")
        else:
            lex.verbs.add(phrase)
            _firsts.cache_clear()
    return removed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep_tools.statements.prune_cues")
    ap.add_argument("cache", type=Path, help="a PolNeAR train cache (sitrep_tools.statements.cache build)")
    ap.add_argument("--min-fp", type=int, default=2, help="false positives an entry makes on train at least")
    ap.add_argument("--max-precision", type=float, default=0.5, help="an entry's train precision below this")
    ap.add_argument("--only", type=Path, help="try only the entries of this file (one a line)")
    args = ap.parse_args(argv)
    from .cache import load

    only = None
    if args.only:
        only = [x.strip() for x in args.only.read_text(encoding="utf-8").splitlines() if x.strip()]
    removed = prune(load(args.cache), args.min_fp, args.max_precision, log=lambda m: print(m, flush=True), only=only)
    print(f"{len(removed)} entries would go")
    return 0


if __name__ == "__main__":
    sys.exit(main())
