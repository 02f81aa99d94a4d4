"""``sitrep export --format stix``: the digest as one STIX 2.1 bundle, built with ``stix2``.

Mapping (``docs/sharing.md``): article -> ``report``; outlet -> ``identity`` (organization);
actor -> ``identity``; place -> ``location``; attributed statement -> ``note``; event ->
``x-sitrep-event``, a new SDO declared by an ``extension-definition`` whose JSON schema ships in
``sitrep/schema/stix-x-sitrep-event.schema.json``, linked to its actors, recipients, location and
report by ``relationship`` objects. What STIX has no property for (an actor's country and
aliases, a place's precision, every evidence span) goes into a property extension declared the
same way (``stix-sitrep-properties.schema.json``).

Identifiers are UUIDv5 of the content (the actor id, the GeoNames id, the article's identity key
and the span), timestamps are publication times: re-exporting the same corpus gives the same
bundle, byte for byte, so partners can de-duplicate.
"""

from __future__ import annotations

import json
import uuid
from functools import lru_cache
from importlib import resources

from .collect import ArticleInfo, Digest, EventItem, Evidence, PlaceItem, stix_time

#: namespace of every sitrep STIX id (UUIDv5 of this namespace and a content key)
NAMESPACE = uuid.UUID("5d1c6f39-5a3f-5f0e-9f1e-6e2f8c6b7a10")
#: created/modified of the objects that describe sitrep itself (producer, extension definitions)
DEFINED = "2026-01-01T00:00:00.000Z"
EXTENSION_VERSION = "1.0.0"

TLP = ("clear", "white", "green", "amber", "red")

#: sitrep actor type -> STIX identity_class
IDENTITY_CLASS = {"person": "individual", "organisation": "organization", "state": "organization",
                  "group": "group", "outlet": "organization"}
#: sitrep/PLOVER sector -> STIX industry-sector-ov (sectors without a counterpart stay in the extension)
SECTORS = {"MIL": "defense", "GOV": "government-national", "LEG": "government-national",
           "JUD": "government-national", "SPY": "government-national", "COP": "government-public-services",
           "JRN": "communications", "BUS": "commercial", "EDU": "education", "MED": "healthcare",
           "NGO": "non-profit", "REL": "non-profit"}
#: place precision -> STIX location.precision (metres): how far the point may be from the place
PRECISION_M = {"point": 5_000.0, "admin-2": 50_000.0, "admin-1": 200_000.0, "country": 1_000_000.0,
               "region": 1_000_000.0}


def sid(kind: str, key: str) -> str:
    """A deterministic STIX id: ``kind--UUIDv5(NAMESPACE, kind:key)``."""
    return f"{kind}--{uuid.uuid5(NAMESPACE, kind + ':' + key)}"


EVENT_EXTENSION_ID = sid("extension-definition", "x-sitrep-event")
PROPERTIES_EXTENSION_ID = sid("extension-definition", "sitrep-properties")


def schema_text(name: str) -> str:
    return resources.files("sitrep").joinpath("schema", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def event_class():
    """The ``x-sitrep-event`` class, registered with stix2 on first use (not at import)."""
    from stix2 import CustomObject
    from stix2 import properties as P

    refs = P.ListProperty(P.ReferenceProperty(valid_types=["SDO"]))
    props = [
        ("name", P.StringProperty(required=True)),
        ("event_type", P.StringProperty(required=True)),
        ("event_mode", P.StringProperty()),
        ("event_context", P.ListProperty(P.StringProperty())),
        ("acled_event_type", P.StringProperty()),
        ("acled_sub_event_type", P.StringProperty()),
        ("modality", P.StringProperty(required=True)),
        ("first_seen", P.TimestampProperty()),
        ("last_seen", P.TimestampProperty()),
        ("date_value", P.StringProperty()),
        ("date_from_publication", P.BooleanProperty()),
        ("actor_refs", refs),
        ("recipient_refs", refs),
        ("location_ref", P.ReferenceProperty(valid_types=["location"])),
        ("claimant_ref", P.ReferenceProperty(valid_types=["note"])),
        ("claimant_chain", P.ListProperty(P.StringProperty())),
        ("killed", P.IntegerProperty(min=0)),
        ("injured", P.IntegerProperty(min=0)),
        ("detained", P.IntegerProperty(min=0)),
        ("displaced", P.IntegerProperty(min=0)),
        ("producer", P.StringProperty()),
        ("evidence", P.ListProperty(P.DictionaryProperty(), required=True)),
    ]

    @CustomObject("x-sitrep-event", props, extension_name=EVENT_EXTENSION_ID)
    class SitrepEvent:
        pass

    return SitrepEvent


def _marking(tlp: str):
    import stix2

    tlp = tlp.lower()
    if tlp not in TLP:
        from . import SharingError

        raise SharingError(f"--tlp {tlp!r}: choose one of {', '.join(TLP)}")
    return {"clear": stix2.TLP_WHITE, "white": stix2.TLP_WHITE, "green": stix2.TLP_GREEN,
            "amber": stix2.TLP_AMBER, "red": stix2.TLP_RED}[tlp]


def _confidence(values: list[float]) -> int | None:
    return round(100 * sum(values) / len(values)) if values else None


class _Builder:
    def __init__(self, digest: Digest, tlp: str, producer: str) -> None:
        import stix2

        self.stix2 = stix2
        self.digest = digest
        self.marking = _marking(tlp)
        self.objects: dict[str, object] = {}
        self.producer = stix2.Identity(
            id=sid("identity", "producer:" + producer), name=producer,
            identity_class="system" if producer == "sitrep" else "organization",
            description=("sitrep: attributed, geolocated, time-stamped intelligence from news"
                         if producer == "sitrep" else None),
            created=DEFINED, modified=DEFINED, object_marking_refs=[self.marking.id],
        )
        self.common = {"created_by_ref": self.producer.id, "object_marking_refs": [self.marking.id]}
        self.report_ids = {a.id: sid("report", a.key) for a in digest.articles.values()}
        self.refs: dict[int, list[str]] = {a: [] for a in digest.articles}

    # -- helpers
    def add(self, obj) -> None:
        self.objects[obj.id] = obj

    def when(self, evidence: list[Evidence]) -> str:
        return min(self.digest.articles[e.article].timestamp for e in evidence)

    def evidence(self, items: list[Evidence]) -> list[dict]:
        return [{"report_ref": self.report_ids[e.article], "article_id": e.article_id, "start": e.start,
                 "end": e.end, "text": e.text} for e in items]

    def ext(self, **props) -> dict:
        clean = {k: v for k, v in props.items() if v not in (None, [], "")}
        return {PROPERTIES_EXTENSION_ID: {"extension_type": "property-extension", **clean}}

    def refer(self, article: int, object_id: str) -> None:
        if object_id not in self.refs[article]:
            self.refs[article].append(object_id)

    # -- objects
    def definitions(self) -> list:
        stix2 = self.stix2
        common = dict(created=DEFINED, modified=DEFINED, **self.common)
        return [
            stix2.ExtensionDefinition(
                id=EVENT_EXTENSION_ID, name="sitrep event", version=EXTENSION_VERSION,
                description="x-sitrep-event: a political or conflict event (PLOVER type) extracted by sitrep from "
                            "news, with its actors, place, time, modality, claimant and evidence spans. "
                            "The schema property holds the JSON Schema of the object.",
                schema=json.dumps(json.loads(schema_text("stix-x-sitrep-event.schema.json")), separators=(",", ":")),
                extension_types=["new-sdo"], **common),
            stix2.ExtensionDefinition(
                id=PROPERTIES_EXTENSION_ID, name="sitrep properties", version=EXTENSION_VERSION,
                description="Properties sitrep adds to identity, location, note and report objects: canonical "
                            "ids, countries, aliases, place precision, statement chains and evidence spans. "
                            "The schema property holds the JSON Schema of the extension.",
                schema=json.dumps(json.loads(schema_text("stix-sitrep-properties.schema.json")), separators=(",", ":")),
                extension_types=["property-extension"], **common),
        ]

    def outlet(self, a: ArticleInfo) -> str:
        oid = sid("identity", "outlet:" + a.outlet)
        if oid not in self.objects:
            host = (a.url or "").split("/")[2] if (a.url or "").count("/") >= 2 else None
            self.add(self.stix2.Identity(
                id=oid, name=a.outlet, identity_class="organization", sectors=["communications"],
                created=DEFINED, modified=DEFINED, **self.common,
                external_references=[{"source_name": "website", "url": f"https://{host}/"}] if host else None,
                extensions=self.ext(sitrep_id="outlet:" + a.outlet, kind="outlet")))
        return oid

    def actors(self) -> dict[str, str]:
        from ..components.actors import kb as kb_module

        kb = kb_module.load()
        ids = {}
        for item in sorted(self.digest.actors.values(), key=lambda x: x.id):
            known = kb.actors.get(item.id)
            aliases = sorted(set(known.aliases) | {known.name} if known and known.aliases else item.aliases)
            refs = ([{"source_name": "wikidata", "external_id": item.qid,
                      "url": f"https://www.wikidata.org/wiki/{item.qid}"}] if item.qid else None)
            sector = SECTORS.get(item.sector or "")
            sectors = ["government-national"] if item.type == "state" else ([sector] if sector else None)
            obj = self.stix2.Identity(
                id=sid("identity", "actor:" + item.id), name=item.name,
                identity_class=IDENTITY_CLASS.get(item.type or "", "unknown"), sectors=sectors,
                created=self.when(item.mentions), modified=self.when(item.mentions),
                confidence=_confidence(item.confidences), external_references=refs, **self.common,
                extensions=self.ext(sitrep_id=item.id, kind=item.type, country=item.country, sector=item.sector,
                                    aliases=aliases, mentions=len(item.mentions),
                                    evidence=self.evidence(item.mentions)))
            self.add(obj)
            ids[item.id] = obj.id
            for a in item.articles:
                self.refer(a, obj.id)
        return ids

    def places(self) -> dict[str, str]:
        ids = {}
        for item in sorted(self.digest.places.values(), key=lambda x: x.key):
            obj = self.location(item)
            ids[item.key] = obj.id
            for a in item.articles:
                self.refer(a, obj.id)
        return ids

    def location(self, item: PlaceItem):
        region = _region(item.country)
        refs = ([{"source_name": "geonames", "external_id": str(item.geonameid),
                  "url": f"https://www.geonames.org/{item.geonameid}"}] if item.geonameid else None)
        has_point = item.lat is not None and item.lon is not None
        obj = self.stix2.Location(
            id=sid("location", item.key), name=item.name,
            latitude=item.lat if has_point else None, longitude=item.lon if has_point else None,
            precision=PRECISION_M[item.precision] if has_point else None,
            country=item.country if item.country and len(item.country) == 2 else None,
            administrative_area=item.admin1_name if item.precision != "country" else None,
            region=region,
            created=self.when(item.mentions), modified=self.when(item.mentions),
            confidence=_confidence(item.confidences), external_references=refs, **self.common,
            extensions=self.ext(sitrep_id=item.key, feature_code=item.feature_code,
                                place_precision=item.precision, aliases=sorted(item.surfaces),
                                mentions=len(item.mentions), evidence=self.evidence(item.mentions)))
        self.add(obj)
        return obj

    def statements(self, actor_ids: dict[str, str]) -> dict[tuple[int, int], str]:
        ids = {}
        for st in self.digest.statements:
            a = self.digest.articles[st.article]
            key = f"{a.key}:{st.evidence.start}:{st.evidence.end}"
            speaker = actor_ids.get(st.speaker_id or "")
            refs = [self.report_ids[st.article]] + ([speaker] if speaker else [])
            who = st.speaker_name or "an unnamed source"
            obj = self.stix2.Note(
                id=sid("note", "statement:" + key), content=st.content,
                abstract=f"{'Quoted' if st.direct else 'Reported'} statement by {who}"[:250],
                authors=[who], object_refs=refs, lang=a.language or None,
                created=a.timestamp, modified=a.timestamp, confidence=_confidence([st.confidence]), **self.common,
                extensions=self.ext(sitrep_id="statement:" + key, kind="statement", direct=st.direct,
                                    speaker_country=st.speaker_country, cue=st.cue, chain=st.chain,
                                    evidence=self.evidence([st.evidence] + ([st.source] if st.source else [])),
                                    ))
            self.add(obj)
            ids[(st.article, st.evidence.seq)] = obj.id
            self.refer(st.article, obj.id)
        return ids

    def events(self, actor_ids, place_ids, statement_ids) -> None:
        cls = event_class()
        for ev in self.digest.events:
            a = self.digest.articles[ev.article]
            key = f"{a.key}:{ev.evidence.start}:{ev.evidence.end}:{ev.type}"
            actors = [actor_ids[r.id] for r in ev.actors if r.id in actor_ids]
            recipients = [actor_ids[r.id] for r in ev.recipients if r.id in actor_ids]
            location = place_ids.get(ev.place.key) if ev.place else None
            claimant = statement_ids.get((ev.claimant.article, ev.claimant.evidence.seq)) if ev.claimant else None
            spans = [ev.evidence] + list(ev.number_spans.values())
            obj = cls(
                id=sid("x-sitrep-event", key), name=event_name(ev),
                event_type=ev.type, event_mode=ev.mode, event_context=ev.context or None,
                acled_event_type=ev.acled_event_type, acled_sub_event_type=ev.acled_sub_event_type,
                modality=ev.modality or "unknown",
                first_seen=stix_time(ev.earliest) if _is_date(ev.earliest) else None,
                last_seen=stix_time(ev.latest) if _is_date(ev.latest) else None,
                date_value=ev.date, date_from_publication=ev.date_from_publication,
                actor_refs=actors or None, recipient_refs=recipients or None, location_ref=location,
                claimant_ref=claimant, claimant_chain=ev.claimant_chain or None,
                producer=ev.producer, evidence=self.evidence(spans),
                created=a.timestamp, modified=a.timestamp, confidence=_confidence([ev.confidence]),
                lang=a.language or None, **self.common, allow_custom=True,
                **{k: v for k, v in ev.numbers.items()},
            )
            self.add(obj)
            self.refer(ev.article, obj.id)
            links = ([("carried-out-by", r) for r in actors] + [("targets", r) for r in recipients]
                     + ([("located-at", location)] if location else [])
                     + [("reported-in", self.report_ids[ev.article])]
                     + ([("claimed-by", claimant)] if claimant else []))
            for rel_type, target in links:
                self.relationship(obj.id, rel_type, target, a.timestamp)

    def relationship(self, source: str, rel_type: str, target: str, when: str) -> None:
        rel = self.stix2.Relationship(
            id=sid("relationship", f"{source}:{rel_type}:{target}"), source_ref=source,
            relationship_type=rel_type, target_ref=target, created=when, modified=when,
            allow_custom=True, **self.common)
        self.add(rel)

    def reports(self) -> None:
        for a in self.digest.articles.values():
            outlet = self.outlet(a)
            refs = [outlet] + self.refs[a.id]
            dup = self.report_ids.get(a.dup_of) if a.dup_of else None
            ext_refs = [{"source_name": a.outlet, "url": a.url, "external_id": a.article_id}] if a.url else [
                {"source_name": a.outlet, "external_id": a.article_id}]
            self.add(self.stix2.Report(
                id=self.report_ids[a.id], name=a.title or a.article_id, description=a.text,
                published=a.timestamp, report_types=["news-article"], object_refs=refs,
                lang=a.language or None, created=a.timestamp, modified=a.timestamp,
                external_references=ext_refs, allow_custom=True, **self.common,
                extensions=self.ext(sitrep_id=a.key, article_id=a.article_id, kind="article",
                                    content_hash=a.content_hash,
                                    duplicate_of=dup if a.dup_of in self.report_ids else None,
                                    duplicate_kind=a.dup_kind if dup else None)))

    def build(self):
        for d in self.definitions():
            self.add(d)
        actor_ids = self.actors()
        place_ids = self.places()
        statement_ids = self.statements(actor_ids)
        self.events(actor_ids, place_ids, statement_ids)
        self.reports()
        ordered = [self.marking, self.producer] + [self.objects[k] for k in sorted(self.objects)]
        bundle_id = "bundle--" + str(uuid.uuid5(NAMESPACE, "bundle:" + " ".join(sorted(self.objects))))
        return self.stix2.Bundle(id=bundle_id, objects=ordered, allow_custom=True)


def _is_date(value) -> bool:
    return isinstance(value, str) and len(value) >= 4 and value[:4].isdigit() and (len(value) < 5 or value[4] == "-")


@lru_cache(maxsize=256)
def _region(country: str | None) -> str | None:
    """STIX region-ov value (``eastern-europe``) from the UN subregion of a country (countryinfo)."""
    if not country:
        return None
    try:
        from countryinfo import CountryInfo

        sub = CountryInfo(country).subregion()
    except Exception:  # noqa: BLE001 - countryinfo raises several types for unknown codes
        return None
    return "-".join(sub.lower().replace("-", " ").split()) if sub else None


def event_name(ev: EventItem) -> str:
    who = ", ".join(r.name for r in ev.actors) or "unnamed actor"
    whom = (" against " + ", ".join(r.name for r in ev.recipients)) if ev.recipients else ""
    where = f" in {ev.place.name}" if ev.place else ""
    when = f" ({ev.date})" if ev.date else ""
    return f"{ev.type}: {who}{whom}{where}{when}"


def bundle(digest: Digest, tlp: str = "clear", producer: str = "sitrep"):
    """The STIX 2.1 bundle (a ``stix2.Bundle``) of a digest."""
    return _Builder(digest, tlp, producer).build()


def serialize(digest: Digest, tlp: str = "clear", producer: str = "sitrep") -> str:
    # stix2's own pretty printer sorts properties in quadratic time (minutes for a week of news):
    # serialize compactly, then indent with the standard library, keeping stix2's property order
    compact = bundle(digest, tlp, producer).serialize(ensure_ascii=False)
    return json.dumps(json.loads(compact), indent=1, ensure_ascii=False) + "\n"
