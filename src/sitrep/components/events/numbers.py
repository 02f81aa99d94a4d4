"""Casualty numbers: killed, injured, detained, displaced, with the span that states them.

"killing at least 156" -> killed {value: 156, at_least: true}; "three soldiers were wounded" ->
injured {value: 3}.  A number is looked for among the few words before the casualty word
(skipping nouns such as "people", "civilians") and, failing that, just after it; a number
right after the word comes first ("killing 2 civilians and injuring 5": injured 5).
"""

from __future__ import annotations

from .lexicon import Lexicon
from .mentions import Tokens, vocab

BEFORE, AFTER = 6, 4
#: indefinite articles: "a" is a number (one) only right before the casualty word ("a soldier was killed")
INDEFINITE = frozenset(("a", "an", "un", "une"))


def _number(word: str, lex: Lexicon) -> int | None:
    if word[:1].isdigit():
        digits = "".join(ch for ch in word if ch.isdigit())
        try:
            value = int(digits)
        except ValueError:
            return None
        return value if value < 10_000_000 else None
    return lex.numbers.get(word)


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def find(tok: Tokens, lex: Lexicon, text: str) -> list[dict]:
    """[{kind, value, at_least, word (token index), start, end, text}] of a tokenised span."""
    out = []
    words = tok.words
    at_least = lex.cues.get("at_least")
    any_word = lex.casualty_any
    # only the tokens whose word may start a casualty entry (a per-type column of the vocabulary)
    v = vocab(lex)
    for i in v.casualty[v.ids(tok)].nonzero()[0].tolist():
        if not any_word.at(words, i):
            continue
        for kind, ws in lex.casualty.items():
            k = ws.at(words, i)
            if not k:
                continue
            found = None
            j = i + k
            if j < len(words) and tok.clause[j] == tok.clause[i] and words[j] not in INDEFINITE:
                # a number right after the word is its own ("killing 2 civilians and injuring 5")
                v = _number(words[j], lex)
                units = lex.cues.get("time_units")
                if v is not None and not _is_year(words[j]) \
                        and not (units and j + 1 < len(words) and units.word(words[j + 1])):
                    found = (j, v)  # (not "died 15 years ago")
            for j in range(i - 1, max(-1, i - 1 - BEFORE), -1) if found is None else ():
                if tok.clause[j] != tok.clause[i]:
                    break
                v = _number(words[j], lex)
                if v is not None and not _is_year(words[j]) and not (words[j] in INDEFINITE and j != i - 1):
                    found = (j, v)
                    break
            if found is None:
                for j in range(i + k, min(len(words), i + k + AFTER)):
                    if tok.clause[j] != tok.clause[i]:
                        break
                    v = _number(words[j], lex)
                    if v is not None and not _is_year(words[j]) and words[j] not in INDEFINITE:
                        found = (j, v)
                        break
            if found is None:
                continue
            j, v = found
            least = False
            if at_least:
                for h in range(max(0, j - 4), j):
                    if at_least.at(words, h) and h + at_least.at(words, h) >= j:
                        least = True
            s, e = min(tok.starts[i], tok.starts[j]), max(tok.ends[i + k - 1], tok.ends[j])
            out.append({"kind": kind, "value": v, "at_least": least, "word": i, "number": j,
                        "start": s, "end": e, "text": text[s:e]})
            break
    return out
