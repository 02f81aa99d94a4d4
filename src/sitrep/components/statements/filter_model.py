"""A learnt statement filter: the probability that a statement the frames made is a real attribution.

The rules (and the learnt cue tagger) read every reporting frame they know, and some of what they
read is no attribution: "the bill would require", "he was asked to leave", "the report comes as",
a verb of saying whose object is an action.  This module holds a logistic regression over what
the component already knows of each statement (the cue's words and lexicon kinds, the frame kind,
direct or indirect, the content's length, place and first word, the source's kind, a negation or a
modal before the cue, the paragraph, quotation marks, ...), learnt on PolNeAR train by
:mod:`sitrep_tools.statements.filter_train` and shipped as weights only in
``data/<lang>/filter_model.tsv``.  A statement below the model's threshold is dropped; the others
keep their probability (attr ``attribution``), which enters their confidence.  A statement nested
in another one's content is never scored (PolNeAR annotates none: nothing was learnt there).
Languages without a model file keep the rules alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import Any

from .cues import TOKEN_RE

QUOTE_MARKS = "«»“”\""
NEGATION = frozenset(("not", "n't", "never", "no", "nor", "neither", "t"))
MODAL = frozenset(("would", "could", "might", "may", "will", "can", "should", "must", "shall", "to"))


class FilterModelError(Exception):
    """A statement filter model file cannot be read."""


@dataclass
class FilterModel:
    lang: str
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, feats: list[str]) -> float:
        z = self.bias + sum(map(self.weights.get, feats, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-z)) if z > -50 else 0.0


def read(text: str, lang: str, where: str = "filter_model.tsv") -> FilterModel:
    """Parse a model file: ``threshold``/``bias`` lines and ``w<TAB>feature<TAB>weight`` lines."""
    weights, bias, threshold = {}, None, None
    for n, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            if parts[0] == "w" and len(parts) == 3:
                weights[parts[1]] = float(parts[2])
            elif parts[0] == "bias" and len(parts) == 2:
                bias = float(parts[1])
            elif parts[0] == "threshold" and len(parts) == 2:
                threshold = float(parts[1])
                if not 0.0 <= threshold <= 1.0:
                    raise ValueError(parts[1])
            else:
                raise ValueError(parts[0])
        except ValueError:
            raise FilterModelError(f"{where} line {n}: expected 'w<TAB>feature<TAB>weight', 'bias<TAB>number' "
                                   f"or 'threshold<TAB>number in [0, 1]'") from None
    if bias is None or threshold is None:
        raise FilterModelError(f"{where}: no bias or threshold line")
    return FilterModel(lang, weights, bias, threshold)


def write(model: FilterModel, header: str = "") -> str:
    lines = [f"# {h}" for h in header.splitlines()]
    lines += [f"threshold\t{model.threshold}", f"bias\t{model.bias:.5f}"]
    lines += [f"w\t{f}\t{v:.5f}" for f, v in sorted(model.weights.items())]
    return "\n".join(lines) + "\n"


#: a model set by the training tools (cross-validation), in place of the shipped file, per language
_override: dict[str, Any] = {}


@lru_cache(maxsize=None)
def _shipped(lang: str) -> FilterModel | None:
    path = resources.files("sitrep") / "data" / lang / "filter_model.tsv"
    if not path.is_file():
        return None
    return read(path.read_text(encoding="utf-8"), lang, f"data/{lang}/filter_model.tsv")


def model(lang: str | None) -> FilterModel | None:
    """The statement filter of ``lang`` (None where there is none: the rules alone)."""
    if not lang:
        return None
    if lang in _override:
        return _override[lang]
    return _shipped(lang)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for k, e in enumerate(edges):
        if n <= e:
            return str(k)
    return str(len(edges))


_CONTENT_EDGES = (3, 7, 15, 30, 60)
_SOURCE_EDGES = (1, 2, 3, 6)


def _source_kind(lex, text: str, item: dict[str, Any], fr) -> str:
    src = item["source"]
    if fr.extra.get("agentless"):
        return "agentless"
    if item["inherited"]:
        return "inherited"
    if src is None:
        return "unnamed" if fr.extra.get("unnamed") else "none"
    form = src["text"].lower()
    if form in lex.relative:
        return "relative"
    if form in lex.pron_person or form in lex.pron_plural or form in lex.pron_any or form in lex.pron_thing:
        return "pron"
    sp = item["speaker"]
    if sp is not None:
        return "actor:" + str(sp.get("type"))
    return "np"


def features(text: str, lex, fr, item: dict[str, Any]) -> list[str]:
    """The features of one statement (``fr`` the frame that made it, ``item`` the statement)."""
    kind = item["kind"] + ("+learnt" if item.get("learnt_cue") else "")
    direct = "d" if item["direct"] else "i"
    c0, c1 = fr.cue
    cue_forms = TOKEN_RE.findall(text, c0, c1)
    cue = " ".join(cue_forms[:3]).lower()
    last = cue_forms[-1].lower() if cue_forms else ""
    s0, s1 = item["start"], item["end"]
    words = text.count(" ", s0, s1) + 1
    f = ["k=" + kind, "kd=" + kind + direct, "c=" + cue, "cl=" + last, "cd=" + last + direct,
         "n=" + _bucket(words, _CONTENT_EDGES), "nd=" + _bucket(words, _CONTENT_EDGES) + direct]
    if text[c0:c0 + 1].isupper():
        f.append("ccap")
    if last in lex.invert:
        f.append("say")
    if last in lex.addressee:
        f.append("addressee")
    if last in lex.intransitive:
        f.append("intrans")
    sk = _source_kind(lex, text, item, fr)
    f.append("s=" + sk)
    f.append("sk=" + sk + "|" + item["kind"])
    src = item["source"]
    if src is not None:
        f.append("sp=" + ("b" if src["start"] < c0 else "a"))
        f.append("sl=" + _bucket(src["text"].count(" ") + 1, _SOURCE_EDGES))
    if item["anonymous"]:
        f.append("anon")
    if item["channel"]:
        f.append("channel")
    if s1 <= c0:
        f.append("cp=b")
    else:
        f.append("cp=a")
        first = TOKEN_RE.search(text, s0, min(s1, s0 + 40))
        if first is not None:
            f.append("c1=" + first.group().lower())
            f.append("c1k=" + last + "|" + first.group().lower())
        gap = TOKEN_RE.findall(text, c1, s0) if s0 - c1 < 40 else ()
        if any(g.lower() in lex.comp for g in gap):
            f.append("comp")
        elif gap:
            f.append("gap=" + _bucket(len(gap), (1, 3)))
    if len(item["parts"]) > 1:
        f.append("parts")
    body = text[s0:s1]
    if any(q in body for q in QUOTE_MARKS):
        f.append("quote")
    if body.rstrip().endswith("?"):
        f.append("ask")
    before = TOKEN_RE.findall(text, max(0, c0 - 24), c0)[-3:]
    for b in before:
        b = b.lower()
        if b in NEGATION:
            f.append("neg")
        elif b in MODAL:
            f.append("modal=" + b)
    if before:
        f.append("pw=" + before[-1].lower())
        f.append("pwc=" + before[-1].lower() + "|" + last)
    nxt = TOKEN_RE.search(text, c1, c1 + 30)
    if nxt is not None:
        f.append("nw=" + nxt.group().lower())
        f.append("nwc=" + last + "|" + nxt.group().lower())
    if src is not None:
        sw = TOKEN_RE.search(text, src["start"], src["end"])
        if sw is not None:
            f.append("sw=" + sw.group().lower())
    f.append("ck=" + last + "|" + sk)
    # inside a quotation: more opening than closing marks, or an odd number of straight ones, in the
    # text of the paragraph before the cue
    p0 = text.rfind("\n", 0, c0) + 1
    head = text[p0:c0]
    if head.count("“") + head.count("«") > head.count("”") + head.count("»") or head.count('"') % 2:
        f.append("inq")
    f.append("para=" + _bucket(fr.para, (0, 1, 4, 9)))
    return f


def score(model_: FilterModel, scored: list[tuple[dict[str, Any], list[str]]]) -> None:
    """Set ``attribution`` on each scored statement, from its :func:`features` and those it has with
    the other scored statements of the article: another statement with the same cue (a second reading
    of one attribution), a content overlapping another one's, its source inside another one's content."""
    spans = sorted((it["start"], it["end"], k) for k, (it, _f) in enumerate(scored))
    cues: dict[tuple[int, int], int] = {}
    for it, _f in scored:
        if it["cue"]:
            key = (it["cue"]["start"], it["cue"]["end"])
            cues[key] = cues.get(key, 0) + 1
    for k, (it, f) in enumerate(scored):
        if it["cue"] and cues[(it["cue"]["start"], it["cue"]["end"])] > 1:
            f.append("samecue")
        s0, s1, src = it["start"], it["end"], it["source"]
        for a, b, j in spans:
            if a >= s1:
                break
            if j != k and b > s0:
                f.append("overlap")
                break
        if src is not None:
            for a, b, j in spans:
                if a > src["start"]:
                    break
                if j != k and b >= src["end"]:
                    f.append("srcin")
                    break
        it["attribution"] = round(model_.probability(f), 3)


def apply(model_: FilterModel, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``items`` less the scored statements below the threshold (never one nested in another's
    content: PolNeAR annotates none, nothing was learnt there); a statement nested in a dropped one
    is no longer nested (its ``outer`` link is removed)."""
    cut = model_.threshold
    drop = [it.get("attribution", 1.0) < cut and it["outer"] is None for it in items]
    if not any(drop):
        return items
    dropped = {(it["cue"]["start"], it["cue"]["end"]) for it, d in zip(items, drop) if d and it["cue"]}
    out = []
    for it, d in zip(items, drop):
        if d:
            continue
        if it["outer"] is not None and tuple(it["outer"]) in dropped:
            it["outer"] = None
        out.append(it)
    return out
