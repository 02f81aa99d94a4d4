"""RSS and Atom feed files (feedparser): each item is an article.

The article's title is the item title, its body the item content (or summary
when there is no content) converted from HTML to paragraphs, ``published``
the item's publication (or update) time. ``source`` keeps ``path``
(``file#N``, N the item's index), ``container`` (the feed file), ``item``,
``guid``, ``url`` (the item link) and ``feed`` (the feed title).

A file that is not a feed, or a feed with no items, is a :class:`Problem`; an
item with no text is a problem of its own and the other items go on.
"""

from __future__ import annotations

import re
import time
from typing import Any, Iterator

from ..article import Article, Published
from .base import InputProblem, Problem, build_article

_BLOCK = re.compile(r"(?i)</?(p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|tr|table)\b[^>]*>")


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment, one paragraph per block element."""
    import lxml.html

    if "<" not in fragment:
        return fragment
    marked = _BLOCK.sub("\n\n", fragment)
    try:
        root = lxml.html.fragment_fromstring(marked, create_parent="div")
    except Exception:  # lxml raises several types for hopeless markup
        return re.sub(r"<[^>]+>", " ", marked)
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    return root.text_content()


def _published(entry: Any) -> Published | None:
    for key in ("published_parsed", "updated_parsed"):
        st = entry.get(key)
        if st:
            return Published(time.strftime("%Y-%m-%dT%H:%M:%S", st), "second")
    return None


def _body(entry: Any) -> str:
    contents = entry.get("content") or []
    for c in contents:
        if c.get("value", "").strip():
            return c["value"]
    return entry.get("summary") or entry.get("description") or ""


def read_feed(data: bytes, origin: str, article_id: str) -> Iterator[Article | Problem]:
    import feedparser

    if not data.strip():
        raise InputProblem("empty file")
    parsed = feedparser.parse(data)
    if not parsed.get("version"):
        reason = parsed.get("bozo_exception")
        raise InputProblem(f"not an RSS or Atom feed{': ' + str(reason) if reason else ''}")
    entries = parsed.get("entries") or []
    if not entries:
        raise InputProblem("feed has no items")
    feed_title = (parsed.get("feed") or {}).get("title")
    for i, entry in enumerate(entries):
        where = f"{origin}#{i}"
        source: dict[str, Any] = {"path": where, "container": origin, "item": i, "reader": "feed.v1"}
        if entry.get("link"):
            source["url"] = entry["link"]
        if entry.get("id"):
            source["guid"] = entry["id"]
        if feed_title:
            source["feed"] = feed_title
        if entry.get("author"):
            source["author"] = entry["author"]
        body = html_to_text(_body(entry))
        title = " ".join(html_to_text(entry.get("title") or "").split()) or None
        if not body.strip():
            yield Problem(where, "feed item has no text (no content or summary)")
            continue
        raw = body.encode("utf-8")
        try:
            yield build_article(
                body,
                raw,
                article_id=f"{article_id}#{i}",
                source=source,
                title=title,
                title_from_text=title is None,
                parse_header=False,
                published=_published(entry),
            )
        except InputProblem as exc:
            yield Problem(where, str(exc))


def is_feed(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head
