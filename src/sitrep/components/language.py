"""``language.v1``: which language the article is written in (lingua).

lingua is restricted to the languages news in our scope is written in; the
first-class ones (fr, en, ru, uk) and the others named in the backbone issue
are always among them. A language given by the record or ``--lang`` wins.

The article is identified on its opening text, read in two passes to keep
the cost per article low: a short sample (:data:`FIRST_PASS_CHARS`) decides
when lingua is sure of it, otherwise up to ``langid_sample_chars`` characters
are read. An article with fewer than :data:`MIN_LETTERS` letters in all gets
no language (``null``) rather than a guess.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..article import Annotation, Article
from ..pipeline import Component, register

#: ISO 639-1 codes lingua distinguishes here; a language outside the first
#: eight is reported by its code. Each Latin-script language adds to the cost
#: of every Latin-script article, so languages rare in the news sitrep reads
#: and close to one kept are left out (Nynorsk: nb, Bosnian: hr/sr; also
#: Irish, Basque, Albanian, Indonesian, Vietnamese). Kazakh is left out:
#: lingua's rules take Ukrainian text without ї/є/ґ for Kazakh with
#: certainty (38 of 1263 UD Ukrainian sentences).
LANGUAGES = (
    "fr", "en", "ru", "uk", "de", "it", "pl", "es", "pt", "nl", "be", "bg", "cs", "sk", "sl",
    "hr", "sr", "mk", "ro", "hu", "fi", "et", "lv", "lt", "sv", "da", "nb", "el",
    "tr", "ar", "fa", "he", "ka", "hy", "az", "zh", "ja", "ko", "ca", "hi", "ur",
)

#: Letters read in the first pass (lingua's cost grows with the text).
FIRST_PASS_LETTERS = 130
#: The first pass decides when its best language has at least this confidence.
FIRST_PASS_CONFIDENCE = 0.9
#: Fewer letters than this in the whole article: no language is claimed.
MIN_LETTERS = 20

#: The languages named in the backbone issue: the only candidates for short
#: texts (see :func:`identify`).
CORE = LANGUAGES[:8]

#: Texts of fewer letters than this go to the :data:`CORE` detector. lingua
#: reads texts under 120 letters with all its n-gram models (1 to 5) and
#: longer ones with trigrams only; the margin keeps the detector of all
#: :data:`LANGUAGES` (900 MB of models in the short mode) on long texts.
SHORT_TEXT = 130


@lru_cache(maxsize=2)
def detector(short: bool = False):
    """lingua's detector: every language of :data:`LANGUAGES`, or :data:`CORE` for short texts.

    Short texts load lingua's five n-gram models per candidate language
    (about 900 MB for all of :data:`LANGUAGES`), so they are read among the
    core languages only, which keeps memory near 200 MB.
    """
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in (CORE if short else LANGUAGES)]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


#: Prior weight of the languages sitrep's news is mostly written in; the
#: others weigh 1. Only decides close calls (short or mixed text).
PRIOR = {"fr": 2.0, "en": 2.0, "ru": 2.0, "uk": 2.0, "de": 1.5, "it": 1.5, "pl": 1.5, "es": 1.5}


@lru_cache(maxsize=None)
def _code(language) -> str:
    return language.iso_code_639_1.name.lower()


def identify(text: str, top: int = 3) -> list[tuple[str, float]]:
    """``[(code, confidence), ...]`` best first; empty when nothing is recognised.

    Texts of fewer than :data:`SHORT_TEXT` letters are read among the
    :data:`CORE` languages only; longer ones among all :data:`LANGUAGES`.
    """
    count = letters(text)
    if not count:
        return []
    values = detector(count < SHORT_TEXT).compute_language_confidence_values(text)
    weighted = []
    for v in values:
        if v.value:
            code = _code(v.language)
            weighted.append((code, v.value * PRIOR.get(code, 1.0)))
    total = sum(p for _, p in weighted)
    if not total:
        return []
    weighted.sort(key=lambda x: -x[1])
    return [(code, p / total) for code, p in weighted[:top]]


def letters(text: str) -> int:
    return sum(map(str.isalpha, text))


_WORD_END = re.compile(r"\S*")


def sample(text: str, min_letters: int, max_chars: int) -> str:
    """The opening of ``text`` with ``min_letters`` letters (or ``max_chars``
    characters, whichever is shorter), ending at the end of a word."""
    limit = min(len(text), max_chars)
    end = min(limit, min_letters + min_letters // 4)
    while end < limit and letters(text[:end]) < min_letters:
        end = min(limit, end + max(10, min_letters // 4))
    end = min(limit, _WORD_END.match(text, end).end())
    return text[:end]


def identify_article(text: str, max_chars: int) -> tuple[list[tuple[str, float]], int, str | None]:
    """``(ranked, characters read, reason)`` for an article's text.

    A first pass reads :data:`FIRST_PASS_LETTERS` letters; when its best
    language is below :data:`FIRST_PASS_CONFIDENCE`, up to ``max_chars``
    characters are read. ``reason`` says why no language can be claimed.
    """
    first = sample(text, FIRST_PASS_LETTERS, max_chars)
    found = letters(first)
    if found < MIN_LETTERS and len(first) < len(text):
        found = letters(text)
    if found < MIN_LETTERS:
        return [], len(text), f"too little text ({found} letters)"
    ranked = identify(first)
    if (ranked and ranked[0][1] >= FIRST_PASS_CONFIDENCE) or len(first) >= min(len(text), max_chars):
        return ranked, len(first), None
    more = sample(text, max_chars, max_chars)
    return identify(more), len(more), None


@register
class LanguageId(Component):
    name = "language.v1"
    requires = ("text",)
    assigns = ("language",)

    def predict(self, article: Article):
        if article.language:
            return article.language, 1.0, {"given": True}, len(article.text)
        ranked, read, reason = identify_article(article.text, self.config.langid_sample_chars)
        attrs: dict = {"candidates": {c: round(p, 4) for c, p in ranked}}
        if reason:
            attrs["reason"] = reason
        if not ranked or ranked[0][1] < self.config.langid_min_confidence:
            return None, ranked[0][1] if ranked else 0.0, attrs, read
        return ranked[0][0], ranked[0][1], attrs, read

    def set_annotations(self, article: Article, result) -> None:
        code, confidence, attrs, read = result
        article.language = code
        end = min(len(article.text), read)
        article.add(
            "language",
            [Annotation(0, end, code or "und", self.name, round(confidence, 4), attrs)],
        )
