"""Per-language time lexicons: ``sitrep/data/<lang>/time.yaml``, loaded lazily.

Every word list of the YAML file becomes a lookup table keyed by the
normalised form (lower case, one space, straight apostrophe) and a regular
expression alternation, longest form first, so that the grammar can be
written once for every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

#: languages with a ``time.yaml``
LANGUAGES = ("en", "fr", "ru", "uk")

_APOS = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


class LexiconError(Exception):
    """A time lexicon file is missing or malformed."""


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """The lookup key of a surface form (remembered: the same few hundred forms come back in
    every article; a function of the text alone)."""
    return " ".join(text.translate(_APOS).lower().split())


def alternation(forms: list[str] | tuple[str, ...] | set[str]) -> str:
    """A regex alternation of ``forms``; spaces match any whitespace run and
    apostrophes match either apostrophe. Longest forms first.

    The forms are written as a tree of their shared beginnings (``to(?:day|night)``
    rather than ``today|tonight``), which ``re`` enters once per position instead of once
    per form, with the same matches as the flat list in this order (see :func:`_tree`).
    """
    seqs = []
    for form in sorted({norm(f) for f in forms if str(f).strip()}, key=lambda f: (-len(f), f)):
        pieces = []
        for ch in form:
            if ch == " ":
                pieces.append(_SPACE)
            elif ch == "'":
                pieces.append(_APOSTROPHE)
            else:
                pieces.append(re.escape(ch))
        seqs.append(tuple(pieces))
    if not seqs:
        return "(?!x)x"
    return "(?:" + _tree(seqs)[0] + ")"


_SPACE = r"\s+"
_APOSTROPHE = "['’ʼ]"


def _flat(seqs: list[tuple[str, ...]]) -> str:
    return "|".join("".join(s) for s in seqs)


@lru_cache(maxsize=None)
def _case_key(atom: str) -> str:
    """What a one-character atom matches under ``re.IGNORECASE``, as one key: its lower case
    and ``re``'s extra case equivalences (``s``/``ſ``, ``в``/``ᲀ``); a class atom is its own key."""
    from re import _casefix

    if atom in (_SPACE, _APOSTROPHE):
        return atom
    ch = re.sub(r"\\(.)", r"\1", atom).lower()
    extra = _casefix._EXTRA_CASES.get(ord(ch), ())
    return min([ch] + [chr(c) for c in extra])


def _overlap(a: str, b: str) -> bool:
    """Whether one character can match both atoms (under ``re.IGNORECASE``)."""
    ka, kb = _case_key(a), _case_key(b)
    if ka == kb:
        return True
    for cls, lit in ((ka, kb), (kb, ka)):
        if cls == _SPACE and lit not in (_SPACE, _APOSTROPHE):
            return bool(re.fullmatch(r"\s", lit, re.IGNORECASE))
        if cls == _APOSTROPHE and lit not in (_SPACE, _APOSTROPHE):
            return bool(re.fullmatch(_APOSTROPHE, lit, re.IGNORECASE))
    return False


def _tree(seqs: list[tuple[str, ...]]) -> tuple[str, bool]:
    """The alternatives ``seqs`` (atoms, in priority order) as a tree of shared first atoms.

    ``re`` tries alternatives in order and takes the first that lets the whole pattern match.
    Alternatives whose first atoms no character matches both can never both start at one
    position, so grouping them by first atom keeps, at every position, the order in which the
    possible ones are tried: the same match. Where that does not hold (two first atoms one
    character can match, an empty alternative before others, a whitespace run whose shorter
    lengths a follower could use) the alternatives stay a flat list in their order.
    Returns the pattern and whether it is an alternation of several branches.
    """
    if len(seqs) == 1:
        return "".join(seqs[0]), False
    if any(not s for s in seqs[:-1]):
        return _flat(seqs), True  # an empty alternative before others
    groups: dict[str, list[tuple[str, ...]]] = {}
    for s in seqs:
        if s:
            groups.setdefault(s[0], []).append(s[1:])
    atoms = list(groups)
    if any(_overlap(a, b) for i, a in enumerate(atoms) for b in atoms[i + 1 :]):
        return _flat(seqs), True
    out = []
    for atom, rests in groups.items():
        if len(rests) == 1:
            out.append(atom + "".join(rests[0]))
        elif atom == _SPACE and any(not r or _overlap(_SPACE, r[0]) for r in rests):
            out.append(_flat([(atom,) + r for r in rests]))
        else:
            sub, several = _tree(rests)
            out.append(atom + ("(?:" + sub + ")" if several else sub))
    if not seqs[-1]:
        out.append("")
    return "|".join(out), len(out) > 1


@dataclass
class Lexicon:
    lang: str
    data: dict[str, Any]
    month: dict[str, int] = field(default_factory=dict)
    weekday: dict[str, int] = field(default_factory=dict)
    season: dict[str, str] = field(default_factory=dict)
    day_part: dict[str, str] = field(default_factory=dict)
    number: dict[str, float] = field(default_factory=dict)
    ordinal: dict[str, int] = field(default_factory=dict)
    unit: dict[str, str] = field(default_factory=dict)
    plural_unit: dict[str, str] = field(default_factory=dict)
    half_unit: dict[str, str] = field(default_factory=dict)
    deictic: dict[str, str] = field(default_factory=dict)
    set_word: dict[str, str] = field(default_factory=dict)
    holiday: dict[str, str] = field(default_factory=dict)
    time_word: dict[str, str] = field(default_factory=dict)
    modifier: dict[str, str] = field(default_factory=dict)
    future: re.Pattern | None = None
    _sets: dict[str, frozenset[str]] = field(default_factory=dict)

    def words(self, key: str) -> list[str]:
        value = self.data.get(key) or []
        if isinstance(value, dict):
            return [str(k) for k in value]
        return [str(v) for v in value]

    def alt(self, key: str) -> str:
        return alternation(self.words(key))

    def in_list(self, key: str, text: str) -> bool:
        found = self._sets.get(key)
        if found is None:
            found = self._sets[key] = frozenset(norm(w) for w in self.words(key))
        return norm(text) in found


def _invert(table: dict[Any, list[str]] | None, cast=str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, forms in (table or {}).items():
        for form in forms or []:
            out.setdefault(norm(str(form)), cast(key))
    return out


def build(lang: str, data: dict[str, Any]) -> Lexicon:
    lex = Lexicon(lang=lang, data=data)
    lex.month = _invert(data.get("months"), int)
    lex.weekday = _invert(data.get("weekdays"), int)
    lex.season = _invert(data.get("seasons"))
    lex.day_part = _invert(data.get("day_parts"))
    lex.unit = _invert(data.get("units"))
    lex.plural_unit = _invert(data.get("plural_units"))
    lex.half_unit = _invert(data.get("half_units"))
    lex.modifier = _invert(data.get("modifiers"))
    lex.number = {norm(str(k)): float(v) for k, v in (data.get("numbers") or {}).items()}
    lex.ordinal = {norm(str(k)): int(v) for k, v in (data.get("ordinals") or {}).items()}
    lex.deictic = {norm(str(k)): str(v) for k, v in (data.get("deictic") or {}).items()}
    lex.set_word = {norm(str(k)): str(v) for k, v in (data.get("set_words") or {}).items()}
    lex.holiday = {norm(str(k)): str(v) for k, v in (data.get("holidays") or {}).items()}
    lex.time_word = {norm(str(k)): str(v) for k, v in (data.get("time_words") or {}).items()}
    markers = [str(m) for m in data.get("future_markers") or []]
    lex.future = future_regex(markers) if markers else None
    return lex


def future_regex(markers: list[str]) -> re.Pattern:
    """The future markers' alternation, case-insensitive, for ``bool(search)`` alone (whether
    some marker matches somewhere, not which one). The markers that start with ``\\b`` share
    one: ``\\b(?:will\\b|shall\\b|...)`` fails at once inside a word, where the flat list
    (``\\bwill\\b|\\bshall\\b|...``) tries every marker at every position (about three
    times cheaper on English windows). A position holds a match of the grouped form exactly
    when it holds one of some marker (a marker with an alternation of its own outside any
    group stays out of the group, unless every branch starts with ``\\b`` too)."""
    from re import _constants as C
    from re import _parser as P

    bounded, other = [], []
    for m in markers:
        items = P.parse(m, re.IGNORECASE).data
        if m.startswith("\\b") and items and items[0] == (C.AT, C.AT_BOUNDARY):
            bounded.append("(?:" + m[2:] + ")")
        else:
            other.append(m)
    parts = (["\\b(?:" + "|".join(bounded) + ")"] if bounded else []) + other
    return re.compile("|".join(parts), re.IGNORECASE)


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    """The lexicon of ``lang``; raises :class:`LexiconError` if it has none."""
    import yaml

    ref = resources.files("sitrep") / "data" / lang / "time.yaml"
    try:
        text = ref.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        raise LexiconError(f"data/{lang}/time.yaml: no time lexicon for language {lang!r}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise LexiconError(f"data/{lang}/time.yaml: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or "months" not in data:
        raise LexiconError(f"data/{lang}/time.yaml: expected a mapping with 'months'")
    return build(lang, data)
