"""A learnt statement filter: the probability that a statement the frames made is a real attribution.

The rules (and the learnt cue tagger) read every reporting frame they know, and some of what they
read is no attribution: "the bill was gaining support", "Mr. Obama revised his withdrawal plans",
"This piece first appeared on ...".  This module holds a logistic regression over what the component
already knows of each statement (the cue's last word and whether it is a verb of saying, the frame
kind, direct or indirect, the content's length, place, first and last words and whether it reads as
a clause, the source's kind, place, length and first word, the words around the cue, the paragraph,
quotation marks), learnt on PolNeAR train by :mod:`sitrep_tools.statements.filter_train` and shipped
as weights only in ``data/<lang>/filter_model.tsv``.  A statement below the model's threshold is
dropped; the others keep their probability (attr ``attribution``), which can lower their confidence.  A statement nested
in another one's content is never scored (PolNeAR annotates none: nothing was learnt there), nor is
one whose cue word the model never comes near dropping (:attr:`FilterModel.safe`).  Languages
without a model file keep the rules alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import repeat
from typing import Any

from .cues import TOKEN_RE
from .shipped import Shipped, format_weights, logistic, parse_weights



class FilterModelError(Exception):
    """A statement filter model file cannot be read."""


@dataclass
class FilterModel:
    lang: str
    weights: dict[str, float]
    bias: float
    threshold: float
    #: cue words (last token, lower-cased) whose train statements the model came within 0.1 of dropping
    #: at most 5 % of the time (``filter_train --safe-rate``): not scored (they keep the rules' confidence)
    safe: frozenset[str] = frozenset()

    @cached_property
    def tables(self) -> dict[str, dict[Any, float]]:
        """:attr:`weights` by feature group and value ("cl=said" -> ``{"cl": {"said": w}}``, "kd=verb|d" ->
        ``{"kd": {("verb", "d"): w}}``, "quote" -> ``{"quote": {"": w}}``): :meth:`probability` looks the
        features up without building their names."""
        out: dict[str, dict[Any, float]] = {}
        for name, v in self.weights.items():
            g, _, value = name.partition("=")
            out.setdefault(g, {})[tuple(value.rsplit("|", 1)) if g in PAIRS else value] = v
        return out

    def probability(self, feats: list[tuple[str, Any]]) -> float:
        """The probability of the features of :func:`features` (``(group, value)`` pairs)."""
        tables = self.tables
        z = self.bias
        for g, v in feats:
            t = tables.get(g)
            if t is not None:
                z += t.get(v, 0.0)
        return logistic(z)

    def probability_of_names(self, names: list[str]) -> float:
        """The same from the features' names (:func:`names`; training)."""
        return logistic(self.bias + sum(map(self.weights.get, names, repeat(0.0))))


#: the feature groups whose value is a pair (written "a|b")
PAIRS = frozenset(("kd", "cd", "nd", "sk"))


def names(feats: list[tuple[str, Any]]) -> list[str]:
    """The names of ``(group, value)`` features, as the model file writes them."""
    return [g if v == "" else g + "=" + (v if isinstance(v, str) else "|".join(v)) for g, v in feats]


def read(text: str, lang: str, where: str = "filter_model.tsv") -> FilterModel:
    """Parse a model file: ``threshold``/``bias`` lines, ``safe<TAB>word`` and ``w<TAB>feature<TAB>weight`` lines."""
    weights, bias, threshold, safe = parse_weights(
        text, where, "safe", "'w<TAB>feature<TAB>weight', 'safe<TAB>word', 'bias<TAB>number' "
        "or 'threshold<TAB>number in [0, 1]'", FilterModelError, threshold_in_unit=True)
    if bias is None or threshold is None:
        raise FilterModelError(f"{where}: no bias or threshold line")
    return FilterModel(lang, weights, bias, threshold, frozenset(safe))


def write(model: FilterModel, header: str = "") -> str:
    return format_weights(header, model.threshold, model.bias, "safe", model.safe, model.weights)


#: the shipped file per language; the training tools set ``_override[lang]`` (cross-validation)
_models = Shipped("filter_model.tsv", lambda text, lang, where: read(text, lang, where))
_override = _models.override


def model(lang: str | None) -> FilterModel | None:
    """The statement filter of ``lang`` (None where there is none: the rules alone)."""
    return _models(lang)


_CONTENT_BUCKET = ("0",) * 4 + ("1",) * 4 + ("2",) * 8 + ("3",) * 15 + ("4",) * 30  # words -> bucket (5 above 60)
_SOURCE_BUCKET = ("0", "0", "1", "2", "3", "3", "3")  # words -> bucket (4 above 6)
_PARA_BUCKET = ("0", "1", "2", "2", "2", "3", "3", "3", "3", "3")  # paragraph -> bucket (4 above 9)
_GAP_BUCKET = ("0", "0", "1", "1")
_NO_EXTRA: dict = {}


@lru_cache(maxsize=None)
def _pronouns(lex) -> dict[str, str]:
    """``{one-word form: "relative" | "pron"}`` of a lexicon (once per lexicon)."""
    out = {}
    for kind in ("pron_thing", "pron_any", "pron_plural", "pron_person"):
        out.update((k[0], "pron") for ks in lex.kinds[kind].by_first.values() for k in ks if len(k) == 1)
    out.update((k[0], "relative") for ks in lex.relative.by_first.values() for k in ks if len(k) == 1)
    return out


def _source_kind(lex, item: dict[str, Any], extra: dict) -> str:
    src = item["source"]
    if extra.get("agentless"):
        return "agentless"
    if item["inherited"]:
        return "inherited"
    if src is None:
        return "unnamed" if extra.get("unnamed") else "none"
    pron = _pronouns(lex).get(src["text"].lower())
    if pron is not None:
        return pron
    sp = item["speaker"]
    if sp is not None:
        return "actor:" + str(sp.get("type"))
    return "np"


def cue_word(text: str, cue: tuple[int, int]) -> str:
    """The last token of a cue, lower-cased (the word :attr:`FilterModel.safe` lists)."""
    span = text[cue[0]:cue[1]]
    last = span[span.rfind(" ") + 1:]
    if last.isalnum():
        return last.lower()  # (most cues: a word; the same as the last token of TOKEN_RE)
    forms = TOKEN_RE.findall(span)
    return forms[-1].lower() if forms else ""


def features(model_: FilterModel, text: str, lex, fr, item: dict[str, Any]) -> list[tuple[str, Any]] | None:
    """The ``(group, value)`` features of one statement (``fr`` the frame that made it, ``item`` the statement); None
    when its cue word is one the model never comes near dropping (:attr:`FilterModel.safe`) and the cue is not a
    learnt one."""
    last = cue_word(text, fr.cue)
    if last in model_.safe and not item.get("learnt_cue"):
        return None  # (a learnt cue's statement is always scored: its word is safe only after a lexicon cue)
    extra = fr.extra or _NO_EXTRA
    kind = item["kind"] + "+learnt" if item.get("learnt_cue") else item["kind"]
    direct = "d" if item["direct"] else "i"
    c0, c1 = fr.cue
    s0, s1 = item["start"], item["end"]
    words = text.count(" ", s0, s1)
    n = _CONTENT_BUCKET[words] if words < 61 else "5"
    sk = _source_kind(lex, item, extra)
    f = [("k", kind), ("kd", (kind, direct)), ("cl", last), ("cd", (last, direct)), ("n", n), ("nd", (n, direct)),
         ("s", sk), ("sk", (sk, item["kind"])), ("para", _PARA_BUCKET[fr.para] if fr.para < 10 else "4")]
    if last in lex.invert:
        f.append(("say", ""))
    src = item["source"]
    if src is not None:
        f.append(("sp", "b" if src["start"] < c0 else "a"))
        sw = src["text"].count(" ")
        f.append(("sl", _SOURCE_BUCKET[sw] if sw < 7 else "4"))
        m = TOKEN_RE.search(src["text"])
        if m is not None:
            f.append(("sw", m.group().lower()))
    _content_words(f, text, s0, s1)
    if s1 <= c0:
        f.append(("cp", "b"))
    else:
        f.append(("cp", "a"))
        m = TOKEN_RE.search(text, s0, s0 + 40)
        if m is not None:
            f.append(("c1", m.group().lower()))
        if s0 - c1 < 40:
            gap = TOKEN_RE.findall(text, c1, s0)
            if gap:
                f.append(("comp", "") if any(g.lower() in lex.comp for g in gap) else ("gap", _GAP_BUCKET[min(len(gap), 3)]))
    if fr.direct or text.find("“", s0, s1) >= 0 or text.find('"', s0, s1) >= 0 or text.find("«", s0, s1) >= 0:
        f.append(("quote", ""))
    before = TOKEN_RE.findall(text, c0 - 24 if c0 > 24 else 0, c0)
    if before:
        f.append(("pw", before[-1].lower()))
    m = TOKEN_RE.search(text, c1, c1 + 30)
    if m is not None:
        f.append(("nw", m.group().lower()))
    return f


#: auxiliaries, modals and negations: one of them among a content's first words marks a clause ("he **would** run",
#: "it **was** a mistake"), not an object ("revised his withdrawal plans", "appeared on Global Risk Insights")
#: (:data:`TOKEN_RE` splits "he's" into "he", "'", "s": contracted forms are not looked for)
_CLAUSE = frozenset("is are was were be been being has have had will would can could should may might must do does "
                    "did not".split())


def _content_words(f: list, text: str, s0: int, s1: int) -> None:
    """The content's first and last tokens (``c0``, ``cz``) and whether one of its first 20 tokens is a
    :data:`_CLAUSE` word (``fin``: 1 or 0)."""
    toks = TOKEN_RE.findall(text, s0, s1 if s1 - s0 < 200 else s0 + 200)
    if not toks:
        return
    f.append(("c0", toks[0].lower()))
    f.append(("fin", "1" if any(t.lower() in _CLAUSE for t in toks[:20]) else "0"))
    m = None
    for m in TOKEN_RE.finditer(text, s1 - 20 if s1 - 20 > s0 else s0, s1):
        pass
    if m is not None:
        f.append(("cz", m.group().lower()))


def score(model_: FilterModel, scored: list[tuple[dict[str, Any], list]]) -> None:
    """Set ``attribution`` on each scored statement from its :func:`features`."""
    for it, f in scored:
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
