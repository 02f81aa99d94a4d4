"""Sector of an unknown organisation from the words of its name (``sectors.tsv``)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .text import stem


@lru_cache(maxsize=1)
def keywords() -> dict[str, str]:
    ref = resources.files("sitrep") / "data" / "actors" / "sectors.tsv"
    table: dict[str, str] = {}
    for line in ref.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sector, _, ws = line.partition("\t")
        for w in ws.split("|"):
            if w.strip():
                table[stem(w.strip())] = sector.strip()
    return table


def guess_sector(stems: list[str]) -> str | None:
    """The sector of the first word that names one ("ministère" -> GOV), else None."""
    table = keywords()
    for s in stems:
        if s in table:
            return table[s]
        low = s.lower()
        if low in table:
            return table[low]
    return None
