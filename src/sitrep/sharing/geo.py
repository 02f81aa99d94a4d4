"""``sitrep export --format geojson``: places and events as one GeoJSON FeatureCollection (RFC 7946).

A feature per resolved place (a Point at its GeoNames coordinates; ``kind`` ``place``) with how
often and where it is mentioned, and a feature per event (``kind`` ``event``) at its location
(``null`` geometry when the event has none). Every feature carries its evidence: the article,
the character span, the surface text and the claimant (the attributed statement the span sits in,
with its chain, else the outlet that published the article). Properties are flat scalars where
a GIS expects them (QGIS, GeoPandas) and lists for the evidence.
"""

from __future__ import annotations

import json
from collections import defaultdict

from .collect import Digest, Evidence, EventItem, StatementItem


def _claimant(digest: Digest, e: Evidence, by_article: dict[int, list[StatementItem]]) -> dict:
    for st in by_article.get(e.article, []):
        if any(s <= e.start and e.end <= t for s, t in st.parts):
            return {"kind": "statement", "speaker": st.speaker_name, "speaker_country": st.speaker_country,
                    "chain": st.chain, "statement": [st.evidence.start, st.evidence.end]}
    return {"kind": "outlet", "speaker": digest.articles[e.article].outlet, "speaker_country": None,
            "chain": ["article"], "statement": None}


def _evidence(digest: Digest, items: list[Evidence], by_article) -> list[dict]:
    out = []
    for e in items:
        a = digest.articles[e.article]
        out.append({"article": e.article, "article_id": e.article_id, "url": a.url, "outlet": a.outlet,
                    "published": a.published, "start": e.start, "end": e.end, "text": e.text,
                    "claimant": _claimant(digest, e, by_article)})
    return out


def _point(lat, lon) -> dict | None:
    if lat is None or lon is None:
        return None
    return {"type": "Point", "coordinates": [round(float(lon), 5), round(float(lat), 5)]}


def _event_feature(digest: Digest, ev: EventItem, by_article) -> dict:
    a = digest.articles[ev.article]
    claimant = ({"kind": "statement", "speaker": ev.claimant.speaker_name,
                 "speaker_country": ev.claimant.speaker_country, "chain": ev.claimant_chain}
                if ev.claimant else {"kind": "outlet", "speaker": a.outlet, "chain": ev.claimant_chain or ["article"]})
    props = {
        "kind": "event", "event_type": ev.type, "mode": ev.mode, "modality": ev.modality,
        "acled_event_type": ev.acled_event_type, "acled_sub_event_type": ev.acled_sub_event_type,
        "date": ev.date, "earliest": ev.earliest, "latest": ev.latest,
        "date_from_publication": ev.date_from_publication,
        "actors": "; ".join(r.name for r in ev.actors), "recipients": "; ".join(r.name for r in ev.recipients),
        "place": ev.place.name if ev.place else None, "geonameid": ev.place.geonameid if ev.place else None,
        "precision": ev.place.precision if ev.place else None,
        "country": ev.place.country if ev.place else None,
        **{k: ev.numbers.get(k) for k in ("killed", "injured", "detained", "displaced")},
        "claimant": claimant["speaker"], "claimant_chain": " > ".join(claimant["chain"] or []),
        "article": ev.article, "article_id": a.article_id, "outlet": a.outlet, "url": a.url,
        "start": ev.evidence.start, "end": ev.evidence.end, "text": ev.evidence.text,
        "confidence": ev.confidence, "producer": ev.producer,
        "evidence": _evidence(digest, [ev.evidence] + list(ev.number_spans.values()), by_article),
    }
    return {"type": "Feature", "id": f"event:{a.key[:16]}:{ev.evidence.start}:{ev.evidence.end}",
            "geometry": _point(ev.place.lat, ev.place.lon) if ev.place else None, "properties": props}


def feature_collection(digest: Digest) -> dict:
    by_article: dict[int, list[StatementItem]] = defaultdict(list)
    for st in digest.statements:
        by_article[st.article].append(st)
    features = []
    for p in sorted(digest.places.values(), key=lambda p: (-len(p.articles), p.key)):
        arts = p.articles
        features.append({
            "type": "Feature", "id": p.key, "geometry": _point(p.lat, p.lon),
            "properties": {
                "kind": "place", "name": p.name, "geonameid": p.geonameid, "feature_code": p.feature_code,
                "precision": p.precision, "country": p.country, "admin1": p.admin1_name or p.admin1,
                "mentions": len(p.mentions), "articles": len(arts), "independent": digest.independent(arts),
                "outlets": len(digest.outlets(arts)), "names": "; ".join(sorted(p.surfaces)),
                "first_published": min((digest.articles[a].published or "" for a in arts), default=None),
                "evidence": _evidence(digest, p.mentions, by_article),
            },
        })
    for ev in digest.events:
        features.append(_event_feature(digest, ev, by_article))
    return {"type": "FeatureCollection", "features": features}


def serialize(digest: Digest) -> str:
    return json.dumps(feature_collection(digest), indent=1, ensure_ascii=False) + "\n"
