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


def norm(text: str) -> str:
    """The lookup key of a surface form."""
    return " ".join(text.translate(_APOS).lower().split())


def alternation(forms: list[str] | tuple[str, ...] | set[str]) -> str:
    """A regex alternation of ``forms``; spaces match any whitespace run and
    apostrophes match either apostrophe. Longest forms first."""
    out = []
    for form in sorted({norm(f) for f in forms if str(f).strip()}, key=lambda f: (-len(f), f)):
        pieces = []
        for ch in form:
            if ch == " ":
                pieces.append(r"\s+")
            elif ch == "'":
                pieces.append("['’ʼ]")
            else:
                pieces.append(re.escape(ch))
        out.append("".join(pieces))
    return "(?:" + "|".join(out) + ")" if out else "(?!x)x"


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
    lex.future = re.compile("|".join(markers), re.IGNORECASE) if markers else None
    return lex


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
