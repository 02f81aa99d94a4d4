"""``sitrep export --format misp``: the same content as one MISP event, built with ``pymisp``.

The MISP event is made from the STIX bundle of :mod:`.stix` (same objects, same UUIDs) with the
MISP project's own object model and object templates (``pymisp``), following the mapping of
the project's converter ``misp-stix`` (identity -> ``organization`` / ``person``, location ->
``geolocation``, note -> MISP note): misp-stix itself pins ``pycountry<25``, which would replace
the pycountry release sitrep's gazetteer is built from, so it is not a dependency; the tests run
it on the bundle when it is installed (``docs/sharing.md``).

- each actor or outlet identity: ``person`` (individuals) or ``organization`` (organisations,
  states, groups, outlets), with aliases, sector, country and Wikidata id;
- each location: ``geolocation`` (coordinates, country code, first-level area, accuracy radius,
  GeoNames id);
- each article: ``news-media`` (title, URL, outlet, text), referring to what it mentions;
- each statement: a MISP note on its speaker's object, else on its article's;
- each sitrep event (``x-sitrep-event``): ``event`` (the MISP template for STIX 2.1 incident
  events) referring to its actors, place and article;
- the TLP tag, the producer as a tag, a title naming the period and filters, the latest day.
"""

from __future__ import annotations

import json

from .collect import Digest
from .stix import PROPERTIES_EXTENSION_ID, sid
from .stix import bundle as stix_bundle

#: sitrep event modality -> MISP ``event`` object status
STATUS = {"asserted": "occurred", "claimed": "occurred", "background": "occurred", "negated": "not-occurred",
          "denied": "undetermined", "hypothetical": "pending", "future": "pending"}


def _uuid(stix_id: str) -> str:
    return stix_id.split("--", 1)[1]


def _ext(o: dict) -> dict:
    return (o.get("extensions") or {}).get(PROPERTIES_EXTENSION_ID, {})


def _identity(o: dict):
    from pymisp import MISPObject

    ext = _ext(o)
    person = o.get("identity_class") == "individual"
    obj = MISPObject("person" if person else "organization", standalone=False)
    obj.uuid = _uuid(o["id"])
    obj.add_attribute("full-name" if person else "name", value=o["name"])
    for alias in ext.get("aliases", []):
        if alias != o["name"]:
            obj.add_attribute("alias", value=alias)
    if person:
        if ext.get("country"):
            obj.add_attribute("nationality", value=ext["country"])
        if ext.get("sector"):
            obj.add_attribute("role", value=ext["sector"])
    else:
        for sector in o.get("sectors") or []:
            obj.add_attribute("sector", value=sector)
        if ext.get("kind"):
            obj.add_attribute("type-of-organization", value=ext["kind"])
    wikidata = [r for r in o.get("external_references", []) if r.get("source_name") == "wikidata"]
    if wikidata:
        text = f"Wikidata {wikidata[0]['external_id']} {wikidata[0]['url']}"
        obj.add_attribute("text" if person else "description", value=text)
    if o.get("created"):
        obj.first_seen = o["created"]
    return obj


def _location(o: dict):
    from pymisp import MISPObject

    ext = _ext(o)
    obj = MISPObject("geolocation", standalone=False)
    obj.uuid = _uuid(o["id"])
    if o.get("latitude") is not None:
        obj.add_attribute("latitude", value=o["latitude"])
        obj.add_attribute("longitude", value=o["longitude"])
    if o.get("country"):
        obj.add_attribute("countrycode", value=o["country"])
    if o.get("administrative_area"):
        obj.add_attribute("region", value=o["administrative_area"])
    if ext.get("place_precision") == "point":
        obj.add_attribute("city", value=o["name"])
    if o.get("precision"):
        obj.add_attribute("accuracy-radius", value=o["precision"] / 1000)
    refs = [r for r in o.get("external_references", []) if r.get("source_name") == "geonames"]
    obj.add_attribute("text", value=o["name"] + (f" (GeoNames {refs[0]['external_id']})" if refs else ""))
    return obj


def _article(o: dict, known: set[str]):
    from pymisp import MISPObject

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
    return obj


def _event_object(o: dict, known: set[str], article_uuid: dict[str, str]):
    from pymisp import MISPObject

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
    report = o["evidence"][0]["report_ref"]
    if report in article_uuid:
        obj.add_reference(article_uuid[report], "reported-in")
    return obj


def event(digest: Digest, tlp: str = "clear", producer: str = "sitrep"):
    """The MISP event (``pymisp.MISPEvent``) of a digest."""
    from pymisp import MISPEvent

    bundle = json.loads(stix_bundle(digest, tlp, producer).serialize())
    objects = bundle["objects"]
    producer_id = sid("identity", "producer:" + producer)
    ev = MISPEvent()
    ev.uuid = _uuid(bundle["id"])
    tlp_name = "clear" if tlp.lower() in ("clear", "white") else tlp.lower()
    ev.add_tag(f"tlp:{tlp_name}")
    ev.add_tag(f'misp-galaxy:producer="{producer}"')
    days = sorted(a.day for a in digest.articles.values() if a.day)
    period = f"{days[0]} to {days[-1]}" if days else "no dated article"
    filters = ", ".join(f"{k} {v}" for k, v in digest.filters.describe())
    ev.info = f"sitrep: {len(digest.articles)} news articles, {period}" + (f" ({filters})" if filters else "")
    if days:
        ev.set_date(days[-1])

    for o in objects:
        if o["type"] == "identity" and o["id"] != producer_id:
            ev.add_object(_identity(o))
        elif o["type"] == "location":
            ev.add_object(_location(o))
    known = {o.uuid for o in ev.objects}
    article_uuid = {}
    for o in objects:
        if o["type"] == "report":
            obj = _article(o, known)
            ev.add_object(obj)
            article_uuid[o["id"]] = obj.uuid
    for o in objects:
        if o["type"] != "note":
            continue
        speaker = next((_uuid(r) for r in o["object_refs"][1:] if _uuid(r) in known), None)
        target = ev.get_object_by_uuid(speaker or article_uuid[o["object_refs"][0]])
        note = target.add_note(o["content"], language=o.get("lang"), comment=o.get("abstract"),
                               authors=", ".join(o.get("authors") or []))
        note.uuid = _uuid(o["id"])
    for o in objects:
        if o["type"] == "x-sitrep-event":
            ev.add_object(_event_object(o, known, article_uuid))
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
