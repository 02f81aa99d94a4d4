"""Place names standing for a government or institution acting.

"Washington a fourni", "Moscou a mis en garde", "Kiev insiste", "the Kremlin
said": a capital, or a seat of power (the Kremlin, the White House), followed
by a verb of saying or doing (per-language lists in
``data/<lang>/places_metonymy.txt``), possibly after a coordinated name
("Kiev et Washington ont discuté") or an adverb in quotes; or after "selon",
"according to", "по словам".  A name after a locative preposition ("à Kiev",
"in Kyiv") is never a metonym.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

#: feature codes of names that can stand for a government
ACTOR_CODES = {"PPLC", "CSTL", "BLDG"}
LOCATIVE = re.compile(r"(?:\b(?:à|a|en|dans|vers|in|at|near|to|from|в|у|во|на|из|із|з|до|под|під)\s+(?:la\s+|le\s+|the\s+)?)$", re.I)
POSSESSIVE_AFTER = re.compile(r"^['’]s?(?=\s)")
ATTRIBUTION_BEFORE = re.compile(r"(?:\S:|\s[-–—]) ?$")
LINE_END = re.compile(r"\s*(?:[.;!?\n]|$)")
_NEXT_WORDS = re.compile(r"[\w’'\-]+", re.U)


def word_patterns(words) -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact words, prefixes) of a word list whose ``word*`` lines are prefixes; case-folded."""
    words = [w.casefold() for w in words]
    return frozenset(w for w in words if not w.endswith("*")), tuple(w[:-1] for w in words if w.endswith("*"))


def matches(word: str, exact: frozenset[str], prefixes: tuple[str, ...]) -> bool:
    w = word.casefold()
    return w in exact or any(w.startswith(p) for p in prefixes)


@lru_cache(maxsize=None)
def _sections(lang: str) -> dict[str, list[str]]:
    """``data/<lang>/places_metonymy.txt`` read once: verbs (no prefix), ``before:`` phrases and
    ``after:`` nouns."""
    out: dict[str, list[str]] = {"": [], "before": [], "after": []}
    try:
        text = (resources.files("sitrep") / "data" / lang / "places_metonymy.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return out
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        kind, sep, rest = line.partition(":")
        if sep and kind in ("before", "after"):
            out[kind].append(rest)
        else:
            out[""].append(line)
    return out


@lru_cache(maxsize=None)
def lexicon(lang: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(verbs, verb prefixes, phrases before the name) that make a capital act."""
    exact, prefixes = word_patterns(_sections(lang)[""])
    return exact, prefixes, tuple(w.casefold() for w in _sections(lang)["before"])


@lru_cache(maxsize=None)
def actor_nouns(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Nouns right after a capital that make it the government ("Kiev forces", "Kiev military"):
    the ``after:`` lines of ``data/<lang>/places_metonymy.txt``."""
    return word_patterns(_sections(lang)["after"])


def _attribution(text: str, start: int, end: int) -> bool:
    """A capital closing a headline after a colon or a dash names who said it: "Two soldiers
    killed in east: Kiev", "... - Kiev military" (the second is caught by the noun after it)."""
    return bool(ATTRIBUTION_BEFORE.search(text[max(0, start - 3):start])) and bool(LINE_END.match(text, end))


def is_metonym(text: str, start: int, end: int, fcode: str, lang: str | None, names_after: set[int] | None = None) -> bool:
    """Whether the name at ``text[start:end]`` stands for a government acting."""
    if fcode not in ACTOR_CODES:
        return False
    exact, prefixes, before = lexicon(lang or "en")
    if not exact and not prefixes:
        return False
    rest = POSSESSIVE_AFTER.sub("", text[end:end + 80])
    nxt = _NEXT_WORDS.search(rest)
    if nxt and rest[:nxt.start()].strip() == "" and matches(nxt.group(), *actor_nouns(lang or "en")):
        return True
    left = text[max(0, start - 40):start].casefold()
    if LOCATIVE.search(left):
        return False
    if any(left.rstrip(" ,").endswith(b) for b in before):
        return True
    if _attribution(text, start, end):
        return True
    # Look at the next few words; a coordinated name ("et Washington") and quoted adverbs are skipped.
    if re.match(r"^\s*[,;.:!?]", rest) and not re.match(r"^\s*,\s*(?:qui|which|who|который|яка|який)", rest):
        return False
    words = [w.group() for w in _NEXT_WORDS.finditer(rest)][:5]
    k = 0
    if words and words[0].casefold() in ("et", "and", "и", "і", "та"):
        k = 2  # "Kiev et Washington ont": skip the conjunction and the second name
    while k < len(words):
        w = words[k]
        if matches(w, exact, prefixes):
            return True
        if w[:1].islower() and w.casefold() in ("ne", "n", "не", "ні", "also", "aussi", "then", "have", "has", "а", "et", "deja", "déjà", "already", "repeatedly", "again", "ensuite", "même"):
            k += 1
            continue
        return False
    return False
