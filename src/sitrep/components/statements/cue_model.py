"""A learnt, contextual cue tagger: cue words the lexicon lacks, proposed in context.

PolNeAR annotates beliefs, stances and intentions ("wants", "hopes", "fears", "his plan to")
that no hand-written entry reads without losing more than it finds.  This module holds a
logistic-regression model over the words around a candidate token (the word and its suffixes,
its neighbours -2..+2 and their lexicon kinds, a complementiser, "to", a quotation mark or a
colon just after it, a possible speaker just before it, its place in the sentence), learnt on
PolNeAR train by :mod:`sitrep_tools.statements.cue_train` and shipped as weights only in
``data/<lang>/cue_model.tsv``.  Candidates are the words of the model's vocabulary (words that
were gold cues in train) that no lexicon entry already covers, outside quotations; a candidate
whose probability reaches the model's threshold is handed to the statement frames as a cue,
which find its source and content exactly as for a lexicon verb (the speaker is decided by
the rules).  Languages without a model file keep the rules alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import repeat

from .cues import Lexicon
from .shipped import Shipped, format_weights, logistic, parse_weights

#: the lexicon kinds whose membership is a feature of a word and of its neighbours
FEATURE_KINDS = ("aux", "comp", "pron_person", "pron_any", "prep", "boundary", "nonsource_end", "block", "infinitive",
                 "adverb", "relative", "noun", "addressee")
QUOTE_MARKS = set("«»“”\"'‘’")


class CueModelError(Exception):
    """A cue model file cannot be read."""


@dataclass
class CueModel:
    lang: str
    vocab: frozenset[str]
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, feats: list[str]) -> float:
        return logistic(self.bias + sum(map(self.weights.get, feats, repeat(0.0))))

    @cached_property
    def tables(self) -> tuple:
        """:attr:`groups` as the tuple :func:`logit` unpacks (one attribute lookup per candidate)."""
        g = self.groups
        none: dict[str, float] = {}

        def get(name: str) -> dict[str, float]:
            return g.get(name, none)
        cap = (get("cap0").get("", 0.0), get("cap").get("", 0.0))
        slots = tuple((d, get(f"{d}w"), get(f"{d}k")) for d in (-2, -1, 1, 2))
        return (get("w"), get("s3"), get("s2"), cap, get("pos"), get("end"), slots, get("w+1"), get("-1+w"),
                get("next3"), get("prev3"))

    @property
    def cut(self) -> float:
        """The threshold as a logit."""
        t = min(max(self.threshold, 1e-9), 1 - 1e-9)
        return math.log(t / (1 - t))

    @cached_property
    def groups(self) -> dict[str, dict[str, float]]:
        """The weights by feature group ("-1w", "next3", ...) and value: :func:`logit` looks them up
        without building the feature strings."""
        out: dict[str, dict[str, float]] = {}
        for name, v in self.weights.items():
            g, _, value = name.partition("=")
            out.setdefault(g, {})[value] = v
        return out


def read(text: str, lang: str, where: str = "cue_model.tsv") -> CueModel:
    """Parse a model file: ``threshold``/``bias`` lines, ``vocab<TAB>word`` and ``w<TAB>feature<TAB>weight``."""
    weights, bias, threshold, vocab = parse_weights(text, where, "vocab", "vocab/w/bias/threshold lines", CueModelError)
    return CueModel(lang, frozenset(vocab), weights, 0.0 if bias is None else bias, 1.0 if threshold is None else threshold)


def write(model: CueModel, header: str = "") -> str:
    return format_weights(header, model.threshold, model.bias, "vocab", model.vocab, model.weights)


#: the shipped file per language; the training tools set ``_override[lang]`` (cross-validation)
_models = Shipped("cue_model.tsv", lambda text, lang, where: read(text, lang, where))
_override = _models.override


def model(lang: str | None) -> CueModel | None:
    """The cue model of ``lang`` (None where there is none: the rules alone)."""
    return _models(lang)


@lru_cache(maxsize=None)
def _kind_map(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """``{form: feature kinds}`` of every one-word entry of :data:`FEATURE_KINDS` and every first word of
    a verb cue (once per lexicon)."""
    out: dict[str, list[str]] = {}
    for k in FEATURE_KINDS:
        for first, phrases in lex.kinds[k].by_first.items():
            if (first,) in phrases:
                out.setdefault(first, []).append(k)
    for first in lex.verbs.by_first:
        out.setdefault(first, []).append("verbfirst")
    return {f: tuple(v) for f, v in out.items()}


@lru_cache(maxsize=None)
def _cue_firsts(lex: Lexicon) -> frozenset[str]:
    return frozenset().union(*(ps.by_first for ps in (lex.verbs, lex.prep, lex.incise, lex.relcue, lex.impersonal)))


def covered(lex: Lexicon, forms: list[str], i: int) -> bool:
    """Whether a lexicon cue (verb, incise, prepositional, relative or impersonal) covers ``forms[i]``."""
    firsts = _cue_firsts(lex)
    for k in range(max(0, i - 3), i + 1):
        if forms[k] not in firsts:
            continue
        for ps in (lex.verbs, lex.prep, lex.incise, lex.relcue, lex.impersonal):
            if forms[k] in ps.by_first and ps.match(forms, k) > i - k:
                return True
    return False


def candidates(model_: CueModel, lex: Lexicon, forms: list[str], quoted: list[bool]) -> list[int]:
    """Token indices the model may propose: vocabulary words outside quotations and lexicon cues."""
    vocab = model_.vocab
    return [i for i, f in enumerate(forms) if f in vocab and not quoted[i] and not covered(lex, forms, i)]


def features(text: str, toks: list[tuple[int, int, str]], forms: list[str], i: int, lex: Lexicon) -> list[str]:
    """The features of candidate ``forms[i]`` in its sentence."""
    n = len(forms)
    w = forms[i]
    kinds = _kind_map(lex)
    f = ["w=" + w, "s3=" + w[-3:], "s2=" + w[-2:]]
    if text[toks[i][0]].isupper():
        f.append("cap" if i else "cap0")
    f.append("pos=" + ("0" if i == 0 else "1" if i == 1 else "2" if i < 4 else "3" if i < 8 else "4"))
    f.append("end=" + ("1" if n - i <= 2 else "2" if n - i <= 5 else "3"))
    for d in (-2, -1, 1, 2):
        k = i + d
        if 0 <= k < n:
            o = forms[k]
            f.append(f"{d}w={o}")
            for kind in kinds.get(o, ()):
                f.append(f"{d}k={kind}")
        else:
            f.append(f"{d}w=<none>")
    if i + 1 < n:
        f.append(f"w+1={w}|{forms[i + 1]}")
    if i > 0:
        f.append(f"-1+w={forms[i - 1]}|{w}")
    for k in range(i + 1, min(n, i + 4)):
        o = forms[k]
        if o in lex.comp:
            f.append("next3=comp")
        elif o == "to":
            f.append("next3=to")
        elif o in QUOTE_MARKS:
            f.append("next3=quote")
        elif o == ":":
            f.append("next3=colon")
        elif o in ("about", "on", "for", "of", "with", "against"):
            f.append("next3=" + o)
    for k in range(max(0, i - 3), i):
        o = forms[k]
        if o in lex.pron_person or o in lex.pron_any:
            f.append("prev3=pron")
        elif text[toks[k][0]].isupper() and k > 0:
            f.append("prev3=cap")
        elif o in (",", ";", "—", "–", "(", ")"):
            f.append("prev3=punct")
    return f


_NEXT_PREPS = frozenset(("about", "on", "for", "of", "with", "against"))
_PUNCT = frozenset((",", ";", "—", "–", "(", ")"))


def logit(model_: CueModel, text: str, toks: list[tuple[int, int, str]], forms: list[str], i: int, lex: Lexicon) -> float:
    """``bias`` plus the weights of :func:`features` (the same sum, each feature looked up in its group
    without building its string: this runs on every candidate of an English article)."""
    gw, g3, g2, gcap, gpos, gend, slots, gw1, g1w, nxt, prv = model_.tables
    n = len(forms)
    w = forms[i]
    kinds = _kind_map(lex)
    z = model_.bias + gw.get(w, 0.0) + g3.get(w[-3:], 0.0) + g2.get(w[-2:], 0.0)
    if text[toks[i][0]].isupper():
        z += gcap[1 if i else 0]
    z += gpos.get("0" if i == 0 else "1" if i == 1 else "2" if i < 4 else "3" if i < 8 else "4", 0.0)
    z += gend.get("1" if n - i <= 2 else "2" if n - i <= 5 else "3", 0.0)
    for d, sw, sk in slots:
        k = i + d
        if 0 <= k < n:
            o = forms[k]
            z += sw.get(o, 0.0)
            ks = kinds.get(o)
            if ks:
                for kind in ks:
                    z += sk.get(kind, 0.0)
        else:
            z += sw.get("<none>", 0.0)
    if i + 1 < n:
        z += gw1.get(w + "|" + forms[i + 1], 0.0)
    if i > 0:
        z += g1w.get(forms[i - 1] + "|" + w, 0.0)
    for k in range(i + 1, min(n, i + 4)):
        o = forms[k]
        if "comp" in kinds.get(o, ()):
            z += nxt.get("comp", 0.0)
        elif o == "to":
            z += nxt.get("to", 0.0)
        elif o in QUOTE_MARKS:
            z += nxt.get("quote", 0.0)
        elif o == ":":
            z += nxt.get("colon", 0.0)
        elif o in _NEXT_PREPS:
            z += nxt.get(o, 0.0)
    for k in range(max(0, i - 3), i):
        o = forms[k]
        ks = kinds.get(o, ())
        if "pron_person" in ks or "pron_any" in ks:
            z += prv.get("pron", 0.0)
        elif text[toks[k][0]].isupper() and k > 0:
            z += prv.get("cap", 0.0)
        elif o in _PUNCT:
            z += prv.get("punct", 0.0)
    return z


def propose(text: str, toks: list[tuple[int, int, str]], forms: list[str], quoted: list[bool], lex: Lexicon,
            model_: CueModel) -> dict[int, int]:
    """``{first token index: length}`` of the cues proposed in one sentence (consecutive proposed
    tokens make one cue); empty when the sentence holds no candidate."""
    if model_.vocab.isdisjoint(forms):
        return {}
    cut = model_.cut
    hits = [i for i in candidates(model_, lex, forms, quoted) if logit(model_, text, toks, forms, i, lex) >= cut]
    out: dict[int, int] = {}
    start = prev = None
    for i in hits:
        if start is not None and i == prev + 1:
            out[start] += 1
        else:
            start = i
            out[i] = 1
        prev = i
    return out
