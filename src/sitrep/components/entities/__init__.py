"""``entities.v1``: named entities (PER, ORG, LOC, MISC) for fr, en, ru, uk.

A linear-chain CRF per language (CRFsuite, trained on CPU from the gold
sets in ``../shared/data/ner`` by :mod:`sitrep_tools.ner.train`, shipped in
``sitrep/models/ner-<lang>.crfsuite``) tags the ``tokens`` of each sentence
in BIO.  Other languages use the model of their script (Cyrillic: ru,
otherwise en).  Each annotation's confidence is the mean marginal
probability of its tokens' labels.  Tagging goes through :mod:`.decoder`
(per-word-type score tables over the same model weights, CRFsuite's own
Viterbi and marginals), a batch of sentences at a time: the same entities
and confidences as ``pycrfsuite.Tagger`` on :func:`.features.sentence_features`
(:func:`tag_tokens`, kept as the reference and the fallback).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from importlib import resources
from operator import itemgetter, lt

import numpy as np

from ...article import Annotation, Article, SpanLayer
from ...pipeline import Component, register
from .decoder import Decoder
from .features import sentence_features
from . import gazetteer as _gazetteer  # (its functions read through the module: tools time them by patching it)

NER_LANGUAGES = ("en", "fr", "ru", "uk")


class ModelMissing(Exception):
    pass


def _model_path(lang: str):
    ref = resources.files("sitrep") / "models" / f"ner-{lang}.crfsuite"
    if not ref.is_file():
        raise ModelMissing(
            f"{ref}: NER model missing; rebuild it with "
            f"'python -m sitrep_tools.ner.train --data ../shared/data/ner --lang {lang}'"
        )
    return ref


@lru_cache(maxsize=None)
def tagger(lang: str):
    """The CRFsuite tagger for ``lang`` (loaded once)."""
    import pycrfsuite

    ref = _model_path(lang)
    t = pycrfsuite.Tagger()
    t.open(str(ref))
    return t


@lru_cache(maxsize=None)
def model_info(lang: str) -> dict:
    """The manifest entry of the shipped model for ``lang`` (empty when none)."""
    import json

    ref = resources.files("sitrep") / "models" / "ner-manifest.json"
    if not ref.is_file():
        return {}
    return json.loads(ref.read_text(encoding="utf-8")).get("models", {}).get(lang, {})


def uses_gazetteer(lang: str) -> bool:
    """Whether the shipped model for ``lang`` was trained with gazetteer features."""
    return bool(model_info(lang).get("gazetteer"))


def morph_language(lang: str) -> str | None:
    """The pymorphy3 language whose features the model for ``lang`` was trained with, if any."""
    return model_info(lang).get("morph") or None


def uses_names(lang: str) -> bool:
    """Whether the shipped model for ``lang`` was trained with name-list features."""
    return bool(model_info(lang).get("names"))


def lexicon_spec(lang: str) -> dict | None:
    """The word-class features (:mod:`.lexicon`) the model for ``lang`` was trained with, if any."""
    return model_info(lang).get("lexicon") or None


def model_language(lang: str | None, sample: str) -> str:
    if lang in NER_LANGUAGES:
        return lang
    cyr = sum(1 for ch in sample[:400] if "\u0400" <= ch <= "\u04ff")
    return "ru" if cyr > len(sample[:400]) / 4 else "en"


def decode(labels: list[str]) -> list[tuple[int, int, str]]:
    """BIO or BIOES labels -> (first token, last token + 1, type); a stray I- or E- opens an entity."""
    return [tuple(s) for s in _spans((i, 0, lab) for i, lab in enumerate(labels) if lab != "O")]  # type: ignore[misc]


def _spans(items) -> list[list]:
    """``[first, last + 1, type]`` of the entities of ``(token, group, label)`` items: the tokens not
    labelled ``O``, in token order. An entity goes on only over adjacent tokens of one group (a
    sentence), so a missing token (an ``O``) or a new group closes it."""
    spans: list[list] = []
    cur = None  # the open entity
    last, last_group = -2, None
    for i, group, lab in items:
        if i != last + 1 or group != last_group:
            cur = None
        pre, typ = lab[0], lab[2:]
        if pre in "IE" and cur is not None and cur[2] == typ:
            cur[1] = i + 1
        else:
            cur = [i, i + 1, typ]
            spans.append(cur)
        if pre in "ES":
            cur = None
        last, last_group = i, group
    return spans


def tag_tokens(text: str, toks: list[tuple[int, int]], lang: str) -> list[tuple[int, int, str, float]]:
    """Entities ``(start, end, type, confidence)`` in one sentence's tokens (``(start, end, ...)`` rows)."""
    if not toks:
        return []
    toks = [(t[0], t[1]) for t in toks]
    words = [text[s:e] for s, e in toks]
    t = tagger(lang)
    gaz = None
    if uses_gazetteer(lang):
        from .gazetteer import token_tags

        gaz = token_tags(text, toks)
    labels = t.tag(sentence_features(words, gaz, morph_language(lang), uses_names(lang), lexicon_spec(lang)))
    out = []
    for a, b, typ in decode(labels):
        conf = sum(t.marginal(labels[i], i) for i in range(a, b)) / (b - a)
        out.append((toks[a][0], toks[b - 1][1], typ, round(conf, 3)))
    return out


def tag_text(text: str, lang: str | None) -> list[tuple[int, int, str, float]]:
    """Entities of a raw text (tokenised and split like ``sentences.v1``)."""
    from ..segment import segment_lines

    out = segment_lines(text, lang)
    return _tag_segmented(text, out.sentences, [(s, e) for s, e, _ in out.tokens], model_language(lang, text))


def _tag_segmented(text, sentences, tokens, lang):
    """Entities of the sentences ``(start, end, ...)`` over the tokens ``(start, end, ...)`` (pairs,
    or the tokens layer's ``(start, end, kind)`` rows as they are)."""
    groups = []
    ti = 0
    n = len(tokens)
    starts = list(map(itemgetter(0), tokens))
    if all(map(lt, starts, starts[1:])):  # tokens in text order: a sentence's tokens found by bisection
        for s0, s1, *_ in sentences:
            ti = bisect_left(starts, s0, ti)
            j = bisect_left(starts, s1, ti)
            if j > ti:
                groups.append((ti, j))
            ti = j
        return tag_groups(text, tokens, groups, lang, starts)
    for s0, s1, *_ in sentences:
        while ti < n and tokens[ti][0] < s0:
            ti += 1
        j = ti
        while j < n and tokens[j][0] < s1:
            j += 1
        if j > ti:
            groups.append((ti, j))
        ti = j
    return tag_groups(text, tokens, groups, lang)


@lru_cache(maxsize=None)
def _decoder(lang: str):
    """The model of ``lang`` read for :mod:`.decoder`: its word-type table, decoder and BOS / EOS scores."""
    from .decoder import CRFModel, TypeTable
    from .features import _featurizer, _spec_key

    model = CRFModel(str(_model_path(lang)))
    feat = _featurizer(morph_language(lang), uses_names(lang), _spec_key(lexicon_spec(lang)))
    return TypeTable(model, feat), Decoder(model), model.vector(["BOS"]), model.vector(["EOS"])


#: tokens decoded in one batch (a batch's word types must fit in the type table)
BATCH_TOKENS = 16_384


def tag_groups(text: str, tokens: list[tuple[int, int]], groups: list[tuple[int, int]], lang: str,
               starts: list[int] | None = None):
    """Entities of the sentences ``tokens[a:b]`` for ``(a, b)`` in ``groups``: the same as
    :func:`tag_tokens` on each, decoded a batch of sentences at a time by :mod:`.decoder`
    (``starts``: the tokens' starts, when the caller has them)."""
    if not Decoder.available():  # CRFsuite's decoding functions not reachable: its own tagger
        return [e for a, b in groups for e in tag_tokens(text, tokens[a:b], lang)]
    table, decoder, bos, eos = _decoder(lang)
    model = table.model
    gazetteer = uses_gazetteer(lang)
    out: list[tuple[int, int, str, float]] = []
    k = 0
    while k < len(groups):
        batch = [groups[k]]
        size = groups[k][1] - groups[k][0]
        k += 1
        while k < len(groups) and size + groups[k][1] - groups[k][0] <= BATCH_TOKENS:
            size += groups[k][1] - groups[k][0]
            batch.append(groups[k])
            k += 1
        if all(batch[i][1] == batch[i + 1][0] for i in range(len(batch) - 1)):  # sentences tile the tokens
            btoks = tokens[batch[0][0]:batch[-1][1]]
            bstarts = starts[batch[0][0]:batch[-1][1]] if starts is not None else None
        else:
            btoks = [t for a, b in batch for t in tokens[a:b]]
            bstarts = None
        if bstarts is None:
            bstarts = list(map(itemgetter(0), btoks))
        bends = list(map(itemgetter(1), btoks))
        words = [text[a:b] for a, b in zip(bstarts, bends)]
        if len(words) > table.capacity and len(set(words)) > table.capacity:  # one sentence of more word types than the table holds
            for a, b in batch:
                out.extend(tag_tokens(text, tokens[a:b], lang))
            continue
        bounds = list(accumulate([b - a for a, b in batch], initial=0))  # the sentences' offsets in the batch
        offsets = np.array(bounds, dtype=np.int64)
        gaz = None  # per gazetteer feature of a token: the tokens that have it and its rows
        if gazetteer:
            tags = _gazetteer.group_tags(text, tokens, batch, (bstarts, bends))
            hits = list(compress(range(len(tags)), tags))  # the tagged tokens, found in C
            if hits:
                row = table.gazetteer_row
                first = set(bounds)  # the sentences' first tokens (and the batch's end)
                known: dict[str, tuple[int, int, int, int, int]] = {}  # a tag's five feature rows
                own, case, before, after = gaz = ([], []), ([], []), ([], []), ([], [])
                for i in hits:
                    g = tags[i]
                    r = known.get(g)
                    if r is None:
                        r = known[g] = (row("g=" + g), row("g|w=" + g + "|T"), row("g|w=" + g + "|l"),
                                        row("-1g=" + g), row("+1g=" + g))
                    own[0].append(i)
                    own[1].append(r[0])
                    case[0].append(i)
                    case[1].append(r[1] if words[i][:1].isupper() else r[2])
                    if i + 1 not in first:  # the next token is in this sentence: "-1g=" is its feature
                        before[0].append(i + 1)
                        before[1].append(r[3])
                    if i not in first:  # the token before is in this sentence: "+1g=" is its feature
                        after[0].append(i - 1)
                        after[1].append(r[4])
        with table.lock:  # the table is shared by threads and may start afresh in rows()
            scores = table.scores(table.rows(words), offsets, bos, eos, gaz)
        labels, probs = decoder.decode(scores, offsets, bounds)
        if probs:
            out.extend(_entity_spans(labels, probs, offsets, model.labels, btoks))
    return out


def _entity_spans(labels: list[int], probs: dict[int, float], offsets, names: list[str], btoks):
    """:func:`decode` of each sentence ``labels[offsets[s]:offsets[s + 1]]`` (label ids, ``names``),
    as ``(start, end, type, confidence)`` over the tokens ``btoks``, read from the tokens labelled
    other than ``O`` alone (``probs``: their marginals, in token order): two of them are in one
    entity only when adjacent in one sentence, so a token that is not in ``probs`` (an ``O``, or a
    sentence's edge) closes the open entity as :func:`decode` does."""
    out = []
    tokens = list(probs)
    sentence = (offsets.searchsorted(tokens, side="right") - 1).tolist()
    spans = _spans(zip(tokens, sentence, [names[labels[i]] for i in tokens]))
    for i0, i1, typ in spans:
        conf = sum(map(probs.__getitem__, range(i0, i1))) / (i1 - i0)
        out.append((btoks[i0][0], btoks[i1 - 1][1], typ, round(conf, 3)))
    return out


@dataclass
class Entities:
    spans: list[tuple[int, int, str, float]]
    model: str


@register
class EntityRecognizer(Component):
    name = "entities.v1"
    requires = ("sentences", "tokens", "language")
    assigns = ("entities",)

    def predict(self, article: Article) -> Entities:
        lang = model_language(article.language, article.text)
        sents = article.spans("sentences")  # offsets only: compact layers stay compact
        layer = article.layers.get("tokens")
        rows = layer.packed() if isinstance(layer, SpanLayer) else None
        # the tokens layer's (start, end, kind) rows as they are, rather than a pair made for each
        toks = rows[0] if rows is not None else article.spans("tokens")
        return Entities(_tag_segmented(article.text, sents, toks, lang), f"ner-{lang}")

    def set_annotations(self, article: Article, result: Entities) -> None:
        article.add(
            "entities",
            [Annotation(s, e, typ, self.name, conf, {"model": result.model}) for s, e, typ, conf in result.spans],
        )
