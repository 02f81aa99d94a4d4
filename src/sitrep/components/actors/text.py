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
from collections.abc import Sequence
from itertools import accumulate

WORD_RE = re.compile(r"\w+(?:['’]s\b)?")
#: the same words as a capturing group: ``split`` gives the gaps and the words in turn, whose
#: lengths give the offsets without one match object per word
_WORD_SPLIT = re.compile(r"(\w+(?:['’]s\b)?)")

_CYR_ENDINGS = sorted(
    """ами ями ого его ому ему ыми ими ией ией ой ей ий ый ій ая яя ое ее ые ие ых их ую юю ом ем ам ям ах ях ью ия ию ии ья ье
    ові еві ією єю ою ею ія ії ію ів їв ої ім им ым ов ев ів а я о е ы и у ю ь й і ї є""".split(),
    key=len,
    reverse=True,
)


def words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` for every word of ``text``."""
    starts, ends, ws = word_columns(text)
    return list(zip(starts, ends, ws))


def word_columns(text: str) -> tuple[list[int], list[int], list[str]]:
    """The words of :func:`words` as three columns (starts, ends, words), made without a Python
    loop over the words: ``WORD_RE.finditer`` as one ``split``, offsets summed from the pieces'
    lengths."""
    parts = _WORD_SPLIT.split(text)  # gap, word, gap, word, ..., gap
    offsets = list(accumulate(map(len, parts), initial=0))
    return offsets[1:-1:2], offsets[2::2], parts[1::2]


class Words(Sequence):
    """The words of a text as three columns (starts, ends, words), read as a sequence of
    ``(start, end, word)`` like :func:`words` gives: the matcher looks at a few words only,
    so no tuple is made for the others."""

    __slots__ = ("starts", "ends", "words")

    def __init__(self, starts: list[int], ends: list[int], words: list[str]) -> None:
        self.starts, self.ends, self.words = starts, ends, words

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(zip(self.starts[i], self.ends[i], self.words[i]))
        return self.starts[i], self.ends[i], self.words[i]

    def __iter__(self):
        return zip(self.starts, self.ends, self.words)


#: distinct words kept with their stems; a stem costs about a microsecond to compute, so the
#: memo needs to hold only the words that come back often (see docs/performance.md)
STEM_MEMO = 100_000


class _StemMemo:
    """Words and their stems in two generations of at most :data:`STEM_MEMO` words each: when the
    current one is full it becomes the previous one, from which words still in use are carried
    over, so the common words are never re-learnt and memory stays bounded (two plain dicts: a
    lookup is one C call per word, with no per-entry LRU links to churn)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.current: dict[str, str] = {}
        self.previous: dict[str, str] = {}

    def stems(self, ws: list[str]) -> list[str]:
        current = self.current
        out = list(map(current.get, ws))
        if None not in out:
            return out
        previous = self.previous
        i = -1
        for _ in range(out.count(None)):  # the unseen words, found by C searches of the list
            i = out.index(None, i + 1)
            w = ws[i]
            st = current.get(w)
            if st is None:
                st = previous.get(w)
                if st is None:
                    st = _stem(w)
                    if st == w:
                        st = w  # (one string for both: "said", "Kyiv", "US")
                if len(current) >= self.limit:
                    self.previous = previous = current
                    self.current = current = {}
                current[w] = st
            out[i] = st
        return out


_MEMO = _StemMemo(STEM_MEMO)


def stems_of(ws: list[str]) -> list[str]:
    """``[stem(w) for w in ws]``, without a Python loop over the words already seen."""
    return _MEMO.stems(ws)


_CYRILLIC = re.compile("[\u0400-\u04ff]")
#: the endings by length, longest first: the longest ending a word has whose removal leaves
#: three letters is the one the ordered list ``_CYR_ENDINGS`` would strip first
_CYR_BY_LENGTH = tuple((n, frozenset(e for e in _CYR_ENDINGS if len(e) == n))
                       for n in sorted({len(e) for e in _CYR_ENDINGS}, reverse=True))


def is_cyrillic(word: str) -> bool:
    return _CYRILLIC.search(word) is not None




def stem(word: str) -> str:
    """The matching key of one word (see the module docstring)."""
    st = _MEMO.current.get(word)
    return st if st is not None else _stem(word)


def _stem(word: str) -> str:
    if word[-2:] in ("'s", "’s"):
        word = word[:-2]
    if len(word) >= 2 and word.isupper():
        return word.replace("Ё", "Е")
    low = word.lower().replace("ё", "е").replace("’", "'")
    if _CYRILLIC.search(low) is not None:
        # Strip endings until none is left, so that forms stripped differently meet
        # ("Китай" -> "кита" -> "кит" <- "Китая"; "Лаврова" -> "лавров" -> "лавр").
        changed = True
        while changed:
            changed = False
            for n, ends in _CYR_BY_LENGTH:
                if len(low) - n >= 3 and low[-n:] in ends:
                    low = low[:-n]
                    changed = True
                    break
        return low
    if not low.isascii():
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
