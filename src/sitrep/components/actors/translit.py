"""Latin transliterations of Cyrillic names, in the spellings news use.

:func:`variants` gives one spelling per scheme - English (BGN/PCGN-like,
"Zelensky", "Shoigu"), French ("Zelensky", "Choïgou", "Porochenko"), German
("Selenskyj", "Schoigu") and Ukrainian national ("Zelenskyi",
"Poroshenko") - so that an actor written once in Cyrillic is found in
fr/en text too.
"""

from __future__ import annotations

import unicodedata

_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "'": "", "’": "",
}

SCHEMES: dict[str, dict[str, str]] = {
    "en": dict(_COMMON),
    "fr": {**_COMMON, "ё": "io", "ж": "j", "у": "ou", "х": "kh", "ч": "tch", "ш": "ch", "щ": "chtch",
           "ю": "iou", "я": "ia", "й": "ï", "є": "ie", "ї": "ï"},
    "de": {**_COMMON, "в": "w", "ж": "sch", "з": "s", "й": "j", "х": "ch", "ц": "z", "ч": "tsch",
           "ш": "sch", "щ": "schtsch", "ю": "ju", "я": "ja", "ё": "jo", "є": "je", "ї": "ji"},
    "ua": {**_COMMON, "г": "h", "и": "y", "ї": "i", "є": "ie", "й": "i", "ю": "iu", "я": "ia"},
}

#: endings spelled differently from letter-by-letter (checked longest first)
_ENDINGS = {
    "en": {"ий": "y", "ый": "y", "ій": "iy", "ья": "ya"},
    "fr": {"ий": "i", "ый": "y", "ій": "iy"},
    "de": {"ий": "ij", "ый": "y", "ій": "ij", "ський": "skyj", "ский": "ski"},
    "ua": {"ий": "yi", "ій": "ii"},
}

_VOWELS = set("аеёиоуыэюяіїє")


def transliterate(text: str, scheme: str = "en") -> str:
    """``text`` in Latin letters by ``scheme`` (``en``, ``fr``, ``de``, ``ua``)."""
    table = SCHEMES[scheme]
    endings = sorted(_ENDINGS[scheme].items(), key=lambda kv: -len(kv[0]))
    out_words = []
    for word in text.split(" "):
        low = word.lower()
        tail = ""
        for end, rep in endings:
            if low.endswith(end) and len(low) > len(end) + 1:
                low, tail = low[: -len(end)], rep
                break
        chars = []
        for i, ch in enumerate(low):
            rep = table.get(ch, ch)
            prev = low[i - 1] if i else ""
            if scheme in ("en", "fr") and ch == "е" and (i == 0 or prev in _VOWELS or prev in "ьъ"):
                rep = "ye" if scheme == "en" else "ie"
            if scheme == "fr" and ch == "с" and prev in _VOWELS and i + 1 < len(low) and low[i + 1] in _VOWELS:
                rep = "ss"
            if scheme == "fr" and ch == "г" and i + 1 < len(low) and low[i + 1] in "еиіє":
                rep = "gu"
            chars.append(rep)
        latin = "".join(chars) + tail
        if word[:1].isupper():
            latin = latin[:1].upper() + latin[1:]
        out_words.append(latin)
    return " ".join(out_words)


def variants(name: str) -> list[str]:
    """Distinct Latin spellings of a Cyrillic ``name`` (empty for a Latin one)."""
    if not any("\u0400" <= ch <= "\u04ff" for ch in name):
        return []
    seen: list[str] = []
    for scheme in SCHEMES:
        v = transliterate(name, scheme)
        for form in (v, ascii_fold(v)):
            if form not in seen:
                seen.append(form)
    return seen


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
