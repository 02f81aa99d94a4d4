"""Plain-text articles: first non-empty line is the title, optional ``date`` header."""

from __future__ import annotations

from typing import Iterator

from ..article import Article
from .base import build_article, decode


def read_text(data: bytes, origin: str, article_id: str) -> Iterator[Article]:
    raw, encoding, warnings = decode(data, origin)
    yield build_article(
        raw,
        data,
        article_id=article_id,
        source={"path": origin, "reader": "text.v1"},
        encoding=encoding,
        blank_separates=True,
        warnings=warnings,
    )
