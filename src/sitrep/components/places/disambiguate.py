"""Choosing the entity each mention names.

Each candidate gets a score, the sum of:

- a prior from its population and feature type (countries and first-level
  areas before towns of the same name);
- an explicit qualifier after the name ("Alexandria, La.", "Paris, Texas",
  "Izium, Ukraine");
- the article's country and admin-1 context: countries named or implied by
  demonyms ("russe", "ukrainien", "российский"), and the areas of the other
  places resolved in a first pass;
- spatial coherence: closeness to the other places of the article;
- the outlet's home region (``article.source["home"]``: a country code, or
  ``{"country": "US", "admin1": "LA"}``), a strong prior for local news.

Two passes: the first uses the prior and qualifiers only; the second adds the
context built from the first.  Scores become confidences by a softmax.
"""

from __future__ import annotations

import math
from math import asin, cos, radians, sin, sqrt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from operator import itemgetter
from importlib import resources

from .gazetteer import TRANSLIT_COUNTRIES, Gazetteer, demonyms, distance_km, norm, skeleton
from .matching import Mention, stop_words
from .recognition import after_river_word, latin_name, own_name, phrases
from .metonymy import THE_BEFORE, is_metonym, matches, word_patterns

#: added to a candidate's log population by its feature code. A stream (``STM``) is one of the major
#: rivers of ``places_extra.tsv``: with 4.0 it ranks as a town of 100,000, above the villages of its
#: name ("на Волге" is the Volga, not the town of 3,500; "le Tigre" not Tigre, Argentina), below a city
#: ("Dnipro", a million, stays the city without a river word)
TYPE_BONUS = {"PCLI": 3.5, "PCLD": 2.5, "PCLS": 2.5, "CONT": 4.0, "ADM1": 2.0, "ADM2": 4.2, "RGN": 1.0,
              "PPLC": 3.0, "PPLA": 0.6, "CSTL": 3.0, "BLDG": 3.0, "SEA": 3.0, "STM": 4.0, "GULF": 3.0, "BAY": 3.0}
#: a region of no one country ("Middle East", "Balkans", "Caucasus", "Sahel") outranks the hamlets that
#: bear its name, with their local context ("Middle East", a US hamlet of 1,900, was chosen 48 times in
#: 2,057 real articles)
MACRO_REGION_BONUS = 6.0
MAX_CANDIDATES = 40
#: A town that bears a Latin name only as an alternate name, where another candidate bears it as its
#: own name, loses this much ("Philadelphia" is also an old name of Amman, "Washington" one of Piqua,
#: "Bethlehem" one of Carmel), unless it is ``ALIAS_RIVAL_RATIO`` times as populous as the largest of
#: those ("Londres" is London before the Argentine village Londres, "Cologne" Köln)
ALIAS_PENALTY = 3.0
ALIAS_RIVAL_RATIO = 100
#: two names at least this similar (``difflib`` ratio) are spellings of one ("Hannover" / "Hanover")
SAME_NAME_RATIO = 0.6
#: a town that bears a Latin name only as another name of its own ("Hey" for Hay, Australia, "Boni" for
#: Bonn, "Salisbury" for Harare), with no candidate bearing the name as its own, in a country no other
#: place of the article is in while at least this many others are: not resolved (a word, a person, or
#: a place the gazetteer does not hold), rather than a town across the world
FOREIGN_ALIAS_CONTEXT = 2
#: ... and not a spelling of its name: stricter than :data:`SAME_NAME_RATIO` ("Boni" / "Bonn", "Bali" /
#: "Bari" are two names); capitals and cities of a million are left alone (their exonyms: "Bruxelles")
FOREIGN_ALIAS_SAME_RATIO = 0.8
FOREIGN_ALIAS_MAX_POP = 1_000_000
#: per other place of the article in the same admin-1 area / within 150 km (3 at most)
A1_WEIGHT = 1.5
NEAR_WEIGHT = 1.0
QUALIFIER = re.compile(r"^,\s*([A-Z][\w.’' ]{1,24}?)(?=[,.;:)\s]|$)")
POSSESSIVE = re.compile(r"['’]s?$")


#: a country's feature codes (an acting country gives no context: :func:`resolve`)
COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLS"})

#: a river's candidates win over the towns of its name after a word of ``places_river_words.txt``
RIVER_BONUS = 10.0


@lru_cache(maxsize=1)
def _located_words() -> re.Pattern:
    """The words of ``places_river_located.txt`` as one expression from the end of the name."""
    return re.compile(r"\s+" + phrases("places_river_located.txt") + r"\s+", re.I)


def _located_by_town(text: str, m: Mention, after: Mention | None, gaz: Gazetteer) -> bool:
    """A stream is among the candidates and the next place, a town, follows right after a word of
    ``places_river_located.txt``: "вода у Дніпрі біля Запоріжжя", "над Дніпром у Києві" is the
    Dnieper, placed by the town; the city of Dnipro is not "near Zaporizhzhia". An area or a country
    after it ("Dnipro in Ukraine", "Dnipro in the Dnipropetrovsk region") says nothing of the kind."""
    if after is None or m.region or after.region or not gaz.has_stream(m.candidates):
        return False
    gap = _located_words().fullmatch(text, m.end, after.start)
    return (gap is not None and norm(after.surface) != norm(m.surface)
            and any(gaz.fclass[i] == "P" for i in after.candidates)
            and not any(gaz.fcode[i].startswith("PCL") for i in after.candidates))


#: the word right after a name, past its blanks
_NEXT_WORD = re.compile(r"\s*([^\W\d_]*)")


def _the_river(text: str, m: Mention, gaz: Gazetteer, lang: str | None) -> bool:
    """A stream is among the candidates, English's article comes right before the name and a
    punctuation mark or a function word right after it: "barges on the Mississippi near St. Louis",
    "the Mississippi, officials said" are the river (a state or a town takes no article); "the
    Mississippi legislature", "the Mississippi Department of Health" are not asked (a noun follows)."""
    if lang not in ("en", None) or m.region or not gaz.has_stream(m.candidates):
        return False
    if THE_BEFORE.search(text[max(0, m.start - 5):m.start].casefold()) is None:
        return False
    if text[m.end:m.end + 1] in ("-", "'", "’"):
        return False
    word = _NEXT_WORD.match(text, m.end).group(1)
    return not word or word.casefold() in stop_words(lang or "en")


#: Cyrillic instrumental endings: "над Дніпром", "за Волгою", "над Десною"
_INSTRUMENTAL = ("ом", "ем", "єм", "ою", "ею", "єю")
#: where a sentence ends, for the air-attack words of :func:`_over_river`
_SENTENCE_END = re.compile(r"[.!?\n]")


@lru_cache(maxsize=1)
def _over_words() -> re.Pattern:
    """The prepositions of ``places_river_over.txt`` ("над", "за") right before the name."""
    return re.compile(phrases("places_river_over.txt") + r"\s+$")


@lru_cache(maxsize=1)
def _air_words() -> re.Pattern:
    """The beginnings of the words of ``places_river_air.txt`` (збил-, ракет-, дрон-, ППО ...)."""
    return re.compile(phrases("places_river_air.txt"))


def _over_river(text: str, m: Mention, gaz: Gazetteer) -> bool:
    """A stream is among the candidates, the name is in the instrumental right after "над" or "за",
    and its sentence speaks of no air attack: "Над Дніпром стоїть туман", "ЗСУ закріпилися за
    Дніпром" are the Dnieper; "Над Дніпром збили дві ракети" (and "над Києвом") is the sky over a
    city. (A town right after the name is :func:`_located_by_town`'s.)"""
    if not m.surface.endswith(_INSTRUMENTAL) or not gaz.has_stream(m.candidates):
        return False
    if _over_words().search(text[max(0, m.start - 12):m.start].casefold()) is None:
        return False
    start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start)), default=0)
    end = _SENTENCE_END.search(text, m.end)
    sentence = text[start:end.start() if end else len(text)].casefold()
    return _air_words().search(sentence) is None


#: the country of the news a language is read in, where it has one: a Ukrainian text's towns are in
#: Ukraine before the namesakes abroad ("у Галичі" is Halych, Ivano-Frankivsk oblast, 6,000, not
#: Galich, Russia, 18,000); Russian is read in Russia and Ukraine both, French and English everywhere
LANGUAGE_COUNTRY = {"uk": "UA"}
LANGUAGE_COUNTRY_BONUS = 1.0


@dataclass
class Resolution:
    mention: Mention
    #: (entity index, score) best first
    scored: list[tuple[int, float]]
    confidence: float


@lru_cache(maxsize=None)
def _demonym_matcher(lang: str):
    """An Aho-Corasick automaton of the forms of ``lang`` (one pass over the text finds
    every place one begins), and the exact forms longest first."""
    exact, prefixes = demonyms(lang)
    if not exact and not prefixes:
        return None
    import ahocorasick

    auto = ahocorasick.Automaton()
    for form in [*exact, *(p for p, _ in prefixes)]:
        auto.add_word(form, len(form))
    auto.make_automaton()
    return auto, tuple(sorted(exact, key=len, reverse=True))


_WORD_REST = re.compile(r"\w*")


def _is_word_char(text: str, i: int) -> bool:
    """``text[i]`` exists and is what ``\\w`` matches."""
    return i < len(text) and (text[i].isalnum() or text[i] == "_")


def demonym_countries(text: str, lang: str | None) -> Counter:
    """Countries named by demonyms and adjectives, once per occurrence.

    A form counts where it starts a word: an exact form as the whole word, a
    prefix form (``russ*``) with the rest of its word; at any one place the
    exact forms, longest first, come before the prefixes, and occurrences do
    not overlap (as ``re.finditer`` would find them, but one automaton pass
    replaces trying every form at every character).
    """
    exact, prefixes = demonyms(lang or "en")
    out: Counter = Counter()
    matcher = _demonym_matcher(lang or "en")
    if matcher is None:
        return out
    auto, longest_first = matcher
    folded = text.casefold()
    resume = 0
    for start in sorted({end + 1 - n for end, n in auto.iter(folded)}):
        if start < resume or (start and _is_word_char(folded, start - 1)):
            continue
        w = next((f for f in longest_first if folded.startswith(f, start)
                  and not _is_word_char(folded, start + len(f))), None)
        if w is None:
            p = next((p for p, _ in prefixes if folded.startswith(p, start)), None)
            if p is None:
                continue
            w = p + _WORD_REST.match(folded, start + len(p)).group()
        resume = start + len(w)
        cc = exact.get(w)
        if cc is None:
            for p, c in prefixes:
                if w.startswith(p):
                    cc = c
                    break
        if cc and not _acting(folded, start, start + len(w), lang or "en"):
            out[cc] += 1
    return out


#: languages whose adjectives follow the noun ("les forces russes")
NOUN_FIRST = {"fr"}
_WORD_AFTER = re.compile(r"^[\s\-]+([^\W\d_]+)", re.U)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)['’]?\s+$", re.U)


@lru_cache(maxsize=None)
def actor_nouns(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """``data/<lang>/places_demonym_actors.txt``: nouns that make a demonym name an armed force or
    a government ("Russian troops", "les forces russes")."""
    try:
        path = resources.files("sitrep") / "data" / lang / "places_demonym_actors.txt"
        lines = path.read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, OSError):
        return frozenset(), ()
    return word_patterns(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _acting(folded: str, start: int, end: int, lang: str) -> bool:
    """The demonym at ``folded[start:end]`` names who acts ("Russian troops"), not where."""
    exact, prefixes = actor_nouns(lang)
    if not exact and not prefixes:
        return False
    if lang in NOUN_FIRST:
        m = _WORD_BEFORE.search(folded[max(0, start - 30):start])
    else:
        m = _WORD_AFTER.match(folded[end:end + 30])
    if not m:
        return False
    return matches(m.group(1), exact, prefixes)


def prior(gaz: Gazetteer, i: int) -> float:
    """Log population plus a feature-type bonus, memoised on the gazetteer."""
    p = gaz.prior_cache.get(i)
    if p is None:
        bonus = TYPE_BONUS.get(gaz.fcode[i], 0.0)
        if gaz.fcode[i] == "RGN" and not gaz.cc[i]:
            bonus = MACRO_REGION_BONUS
        p = gaz.prior_cache[i] = math.log10(gaz.pop[i] + 10) + bonus
    return p


@lru_cache(maxsize=2_000)
def _alias_towns(gaz: Gazetteer, cands: tuple[int, ...], surface: str) -> frozenset[int]:
    """The towns of ``cands`` that :data:`ALIAS_PENALTY` applies to: their own name is another name,
    not a spelling of this one (:func:`other_name`); memoised, the same names come back. Towns of
    Ukraine, Russia and Belarus are left alone: their Russian and Soviet-era names ("Artemovsk" for
    Bakhmut, "Krasnoarmeyskoye" for Pokrovsk) are what much of the news still writes."""
    key = norm(surface)
    own = [i for i in cands if own_name(gaz, i, key)]
    if not own or len(own) == len(cands):
        return frozenset()
    top = max(max(gaz.pop[i] for i in own), 1000)
    return frozenset(i for i in cands if gaz.fclass[i] == "P" and gaz.pop[i] < ALIAS_RIVAL_RATIO * top
                     and gaz.cc[i] not in TRANSLIT_COUNTRIES
                     and not own_name(gaz, i, key) and other_name(norm(gaz.names[i]), key))


def _foreign_alias(gaz: Gazetteer, cands: tuple[int, ...], key: str, surface: str) -> bool:
    """Whether the best of ``cands`` (best first) is a town bearing the Latin name ``surface`` (folded:
    ``key``) only as another name, not a spelling of its own, and no candidate bears it as its own
    (:data:`FOREIGN_ALIAS_CONTEXT`); towns of Ukraine, Russia and Belarus are left alone, as in
    :func:`_alias_towns` ("Kiev", "Artemovsk")."""
    i = cands[0]
    # (no memo: asked only where the town's country has no other place, the cheap tests first)
    return (gaz.fclass[i] == "P" and gaz.fcode[i] != "PPLC" and gaz.pop[i] < FOREIGN_ALIAS_MAX_POP
            and gaz.cc[i] not in TRANSLIT_COUNTRIES and latin_name(surface)
            and not any(own_name(gaz, j, key) for j in cands)
            and other_name(norm(gaz.names[i]), key, FOREIGN_ALIAS_SAME_RATIO))


def other_name(name: str, key: str, same: float = SAME_NAME_RATIO) -> bool:
    """Two folded names are different names, not two spellings or a longer form of one ("Amman" and
    "Philadelphia", not "Ródos" and "Rhodes", "New York City" and "New York"): their ``difflib``
    ratio is below ``same``."""
    if name in key or key in name:
        return False
    return SequenceMatcher(None, name, key, autojunk=False).ratio() < same


def _qualifier(text: str, m: Mention, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """(country, US state) named right after the mention: "Alexandria, La."."""
    q = QUALIFIER.match(text[m.end:m.end + 30]) if text.startswith(",", m.end) else None
    if not q:
        return None, None
    words = POSSESSIVE.sub("", q.group(1).strip())  # "Tripoli, Lebanon's second city"
    for k in (norm(words), norm(words.split()[0]) if words.split() else ""):
        if not k:
            continue
        if k in gaz.us_qualifier:
            return "US", gaz.us_qualifier[k]
        for i in gaz.lookup(k):
            if gaz.fcode[i] in ("PCLI", "PCLD", "PCLS"):
                return gaz.cc[i], None
            if gaz.fcode[i] == "ADM1":
                return gaz.cc[i], gaz.admin1[i]
    return None, None


_REGION_WORDS = re.compile(r"^(?:r[ée]gions?|oblast|province|d[ée]partement)\s+(?:de\s+(?:la\s+)?|du\s+|d['’])", re.I)


def _area_after(text: str, m: Mention, after: Mention | None, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """(country, first-level area) of an area's name right after the mention, a qualifier as
    :func:`_qualifier`'s: "у Косові Івано-Франківської області" is Kosiv, not Kosovo; "в Покровську
    Донецької області"."""
    if after is None or m.region or not after.region or text[m.end:after.start].strip(" ,"):
        return None, None
    for i in after.candidates:
        if gaz.fcode[i] == "ADM1":
            return gaz.cc[i], gaz.admin1[i]
    return None, None


def _named_areas(m: Mention, gaz: Gazetteer) -> set[int]:
    """First-level areas whose own name is the region expression ("Donetsk region", "oblast de
    Kharkiv"), as opposed to the areas of towns that bear the name."""
    name = _REGION_WORDS.sub("", m.surface)
    out: set[int] = set()
    for form in (f"{name} region", f"{name} oblast", f"oblast de {name}", name):
        out.update(i for i in gaz.lookup(norm(form)) if gaz.fcode[i] == "ADM1")
    return out


def _home(source: dict) -> tuple[str | None, str | None]:
    home = source.get("home") if source else None
    if isinstance(home, str):
        return home.upper(), None
    if isinstance(home, dict):
        return (home.get("country") or "").upper() or None, home.get("admin1")
    return None, None


def _near(lat: float, lon: float, points: list[tuple[float, float]]) -> int:
    """How many of ``points`` lie within 150 km, three at most."""
    near = 0
    for pla, plo in points:
        if -1.4 < lat - pla < 1.4 and distance_km(lat, lon, pla, plo) < 150:
            near += 1
            if near == 3:
                break
    return near


class _Points:
    """The points of :func:`_near` sorted by latitude, so that a candidate looks only at those
    within 1.5 degrees of its own (the count, three at most, does not depend on the order; the
    same test as :func:`_near` is applied to each, the wider window only bounds the search:
    150 km is less than 1.4 degrees of latitude). Each point keeps its latitude in radians and
    that latitude's cosine, the terms of :func:`~.gazetteer.distance_km` that depend on the point
    alone (computed as there: the same distances to the last bit)."""

    __slots__ = ("points", "lats")

    def __init__(self, points: list[tuple[float, ...]]) -> None:
        self.points = sorted(p if len(p) == 4 else with_terms(*p) for p in points)
        self.lats = [p[0] for p in self.points]

    @classmethod
    def of_sorted(cls, points: list[tuple[float, float, float, float]]) -> "_Points":
        """Points already sorted, with their terms (:func:`with_terms`)."""
        self = cls.__new__(cls)
        self.points = points
        self.lats = [p[0] for p in points]
        return self

    def __bool__(self) -> bool:
        return bool(self.points)

    def near(self, lat: float, lon: float) -> int:
        lats = self.lats
        lo = bisect_left(lats, lat - 1.5)
        hi = bisect_right(lats, lat + 1.5, lo)
        if lo == hi:
            return 0
        # distance_km(lat, lon, pla, plo) < 150, written out
        p1 = radians(lat)
        c1 = cos(p1)
        near = 0
        for pla, plo, p2, c2 in self.points[lo:hi]:
            if -1.4 < lat - pla < 1.4:
                a = sin((p2 - p1) / 2) ** 2 + c1 * c2 * sin(radians(plo - lon) / 2) ** 2
                if 6371.0088 * 2 * asin(min(1.0, sqrt(a))) < 150:
                    near += 1
                    if near == 3:
                        break
        return near


def with_terms(lat: float, lon: float) -> tuple[float, float, float, float]:
    """A point of :class:`_Points`: (lat, lon, lat in radians, its cosine)."""
    p = radians(lat)
    return lat, lon, p, cos(p)


@lru_cache(maxsize=2_000)
def _areas_named(gaz: Gazetteer, candidates: tuple[int, ...], region: bool) -> frozenset[tuple[str, str]]:
    """The first-level areas a mention with these candidates names (see :func:`resolve`);
    memoised: the same names come back, some with a hundred candidates."""
    return frozenset((gaz.cc[i], gaz.admin1[i]) for i in candidates
                     if gaz.fcode[i] == "ADM1" or (region and gaz.fclass[i] == "P")
                     or (gaz.fcode[i] == "RGN" and gaz.admin1[i]))


def _acting_country(text: str, m: Mention, fcode: str, lang: str | None) -> bool:
    """The country's name is the one acting ("Росія вдарила по Галичу", "Russia shelled Halych"), not
    the owner of those who act ("Ukraine's armed forces", "Russia-led forces"): an owner still says
    which country the article is about."""
    if text[m.end:m.end + 1] in ("'", "’", "-"):
        return False
    return is_metonym(text, m.start, m.end, fcode, lang)


def resolve(text: str, mentions: list[Mention], gaz: Gazetteer, lang: str | None,
            source: dict | None = None) -> list[Resolution]:
    home_cc, home_a1 = _home(source or {})
    lang_cc = LANGUAGE_COUNTRY.get(lang or "")
    demo = demonym_countries(text, lang)
    base: list[dict[int, float]] = []
    # First-level areas the text names: "Kherson Oblast", "the Kherson region" (a town's area),
    # a region lying in one ("the DPR").
    areas_named: set[tuple[str, str]] = set()
    for m in mentions:
        areas_named.update(_areas_named(gaz, m.candidates, m.region))
    priors = gaz.prior_cache
    memo: dict[tuple, dict[int, float]] = {}  # a name mentioned again scores the same
    for k, m in enumerate(mentions):
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        q_cc, q_a1 = _qualifier(text, m, gaz)
        if q_cc is None:
            q_cc, q_a1 = _area_after(text, m, after, gaz)
        river_word = after_river_word(text, m, gaz)
        river = (river_word or _located_by_town(text, m, after, gaz) or _over_river(text, m, gaz)
                 or _the_river(text, m, gaz, lang))
        memo_key = (m.candidates, m.surface, m.region, q_cc, q_a1, river, river_word)
        if memo_key in memo:
            base.append(memo[memo_key])
            continue
        cs = list(m.candidates)
        if areas_named and cs and all(gaz.cc[i] in TRANSLIT_COUNTRIES for i in cs):
            # "Stepanovka ... Kherson region": GeoNames knows some Stepanivkas by that spelling, the
            # codifier's villages only by their Ukrainian one; those in the named area compete too.
            sk = skeleton(m.surface)
            if sk:
                cs += [i for i in (*gaz.skeleton_index.get(sk, ()), *gaz.area_skeleton_index.get(sk, ()))
                       if (gaz.cc[i], gaz.admin1[i]) in areas_named and i not in cs]
        if m.region and not (any(gaz.fcode[i] in COUNTRY_CODES for i in cs)
                             and not any(gaz.fcode[i] == "ADM1" for i in cs)):
            # "région de Kharkov": the admin-1 area of the city, or the area itself. A country's name
            # that no first-level area bears stays the country ("Serb Kosovo province" is not the
            # oblast of a Belarusian village Kosovo).
            areas = []
            for i in cs:
                if gaz.fcode[i] == "ADM1":
                    areas.append(i)
                else:
                    a = gaz.admin1_entity.get((gaz.cc[i], gaz.admin1[i]))
                    if a is not None and gaz.fclass[i] == "P":
                        areas.append(a)
            if areas:
                cs = list(dict.fromkeys(areas))
                named = _named_areas(m, gaz)
                if named & set(cs):
                    # "Donetsk region" is the oblast of that name, not the area of another Donetsk.
                    cs = [i for i in cs if i in named]
        if river_word:
            # "le long du fleuve Niger", "на лівому березі Дніпра": the river, not the country or
            # the city of its name, whatever the article's other places say
            cs = [i for i in cs if gaz.fcode[i] == "STM"]
        if len(cs) > MAX_CANDIDATES:
            # The most likely by prior, but those in a first-level area the text names come first
            # ("Stepanovka ... in the Kherson region": one of 50 Stepanivkas).
            cs = sorted(cs, key=lambda i: ((gaz.cc[i], gaz.admin1[i]) not in areas_named, -prior(gaz, i)))[:MAX_CANDIDATES]
        scores = {}
        alias = _alias_towns(gaz, tuple(cs), m.surface) if not m.region and latin_name(m.surface) else ()
        # A city that is its own first-level area (Kyiv, Moscow, Berlin): the city, unless
        # the area is asked for ("région de ...").
        seats = {(gaz.cc[i], gaz.admin1[i]) for i in cs if gaz.fcode[i] in ("PPLC", "PPLA")}
        for i in cs:
            s = priors.get(i)
            if s is None:
                s = prior(gaz, i)
            if not m.region and gaz.fcode[i] == "ADM1" and (gaz.cc[i], gaz.admin1[i]) in seats:
                s -= 2.5
            if i in alias:
                s -= ALIAS_PENALTY
            if river and gaz.fcode[i] == "STM":
                s += RIVER_BONUS
            if q_cc and gaz.cc[i] == q_cc:
                s += 3.0
                if q_a1 and gaz.admin1[i] == q_a1:
                    s += 4.0
            if lang_cc and gaz.cc[i] == lang_cc and gaz.fclass[i] == "P":
                s += LANGUAGE_COUNTRY_BONUS
            if home_cc and gaz.cc[i] == home_cc:
                s += 1.5
                if home_a1 and gaz.admin1[i] == home_a1:
                    s += 4.5
            scores[i] = s
        base.append(scores)
        memo[memo_key] = scores

    # First pass: the prior's choices.
    first = [max(sc, key=sc.get) if sc else None for sc in base]
    keys = [norm(m.surface) for m in mentions]
    # A country acting ("Росія вдарила по Галичу", "Russia shelled Halych") says who strikes, not
    # where: its name gives no country to the other names (the town is the one the language or the
    # other places support). English demonyms, places of the layer, are left as they were ("Mexican
    # authorities" still tells "Mexico" from Mexico, Missouri).
    acting = {k for k, e in enumerate(first)
              if e is not None and gaz.fcode[e] in COUNTRY_CODES and not mentions[k].features.get("demonym")
              and _acting_country(text, mentions[k], gaz.fcode[e], lang)}
    # Context from every first choice; a name's own mentions are taken out again below.
    all_cc: Counter = Counter(demo)
    all_a1: Counter = Counter()
    by_key: dict[str, list[int]] = {}
    for k, e in enumerate(first):
        by_key.setdefault(keys[k], []).append(k)
        if e is None or k in acting:
            continue
        all_cc[gaz.cc[e]] += 1
        if gaz.fcode[e] not in ("PCLI", "PCLD", "PCLS", "CONT"):
            all_a1[(gaz.cc[e], gaz.admin1[e])] += 1
    point_of = {}
    cc_of: dict[str, str] = {}
    for k, e in enumerate(first):
        if e is not None and gaz.fcode[e] not in ("PCLI", "PCLD", "PCLS", "CONT"):
            if keys[k] not in point_of:
                point_of[keys[k]] = with_terms(gaz.lat[e], gaz.lon[e])
            cc_of.setdefault(keys[k], gaz.cc[e])
    # Each name's context is the whole article's less its own mentions: counted once here,
    # its own share taken out per name below (no copy of the counters per name).
    total_all_cc = sum(all_cc.values())
    cc_points_all = Counter(cc_of.values())
    first_points = list(point_of.items())[:21]  # the first 20 points of the other names are among them
    # A name's points are the first 20 of the other names': the first 21 less its own where it is
    # among them, else the first 20 (one shared set); sorted once here, each name's set keeps the order.
    sorted_points = sorted((p, kk) for kk, p in first_points)
    first_keys = {kk for kk, _p in first_points}
    keys_20 = {kk for kk, _p in first_points[:20]}
    first_20 = _Points.of_sorted([p for p, kk in sorted_points if kk in keys_20])
    done: dict[str, tuple[list[tuple[int, float]], float]] = {}
    out: list[Resolution] = []
    for k, m in enumerate(mentions):
        key = keys[k] + ("#region" if m.region else "")
        if key not in done:
            own_cc: dict[str, int] = {}
            own_a1: dict[tuple[str, str], int] = {}
            for k2 in by_key[keys[k]]:
                e = first[k2]
                if e is None or k2 in acting:
                    continue
                own_cc[gaz.cc[e]] = own_cc.get(gaz.cc[e], 0) + 1
                if gaz.fcode[e] not in ("PCLI", "PCLD", "PCLS", "CONT"):
                    a1 = (gaz.cc[e], gaz.admin1[e])
                    own_a1[a1] = own_a1.get(a1, 0) + 1
            own_point_cc = cc_of.get(keys[k])
            if keys[k] in first_keys:
                points = _Points.of_sorted([p for p, kk in sorted_points if kk != keys[k]])
            else:
                points = first_20
            has_cc_points = len(cc_of) > (own_point_cc is not None)
            total_cc = (total_all_cc - sum(own_cc.values())) or 1
            # a candidate 1.5 degrees of latitude or more beyond the points has none near it (what
            # ``near``'s window finds: asked only of the others)
            has_points = bool(points)
            if has_points:
                south, north = points.lats[0], points.lats[-1]
            scored = []
            for i, sc in base[k].items():
                c = gaz.cc[i]
                cnt = all_cc.get(c, 0) - own_cc.get(c, 0)
                if cnt > 0:
                    sc += 2.5 * cnt / total_cc + 0.8
                fcode = gaz.fcode[i]
                if fcode not in ("PCLI", "PCLD", "PCLS", "CONT"):
                    a1 = (c, gaz.admin1[i])
                    sc += A1_WEIGHT * min(all_a1.get(a1, 0) - own_a1.get(a1, 0), 3)
                if has_cc_points and fcode in ("PCLI", "PCLD", "PCLS"):
                    sc += NEAR_WEIGHT * min(cc_points_all.get(c, 0) - (c == own_point_cc), 3)
                if has_points and gaz.fclass[i] != "A":
                    lat = gaz.lat[i]
                    if not (lat + 1.5 < south or lat - 1.5 > north):
                        sc += NEAR_WEIGHT * points.near(lat, gaz.lon[i])
                scored.append((i, sc))
            scored.sort(key=itemgetter(1), reverse=True)  # stable, as sorting on the negated score
            if scored and total_cc >= FOREIGN_ALIAS_CONTEXT and not m.region and \
                    all_cc.get(gaz.cc[scored[0][0]], 0) == own_cc.get(gaz.cc[scored[0][0]], 0) and \
                    _foreign_alias(gaz, tuple(i for i, _s in scored), keys[k], m.surface):
                scored = []
            conf = 0.0
            if scored:
                top = scored[0][1]
                conf = 1.0 / sum(math.exp(v - top) for _, v in scored)
            done[key] = (scored, conf)
        scored, conf = done[key]
        out.append(Resolution(m, scored, conf))
    return out
