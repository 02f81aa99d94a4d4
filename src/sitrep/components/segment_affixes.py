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

Both expressions are alternations of many pieces (spaCy joins its prefix list as ``^piece|...``
and its suffix list as ``piece$|...``), and ``re`` enters every piece in turn: about 0.5 µs
for a prefix, 2 µs for a suffix, even on a word no piece can cut. A prefix match starts at the
word's first character and a suffix match ends at its last one, so a piece whose possible
first (last) characters, read off its parse tree, exclude the word's first (last) character
cannot match: :class:`EdgeSplit` keeps, per edge character, the alternation of the pieces that
can (in their order: at any start ``re`` takes the first piece that matches, and the pieces
dropped match nowhere), and none at all for most letters.
``tests/components/test_segment_affixes.py`` compares the answers.
"""

from __future__ import annotations

import re
from re import _constants as C
from re import _parser as P

from ..regex_guard import _CATEGORIES, edge_chars, first_char_guard


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
    prefix = getattr(tok.prefix_search, "__self__", None)
    if isinstance(prefix, re.Pattern):
        split = EdgeSplit.of(prefix, last=False)
        if split is not None:
            tok.prefix_search = PrefixSearch(prefix, split)
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

    def __init__(self, pattern: re.Pattern, width: int, chars: frozenset[str], split: EdgeSplit | None = None) -> None:
        self.pattern = pattern
        self.width = width
        self.chars = chars
        self._search = pattern.search
        self.split = split

    def __call__(self, text: str):
        n = len(text)
        # ``$`` also matches before a final newline: such a text is searched whole
        if not n or text[-1] == "\n":
            return self._search(text)
        search = self._search
        if self.split is not None:
            # only the pieces that can end with the last character (most letters: none)
            search = self.split.search(text[-1])
            if search is None:
                return None
        w = self.width
        if n > w and not self.chars.issuperset(text[n - w :]):
            return search(text, n - w)
        return search(text)


class PrefixSearch:
    """``pattern.search`` for spaCy's prefix expression (every piece starts with ``^``): only
    the pieces that can start with the text's first character are tried (:class:`EdgeSplit`)."""

    def __init__(self, pattern: re.Pattern, split: EdgeSplit) -> None:
        self.pattern = pattern
        self._search = pattern.search
        self.split = split

    def __call__(self, text: str):
        if not text:
            return self._search(text)
        search = self.split.search(text[0])
        return None if search is None else search(text)


#: edge characters whose alternation :class:`EdgeSplit` remembers before starting afresh
EDGE_MEMO = 4096


class EdgeSplit:
    """The pieces of an alternation ``piece|piece|...`` (spaCy's prefix or suffix expression)
    that can begin (``last=False``) or end (``last=True``) a match with a given character, as
    one compiled alternation per character (``None``: no piece can).

    Each piece's possible first (last) consumed characters come from its parse tree
    (zero-width items skipped); a piece that can match the empty string, or whose edge
    characters cannot be bounded, is kept for every character. Used only where every match
    starts at the text's first character (each piece begins with ``^``) or ends at its last
    one (each ends with ``$``, and the text does not end with a newline)."""

    def __init__(self, pattern: re.Pattern, pieces: list[str], edges: list) -> None:
        self.pattern = pattern
        self.pieces = pieces
        self.edges = edges  # per piece: a set of characters, a compiled class, or None (any)
        self._by_char: dict[str, object] = {}
        self._by_pieces: dict[tuple[int, ...], re.Pattern] = {}

    @classmethod
    def of(cls, pattern: re.Pattern, last: bool) -> EdgeSplit | None:
        """The split of ``pattern`` into its pieces, or ``None`` when it is not an alternation
        of anchored pieces (each ``^...`` when ``last`` is false, ``...$`` when true)."""
        pieces = _alternatives(pattern.pattern)
        if pieces is None or len(pieces) < 2:
            return None
        edges = []
        anchor = (C.AT, C.AT_END) if last else (C.AT, C.AT_BEGINNING)
        for piece in pieces:
            try:
                tree = P.parse(piece, pattern.flags)
            except re.error:
                return None
            if tree.state.flags & ~pattern.flags or not tree.data:
                return None  # an inline global flag: not the same piece alone
            if (tree.data[-1] if last else tree.data[0]) != anchor:
                return None
            edges.append(_edge_class(tree.data, last, pattern.flags))
        return cls(pattern, pieces, edges)

    def search(self, char: str):
        """The ``search`` of the alternation of the pieces that can have ``char`` at their
        edge, or ``None``."""
        try:
            return self._by_char[char]
        except KeyError:
            pass
        keep = tuple(i for i, edge in enumerate(self.edges) if _admits(edge, char))
        found = None
        if keep:
            compiled = self._by_pieces.get(keep)
            if compiled is None:
                if len(self._by_pieces) >= EDGE_MEMO:
                    self._by_pieces.clear()
                compiled = self._by_pieces[keep] = re.compile(
                    "|".join(self.pieces[i] for i in keep), self.pattern.flags
                )
            found = compiled.search
        if len(self._by_char) >= EDGE_MEMO:  # hostile text: bounded all the same
            self._by_char.clear()
        self._by_char[char] = found
        return found


def _admits(edge, char: str) -> bool:
    if edge is None:
        return True
    if isinstance(edge, frozenset):
        return char in edge
    return edge.match(char) is not None


def _edge_class(items, last: bool, flags: int):
    """The characters a match of the parsed sequence ``items`` can begin (end) with: a
    frozenset, or a compiled character class when it holds categories (``\\d``); ``None``
    when that cannot be bounded or the sequence can match the empty string."""
    firsts, nullable = edge_chars(items, last)
    if firsts is None or nullable or not firsts:
        return None
    chars: set[str] = set()
    parts = []
    for kind, value in firsts:
        if kind == "lit":
            chars.add(chr(value))
        elif kind == "range" and value[1] - value[0] < 4096:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        elif kind == "range":
            parts.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
        else:
            parts.append(_CATEGORIES[value])
    if flags & re.IGNORECASE:
        return None  # case equivalents: not worth listing (spaCy's expressions are case-sensitive)
    if not parts:
        return frozenset(chars)
    return re.compile("[" + "".join(parts + [re.escape(c) for c in sorted(chars)]) + "]", flags)


def never_within_letters(search) -> bool:
    """Whether the expression behind ``search`` (a compiled pattern's ``search``, or one of the
    classes above) can match nothing inside a string of letters only (``str.isalpha``): each
    of its branches needs a character no letter is (a mark, a digit), consumed or in a
    lookbehind (``(?<=[0-9])km$``: inside such a string the character before is a letter).
    ``False`` when that cannot be shown, or the expression ignores case (``re``'s case
    equivalences join a few marks to letters)."""
    pattern = getattr(search, "pattern", None)
    if not isinstance(pattern, re.Pattern):
        pattern = getattr(search, "__self__", None)
    if not isinstance(pattern, re.Pattern) or pattern.flags & re.IGNORECASE:
        return False
    return not _letters_can_match(P.parse(pattern.pattern, pattern.flags).data)


def _letters_can_match(items) -> bool:
    """Whether some string of letters only may hold a match of the parsed sequence (``True``
    when in doubt)."""
    for op, av in items:
        if op is C.LITERAL:
            if not chr(av).isalpha():
                return False
        elif op is C.IN:
            if not _class_has_letter(av):
                return False
        elif op is C.BRANCH:
            if not any(_letters_can_match(alternative.data) for alternative in av[1]):
                return False
        elif op is C.SUBPATTERN:
            if not _letters_can_match(av[3].data):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if av[0] >= 1 and not _letters_can_match(av[2].data):
                return False
        elif op is C.ASSERT and av[0] < 0:  # a lookbehind sees the letters before the match
            if not _letters_can_match(av[1].data):
                return False
    return True


def _class_has_letter(av) -> bool:
    for o, a in av:
        if o is C.LITERAL and not chr(a).isalpha():
            continue
        if o is C.RANGE and not any(chr(x).isalpha() for x in range(a[0], a[1] + 1)):
            continue
        if o is C.CATEGORY and a in (C.CATEGORY_DIGIT, C.CATEGORY_SPACE):
            continue
        return True  # a letter, a negated set, \w...
    return False


def _alternatives(pattern: str) -> list[str] | None:
    """``pattern`` cut at its top-level ``|`` (outside groups and character classes), or
    ``None`` when it cannot be read (an unbalanced group)."""
    pieces = []
    depth = 0
    start = 0
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: up to its closing bracket (one first or after ^ is literal)
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth != 0 or i > n + 1:
        return None
    pieces.append(pattern[start:])
    return pieces


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
    return SuffixSearch(pattern, max(width, 1), frozenset(chars), EdgeSplit.of(pattern, last=True))
