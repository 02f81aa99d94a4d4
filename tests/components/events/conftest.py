from __future__ import annotations

import pytest

from sitrep.article import Article, parse_published
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="session")
def analyse():
    pipe = default_pipeline()

    def run(text: str, language: str | None = None, published: str | None = "2023-05-20") -> Article:
        article = Article(id="t", text=text, title=text.split("\n", 1)[0], source={},
                          published=parse_published(published) if published else None)
        pipe(article)
        if language:
            assert article.language == language
        return article

    return run


def events_by_trigger(article: Article) -> dict[str, dict]:
    """Events keyed by their trigger text (lower case)."""
    return {a.attrs["trigger"].lower(): dict(a.attrs, type=a.label) for a in article.layers["events"]}


@pytest.fixture(scope="session")
def events_in():
    """The events of a text in a given language (the language is set, not detected: short sentences)."""
    pipe = default_pipeline()

    def run(text: str, language: str) -> list:
        article = Article(id="t", text=text, language=language, source={})
        pipe(article)
        return article.layers["events"]

    return run
