"""``sitrep export --format acled-csv``: one row per event in the column layout of ACLED.

The first columns carry ACLED's names and meanings (``event_date``, ``event_type``,
``sub_event_type``, ``actor1``, ``actor2``, ``country``, ``admin1``, ``location``, ``latitude``,
``longitude``, ``geo_precision``, ``source``, ``notes``, ``fatalities`` ...), so scripts written for
ACLED exports read it; sitrep's own columns follow (PLOVER type, modality, claimant, evidence).
Columns are documented in ``docs/sharing.md``. ``fatalities`` is empty when the text states no
death toll (ACLED writes 0; an unstated toll is not a zero). A corpus without an ``events``
layer gives the header alone.
"""

from __future__ import annotations

import csv
import io
import uuid

from .collect import Digest, EventItem

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "iso", "iso3", "admin1", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities",
    # sitrep's columns
    "plover_type", "plover_mode", "modality", "claimant", "claimant_chain", "injured", "detained",
    "displaced", "earliest", "latest", "date_from_publication", "article", "article_id", "url",
    "evidence_start", "evidence_end", "evidence_text", "confidence",
)

#: place precision -> ACLED geo_precision (1 the town itself, 2 a part of a region, 3 a region)
GEO_PRECISION = {"point": 1, "admin-2": 2, "admin-1": 3, "country": 3, "region": 3}


def _country(alpha2: str | None) -> tuple[str, str, str]:
    """(name, ISO numeric, ISO alpha-3) of a country code, empty strings when unknown."""
    if not alpha2:
        return "", "", ""
    import pycountry

    c = pycountry.countries.get(alpha_2=alpha2.upper())
    return (c.name, str(int(c.numeric)), c.alpha_3) if c else ("", "", "")


def _time_precision(ev: EventItem) -> int:
    """ACLED time_precision: 1 the day is known, 2 the week, 3 only the month or longer."""
    if ev.earliest and ev.latest and ev.earliest[:10] == ev.latest[:10]:
        return 1
    if ev.date and len(ev.date) == 10 and ev.date[4] == "-" and ev.date[7] == "-":
        return 1
    if ev.date and "W" in ev.date:
        return 2
    return 3


def row(digest: Digest, ev: EventItem) -> dict:
    a = digest.articles[ev.article]
    place = ev.place
    name, numeric, alpha3 = _country(place.country if place else None)
    day = (ev.date if ev.date and len(ev.date) >= 10 and ev.date[:4].isdigit() else ev.earliest or "")[:10]
    key = uuid.uuid5(uuid.NAMESPACE_URL, f"sitrep:{a.key}:{ev.evidence.start}:{ev.evidence.end}:{ev.type}")
    actors = "; ".join(r.name for r in ev.actors)
    recipients = "; ".join(r.name for r in ev.recipients)
    return {
        "event_id_cnty": f"{alpha3 or 'XXX'}{key.hex[:10].upper()}", "event_date": day, "year": day[:4],
        "time_precision": _time_precision(ev), "event_type": ev.acled_event_type or "",
        "sub_event_type": ev.acled_sub_event_type or "", "actor1": actors, "actor2": recipients,
        "country": name, "iso": numeric, "iso3": alpha3,
        "admin1": (place.admin1_name or "") if place else "", "location": place.name if place else "",
        "latitude": place.lat if place and place.lat is not None else "",
        "longitude": place.lon if place and place.lon is not None else "",
        "geo_precision": GEO_PRECISION.get(place.precision, 3) if place else "",
        "source": a.outlet, "notes": f"{ev.type} ({ev.modality or 'unknown'}): \"{' '.join(ev.evidence.text.split())}\"",
        "fatalities": ev.numbers.get("killed", ""),
        "plover_type": ev.type, "plover_mode": ev.mode or "", "modality": ev.modality or "",
        "claimant": ev.claimant.speaker_name if ev.claimant else "",
        "claimant_chain": " > ".join(ev.claimant_chain), "injured": ev.numbers.get("injured", ""),
        "detained": ev.numbers.get("detained", ""), "displaced": ev.numbers.get("displaced", ""),
        "earliest": ev.earliest or "", "latest": ev.latest or "",
        "date_from_publication": str(ev.date_from_publication).lower(), "article": ev.article,
        "article_id": a.article_id, "url": a.url or "", "evidence_start": ev.evidence.start,
        "evidence_end": ev.evidence.end, "evidence_text": ev.evidence.text, "confidence": ev.confidence,
    }


def serialize(digest: Digest) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for ev in sorted(digest.events, key=lambda e: ((e.date or e.earliest or ""), e.article, e.evidence.start)):
        w.writerow(row(digest, ev))
    return buf.getvalue()
