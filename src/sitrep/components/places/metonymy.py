"""Place names standing for a state or government: acting, speaking, or being addressed.

"Washington a fourni", "Moscou a mis en garde Washington", "Kiev insiste", "the Kremlin
said", "la Russie a envoyé des troupes", "l'Ukraine se déclare neutre", "sanctions against
Minsk", "по данным Москвы", "в Кремле заявили": a capital, a seat of power (the Kremlin, the
White House, Bankova) or a country is flagged when

- it is the subject of a verb: the next word, after clitics and adverbs (``skip:``), is a
  verb of the language's list (``data/<lang>/places_metonymy.txt``: plain lines, and
  ``verb:`` lines where the capital or country is the name's best reading; ``word*`` =
  prefix; for ru/uk any verb pymorphy3 knows, the name being in the nominative; for en a
  word in -ed), and the name is not the complement of a noun ("l'est de la Russie a", "the
  south of Ukraine is");
- it is the object of a verb of addressing or accusing (``object:`` lines: "averti",
  "accused", "обвинить" — ru/uk by lemma), possibly after a few adverbs ("à plusieurs
  reprises");
- a phrase before it makes it a party (``before:``: "selon", "according to", "sanctions
  contre", "talks between", "les autorités de", "по данным");
- a noun after it makes it the government's forces (``after:``: "Kiev forces");
- it closes a headline after a colon or a dash ("...: Kiev");
- it is the agent of a passive ("négociés par l'Allemagne", "signed by Russia") or, in
  French, of an action noun with an infinitive ("l'échec de Kiev à mettre en œuvre");
- it is coordinated with a flagged name ("Londres et Paris ont condamné": see
  :func:`propagate`);
- in ru/uk, after a locative preposition, a verb of saying in the impersonal plural
  (``located:``: "в Кремле заявили").

Seats of power written with a lower-case word ("Белый дом", "Білий дім"), which the
capitalised-name matcher cannot see, are found by :func:`seat_spans` from the ``seat:`` lines
(every form, the first one a gazetteer name).

A name after a locative preposition ("à Kiev", "in Kyiv") is otherwise never a metonym.
Organisation acronyms and persons' names the gazetteer could read as places ("OTAN",
"Marine Le Pen") are not places at all (:func:`not_a_place`, ``notplace:`` and
``particle:`` lines).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

#: feature codes of names that stand for a government (capitals, seats of power)
GOV_CODES = frozenset({"PPLC", "CSTL", "BLDG"})
#: feature codes of names that stand for a state (independent political entities)
STATE_CODES = frozenset({"PCLI", "PCLD", "PCL", "PCLS", "PCLF", "PCLIX"})
ACTOR_CODES = GOV_CODES | STATE_CODES
LOCATIVE = re.compile(r"(?:\b(?:à|a|en|dans|vers|par|sur|depuis|in|at|near|to|from|into|across|throughout|"
                      r"в|у|во|на|из|із|з|до|под|під|по)\s+(?:la\s+|le\s+|l['’]|the\s+)?)$", re.I)
#: the name is a noun's complement: "l'est de la Russie", "the south of Ukraine"
GENITIVE = re.compile(r"(?:\b(?:de|du|des|d['’]|of)\s*(?:la\s+|le\s+|l['’]|les\s+|the\s+)?)$", re.I)
#: the agent of a passive participle: "négociés par la France", "signed by Russia"
AGENT_BEFORE = re.compile(r"\b\w+(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues|ed|en)\s+(?:par|by)\s+(?:la\s+|le\s+|l['’]|les\s+|the\s+)?$", re.I)
#: an infinitive complement after the name: "(l'échec de Kiev) à mettre", "(tentatives de Kiev) d'avancer"
INFINITIVE_AFTER = re.compile(r"^\s+(?:à|de|d['’])\s*(?:se\s+|s['’])?\w+(?:er|ir|re)\b", re.I)
#: English "the" right before a name: a capital (which takes no article) then modifies a noun
THE_BEFORE = re.compile(r"\bthe $")
#: capitals whose English name takes "the" ("The Vatican says"): the rule above does not apply
TAKES_THE = frozenset({"vatican", "vatican city", "hague"})
ARTICLE_BEFORE = re.compile(r"(?:\b(?:la|le|les|l['’]|the)\s*)$", re.I)
POSSESSIVE_AFTER = re.compile(r"^['’]s?(?=\s)")
ATTRIBUTION_BEFORE = re.compile(r"(?:\S:|\s[-–—]) ?$")
LINE_END = re.compile(r"\s*(?:[.;!?\n]|$)")
CLAUSE_OPENING = re.compile(r"(?:^|[.!?:;,(«“\"—–]\s*|\n\s*|\b(?:et|and|mais|but|que|qu['’]|that|while|alors|когда|что|чтобы|и|а|но|коли|що|щоб|і|та|але)\s+)$", re.I)
COORDINATION = re.compile(r"^\s*(?:,|et|and|и|і|та|or|ou|или|або)\s*(?:la\s+|le\s+|l['’]|les\s+|the\s+)?$", re.I)
_WORDS = re.compile(r"[\w’'\-]+", re.U)
#: a given name and a particle before a name: "Marine Le (Pen)"
PARTICLE_BEFORE = re.compile(r"(?:^|\s)([A-ZÀ-Ý][\w\-]+)\s+([A-Z][a-z]{1,2})\s+$")
_WORD_BEFORE = re.compile(r"([\w’'\-]+)[\s,]*$", re.U)


def word_patterns(words) -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact words, prefixes) of a word list whose ``word*`` lines are prefixes; case-folded."""
    words = [w.casefold() for w in words]
    return frozenset(w for w in words if not w.endswith("*")), tuple(w[:-1] for w in words if w.endswith("*"))


def matches(word: str, exact: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    return folded_matches(word.casefold(), exact, prefixes)


def folded_matches(w: str, exact: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    """:func:`matches` of a word already case-folded."""
    return w in exact or (bool(prefixes) and w.startswith(prefixes))


SECTIONS = ("verb", "before", "after", "object", "skip", "located", "notplace", "acting", "particle", "seat")


@lru_cache(maxsize=None)
def _sections(lang: str) -> dict[str, list[str]]:
    """``data/<lang>/places_metonymy.txt`` read once: verbs (no prefix) and one list per
    ``kind:`` prefix of :data:`SECTIONS`."""
    out: dict[str, list[str]] = {"": [], **{k: [] for k in SECTIONS}}
    try:
        text = (resources.files("sitrep") / "data" / lang / "places_metonymy.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return out
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        kind, sep, rest = line.partition(":")
        if sep and kind in SECTIONS:
            out[kind].append(rest.strip())
        else:
            out[""].append(line)
    return out


@lru_cache(maxsize=None)
def lexicon(lang: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(verbs, verb prefixes, phrases before the name) that make a name act."""
    exact, prefixes = word_patterns(_sections(lang)[""])
    return exact, prefixes, tuple(sorted((w.casefold() for w in _sections(lang)["before"]), key=len, reverse=True))


@lru_cache(maxsize=None)
def actor_nouns(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Nouns right after a capital that make it the government ("Kiev forces", "Kiev military"):
    the ``after:`` lines of ``data/<lang>/places_metonymy.txt``."""
    return word_patterns(_sections(lang)["after"])


@lru_cache(maxsize=None)
def _list(lang: str, kind: str) -> tuple[frozenset[str], tuple[str, ...]]:
    return word_patterns(_sections(lang)[kind])


def _morph(lang: str):
    if lang not in ("ru", "uk"):
        return None
    try:
        from ..entities.morph import analyzer

        return analyzer(lang)
    except ImportError:  # pymorphy3 is a dependency; without it the word lists alone decide
        return None


@lru_cache(maxsize=100_000)
def _parses(lang: str, word: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(lemma, grammemes) of the first analyses of a ru/uk word."""
    m = _morph(lang)
    if m is None:
        return ()
    return tuple((p.normal_form, frozenset(p.tag.grammemes)) for p in m.parse(word)[:4])


def _is_verb(word: str, lang: str, exact, prefixes) -> bool:
    if matches(word, exact, prefixes) or matches(word, *_list(lang, "verb")):
        return True
    if lang in ("ru", "uk") and word[:1].islower():
        ps = _parses(lang, word)
        # a finite verb first or the only reading ("заявил", "ввела"), not a noun that could be one
        return bool(ps) and ("VERB" in ps[0][1] or "PRED" in ps[0][1])
    if lang == "en" and word[:1].islower() and len(word) >= 5 and word.endswith("ed") and not word.endswith("eed"):
        return True  # "Beijing denounced", "China abstained"
    return False


def _nominative(surface: str, lang: str) -> bool:
    if lang not in ("ru", "uk"):
        return True
    last = _WORDS.findall(surface)[-1:] or [surface]
    ps = _parses(lang, last[0])
    return not ps or any("nomn" in g for _, g in ps)


#: punctuation that ends the clause before a name (then not a verb's object); the empty string
#: (nothing before the name) is not in it
_CLAUSE_END = (".", ";", ":", "!", "?", ",")


def _object_of(left: str, lang: str) -> bool:
    """The name is the object of a verb of addressing or accusing: "a averti Washington",
    "accused Russia", "обвинил Москву", "a mis en garde à plusieurs reprises Washington"."""
    if left.rstrip()[-1:] in _CLAUSE_END:  # (what r"[.;:!?,]\s*$" finds)
        return False
    words = _WORDS.findall(left[-60:])
    if not words:
        return False
    skip = _list(lang, "skip")
    exact, prefixes = _list(lang, "object")
    k = len(words) - 1
    # articles before the name
    while k >= 0 and words[k].casefold() in ("la", "le", "les", "l'", "l’", "the"):
        k -= 1
    for _ in range(4):
        if k < 0:
            return False
        w = words[k]
        if matches(w, exact, prefixes):
            return True
        if lang in ("ru", "uk") and w[:1].islower():
            lemmas = {lem for lem, g in _parses(lang, w) if "VERB" in g or "INFN" in g}
            if any(matches(lem, exact, prefixes) for lem in lemmas):
                return True
        if not matches(w, *skip):
            return False
        k -= 1
    return False


def _attribution(text: str, start: int, end: int) -> bool:
    """A name closing a headline after a colon or a dash names who said it: "Two soldiers
    killed in east: Kiev", "... - Kiev military" (the second is caught by the noun after it)."""
    return bool(ATTRIBUTION_BEFORE.search(text[max(0, start - 3):start])) and bool(LINE_END.match(text, end))


def not_a_place(text: str, start: int, end: int, lang: str | None) -> bool:
    """An organisation's acronym or a person's name, not a place: "OTAN", "NATO", "ЕС",
    "Marine Le Pen" ("Pen" after a particle after a given name); "l'UE", "the EU" only where
    they act (``acting:`` lines), being places elsewhere ("in the EU")."""
    lang = lang or "en"
    w = text[start:end].casefold()  # (the three lists below as :func:`matches` reads them, folded once)
    if folded_matches(w, *_list(lang, "notplace")) or folded_matches(w, *_list("xx", "notplace")):
        return True
    if folded_matches(w, *_list("xx", "acting")) and is_metonym(text, start, end, "PCLI", lang):
        return True
    particles = _list("xx", "particle")[0]
    window = text[max(0, start - 40):start]
    # The expression ends in a capital, one or two ASCII lower-case letters and white space: a
    # window that does not end so is not searched.
    t = window.rstrip()
    if len(t) == len(window) or not "a" <= t[-1:] <= "z" or not ("A" <= t[-2:-1] <= "Z" or "A" <= t[-3:-2] <= "Z"):
        return False
    m = PARTICLE_BEFORE.search(window)
    return bool(m and m.group(2).casefold() in particles)


def is_metonym(text: str, start: int, end: int, fcode: str, lang: str | None, names_after: set[int] | None = None,
               strict: bool = False) -> bool:
    """Whether the name at ``text[start:end]`` stands for a state or government.

    ``strict``: the seat of power is not the name's best reading ("Salisbury", "Athens" in
    local news): only the word lists count, not the object position nor a verb recognised by
    its form, since a flag makes the capital the reading."""
    if fcode not in ACTOR_CODES:
        return False
    lang = lang or "en"
    exact, prefixes, before = lexicon(lang)
    if not exact and not prefixes:
        return False
    rest = POSSESSIVE_AFTER.sub("", text[end:end + 80])
    nxt = _WORDS.search(rest)
    if nxt and rest[:nxt.start()].strip() == "" and matches(nxt.group(), *actor_nouns(lang)):
        return True
    if nxt and rest[:nxt.start()] == " " and nxt.group()[:1].isupper() and not text[start:end].isupper():
        return False  # part of a longer name: "Paris Police Department", "the Moscow Times"
    left_raw = text[max(0, start - 60):start]
    left = left_raw.casefold().replace("’", "'")
    if fcode == "PPLC" and nxt and rest[:nxt.start()] == " " and THE_BEFORE.search(left) \
            and text[start:end].casefold() not in TAKES_THE:
        return False  # a capital after "the" modifies the next word: "the Paris attacks", "the Moscow talks"
    bare = ARTICLE_BEFORE.sub("", left).rstrip(" ,")
    if bare.endswith(before):  # (a tuple: whether it ends with any of them)
        return True
    words = _WORDS.findall(rest)[:6]
    # (the expression needs "par" or "by" in the casefolded window: tried only then)
    if not strict and ("par" in left or "by" in left) and AGENT_BEFORE.search(left):
        return True  # the agent of a passive: "négociés par l'Allemagne", "signed by Russia"
    if LOCATIVE.search(left):
        # "в Кремле заявили": only a verb of saying in the impersonal plural
        return bool(words) and not re.match(r"^\s*[,;.:!?]", rest) and matches(words[0], *_list(lang, "located"))
    if _attribution(text, start, end):
        return True
    if not strict and _object_of(left_raw, lang):
        return True
    if GENITIVE.search(left):
        # the agent of an action noun: "les tentatives de Kiev d'avancer", "l'échec de Kiev à mettre"
        return not strict and bool(INFINITIVE_AFTER.match(rest)) and lang == "fr"
    # The subject of a verb: the next few words; a coordinated name ("et Washington") and adverbs are skipped.
    if re.match(r"^\s*[,;.:!?)\]]", rest) and not re.match(r"^\s*,\s*(?:qui|which|who|который|которая|яка|який)", rest):
        return False
    if not _nominative(text[start:end], lang):
        return False
    skip = _list(lang, "skip")
    k = 0
    if words and words[0].casefold() in ("et", "and", "и", "і", "та"):
        k = 2  # "Kiev et Washington ont": skip the conjunction and the second name
    while k < len(words):
        w = words[k]
        if matches(w, exact, prefixes) if strict else _is_verb(w, lang, exact, prefixes):
            return True
        if w[:1].islower() and matches(w, *skip):
            k += 1
            continue
        return False
    return False


@lru_cache(maxsize=None)
def _seat_pattern(lang: str) -> tuple[re.Pattern | None, dict[str, str]]:
    """One regex over every form of the ``seat:`` lines, and form (case-folded) -> gazetteer name."""
    form_of: dict[str, str] = {}
    for line in _sections(lang)["seat"]:
        forms = [f.strip() for f in line.split("|") if f.strip()]
        for f in forms:
            form_of[f.casefold()] = forms[0]
    if not form_of:
        return None, {}
    alts = "|".join(re.escape(f) for f in sorted(form_of, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)", re.I | re.U), form_of


def seat_spans(text: str, lang: str | None) -> list[tuple[int, int, str]]:
    """``(start, end, gazetteer name)`` of the seats of power of the ``seat:`` lines in ``text``,
    capitalised first word only ("Белый дом заявил", not "белый дом у дороги")."""
    pattern, form_of = _seat_pattern(lang or "en")
    if pattern is None:
        return []
    return [(m.start(), m.end(), form_of[m.group().casefold()]) for m in pattern.finditer(text)
            if m.group()[:1].isupper()]


def propagate(text: str, spans: list[tuple[int, int]], flags: list[bool], eligible: list[bool]) -> list[bool]:
    """Coordinated names share the reading: "Londres et Paris ont condamné", "talks between
    Kyiv and Moscow", "Киев и Вашингтон обсудили". ``spans`` in text order."""
    flags = list(flags)
    changed = True
    while changed:
        changed = False
        for k in range(len(spans) - 1):
            e0, s1 = spans[k][1], spans[k + 1][0]
            if flags[k] == flags[k + 1] or not (eligible[k] and eligible[k + 1]):
                continue
            if COORDINATION.match(text[e0:s1]):
                flags[k] = flags[k + 1] = True
                changed = True
    return flags
