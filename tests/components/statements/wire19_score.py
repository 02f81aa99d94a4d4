"""Scores statements.v1 on the hand-written wire sets (data/wire19_*.json, data/wire20_*.json).

    PYTHONPATH=src python tests/components/statements/wire19_score.py [tune|held_out ...] [--show] [--set wire20]

A predicted statement matches a gold one when its content parts cover at least 0.3 of the gold
content (one to one, largest overlap first); it is right when its source span also overlaps the gold
source.  Gold spans are found in the text: the content's first occurrence, then the cue nearest to
it, then the source nearest to the cue.  The chain is scored on relayed statements only (gold
"chain" given): the predicted chain, less the article, must end with as many names as the gold one,
each sharing a word with its gold name (``chain_right``); ``chain_links`` counts the relayed statements
whose chain has as many links as the gold one (the actors' names are normalised: "AFP" is "Agence
France-Presse", "two US officials" "Anonymous American officials")."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _nearest(text: str, needle: str, anchor: tuple[int, int]) -> tuple[int, int]:
    """The occurrence of needle closest to the anchor span."""
    best = None
    for m in re.finditer(re.escape(needle), text):
        gap = max(anchor[0] - m.end(), m.start() - anchor[1], 0)
        if best is None or gap < best[0]:
            best = (gap, (m.start(), m.end()))
    assert best is not None, needle
    return best[1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"\w+", name.lower()) if len(w) >= 3}


def gold_spans(article: dict) -> list[dict]:
    out = []
    for g in article["statements"]:
        text = article["text"]
        content = (text.index(g["content"]), text.index(g["content"]) + len(g["content"]))
        cue = _nearest(text, g["cue"], content)
        source = _nearest(text, g["source"], cue)
        out.append(dict(g, content_span=content, cue_span=cue, source_span=source))
    return out


def score(articles: list[dict], pipe, show: bool = False) -> dict:
    from sitrep.article import Article
    n = dict(gold=0, pred=0, match=0, right=0, chain_gold=0, chain_right=0, chain_links=0)
    for art in articles:
        text = art["text"]
        title = text.split("\n", 1)[0] if "\n\n" in text else ""
        article = Article(id=art["id"], text=text, title=title, source={})
        pipe(article)
        preds = list(article.layers["statements"])
        golds = gold_spans(art)
        pairs = sorted(((sum(_overlap(g["content_span"], tuple(p)) for p in pr.attrs["parts"]), gi, pi)
                        for gi, g in enumerate(golds) for pi, pr in enumerate(preds)), reverse=True)
        used_g, used_p, matched = set(), set(), {}
        for ov, gi, pi in pairs:
            g = golds[gi]
            if gi in used_g or pi in used_p or ov < 0.3 * (g["content_span"][1] - g["content_span"][0]):
                continue
            used_g.add(gi); used_p.add(pi); matched[gi] = pi
        n["gold"] += len(golds); n["pred"] += len(preds); n["match"] += len(matched)
        lines = []
        for gi, g in enumerate(golds):
            pi = matched.get(gi)
            ok = False
            if pi is not None:
                src = preds[pi].attrs.get("source")
                ok = bool(src) and _overlap((src["start"], src["end"]), g["source_span"]) > 0
                n["right"] += ok
                if g.get("chain"):
                    n["chain_gold"] += 1
                    chain = [c for c in preds[pi].attrs.get("chain") or [] if c != "article"]
                    tail = chain[-len(g["chain"]):] if len(chain) >= len(g["chain"]) else []
                    n["chain_right"] += bool(tail) and all(_words(a) & _words(b) for a, b in zip(tail, g["chain"]))
                    n["chain_links"] += len(chain) == len(g["chain"])
            elif g.get("chain"):
                n["chain_gold"] += 1
            if not ok:
                got = "missed" if pi is None else _describe(preds[pi], text)
                lines.append(f"  FN {g['source']!r} {g['cue']!r} {g['content'][:60]!r} -> {got}")
        for pi, p in enumerate(preds):
            if pi not in used_p:
                lines.append(f"  FP {_describe(p, text)}")
        if show and lines:
            print(art["id"], art["split"]); print("\n".join(lines))
    p = n["right"] / n["pred"] if n["pred"] else 0.0
    r = n["right"] / n["gold"] if n["gold"] else 0.0
    n.update(P=round(p, 3), R=round(r, 3), F1=round(2 * p * r / (p + r), 3) if p + r else 0.0)
    return n


def _describe(pred, text: str) -> str:
    src = (pred.attrs.get("source") or {}).get("text")
    cue = (pred.attrs.get("cue") or {}).get("text")
    content = " || ".join(text[s:e] for s, e in pred.attrs["parts"])
    return f"{src!r} {cue!r} {content[:60]!r} chain={pred.attrs.get('chain')}"


def main(argv: list[str]) -> None:
    from sitrep.pipeline import default_pipeline
    show = "--show" in argv
    name = "wire19"
    if "--set" in argv:  # the set's file prefix: wire19 (default) or wire20
        at = argv.index("--set")
        name = argv[at + 1]
        argv = argv[:at] + argv[at + 2:]
    splits = [a for a in argv if not a.startswith("--")] or ["tune", "held_out"]
    pipe = default_pipeline()
    for split in splits:
        articles = json.loads((DATA / f"{name}_{split}.json").read_text(encoding="utf-8"))
        for lang in ("en", "fr", "ru", "uk", None):
            part = [a for a in articles if lang is None or a["lang"] == lang]
            res = score(part, pipe, show=show and lang is None)
            print(f"{split} {lang or 'all'}: " + " ".join(f"{k}={v}" for k, v in res.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
