"""Quotations in any style, over several paragraphs.

:func:`find_quotes` scans each block (title, paragraphs) for « », “ ”, „ “,
‹ ›, ‘ ’ and straight double quotes (or two apostrophes).  A quotation left open at the end of a
paragraph continues into the next one when that paragraph opens with a
quotation mark (the English and French conventions for quotations running
over several paragraphs) and ends where its closing mark is found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: opening mark -> closing marks it accepts
PAIRS = {"«": "»", "“": "”", "„": "“”", "‹": "›", "‘": "’", '"': '"”', "‚": "‘’"}
OPENERS = frozenset(PAIRS)
#: every mark that opens or closes a quotation
MARKS = OPENERS.union(*PAIRS.values())
#: the marks of single quotations (‹ › ‘ ’ ‚): "’" is also the typographic apostrophe ("l’armée", "Kyiv’s")
SINGLE = frozenset("‹›‘’‚")
#: the marks of double quotations (« » “ ” „ "), never an apostrophe: a text holding one quotes words
DOUBLE = MARKS - SINGLE
#: the marks that may open a quotation where one is expected (a headline's colon): the openers and a
#: straight apostrophe ('...'), which :func:`find_quotes` does not pair (it is more often an apostrophe)
OPENING = OPENERS | {"'"}
#: the next opening mark (the scans jump from mark to mark instead of reading every character)
_OPENER_AT = re.compile("[" + re.escape("".join(PAIRS)) + "]")
#: opening mark -> the characters :func:`_close` looks at (its closers, a straight double quote
#: closing a curly one, the same mark opening a nested quotation)
_CLOSE_AT = {ch: re.compile("[" + re.escape("".join(sorted(
    set(closers) | ({'"'} if ch == "“" else set()) | ({ch} if ch not in ('"', "‘") else set())))) + "]")
    for ch, closers in PAIRS.items()}


@dataclass
class Quote:
    start: int  # first character inside the marks
    end: int  # last character inside the marks + 1
    open: int  # position of the opening mark
    close: int | None  # position of the closing mark (None: never closed)


def _is_opener(text: str, i: int, ch: str) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in ("‘", '"', "‚"):
        # an opener stands before a word, after a space, a bracket or a dash
        return (before.isspace() or before in "([{—–-:«“„") and not after.isspace()
    return True


def _mixed_close(text: str, j: int, end: int) -> bool:
    """A straight double quote at ``j`` closing a curly opening one (“X," said Y: mixed styles in
    one quotation, common in agency copy), or an opening curly one typed for the closing one
    (“rapists“): it follows a word or punctuation and no word follows it."""
    return not text[j - 1].isspace() and (j + 1 >= end or not text[j + 1].isalnum())


def _close(text: str, i: int, end: int, ch: str) -> int | None:
    """Position of the mark closing the quotation opened at ``i``."""
    closers = PAIRS[ch]
    depth = 0
    j = i + 1
    search = _CLOSE_AT[ch].search
    while j < end:
        found = search(text, j, end)
        if found is None:
            return None
        j = found.start()
        c = text[j]
        if (c in closers or (c in '"“' and ch == "“" and _mixed_close(text, j, end))) \
                and not (c == "’" and j + 1 < end and text[j + 1].isalpha() and text[j - 1].isalpha()):
            if ch == '"' or depth == 0:
                return j
            depth -= 1
        elif c == ch and ch not in ('"', "‘") and _is_opener(text, j, c):
            depth += 1
        j += 1
    return None


def find_quotes(text: str, blocks: list[tuple[int, int]]) -> list[Quote]:
    if "''" in text:
        # two apostrophes for a double quotation mark (''Swaps are tricky,'' he said)
        found = _find(text.replace("''", '"\x01'), blocks)
        for q in found:
            if q.start < len(text) and text[q.start] == "'" and text[q.start - 1] == "'":
                q.start += 1
    else:
        found = _find(text, blocks)
    for q in found:  # « Oui » : the spaces inside the marks are not part of the quotation
        while q.start < q.end and text[q.start].isspace():
            q.start += 1
        while q.end > q.start and text[q.end - 1].isspace():
            q.end -= 1
    return found


def _find(text: str, blocks: list[tuple[int, int]]) -> list[Quote]:
    quotes: list[Quote] = []
    open_q: tuple[int, str] | None = None  # a quotation running on from an earlier block
    for bi, (bs, be) in enumerate(blocks):
        i = bs
        if open_q is not None:
            q_open, ch = open_q
            # continued: the block opens with a quotation mark again (or none at all for « »)
            k = bs
            reopen = text[k] in OPENERS
            j = _close(text, k if reopen else k - 1, be, ch) if True else None
            if j is not None:
                quotes.append(Quote(q_open + 1, j, q_open, j))
                open_q = None
                i = j + 1
            elif reopen:
                i = be  # whole block inside the quotation; keep it open
                continue
            else:
                # previous block's quotation was never closed: it ends there
                prev_end = blocks[bi - 1][1]
                quotes.append(Quote(q_open + 1, prev_end, q_open, None))
                open_q = None
        search = _OPENER_AT.search
        while i < be:
            found = search(text, i, be)
            if found is None:
                break
            i = found.start()
            ch = text[i]
            if _is_opener(text, i, ch):
                j = _close(text, i, be, ch)
                if j is None:
                    if ch in ("‘",):
                        i += 1
                        continue
                    open_q = (i, ch)
                    break
                if j > i + 1:
                    quotes.append(Quote(i + 1, j, i, j))
                i = j + 1
                continue
            i += 1
        if open_q is not None and bi + 1 < len(blocks):
            nxt = blocks[bi + 1][0]
            if not (text[nxt] in OPENERS):
                quotes.append(Quote(open_q[0] + 1, be, open_q[0], None))
                open_q = None
    if open_q is not None:
        quotes.append(Quote(open_q[0] + 1, blocks[-1][1], open_q[0], None))
    return quotes
