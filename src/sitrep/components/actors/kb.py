"""The canonical actor file (``sitrep/data/actors/*.tsv``), loaded once.

- ``states.tsv`` + ``templates.tsv``: every state, and for each its
  government, armed forces, defence and foreign ministries and anonymous
  officials, with name and description patterns in fr/en/ru/uk;
- ``people.tsv``: people with their offices (``roles.tsv``) over time;
- ``organisations.tsv``: bodies, media, parties, international organisations
  (a row with an existing id adds aliases);
- ``seats.tsv``: place names standing for a body that is no state when the places layer flags
  them as acting ("talks with Brussels": the EU);
- ``demonyms.tsv``: names of states' peoples ("les Américains");
- ``cues.tsv``: context words (articles, locative prepositions...).

Every alias becomes a :class:`Pattern` keyed by its word stems
(:func:`text.key`); Cyrillic names of people also get their Latin
transliterations (:mod:`translit`) and a surname pattern.
"""

from __future__ import annotations

import itertools
import pickle
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ... import compact
from ..stop_words import spacy_stop_words
from .text import key, words
from .translit import variants


@lru_cache(maxsize=512)
def iso3(alpha2: str | None) -> str | None:
    """ISO alpha-3 code (the actors' country codes) of an alpha-2 code ("UA" -> "UKR"), None when unknown."""
    if not alpha2:
        return None
    import pycountry  # noqa: PLC0415

    c = pycountry.countries.get(alpha_2=alpha2.upper())
    return c.alpha_3 if c is not None else None


@lru_cache(maxsize=512)
def country_name(alpha3: str | None) -> str | None:
    """The common English name of a country by its ISO alpha-3 code ("NGA" -> "Nigeria"), None
    when unknown."""
    if not alpha3 or len(alpha3) != 3:
        return None
    import pycountry  # noqa: PLC0415

    c = pycountry.countries.get(alpha_3=alpha3.upper())
    return None if c is None else getattr(c, "common_name", None) or c.name


def government(kb: KB, iso: str | None, place: str) -> Actor:
    """The government a place read as a metonym stands for: the actor file's ``ISO.GOV`` where it has one,
    else one government per country named after it ("Government of Kyrgyzstan"), or after the place's
    words where the country is unknown (the place's own text, ``place``)."""
    gov = f"{iso}.GOV" if iso and f"{iso}.GOV" in kb.actors else None
    if gov is not None:
        return kb.actors[gov]
    name = country_name(iso)
    gov = f"new:gov:{iso}" if name else "new:gov:" + "_".join(key(place))
    return Actor(gov, f"Government of {name}" if name else f"Government at {place}", "organisation", iso, "GOV")


class ActorFileError(Exception):
    """A line of the actor file is malformed; the message names file and line."""


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    type: str  # state, organisation, person, group
    country: str | None
    sector: str | None
    qid: str | None = None
    anonymous: bool = False
    aliases: list[str] = field(default_factory=list)

    def attrs(self) -> dict:
        return {
            "actor": self.id, "name": self.name, "type": self.type, "country": self.country,
            "sector": self.sector, "qid": self.qid, "anonymous": self.anonymous,
        }


@dataclass(frozen=True, slots=True)
class Pattern:
    stems: tuple[str, ...]
    kind: str  # name, surname, description, state, adjective, capital, role, blocked (see cues.tsv)
    target: str  # actor id, or "office:ISO3" for a role
    cap_first: bool = False  # the first word must be capitalised in the text
    #: the only lower-case surface forms the words may have, for a name written with a final
    #: "=" in the file (indeclinable or stem-sharing names: "Мали=", "Нигер=" vs "Нигерия="); None: any
    exact: frozenset[str] | None = None

    def allows(self, surface: str) -> bool:
        """Whether the matched words (lower case, one space apart) may be this pattern."""
        return self.exact is None or surface in self.exact


@dataclass
class KB:
    actors: dict[str, Actor]
    patterns: dict[str, list[Pattern]]  # first stem -> patterns, longest first
    holders: dict[tuple[str, str], list[tuple[str, str, str]]]  # (office, iso3) -> (from, to, actor)
    cues: dict[str, dict[str, frozenset[str]]]  # cue -> lang -> lower-case words
    alias_index: dict[tuple[str, ...], set[str]]  # name keys (no descriptions) -> actor ids
    #: first stem -> [(length, {stems: patterns})], longest first (what the matcher looks up)
    index: dict[str, list[tuple[int, dict[tuple[str, ...], list[Pattern]]]]] = field(default_factory=dict)

    def cue(self, name: str, lang: str | None) -> frozenset[str]:
        table = self.cues.get(name, {})
        if lang in table:
            return table[lang]
        return frozenset().union(*table.values()) if table else frozenset()

    def holder(self, office: str, country: str, date: str | None) -> str | None:
        best = None
        for start, end, actor in self.holders.get((office, country), []):
            if date is None:
                if not end:
                    return actor
                continue
            if start <= date and (not end or date < end):
                best = actor
        return best


def _rows(name: str, ncols: int):
    ref = resources.files("sitrep") / "data" / "actors" / name
    for lineno, line in enumerate(ref.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < ncols - 1 or len(cols) > ncols:
            raise ActorFileError(f"{ref}:{lineno}: expected {ncols} tab-separated columns, got {len(cols)}")
        cols += [""] * (ncols - len(cols))
        yield lineno, [c.strip() for c in cols]


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _plural_fix(text: str) -> str:
    return text.replace("ss ", "s ").rstrip() if not text.endswith("ss") else text[:-1]


def _expand(template: str, slots: dict[str, list[str]]) -> list[str]:
    names = [n for n in slots if "{" + n + "}" in template]
    out = []
    for combo in itertools.product(*(slots[n] for n in names)):
        text = template
        for n, v in zip(names, combo):
            text = text.replace("{" + n + "}", v)
        text = text.replace("ss ", "s ").replace("xs ", "x ")
        if text.endswith(("ss", "xs")):
            text = text[:-1]
        out.append(text)
    return out


class _Builder:
    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.patterns: dict[tuple, Pattern] = {}
        self.holders: dict[tuple[str, str], list] = defaultdict(list)
        self.articles: set[str] = set()
        self.exact: dict[tuple, set[str]] = defaultdict(set)  # pattern key -> forms written with "="
        self.free: set[tuple] = set()  # pattern keys also written without "="

    def add_pattern(self, text: str, kind: str, target: str) -> None:
        exact = "=" in text
        ws = words(text.replace("=", ""))
        while ws and ws[0][2].lower() in self.articles and len(ws) > 1:
            ws = ws[1:]
        if not ws:
            return
        stems = key(" ".join(w for _, _, w in ws))
        cap = kind in ("name", "surname", "state", "capital") and len(ws) == 1 and ws[0][2][:1].isupper()
        old = self.patterns.get((stems, kind, target))
        if old is None or (old.cap_first and not cap):
            # an alias the file writes in lower case ("talibans", "хуситы") is matched in lower
            # case too, even when a capitalised alias has the same stems
            self.patterns[(stems, kind, target)] = Pattern(stems, kind, target, cap)
        if exact:
            self.exact[(stems, kind, target)].add(" ".join(w for _, _, w in ws).lower())
        else:
            self.free.add((stems, kind, target))

    def restrict_exact(self) -> None:
        """Patterns written only with "=" match only the forms written."""
        for k, forms in self.exact.items():
            if k not in self.free:
                old = self.patterns[k]
                self.patterns[k] = Pattern(old.stems, old.kind, old.target, old.cap_first, frozenset(forms))

    def add_actor(self, actor: Actor, aliases: list[str], kind: str = "name") -> None:
        if actor.id in self.actors:
            old = self.actors[actor.id]
            for attr in ("country", "sector", "qid"):
                if getattr(actor, attr) and not getattr(old, attr):
                    setattr(old, attr, getattr(actor, attr))
            actor = old
        else:
            self.actors[actor.id] = actor
        for alias in [actor.name, *aliases] if kind == "name" else aliases:
            if not alias:
                continue
            actor.aliases.append(alias)
            self.add_pattern(alias, kind, actor.id)
            if actor.type == "person":
                for latin in variants(alias):
                    actor.aliases.append(latin)
                    self.add_pattern(latin, kind, actor.id)


def _function_words() -> frozenset[str]:
    """Matching keys of the function words of every supported language (spaCy's stop-word lists:
    determiners, prepositions, pronouns, auxiliaries): one capitalised at a sentence start
    ("Un", "In", "May", "И") must never be read as a person's name."""
    out = set()
    for w in spacy_stop_words("en") | spacy_stop_words("fr") | spacy_stop_words("ru") | spacy_stop_words("uk"):
        for form in (w, w.capitalize()):
            k = key(form)
            if len(k) == 1:
                out.add(k[0])
    return frozenset(out)


@lru_cache(maxsize=1)
def load() -> KB:
    """The actor file, built once into the cache directory (about 1.5 s for its 48,000 patterns),
    then read back from there (a third of that): keyed by the actor files, the code that builds the
    patterns, the stop-word lists and the Unicode tables, so that any change of them builds it anew."""
    return compact.cached("actors", _fingerprint(), build, _save, _open)


def _fingerprint() -> str:
    here = Path(__file__).parent
    data = resources.files("sitrep") / "data" / "actors"
    files = sorted((f for f in data.iterdir() if f.is_file()), key=lambda f: f.name)
    return compact.fingerprint(
        *(part for f in files for part in (f.name, f.read_bytes())),
        *((here / name).read_bytes() for name in ("kb.py", "text.py", "translit.py")),
        "\n".join(sorted(spacy_stop_words("en") | spacy_stop_words("fr") | spacy_stop_words("ru")
                          | spacy_stop_words("uk"))),
        unicodedata.unidata_version, sys.version,
    )


def _save(kb: KB, folder: Path) -> None:
    with open(folder / "kb.pickle", "wb") as fh:
        pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)


def _open(folder: Path) -> KB:
    with open(folder / "kb.pickle", "rb") as fh:
        kb = pickle.load(fh)
    if not isinstance(kb, KB):
        raise ValueError(f"{folder}: not an actor file")
    return kb


def build() -> KB:
    """The actor file from ``data/actors`` (:func:`load` reads it from the cache)."""
    b = _Builder()
    cues: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
    for _, (cue, lang, ws) in _rows("cues.tsv", 3):
        cues[cue][lang] = frozenset(w.lower() for w in _split(ws))
    b.articles = set().union(*cues.get("article", {}).values())
    templates = [cols for _, cols in _rows("templates.tsv", 6)]
    roles = {office: (sector, _split(titles)) for _, (office, sector, titles) in _rows("roles.tsv", 3)}
    for lineno, cols in _rows("states.tsv", 14):
        iso, qid, en, fr, ru, uk, ru_gen, uk_gen, en_adj, fr_m, fr_f, ru_adj, uk_adj, capital = cols
        slots = {
            "en": _split(en), "fr": _split(fr), "ru": _split(ru), "uk": _split(uk),
            "ru_gen": _split(ru_gen), "uk_gen": _split(uk_gen), "en_adj": _split(en_adj),
            "fr_m": _split(fr_m), "fr_f": _split(fr_f), "ru_adj": _split(ru_adj), "uk_adj": _split(uk_adj),
        }
        canon = {k: v[0].replace("=", "") for k, v in slots.items() if v}  # ("=" marks exact forms: no part of a name)
        for suffix, typ, sector, anonymous, name_tpl, pats in templates:
            aid = f"{iso}.{suffix}" if suffix else iso
            actor = Actor(aid, name_tpl.format(**canon), typ, iso, sector or None,
                          qid or None if not suffix else None, anonymous == "true")
            kind = "state" if not suffix else "description"
            b.add_actor(actor, [], kind)
            for tpl in _split(pats):
                for text in _expand(tpl, slots):
                    b.add_pattern(text, kind, aid)
        for slot in ("en_adj", "fr_m", "fr_f", "ru_adj", "uk_adj"):
            for adj in slots[slot]:
                b.add_pattern(adj, "adjective", iso)
        for cap in _split(capital):
            b.add_pattern(cap, "capital", f"{iso}.GOV")
        for office, (sector, titles) in roles.items():
            for title in titles:
                if "{" in title:
                    for text in _expand(title, slots):
                        b.add_pattern(text, "role", f"{office}:{iso}")
                    continue
                for tpl in ("{title} {fr_m}", "{en_adj} {title}", "{title} of {en}", "{title} {ru_gen}",
                            "{ru_adj} {title}", "{title} {uk_gen}", "{uk_adj} {title}"):
                    for text in _expand(tpl.replace("{title}", title), slots):
                        b.add_pattern(text, "role", f"{office}:{iso}")
    # Phrases that hold a state's name but name no actor ("Niger Delta", "Lake Chad", "New
    # Guinea"): matched as the longest pattern there, then dropped.
    for phrases in cues.get("not_actor", {}).values():
        for phrase in phrases:
            b.add_pattern(phrase, "blocked", "")
    for lineno, (iso, demonyms) in _rows("demonyms.tsv", 2):
        if iso not in b.actors:
            raise ActorFileError(f"demonyms.tsv:{lineno}: unknown state {iso!r}")
        for word in _split(demonyms):
            b.add_pattern(word, "adjective", iso)
    for lineno, (pid, country, sector, qid, name, aliases, offices) in _rows("people.tsv", 7):
        b.add_actor(Actor(pid, name, "person", country or None, sector or None, qid or None), _split(aliases))
        for spec in filter(None, offices.split(";")):
            parts = spec.split(":")
            if len(parts) != 4 or parts[0] not in roles:
                raise ActorFileError(f"people.tsv:{lineno}: bad office {spec!r} (office:ISO3:from:to)")
            b.holders[(parts[0], parts[1])].append((parts[2], parts[3], pid))
    for lineno, (oid, country, sector, qid, name, aliases) in _rows("organisations.tsv", 6):
        if oid not in b.actors and not name:
            raise ActorFileError(f"organisations.tsv:{lineno}: new actor {oid!r} needs a name")
        actor = Actor(oid, name, "organisation", country or None, sector or None, qid or None)
        b.add_actor(actor, _split(aliases) + ([name] if oid in b.actors and name else []))
    for lineno, (oid, names) in _rows("seats.tsv", 2):
        if oid not in b.actors:
            raise ActorFileError(f"seats.tsv:{lineno}: unknown actor {oid!r}")
        for name in _split(names):
            b.add_pattern(name, "capital", oid)
    b.restrict_exact()
    # Surnames of people, when no other person shares them.
    surnames: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for (stems, kind, target), pat in list(b.patterns.items()):
        if kind == "name" and b.actors[target].type == "person" and len(stems) >= 2:
            surnames[stems[-1:]].add(target)
    function = _function_words()
    for stems, owners in surnames.items():
        if stems[0] in function or len(stems[0]) < 3:
            continue  # "Un responsable", "In 2020", "И тогда": a function word is no surname
        if len(owners) == 1:
            target = next(iter(owners))
            b.patterns.setdefault((stems, "surname", target), Pattern(stems, "surname", target, True))
    for k in [k for k in b.patterns if len(k[0]) == 1 and k[1] == "name" and k[0][0] in function
              and b.actors[k[2]].type == "person"]:
        del b.patterns[k]  # a person's one-word alias that is also a function word ("Али")
    table: dict[str, list[Pattern]] = defaultdict(list)
    alias_index: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for pat in b.patterns.values():
        table[pat.stems[0]].append(pat)
        if pat.kind in ("name", "state", "surname"):
            alias_index[pat.stems].add(pat.target)
    index: dict[str, list] = {}
    for first, pats in table.items():
        pats.sort(key=lambda p: -len(p.stems))
        by_len: dict[int, dict[tuple[str, ...], list[Pattern]]] = defaultdict(dict)
        for p in pats:
            by_len[len(p.stems)].setdefault(p.stems, []).append(p)
        index[first] = sorted(by_len.items(), key=lambda kv: -kv[0])
    return KB(b.actors, dict(table), dict(b.holders), dict(cues), dict(alias_index), index)
