"""A first-character guard for a regular expression, derived from its parse tree.

``re`` tries a pattern at every position of the text. When a pattern starts
with lookbehind assertions and a long alternation of words compiled with
``re.IGNORECASE`` (the time grammar's rules), every failing position costs the
entry into every alternative.  :func:`first_char_guard` computes the set of
characters a match can start with and returns a lookahead ``(?=[...])`` to put
in front: it rejects most positions with one character-class test, and
accepts every position where the original pattern can match, so the matches
are exactly the same (a pattern that can match the empty string, or whose
first character cannot be bounded, gets no guard).
"""

from __future__ import annotations

import re
from re import _constants as C
from re import _parser as P

_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W", C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S",
}

def edge_chars(items, last: bool = False) -> tuple[set | None, bool]:
    """The possible first characters of a parsed sequence (``last``: its possible last characters), as
    ``("lit", code)``, ``("range", (lo, hi))`` and ``("cat", category)`` items, and whether it can
    match empty; ``None`` when they cannot be bounded."""
    out: set = set()
    for op, av in reversed(items) if last else items:
        firsts, nullable = _edge_item(op, av, last)
        if firsts is None:
            return None, False
        out |= firsts
        if not nullable:
            return out, False
    return out, True


def _edge_item(op, av, last: bool) -> tuple[set | None, bool]:
    if op is C.LITERAL:
        return {("lit", av)}, False
    if op is C.IN:
        out = set()
        for o, a in av:
            if o is C.LITERAL:
                out.add(("lit", a))
            elif o is C.RANGE:
                out.add(("range", a))
            elif o is C.CATEGORY and a in _CATEGORIES:
                out.add(("cat", a))
            else:  # a negated set and the like: anything
                return None, False
        return out, False
    if op is C.BRANCH:
        out, nullable = set(), False
        for alternative in av[1]:
            firsts, empty = edge_chars(alternative.data, last)
            if firsts is None:
                return None, False
            out |= firsts
            nullable = nullable or empty
        return out, nullable
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None, False
        return edge_chars(sub.data, last)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        firsts, empty = edge_chars(sub.data, last)
        if firsts is None:
            return None, False
        return firsts, empty or low == 0
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return set(), True  # zero-width: the next item gives the edge character
    return None, False  # back-references, conditionals, ANY...


def first_char_guard(pattern: str, flags: int = 0) -> str | None:
    """``(?=[...])`` holding every character a match of ``pattern`` can start with, to be
    compiled in front of it with the same ``flags``; ``None`` when there is no such bound."""
    firsts, nullable = edge_chars(P.parse(pattern, flags).data)
    if firsts is None or nullable or not firsts:
        return None
    parts = []
    for kind, value in sorted(firsts, key=repr):
        if kind == "lit":
            parts.append(re.escape(chr(value)))
        elif kind == "range":
            parts.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
        else:
            parts.append(_CATEGORIES[value])
    return "(?=[" + "".join(parts) + "])"


def guarded(pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern`` compiled with its first-character guard in front (the same matches)."""
    guard = first_char_guard(pattern, flags)
    return re.compile((guard or "") + pattern, flags)
