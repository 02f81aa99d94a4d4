"""Events across articles: reports of one event merged into an incident.

A *report* is one sentence of one article that reports an event:

- from the ``events`` layer when the article has one (label = type; attrs
  ``actor``, ``recipient``, ``location``, ``date``, ``killed``);
- otherwise from what the article has: a sentence with a cue of an event type
  (``data/xx/stories_cues.tsv``: attack, withdrawal, liberation, aid, outage),
  its places (GeoNames id of the ``places`` layer), its date (``times`` layer,
  else the publication day), the first actor named in it (``actors`` layer),
  the number of killed (a number, in digits or words of
  ``data/xx/number_words.tsv``, next to a "killed" cue) and whether it
  denies (a denial cue: "denied", "опровергло", "dément", "спростував"...).

Within a story, reports of the same type whose days are at most
``DAY_TOLERANCE`` apart and whose places agree (same GeoNames id, or one of
them unknown) are one incident; a denial joins the incident it denies (same
rule, any type it names). Corroboration is then computed for each incident
(:mod:`corroboration`).
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

from . import features

PRODUCER = "incidents.v1"
DAY_TOLERANCE = 1
#: incidents of the same type a report is compared with (the latest)
SCAN = 60
#: words between a number and a "killed" cue
KILLED_WINDOW = 4
_TOKEN = re.compile(r"\d+(?:[ ,.]\d{3})*|[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass
class Report:
    article: int
    start: int
    end: int
    type: str
    day: str | None
    place: str | None          # GeoNames id (or the name an events layer gives)
    place_name: str | None
    actor: str | None
    killed: int | None
    denies: bool
    origin: str                # "events" or "cues"
    source: str | None = None  # the chain's origin when the sentence is attributed (statements layer)
    outlet: str | None = None


@dataclass
class Incident:
    type: str
    reports: list[Report] = field(default_factory=list)
    day: str | None = None                  # earliest day of a (non-denying) report
    place: tuple[str | None, str | None] = (None, None)   # GeoNames id and name of the first placed report

    def add(self, r: Report) -> None:
        self.reports.append(r)
        if r.day and not r.denies and (self.day is None or r.day < self.day):
            self.day = r.day
        if self.place[0] is None and r.place:
            self.place = (r.place, r.place_name)


@lru_cache(maxsize=1)
def _cues() -> dict[str, dict[str, tuple[str, ...]]]:
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    text = resources.files("sitrep.data").joinpath("xx/stories_cues.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, lang, words = line.split("\t")
        out.setdefault(kind, {})[lang] = tuple(words.split())
    return out


@lru_cache(maxsize=1)
def _numbers() -> dict[str, int]:
    out = {}
    text = resources.files("sitrep.data").joinpath("xx/number_words.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            value, *forms = line.split("\t")
            for f in forms:
                out[f.replace("’", "'")] = int(value)
    return out


@lru_cache(maxsize=None)
def _cue_pattern(kind: str, lang: str | None) -> re.Pattern:
    """One regular expression: a word starting with any cue prefix of ``kind`` (the language's, else all)."""
    table = _cues()[kind]
    prefixes = table[lang] if lang in table else [p for ps in table.values() for p in ps]
    alternatives = "|".join(sorted((re.escape(p) for p in set(prefixes)), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})", re.IGNORECASE)


def _matches(word: str, kind: str, lang: str | None) -> bool:
    return _cue_pattern(kind, lang).match(word) is not None


def _mentions(text: str, kind: str, lang: str | None) -> bool:
    return _cue_pattern(kind, lang).search(text) is not None


def _number(token: str) -> int | None:
    if token[0].isdigit():
        digits = re.sub(r"\D", "", token)
        return int(digits) if digits and len(digits) <= 6 else None
    return _numbers().get(token.lower().replace("’", "'"))


_AGE = ("year", "ans", "an", "лет", "год", "рок", "річ", "month", "mois", "месяц", "місяц")


def _age(low: list[str], j: int) -> bool:
    """``12-year-old``, ``54 ans``, ``12-летний``: an age, not a count."""
    return j + 1 < len(low) and low[j + 1].startswith(_AGE) or j > 0 and low[j - 1].startswith(("aged", "âgé"))


def _killed(tokens: list[str], lang: str | None) -> int | None:
    low = [t.lower() for t in tokens]
    for i, t in enumerate(low):
        if _matches(t, "killed", lang):
            window = range(max(0, i - KILLED_WINDOW), min(len(low), i + KILLED_WINDOW + 1))
            for j in sorted(window, key=lambda j: abs(j - i)):
                n = _number(tokens[j])
                if n is not None and not (1900 <= n <= 2100) and not _age(low, j):
                    return n
    return None


def _layer(con: sqlite3.Connection, article: int, layer: str) -> list[tuple[int, int, str, dict]]:
    return [(s, e, label, json.loads(attrs) if attrs else {}) for s, e, label, attrs in con.execute(
        'SELECT "start", "end", label, attrs FROM annotations WHERE article = ? AND layer = ? ORDER BY seq',
        (article, layer))]


def _inside(s: int, e: int, anns):
    return [a for a in anns if a[0] >= s and a[1] <= e]


def _source_key(attrs: dict) -> str | None:
    speaker = attrs.get("speaker") or {}
    chain = [c for c in attrs.get("chain") or () if c != "article"]
    key = speaker.get("actor") or (chain[-1] if chain else None) or (attrs.get("source") or {}).get("text")
    return str(key) if key else None


def _origins(statements):
    """A function of a span ``(s, e)``: the first link of the chain it is attributed to (the cited
    source) by the first of ``statements`` with a part overlapping it, if any. The parts are listed
    once, in order; each statement's key is computed once, when a span first falls on it."""
    parts = [(ps, pe, i) for i, (_, _, _, attrs) in enumerate(statements) for ps, pe in attrs.get("parts") or ()]
    keys: dict[int, str | None] = {}

    def origin(s: int, e: int) -> str | None:
        for ps, pe, i in parts:
            if ps < e and pe > s:
                if i not in keys:
                    keys[i] = _source_key(statements[i][3])
                return keys[i]
        return None

    return origin


def _event_fields(a: dict, pub_day: str | None):
    """Day, GeoNames id, place name, actor, killed and denial of an ``events`` annotation's attrs
    (docs/events.md: ``location``/``date`` objects, ``actor`` a list of actor clusters,
    ``numbers.killed.value``, ``modality``)."""
    date = a.get("date")
    day = (date.get("value") if isinstance(date, dict) else date) or pub_day
    day = str(day)[:10] if day else None
    loc = a.get("location")
    if isinstance(loc, dict):
        place = str(loc["geonameid"]) if loc.get("geonameid") else None
        place_name = loc.get("name")
    else:
        place, place_name = (str(loc), str(loc)) if loc else (None, None)
    actors = a.get("actor") or []
    first = actors[0] if isinstance(actors, list) and actors else actors or None
    actor = (first.get("country") or first.get("actor") or first.get("name")) if isinstance(first, dict) else first
    killed = (a.get("numbers") or {}).get("killed") or a.get("killed")
    killed = killed.get("value") if isinstance(killed, dict) else killed
    killed = int(killed) if str(killed or "").isdigit() else None
    denies = a.get("modality") in ("denied", "negated") or bool(a.get("denied") or a.get("negated"))
    return day, place, place_name, actor, killed, denies


def article_reports(con: sqlite3.Connection, article: int, prepared: tuple | None = None) -> list[Report]:
    """The reports of the stored article ``article``. ``prepared``: what :func:`prepare` gave for it
    (in the ingest worker), else its layers are read back from the database."""
    if prepared is None:
        prepared = _prepare_stored(con, article)
    outlet, rows = prepared
    return [Report(article, *row, outlet) for row in rows]


def _prepare_stored(con: sqlite3.Connection, article: int) -> tuple[str | None, list[tuple]]:
    text, title, language, published, outlet = con.execute(
        "SELECT unz(text), title, language, published, source_name FROM articles WHERE id = ?", (article,)).fetchone()
    return outlet, _report_rows(text, language, published, lambda name: _layer(con, article, name))


def prepare(article) -> tuple[str | None, list[tuple]]:
    """What :func:`article_reports` needs of an :class:`~sitrep.article.Article` with its layers
    (a pure function of the article, computed in the ingest worker): its outlet and its reports as
    rows (the fields of :class:`Report` from ``start`` to ``source``). The same as read back from
    the database: the layers' attrs are the values their JSON stores."""
    from ..corpus.identity import source_name

    def layer(name: str) -> list[tuple[int, int, str, dict]]:
        anns = article.layers.get(name) or ()
        if hasattr(anns, "records"):
            return [(s, e, k, at or {}) for s, e, k, at, _, _ in anns.records()]
        return [(a.start, a.end, a.label, a.attrs or {}) for a in anns]

    pub = article.published
    return source_name(article), _report_rows(article.text, article.language, pub.value if pub else None, layer)


def _report_rows(text: str, language: str | None, published: str | None, layer) -> list[tuple]:
    pub_day = published[:10] if published and len(published) >= 10 else None
    origin = _origins(layer("statements"))
    events = layer("events")
    out: list[tuple] = []
    if events:
        for s, e, label, a in events:
            day, place, place_name, actor, killed, denies = _event_fields(a, pub_day)
            out.append((s, e, label, day, place, place_name, actor, killed, denies, "events",
                        origin(s, e)))
        return out
    spans = [(s, e) for s, e, _, _ in layer("sentences")] or features.split_sentences(text)
    places = [p for p in layer("places") if p[3].get("resolved", True) and p[3].get("geonameid")]
    towns = [p for p in places if p[3].get("feature_class") == "P"]
    times = [t for t in layer("times") if re.match(r"^\d{4}-\d{2}-\d{2}$", str(t[3].get("value")))]
    actors = [a for a in layer("actors") if not a[3].get("anonymous")]
    kinds = [k for k in _cues() if k not in ("killed", "denial")]
    for s, e in spans:
        sentence = text[s:e]
        found = [k for k in kinds if _mentions(sentence, k, language)]
        killed = _killed(_TOKEN.findall(sentence), language) if _mentions(sentence, "killed", language) else None
        if killed is not None and "attack" not in found:
            found.insert(0, "attack")
        if not found:
            continue
        denies = _mentions(sentence, "denial", language)
        here = _inside(s, e, towns) or towns[:1]  # a town named here, else the article's first (dateline)
        day = next((t[3]["value"] for t in _inside(s, e, times)), pub_day)
        who = next((a[3].get("actor") or a[3].get("name") for a in _inside(s, e, actors)
                    if a[3].get("type") in ("state", "organisation")), None)
        place = here[0][3] if here else {}
        out.append((s, e, found[0], day, str(place["geonameid"]) if place else None,
                    place.get("name"), who, killed, denies, "cues", origin(s, e)))
    return out


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) if a and b else None
    except ValueError:
        return None


def _compatible(inc: Incident, r: Report) -> bool:
    if inc.type != r.type and not r.denies:
        return False
    gap = _days(inc.day, r.day)
    if gap is not None and gap > DAY_TOLERANCE:
        return False
    place, _ = inc.place
    return not (place and r.place and place != r.place)


def group(reports: list[Report]) -> list[Incident]:
    """Merge reports into incidents (reports in day order, earliest first; denials last).

    Each report is compared with the latest ``SCAN`` incidents of its type only (reports come in
    day order, so older ones are too far apart): bounded work however large the story."""
    incidents: list[Incident] = []
    by_type: dict[str, list[Incident]] = {}
    for r in sorted(reports, key=lambda r: (r.denies, r.day or "", r.article, r.start)):
        pool = [i for lst in by_type.values() for i in lst[-SCAN:]] if r.denies else by_type.get(r.type, [])[-SCAN:]
        target = None
        if r.denies:  # a denial joins an incident of the type it names first, else any
            target = next((i for i in reversed(by_type.get(r.type, [])[-SCAN:]) if _compatible(i, r)), None)
        target = target or next((i for i in reversed(pool) if _compatible(i, r)), None)
        if target is None:
            if r.denies:  # a denial of nothing reported here is not an incident
                continue
            target = Incident(r.type)
            incidents.append(target)
            by_type.setdefault(r.type, []).append(target)
        target.add(r)
    return incidents
