"""Article links out of feeds, sitemaps (index, gzip, news) and index pages; a sitemap index watched."""

from __future__ import annotations

import gzip
import json
import sqlite3

import pytest

from sitrep.cli import main
from sitrep.watch.discover import DiscoverError, from_feed, from_page, from_sitemap
from tests.watch.server import Route, Site, article_html, rss, sitemap

BASE = "https://news.example"


def test_feed_links_and_hints():
    body = rss(BASE, [("/a?x=1#top", "A & B"), ("/b", "B")], title="Wire").encode()
    found = from_feed(body, BASE + "/feed")
    assert [l.url for l in found.links] == [BASE + "/a?x=1", BASE + "/b"]
    assert found.links[0].hints == {"feed": "Wire", "title": "A & B", "guid": BASE + "/a?x=1#top",
                                    "published": "2024-03-01T09:00:00"}
    with pytest.raises(DiscoverError, match="not an RSS or Atom feed"):
        from_feed(b"<html><body>moved</body></html>", BASE)


def test_sitemap_news_newest_first_and_gzip():
    body = sitemap(BASE, [("/old", "Old"), ("/new", "New")])  # publication dates 03-01, 03-02
    found = from_sitemap(gzip.compress(body.encode()), BASE + "/sitemap.xml.gz", 1_000_000)
    assert [l.url for l in found.links] == [BASE + "/new", BASE + "/old"]
    assert found.links[0].hints["outlet"] == "Example Sitemap News" and found.links[0].hints["title"] == "New"
    with pytest.raises(DiscoverError, match="decompressed data larger"):
        from_sitemap(gzip.compress(b" " * 5000), BASE, 1000)
    with pytest.raises(DiscoverError, match="invalid XML"):
        from_sitemap(b"<urlset><url>", BASE, 1000)
    with pytest.raises(DiscoverError, match="root element <rss>"):
        from_sitemap(b"<rss/>", BASE, 1000)


def test_sitemap_xml_entities_not_expanded():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/&b;</loc>'
            b'</url></urlset>')
    found = from_sitemap(bomb, BASE, 1_000_000)
    assert all("aaaaaaaaaa" not in l.url for l in found.links)


def test_index_page_follow():
    html = (b"<html><body><a href='/world/2024/03/a'>A story</a><a href='/world/'>World</a>"
            b"<a href='mailto:x@y'>mail</a><a href='https://other.example/world/2024/b'>B</a></body></html>")
    found = from_page(html, BASE + "/world/", r"/world/\d{4}/")
    assert [(l.url, l.hints.get("title")) for l in found.links] == [
        (BASE + "/world/2024/03/a", "A story"), ("https://other.example/world/2024/b", "B")]


def test_sitemap_index_is_followed(tmp_path, capsys):
    site = Site(max_requests=100).start()
    b = site.base
    index = (f"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
             f"<sitemap><loc>{b}/sm-1.xml</loc><lastmod>2024-03-01</lastmod></sitemap>"
             f"<sitemap><loc>{b}/sm-2.xml.gz</loc><lastmod>2024-03-02</lastmod></sitemap></sitemapindex>")
    site.routes["/robots.txt"] = Route("User-agent: *\nAllow: /\n", content_type="text/plain")
    site.routes["/index.xml"] = Route(index, content_type="application/xml")
    site.routes["/sm-1.xml"] = Route(sitemap(b, [("/p/1", "One")]), content_type="application/xml")
    site.routes["/sm-2.xml.gz"] = Route(gzip.compress(sitemap(b, [("/p/2", "Two")]).encode()),
                                        content_type="application/x-gzip")
    site.routes["/p/1"] = Route(article_html(1))
    site.routes["/p/2"] = Route(article_html(2))
    src = tmp_path / "sources.yaml"
    src.write_text(f"defaults: {{rate: 50}}\nsources:\n  - sitemap: {b}/index.xml\n    language: en\n")
    db = tmp_path / "c.db"
    try:
        assert main(["watch", "--db", str(db), "--sources", str(src), "--once", "--quiet",
                     "--components", "paragraphs.v1,language.v1"]) == 0
    finally:
        site.stop()
    con = sqlite3.connect(db)
    try:
        urls = sorted(u[len(b):] for (u,) in con.execute("SELECT url FROM articles"))
        children = con.execute("SELECT url, parent, articles FROM watch_sources WHERE parent IS NOT NULL "
                               "ORDER BY url").fetchall()
    finally:
        con.close()
    assert urls == ["/p/1", "/p/2"]
    assert [(u[len(b):], p, n) for u, p, n in children] == [("/sm-1.xml", 1, 1), ("/sm-2.xml.gz", 1, 1)]
    capsys.readouterr()
    assert main(["sources", "--db", str(db), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["last_status"] == "200: sitemap index, 2 sitemap(s) followed" and rows[1]["parent"] == 1


def test_broken_links_are_skipped_not_fatal():
    html = (b"<a href='http://[::1:80/x'>bad ipv6</a><a href='http://h.example:99999/x'>bad port</a>"
            b"<a href='javascript:void(0)'>js</a><a href='/with space'>space</a><a href='/fine'>fine</a>")
    found = from_page(html, BASE + "/", ".")
    assert [l.url for l in found.links] == [BASE + "/with%20space", BASE + "/fine"]
