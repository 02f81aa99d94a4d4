"""Which gazetteer matches are toponyms: context filters over the matches.

A capitalised name found in the gazetteer is dropped when it is part of a
longer capitalised name that is not a place ("Raquel Henry", "New York
Times"), follows a title ("Mr.", "Gen."), or opens a sentence while naming
only hamlets (a capitalised common word).  The word lists are data:
``data/xx/places_titles.txt``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from .gazetteer import TRANSLIT_COUNTRIES, Gazetteer, norm
from .matching import MORPH_LANGUAGES, Mention, adjective_city_forms, morph_marks, small_towns_only, stop_words, summary
from .metonymy import STATE_CODES, matches, word_patterns

#: a town this big is kept even before another capitalised word ("Chicago Tribune" is kept)
BIG_TOWN = 1_000_000

#: A frequent word: rounded Zipf frequency at least this in the language's word-frequency table
#: (wordfreq's). In a headline written in title case every word is capitalised, so a one-word name there
#: that is also a frequent word is taken for the word ("Climate Change", "Come Out Against", "Avoid Bad
#: Optics"), not a place, unless the place is large (an area, or a town of at least
#: ``matching.SMALL_TOWN_POP``) or the article names it outside its title-case headline. A frequent word
#: that only other names of towns answer (GeoNames' alternate names: "Google" for Topeka, "Fox" for
#: Victor, "Internet" for a Russian village) names none of those towns, unless one has at least
#: ``ALIAS_BIG_TOWN`` inhabitants ("Bronx" for The Bronx, "Kiev" for Kyiv).
COMMON_ZIPF = 4
ALIAS_BIG_TOWN = 1_000_000
#: pymorphy3's grammemes of a person's name
_PERSON_MARKS = ("m=Name", "m=Surn", "m=Patr")


@lru_cache(maxsize=None)
def _words(name: str, lang: str = "xx") -> frozenset[str]:
    """The case-folded words of ``data/<lang>/<name>``, one a line (``#`` opens a comment line)."""
    text = (resources.files("sitrep") / "data" / lang / name).read_text(encoding="utf-8")
    return frozenset(w.strip().casefold() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def titles() -> frozenset[str]:
    return _words("places_titles.txt")


def directions() -> frozenset[str]:
    """Words before a place name that qualify it ("Northeast Georgia", "Historic Dublin")."""
    return _words("places_qualifiers.txt")


def heads() -> frozenset[str]:
    """Words that may follow a place name inside an institution's name ("Butler County Sheriff")."""
    return _words("places_heads.txt")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The 1,500 commonest US given names (1990 census lists of the ``names`` package)."""
    out: set[str] = set()
    for fname, top in (("dist.male.first", 600), ("dist.female.first", 900)):
        lines = (resources.files("names") / fname).read_text(encoding="utf-8").splitlines()[:top]
        out.update(line.split()[0].casefold() for line in lines if line.strip())
    return frozenset(out)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """The 5,000 commonest US surnames (1990 census, ``names`` package)."""
    lines = (resources.files("names") / "dist.all.last").read_text(encoding="utf-8").splitlines()[:5000]
    return frozenset(line.split()[0].casefold() for line in lines if line.strip())


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], ...]:
    """(titles, first names, surnames, directions, heads): fetched once per mention, not per test."""
    return titles(), first_names(), surnames(), directions(), heads()


SPEECH_AFTER = re.compile(r"^(?:['’]s\s+)?\s*(?:said|says|told|added|explained|noted|wrote|testified|pleaded|asked|replied)\b")


def person_like(m: Mention, text: str, lang: str | None, minor: bool = True, speech: bool = True,
                strict: bool = False, gaz: Gazetteer | None = None) -> bool:
    """The match is (part of) a person's name: after a title or another capitalised word,
    a given name before a capitalised word, or a small place's name "saying".

    ``strict``: only the sure signs (a title, a given name before it), used to drop the
    same name everywhere in the article.
    """
    f = m.features
    if f.get("ntok") == 1 and lang in MORPH_LANGUAGES and (
            _toponym_only(lang, m.surface) or (gaz is not None and _country_in_case(gaz, m, lang))):
        return False  # "Президент Украины", "Мэр Одессы", "Президент Франції": a title governing a place's name
    if f.get("run_after") and _given_name_before_surname(m, text, lang):
        return True
    prev = f.get("prev", "")
    titles_, first_names_, surnames_, directions_, heads_ = _lists()
    if prev and prev.casefold() in titles_ and text[max(0, m.start - len(prev) - 2):m.start].rstrip().rstrip(".").endswith(prev):
        return True
    title_case = f.get("title_case", False)
    if f.get("run_before") and not title_case and not (
            gaz is not None and _capital_of_sentence(f, lang) and _area_or_home_town(gaz, m.candidates)):
        p = prev.casefold()
        if strict:
            return p in first_names_ or (m.surface.casefold() in surnames_ and p not in directions_
                                          and p not in stop_words(lang or "en"))
        if p not in stop_words(lang or "en") and p not in directions_:
            return True
    if strict or title_case:
        return False
    if (lang or "en") == "en" and f.get("ntok") == 1:
        major = summary(gaz, m.candidates).major if gaz is not None else not minor
        if (not major and f.get("run_after") and m.surface.casefold() in first_names_
                and f.get("next", "").casefold() not in heads_):
            return True
        if speech and minor and SPEECH_AFTER.match(text[m.end:m.end + 16]) and (
                m.surface.casefold() in surnames_ or m.surface.casefold() in first_names_):
            return True
    return False


def _given_name_before_surname(m: Mention, text: str, lang: str | None) -> bool:
    """In ru and uk, a one-word name that is a given name (pymorphy3's ``Name`` for a word its dictionary
    knows, or ``data/<lang>/places_given_names.txt`` for those its Ukrainian dictionary lacks) right before a
    word read as a surname (``Surn``), an adjective ("Зеленський") or a word it does not know ("Кіпер"):
    a person's name. "Володимир Зеленський" was the town of Volodymyr; "Олег Синегубов" the village Oleh.
    Not after a settlement word (``places_settlement_words.txt``: "міста Володимир Волинської області")."""
    if lang not in MORPH_LANGUAGES or m.features.get("ntok") != 1 or text[m.end:m.end + 1] != " ":
        return False
    if m.features.get("prev", "").casefold() in _words("places_settlement_words.txt"):
        return False  # "міста Володимир Волинської області": the town
    marks = morph_marks(lang, m.surface)
    if ("m=Name" not in marks or "unk" in marks) and m.surface.casefold() not in _given_names(lang):
        return False  # (a guess of pymorphy3's is no given name: "суд Лахора. В тюрьме Лахора Биби")
    after = morph_marks(lang, m.features.get("next", ""))
    return "m=Surn" in after or "pos=ADJF" in after or "unk" in after


@lru_cache(maxsize=None)
def _given_names(lang: str) -> frozenset[str]:
    """``data/<lang>/places_given_names.txt``, where there is one."""
    if not (resources.files("sitrep") / "data" / lang / "places_given_names.txt").is_file():
        return frozenset()
    return _words("places_given_names.txt", lang)


def _country_in_case(gaz: Gazetteer, m: Mention, lang: str | None) -> bool:
    """A country's name in an oblique case ("Франції", "Бразилії"): governed by the word before it
    ("Президент Франції", "Влада Бразилії"), not a surname after a given name or a title. pymorphy3's
    Ukrainian dictionary marks no country as ``Geox``, so :func:`_toponym_only` misses them there.
    The word's lemma must name the country too: "Доминика" (Рааба) is a case of the given name
    "Доминик", not of Dominica."""
    countries = {i for i in m.candidates if gaz.fcode[i] in STATE_CODES}
    if not countries:
        return False
    lemma = next((x[2:] for x in morph_marks(lang, m.surface) if x.startswith("l=")), None)
    return (lemma is not None and lemma != m.surface.casefold()
            and not countries.isdisjoint(gaz.lookup(norm(lemma))))


def _capital_of_sentence(f: dict, lang: str | None) -> bool:
    """In Russian and Ukrainian, the capitalised word before the name only opens the sentence: a noun
    governing the name ("Обстрел Счастья", "Жители Донецка"), not a given name (pymorphy3 marks
    ``Борис``, ``Олена`` as ``Name``). Used for the names of areas and of towns of Ukraine, Russia and
    Belarus only: elsewhere it let surnames through ("Азия Биби" gave Beebe, Arkansas)."""
    if not f.get("prev_initial") or lang not in MORPH_LANGUAGES:
        return False
    marks = morph_marks(lang, f.get("prev", ""))
    return not any(m in marks for m in _PERSON_MARKS)


def _area_or_home_town(gaz: Gazetteer, cands) -> bool:
    """One candidate is an area, or a town of Ukraine, Russia or Belarus ("Обстрел Счастья")."""
    return any(gaz.fclass[i] != "P" or gaz.cc[i] in TRANSLIT_COUNTRIES for i in cands)


def filter_mentions(mentions: list[Mention], text: str, gaz: Gazetteer, lang: str | None) -> list[Mention]:
    """The mentions kept as toponyms; a name once seen as a person's is dropped everywhere."""
    def minor(m: Mention) -> bool:  # only hamlets and towns bear this name
        return summary(gaz, m.candidates).minor

    # (``strict`` reads neither ``minor`` nor the gazetteer: the candidates' summary is not asked here)
    persons = {m.surface for m in mentions if not m.region and person_like(m, text, lang, strict=True)}

    kept = [m for m in mentions if keep(m, text, gaz, lang)
            and not (m.features.get("ntok") == 1 and m.surface in persons and minor(m))]
    if any(m.features.get("title_case") for m in kept):
        kept = _title_common_words(kept, gaz, lang)
    kept = [m for m in kept if not _actor_name(m, gaz)]
    if _common_word(lang) is None:
        return kept
    out = []
    for m in kept:
        cands = _named_towns(m, gaz, lang)
        if cands:
            out.append(m if cands is m.candidates else replace(m, candidates=cands))
    return out


def latin_name(surface: str) -> bool:
    """Letters of the Latin script only (accented ones included): the other scripts' names of a place
    are all alternate names in GeoNames, so telling a place's own name from another is for Latin names."""
    return surface.isascii() or max(surface) < "\u0250"


def own_name(gaz: Gazetteer, i: int, key: str) -> bool:
    """Entity ``i`` bears the folded name ``key`` as its own (main) name, not as an alternate one."""
    return norm(gaz.names[i]) == key


@lru_cache(maxsize=5_000)
def _frequent_word(lang: str | None, surface: str) -> bool:
    """``surface`` is a frequent word of ``lang`` (:data:`COMMON_ZIPF`); ``lang`` has a table."""
    hit = _common_word(lang).get(surface.lower())
    return hit is not None and int(hit[0]) >= COMMON_ZIPF


def _toponym_only(lang: str | None, surface: str) -> bool:
    """pymorphy3 (ru, uk) reads ``surface`` as a place's name and as no person's (``Geox``, and no
    ``Name``, ``Surn`` or ``Patr`` among its first analyses)."""
    marks = morph_marks(lang, surface)
    return "m=Geox" in marks and not any(m in marks for m in _PERSON_MARKS)


def _named_towns(m: Mention, gaz: Gazetteer, lang: str | None) -> tuple[int, ...]:
    """``m``'s candidates less the towns a frequent word names only as an alternate name
    (:data:`COMMON_ZIPF`); empty when no candidate is left. Every Cyrillic name of the gazetteer
    is an alternate one, and a frequent word there is often a famous place's name: the rule leaves the
    words pymorphy3 knows as toponyms ("Вашингтона", "Женева") and the towns of Ukraine, Russia and
    Belarus ("Счастье" is Shchastia) alone, and takes "Дэвиса", "Полиция", "Института"."""
    if not _one_word(m) or m.features.get("demonym") or not _frequent_word(lang, m.surface):
        return m.candidates
    key = norm(m.surface)
    if any(own_name(gaz, i, key) for i in m.candidates):
        return m.candidates
    home = ()
    if not latin_name(m.surface):
        if "m=Geox" in morph_marks(lang, m.surface):
            return m.candidates  # "Вашингтона", "Женева": pymorphy3 knows the word as a place's name
        home = TRANSLIT_COUNTRIES
    return tuple(i for i in m.candidates
                 if gaz.fclass[i] != "P" or gaz.pop[i] >= ALIAS_BIG_TOWN or gaz.cc[i] in home)


@lru_cache(maxsize=1)
def _actor_names() -> frozenset[tuple[str, ...]]:
    """The stems of the actor file's one-word names of people and bodies (the names of states and
    capitals are left out: those are places)."""
    from ..actors.kb import load

    kb = load()
    patterns = [p for ps in kb.patterns.values() for p in ps]
    places_too = {p.stems for p in patterns if p.kind in ("capital", "state")}
    return frozenset(
        p.stems for p in patterns
        if len(p.stems) == 1 and p.kind in ("name", "surname") and p.stems not in places_too
        and p.target in kb.actors and kb.actors[p.target].type in ("person", "organisation"))


@lru_cache(maxsize=16_384)
def _names_an_actor(surface: str) -> bool:
    """Whether ``surface`` is one of :func:`_actor_names` (its stems computed once per surface)."""
    from ..actors.text import key

    return key(surface) in _actor_names()


def _one_word(m: Mention) -> bool:
    """A one-word name, not an area phrase ("Kharkiv region") nor an abbreviation."""
    return m.features.get("ntok", 1) == 1 and not m.region and not m.features.get("abbreviation")


def _actor_name(m: Mention, gaz: Gazetteer) -> bool:
    """A one-word mention the actor file names as a person or a body ("Obama", "Putin", "Democrat"),
    unless the place is an area or a town of ``matching.SMALL_TOWN_POP`` or more ("Obama" the Japanese
    town of 30,000 is Barack Obama in the news)."""
    if not _one_word(m) or m.features.get("demonym") or m.surface.isupper():
        return False  # (acronyms: "NATO", "OTAN" are left to ``not_a_place`` after resolution, as before)
    # (the memoised candidate test first: most names are areas or large towns, whose surfaces are then
    # never stemmed)
    return small_towns_only(gaz, m.candidates) and _names_an_actor(m.surface)


def _common_word(lang: str | None):
    """The lookup ``word -> (Zipf band,)`` of ``lang``'s word-frequency table, or None without one."""
    from ..entities.lexicon import LexiconMissing, zipf

    try:
        return zipf(lang or "en")
    except LexiconMissing:
        return None


def _title_common_words(mentions: list[Mention], gaz: Gazetteer, lang: str | None) -> list[Mention]:
    """``mentions`` less the capitalised common words of a title-case headline (:data:`COMMON_ZIPF`)."""
    if _common_word(lang) is None:
        return mentions
    named_elsewhere = {m.surface for m in mentions if not m.features.get("title_case")}

    def common(m: Mention) -> bool:
        if not m.features.get("title_case") or not _one_word(m) or m.surface in named_elsewhere:
            return False
        return _frequent_word(lang, m.surface) and small_towns_only(gaz, m.candidates)

    return [m for m in mentions if not common(m)]


def phrases(name: str) -> str:
    """The words and phrases of the data file ``name`` as one alternation (longest first) that
    begins a word; a phrase's space matches any run of spaces."""
    words = sorted(_words(name), key=len, reverse=True)
    return r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"


@lru_cache(maxsize=1)
def _institution_before() -> re.Pattern:
    """The end of "<head> [adjective] de la / du / of (the)" of ``places_institutions.txt``."""
    return re.compile(phrases("places_institutions.txt")
                      + r"(?:\s+[^\W\d_]+)?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+(?:the\s+)?)$",
                      re.I)


def _institution_field(m: Mention, text: str, gaz: Gazetteer) -> bool:
    """A one-word name of small towns only, right after the head of an institution's name: its field
    ("ministère libanais de la Santé" is no Xanten), not a place."""
    return (_one_word(m) and small_towns_only(gaz, m.candidates)
            and _institution_before().search(text, max(0, m.start - 60), m.start) is not None)


@lru_cache(maxsize=1)
def _group_after() -> re.Pattern:
    """A plural noun of ``places_group_nouns.txt`` right after a name ("states", "countries")."""
    return re.compile(r"\s+" + phrases("places_group_nouns.txt") + r"(?!\w)")


def _group_adjective(m: Mention, text: str, gaz: Gazetteer) -> bool:
    """A one-word name of small towns only before "states", "countries", "nations": an adjective of
    a group of countries ("the Baltic states" is not Baltic, South Dakota; "the Gulf states"), not a
    place."""
    return (_one_word(m) and small_towns_only(gaz, m.candidates)
            and _group_after().match(text, m.end) is not None)


@lru_cache(maxsize=1)
def _river_words() -> re.Pattern:
    """The words of ``places_river_words.txt`` as one expression ending where the name begins."""
    return re.compile(phrases("places_river_words.txt") + r"\s+$")


def after_river_word(text: str, m: Mention, gaz: Gazetteer) -> bool:
    """A stream is among the candidates and a word of ``places_river_words.txt`` comes right before
    the name: "на лівому березі Дніпра" is the Dnieper, not the city of Dnipro."""
    return (gaz.has_stream(m.candidates)
            and _river_words().search(text[max(0, m.start - 40):m.start].casefold()) is not None)


@lru_cache(maxsize=None)
def _compass(name: str = "places_compass.txt") -> tuple[frozenset[str], tuple[str, ...]]:
    """``places_compass.txt`` ("west", "західн*") or ``places_compass_after.txt`` ("occidental*"):
    (exact words, beginnings)."""
    return word_patterns(_words(name))


#: the word right before a name, joined to it by a space or a hyphen ("West Nile", "North-Rhine")
_JOINED_BEFORE = re.compile(r"([^\W\d_]+)[ \-‐]$")
#: a name in quotation marks, alone: a club's, a company's, a ship's name ("«Амур»", "“Amur”")
_QUOTE_BEFORE, _QUOTE_AFTER = re.compile(r"[«“„\"]$"), re.compile(r"[»”“\"]")


def _river_in_another_name(m: Mention, text: str, gaz: Gazetteer) -> bool:
    """A river's name (no other reading than the river's and small towns') inside another name, with
    no river word before it: in quotation marks ("«Амур» проиграл": a club), after a capitalised
    point of the compass or before a lower-case French one ("West Nile cases", "North-Rhine", "лихорадка
    Западного Нила", "le Nil occidental": a virus, a region; "the Mekong south of Vientiane" stays the
    river), or before a capitalised word other than
    one of ``places_river_heads.txt`` ("Rhone Poulenc S.A.": a company; "the Mekong Delta" stays)."""
    if not _one_word(m) or not gaz.has_stream(m.candidates):
        return False
    others = tuple(i for i in m.candidates if gaz.fcode[i] != "STM")
    if (others and not small_towns_only(gaz, others)) or after_river_word(text, m, gaz):
        return False  # "Dnipro", "Niger": the city, the country or the river is the resolver's to choose
    if _QUOTE_BEFORE.search(text, max(0, m.start - 1), m.start) and _QUOTE_AFTER.match(text, m.end):
        return True
    before = _JOINED_BEFORE.search(text, max(0, m.start - 30), m.start)
    if before and before.group(1)[:1].isupper() and matches(before.group(1), *_compass()):
        return True
    nxt = m.features.get("next", "")
    if text[m.end:m.end + 1] == " " and nxt.islower() and matches(nxt, *_compass("places_compass_after.txt")):
        return True
    return (bool(m.features.get("run_after")) and not m.features.get("title_case")
            and nxt.casefold() not in _words("places_river_heads.txt") and not nxt.isupper())


#: the languages whose demonyms are places of the layer, their country's (by convention: "Ukrainian"
#: in English text; docs/places.md). Elsewhere a demonym the gazetteer knows through its English
#: spelling ("les Nigérians", "les Afghans", "Kényans") names a people, not a place.
DEMONYM_LANGUAGES = frozenset({"en", None})
#: a Russian / Ukrainian adjective of a place ("Московский", "Київського", "Донецкая"): its stem and
#: the consonants of its suffix
CYR_PLACE_ADJECTIVE = re.compile(
    r"^([А-ЯЁІЇЄҐ][а-яёіїєґ'’]{2,}?)(ск|цк|ськ|цьк)"
    r"(?:ий|ый|ій|ая|а|ое|е|ого|ому|ом|ой|ої|ую|у|ою|им|ім|их|іх|ие|і|ые|ым|ими)$")


@lru_cache(maxsize=None)
def _people_name(lang: str) -> re.Pattern | None:
    """A capitalised plural with an ending of ``data/<lang>/places_people_endings.txt``, after "les" or
    "des" (inside the name or before it)."""
    if not (resources.files("sitrep") / "data" / lang / "places_people_endings.txt").is_file():
        return None
    endings = sorted(_words("places_people_endings.txt", lang), key=len, reverse=True)
    return re.compile(r"(?:[LlDd]es )?[A-ZÀ-Ö][^\W\d_]*(?:" + "|".join(map(re.escape, endings)) + r")")


_ARTICLE_BEFORE = re.compile(r"\b[LlDd]es\s+$")
_LOCATED_BEFORE = re.compile(r"(?:\b(?:à|de)\s+|\bd['’])$")


def _people_not_town(m: Mention, text: str, gaz: Gazetteer, lang: str | None) -> bool:
    """"Les Anglais ont célébré ...", "les Allemands ou les Anglais": the peoples, not the towns Les
    Anglais (Haiti) and Des Allemands (Louisiana), where the name's only readings are small towns and
    no "à" / "de" / "d'" before it locates one."""
    pattern = _people_name(lang or "en")
    if pattern is None or pattern.fullmatch(m.surface) is None or not small_towns_only(gaz, m.candidates):
        return False
    before = text[max(0, m.start - 6):m.start]
    if m.surface[:4].casefold() in ("les ", "des "):
        return _LOCATED_BEFORE.search(before) is None  # "de Les Anglais" is the town
    return _ARTICLE_BEFORE.search(before) is not None  # "les Anglais" (French writes "aux", "des" for "à les", "de les")


def _city_adjective(m: Mention, text: str, gaz: Gazetteer, lang: str | None) -> bool:
    """A city's adjective before the noun it qualifies ("Московский городской суд", "Київський
    апеляційний суд", "Харьковский завод"), read as a town named like it (the villages Moskovskiy,
    Kyivskyi): the adjective is no toponym of its own. It is dropped where each candidate is a town
    smaller than the city its stem names (Москва, Київ, Донецьк, Луганськ) and no settlement word
    (``places_settlement_words.txt``: "посёлок Московский") comes before it."""
    if lang not in MORPH_LANGUAGES or not _one_word(m) or not text[m.end:m.end + 2].startswith(" "):
        return False
    adj = CYR_PLACE_ADJECTIVE.match(m.surface)
    if adj is None or not text[m.end + 1:m.end + 2].islower():
        return False
    if "pos=ADJF" not in morph_marks(lang, m.surface):
        return False  # a noun's case: "В центре Дамаска" (Damascus, not an adjective of it)
    if any(gaz.fclass[i] != "P" for i in m.candidates):
        return False
    before = re.search(r"([^\W\d_]+)\.?\s+$", text[max(0, m.start - 20):m.start])
    if before is not None and before.group(1).casefold() in _words("places_settlement_words.txt"):
        return False
    forms = adjective_city_forms(*adj.groups())  # "Московский" -> Москва, "Київський" -> Київ
    largest = max(gaz.pop[i] for i in m.candidates)
    return any(gaz.fclass[i] == "P" and gaz.pop[i] > largest
               for form in forms for i in gaz.lookup(norm(form)))


def _compass_point(m: Mention, gaz: Gazetteer) -> bool:
    """A point of the compass by itself (``places_compass.txt``: "les élus du Nord", "pays du Nord et du
    Sud") whose only readings are small towns (Thalwil / Nord, Switzerland): no place. Inside a name it
    is part of that name ("Corée du Nord", "Irlande du Nord"). After a region word too: "département du
    Nord" made Thalwil's canton, Zürich, of it (the gazetteer has no French département)."""
    name = m.surface[m.surface.rfind(" ") + 1:]  # (a region's surface begins with its region word)
    return (name in _compass_forms() and m.features.get("ntok", 1) == 1
            and not m.features.get("abbreviation") and small_towns_only(gaz, m.candidates))


@lru_cache(maxsize=1)
def _compass_forms() -> frozenset[str]:
    """The exact words of ``places_compass.txt`` as a name may be written: "nord", "Nord", "NORD"."""
    return frozenset(f for w in _compass()[0] for f in (w, w.capitalize(), w.upper()))


#: a word this rare (rounded Zipf frequency below it) after a place's name that is also a given name is
#: a surname ("Bardella", "Okonkwo"); a more frequent one must be in the census list of surnames
RARE_ZIPF = 3


def _place_as_given_name(m: Mention, text: str, gaz: Gazetteer, lang: str | None) -> bool:
    """A country's or a large city's name that is also a given name (``places_person_given_names.txt``)
    right before a surname: a person ("Jordan Bardella" was Jordan, "Chad Smith" Chad, "Paris Hilton"
    Paris). The next word is a surname where it is one of the census' 5,000 commonest ("Smith", "Hilton",
    "Katz") or otherwise reads as one (:func:`_surname_like`: "Bardella", "Okonkwo", "Смит"), is no head of an institution's
    or a feature's name, and names nothing larger than a small town. A frequent word keeps the place
    ("Jordan Valley", "Jordan Times", "Georgia Tech", "Chad Basin"). Only this mention is dropped, not the
    name everywhere in the article (the country may be named too)."""
    if m.features.get("ntok") != 1 or text[m.end:m.end + 1] != " ":
        return False
    if m.surface.casefold() not in _words("places_person_given_names.txt"):
        return False
    nxt = m.features.get("next", "")
    folded = nxt.casefold()
    if (not nxt[:1].isupper() or nxt.isupper() or folded in heads() or folded in titles()
            or folded in stop_words(lang or "en")):
        return False
    after = m.end + 1 + len(nxt)
    if text[after:after + 1] == " " and text[after + 1:after + 2].isupper():
        return False  # a third capitalised word: "Jordan King Abdullah", "Chad President Déby"
    named = gaz.lookup(norm(nxt))
    return small_towns_only(gaz, named) and _surname_like(nxt, folded, bool(named), lang)


def _surname_like(word: str, folded: str, a_place: bool, lang: str | None) -> bool:
    """``word`` (capitalised, after a given name) reads as a surname: one of the census' 5,000 commonest,
    pymorphy3's ``Surn`` or an unknown word in ru / uk ("Смит", "Хилтон"), else a rare word of the language
    (:data:`RARE_ZIPF`); in a language without a word-frequency table (fr), a word that names no place."""
    if folded in surnames():
        return True
    if lang in MORPH_LANGUAGES:
        marks = morph_marks(lang, word)
        return "m=Surn" in marks or "unk" in marks
    table = _common_word(lang)
    if table is None:
        return not a_place
    hit = table.get(folded)
    return hit is None or int(hit[0]) < RARE_ZIPF


def keep(m: Mention, text: str, gaz: Gazetteer, lang: str | None) -> bool:
    if m.region:
        return not _compass_point(m, gaz)
    f = m.features
    if f.get("abbreviation"):
        return True
    stops = stop_words(lang or "en")
    best_pop, _cc, areas, _minor, _major = summary(gaz, m.candidates)
    if person_like(m, text, lang, not areas and best_pop < 200_000, gaz=gaz):
        return False
    if f.get("run_after") and _place_as_given_name(m, text, gaz, lang):
        return False
    if f.get("transliteration") and SPEECH_AFTER.match(text[m.end:m.end + 16]):
        return False  # "Dmitrowsky said": a surname that looks like a village
    if f.get("demonym") and (f.get("run_after") or lang not in DEMONYM_LANGUAGES):
        return False  # "American Red Cross"; "les Nigérians"
    if _river_in_another_name(m, text, gaz):
        return False
    if _institution_field(m, text, gaz) or _group_adjective(m, text, gaz) or _city_adjective(m, text, gaz, lang):
        return False
    if _people_not_town(m, text, gaz, lang) or (m.surface in _compass_forms() and _compass_point(m, gaz)):
        return False
    nxt = f.get("next", "")
    if nxt.casefold() in _words("places_not_before.txt") and text[m.end:m.end + 1] in (" ", "-"):
        return False  # "Marburg virus", "Ebola fever": a disease named after a place
    if f.get("run_after") and not f.get("title_case") and not (areas or best_pop >= BIG_TOWN):
        if nxt.casefold() not in stops and nxt.casefold() not in heads() and not nxt.isupper():
            return False
    if m.sentence_initial and not f.get("alone") and f.get("ntok", 1) == 1 and not areas and best_pop < 20000:
        return False
    if m.sentence_initial and not f.get("alone") and _common_noun_opening(m, gaz, lang):
        return False
    return True


@lru_cache(maxsize=None)
def _common_nouns(lang: str) -> frozenset[str]:
    """``data/<lang>/places_common_nouns.txt``: the common nouns of a language without a word table
    (French) that open a sentence and are also the names of small towns ("Frappes", "Mission")."""
    if not (resources.files("sitrep") / "data" / lang / "places_common_nouns.txt").is_file():
        return frozenset()
    return _words("places_common_nouns.txt", lang)


def _common_noun(lang: str | None, surface: str) -> bool:
    """``surface`` is a common noun of ``lang``: pymorphy3's first reading a noun and no place's or
    person's name (ru, uk); elsewhere no given name or surname of :func:`first_names`, :func:`surnames` (a frequent
    word is often a name) and a frequent word of the word table (en) or a word of the data file (fr)."""
    if lang in MORPH_LANGUAGES:
        marks = morph_marks(lang, surface)
        return "pos=NOUN" in marks and not any(x in marks for x in ("m=Geox", *_PERSON_MARKS))
    folded = surface.casefold()
    if folded in first_names() or folded in surnames():
        return False  # "Ferguson — a community of 21,000", "Clinton couple faces drug counts"
    if _common_word(lang) is not None:
        return _frequent_word(lang, surface)
    return folded in _common_nouns(lang or "en")


def _common_noun_opening(m: Mention, gaz: Gazetteer, lang: str | None) -> bool:
    """The one word opening a sentence is a common noun of the language that names only small towns
    abroad (under ``matching.SMALL_TOWN_POP``, none in Ukraine, Russia or Belarus): "Атака дронів на
    Запоріжжя" is no Ataq (Yemen, 37,000), "Mission officials in Juba" no Mission (Texas). The towns
    of the war's countries are left to the name ("Счастье" opening a sentence is Shchastia), and so is
    a word in capitals (a dateline: "FLINT, Mich.", "HAMMOND, Ind.")."""
    if (not _one_word(m) or m.features.get("demonym") or m.surface.isupper()
            or not small_towns_only(gaz, m.candidates)):
        return False
    if any(gaz.cc[i] in TRANSLIT_COUNTRIES for i in m.candidates):
        return False
    return _common_noun(lang, m.surface)
