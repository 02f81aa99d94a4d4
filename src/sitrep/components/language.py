"""``language.v1``: which language the article is written in (lingua).

lingua is restricted to the languages news in our scope is written in; the
first-class ones (fr, en, ru, uk) and the others named in the backbone issue
are always among them. A language given by the record or ``--lang`` wins.
"""

from __future__ import annotations

from functools import lru_cache

from ..article import Annotation, Article
from ..pipeline import Component, register

#: ISO 639-1 codes lingua distinguishes here (others are reported by code
#: when lingua knows them and they are added to this tuple). Kazakh is left
#: out: lingua's rules take Ukrainian text without ї/є/ґ for Kazakh with
#: certainty (38 of 1263 UD Ukrainian sentences).
LANGUAGES = (
    "fr", "en", "ru", "uk", "de", "it", "pl", "es", "pt", "nl", "be", "bg", "cs", "sk", "sl",
    "hr", "sr", "bs", "mk", "ro", "hu", "fi", "et", "lv", "lt", "sv", "da", "nb", "nn", "el",
    "tr", "ar", "fa", "he", "ka", "hy", "az", "zh", "ja", "ko", "ca", "eu", "ga", "sq",
    "id", "vi", "hi", "ur",
)


@lru_cache(maxsize=1)
def detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


#: Prior weight of the languages sitrep's news is mostly written in; the
#: others weigh 1. Only decides close calls (short or mixed text).
PRIOR = {"fr": 2.0, "en": 2.0, "ru": 2.0, "uk": 2.0, "de": 1.5, "it": 1.5, "pl": 1.5, "es": 1.5}


def identify(text: str, top: int = 3) -> list[tuple[str, float]]:
    """``[(code, confidence), ...]`` best first; empty when nothing is recognised."""
    if not any(ch.isalpha() for ch in text):
        return []
    values = detector().compute_language_confidence_values(text)
    weighted = [
        (v.language.iso_code_639_1.name.lower(), float(v.value)) for v in values
    ]
    weighted = [(code, p * PRIOR.get(code, 1.0)) for code, p in weighted]
    total = sum(p for _, p in weighted) or 1.0
    ranked = sorted(((code, p / total) for code, p in weighted), key=lambda x: -x[1])
    return ranked[:top]


@register
class LanguageId(Component):
    name = "language.v1"
    requires = ("text",)
    assigns = ("language",)

    def predict(self, article: Article):
        if article.language:
            return article.language, 1.0, {"given": True}
        sample = article.text[: self.config.langid_sample_chars]
        ranked = identify(sample)
        if not ranked or ranked[0][1] < self.config.langid_min_confidence:
            return None, ranked[0][1] if ranked else 0.0, {"candidates": dict(ranked)}
        return ranked[0][0], ranked[0][1], {"candidates": dict(ranked)}

    def set_annotations(self, article: Article, result) -> None:
        code, confidence, attrs = result
        article.language = code
        end = min(len(article.text), self.config.langid_sample_chars)
        article.add(
            "language",
            [Annotation(0, end, code or "und", self.name, round(confidence, 4), attrs)],
        )
