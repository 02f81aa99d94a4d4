"""``sitrep eval ucdp``: geocoding UCDP GED event headlines.

For each event of a UCDP GED CSV export (``source_headline``: the event's
source headlines joined by ";") whose location is precise (``where_prec`` <=
2: the exact place, or within 25 km of it), the headlines are geoparsed
together and the event's main place chosen (see :func:`main_place`): the most
specific place named (a town before a district, a district before a region, a
region before a country), not a metonym.  Score: the share of events whose
main place lies within 25 km of UCDP's coordinates; events where no place is
found count as misses.  Also reported: within 161 km, the share with no place,
the median error; for all events, for the tune half (even id: the events whose
errors were looked at while tuning) and the held-out half (odd id), and by
year.
"""

from __future__ import annotations

import csv
import re
import statistics
import time
from collections import Counter
from pathlib import Path

from . import GoldError

RANK = {"P": 0, "S": 0, "T": 0}
CODE_RANK = {"ADM2": 1, "ADM1": 2, "RGN": 3, "PCLI": 4, "PCLD": 4, "PCLS": 4, "CONT": 5}
REQUIRED = ("source_headline", "where_prec", "latitude", "longitude")


def read_events(path: Path, limit: int | None = None) -> list[dict]:
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
            if missing:
                raise GoldError(f"{path}: not a UCDP GED CSV (missing column(s) {', '.join(missing)})")
            rows = []
            for row in reader:
                try:
                    if int(row["where_prec"]) > 2:
                        continue
                    row["lat"], row["lon"] = float(row["latitude"]), float(row["longitude"])
                except ValueError:
                    continue
                rows.append(row)
                if limit and len(rows) >= limit:
                    break
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise GoldError(f"{path}: not readable ({exc})") from None
    if not rows:
        raise GoldError(f"{path}: no event with where_prec <= 2")
    return rows


#: a town named as a front ("the Kupyansk direction", "Donetsk axis"): the fighting is along it,
#: not in it; it comes after a town named plainly, before a district
AXIS_AFTER = re.compile(r"^[\s\-]*(?:and\s+[A-Z][\w\-]+\s+)?(?:directions?|axis|axes|sector|front)\b", re.I)
#: a place named as where fire came from ("shelled from Belgorod"): the origin, not the event;
#: it comes after every place but a country
ORIGIN_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?$", re.I)
AXIS_RANK, ORIGIN_RANK = 0.5, 3.5


def main_place(text: str, lang: str = "en"):
    """(lat, lon, name, feature code) of the headline's main place, or None.

    The most specific place (a town before a district, a district before a region, a region
    before a country), not a metonym; a town named as a front ("the Kupyansk direction") after
    a town named plainly; a place fire came from ("from Belgorod") after every other but a
    country; among equals, the one named in the most headlines, then the first.
    """
    from ..components.places import analyse, gazetteer

    gaz = gazetteer.load()
    found = []
    for order, (r, met) in enumerate(analyse(text, lang)):
        if not r.scored or met:
            continue
        i = r.scored[0][0]
        rank = RANK.get(gaz.fclass[i], CODE_RANK.get(gaz.fcode[i], 3))
        m = r.mention
        if ORIGIN_BEFORE.search(text[max(0, m.start - 30):m.start]):
            rank = max(rank, ORIGIN_RANK)
        elif rank == 0 and AXIS_AFTER.match(text[m.end:m.end + 40]):
            rank = AXIS_RANK
        found.append((rank, order, i))
    if not found:
        return None
    votes = Counter(i for _r, _o, i in found)
    _rank, _order, i = min(found, key=lambda x: (x[0], -votes[x[2]], x[1]))
    return gaz.lat[i], gaz.lon[i], gaz.names[i], gaz.fcode[i]


def half(event: dict) -> str:
    """"tune" for events of even id (looked at while tuning), "held_out" for odd ids."""
    try:
        return "tune" if int(event.get("id") or 0) % 2 == 0 else "held_out"
    except ValueError:
        return "held_out"


def headline_text(event: dict) -> str:
    """The event's headlines as one text, one sentence each."""
    return ". ".join(h.strip() for h in event["source_headline"].split(";") if h.strip())


def _score(outcomes: list[float | None]) -> dict:
    n = len(outcomes)
    errors = [d for d in outcomes if d is not None]
    if not n:
        return {"events": 0}
    return {
        "events": n,
        "within_25km": round(sum(d <= 25 for d in errors) / n, 4),
        "within_161km": round(sum(d <= 161 for d in errors) / n, 4),
        "no_place": round((n - len(errors)) / n, 4),
        "median_km": round(statistics.median(errors), 1) if errors else None,
    }


def evaluate(gold: Path, limit: int | None = None) -> dict:
    from ..components.places.gazetteer import distance_km

    events = read_events(gold, limit)
    outcomes: dict[str, list[float | None]] = {"all": [], "tune": [], "held_out": []}
    by_year: dict[str, list[float | None]] = {}
    t0 = time.perf_counter()
    for ev in events:
        place = main_place(headline_text(ev))
        d = None if place is None else distance_km(place[0], place[1], ev["lat"], ev["lon"])
        outcomes["all"].append(d)
        outcomes[half(ev)].append(d)
        if ev.get("year"):
            by_year.setdefault(ev["year"], []).append(d)
    result = {"task": "ucdp", "gold": str(gold), **_score(outcomes["all"]),
              "seconds": round(time.perf_counter() - t0, 2)}
    result["halves"] = {k: _score(outcomes[k]) for k in ("tune", "held_out")}
    result["halves_note"] = "tune: events of even id (errors looked at); held-out: odd id (never looked at)"
    result["by_year"] = {y: _score(v) for y, v in sorted(by_year.items())}
    return result


def _row(label: str, r: dict) -> str:
    if not r.get("events"):
        return f"| {label} | 0 | - | - | - | - |"
    return (f"| {label} | {r['events']} | {r['within_25km']:.3f} | {r['within_161km']:.3f} | "
            f"{r['no_place']:.3f} | {r['median_km']} |")


def render(r: dict) -> str:
    lines = [
        f"{r['gold']}: {r['events']} events with where_prec <= 2 ({r['seconds']} s)",
        "",
        "| sitrep places.v1 | events | within 25 km | within 161 km | no place found | median error km |",
        "|---|---|---|---|---|---|",
        _row("all", r),
    ]
    for key, label in (("tune", "tune half (even id)"), ("held_out", "held-out half (odd id)")):
        if key in r.get("halves", {}):
            lines.append(_row(label, r["halves"][key]))
    if r.get("halves_note"):
        lines += ["", r["halves_note"]]
    if r.get("by_year"):
        lines += ["", "By year (all events):", "", "| year | events | within 25 km | within 161 km | no place found | median error km |",
                  "|---|---|---|---|---|---|"]
        lines += [_row(y, v) for y, v in r["by_year"].items()]
    return "\n".join(lines)
