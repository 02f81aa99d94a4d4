"""A reporting verb's -s form read as the plural noun it also is ("his **claims** were false",
"Pyongyang's **claims**", "one of the central **claims** of", "Kyiv's **demands** for air defence"):
no verb cue there.  The word before decides (a determiner, a possessive, a number or an adjective),
or "of" right after the form.  The forms and the words come from ``data/<lang>/cues_plural_nouns.txt``;
a language without the file has no such reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .cues import _data

_ADJ_ENDINGS = ("ous", "ful", "less", "ible", "able", "ing", "ical", "ian", "ese", "ish", "ic")
_NOT_ADJ = frozenset(("republic", "clinic", "mechanic", "academic", "cleric", "politician", "physician",
                      "technician", "musician", "guardian", "civilian", "historian", "librarian", "parish"))
_APOSTROPHES = frozenset(("'", "’"))


@dataclass(frozen=True)
class PluralNouns:
    nouns: frozenset[str]
    dets: frozenset[str]
    adjs: frozenset[str]


class PluralNounsError(Exception):
    """The file cannot be read."""


@lru_cache(maxsize=None)
def plural_nouns(lang: str) -> PluralNouns | None:
    data = _data(lang, "cues_plural_nouns.txt")
    if data is None:
        return None
    sets: dict[str, set[str]] = {"noun": set(), "det": set(), "adj": set()}
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] not in sets:
            raise PluralNounsError(f"data/{lang}/cues_plural_nouns.txt line {n}: expected 'kind<TAB>form' "
                                   f"with kind in {tuple(sets)}")
        sets[parts[0]].add(parts[1].strip().lower())
    return PluralNouns(frozenset(sets["noun"]), frozenset(sets["det"]), frozenset(sets["adj"]))


def noun_reading(lang: str, forms: list[str], i: int) -> bool:
    """True when ``forms[i]``, a one-word verb cue, is a plural noun in its context."""
    pn = plural_nouns(lang)
    if pn is None or forms[i] not in pn.nouns:
        return False
    if i + 1 < len(forms) and forms[i + 1] == "of":
        return True  # "the claims of", "Russian claims of victory"
    if i == 0:
        return False
    prev = forms[i - 1]
    if prev in pn.dets or prev in pn.adjs or prev.isdigit():
        return True
    if prev == "s" and i >= 2 and forms[i - 2] in _APOSTROPHES:
        return True  # "Moscow's claims", "Kyiv's demands"
    if prev in _APOSTROPHES and i >= 2 and forms[i - 2].endswith("s"):
        return True  # "the rebels' claims"
    # "dubious claims", "medical claims", "Russian claims", "Democratic claims" (not "the republic claims")
    return len(prev) > 5 and prev.endswith(_ADJ_ENDINGS) and prev.isalpha() and prev not in _NOT_ADJ
