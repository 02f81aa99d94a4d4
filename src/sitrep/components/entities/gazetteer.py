"""Gazetteer features from the actor file: which tokens lie in a known name.

Each token inside a match of the actor file's patterns gets a feature naming
the kind of actor (``PER``, ``ORG``, ``LOC`` for states and capitals,
``DESC`` for descriptions such as "ministère russe de la Défense") and its
position (``B``/``I``), so the CRF can learn how far to trust the list.
"""

from __future__ import annotations

from functools import lru_cache

TYPE_OF = {"person": "PER", "organisation": "ORG", "state": "LOC", "group": "DESC"}


@lru_cache(maxsize=1)
def _matcher():
    from ..actors import Matcher
    from ..actors.kb import load

    return Matcher(load(), None), load()


def token_tags(text: str, tokens: list[tuple[int, int]]) -> list[str | None]:
    """A gazetteer feature (or None) for each token span of one sentence."""
    from ..actors.text import stem, words

    if not tokens:
        return []
    base = tokens[0][0]
    chunk = text[base:tokens[-1][1]]
    ws = [(s + base, e + base, w) for s, e, w in words(chunk)]
    if not ws:
        return [None] * len(tokens)
    matcher, kb = _matcher()
    stems = [stem(w) for _, _, w in ws]
    spans = []
    for i0, i1, pats in matcher.scan(text, ws, stems):
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


def group_tags(text: str, tokens: list[tuple[int, int]], groups: list[tuple[int, int]]) -> list[str | None]:
    """:func:`token_tags` of each sentence ``tokens[a:b]`` for ``(a, b)`` in ``groups``, concatenated."""
    out: list[str | None] = []
    for a, b in groups:
        out.extend(token_tags(text, tokens[a:b]))
    return out
