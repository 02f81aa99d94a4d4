"""Required literals of a rule: strings one of which every match of the rule contains.

The time rules are expressions over the raw text, compiled with ``re.IGNORECASE``, run over
windows of the text (:mod:`.grammar`). ``re`` enters a rule at every position of its windows,
though many rules need a word that most windows lack (``ago``, ``later``, ``centuries``, a
``0`` before ``s``...). :func:`required_literals` reads such words off the rule's parse tree,
lower-cased, and :func:`lowered` gives the text lower-cased with the same offsets, so that a
window where ``str.find`` finds none of them is not scanned: it holds no match of the rule,
so the matches are the same.

Why the lower-cased text is enough: under ``re.IGNORECASE`` a text character matches a pattern
letter when their simple lower cases are equal, or through ``re``'s few extra equivalences
(``s``/``ſ``, ``i``/``ı``, ``в``/``ᲀ``, Greek letters...). :func:`lowered` answers only for a
text of characters whose lower case is one character and is never one of those extra
equivalents (Latin, Latin-1, Latin Extended-A but ``İ``, ``ı``, ``ſ``; Cyrillic; punctuation and
currency signs): there, every character a literal's letter matches lower-cases to that letter.
Any other text gets ``None`` and its windows are all scanned, as before.
"""

from __future__ import annotations

import re
from re import _constants as C
from re import _parser as P

#: most strings a set may hold while it is built
LIMIT = 64

#: a character outside the blocks where lower-casing keeps the offsets and ``re``'s case
#: equivalences are plain lower case (see the module's docstring)
_NOT_PLAIN = re.compile("[^\x00-\xb4\xb6-\u012f\u0132-\u017e\u0400-\u04ff\u2000-\u206f\u20a0-\u20cf]")


def lowered(text: str) -> str | None:
    """``text.lower()`` when every character of ``text`` is plain (see the module's
    docstring), else ``None``."""
    if _NOT_PLAIN.search(text) is not None:
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def plain_char(ch: str) -> bool:
    """Whether ``ch`` is a character :func:`lowered` accepts."""
    return _NOT_PLAIN.match(ch) is None


def required_literals(pattern: str, flags: int = 0, avoid: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of ``pattern`` contains (``None`` when
    none can be shown). Consecutive items with few possible strings (letters, small classes,
    optional letters, groups of such) are joined into the strings they can spell, together
    with the endings of the item before them and the beginnings of the item after them; an alternation needs one string of each of
    its branches. Of the candidate sets of a sequence the one whose shortest string is
    longest is kept, a set holding a word of ``avoid`` (common words) last."""
    found = _required(P.parse(pattern, flags).data, avoid)
    if found is None or not all(plain_char(c) for s in found for c in s):
        return None
    return minimal(found)


def minimal(strings) -> frozenset[str]:
    """``strings`` less those that contain another of them (a text holds one of the set
    exactly when it holds one of these)."""
    ordered = sorted(set(strings), key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _lower(code: int) -> str:
    return chr(code).lower()


def _exact_item(op, av) -> set[str] | None:
    """Every string the item can match (lower-cased), or ``None`` when not few."""
    if op is C.LITERAL:
        return {_lower(av)}
    if op is C.IN:
        out = set()
        for o, a in av:
            if o is C.LITERAL:
                out.add(_lower(a))
            elif o is C.RANGE and a[1] - a[0] < 16:
                out.update(_lower(x) for x in range(a[0], a[1] + 1))
            else:  # categories, negation: not few
                return None
        return out
    if op is C.BRANCH:
        out = set()
        for alternative in av[1]:
            strings = _exact(alternative.data)
            if strings is None:
                return None
            out |= strings
            if len(out) > LIMIT:
                return None
        return out
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _exact(sub.data)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, sub = av
        strings = _exact(sub.data) if high <= 3 else None
        if strings is None:
            return None
        out: set[str] = set()
        run = {""}
        for k in range(high + 1):
            if k >= low:
                out |= run
            run = _product(run, strings)
            if run is None or len(out) > LIMIT:
                return None
        return out
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}  # zero-width: nothing consumed
    return None  # back-references, ANY, categories...


def _product(a: set[str], b: set[str]) -> set[str] | None:
    if len(a) * len(b) > LIMIT:
        return None
    return {x + y for x in a for y in b}


def _exact(items) -> set[str] | None:
    run = {""}
    for op, av in items:
        strings = _exact_item(op, av)
        run = None if strings is None else _product(run, strings)
        if run is None:
            return None
    return run


def _edge_item(op, av, end: bool) -> set[str]:
    """Strings one of which every match of the item starts with (``end``: ends with); ``{""}``: none
    known."""
    strings = _exact_item(op, av)
    if strings is not None:
        return strings
    if op is C.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            out |= _edge(alternative.data, end)
            if len(out) > LIMIT:
                return {""}
        return out
    if op is C.SUBPATTERN and not (av[1] or av[2]):
        return _edge(av[3].data, end)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _edge(av[2].data, end)
    return {""}


def _edge(items, end: bool) -> set[str]:
    """The strings every match of the sequence ``items`` starts with (``end``: ends with), as long as the
    exact items at that edge make them."""
    run = {""}
    for op, av in (reversed(items) if end else items):
        strings = _exact_item(op, av)
        joined = None if strings is None else (_product(strings, run) if end else _product(run, strings))
        if joined is not None:
            run = joined
            continue
        edge = strings if strings is not None else _edge_item(op, av, end)
        longer = _product(edge, run) if end else _product(run, edge)
        return run if longer is None else longer
    return run


def _score(strings: set[str], avoid: frozenset[str]) -> tuple:
    return (not (strings & avoid), min(map(len, strings)), -len(strings))


def _required(items, avoid: frozenset[str]) -> set[str] | None:
    """The best candidate set of the sequence ``items`` (see :func:`required_literals`)."""
    candidates: list[set[str]] = []
    run = {""}
    for op, av in items:
        strings = _exact_item(op, av)
        joined = None if strings is None else _product(run, strings)
        if joined is not None:
            run = joined
            continue
        # the run ends here: it, followed by a beginning of this item, is in every match
        longer = _product(run, strings if strings is not None else _edge_item(op, av, False))
        candidates.append(run if longer is None else longer)
        if strings is None:
            inner = _required_item(op, av, avoid)
            if inner is not None:
                candidates.append(inner)
            run = _edge_item(op, av, True)  # what follows is joined to an ending of this item
        else:
            run = strings
    candidates.append(run)
    candidates = [c for c in candidates if c and "" not in c]
    if not candidates:
        return None
    return max(candidates, key=lambda c: _score(c, avoid))


def _required_item(op, av, avoid: frozenset[str]) -> set[str] | None:
    if op is C.BRANCH:  # one string of each branch
        out: set[str] = set()
        for alternative in av[1]:
            strings = _required(alternative.data, avoid)
            if strings is None:
                return None
            out |= strings
        return out
    if op is C.SUBPATTERN and not (av[1] or av[2]):
        return _required(av[3].data, avoid)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(av[2].data, avoid)
    return None
