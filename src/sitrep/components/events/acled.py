"""PLOVER type + mode -> ACLED event type / sub-event type, from ``data/xx/events_acled.tsv``."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def table() -> list[tuple[str, str, str, str]]:
    text = (resources.files("sitrep") / "data" / "xx" / "events_acled.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) >= 4:
            rows.append((cols[0], cols[1], cols[2], cols[3]))
    return rows


@lru_cache(maxsize=None)  # keys: the PLOVER types times their modes, a few hundred at most
def acled(plover: str, mode: str) -> tuple[str | None, str | None]:
    for typ, m, ev, sub in table():
        if typ == plover and (m == "*" or m == mode):
            return ev, sub
    return None, None
