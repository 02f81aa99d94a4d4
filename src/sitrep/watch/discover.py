"""Article links out of what a source serves: RSS/Atom feeds (feedparser), sitemaps
(news sitemaps, sitemap indexes, gzip), and index pages (links matching ``follow``).

Each function takes the response body and returns :class:`Link` objects, newest
first where the source says when; a body that is not what the source should
be raises :class:`DiscoverError` with one line.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

#: child sitemaps of a sitemap index followed (the most recently modified first)
MAX_CHILD_SITEMAPS = 5


class DiscoverError(Exception):
    pass


@dataclass
class Link:
    url: str
    hints: dict = field(default_factory=dict)  # title, published, guid, feed: what the source said


@dataclass
class Found:
    links: list[Link] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)  # children of a sitemap index
    index: bool = False  # a sitemap index (even one listing no sitemap)


def _clean(url: str, base: str) -> str | None:
    """The absolute http(s) URL of a link, without its fragment; None for anything else."""
    url = url.strip().replace(" ", "%20")  # as browsers do
    if any(c in url for c in "\t\r\n\x00"):
        return None
    try:
        url = urljoin(base, url).split("#", 1)[0]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.port == 0:
            return None
    except ValueError:  # "Invalid IPv6 URL", a port out of range: a broken link, skipped
        return None
    return url


def _unique(links: list[Link]) -> list[Link]:
    seen: set[str] = set()
    out = []
    for link in links:
        if link.url not in seen:
            seen.add(link.url)
            out.append(link)
    return out


def from_feed(body: bytes, base: str) -> Found:
    import feedparser

    from ..readers.feed import is_feed

    if not is_feed(body):
        raise DiscoverError("not an RSS or Atom feed")
    parsed = feedparser.parse(body)
    if not parsed.get("version"):
        reason = parsed.get("bozo_exception")
        raise DiscoverError(f"not an RSS or Atom feed{': ' + str(reason) if reason else ''}")
    feed_title = (parsed.get("feed") or {}).get("title")
    links = []
    for entry in parsed.get("entries") or []:
        href = entry.get("link") or ""
        url = _clean(href, base) if href else None
        if not url:
            continue
        hints = {"feed": feed_title, "title": entry.get("title"), "guid": entry.get("id")}
        for key in ("published_parsed", "updated_parsed"):
            if entry.get(key):
                hints["published"] = time.strftime("%Y-%m-%dT%H:%M:%S", entry[key])
                break
        links.append(Link(url, {k: v for k, v in hints.items() if v}))
    return Found(_unique(links))


_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
       "news": "http://www.google.com/schemas/sitemap-news/0.9"}


def from_sitemap(body: bytes, base: str, limit: int) -> Found:
    from lxml import etree

    from ..readers.base import InputProblem
    from ..readers.compressed import GZIP_MAGIC, gunzip

    if body[:2] == GZIP_MAGIC:
        try:
            body = gunzip(body, limit)
        except InputProblem as exc:
            raise DiscoverError(f"sitemap: {exc}") from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise DiscoverError(f"not a sitemap: invalid XML ({exc})") from None
    tag = etree.QName(root).localname
    if tag == "sitemapindex":
        children = []
        for sm in root.iter("{*}sitemap"):
            loc = sm.findtext("{*}loc")
            url = _clean(loc, base) if loc else None
            if url:
                children.append((sm.findtext("{*}lastmod") or "", url))
        children.sort(key=lambda c: c[0], reverse=True)
        return Found(sitemaps=[u for _, u in children[:MAX_CHILD_SITEMAPS]], index=True)
    if tag != "urlset":
        raise DiscoverError(f"not a sitemap: root element <{tag}>")
    rows = []
    for i, u in enumerate(root.iter("{*}url")):
        loc = u.findtext("{*}loc")
        url = _clean(loc, base) if loc else None
        if not url:
            continue
        hints = {}
        news = u.find("{*}news")
        if news is not None:
            hints["title"] = (news.findtext("{*}title") or "").strip() or None
            hints["published"] = (news.findtext("{*}publication_date") or "").strip() or None
            pub = news.find("{*}publication")
            if pub is not None:
                hints["outlet"] = (pub.findtext("{*}name") or "").strip() or None
        lastmod = (u.findtext("{*}lastmod") or "").strip()
        if lastmod:
            hints["lastmod"] = lastmod
        when = hints.get("published") or lastmod or ""
        rows.append((when, -i, Link(url, {k: v for k, v in hints.items() if v})))
    rows.sort(key=lambda r: (r[0], r[1]), reverse=True)  # newest first, else document order
    return Found(_unique([r[2] for r in rows]))


def from_page(body: bytes, base: str, follow: str) -> Found:
    import lxml.html

    try:
        root = lxml.html.fromstring(body)
    except Exception as exc:  # lxml raises several types for hopeless markup
        raise DiscoverError(f"not an HTML page: {exc}") from None
    pattern = re.compile(follow)
    links = []
    for a in root.iter("a"):
        href = a.get("href")
        url = _clean(href, base) if href else None
        if url and url != base and pattern.search(url):
            title = " ".join(a.text_content().split())
            links.append(Link(url, {"title": title} if title else {}))
    return Found(_unique(links))
