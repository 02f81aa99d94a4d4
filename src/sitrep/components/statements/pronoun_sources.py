"""A source span that ends with a personal pronoun after an opening phrase (issue 13, twelfth round).

"Although in September she said her decision was a mistake, **at the town hall this week she**
said she did not believe it amounted to an error": the search for the source before the cue took
the opening phrase with the pronoun, the span opened with a preposition and read as no mention
(:func:`~sitrep.components.statements.not_a_mention`), and the statement was lost; the belief
nested in its content ("she did not believe …") then stood for it, with the wrong extent.  Such a
span is the pronoun alone, which the usual resolution (:mod:`.sources`) then reads.  Not after a
coordination ("Smith and I said") nor after a word opening a clause of its own ("on what she would
do", "the things that he wants": no source there).
"""

from __future__ import annotations

from .sources import pronoun_class

#: a pronoun after these opens a clause of its own ("on what she would do")
_WH = frozenset({"what", "how", "why", "where", "whether", "which", "who", "whom", "whose", "than", "if",
                 "ce", "que", "qu", "что", "как", "чем", "що", "як", "ніж"})
_COORD = frozenset({"and", "or", "nor", "et", "ou", "ni", "и", "или", "і", "та", "й", "або", "&"})


def pronoun_tail(lex, text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The closing personal pronoun of ``span`` after an opening phrase ("in September she", "lundi
    il", "в понедельник он"); ``span`` itself when there is none.  The caller applies it to spans that
    name no one.  The pronoun must be a word of its own ("здоров'я" ends with no pronoun "я").  A
    relative clause without a relative pronoun ("trade agreements she once supported") gets its
    pronoun too, as PolNeAR annotates it (requiring the phrase to open a clause cost 3 true
    statements on train)."""
    words = text[span[0]:span[1]].rsplit(None, 2)
    if len(words) < 2 or pronoun_class(lex, words[-1]) is None:
        return span
    before = words[-2].lower()
    if before in _COORD or before in _WH or before in lex.relative or before in lex.comp:
        return span
    start = text.rfind(words[-1], span[0], span[1])
    return start, start + len(words[-1])
