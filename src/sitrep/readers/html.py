"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from typing import Iterator

from ..article import Article, Published, parse_published
from .base import InputProblem, build_article, decode


def read_html(data: bytes, origin: str, article_id: str) -> Iterator[Article]:
    import trafilatura

    raw, encoding, warnings = decode(data, origin)
    doc = trafilatura.bare_extraction(
        raw, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None:
        raise InputProblem("no main text found in the HTML page")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = meta.get("text") or ""
    if not body.strip():
        raise InputProblem("no main text found in the HTML page")
    published: Published | None = None
    if meta.get("date"):
        try:
            published = parse_published(str(meta["date"]))
        except ValueError as exc:
            warnings.append(f"{origin}: page date ignored: {exc}")
    source = {"path": origin, "reader": "html.v1"}
    for key in ("url", "sitename", "author", "hostname", "description", "categories", "tags"):
        value = meta.get(key)
        if value:
            source[key] = value
    title = meta.get("title") or None
    article = build_article(
        body,
        data,
        article_id=article_id,
        source=source,
        encoding=encoding,
        title=title,
        title_from_text=title is None,
        parse_header=False,
        blank_separates=False,
        published=published,
        warnings=warnings,
    )
    # The text comes from trafilatura, not verbatim from the HTML bytes.
    article.raw.segments = []
    article.raw.length = len(raw)
    yield article
