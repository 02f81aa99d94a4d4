"""Finding toponym mentions: capitalised names looked up in the gazetteer.

Names are looked up longest first over runs of capitalised tokens (with
connectors such as "of", "de", "upon" inside).  Inflected Russian and
Ukrainian forms are reduced to their nominative by ending rules
(``Харькова`` -> ``Харьков``, ``Україні`` -> ``Україна``, ``Києва`` ->
``Київ``), French elision is split off (``d'Izyum``), English possessives
dropped (``Kiev's``).  Region expressions make the mention the admin-1 area:
"la région de Kharkov", "Kharkiv region", "Харківської області".
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from itertools import compress, islice
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from .gazetteer import TRANSLIT_COUNTRIES, Gazetteer, demonyms, distance_km, norm, skeleton
from ..stop_words import spacy_stop_words

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЇІЄҐ"
NAME_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"
    r"|(?<![^\W\d_'’])(?P<el>(?:[dlDL]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’])?[" + _UPPER + r"][^\W\d_]*(?:['’\-][^\W\d_]+)*(?!\w)"  # not "EU" in "EU27"
    , re.U)
#: lowercase words allowed inside a multi-word name, between two capitalised tokens (with the
#: Arabic article's assimilated forms: "Deir ez-Zor", "Dayr az Zawr", "Jisr ash-Shughur")
CONNECTOR_GAP = re.compile(r"^[ \-](?:of|and|upon|on|de|du|des|la|le|les|et|del|da|do|dos|das|di|y|en|sur|am|an|der|the|el|al|à|ez|az|ad|ed|ash|esh)(?: (?:la|le|les|the))?[ \-]$")
NEXT_WORD = re.compile(r"^(\W*)([^\W\d_]+(?:['’\-][^\W\d_]+)*)", re.U)
POSSESSIVE = re.compile(r"['’]s?$")
MAX_TOKENS = 6


#: Russian/Ukrainian case endings -> nominative endings, tried in this order
CYR_ENDINGS = [
    ("щиною", "щина"), ("щини", "щина"), ("щині", "щина"), ("щину", "щина"),
    # Russian neuters in -ье ("Счастье", "Заречье"): "Счастья", "Счастью", "Счастьем"
    ("ья", "ье"), ("ью", "ье"), ("ьем", "ье"),
    ("ією", "ія"), ("ией", "ия"), ("ии", "ия"), ("ию", "ия"), ("ії", "ія"), ("ію", "ія"), ("ієй", "ія"),
    ("ою", "а"), ("ой", "а"), ("ей", "я"), ("ом", ""), ("ем", ""), ("ым", ""), ("ім", ""),
    ("ы", "а"), ("е", "а"), ("у", "а"), ("и", "а"), ("і", "а"), ("ю", "я"), ("ї", "я"),
    ("а", ""), ("у", ""), ("е", ""), ("і", ""), ("и", "ь"), ("и", ""), ("ю", "ь"), ("я", "ь"),
    # Ukrainian neuters in -я ("Щастя", "Залісся"): "у Щасті", "Щастям"
    ("і", "я"), ("ям", "я"),
    # names in -й ("Китай", "Уругвай", "Алтай"): "Китая", "Китаю", "Китае", "Китаем"
    ("ая", "ай"), ("аю", "ай"), ("ае", "ай"), ("аем", "ай"),
    # names in -ь ("Мелітополь", "Тернопіль" aside): the locative "у Мелітополі", "в Мелитополе"
    # and the instrumental "Мелітополем" (the genitive and dative are above: "я", "ю")
    ("і", "ь"), ("е", "ь"), ("ем", "ь"),
    # Ukrainian feminines in -ка / -га / -ха: the dative and locative change the consonant before "і"
    # ("в Авдіївці" is Авдіївка, "в Охтирці" Охтирка, "у Ризі" Рига); tried last, where no other ending names
    # anything (pymorphy3's lemma found only the towns its dictionary knows: Рига, not Авдіївка)
    ("ці", "ка"), ("зі", "га"), ("сі", "ха"),
]
#: case endings of neuter names in -о ("Дніпро", "Косово") -> "о": "по Дніпру", "в Дніпрі", "Дніпра",
#: "у Косові", "в Косове", "Косовом". Kept apart from :data:`CYR_ENDINGS` and tried only where
#: those give nothing or small towns only (:func:`_neuter_variant`): the same endings make the
#: genitive of many surnames ("Лузина", "Сеченова") or words ("Родина") a village in -о
CYR_NEUTER_ENDINGS = (("ом", "о"), ("а", "о"), ("у", "о"), ("і", "о"), ("е", "о"))
#: the case endings of a plural name ("Суми" / "Сумы", "Черкаси", "Чернівці", "Лубни", "Химки"), cut
#: before :data:`CYR_PLURAL_NOMINATIVES` are tried: locative "у Сумах", dative "Сумам", instrumental
#: "Сумами", genitive "Чернівців" / "Черновцов" / "Броварів". The genitive of most has no ending at all
#: ("из Сум", "з Черкас", "до Лубен"), often with a fleeting е / о before the last consonant
#: (:data:`_FLEETING_VOWEL`: "Лубен" -> "Лубни", "Ромен" -> "Ромни", "Химок" -> "Химки"); see
#: :func:`plural_variant`
CYR_PLURAL_ENDINGS = ("ами", "ями", "ах", "ях", "ам", "ям", "ов", "ев", "ів", "їв")
#: a plural name's nominative endings, by language (Russian -ы / -и, Ukrainian -и / -і)
CYR_PLURAL_NOMINATIVES = {"ru": ("ы", "и"), "uk": ("и", "і"), None: ("и", "ы", "і")}
#: a plural name's town is at least this big: the nominative a bare stem makes names villages too
#: often ("Сил" + "и"), and a town this big is what news names in the plural (Лубни, 45,000; Сарни, 29,000)
PLURAL_TOWN_POP = 10_000
#: a consonant-final word whose last syllable may hold a fleeting vowel (the stem, the vowel, the consonant)
_VOWELS_SOFT = "аеєиіїоуюяыэьй'’"  # (and the signs of softness: no consonant ends the word)
_FLEETING_VOWEL = re.compile(rf"^(.*[^{_VOWELS_SOFT}])[ео]([^{_VOWELS_SOFT}])$")
#: the stems of Slavic surnames (Иванов-а, Лузин-а, Сергеев-а, Шевченк-а): their genitive in -а
#: reads as a town in -о ("Иваново", "Шевченко" the old name of Aktau) that only a country or a
#: first-level area may outweigh ("Косова": Kosovo)
SURNAME_STEM = re.compile(r"(?:ов|ев|ёв|єв|ів|ин|ін|їн|к)$")
STATE_ABBR = re.compile(r",\s+((?:[A-Z][a-z]{0,4}\.\s?){1,2})")
#: r"\b(?:Ukrain|Russia|Belarus|Donbas|Crimea)" case-insensitively, written to open on a plain
#: character class (no other character matches u, r, b, d, c ignoring case), which ``re`` scans
#: for in C: three times faster than the lookbehind-first form
TRANSLIT_HINT = re.compile(r"[UuRrBbDdCc](?<!\w.)(?i:(?<=u)krain|(?<=r)ussia|(?<=b)elarus|(?<=d)onbas|(?<=c)rimea)")
#: nothing but the end of the line or sentence after a name
ALONE = re.compile(r"\s*(?:[.;:!?\n]|$)")
CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
REGION_BEFORE = re.compile(
    r"(?:\b(?:régions?|oblast|province|département)\s+(?:de\s+(?:la\s+)?|du\s+|d['’]))$", re.I)
REGION_AFTER = re.compile(r"^\s+(?:region|oblast|province)\b", re.I)
#: "штат Вашингтон", "штаті Вашингтон": a federal state's word before its name (the span stays on the
#: name); a US state shares its name with towns and the capital, and the word says the area is meant.
#: After the name (``STATE_AFTER_AT``) only a lower-case "state" counts: "Washington state", but
#: "Sunshine State", "Empire State" are nicknames and "Wayne State", "San Diego State" universities
STATE_BEFORE = re.compile(r"(?<!\w)штат(?:а|е|у|ом|і)?\s+$", re.I)
#: ``REGION_AFTER`` and ``NEXT_WORD`` for ``match(text, pos, endpos)``, which reads the text as
#: the slice ``text[pos:endpos]`` without making it
REGION_AFTER_AT = re.compile(r"\s+(?:region|oblast|province)\b", re.I)
STATE_AFTER_AT = re.compile(r"\s+state\b")
NEXT_WORD_AT = re.compile(r"(\W*)([^\W\d_]+(?:['’\-][^\W\d_]+)*)", re.U)
CYR_REGION = re.compile(  # (a hyphen may begin a capitalised part: "Івано-Франківської області")
    r"\b([А-ЯЁІЇЄҐ](?:[а-яёіїєґ'’]|-[А-ЯЁІЇЄҐа-яёіїєґ])+?(?:ск|цк|зск|зьк|ськ|цьк))(ая|ой|ую|ом|ого|ому|ий|а|ої|ій|у|ою|ої|им|ім)"
    r"\s+(област(?:ью|ь|и|і|ю)|обл|кра(?:ем|єм|й|я|ю|е|ї)|ОВА|ОДА)(?:(?<=л)\.|(?!\w))", re.U)  # never a word's beginning ("обласної")
#: the nominative endings of the adjective and the noun of :data:`CYR_REGION`'s area, by the noun's
#: first letters: "Харківської області" -> "Харківська область", "Хабаровском крае" -> "Хабаровский край";
#: an oblast's administration (Ukrainian ОВА, ОДА: "голова Дніпропетровської ОВА") names the oblast
CYR_REGION_NOMINATIVE = {"обл": (("ая", "а"), "область"), "кра": (("ий", "ій"), "край"),
                         "ОВА": (("а",), "область"), "ОДА": (("а",), "область")}

#: Russian/Ukrainian two-word names of an adjective and a noun, both in an oblique case: "Южной Корее",
#: "Південної Кореї", "Нижнем Новгороде", "Саудовской Аравии" (the adjective's stem, its ending, the noun)
CYR_ADJECTIVE_NOUN = re.compile(
    r"(?<![\w\-])([А-ЯЁІЇЄҐ][а-яёіїєґ'’]{2,}?)(ого|ому|ой|ом|ую|ою|ей|ем|ої|ій|ім|у)"
    r"\s+([А-ЯЁІЇЄҐ][а-яёіїєґ'’]{2,})(?![\w\-])", re.U)
#: the nominative endings an adjective of :data:`CYR_ADJECTIVE_NOUN` is tried with (ru, then uk): with
#: Russian "-ой" ("Кривом Роге" is Кривой Рог) and the short form, no ending ("Часового Яра" is Часов Яр)
CYR_ADJECTIVE_NOMINATIVES = ("ая", "ый", "ий", "ое", "ее", "яя", "ой", "а", "ій", "е", "я", "")
#: a Ukrainian noun's last syllable, whose о / е is і in the nominative ("Рогу" -> "Ріг", "Розі" -> "Ріг")
_UK_CLOSED_SYLLABLE = re.compile(r"[ое](?=[^аеєиіїоуюяыэь'’]$)")


#: the endings of an adjective in :func:`_water_expression` (the nominatives too: "Чорне море" is found
#: only as a pair, its noun being lower case)
_CYR_WATER_ADJECTIVE = "ого|ому|ой|ом|ую|ою|ей|ем|ої|ій|ім|им|ым|ое|ее|ий|ый|ая|яя|е|а|у|я"


@lru_cache(maxsize=None)
def _water_expression(lang: str) -> tuple[re.Pattern, dict[str, str], tuple[str, ...]] | None:
    """The names of bodies of water with a lower-case word in them, by language, and the nominatives
    of those words (ru, uk): French heads before the name (``data/fr/places_water_heads.txt``: "mer
    Rouge", "baie du Bengale"), Russian / Ukrainian nouns after an adjective
    (``data/<lang>/places_water_nouns.txt``: "Чёрном море", "Червоному морі", "Аденском заливе"); and
    what a text must contain for the expression to match (the heads, the nouns' common beginnings),
    a cheaper test than the expression. ``None`` for a language with neither."""
    folder = resources.files("sitrep") / "data" / lang
    if (folder / "places_water_heads.txt").is_file():
        heads = _data_lines(folder / "places_water_heads.txt")
        return re.compile(
            r"(?<![\w\-])(?:" + "|".join(heads) + r")\s+(?:(?:de la|du|des|de)\s+|d['’])?"
            r"([" + _UPPER + r"][^\W\d_]*(?:[\-‐][^\W\d_]+)*)", re.U), {}, tuple(heads)
    if (folder / "places_water_nouns.txt").is_file():
        lines = [line.split() for line in _data_lines(folder / "places_water_nouns.txt")]
        nominative = {form: forms[0] for forms in lines for form in forms}
        return re.compile(
            r"(?<![\w\-])([А-ЯЁІЇЄҐ][а-яёіїєґ'’]{2,}?)(?:" + _CYR_WATER_ADJECTIVE + r")\s+("
            + "|".join(sorted(nominative, key=len, reverse=True)) + r")(?![\w\-])", re.U), nominative, \
            tuple(os.path.commonprefix(forms) for forms in lines)
    return None


def _data_lines(path) -> list[str]:
    """The lines of a data file, without comments and blank lines."""
    return [w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")]


#: a place adjective's stem: the city's name and the suffix ("Саратов-ск-ая", "Київ-ськ-а", "Тул-ьск-ая")
CYR_ADJECTIVE_SUFFIX = re.compile(r"^(.{2,}?)(ск|цк|ськ|цьк|зск|зьк|ьск)$")


def adjective_city_forms(stem: str, suffix: str) -> set[str]:
    """The names of the city a place adjective's stem and suffix (:data:`CYR_ADJECTIVE_SUFFIX`) may
    stand for: the stem ("Саратовская": Саратов), with its suffix ("Иркутская": Иркутск), with "а"
    ("Тульская": Тула) or "ь" ("Рязанская": Рязань), and "-ов" as "-ва" ("Московский": Москва)."""
    forms = {stem, stem + suffix, stem + "а", stem + "ь"}
    if stem.endswith("ов"):
        forms.add(stem[:-2] + "ва")
    return forms


#: a first-level area centred this close to its seat is the city itself (a federal city)
SEAT_IS_AREA_KM = 20.0


def _seat_area(gaz: Gazetteer, stem: str) -> tuple[int, ...]:
    """The first-level area whose seat (``PPLA``) the adjective's ``stem`` names, for an oblast the
    gazetteer has no name of ("Саратовской области": Saratov oblast, whose seat is Saratov; most Russian
    oblasts have no Russian name there); nothing where no seat bears the name."""
    split = CYR_ADJECTIVE_SUFFIX.match(stem)
    if split is None:
        return ()
    stem, suffix = split.groups()
    # and the seats' neuter names ("Кемеровская": Кемерово), and "-инская" / "-енская" off a name in -а
    # or -о ("Карагандинская": Караганда, "Гродненская": Гродно); only a seat is taken
    forms = adjective_city_forms(stem, suffix) | {stem + "о"}
    if stem.endswith(("ин", "ен")):
        forms |= {stem[:-2] + "а", stem[:-2] + "о"}
    seats = [i for form in forms for i in gaz.lookup(norm(form))
             if gaz.fcode[i] == "PPLA" and (gaz.cc[i], gaz.admin1[i]) in gaz.admin1_entity]
    if not seats:
        return ()
    seat = max(seats, key=lambda i: gaz.pop[i])
    area = gaz.admin1_entity[(gaz.cc[seat], gaz.admin1[seat])]
    if distance_km(gaz.lat[seat], gaz.lon[seat], gaz.lat[area], gaz.lon[area]) < SEAT_IS_AREA_KM:
        return ()  # the area is the city ("Ленинградской области": Leningrad is Saint Petersburg's old name)
    return (area,)


def _water_mentions(text: str, gaz: Gazetteer, lang: str | None, taken: list[tuple[int, int]]) -> list[Mention]:
    """Bodies of water named with a lower-case word (:func:`_water_expression`), which the runs of
    capitalised tokens miss or read through the capitalised word alone ("mer Rouge" was missed, "mer
    du Japon" Japan). Only water bodies (feature class H) are taken: "Mer Rouge" is also a town of
    Louisiana. The spans taken are added to ``taken``."""
    expression = _water_expression(lang) if lang else None
    if expression is None:
        return []
    pattern, nominative, needed = expression
    if not any(w in text for w in needed):
        return []
    out = []
    for m in pattern.finditer(text):
        if nominative:  # an adjective's stem and a noun: "Чёрн-ом море" -> "Чёрное море"
            cands = _adjective_noun_name(gaz, m.group(1), nominative[m.group(2)], lang)
        else:  # a head and a name: "mer Rouge", or the name alone ("mer Méditerranée": Méditerranée)
            cands = gaz.lookup(norm(m.group())) or gaz.lookup(norm(m.group(1)))
        cands = tuple(i for i in cands if gaz.fclass[i] == "H")
        if cands:
            out.append(Mention(m.start(), m.end(), m.group(), cands, features={"ntok": 2}))
            taken.append((m.start(), m.end()))
    return out


@dataclass
class Mention:
    start: int
    end: int
    surface: str
    candidates: tuple[int, ...]
    #: the name's first token starts a sentence (capitalisation tells nothing)
    sentence_initial: bool = False
    #: "région de X", "X Oblast": the admin-1 area is meant
    region: bool = False
    features: dict = field(default_factory=dict)


@lru_cache(maxsize=None)
def stop_words(lang: str) -> frozenset[str]:
    """Function words of ``lang`` and English (spaCy's lists)."""
    return spacy_stop_words(lang) | spacy_stop_words("en")


@lru_cache(maxsize=None)
def not_alone(lang: str) -> frozenset[str]:
    """Stop words plus ``data/xx/places_not_alone.txt``: never a toponym as a single word."""
    path = resources.files("sitrep") / "data" / "xx" / "places_not_alone.txt"
    return stop_words(lang) | frozenset(w.strip().casefold() for w in path.read_text(encoding="utf-8").splitlines()
                                        if w.strip() and not w.startswith("#"))


class Summary(NamedTuple):
    """What the filters ask of a mention's candidates, computed once per candidate set."""

    #: the largest population among them (0 for none)
    best_pop: int
    #: country of the most populous one
    best_cc: str
    #: one of them is not a populated place (an area, a region...)
    areas: bool
    #: all are towns of fewer than 200,000
    minor: bool
    #: one is a country or a US state
    major: bool


@lru_cache(maxsize=100_000)
def summary(gaz: Gazetteer, candidates: tuple[int, ...]) -> Summary:
    """The :class:`Summary` of a candidate set (memoised: the same names come back)."""
    pop, fclass, fcode, cc = gaz.pop, gaz.fclass, gaz.fcode, gaz.cc
    best, best_pop = None, 0
    areas, minor, major = False, True, False
    for i in candidates:  # one pass; the first of equally populous candidates is the best
        p = pop[i]
        if best is None or p > best_pop:
            best, best_pop = i, p
        if fclass[i] != "P":
            areas, minor = True, False
        elif p >= 200_000:
            minor = False
        if fcode[i] in ("PCLI", "PCLD", "PCLS") or (fcode[i] == "ADM1" and cc[i] == "US"):
            major = True
    return Summary(best_pop, cc[best] if best is not None else "", areas, minor, major)


#: a town this big keeps a one-word name that also reads as something else: a people's ("Canadian"),
#: a common word in a title-case headline, a person or body of the actor file (``recognition``)
SMALL_TOWN_POP = 100_000


def small_towns_only(gaz: Gazetteer, cands) -> bool:
    """The candidates are towns under :data:`SMALL_TOWN_POP`, no area among them."""
    best_pop, _cc, areas, _minor, _major = summary(gaz, cands)
    return not areas and best_pop < SMALL_TOWN_POP


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


@lru_cache(maxsize=50_000)
def _is_adjective(word: str, lang: str | None) -> bool:
    """A country adjective ("Українські", "Российская"): not to be read as an inflected name."""
    w = word.casefold()
    for code in (lang, "ru", "uk"):
        if code:
            exact, prefixes = _demonym_forms(code)
            if w in exact or w.startswith(prefixes):
                return True
    return False


#: the languages pymorphy3 analyses (``entities.morph.LANGUAGES``, not imported here: English and French
#: text does not load the entity tagger's modules through places.v1)
MORPH_LANGUAGES = ("ru", "uk")
#: parts of speech (pymorphy3) of a word that is no inflected name: "Думаю" (I think) is not "Думай"
_NOT_NOUNS = frozenset({"pos=VERB", "pos=INFN", "pos=ADVB", "pos=PRCL", "pos=CONJ", "pos=PREP", "pos=NPRO", "pos=PRED"})


def morph_marks(lang: str | None, word: str) -> tuple[str, ...]:
    """pymorphy3's features of ``word`` (:func:`..entities.morph.morph_features`, memoised there);
    none for the languages it does not analyse."""
    if lang not in MORPH_LANGUAGES:
        return ()
    from ..entities.morph import morph_features

    return morph_features(lang, word)


def _not_a_noun(word: str, lang: str | None) -> bool:
    """pymorphy3 (ru, uk) reads ``word`` first as a verb, an adverb or a function word."""
    return not _NOT_NOUNS.isdisjoint(morph_marks(lang, word))


@lru_cache(maxsize=None)
def _demonym_forms(lang: str) -> tuple[dict[str, str], tuple[str, ...]]:
    """The exact demonyms of ``lang`` and its prefixes as one tuple (one ``startswith``)."""
    exact, prefixes = demonyms(lang)
    return exact, tuple(p for p, _ in prefixes)


#: :data:`CYR_ENDINGS` by the last letter of the ending, each in the order of the list: a word is
#: tried only with the endings it can end with
CYR_ENDINGS_BY_LAST: dict[str, tuple[tuple[str, str], ...]] = {
    last: tuple(pair for pair in CYR_ENDINGS if pair[0][-1] == last) for last in {e[-1] for e, _r in CYR_ENDINGS}}


@lru_cache(maxsize=50_000)
def cyrillic_variants(word: str, min_stem: int = 3) -> tuple[str, ...]:
    out = []
    for suffix, repl in CYR_ENDINGS_BY_LAST.get(word[-1:], ()):
        if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            v = word[: len(word) - len(suffix)] + repl
            out.append(v)
            if v.endswith("ов"):
                out.append(v[:-2] + "ів")
            elif v.endswith("єв") or v.endswith("ев"):
                out.append(v[:-2] + "їв")
                out.append(v[:-2] + "ів")
    return tuple(out)


#: where a token can begin: a capital letter (an elided article before one is looked for by hand)
TOKEN_START = re.compile(r"[" + _UPPER + r"]")
#: lengths of the elisions of ``NAME_TOKEN`` ("lorsqu'", "jusqu'", "qu'", "d'"), longest first
ELISION_LENGTHS = (7, 6, 3, 2)


#: ``NAME_TOKEN`` written to open on a plain character class (``re`` scans for it in C): the
#: lookbehind checks the character before the capital once one is found; the elided article
#: before a name ("d'Izyum") is left out of the match, which starts at the capital as the token
#: does (see :func:`tokens`)
CAP_TOKEN = re.compile(
    r"[" + _UPPER + r"](?:(?<=[A-Z])\.(?:[A-Z]\.)+"
    r"|(?<![^\W\d_'’].)[^\W\d_]*(?:['’\-][^\W\d_]+)*(?!\w))", re.U)

#: the elisions of ``NAME_TOKEN`` that begin with a capital
CAP_ELISION = re.compile(r"(?:[DL]|Qu|Jusqu|Lorsqu|Puisqu)['’]")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Capitalised tokens: the only ones a name starts, ends or continues with.

    The same tokens as :func:`tokens_by_elision` (``NAME_TOKEN`` tried at each capital),
    found by one ``finditer`` of :data:`CAP_TOKEN`. Where an elision precedes a capital,
    ``NAME_TOKEN``'s match through the elision and its match at the capital give the same
    token, except for an initialism ("l'U.S."); a token that may open on a capitalised elision
    ("L'Ukraine") sends the text to :func:`tokens_by_elision`.
    """
    out = [(m.start(), m.end(), m.group()) for m in CAP_TOKEN.finditer(text)]
    if "'" in text or "’" in text:
        for s, _e, t in out:
            if (t[0] in "DLQJP" and CAP_ELISION.match(t)) or (t[-1] == "." and s >= 2 and text[s - 1] in "'’"):
                return tokens_by_elision(text)  # "L'Ukraine", "Qu'Obama": a capitalised elision
    return out


def tokens_by_elision(text: str) -> list[tuple[int, int, str]]:
    """``NAME_TOKEN.finditer(text)``'s tokens (the elided article left out), found faster: every
    match of ``NAME_TOKEN`` begins at a capital letter or at an elision right before one, so
    the expression is only tried there."""
    out = []
    pos = 0
    match = NAME_TOKEN.match
    for u in TOKEN_START.finditer(text):
        p = u.start()
        if p < pos:
            continue  # inside the previous token
        m = None
        if p >= 2 and text[p - 1] in "'’":
            for k in ELISION_LENGTHS:  # "d'Izyum": the match starts at the elision
                if p - k >= pos:
                    m = match(text, p - k)
                    if m is not None:
                        break
        if m is None:
            m = match(text, p)
            if m is None:
                continue
        s, e = m.span()
        el = m.group("el")
        if el:
            s += len(el)
        out.append((s, e, text[s:e]))
        pos = e
    return out


REGION_TAILS = ("de ", "d'", "d’", "du ", "la ")
_PUNCT = ".,;:!?\"“”«»()’'‘"


def _prev_word(text: str, start: int) -> tuple[str, str]:
    """The word before ``start`` and what separates them."""
    before = text[max(0, start - 40):start]
    stripped = before.rstrip()
    core = stripped.rstrip(_PUNCT)
    gap = before[len(core):]
    word = core[core.rfind(" ") + 1:].lstrip(_PUNCT)
    if "\n" in word:
        word = word[word.rfind("\n") + 1:]
    return word, gap


@lru_cache(maxsize=50_000)
def _key(token: str) -> str:
    """:func:`norm` of a token, memoised (the same capitalised words come back)."""
    return norm(token)


#: the next word (or "d'") after a word of a name, where an area's name may go on
NAME_WORD = re.compile(r" ([^\W\d_]+(?:['’](?=\w))?)")
#: the languages whose names of countries go on in lower case, adjectives after the noun ("Arabie
#: saoudite"); in English the lower-case word after a name is a common noun ("the Sahel region" is not
#: Burkina Faso's Sahel region)
LOWER_CASE_NAME_LANGUAGES = ("fr",)
#: words an area's name goes on with at most ("République démocratique du Congo": 3)
NAME_WORDS_MAX = 4


def _lower_case_area(text: str, s: int, e: int, gaz: Gazetteer) -> tuple[int, tuple[int, ...], int] | None:
    """``(end, candidates, words)`` of the longest name of a country, area or sea that begins with the
    capitalised token ``text[s:e]`` and goes on with a lower-case word ("Arabie saoudite", "Émirats
    arabes unis", "République démocratique du Congo"), or None. Each word is taken only while some
    name of the gazetteer begins with the words so far (one prefix query of the name index)."""
    keys_from = gaz.index.trie.iterkeys  # (``has_keys_with_prefix`` is deprecated in marisa-trie)
    key = _key(text[s:e])
    found = None
    pos, words = e, 1
    for k in range(NAME_WORDS_MAX):
        m = NAME_WORD.match(text, pos)
        if m is None or (k == 0 and m.group(1)[:1].isupper()):
            break  # (a capitalised word right after it: the runs below join those)
        word = m.group(1)
        key = key + ("" if key.endswith("'") else " ") + _key(word)
        if next(keys_from(key), None) is None:
            break  # no name begins with these words
        pos, words = m.end(), words + 1
        cands = tuple(i for i in gaz.lookup(key) if gaz.fclass[i] != "P")
        if cands:
            found = (pos, cands, words)
    return found


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"“«'‘(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;…»”"


def find_mentions(text: str, gaz: Gazetteer, lang: str | None) -> list[Mention]:
    """Every gazetteer name in ``text`` that looks like a toponym."""
    stops = not_alone(lang or "en")
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    # Russian/Ukrainian "Харківської області", "Краснодарского края": the adjective's nominative + the
    # noun's ("область", "край").
    for m in (CYR_REGION.finditer(text) if "обл" in text or "кра" in text or "ОВА" in text or "ОДА" in text
              else ()):  # the expression needs them
        stem = m.group(1)
        endings, noun = CYR_REGION_NOMINATIVE[m.group(3)[:3]]
        for ending in endings:
            cands = gaz.lookup(norm(f"{stem}{ending} {noun}"))
            if cands:
                break
        else:  # no such name in the gazetteer ("Саратовская область"): the area its seat names
            cands = _seat_area(gaz, stem) if noun == "область" else ()
        if cands:
            mentions.append(Mention(m.start(), m.end(), m.group(), cands, region=True))
            taken.append((m.start(), m.end()))
    for m in _adjective_noun_pairs(text) if lang in MORPH_LANGUAGES else ():
        if taken and any(a <= m.start() < b for a, b in taken):
            continue
        cands = _adjective_noun_name(gaz, m.group(1), m.group(3), lang)
        if cands:
            mentions.append(Mention(m.start(), m.end(), m.group(), cands, features={"ntok": 2}))
            taken.append((m.start(), m.end()))
    mentions.extend(_water_mentions(text, gaz, lang, taken))
    state_word = "state" in text or "штат" in text or "Штат" in text  # (the tests of a state word need one)
    # US state abbreviations after a town: "Alexandria, La.", "Charleston, W.Va.".
    for m in STATE_ABBR.finditer(text):
        form = m.group(1).rstrip()
        code = gaz.us_qualifier.get(norm(form))
        a = gaz.admin1_entity.get(("US", code)) if code else None
        if a is not None:
            st = m.start(1)
            mentions.append(Mention(st, st + len(form), form, (a,), features={"abbreviation": True}))
            taken.append((st, st + len(form)))
    toks = tokens(text)
    # "Arabie saoudite", "République démocratique du Congo", "Guinée équatoriale": an area's name going
    # on in lower case, which the runs of capitalised tokens below do not join.
    mw_starts = multiword_starts(gaz)
    for s, e, t in (toks if lang in LOWER_CASE_NAME_LANGUAGES else ()):
        # (the cheap tests first: a lower-case letter next, a token some name of several words begins with)
        if (text[e + 1:e + 2].islower() and text[e:e + 1] == " " and _key(t) in mw_starts
                and not (taken and any(a <= s < b for a, b in taken))):
            hit = _lower_case_area(text, s, e, gaz)
            if hit is not None:
                mentions.append(Mention(s, hit[0], text[s:hit[0]], hit[1], features={"ntok": hit[2]}))
                taken.append((s, hit[0]))
    n = len(toks)
    joins = _joins(text, toks)
    title_zones = _title_case_zones(text)
    misses: list[tuple[int, int]] = []
    caps = [t[:1].isupper() for _s, _e, t in toks]
    # A token no name continues from is looked at by itself; what it gives depends on its word
    # alone (see :class:`_WordStates`): most are nothing or a miss and are settled here, in bulk.
    word_state = _word_states.of(gaz, lang)
    states = [word_state[t] for _s, _e, t in toks]
    for k in compress(range(n - 1), islice(joins, 1, None)):
        states[k] = LIVE  # a token another one joins
    # (tokens a longer name took in are skipped: ``covered`` holds their ranges)
    covered: list[tuple[int, int]] = []
    names_get = _name_candidates.bound(gaz).get
    i = 0
    for k in [k for k, st in enumerate(states) if st == LIVE]:
        if k < i:
            continue
        i = k
        s, e, t = toks[i]
        if not caps[i] or (taken and any(a <= s < b for a, b in taken)):
            continue
        found = None
        # The longest run of joined tokens first.
        j_max = i
        if i + 1 < n and joins[i + 1]:
            last = min(n, i + MAX_TOKENS)
            while j_max + 1 < last and joins[j_max + 1]:
                j_max += 1
        # (a token no name continues from is here only if its state is LIVE: not "The", "He",
        # "But", which are never a name alone)
        j_top = j_max
        if j_max > i and t.isascii() and norm(t).partition(" ")[0] not in mw_starts:
            j_top = i  # no name of several words begins with this one: only the token alone can match
        for j in range(j_top, i - 1, -1):
            if not caps[j]:
                continue
            e_j = toks[j][1]
            surface = text[s:e_j] if j > i else t
            cands = names_get(surface)
            if cands is None:
                cands = _name_candidates(gaz, surface)
            if not cands and j > i and surface.endswith(("'s", "’s")):
                e_j -= 2  # "Boone County's"
                cands = gaz.lookup(norm(text[s:e_j]))
            if cands:
                found = (j, e_j, cands)
                break
        if found is not None and found[0] == i and lang in MORPH_LANGUAGES and small_towns_only(gaz, found[2]):
            # a plural town's genitive may be a village's nominative: "з Черкас" is Cherkasy, not Cherkas
            found = (i, found[1], _plural_of_town(gaz, t, lang, found[2]))
        if found is None:
            variant = _variant_of(gaz, t, lang)
            if variant is not None:
                found = (i, e - variant[0], variant[1])
        if found is None and "-" in t:
            # "D-Charleston", "Egyptian-US", "Gainesville-area": the parts of a compound.
            parts = _hyphen_parts(text, s, t, gaz, stops)
            if parts:
                mentions.extend(parts)
                i += 1
                continue
        if found is None:
            if toks[j_max][1] - s >= 5 and t.casefold() not in stops:
                misses.append((i, j_max))
            i += 1
            continue
        j, end, cands = found
        if j > i:
            covered.append((i, j))
        surface = text[s:end]
        if j == i and surface.replace(".", "").isupper() and (len(surface) <= 3 or "." in surface):
            # An acronym names a country or a first-level area ("US", "UK", "NSW"), not a town.
            cands = tuple(c for c in cands if gaz.fclass[c] in ("A", "L"))
            if not cands:
                i = j + 1
                continue
        if surface.casefold() in stops and not surface.isupper():
            i = j + 1
            continue
        if j == i and text[end:end + 1] == "." and norm(surface + ".") in gaz.us_qualifier and len(surface) <= 4:
            i = j + 1  # "Va." or "Kan." outside a qualifier position: an abbreviation, not a name
            continue
        initial = _sentence_initial(text, s)
        start, region = s, False
        if text.endswith(REGION_TAILS, max(0, s - 4), s):
            before = REGION_BEFORE.search(text[max(0, s - 30):s])
            if before:
                start, region = s - len(before.group()), True
        if not region and text[end:end + 1].isspace() and REGION_AFTER_AT.match(text, end, end + 12):
            region = True  # "Kharkiv region": the area; the span stays on the name
        elif not region and state_word and (STATE_AFTER_AT.match(text, end, end + 7) or (
                text.endswith(" ", s - 1, s) and STATE_BEFORE.search(text, max(0, s - 8), s))):
            # "Washington state", "штат Вашингтон": only where a first-level area bears the name
            # ("Battleground state Florida": Battleground, Washington, is no state)
            region = any(gaz.fcode[c] == "ADM1" for c in cands)
        p_tok, p_gap = _prev_word(text, s)
        nm = NEXT_WORD_AT.match(text, end, end + 40)
        n_tok, n_gap = (nm.group(2), nm.group(1)) if nm else ("", "")
        key = norm(surface)
        demonym = key in gaz.demonym_of and not gaz.lookup(key)
        if j == i and not demonym and key in gaz.demonym_of and small_towns_only(gaz, cands):
            i = j + 1  # "Canadian", "German", "Spanish": a people's name, not the small town of that name
            continue
        mention = Mention(start, end, text[start:end] if start < s else surface, cands, initial, region, {
            "run_before": (p_tok[:1].isupper() and p_gap == " " and "-" not in p_tok and not p_tok.isupper()
                           and not p_tok.endswith(("'s", "’s"))),
            "alone": initial and ALONE.match(text, end, end + 3) is not None,
            "run_after": n_tok[:1].isupper() and n_gap == " ",
            "prev": p_tok,
            # the word before opens its sentence: its capital says nothing ("Обстрел Харькова")
            "prev_initial": bool(p_tok) and _sentence_initial(text, s - len(p_gap) - len(p_tok)),
            "next": n_tok,
            "ntok": j - i + 1,
            "title_case": bool(title_zones) and any(a <= s < b for a, b in title_zones),
            "demonym": demonym,
        })
        mentions.append(mention)
        i = j + 1
    dead_misses = [(k, k) for k, st in enumerate(states) if st == MISS]
    if dead_misses:
        if covered:
            inside = {k for a, b in covered for k in range(a + 1, b + 1)}
            dead_misses = [(k, k) for k, _k in dead_misses if k not in inside]
        if taken:
            dead_misses = [(k, k) for k, _k in dead_misses if not any(a <= toks[k][0] < b for a, b in taken)]
        misses = sorted(misses + dead_misses)
    if misses:
        if not _translit_context(text, mentions, gaz):
            # Without Ukrainian/Russian context only a name standing alone (a one-name line) is tried.
            misses = [(i, j) for i, j in misses if ALONE.match(text, toks[j][1], toks[j][1] + 3)
                      and _sentence_initial(text, toks[i][0])]
        mentions.extend(_skeleton_mentions(text, toks, misses, mentions, gaz))
    mentions.sort(key=lambda m: m.start)
    return mentions


#: what a token gives looked at by itself (:class:`_WordStates`)
DEAD, MISS, LIVE = 0, 1, 2


class _LangStates(dict):
    """word -> its state, for one language and gazetteer; filled on first sight (``__missing__``),
    in two generations of at most ``limit`` words each, as :class:`_NameMemo`."""

    def __init__(self, gaz: Gazetteer, lang: str | None, limit: int) -> None:
        super().__init__()
        self.gaz, self.lang, self.limit = gaz, lang, limit
        self.previous: dict[str, int] = {}

    def __missing__(self, t: str) -> int:
        st = self.previous.get(t)
        if st is None:
            st = _word_state(self.gaz, self.lang, t)
        if len(self) >= self.limit:
            self.previous = dict(self)
            self.clear()
        self[t] = st
        return st


class _WordStates:
    """What a token that no other token joins gives, by its word alone: ``DEAD`` (nothing: not
    capitalised, a short function word, no name), ``MISS`` (no name, but long enough to be tried
    as a transliteration) or ``LIVE`` (a name, a variant of one, or a compound with a hyphen:
    looked at in place). Per language, emptied when another gazetteer comes in."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.gaz: Gazetteer | None = None
        self.langs: dict = {}

    def of(self, gaz: Gazetteer, lang: str | None) -> _LangStates:
        if gaz is not self.gaz:
            self.cache_clear()
            self.gaz = gaz
        memo = self.langs.get(lang)
        if memo is None:
            memo = self.langs[lang] = _LangStates(gaz, lang, self.limit)
        return memo

    def cache_clear(self) -> None:
        self.gaz = None
        self.langs = {}


def _word_state(gaz: Gazetteer, lang: str | None, t: str) -> int:
    """The state of a token ``t`` standing alone (the steps of :func:`find_mentions` for it)."""
    if not t[:1].isupper():
        return DEAD
    stops = not_alone(lang or "en")
    if len(t) < 5 and not t.isupper() and t.casefold() in stops:
        return DEAD
    if _name_candidates(gaz, t) or _variant_of(gaz, t, lang) is not None or "-" in t:
        return LIVE
    return MISS if len(t) >= 5 and t.casefold() not in stops else DEAD


#: words kept per generation by each language's states and variants
WORD_MEMO = 10_000

_word_states = _WordStates(WORD_MEMO)


def _variant_of(gaz: Gazetteer, t: str, lang: str | None) -> tuple[int, tuple[int, ...]] | None:
    """``(characters cut at the end, candidates)`` of the first of the variants of ``t`` that names
    something: without a possessive ("Kiev's"), or a Russian/Ukrainian nominative ("Харькова")."""
    if t.isascii() and "'" not in t:
        return None  # neither Cyrillic nor with an apostrophe: no variant (not memoised)
    memo = _variants.of(gaz, lang)
    v = memo.get(t, memo)
    if v is memo:
        v = memo[t] = _find_variant(gaz, t, lang)
        if len(memo) > WORD_MEMO:
            _variants.langs[lang] = {t: v}
    return v


def _find_variant(gaz: Gazetteer, t: str, lang: str | None) -> tuple[int, tuple[int, ...]] | None:
    variants = []
    if ("'" in t or "’" in t) and POSSESSIVE.search(t):
        variants.append((POSSESSIVE.sub("", t), 2 if t[-1] in "sS" else 1))
    cyrillic = not t.isascii() and CYRILLIC.search(t) and not _is_adjective(t, lang)
    if cyrillic:
        variants.extend((v, None) for v in cyrillic_variants(t))
    found = None
    for v, cut in variants:
        cands = gaz.lookup(norm(v))
        if cands:
            if cut is None:  # an inflected form: not of a verb or a function word (asked only now: rare)
                if _not_a_noun(t, lang):
                    return None
                found = _neuter_variant(gaz, t, lang, _lemma_variant(gaz, t, lang, (0, cands)))
                return plural_variant(gaz, t, lang, found)
            found = cut, cands
            break
    if cyrillic and found is None:
        found = _neuter_variant(gaz, t, lang, _lemma_variant(gaz, t, lang, None)) or _compound_variant(gaz, t, lang)
        found = plural_variant(gaz, t, lang, found)
        return None if found is None or _not_a_noun(t, lang) else found
    return found


def _plural_nominatives(t: str, lang: str | None) -> list[str]:
    """The nominatives ``t`` may be a case of if it is a plural name (:data:`CYR_PLURAL_ENDINGS`)."""
    stems = [t[: len(t) - len(e)] for e in CYR_PLURAL_ENDINGS if t.endswith(e) and len(t) - len(e) >= 3]
    if t[-1:] not in _VOWELS_SOFT and len(t) >= 3:  # the genitive without an ending: "Сум", "Лубен"
        stems.append(t)
        fleeting = _FLEETING_VOWEL.match(t)
        if fleeting is not None and len(t) >= 4:
            stems.append(fleeting.group(1) + fleeting.group(2))
    endings = CYR_PLURAL_NOMINATIVES.get(lang, CYR_PLURAL_NOMINATIVES[None])
    return [stem + ending for stem in stems for ending in endings]


def plural_variant(gaz: Gazetteer, t: str, lang: str | None, found: tuple[int, tuple[int, ...]] | None
                   ) -> tuple[int, tuple[int, ...]] | None:
    """``t`` read as a case of a town with a plural name (Суми, Черкаси, Чернівці, Лубни, Ромни, Химки)
    where the other readings gave nothing or small towns only: "из Сум" was missed, "з Черкас" was the
    village Cherkas. The town must have :data:`PLURAL_TOWN_POP` and more people than what ``found``
    names, and lie in Ukraine, Russia or Belarus, where these names are: elsewhere a stem + "и" names
    a transliteration ("Мер", mayor, + "и" was Meru, Kenya, in c2k). It comes first, with ``found``'s
    small towns after it for the article to choose."""
    if found is not None and not small_towns_only(gaz, found[1]):
        return found
    floor = max(PLURAL_TOWN_POP, summary(gaz, found[1]).best_pop + 1) if found is not None else PLURAL_TOWN_POP
    for name in _plural_nominatives(t, lang):
        cands = gaz.lookup(norm(name))
        towns = tuple(i for i in cands if gaz.cc[i] in TRANSLIT_COUNTRIES)
        if towns and not summary(gaz, towns).areas and summary(gaz, towns).best_pop >= floor:
            return 0, (towns if found is None else tuple(dict.fromkeys(towns + found[1])))
    return found


#: the oblique endings of a masculine adjective, Ukrainian and Russian ("-Подільського", "-Дністровському",
#: "-Днестровском"): the second part of a compound name in the nominative ends in -ий / -ый instead
_ADJECTIVE_CASE = re.compile(r"(?:ого|ому|ом|им|ім|ем)$")
#: a stem's last consonant before which the nominative has a fleeting е ("Кам'янц-і" -> "Кам'янець",
#: "Дністр-а" -> "Дністер")
_FLEETING_E = re.compile(r"(?<=[^аеєиіїоуюяыэ'’])([цкрнл])$")


def _compound_variant(gaz: Gazetteer, t: str, lang: str | None) -> tuple[int, tuple[int, ...]] | None:
    """A hyphenated name of a noun and an adjective with both parts inflected: "Білгороду-Дністровському",
    "Кам'янці-Подільському", "Могилева-Подільського", "Белгороде-Днестровском" are cases of
    Білгород-Дністровський, Кам'янець-Подільський ...; the nominative of each part is looked for
    (the endings, a fleeting е, pymorphy3's lemma) and the two joined again."""
    if t.count("-") != 1:
        return None
    head, adj = t.split("-")
    if not (head[:1].isupper() and adj[:1].isupper()) or not _ADJECTIVE_CASE.search(adj):
        return None
    heads = [head, *cyrillic_variants(head)]
    fleeting = [_FLEETING_E.sub(r"е\1", v) for v in heads if _FLEETING_E.search(v)]
    heads += fleeting + [v + "ь" for v in fleeting if v.endswith("ц")]  # "Кам'янець"
    heads += [m[2:] for m in morph_marks(lang, head) if m.startswith("l=")]
    adjs = [_ADJECTIVE_CASE.sub(end, adj) for end in ("ий", "ый")]
    adjs += [m[2:] for m in morph_marks(lang, adj) if m.startswith("l=")]
    for h in dict.fromkeys(heads):
        for a in dict.fromkeys(adjs):
            cands = gaz.lookup(norm(f"{h}-{a}"))
            if cands:
                return 0, cands
    return None


def _adjective_noun_pairs(text: str):
    """The matches of :data:`CYR_ADJECTIVE_NOUN` in ``text``, overlapping ones too: a capitalised word
    that opens the sentence may look like an adjective ("Поблизу Часового Яру"), and the pair it makes
    must not hide the name after it."""
    pos = 0
    while (m := CYR_ADJECTIVE_NOUN.search(text, pos)) is not None:
        yield m
        pos = m.start(3)


def _adjective_noun_name(gaz: Gazetteer, stem: str, noun: str, lang: str | None) -> tuple[int, ...]:
    """The candidates of a two-word name of :data:`CYR_ADJECTIVE_NOUN` whose both words are inflected
    ("Южной Корее" is Южная Корея, "Південному Судані" Південний Судан, "Нижнем Новгороде" Нижний
    Новгород): the adjective's nominatives (:data:`CYR_ADJECTIVE_NOMINATIVES`) with the noun as written,
    its case endings and pymorphy3's lemma; the first pair the gazetteer knows. Without it the noun
    alone was read ("Африке": Africa; "Кореи": Coray, France; "Судане": Sudan) or nothing."""
    lemmas = (m[2:].capitalize() for m in morph_marks(lang, noun) if m.startswith("l="))
    # (a noun of two letters is read too: "Часового Яра" is Часов Яр; the adjective makes the pair long)
    variants = cyrillic_variants(noun, min_stem=2)
    nouns = [noun, *variants, *lemmas]
    if lang == "uk":
        nouns += _uk_nominative_alternations(variants)
    stems = (stem, stem[:-1]) if stem.endswith("ь") else (stem,)  # "Нижньому" -> "Нижній"
    for n in dict.fromkeys(nouns):
        for st in stems:
            for ending in CYR_ADJECTIVE_NOMINATIVES:
                cands = gaz.lookup(norm(f"{st}{ending} {n}"))
                if cands:
                    return cands
    return ()


def _uk_nominative_alternations(variants: tuple[str, ...]) -> list[str]:
    """Ukrainian nominatives with the alternations the case endings hide: the о / е of a closed last
    syllable is і ("Рогу" -> "Рог" -> "Ріг") and a locative's з is г ("Розі" -> "Роз" -> "Ріг")."""
    out = []
    for v in variants:
        for w in (v, v[:-1] + "г") if v.endswith("з") else (v,):
            if _UK_CLOSED_SYLLABLE.search(w):
                out.append(_UK_CLOSED_SYLLABLE.sub("і", w))
    return out


#: pymorphy3's marks of a surname's or a patronymic's form: their lemma is no place's name
#: ("Шевченка" is not Aktau, once named Shevchenko); a given name's is left ("Дону": "Дон" is one)
_SURNAME_MARKS = frozenset({"m=Surn", "m=Patr"})


def _lemma_variant(gaz: Gazetteer, t: str, lang: str | None, found: tuple[int, tuple[int, ...]] | None
                   ) -> tuple[int, tuple[int, ...]] | None:
    """``t`` read through pymorphy3's lemma where :data:`CYR_ENDINGS` gave nothing or small towns
    only, and the lemma names more (an area, a river, a town of :data:`SMALL_TOWN_POP`): the first
    ending that names something is not always the word's. "Тиру", "Тира" (Tyre, "Тир") are not
    Firá ("Тира"), "Дамаске" not the village Damaska; "Чечне" ("е" -> "я" is no ending of the list)
    is Chechnya, "Дністрі" (its fleeting е: "Дністер") the river.
    The small towns stay among the candidates, for the article to choose."""
    if (found is not None and not small_towns_only(gaz, found[1])) or t.isupper():
        return found  # (an abbreviation's lemma is another word's: "ПАР" is no "пара", Pará)
    marks = morph_marks(lang, t)
    if not _SURNAME_MARKS.isdisjoint(marks) or not ("pos=NOUN" in marks or "m=Geox" in marks):
        return found  # nor an adjective's, unless a place's ("Северного" is no Severnyy; "Волжском")
    lemma = next((m[2:] for m in marks if m.startswith("l=")), None)
    if not lemma or lemma == t.casefold():
        return found
    cands = gaz.lookup(norm(lemma))
    if not cands or small_towns_only(gaz, cands):
        return found
    return 0, (cands if found is None else tuple(dict.fromkeys(found[1] + cands)))


def _neuter_variant(gaz: Gazetteer, t: str, lang: str | None, found: tuple[int, tuple[int, ...]] | None
                    ) -> tuple[int, tuple[int, ...]] | None:
    """``t`` read as a case of a neuter name in -о (:data:`CYR_NEUTER_ENDINGS`) where that names a
    country or first-level area, or else a town of :data:`SMALL_TOWN_POP` or more whose stem is not
    a surname's and whose case pymorphy3 reads ``t`` as (:func:`_case_of`; "Совета" is a case of
    "совет", not Soweto); else ``found``, what :data:`CYR_ENDINGS` gave. Asked only where ``found``
    is nothing or small towns only: "Косова" is Kosovo before the small town Kosiv ("Косів"),
    "Дніпра" Dnipro, but "Харкова" stays Kharkiv."""
    if found is not None and not small_towns_only(gaz, found[1]):
        return found
    for suffix, repl in CYR_NEUTER_ENDINGS:
        if t.endswith(suffix) and len(t) - len(suffix) >= 3:
            stem = t[: len(t) - len(suffix)]
            name = stem + repl
            cands = gaz.lookup(norm(name))
            if cands:
                best_pop, _cc, _areas, _minor, major = summary(gaz, cands)
                if major or (best_pop >= SMALL_TOWN_POP and not SURNAME_STEM.search(stem)
                             and _case_of(lang, t, name)):
                    # with the small towns ``found`` names, for the article to choose among
                    return 0, (cands if found is None else tuple(dict.fromkeys(found[1] + cands)))
            break  # the endings do not overlap: one is the word's
    return found


def _case_of(lang: str | None, word: str, name: str) -> bool:
    """pymorphy3 reads ``word`` as a case of ``name``: not of another word ("Совета", "Порту"), nor
    a word it does not know (the singer "Фриске" is no Frisco), nor another place's nominative
    ("Мексика", "Тула"); nothing for a language it does not analyse."""
    return "l=" + name.casefold() in morph_marks(lang, word)


class _Variants(_WordStates):
    """word -> :func:`_find_variant`, per language (plain dicts, emptied when full)."""

    def of(self, gaz: Gazetteer, lang: str | None) -> dict:  # type: ignore[override]
        if gaz is not self.gaz:
            self.cache_clear()
            self.gaz = gaz
        memo = self.langs.get(lang)
        if memo is None:
            memo = self.langs[lang] = {}
        return memo


_variants = _Variants(WORD_MEMO)
_plurals = _Variants(WORD_MEMO)


def _plural_of_town(gaz: Gazetteer, t: str, lang: str | None, cands: tuple[int, ...]) -> tuple[int, ...]:
    """:func:`plural_variant`'s candidates for a word whose own candidates ``cands`` are small towns
    (they depend on the word alone: memoised per word, as :func:`_variant_of`)."""
    memo = _plurals.of(gaz, lang)
    v = memo.get(t)
    if v is None:
        v = memo[t] = plural_variant(gaz, t, lang, (0, cands))[1]
        if len(memo) > WORD_MEMO:
            _plurals.langs[lang] = {t: v}
    return v


def _joins(text: str, toks: list[tuple[int, int, str]]) -> list[bool]:
    """``joins[j]``: token ``j`` may continue a name begun before it ("New York", "St. Louis",
    "Stratford-upon-Avon", "Bosnia and Herzegovina")."""
    out = [False] * len(toks)
    connector = CONNECTOR_GAP.match
    for j, ((_ps, pe, pt), (s, _e, _t)) in enumerate(zip(toks, toks[1:]), 1):
        if s - pe > 12:
            continue
        gap = text[pe:s]
        if gap in (" ", "-", " - "):
            out[j] = True
        elif gap == ". ":
            out[j] = pt in ("St", "Mt", "Ft", "Pt")
        else:
            out[j] = connector(gap) is not None
    return out


@lru_cache(maxsize=4)
def multiword_starts(gaz: Gazetteer) -> frozenset[str]:
    """The first words of the names of several words ("new" of "new york").

    For an ASCII token, the key of a longer run starting with it begins with the
    token's own key up to its first space, so a run whose first word is not here
    can only match as the token alone (0.1 s to build, 89,000 words).
    """
    keys = [*gaz.index, *gaz.demonym_of]
    return frozenset(k[:k.index(" ")] for k in keys if " " in k)


def _lookup_name(gaz: Gazetteer, surface: str) -> tuple[int, ...]:
    """The entities ``surface`` names, or the country of a demonym ("Ukrainian")."""
    key = norm(surface)
    cands = gaz.lookup(key)
    if not cands and key in gaz.demonym_of:
        cands = (gaz.demonym_of[key],)
    return cands


#: surfaces kept with their candidates, per generation (see :class:`_NameMemo`)
NAME_MEMO = 50_000


class _NameMemo:
    """:func:`_lookup_name` memoised, as the same names come back in article after article: two
    plain dicts keyed by the surface alone (the current generation and the one before, whose
    names still in use are carried over when the current one is full), so an entry costs a dict
    slot, not an LRU link and a key tuple with the gazetteer in it (half the memory of the
    ``lru_cache`` of 100,000 it replaces). Emptied when another gazetteer comes in."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.gaz: Gazetteer | None = None
        self.current: dict[str, tuple[int, ...]] = {}
        self.previous: dict[str, tuple[int, ...]] = {}

    def __call__(self, gaz: Gazetteer, surface: str) -> tuple[int, ...]:
        cands = self.current.get(surface)
        if cands is not None and gaz is self.gaz:
            return cands
        if gaz is not self.gaz:
            self.cache_clear()
            self.gaz = gaz
        cands = self.previous.get(surface)
        if cands is None:
            cands = _lookup_name(gaz, surface)
        if len(self.current) >= self.limit:
            self.previous, self.current = self.current, {}
        self.current[surface] = cands
        return cands

    def bound(self, gaz: Gazetteer) -> dict[str, tuple[int, ...]]:
        """The current generation, for ``gaz``: a hit there is the answer (a miss, ``None``, is
        asked of the memo itself)."""
        if gaz is not self.gaz:
            self.cache_clear()
            self.gaz = gaz
        return self.current

    def cache_clear(self) -> None:
        self.gaz = None
        self.current, self.previous = {}, {}


_name_candidates = _NameMemo(NAME_MEMO)


_LINE = re.compile(r"[^\n.!?]+")
_WORDS = re.compile(r"[^\W\d_]+", re.U)


def _title_case_zones(text: str) -> list[tuple[int, int]]:
    """Headline-style stretches ("Senior U.S. Military Official Visits Georgia") at the start of
    the text or of a line, where capitals say nothing of names."""
    zones = []
    m = _LINE.search(text, 0, min(len(text), 400))  # only the first line: the title
    if m:
        words = _WORDS.findall(m.group())
        if len(words) >= 3 and sum(w[:1].isupper() for w in words if len(w) > 3) >= 0.8 * sum(1 for w in words if len(w) > 3):
            zones.append(m.span())
    return zones


def _state_abbreviation(text: str, start: int, part: str, gaz: Gazetteer) -> int | None:
    """The US state a compound's last part abbreviates, with its full stop ("D-Va.", "R-Fla.")."""
    end = start + len(part)
    if text[end:end + 1] != "." or text[end + 1:end + 2].isalnum():
        return None
    code = gaz.us_qualifier.get(norm(part + "."))
    return gaz.admin1_entity.get(("US", code)) if code else None


def _hyphen_parts(text: str, start: int, token: str, gaz: Gazetteer, stops) -> list[Mention]:
    out = []
    pos = 0
    for part in token.split("-"):
        s = start + pos
        pos += len(part) + 1
        if len(part) < 2 or not part[:1].isupper() or (part.casefold() in stops and not part.isupper()):
            continue
        key = norm(part)
        state = _state_abbreviation(text, s, part, gaz)
        if state is not None:  # "Sen. Tim Kaine (D-Va.)", "Rep. John Mica (R-Fla.)": the state
            m = Mention(s, s + len(part), part, (state,), features={"abbreviation": True})
            out.append(m)
            continue
        cands = gaz.lookup(key) or ((gaz.demonym_of[key],) if key in gaz.demonym_of else ())
        if part.isupper():
            cands = tuple(c for c in cands if gaz.fclass[c] in ("A", "L"))
        if not cands and len(part) > 1:
            return []  # "Post-Dispatch": a compound name, not places
        if cands:
            m = Mention(s, s + len(part), part, cands, sentence_initial=False)
            m.features.update(run_before=False, run_after=False, prev="", next="", ntok=1,
                              demonym=key in gaz.demonym_of and not gaz.lookup(key), alone=False)
            out.append(m)
    return out


def _translit_context(text: str, mentions: list[Mention], gaz: Gazetteer) -> bool:
    """The text is about Ukraine, Russia or Belarus: one of its places is there, or it names one
    of them (looked for first: one scan in C)."""
    if TRANSLIT_HINT.search(text):
        return True
    return any(summary(gaz, m.candidates).best_cc in TRANSLIT_COUNTRIES for m in mentions)


def _skeleton_mentions(text, toks, misses, mentions, gaz: Gazetteer) -> list[Mention]:
    """Ukrainian/Russian/Belarusian towns spelt in another transliteration ("Peski" for
    "Pisky"), longest run first, where no name matched.  A run of several words may take in the
    names found inside it ("Tsvetnye Peski" is Tsvitni Pisky, not Peski): they are dropped from
    ``mentions``."""
    spans = [(m.start, m.end) for m in mentions]
    out = []
    last_end = -1
    for i, j_max in misses:
        s = toks[i][0]
        if s < last_end:
            continue
        for j in range(j_max, i - 1, -1):
            e = toks[j][1]
            if e - s < 5:
                continue
            sk = skeleton(text[s:e])
            cands = gaz.skeleton_index.get(sk, ()) if sk else ()
            if not cands:
                continue
            inside = [(a, b) for a, b in spans if a < e and s < b]
            if not (inside and (j == i or any(a < s or b > e for a, b in inside))):
                if inside:
                    mentions[:] = [x for x in mentions if (x.start, x.end) not in inside]
                m = Mention(s, e, text[s:e], cands, sentence_initial=_sentence_initial(text, s))
                p_tok, p_gap = _prev_word(text, s)
                nm = NEXT_WORD.match(text[e:e + 40])
                n_tok, n_gap = (nm.group(2), nm.group(1)) if nm else ("", "")
                m.features.update(run_before=_is_cap(p_tok) and p_gap == " " and "-" not in p_tok,
                                  run_after=_is_cap(n_tok) and n_gap == " ", prev=p_tok, next=n_tok,
                                  ntok=j - i + 1, demonym=False, transliteration=True,
                                  alone=m.sentence_initial and bool(ALONE.match(text, e, e + 3)))
                out.append(m)
                last_end = e
                break
    return out
