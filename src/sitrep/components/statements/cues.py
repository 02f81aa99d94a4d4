"""Cue lexicons: reporting verbs, prepositional and noun cues, and the small
word classes the statement frames need, read from ``data/<lang>/cues.tsv`` and
``data/<lang>/cues_verbs.txt``.

Every entry is tokenised with :func:`tokens` so that multiword cues ("according
to", "d'après", "по словам", "mis en garde") match token sequences.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

TOKEN_RE = re.compile(r"\w+|[^\w\s]")

KINDS = (
    "prep", "aux", "comp", "skip", "channel", "relay", "noun", "boundary",
    "pron_person", "pron_thing", "pron_plural", "pron_any", "block", "media", "relative", "addressee", "invert", "passive", "agent", "incise", "anaphor", "noinvert",
    "expletive", "impersonal", "nonsource", "nonsource_end", "gerund", "relcue", "time_after", "noncue", "intransitive", "adverb", "short_source",
    "question", "infonoun", "infinitive", "noinfinitive", "asverb", "asword", "asnext", "asnext_end", "answer", "docprep", "docnoun",
    "thatverb", "auxonly", "auxverb", "wordsverb", "wordsnoun", "topic", "relcomma", "clause_aux", "attackverb", "target",
    "refusal", "genitive", "agencyword", "locative", "indefinite", "nameverb", "fronted", "officialnoun", "determiner",
    "aside_relay", "role", "aside", "govern", "govcue", "reportpassive",
    "reduced_prep", "reduced_time", "reduced_verb", "reduced_article",
    "acting", "decision", "decision_adjunct", "participle_opening",
)


def tokens(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """``(start, end, lower-case form)`` of each word and punctuation mark; "ё" is read as "е", as in
    the lexicon keys (:func:`_key`), so that "в своём", "пришёл" match their entries."""
    out = [(m.start() + offset, m.end() + offset, m[0].lower()) for m in TOKEN_RE.finditer(text)]
    if "ё" in text or "Ё" in text:
        out = [(s, e, f.replace("ё", "е")) for s, e, f in out]
    return out


def lowered(text: str) -> str | None:
    """``text`` lower-cased as :func:`tokens` lower-cases each token ("ё" read as "е"), for
    :func:`tokens_between`; None where lower-casing the whole text is not lower-casing each token: a
    character whose lower case is longer ("İ") shifts the offsets, and a capital sigma's lower case
    depends on the letters around it (its final form "ς" at a word's end)."""
    if "Σ" in text:
        return None
    low = text.lower()
    if len(low) != len(text):
        return None
    return low.replace("ё", "е") if "ё" in low else low


def tokens_between(low: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """:func:`tokens` of ``text[start:end]`` at its offsets, read in ``low = lowered(text)``: the same
    list, with no slice, no offset to add and no lower-casing per token (a sentence of an article whose
    whole text was lower-cased once).  (Lower-casing keeps every character's length but "İ"'s and
    whether it is a word character, checked for every code point in the tests: the tokens fall at the
    same offsets in both texts.)"""
    return [(m.start(), m.end(), m[0]) for m in TOKEN_RE.finditer(low, start, end)]


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(t for _, _, t in tokens(phrase.replace("ё", "е")))


class PhraseSet(set):
    """Token sequences, looked up by their first token, longest first (``by_first``).  The set itself
    holds the one-word entries, so that ``form in phrases`` (asked some 800,000 times on PolNeAR train)
    is a set look-up in C rather than a method call; :meth:`add` keeps the two in step."""

    def __init__(self) -> None:
        super().__init__()
        self.by_first: dict[str, list[tuple[str, ...]]] = {}

    def add(self, phrase: str) -> None:
        k = _key(phrase)
        if k:
            items = self.by_first.setdefault(k[0], [])
            if k not in items:
                items.append(k)
                items.sort(key=len, reverse=True)
            if len(k) == 1:
                set.add(self, k[0])

    def discard_key(self, k: tuple[str, ...]) -> bool:
        """Remove the entry of tokens ``k``, the one-word set kept in step (the cue-selection tools
        try entries out); False when there is none."""
        items = self.by_first.get(k[0]) if k else None
        if not items or k not in items:
            return False
        items.remove(k)
        if not items:
            del self.by_first[k[0]]
        if len(k) == 1:
            set.discard(self, k[0])
        return True

    def match(self, forms: list[str], i: int) -> int:
        """Length of the longest phrase starting at ``forms[i]`` (0 when none)."""
        for k in self.by_first.get(forms[i], ()):
            n = len(k)
            if n == 1 or tuple(forms[i:i + n]) == k:  # (a one-word entry is its first token: no tuple to build)
                return n
        return 0


class Lexicon:
    """``verbs`` plus one :class:`PhraseSet` attribute per kind in :data:`KINDS`."""

    def __init__(self, lang: str, verbs: PhraseSet, kinds: dict[str, PhraseSet]) -> None:
        self.lang = lang
        self.verbs = verbs
        self.kinds = kinds
        for name, phrases in kinds.items():
            setattr(self, name, phrases)


class LexiconError(Exception):
    """A cue file cannot be read."""


def _data(lang: str, name: str) -> str | None:
    path = resources.files("sitrep") / "data" / lang / name
    return path.read_text(encoding="utf-8") if path.is_file() else None


@lru_cache(maxsize=None)
def lexicon(lang: str | None) -> Lexicon:
    """The cue lexicon for ``lang``; languages without one fall back to English."""
    lang = lang if lang and _data(lang, "cues.tsv") is not None else "en"
    verbs = PhraseSet()
    for line in (_data(lang, "cues_verbs.txt") or "").splitlines():
        if line.strip() and not line.startswith("#"):
            verbs.add(line.strip())
    kinds = {k: PhraseSet() for k in KINDS}
    for n, line in enumerate((_data(lang, "cues.tsv") or "").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] not in kinds:
            raise LexiconError(f"data/{lang}/cues.tsv line {n}: expected 'kind<TAB>form' with kind in {KINDS}")
        kinds[parts[0]].add(parts[1].strip())
    return Lexicon(lang, verbs, kinds)
