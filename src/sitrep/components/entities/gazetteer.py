"""Gazetteer features from the actor file: which tokens lie in a known name.

Each token inside a match of the actor file's patterns gets a feature naming
the kind of actor (``PER``, ``ORG``, ``LOC`` for states and capitals,
``DESC`` for descriptions such as "ministère russe de la Défense") and its
position (``B``/``I``), so the CRF can learn how far to trust the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

TYPE_OF = {"person": "PER", "organisation": "ORG", "state": "LOC", "group": "DESC"}


@lru_cache(maxsize=1)
def _matcher():
    from ..actors import Matcher
    from ..actors.kb import load

    return Matcher(load(), None), load()


def token_tags(text: str, tokens: list[tuple[int, int]]) -> list[str | None]:
    """A gazetteer feature (or None) for each token span of one sentence."""
    from ..actors.text import stems_of

    if not tokens:
        return []
    ws = _words(text, tokens[0][0], tokens[-1][1])
    if not ws:
        return [None] * len(tokens)
    stems = stems_of(ws.words)
    return _assign(tokens, _spans(text, ws, stems, _matcher()[0].scan(text, ws, stems)))


class Words(Sequence):
    """The words of a text as three columns (starts, ends, words), read as a sequence of
    ``(start, end, word)`` like ``actors.text.words`` gives: the matcher looks at a few words
    only, so no tuple is made for the others."""

    __slots__ = ("starts", "ends", "words")

    def __init__(self, starts: list[int], ends: list[int], words: list[str]) -> None:
        self.starts, self.ends, self.words = starts, ends, words

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(zip(self.starts[i], self.ends[i], self.words[i]))
        return self.starts[i], self.ends[i], self.words[i]

    def __iter__(self):
        return zip(self.starts, self.ends, self.words)


def _words(text: str, lo: int, hi: int) -> Words:
    """The words of ``text[lo:hi]`` (``actors.text.WORD_RE``), in ``text``'s offsets
    (:func:`..actors.text.word_columns`: no match object per word)."""
    from ..actors.text import word_columns

    starts, ends, ws = word_columns(text[lo:hi])
    if lo:
        starts = [s + lo for s in starts]
        ends = [e + lo for e in ends]
    return Words(starts, ends, ws)


def _spans(text, ws, stems, matches) -> list[tuple[int, int, str]]:
    kb = _matcher()[1]
    spans = []
    for i0, i1, pats in matches:
        pat = pats[0]
        if pat.kind in ("role", "adjective"):
            continue
        if pat.kind == "capital":
            typ = "LOC"
        elif pat.kind in ("description", "nested"):
            typ = "DESC"
        else:
            typ = TYPE_OF.get(kb.actors[pat.target].type)
        if typ:
            spans.append((ws[i0][0], ws[i1 - 1][1], typ))
    return spans


def _assign(tokens, spans) -> list[str | None]:
    out: list[str | None] = []
    si = 0
    for s, e in tokens:
        while si < len(spans) and spans[si][1] <= s:
            si += 1
        if si < len(spans) and spans[si][0] < e:
            out.append(("B-" if s <= spans[si][0] else "I-") + spans[si][2])
        else:
            out.append(None)
    return out


def _assign_all(starts: list[int], ends: list[int], spans) -> list[str | None]:
    """:func:`_assign` of the tokens ``(starts[i], ends[i])`` (in text order), in time
    proportional to the spans and the tokens they cover.

    :func:`_assign` tags a token by the first span that ends after the token's start (spans
    are in match order: a nested one follows the one around it): that is span ``i`` for the
    tokens starting from the largest end of ``spans[:i]`` to the largest end of
    ``spans[:i + 1]``; the token is tagged when it also ends after the span's start.
    """
    from bisect import bisect_left

    out: list[str | None] = [None] * len(starts)
    reach = None  # the largest end of the spans so far
    lo = 0
    for s0, e0, typ in spans:
        if reach is not None and e0 <= reach:
            continue  # no token's first span: an earlier one ends after it
        hi = bisect_left(starts, e0, lo)
        if reach is None or reach < e0:
            reach = e0
        for t in range(lo, hi):
            if ends[t] > s0:
                out[t] = ("B-" if starts[t] <= s0 else "I-") + typ
        lo = hi
    return out


def group_tags(text: str, tokens: list[tuple[int, int]], groups: list[tuple[int, int]]) -> list[str | None]:
    """:func:`token_tags` of each sentence ``tokens[a:b]`` for ``(a, b)`` in ``groups``, concatenated.

    The words of all the sentences are found, stemmed and matched in one pass; where that
    could differ from matching each sentence alone (a word or a match across a sentence's
    edge, a word outside every sentence) each sentence is matched alone.
    """
    from bisect import bisect_right

    from ..actors.text import stems_of

    if not groups:
        return []
    bounds = [(tokens[a][0], tokens[b - 1][1]) for a, b in groups]
    starts = [b0 for b0, _ in bounds]
    lo, hi = bounds[0][0], bounds[-1][1]
    if all(bounds[i][1] <= bounds[i + 1][0] for i in range(len(bounds) - 1)):
        ws = _words(text, lo, hi)
        wstarts, wends = ws.starts, ws.ends
        # every word lies inside one sentence: none starts in a gap or runs past its sentence's end
        clean = True
        for k, (b0, b1) in enumerate(bounds):
            i = bisect_right(wstarts, b1 - 1) - 1  # the last word starting inside sentence k (or before)
            if i >= 0 and wends[i] > b1:
                clean = False
                break
            if k + 1 < len(bounds) and bisect_right(wstarts, starts[k + 1] - 1) != bisect_right(wstarts, b1 - 1):
                clean = False  # a word starts between this sentence and the next
                break
        if clean:
            # the stems memo is shared with actors.v1, which stems the same words next
            stems = stems_of(ws.words)
            matches = _matcher()[0].scan(text, ws, stems)
            sent = [bisect_right(starts, wstarts[i0]) - 1 for i0, _, _ in matches]
            if all(wstarts[i1 - 1] < bounds[k][1] for (_, i1, _), k in zip(matches, sent)):
                # each sentence's matches lie inside it and come in sentence order: assigning
                # them to all the sentences' tokens at once is assigning each sentence's alone
                return _assign_all([s for a, b in groups for s, _ in tokens[a:b]],
                                   [e for a, b in groups for _, e in tokens[a:b]],
                                   _spans(text, ws, stems, matches))
    out = []
    for a, b in groups:
        out.extend(token_tags(text, tokens[a:b]))
    return out
