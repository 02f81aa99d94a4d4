"""spaCy's infix search for ``sentences.v1``, with the same answers at a lower cost.

spaCy's tokeniser (and :meth:`~.segment.Tokens._wrapped`) asks the infix expression about
every new word; ``re`` enters it at every position of the word (about 3 µs a word). No match
can start before the first character that can begin one (the set comes from the expression's
parse tree, :mod:`sitrep.regex_guard`), so the search starts there, and a word without such a
character (most words) is not searched at all: ``finditer`` gives the same matches.
(Remembering the suffix expression's answers by the word's last characters, and ``match``
for the prefix expression, were tried: no faster.)

The suffix expression (asked several times about every new word: about 3.5 µs each) is an
alternation whose every alternative ends at ``$``; all but one are at most five characters
wide, and the other (``\\.\\.+$``) matches dots alone. So no match can start before the last
five characters unless those are all characters the unbounded alternatives can match: the
search starts there (``search(text, pos)`` still lets lookbehinds see the characters before),
about seven times cheaper, with the same match (:class:`SuffixSearch`).
``tests/components/test_segment_affixes.py`` compares the answers.
"""

from __future__ import annotations

import re
from re import _constants as C
from re import _parser as P

from ..regex_guard import first_char_guard


class InfixFinditer:
    """``pattern.finditer``, started at the first character that can begin a match."""

    def __init__(self, pattern: re.Pattern, firsts: re.Pattern) -> None:
        self.pattern = pattern
        self.firsts = firsts

    def __call__(self, text: str):
        m = self.firsts.search(text)
        return iter(()) if m is None else self.pattern.finditer(text, m.start())


def speed_up(nlp) -> None:
    """Give ``nlp``'s tokeniser the faster infix search when its expression has a
    first-character bound (an expression that can match the empty string has none), and
    the faster suffix search when its expression has the shape :func:`suffix_search` needs."""
    tok = nlp.tokenizer
    suffix = getattr(tok.suffix_search, "__self__", None)
    if isinstance(suffix, re.Pattern):
        fast = suffix_search(suffix)
        if fast is not None:
            tok.suffix_search = fast
    infix = getattr(tok.infix_finditer, "__self__", None)
    if isinstance(infix, re.Pattern):
        guard = first_char_guard(infix.pattern, infix.flags)
        if guard is not None:  # "(?=[...])": the class alone
            tok.infix_finditer = InfixFinditer(infix, re.compile(guard[3:-1], infix.flags))


class SuffixSearch:
    """``pattern.search`` for an expression whose every alternative ends at ``$``: started
    ``width`` characters before the end when the characters there cannot all belong to a
    match of an unbounded alternative (which alone could start earlier)."""

    def __init__(self, pattern: re.Pattern, width: int, chars: frozenset[str]) -> None:
        self.pattern = pattern
        self.width = width
        self.chars = chars
        self._search = pattern.search

    def __call__(self, text: str):
        n = len(text)
        w = self.width
        # ``$`` also matches before a final newline: such a text is searched whole
        if n > w and text[-1] != "\n" and not self.chars.issuperset(text[n - w :]):
            return self._search(text, n - w)
        return self._search(text)


def _consumed(items, out: set[str]) -> bool:
    """Add to ``out`` every character the parsed sequence can consume (lookarounds consume
    none); ``False`` when that set cannot be listed (classes, ``.``, back-references)."""
    for op, av in items:
        if op is C.LITERAL:
            out.add(chr(av))
        elif op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    out.add(chr(a))
                elif o is C.RANGE and a[1] - a[0] < 512:
                    out.update(map(chr, range(a[0], a[1] + 1)))
                else:
                    return False
        elif op is C.BRANCH:
            if not all(_consumed(alt.data, out) for alt in av[1]):
                return False
        elif op is C.SUBPATTERN:
            if not _consumed(av[3].data, out):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if not _consumed(av[2].data, out):
                return False
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        else:
            return False
    return True


def suffix_search(pattern: re.Pattern):
    """A :class:`SuffixSearch` for ``pattern``, or ``None`` when its shape does not allow one:
    a single alternation (case-sensitive) whose alternatives all end with ``$``, the bounded
    ones at most 64 characters wide, the others made of characters that can be listed."""
    if pattern.flags & re.IGNORECASE:
        return None
    tree = P.parse(pattern.pattern, pattern.flags)
    if len(tree.data) != 1 or tree.data[0][0] is not C.BRANCH:
        return None
    width = 0
    chars: set[str] = set()
    for alt in tree.data[0][1][1]:
        if not alt.data or alt.data[-1] != (C.AT, C.AT_END):
            return None
        high = alt.getwidth()[1]
        if high <= 64:
            width = max(width, high)
        elif not _consumed(alt.data, chars):
            return None
    return SuffixSearch(pattern, max(width, 1), frozenset(chars))
