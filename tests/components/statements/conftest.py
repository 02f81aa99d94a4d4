from __future__ import annotations

import pytest

from sitrep.article import Article
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="session")
def analyse():
    pipe = default_pipeline()

    def run(text: str, language: str | None = None, source: dict | None = None) -> Article:
        article = Article(id="t", text=text, title=text.split("\n", 1)[0], source=source or {})
        pipe(article)
        if language:
            assert article.language == language
        return article

    return run


def found(article: Article) -> list[tuple]:
    """Each statement as (source text, cue text, its content parts joined by " || ")."""
    return [((a.attrs["source"] or {}).get("text"), (a.attrs["cue"] or {}).get("text"),
             " || ".join(article.text[s:e] for s, e in a.attrs["parts"]))
            for a in article.layers["statements"]]


def _by_cue(article: Article) -> dict[str, dict]:
    """Statements keyed by their cue text."""
    return {a.attrs["cue"]["text"]: dict(a.attrs, content=article.text[a.start:a.end]) for a in article.layers["statements"]}


@pytest.fixture(scope="session")
def by_cue():
    return _by_cue
