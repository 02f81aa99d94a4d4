"""``sitrep export --format misp``: the same content as one MISP event, made by the MISP project's
own tools.

1. ``misp-stix`` (``ExternalSTIX2toMISPParser``) converts the STIX bundle of :mod:`.stix`, reports
   left out: identities become ``organization`` / ``identity`` objects, locations ``geolocation``
   objects, statements MISP notes on their speaker's object. (Given the reports too, misp-stix
   copies every object once per report that refers to it when it merges them into one event.)
2. ``pymisp`` adds what misp-stix does not convert: each article as a ``news-media`` object
   (title, URL, outlet, language) referring to what it mentions, statements without a known
   speaker as notes on their article, and each sitrep event (``x-sitrep-event``, a type misp-stix
   cannot know) as an ``event`` object (the MISP template for STIX 2.1 incident events) with
   references to its actors, place and article.
3. The event gets the TLP tag, a title naming the period and filters, and the latest article date.
"""

from __future__ import annotations

import json

from .collect import Digest
from .stix import bundle as stix_bundle
from .stix import event_name

#: sitrep event modality -> MISP ``event`` object status
STATUS = {"asserted": "occurred", "claimed": "occurred", "background": "occurred", "negated": "not-occurred",
          "denied": "undetermined", "hypothetical": "pending", "future": "pending"}


def _uuid(stix_id: str) -> str:
    return stix_id.split("--", 1)[1]


def event(digest: Digest, tlp: str = "clear", producer: str = "sitrep"):
    """The MISP event (``pymisp.MISPEvent``) of a digest."""
    import stix2
    from misp_stix_converter import ExternalSTIX2toMISPParser
    from pymisp import MISPObject

    full = json.loads(stix_bundle(digest, tlp, producer).serialize())
    objects = full["objects"]
    custom = {o["id"] for o in objects if o["type"] in ("report", "x-sitrep-event")}
    convertible = [o for o in objects if o["id"] not in custom
                   and not (o["type"] == "relationship" and (o["source_ref"] in custom or o["target_ref"] in custom))]
    parser = ExternalSTIX2toMISPParser()
    parser.load_stix_bundle(stix2.parse(json.dumps({**full, "objects": convertible}), allow_custom=True))
    parser.parse_stix_bundle(single_event=True)
    ev = parser.misp_event
    known = {o.uuid for o in ev.objects}

    tlp_name = "clear" if tlp.lower() in ("clear", "white") else tlp.lower()
    ev.add_tag(f"tlp:{tlp_name}")
    days = sorted(a.day for a in digest.articles.values() if a.day)
    period = f"{days[0]} to {days[-1]}" if days else "no dated article"
    filters = ", ".join(f"{k} {v}" for k, v in digest.filters.describe())
    ev.info = f"sitrep: {len(digest.articles)} news articles, {period}" + (f" ({filters})" if filters else "")
    if days:
        ev.set_date(days[-1])

    article_uuid = {}
    for o in objects:
        if o["type"] != "report":
            continue
        obj = MISPObject("news-media", standalone=False)
        obj.uuid = _uuid(o["id"])
        obj.add_attribute("title", value=o["name"])
        ref = (o.get("external_references") or [{}])[0]
        if ref.get("url"):
            obj.add_attribute("url", value=ref["url"])
        obj.add_attribute("source", value=ref.get("source_name") or "unknown source")
        obj.add_attribute("type", value="article")
        obj.add_attribute("content", value=o.get("description") or "")
        obj.first_seen = o["published"]
        for target in o["object_refs"]:
            if _uuid(target) in known:
                obj.add_reference(_uuid(target), "mentions")
        ev.add_object(obj)
        article_uuid[o["id"]] = obj.uuid
    # statements whose speaker has no object: notes on the article
    for o in objects:
        if o["type"] == "note" and not any(_uuid(r) in known for r in o["object_refs"][1:]):
            article = ev.get_object_by_uuid(article_uuid[o["object_refs"][0]])
            note = article.add_note(o["content"], language=o.get("lang"), comment=o.get("abstract"),
                                    authors=", ".join(o.get("authors") or []))
            note.uuid = _uuid(o["id"])
    # sitrep events
    for o in objects:
        if o["type"] != "x-sitrep-event":
            continue
        obj = MISPObject("event", standalone=False)
        obj.uuid = _uuid(o["id"])
        obj.add_attribute("name", value=o["name"])
        obj.add_attribute("event_type", value=o["event_type"])
        for k in ("acled_event_type", "acled_sub_event_type"):
            if o.get(k):
                obj.add_attribute("event_type", value=o[k])
        obj.add_attribute("status", value=STATUS.get(o.get("modality"), "undetermined"))
        spans = "; ".join(f"{e['article_id']} [{e['start']}:{e['end']}] {e['text']}" for e in o["evidence"])
        obj.add_attribute("description", value=f"modality {o.get('modality')}; evidence: {spans}")
        if o.get("first_seen"):
            obj.add_attribute("start_time", value=o["first_seen"])
        if o.get("last_seen"):
            obj.add_attribute("end_time", value=o["last_seen"])
        for key, rel in (("actor_refs", "carried-out-by"), ("recipient_refs", "targets")):
            for target in o.get(key) or []:
                if _uuid(target) in known:
                    obj.add_reference(_uuid(target), rel)
        if o.get("location_ref") and _uuid(o["location_ref"]) in known:
            obj.add_reference(_uuid(o["location_ref"]), "located-at")
        for e in o["evidence"][:1]:
            if e["report_ref"] in article_uuid:
                obj.add_reference(article_uuid[e["report_ref"]], "reported-in")
        ev.add_object(obj)
    return ev


def serialize(digest: Digest, tlp: str = "clear", producer: str = "sitrep") -> str:
    """MISP's JSON form ``{"Event": {...}}``, as MISP imports it and ``pymisp`` loads it."""
    data = json.loads(event(digest, tlp, producer).to_json())
    # pymisp writes analyst-data times with their offset but reads them back by appending
    # "+00:00" (MISP's own form is UTC without offset): write MISP's form so the file loads again
    for obj in data.get("Object", []):
        for note in obj.get("Note", []):
            for key in ("created", "modified"):
                if isinstance(note.get(key), str) and note[key].endswith("+00:00"):
                    note[key] = note[key][:-6]
    return json.dumps({"Event": data}, indent=1, ensure_ascii=False) + "\n"


__all__ = ["event", "serialize", "event_name"]
