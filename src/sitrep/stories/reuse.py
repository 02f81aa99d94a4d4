"""Which article reuses which: exact and near copies, rewrites, translations.

- ``exact`` / ``near``: the corpus's duplicate detection (content hash,
  MinHash of the body) already links them; they are kept as reuse links too.
- ``rewrite``: same language, at least ``REWRITE_MIN_PAIRS`` sentences (and
  ``REWRITE_MIN_COVERAGE`` of the shorter article's sentences) shared word
  for word or nearly (reordered, shortened, with added lines). When almost
  every sentence is shared the link is a ``near`` copy even if MinHash missed it.
- ``translation``: different languages, the whole-document cosine of the
  language-independent keys (:mod:`~sitrep.stories.features`) at least
  ``TRANSLATION_MIN_SCORE`` and at least ``TRANSLATION_MIN_COVERAGE`` of the
  shorter article's sentences (``TRANSLATION_MIN_COVERAGE_LONGER`` of the
  longer's) aligned in order to a sentence of the other, with the
  lengths of the two within a factor ``1 / TRANSLATION_MIN_LENGTH_RATIO``.

The score of a link is the document score (translation) or the share of the
shorter article's sentences reused (rewrite, near); the aligned sentence pairs
are its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from . import align

REWRITE_MIN_PAIRS = 2
REWRITE_MIN_COVERAGE = 0.3
NEAR_MIN_COVERAGE = 0.9
TRANSLATION_MIN_SCORE = 0.15
TRANSLATION_MIN_COVERAGE = 0.5
TRANSLATION_MIN_COVERAGE_LONGER = 0.6
TRANSLATION_MIN_LENGTH_RATIO = 0.4
PRODUCER = "reuse.v1"


@dataclass
class Doc:
    """One side of a comparison: text, sentence spans, language, where its body starts."""

    text: str
    spans: list[tuple[int, int]]
    language: str | None
    body_start: int = 0
    _keys: object = field(default=None, repr=False)
    _shingled: align.Shingled | None = field(default=None, repr=False)

    def body_spans(self) -> list[tuple[int, int]]:
        return [(s, e) for s, e in self.spans if s >= self.body_start] or self.spans

    def shingled(self) -> align.Shingled:
        """The body's sentences as same-language alignment compares them (made once: a new article
        is compared with several stored ones, a stored one kept by the linker with many new ones)."""
        if self._shingled is None:
            self._shingled = align.Shingled.of(self.text, self.body_spans())
        return self._shingled

    def cross_keys(self):
        if self._keys is None:
            self._keys = align.cross_keys(self.text[self.body_start:])
        return self._keys


@dataclass
class Link:
    kind: str
    score: float
    pairs: list[align.Pair]

    def evidence(self) -> list[list]:
        return [p.to_list() for p in self.pairs]


def document_score(a: Doc, b: Doc, idf: Callable[[str], float]) -> float:
    """Cosine of the two bodies' language-independent key vectors."""
    return align.cosine(align.weighted(a.cross_keys(), idf), align.weighted(b.cross_keys(), idf))


def compare(a: Doc, b: Doc, idf: Callable[[str], float]) -> Link | None:
    """The reuse link between ``a`` and ``b`` (either direction), or None."""
    if a.language and b.language and a.language == b.language:
        pairs = align.align_shingled(a.shingled(), b.shingled())
        cov = align.coverage(pairs, a.body_spans(), b.body_spans())
        if len(pairs) < REWRITE_MIN_PAIRS and cov < 1.0:
            return None
        if not pairs:
            return None
        if cov >= NEAR_MIN_COVERAGE and sum(p.score for p in pairs) / len(pairs) >= 0.9:
            la, lb = len(a.text) - a.body_start, len(b.text) - b.body_start
            if min(la, lb) / max(la, lb, 1) >= 0.8:
                return Link("near", round(cov, 4), pairs)
        if cov >= REWRITE_MIN_COVERAGE:
            return Link("rewrite", round(cov, 4), pairs)
        return None
    la, lb = len(a.text) - a.body_start, len(b.text) - b.body_start
    if min(la, lb) / max(la, lb, 1) < TRANSLATION_MIN_LENGTH_RATIO:
        return None
    score = document_score(a, b, idf)
    if score < TRANSLATION_MIN_SCORE:
        return None
    pairs = align.align_cross_language(a.text, a.body_spans(), b.text, b.body_spans(), idf)
    if (align.coverage(pairs, a.body_spans(), b.body_spans()) < TRANSLATION_MIN_COVERAGE
            or align.coverage(pairs, a.body_spans(), b.body_spans(), longer=True) < TRANSLATION_MIN_COVERAGE_LONGER):
        return None
    return Link("translation", round(score, 4), pairs)
