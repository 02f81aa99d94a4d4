"""Language-independent keys of an article, for reuse links and stories.

Cross-lingual matching works offline with no model: every word is written in
Latin letters (Cyrillic transliterated, accents dropped) and reduced to a
*phonetic skeleton* (its first letter, then its consonants with similar sounds
merged: "Johnson" and "Джонсон" -> ``zns``...), cut to four letters, which
equates cognates and names across fr, en, ru and uk ("création"/"creation",
"Брексит"/"Брексіт"/"Brexit"). Numbers are kept as written (digits only).
Character trigrams of the transliterated words are a second, finer view used
for sentence alignment. Layers add anchors when the article has them: the
canonical id of each actor, the GeoNames id of each place, the normalised
value of each date; an ``events`` layer adds its type and participants.

Everything here is a pure function of the article; weights (IDF) are applied
by the caller, who knows the corpus.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress

#: Cyrillic (ru + uk) to Latin, one spelling for both languages (phonetic, not a standard)
_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "j", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "ш": "s",
    "щ": "s", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "u", "я": "a", "і": "i", "ї": "i",
    "є": "e", "ґ": "g",
}
_TRANS = str.maketrans(_CYR)
_DIGRAPHS = (("dj", "j"), ("kh", "h"), ("ph", "f"), ("th", "t"), ("ch", "c"), ("sh", "s"), ("ck", "k"), ("qu", "k"),
             ("w", "v"), ("x", "ks"), ("y", "i"), ("q", "k"))
_CLASSES = str.maketrans("kcgjzsh", "kkkzzzk")
_VOWELS_H = re.compile("[aeiouh]")
_DOUBLE = re.compile(r"(.)\1")
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d[\d\s.,]*\d|\d")
_SENTENCE = re.compile(r"[^.!?…\n]+[.!?…]*")
#: words shorter than this carry no key (function words in every language)
MIN_WORD = 4
#: letters kept of a skeleton
SKELETON = 4


def latin(word: str) -> str:
    """``word`` in lower-case Latin letters: Cyrillic transliterated, accents dropped."""
    w = word.lower().translate(_TRANS)
    w = unicodedata.normalize("NFKD", w)
    return "".join(c for c in w if not unicodedata.combining(c))


#: :func:`latin` of the names that recur (actor ids and names of the layers)
_latin = lru_cache(maxsize=1 << 16)(latin)


def skeleton(word: str) -> str:
    """Phonetic skeleton of a Latin word: first letter (vowels as ``a``), then consonant classes
    (k c g h alike: Ukrainian "г" is h, Russian g; "х" is kh or h. j z s alike)."""
    w = word
    for a, b in _DIGRAPHS:
        w = w.replace(a, b)
    w = _DOUBLE.sub(r"\1", w)
    if not w:
        return ""
    first = "a" if w[0] in "aeiou" else w[0].translate(_CLASSES)
    return (first + _VOWELS_H.sub("", w[1:]).translate(_CLASSES))[:SKELETON]


@lru_cache(maxsize=1 << 18)
def _word_key(t: str) -> str | None:
    if t.isdigit():
        return "#" + t.lstrip("0")[:12] if t.strip("0") else "#0"
    if len(t) >= MIN_WORD and not t[0].isdigit():
        k = skeleton(latin(t))
        if len(k) >= 2:
            return k
    return None


@lru_cache(maxsize=1 << 18)
def _word_trigrams(t: str) -> tuple[str, ...]:
    if t.isdigit():
        return ("#" + t,)
    if len(t) >= MIN_WORD:
        s = f" {latin(t)} "
        return tuple(s[i:i + 3] for i in range(len(s) - 2))
    return ()


def word_keys(text: str) -> list[str]:
    """The skeleton key of every word of ``text`` of ``MIN_WORD`` letters or more, and every number."""
    return list(filter(None, map(_word_key, _WORD.findall(text))))


def trigram_keys(text: str) -> list[str]:
    """Character trigrams of each transliterated word (``MIN_WORD`` letters or more), numbers whole."""
    out: list[str] = []
    for t in _WORD.findall(text):
        out.extend(_word_trigrams(t))
    return out


def shingle_keys(text: str) -> set[str]:
    """Word pairs of the case-folded text (same-language sentence overlap)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < 2:
        return set(words)
    return {f"{a} {b}" for a, b in zip(words, words[1:])}


_OPENERS = set(".!?…\"«»“”„'\n—-–:")


@lru_cache(maxsize=1 << 16)
def _name_key(w: str) -> str | None:
    """The name key of a capitalised word (not all capitals beyond five letters), else None (the
    latest 65,536 word types kept: about 13 MB at most in each worker, the words included)."""
    if len(w) < 3 or not w[0].isupper() or w.isupper() and len(w) > 5:
        return None
    k = skeleton(latin(w))
    return "n:" + k if len(k) >= 2 else None


def name_keys(text: str) -> list[str]:
    """Skeletons of capitalised words that do not open a sentence (names in any of the four languages)."""
    return _name_keys(_split_words(text))


#: ``text`` split around its words (:data:`_WORD`): what comes before the first word, the word, what
#: comes between it and the next... (words at the odd indices, ``_WORD.findall(text)``). Strings
#: only: a third of the cost of a match object per word (``_WORD.finditer``), for the same words
_split_words = re.compile(r"(\w+)").split


def _name_keys(parts: list[str]) -> list[str]:
    """:func:`name_keys` of a text split by :func:`_split_words`: the key of each word computed once
    per word type; for names only, whether the last character before the word that is not a space
    opens a sentence (:data:`_OPENERS`), or there is none (the text's first word). Between two words
    there is at least one character that is not a word character; when all of them are spaces, the
    character before the name is the previous word's last, which opens nothing."""
    out = []
    keys = list(map(_name_key, parts[1::2]))
    for j in compress(range(len(keys)), keys):
        before = parts[2 * j].rstrip(" ")
        if (before[-1] in _OPENERS) if before else j == 0:
            continue
        out.append(keys[j])
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by punctuation and line breaks (used when the article has no sentences layer)."""
    spans = []
    for m in _SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 2:
            spans.append((s, e))
    return spans


@dataclass
class Profile:
    """What stories and reuse need of one article."""

    language: str | None
    day: str | None
    outlet: str | None
    terms: Counter = field(default_factory=Counter)     # skeleton keys and numbers of the body
    anchors: Counter = field(default_factory=Counter)   # a:actor, p:place, t:date, e:event type
    names: Counter = field(default_factory=Counter)     # n:skeleton of capitalised words inside sentences
    sentences: list[tuple[int, int]] = field(default_factory=list)
    #: what the end of a run needs of the article's layers, when the profile was made where they
    #: are (the ingest worker: :func:`sitrep.stories.linker.full_profile`): ``(incident reports,
    #: label items)``, pickled and compressed; None: read back from the database
    prepared: bytes | None = None


def _layer_anchors(layers: dict) -> Counter:
    """Language-independent anchors from whatever layers the article has."""
    out: Counter = Counter()
    for a in layers.get("actors", ()):
        attrs = _attrs(a)
        key = attrs.get("actor") or attrs.get("name")
        if key and not attrs.get("anonymous"):
            out[f"a:{_latin(str(key))}"] += 1
    for a in layers.get("places", ()):
        attrs = _attrs(a)
        key = attrs.get("geonameid")
        if key and attrs.get("resolved", True) and not attrs.get("metonymy"):
            out[f"p:{key}"] += 1
    for a in layers.get("times", ()):
        value = _attrs(a).get("value")
        if value and re.match(r"^\d{4}-\d{2}-\d{2}", str(value)):
            out[f"t:{str(value)[:10]}"] += 1
    for a in layers.get("events", ()):
        out[f"e:{_label(a)}"] += 1
    return out


def _attrs(a) -> dict:
    return (a.get("attrs") if isinstance(a, dict) else a.attrs) or {}


def _label(a) -> str:
    return a.get("label") if isinstance(a, dict) else a.label


def _span(a) -> tuple[int, int]:
    return (a["start"], a["end"]) if isinstance(a, dict) else (a.start, a.end)


def profile(article) -> Profile:
    """The :class:`Profile` of an :class:`~sitrep.article.Article` (layers optional)."""
    text = article.text
    start = len(article.title) if article.title and text.startswith(article.title) else 0
    sentences = [_span(a) for a in article.layers.get("sentences", ())] or split_sentences(text)
    pub = article.published
    from ..corpus.identity import source_name

    parts = _split_words(text[start:])  # the body's words (odd indices), for its terms and its names

    outlet = source_name(article)
    p = Profile(
        language=article.language, day=pub.value[:10] if pub and len(pub.value) >= 10 else None,
        outlet=str(outlet) if outlet else None,
        terms=Counter(filter(None, map(_word_key, parts[1::2]))) + Counter(word_keys(article.title or "")),
        anchors=_layer_anchors(article.layers), sentences=sentences,
        names=Counter(_name_keys(parts)),
    )
    return p
