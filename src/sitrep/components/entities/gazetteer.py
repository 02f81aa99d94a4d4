"""Gazetteer features from the actor file: which tokens lie in a known name.

Each token inside a match of the actor file's patterns gets a feature naming
the kind of actor (``PER``, ``ORG``, ``LOC`` for states and capitals,
``DESC`` for descriptions such as "ministère russe de la Défense") and its
position (``B``/``I``), so the CRF can learn how far to trust the list.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..actors import text_scan
from ..actors.text import Words, stems_of, word_columns  # Words: the words as three columns (kept importable from here)

TYPE_OF = {"person": "PER", "organisation": "ORG", "state": "LOC", "group": "DESC"}


@lru_cache(maxsize=1)
def _matcher():
    from ..actors import Matcher
    from ..actors.kb import load

    return Matcher(load(), None), load()


def token_tags(text: str, tokens: list[tuple[int, int]]) -> list[str | None]:
    """A gazetteer feature (or None) for each token ``(start, end, ...)`` of one sentence."""
    if not tokens:
        return []
    tokens = [(t[0], t[1]) for t in tokens]
    ws = _words(text, tokens[0][0], tokens[-1][1])
    if not ws:
        return [None] * len(tokens)
    stems = stems_of(ws.words)
    return _assign(tokens, _spans(text, ws, stems, _matcher()[0].scan(text, ws, stems)))


def _words(text: str, lo: int, hi: int) -> Words:
    """The words of ``text[lo:hi]`` (``actors.text.WORD_RE``), in ``text``'s offsets
    (:func:`..actors.text.word_columns`: no match object per word)."""
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
        if pat.kind in ("role", "adjective", "blocked"):  # (blocked: "Niger Delta", see cues.tsv)
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


def _range_scan(text: str, lo: int, hi: int) -> tuple[Words, list[str], list]:
    """The words of ``text[lo:hi]`` (:func:`_words`), their stems and the matcher's matches in
    them, read from the scan of the whole text (``actors.text_scan``: made once per article,
    and read again by ``actors.v1``) where that gives the same: no word and no match runs
    across ``lo`` or ``hi``.

    Then the words are the same (the word pattern finds the same words after a word's end),
    and so are the matches: the scan goes left to right taking at each word the longest
    match starting there; a match of the whole text that ends by ``hi`` is one the range's
    scan also finds, and the whole text's scan enters the range at a word where no match
    is open, as the range's scan starts.  Otherwise the range is scanned alone."""
    words, stems, matches = text_scan(text, _matcher()[0])
    starts, ends = words.starts, words.ends
    a, b = bisect_left(starts, lo), bisect_left(starts, hi)
    if (a == 0 or ends[a - 1] <= lo) and (b == 0 or ends[b - 1] <= hi):
        if a == 0 and b == len(starts):
            return words, stems, matches
        inside = []
        for i0, i1, pats in matches:
            if i1 <= a or i0 >= b:
                continue
            if i0 < a or i1 > b:
                break
            inside.append((i0 - a, i1 - a, pats))
        else:
            return Words(starts[a:b], ends[a:b], words.words[a:b]), stems[a:b], inside
    ws = _words(text, lo, hi)
    stems = stems_of(ws.words)
    return ws, stems, _matcher()[0].scan(text, ws, stems)


def group_tags(text: str, tokens: list[tuple[int, int]], groups: list[tuple[int, int]],
               columns: tuple[list[int], list[int]] | None = None) -> list[str | None]:
    """:func:`token_tags` of each sentence ``tokens[a:b]`` for ``(a, b)`` in ``groups``, concatenated
    (``columns``: the starts and the ends of those tokens, in that order, when the caller has them).

    The words of all the sentences are found, stemmed and matched in one pass; where that
    could differ from matching each sentence alone (a word or a match across a sentence's
    edge, a word outside every sentence) each sentence is matched alone.
    """
    if not groups:
        return []
    bounds = [(tokens[a][0], tokens[b - 1][1]) for a, b in groups]
    starts = [b0 for b0, _ in bounds]
    lo, hi = bounds[0][0], bounds[-1][1]
    if all(bounds[i][1] <= bounds[i + 1][0] for i in range(len(bounds) - 1)):
        ws, stems, matches = _range_scan(text, lo, hi)
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
            sent = [bisect_right(starts, wstarts[i0]) - 1 for i0, _, _ in matches]
            if all(wstarts[i1 - 1] < bounds[k][1] for (_, i1, _), k in zip(matches, sent)):
                # each sentence's matches lie inside it and come in sentence order: assigning
                # them to all the sentences' tokens at once is assigning each sentence's alone
                if columns is None:
                    columns = ([t[0] for a, b in groups for t in tokens[a:b]], [t[1] for a, b in groups for t in tokens[a:b]])
                return _assign_all(columns[0], columns[1], _spans(text, ws, stems, matches))
    out = []
    for a, b in groups:
        out.extend(token_tags(text, tokens[a:b]))
    return out
