"""``sitrep eval ucdp``: geocoding UCDP GED event headlines.

For each event of a UCDP GED CSV export (``source_headline``: the event's
source headlines joined by ";") whose location is precise (``where_prec`` <=
2: the exact place, or within 25 km of it), the headlines are geoparsed
together and the event's main place chosen: the most specific place named
(a town before a district, a district before a region, a region before a
country), not a metonym, first mentioned first.  Score: the share of events
whose main place lies within 25 km of UCDP's coordinates; events where no
place is found count as misses.  Also reported: within 161 km, and the share
with no place.
"""

from __future__ import annotations

import csv
import statistics
import time
from pathlib import Path

from . import GoldError

RANK = {"P": 0, "S": 0}
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


def main_place(text: str, lang: str = "en"):
    """(lat, lon, name) of the headline's main place, or None."""
    from ..components.places import analyse, gazetteer

    gaz = gazetteer.load()
    best = None
    for order, (r, met) in enumerate(analyse(text, lang)):
        if not r.scored or met:
            continue
        i = r.scored[0][0]
        rank = RANK.get(gaz.fclass[i], CODE_RANK.get(gaz.fcode[i], 3))
        key = (rank, order)
        if best is None or key < best[0]:
            best = (key, i)
    if best is None:
        return None
    i = best[1]
    return gaz.lat[i], gaz.lon[i], gaz.names[i]


def evaluate(gold: Path, limit: int | None = None) -> dict:
    from ..components.places.gazetteer import distance_km

    events = read_events(gold, limit)
    within25 = within161 = none = 0
    errors = []
    t0 = time.perf_counter()
    for ev in events:
        text = ". ".join(h.strip() for h in ev["source_headline"].split(";") if h.strip())
        place = main_place(text)
        if place is None:
            none += 1
            continue
        d = distance_km(place[0], place[1], ev["lat"], ev["lon"])
        errors.append(d)
        within25 += d <= 25
        within161 += d <= 161
    n = len(events)
    return {
        "task": "ucdp",
        "gold": str(gold),
        "events": n,
        "within_25km": round(within25 / n, 4),
        "within_161km": round(within161 / n, 4),
        "no_place": round(none / n, 4),
        "median_km": round(statistics.median(errors), 1) if errors else None,
        "seconds": round(time.perf_counter() - t0, 2),
    }


def render(r: dict) -> str:
    return "\n".join([
        f"{r['gold']}: {r['events']} events with where_prec <= 2 ({r['seconds']} s)",
        "",
        "| system | within 25 km | within 161 km | no place found | median error km |",
        "|---|---|---|---|---|",
        f"| sitrep places.v1 | {r['within_25km']:.3f} | {r['within_161km']:.3f} | {r['no_place']:.3f} | {r['median_km']} |",
    ])
