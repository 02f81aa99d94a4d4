"""Word splitting and stemming shared by the actor file and the matcher.

Matching is done on word stems so that "responsables américains" matches
"responsable américain" and "Зеленського" matches "Зеленський": Latin words
lose accents, a plural ``s``/``x`` and a final ``e``; Cyrillic words lose one
case/number ending (longest first).  Words written in capitals (``US``,
``США``, ``NYT``) are kept as they are, so ``us`` never matches ``US``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD_RE = re.compile(r"\w+(?:['’]s\b)?")

_CYR_ENDINGS = sorted(
    """ами ями ого его ому ему ыми ими ией ией ой ей ий ый ій ая яя ое ее ые ие ых их ую юю ом ем ам ям ах ях ью ия ию ии ья ье
    ові еві ією єю ою ею ія ії ію ів їв ої ім им ым ов ев ів а я о е ы и у ю ь й і ї є""".split(),
    key=len,
    reverse=True,
)


def words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` for every word of ``text``."""
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


def is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


@lru_cache(maxsize=300_000)
def stem(word: str) -> str:
    """The matching key of one word (see the module docstring)."""
    if word[-2:] in ("'s", "’s"):
        word = word[:-2]
    if len(word) >= 2 and word.isupper():
        return word.replace("Ё", "Е")
    low = word.lower().replace("ё", "е").replace("’", "'")
    if is_cyrillic(low):
        # Strip endings until none is left, so that forms stripped differently meet
        # ("Китай" -> "кита" -> "кит" <- "Китая"; "Лаврова" -> "лавров" -> "лавр").
        changed = True
        while changed:
            changed = False
            for end in _CYR_ENDINGS:
                if low.endswith(end) and len(low) - len(end) >= 3:
                    low = low[: -len(end)]
                    changed = True
                    break
        return low
    low = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    if len(low) > 3 and low[-1] in "sx":
        low = low[:-1]
    if len(low) > 4 and low.endswith("nne"):
        return low[:-2]
    if len(low) > 3 and low.endswith("e"):
        return low[:-1]
    return low


def key(text: str) -> tuple[str, ...]:
    """The stem sequence of a phrase."""
    return tuple(stem(w) for _, _, w in words(text))
