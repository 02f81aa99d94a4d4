"""Which gazetteer matches are toponyms: context filters over the matches.

A capitalised name found in the gazetteer is dropped when it is part of a
longer capitalised name that is not a place ("Raquel Henry", "New York
Times"), follows a title ("Mr.", "Gen."), or opens a sentence while naming
only hamlets (a capitalised common word).  The word lists are data:
``data/xx/places_titles.txt``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .gazetteer import Gazetteer
from .matching import Mention, stop_words


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    text = (resources.files("sitrep") / "data" / "xx" / "places_titles.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().casefold() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def keep(m: Mention, text: str, gaz: Gazetteer, lang: str | None) -> bool:
    if m.region:
        return True
    f = m.features
    stops = stop_words(lang or "en")
    prev = f.get("prev", "")
    if prev.casefold() in titles() and text[max(0, m.start - 2):m.start].strip() in ("", "."):
        return False
    if f.get("run_before") and prev.casefold() not in stops:
        return False
    if f.get("run_after"):
        nxt = f.get("next", "")
        if nxt.casefold() not in stops:
            return False
    best_pop = max((gaz.pop[i] for i in m.candidates), default=0)
    areas = any(gaz.fclass[i] != "P" for i in m.candidates)
    if m.sentence_initial and f.get("ntok", 1) == 1 and not areas and best_pop < 20000:
        return False
    return True
