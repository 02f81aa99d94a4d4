"""spaCy's infix search for ``sentences.v1``, with the same answers at a lower cost.

spaCy's tokeniser (and :meth:`~.segment.Tokens._wrapped`) asks the infix expression about
every new word; ``re`` enters it at every position of the word (about 3 µs a word). No match
can start before the first character that can begin one (the set comes from the expression's
parse tree, :mod:`sitrep.regex_guard`), so the search starts there, and a word without such a
character (most words) is not searched at all: ``finditer`` gives the same matches.
(Remembering the suffix expression's answers by the word's last characters, and ``match``
for the prefix expression, were tried: no faster.)
``tests/components/test_segment_affixes.py`` compares the answers.
"""

from __future__ import annotations

import re

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
    first-character bound (an expression that can match the empty string has none)."""
    tok = nlp.tokenizer
    infix = getattr(tok.infix_finditer, "__self__", None)
    if isinstance(infix, re.Pattern):
        guard = first_char_guard(infix.pattern, infix.flags)
        if guard is not None:  # "(?=[...])": the class alone
            tok.infix_finditer = InfixFinditer(infix, re.compile(guard[3:-1], infix.flags))
