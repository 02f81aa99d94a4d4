"""Sentence alignment between two articles: the evidence of a reuse link.

Same language: word-pair overlap of each sentence pair (Jaccard of case-folded
word bigrams, or 0.8 x their containment in the shorter sentence, whichever is higher). Across languages: cosine of the sentences' language-independent
keys (phonetic skeletons, character trigrams of transliterated words, numbers)
weighted by the corpus's inverse document frequency. Pairs are chosen greedily,
best first, each sentence used once (reordered sentences still align).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import mul
from typing import Callable

from . import features

#: a same-language sentence pair aligns from this word-bigram Jaccard
MONO_MIN = 0.4
#: a same-language pair also scores this share of its containment (shared bigrams / the shorter's)
CONTAINMENT_WEIGHT = 0.8
#: a cross-language sentence pair aligns from this cosine of keys
CROSS_MIN = 0.12
#: share of a cross-language pair's value that depends on its lengths matching the documents' ratio
LENGTH_WEIGHT = 0.3


@dataclass(frozen=True)
class Pair:
    a: tuple[int, int]   # sentence span in the first article
    b: tuple[int, int]   # sentence span in the second
    score: float

    def to_list(self) -> list:
        return [self.a[0], self.a[1], self.b[0], self.b[1], round(self.score, 3)]


def dot(x: dict[str, float], y: dict[str, float]) -> float:
    """``sum(v * y.get(k, 0.0) for k, v in x.items())``: the same products added in the same order
    (the same float), in C."""
    return sum(map(mul, x.values(), map(y.get, x, repeat(0.0))))


def cosine(x: dict[str, float], y: dict[str, float]) -> float:
    if len(x) > len(y):
        x, y = y, x
    return dot(x, y)


def weighted(counts: Counter, idf: Callable[[str], float]) -> dict[str, float]:
    """Unit-length tf-idf vector (log tf)."""
    v = {k: (1.0 + math.log(n)) * idf(k) for k, n in counts.items() if n > 0}
    norm = math.sqrt(sum(map(mul, v.values(), v.values()))) or 1.0
    return {k: x / norm for k, x in v.items() if x > 0}


def cross_keys(text: str) -> Counter:
    """Skeleton and trigram keys of a text (trigrams prefixed ``~``)."""
    c = Counter(features.word_keys(text))
    c.update("~" + t for t in features.trigram_keys(text))
    return c


#: sentences whose keys stay cached (the linker compares an article with several others, and a
#: stored article with many new ones); the cached sets and Counters are only read
SENTENCE_CACHE = 4096


@lru_cache(maxsize=SENTENCE_CACHE)
def _sentence_shingles(sentence: str) -> set[str]:
    return features.shingle_keys(sentence)


@lru_cache(maxsize=SENTENCE_CACHE)
def _sentence_cross_keys(sentence: str) -> Counter:
    return cross_keys(sentence)


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


@dataclass
class Shingled:
    """The sentences of one text as :func:`align_same_language` compares them: the spans long enough
    (:func:`_spans`), the word pairs of each, and an index of which sentences hold each word pair
    (built on first use). The linker compares a new article with several stored ones, and a stored
    one with many new ones: made once per article side (:meth:`reuse.Doc.shingled`), not per
    comparison. Only read once made."""

    spans: list[tuple[int, int]]
    keys: list[set[str]]
    _index: dict[str, list[int]] | None = None

    @classmethod
    def of(cls, text: str, spans) -> "Shingled":
        sp = _spans(text, spans)
        return cls(sp, [_sentence_shingles(text[s:e]) for s, e in sp])

    def index(self) -> dict[str, list[int]]:
        """word pair -> the sentences holding it, in order"""
        if self._index is None:
            index: dict[str, list[int]] = {}
            for j, y in enumerate(self.keys):
                for key in y:
                    index.setdefault(key, []).append(j)
            self._index = index
        return self._index


def align_same_language(text_a: str, spans_a, text_b: str, spans_b) -> list[Pair]:
    return align_shingled(Shingled.of(text_a, spans_a), Shingled.of(text_b, spans_b))


def align_shingled(a: Shingled, b: Shingled) -> list[Pair]:
    """:func:`align_same_language` of two texts' :class:`Shingled` sentences."""
    ka, kb = a.keys, b.keys
    # the pairs sharing at least one key, through an index of kb's keys (not every pair's
    # intersection): |x & y| counted per sentence j of b, |x | y| = |x| + |y| - |x & y|. Only the
    # keys of x that b holds are looked at (a set intersection, in C: most of a sentence's word
    # pairs are in no sentence of the other article); the order in which the pairs are scored does
    # not matter (:func:`_greedy` sorts them by score, then position)
    index = b.index()
    held = index.keys()
    scores = []
    for i, x in enumerate(ka):
        common = held & x
        if not common:
            continue
        shared: Counter = Counter()
        for key in common:
            shared.update(index[key])
        nx = len(x)
        for j, inter in shared.items():
            ny = len(kb[j])
            # a shortened sentence is contained in its source
            contained = inter / min(nx, ny) if min(nx, ny) >= 4 else 0.0
            scores.append((max(inter / (nx + ny - inter), CONTAINMENT_WEIGHT * contained), i, j))
    sa, sb = a.spans, b.spans
    return [Pair(sa[i], sb[j], s) for s, i, j in _greedy(scores, MONO_MIN)]


def align_cross_language(text_a: str, spans_a, text_b: str, spans_b, idf: Callable[[str], float]) -> list[Pair]:
    """Monotone 1-1 alignment (translations keep the order of sentences; a dynamic programme in the
    manner of Gale and Church): a pair's value is the cosine of its keys, lowered by up to
    ``LENGTH_WEIGHT`` when the two lengths disagree with the documents' overall length ratio; pairs
    below ``CROSS_MIN`` are dropped."""
    sa = _spans(text_a, spans_a)
    sb = _spans(text_b, spans_b)
    if not sa or not sb:
        return []
    va = [weighted(_sentence_cross_keys(text_a[s:e]), idf) for s, e in sa]
    vb = [weighted(_sentence_cross_keys(text_b[s:e]), idf) for s, e in sb]
    total = sum(e - s for s, e in sb) / max(1, sum(e - s for s, e in sa))
    value = _pair_values(va, vb, [e - s for s, e in sa], [e - s for s, e in sb], total)
    n, m = len(sa), len(sb)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + value[i][j])
    out, i, j = [], 0, 0
    while i < n and j < m:
        if value[i][j] > 0 and best[i][j] == best[i + 1][j + 1] + value[i][j]:
            if value[i][j] >= CROSS_MIN:
                out.append(Pair(sa[i], sb[j], value[i][j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return out


def _pair_values(va: list[dict[str, float]], vb: list[dict[str, float]], la: list[int], lb: list[int],
                 total: float) -> list[list[float]]:
    """``value[i][j]`` of :func:`align_cross_language`: the cosine of sentence ``i`` of a and ``j`` of
    b (one sparse matrix product over their keys), times the length agreement
    ``1 - LENGTH_WEIGHT + LENGTH_WEIGHT * max(0, 1 - |log(lb / (la * total))| / 0.5)``; 0 where they
    share no key. The products are added in another order than :func:`cosine`'s (last-bit
    differences)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    index: dict[str, int] = {}
    key = index.setdefault

    def matrix(vectors: list[dict[str, float]]):
        cols = [key(k, len(index)) for v in vectors for k in v]
        data = [x for v in vectors for x in v.values()]
        ptr = np.cumsum([0] + [len(v) for v in vectors])
        return cols, data, ptr

    ca, da, pa = matrix(va)
    cb, db, pb = matrix(vb)
    k = max(1, len(index))
    a = csr_matrix((np.array(da, dtype=float), np.array(ca, dtype=np.int64), pa), shape=(len(va), k))
    b = csr_matrix((np.array(db, dtype=float), np.array(cb, dtype=np.int64), pb), shape=(len(vb), k))
    lex = (a @ b.T).toarray()
    off = np.abs(np.log(np.asarray(lb, dtype=float)[None, :] / (np.asarray(la, dtype=float)[:, None] * total)))
    value = lex * ((1.0 - LENGTH_WEIGHT) + LENGTH_WEIGHT * np.maximum(0.0, 1.0 - off / 0.5))
    return np.where(lex > 0, value, 0.0).tolist()


def coverage(pairs: list[Pair], spans_a, spans_b, longer: bool = False) -> float:
    """Share of the shorter (``longer``: the longer) article's long enough sentences that align."""
    na = len([1 for s, e in spans_a if e - s >= 12])
    nb = len([1 for s, e in spans_b if e - s >= 12])
    n = max(na, nb) if longer else min(na, nb)
    return len(pairs) / n if n else 0.0
