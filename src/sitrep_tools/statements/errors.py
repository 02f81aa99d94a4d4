"""Error classes of ``statements.v1`` on PolNeAR train (never dev), from a cache built by
:mod:`sitrep_tools.statements.cache`: each missed gold statement and each false positive at overlap
0.3 gets one class, and the counts are printed (``--out`` writes one JSON line per error, for
reading samples).

    python -m sitrep_tools.statements.errors TRAIN_CACHE.pkl [--files A:B] [--out errors.jsonl]

Missed gold statements:

- ``no_cue``: no predicted statement has a cue overlapping the gold cue, and no prediction
  overlaps the gold content;
- ``no_cue_inside_matched``: no cue found, the gold content lies in a prediction matched to
  another gold statement (two statements read as one);
- ``no_cue_inside_unmatched``: no cue found, the gold content overlaps an unmatched prediction;
- ``cue_taken_by_other_gold``: the cue was found, but its content matched another gold statement
  better (content too long: it runs over the next statement);
- ``cue_content_disjoint`` / ``cue_content_low_overlap``: the cue was found, its content misses the
  gold content or covers less than 0.3 of it.

False positives: ``fp_no_gold`` (no gold cue or content there), ``fp_gold_cue_taken`` (the gold
statement of this cue matched another prediction), ``fp_gold_cue_low_overlap`` (the gold cue, the
content too far off), ``fp_inside_gold_content`` (inside a gold content whose cue we miss; PolNeAR
annotates no nested statement); each with the frame kind.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from .cache import rerun


def classify(rows: list, lo: int = 0, hi: int | None = None, out=None) -> dict:
    
    from sitrep.components.statements import StatementsComponent
    from sitrep.eval.statements import _length, _overlap, match, predicted

    comp = StatementsComponent()
    missed: collections.Counter = collections.Counter()
    false: collections.Counter = collections.Counter()
    missed_cues: collections.Counter = collections.Counter()
    tp = fp = fn = 0
    for doc_id, cached, gold in rows[lo:hi]:
        article = rerun(comp, cached)
        anns = [a for a in article.layers.get("statements", []) if not a.attrs.get("outer")]
        pred = predicted(article)
        text = article.text
        pairs = match(gold, pred, 0.3)
        by_gold, by_pred = dict(pairs), {p: g for g, p in pairs}
        tp, fp, fn = tp + len(pairs), fp + len(pred) - len(pairs), fn + len(gold) - len(pairs)

        def cue_of(a):
            c = a.attrs.get("cue")
            return [(c["start"], c["end"])] if c else []

        for gi, g in enumerate(gold):
            if gi in by_gold:
                continue
            same_cue = [pi for pi, a in enumerate(anns) if g["cue"] and _overlap(g["cue"], cue_of(a)) > 0]
            covering = [pi for pi in range(len(pred)) if _overlap(g["content"], pred[pi]["content"]) > 0]
            if not same_cue:
                if covering and any(pi in by_pred for pi in covering):
                    kind = "no_cue_inside_matched"
                elif covering:
                    kind = "no_cue_inside_unmatched"
                else:
                    kind = "no_cue"
                missed_cues[" ".join(text[a:b] for a, b in g["cue"]).lower()] += 1
            else:
                pi = same_cue[0]
                share = _overlap(g["content"], pred[pi]["content"]) / max(1, _length(g["content"]))
                kind = ("cue_taken_by_other_gold" if pi in by_pred else
                        "cue_content_disjoint" if share == 0 else "cue_content_low_overlap")
            missed[kind] += 1
            if out is not None:
                out.write(json.dumps({"doc": doc_id, "class": kind,
                                      "cue": " ".join(text[a:b] for a, b in g["cue"]),
                                      "source": " ".join(text[a:b] for a, b in g["source"]),
                                      "content": " | ".join(text[a:b] for a, b in g["content"])[:300]},
                                     ensure_ascii=False) + "\n")
        for pi, a in enumerate(anns):
            if pi in by_pred:
                continue
            gold_cue = [gi for gi, g in enumerate(gold) if g["cue"] and _overlap(g["cue"], cue_of(a)) > 0]
            inside = [gi for gi, g in enumerate(gold) if _overlap(g["content"], pred[pi]["content"]) > 0]
            if gold_cue:
                kind = "fp_gold_cue_taken" if gold_cue[0] in by_gold else "fp_gold_cue_low_overlap"
            else:
                kind = "fp_inside_gold_content" if inside else "fp_no_gold"
            false[f"{kind}:{a.attrs.get('kind')}"] += 1
            if out is not None:
                out.write(json.dumps({"doc": doc_id, "class": kind, "frame": a.attrs.get("kind"),
                                      "cue": (a.attrs.get("cue") or {}).get("text"),
                                      "source": (a.attrs.get("source") or {}).get("text"),
                                      "content": " | ".join(text[x:y] for x, y in pred[pi]["content"])[:300]},
                                     ensure_ascii=False) + "\n")
    return {"tp": tp, "fp": fp, "fn": fn, "missed": dict(missed.most_common()),
            "false_positives": dict(false.most_common()), "missed_cues": dict(missed_cues.most_common(40))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep_tools.statements.errors")
    ap.add_argument("cache", type=Path, help="a PolNeAR train cache (sitrep_tools.statements.cache build)")
    ap.add_argument("--files", default=":", help="A:B, a slice of the sorted documents")
    ap.add_argument("--out", type=Path, help="one JSON line per error")
    args = ap.parse_args(argv)
    from .cache import load

    lo, hi = (int(x) if x else None for x in args.files.split(":"))
    out = args.out.open("w", encoding="utf-8") if args.out else None
    try:
        print(json.dumps(classify(load(args.cache), lo or 0, hi, out), ensure_ascii=False, indent=1))
    finally:
        if out is not None:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
