"""``places.v1``: toponyms recognised and resolved to GeoNames.

Adds the ``places`` layer: one annotation per toponym, label ``PLACE``, with
``attrs``:

- ``geonameid`` (int, or ``None`` for entities GeoNames does not number here,
  such as US counties from ZIP data or the informal regions of
  ``data/xx/places_extra.tsv``), ``resolved`` (``False`` with every field
  below ``None`` when no candidate was found: the explicit unresolved marker);
- ``name``, ``feature_class``, ``feature_code``, ``country`` (ISO 3166
  alpha-2), ``admin1`` (GeoNames admin-1 code), ``lat``, ``lon``;
- ``candidates``: up to five ``{geonameid, name, feature_code, country, lat,
  lon, score}``, best first;
- ``metonymy``: ``True`` where the name stands for a government acting
  ("Moscou a mis en garde"); such mentions are never an event's location.

Modules: :mod:`.gazetteer` (build and load), :mod:`.matching` (recognition),
:mod:`.disambiguate` (resolution), :mod:`.metonymy`.
"""

from __future__ import annotations

import gc
import time
from collections import Counter
from functools import lru_cache

from ...article import Annotation, Article
from ...pipeline import Component, register
from . import gazetteer
from .disambiguate import Resolution, resolve
from .matching import Mention, find_mentions
from .metonymy import GOV_CODES, STATE_CODES, is_metonym, not_a_place, propagate, seat_spans
from .recognition import filter_mentions

NAME = "places.v1"


#: languages whose word lists are loaded together on first use
LANGUAGES = ("en", "fr", "ru", "uk")


@lru_cache(maxsize=1)
def warm() -> gazetteer.Gazetteer:
    """Load the gazetteer and every language's word lists once, before the first article."""
    from .disambiguate import _demonym_matcher
    from .matching import multiword_starts, not_alone
    from .metonymy import lexicon
    from .recognition import directions, first_names, heads, surnames, titles

    for lang in LANGUAGES:
        not_alone(lang)
        _demonym_matcher(lang)
        lexicon(lang)
    for f in (directions, first_names, heads, surnames, titles):
        f()
    gaz = gazetteer.load()
    _memos_for(gaz)
    multiword_starts(gaz)
    # The gazetteer (columns and an index of 750,000 names) lives as long as the process. Moved
    # out of the cyclic collector's reach, it is no longer traversed at every full collection,
    # which the memo caches of matching and annotation trigger as they fill: without this, a
    # quarter of the time of a first pass over LGL went to the collector.
    gc.collect()
    gc.freeze()
    return gaz


@lru_cache(maxsize=1)
def _memos_for(gaz: gazetteer.Gazetteer) -> None:
    """Empty the memo caches keyed on a gazetteer when another one comes in (after a rebuild or a
    reload): their entries would keep the old one alive."""
    from . import disambiguate, matching

    for f in (disambiguate._areas_named, disambiguate._alias_towns, matching._name_candidates, matching._word_states,
              matching._variants, matching._plurals, matching.summary, matching.multiword_starts, _candidate_fields, _entity_fields):
        f.cache_clear()


def analyse(text: str, lang: str | None, source: dict | None = None,
            clock: Counter | None = None) -> list[tuple[Resolution, bool]]:
    """Resolutions of the toponyms of ``text`` with their metonymy flags.  ``clock``, when given,
    gathers the CPU seconds of each stage: ``matching`` (finding the names of the gazetteer in the
    text), ``recognition`` (dropping those that are not places) and ``resolution``."""
    warm()
    gaz = gazetteer.load()
    _memos_for(gaz)
    t0 = time.process_time()
    found = find_mentions(text, gaz, lang)
    t1 = time.process_time()
    mentions = _with_seats(filter_mentions(found, text, gaz, lang), text, gaz, lang)
    t2 = time.process_time()
    resolutions = resolve(text, mentions, gaz, lang, source)
    out = []
    eligible = []
    for r in resolutions:
        met = False
        if not_a_place(text, r.mention.start, r.mention.end, lang):
            continue  # "OTAN", "Marine Le Pen": an organisation or a person, not a place
        seat = None
        if r.scored:
            # A seat of power among the candidates ("Washington": the capital, not the state)
            # is what a name acting as a government means; a country only when it is the reading.
            seat = next((k for k, (i, _s) in enumerate(r.scored[:5]) if gaz.fcode[i] in GOV_CODES), None)
            if seat is None and gaz.fcode[r.scored[0][0]] in STATE_CODES:
                seat = 0
            if seat is not None:
                met = is_metonym(text, r.mention.start, r.mention.end, gaz.fcode[r.scored[seat][0]], lang,
                                 strict=seat > 0)
                if met and seat and gaz.fcode[r.scored[0][0]] not in STATE_CODES:
                    # (a country read first stays: "власти Бразилии" is Brazil, not Brasília, whose
                    # name is a form of the country's; the seat still decides the flag, as before)
                    # a new list: the candidates may be shared with other mentions of the same name
                    r.scored = [r.scored[seat]] + [c for k, c in enumerate(r.scored) if k != seat]
        out.append((r, met))
        eligible.append(seat == 0)  # a coordinated name is read as a government only where that is its reading
    flags = propagate(text, [(r.mention.start, r.mention.end) for r, _ in out], [m for _, m in out], eligible)
    out = [(r, f) for (r, _), f in zip(out, flags)]
    if clock is not None:
        t3 = time.process_time()
        clock["matching"] += t1 - t0
        clock["recognition"] += t2 - t1
        clock["resolution"] += t3 - t2
    return out


def _with_seats(mentions: list[Mention], text: str, gaz: gazetteer.Gazetteer, lang: str | None) -> list[Mention]:
    """Add the seats of power written with a lower-case word ("Белый дом", "Білого дому"), which
    replace the capitalised word the matcher found in them ("Белый", a village)."""
    seats = []
    for s, e, name in seat_spans(text, lang):
        cands = gaz.lookup(gazetteer.norm(name))
        if cands:
            seats.append(Mention(s, e, text[s:e], tuple(cands), features={"ntok": len(text[s:e].split())}))
    if not seats:
        return mentions
    kept = [m for m in mentions if not any(m.start < se.end and se.start < m.end for se in seats)]
    return sorted(kept + seats, key=lambda m: m.start)


def to_annotation(r: Resolution, metonymy: bool) -> Annotation:
    gaz = gazetteer.load()
    m: Mention = r.mention
    if not r.scored:
        attrs = {"resolved": False, "geonameid": None, "name": None, "feature_class": None,
                 "feature_code": None, "country": None, "admin1": None, "lat": None, "lon": None,
                 "candidates": [], "metonymy": metonymy}
        return Annotation(m.start, m.end, "PLACE", NAME, 0.0, attrs)
    cands = [{**_candidate_fields(gaz, i), "score": round(s, 3)} for i, s in r.scored[:5]]
    attrs = {**_entity_fields(gaz, r.scored[0][0]), "candidates": cands, "metonymy": metonymy}
    return Annotation(m.start, m.end, "PLACE", NAME, round(r.confidence, 4), attrs)


# The fields of an entity, built once per entity (copied into each annotation's own dicts).

@lru_cache(maxsize=50_000)
def _candidate_fields(gaz: gazetteer.Gazetteer, i: int) -> dict:
    return {"geonameid": gaz.gid[i] or None, "name": gaz.names[i], "feature_code": gaz.fcode[i],
            "country": gaz.cc[i] or None, "lat": round(gaz.lat[i], 5), "lon": round(gaz.lon[i], 5)}


@lru_cache(maxsize=50_000)
def _entity_fields(gaz: gazetteer.Gazetteer, i: int) -> dict:
    best = gaz.entity(i)
    return {
        "resolved": True,
        "geonameid": best.geonameid,
        "name": best.name,
        "feature_class": best.fclass,
        "feature_code": best.fcode,
        "country": best.country or None,
        "admin1": best.admin1 or None,
        "lat": best.lat,
        "lon": best.lon,
        "source": best.source,
    }


@register
class Places(Component):
    name = NAME
    requires = ("language",)
    assigns = ("places",)

    def predict(self, article: Article) -> list[Annotation]:
        found = analyse(article.text, article.language, article.source, self.stage_seconds)
        t = time.process_time()
        anns = [to_annotation(r, met) for r, met in found]
        self.stage_seconds["annotations"] += time.process_time() - t
        return anns

    def set_annotations(self, article: Article, result: list[Annotation]) -> None:
        article.add("places", result)
