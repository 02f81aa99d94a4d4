"""Shared by the places tests: the places of a text written for the purpose."""

from __future__ import annotations

from sitrep.article import Article
from sitrep.pipeline import Pipeline


def places(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    """``(surface, country)`` of each place ``places.v1`` finds in ``text`` (after paragraphs and
    sentences), in text order."""
    article = Article(id="t", text=text, language=lang, source={})
    pipeline = Pipeline.from_names(["paragraphs.v1", "sentences.v1", "places.v1"], provided=["language"])
    for comp in pipeline.components:
        comp(article)
    return [(text[a.start:a.end], a.attrs.get("country")) for a in article.layers["places"]]
