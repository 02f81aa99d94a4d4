"""Sentence alignment between two articles: the evidence of a reuse link.

Same language: word-pair overlap (Jaccard of case-folded word bigrams) of each
sentence pair. Across languages: cosine of the sentences' language-independent
keys (phonetic skeletons, character trigrams of transliterated words, numbers)
weighted by the corpus's inverse document frequency. Pairs are chosen greedily,
best first, each sentence used once (reordered sentences still align).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from . import features

#: a same-language sentence pair aligns from this word-bigram Jaccard
MONO_MIN = 0.5
#: a cross-language sentence pair aligns from this cosine of keys
CROSS_MIN = 0.12


@dataclass(frozen=True)
class Pair:
    a: tuple[int, int]   # sentence span in the first article
    b: tuple[int, int]   # sentence span in the second
    score: float

    def to_list(self) -> list:
        return [self.a[0], self.a[1], self.b[0], self.b[1], round(self.score, 3)]


def cosine(x: dict[str, float], y: dict[str, float]) -> float:
    if len(x) > len(y):
        x, y = y, x
    return sum(v * y.get(k, 0.0) for k, v in x.items())


def weighted(counts: Counter, idf: Callable[[str], float]) -> dict[str, float]:
    """Unit-length tf-idf vector (log tf)."""
    v = {k: (1.0 + math.log(n)) * idf(k) for k, n in counts.items() if n > 0}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {k: x / norm for k, x in v.items() if x > 0}


def cross_keys(text: str) -> Counter:
    """Skeleton and trigram keys of a text (trigrams prefixed ``~``)."""
    c = Counter(features.word_keys(text))
    c.update("~" + t for t in features.trigram_keys(text))
    return c


def _greedy(scores: list[tuple[float, int, int]], minimum: float) -> list[tuple[float, int, int]]:
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for s, i, j in sorted(scores, reverse=True):
        if s < minimum:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        out.append((s, i, j))
    return sorted(out, key=lambda t: t[1])


def _spans(text: str, spans: list[tuple[int, int]], limit: int = 80) -> list[tuple[int, int]]:
    return [(s, e) for s, e in spans if e - s >= 12][:limit]


def align_same_language(text_a: str, spans_a, text_b: str, spans_b) -> list[Pair]:
    sa = _spans(text_a, spans_a)
    sb = _spans(text_b, spans_b)
    ka = [features.shingle_keys(text_a[s:e]) for s, e in sa]
    kb = [features.shingle_keys(text_b[s:e]) for s, e in sb]
    scores = []
    for i, x in enumerate(ka):
        if not x:
            continue
        for j, y in enumerate(kb):
            if y:
                inter = len(x & y)
                if inter:
                    scores.append((inter / len(x | y), i, j))
    return [Pair(sa[i], sb[j], s) for s, i, j in _greedy(scores, MONO_MIN)]


def align_cross_language(text_a: str, spans_a, text_b: str, spans_b, idf: Callable[[str], float]) -> list[Pair]:
    sa = _spans(text_a, spans_a)
    sb = _spans(text_b, spans_b)
    va = [weighted(cross_keys(text_a[s:e]), idf) for s, e in sa]
    vb = [weighted(cross_keys(text_b[s:e]), idf) for s, e in sb]
    scores = []
    for i, x in enumerate(va):
        for j, y in enumerate(vb):
            s = cosine(x, y)
            if s > 0:
                # translated sentences keep their length within a factor of about two
                la, lb = sa[i][1] - sa[i][0], sb[j][1] - sb[j][0]
                ratio = min(la, lb) / max(la, lb)
                scores.append((s * (0.5 + 0.5 * ratio), i, j))
    return [Pair(sa[i], sb[j], s) for s, i, j in _greedy(scores, CROSS_MIN)]


def coverage(pairs: list[Pair], spans_a, spans_b) -> float:
    """Share of the shorter article's (long enough) sentences that align."""
    na = len([1 for s, e in spans_a if e - s >= 12])
    nb = len([1 for s, e in spans_b if e - s >= 12])
    shorter = min(na, nb)
    return len(pairs) / shorter if shorter else 0.0
