"""``sitrep watch`` against a news site served on 127.0.0.1 by the test: three rounds.

Round 1: a feed (ETag), a news sitemap (Last-Modified), a page polled as an
article (ETag) and an index page whose story links are followed; among the
links, pages answering 404, 500, a redirect loop, a slow response, a 30 MB
body, a PDF, and a page robots.txt disallows. Between rounds 1 and 2 the feed
gains an item, the page changes and the 500 recovers; round 3 finds nothing new.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

import pytest

from sitrep.cli import main
from tests.watch.server import Route, Site, article_html, rss, sitemap

LIGHT = "paragraphs.v1,language.v1"
RATE = 10.0  # requests per second per host, in the sources file
SLOW = 2.0  # seconds the slow page waits before answering (the timeout is 0.4 s)

FAILURES = {  # path -> what the reason must say
    "/gone": "HTTP 404",
    "/loop": "redirect loop",
    "/slow": "timed out",
    "/huge": "too large",
    "/report.pdf": "content type application/pdf",
    "/private/leak": "robots.txt",
    "/empty": "no main text",
}


def _sources(base: str) -> str:
    return f"""
defaults:
  rate: {RATE}
  concurrency: 2
  timeout: 0.4s
  retries: 1
  backoff: 0.05s
  max_bytes: 2MB
  max_failures: 2
sources:
  - feed: {base}/feed.xml
    name: Example News
    language: en
    country: UA
  - sitemap: {base}/sitemap.xml
    language: en
  - page: {base}/live
    name: Live page
    language: en
  - page: {base}/section/
    follow: '/story/\\d+$'
    language: en
  - feed: {base}/old-feed.xml
"""


def _feed_items(extra: bool) -> list[tuple[str, str]]:
    items = [(f"/news/{i}", f"Item {i}") for i in range(4)]
    items += [(p, p) for p in ("/gone", "/broken", "/loop", "/slow", "/huge", "/report.pdf", "/private/leak",
                               "/empty")]
    if extra:
        items.insert(0, ("/news/7", "Item 7"))
    return items


@pytest.fixture(scope="module")
def watched(tmp_path_factory):
    site = Site(max_requests=400).start()
    b = site.base
    r = site.routes
    r["/robots.txt"] = Route("User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    r["/feed.xml"] = Route(rss(b, _feed_items(False)), content_type="application/rss+xml", etag='"feed-1"')
    r["/sitemap.xml"] = Route(
        sitemap(b, [(f"/news/{i}", f"Item {i}") for i in (4, 5, 6, 0)] + [("/mirror/0", "Item 0 again")]),
        content_type="application/xml", last_modified="Fri, 01 Mar 2024 10:00:00 GMT")
    for i in range(8):
        r[f"/news/{i}"] = Route(article_html(i))
    r["/mirror/0"] = Route(article_html(0))  # the same story at a second URL: an exact duplicate
    r["/live"] = Route(article_html(100, "Live: the situation in Kharkiv"), etag='"live-1"')
    r["/section/"] = Route(
        "<html><body><a href='/story/1'>One</a> <a href='/story/2'>Two</a> <a href='/about'>About</a>"
        "<a href='/story/1#comments'>comments</a></body></html>")
    r["/story/1"] = Route(article_html(201))
    r["/story/2"] = Route(article_html(202))
    r["/broken"] = Route("oops", status=500, content_type="text/plain")
    r["/loop"] = Route(location="/loop2")
    r["/loop2"] = Route(location="/loop")
    r["/slow"] = Route(article_html(300), delay=SLOW)
    r["/huge"] = Route(huge=30_000_000)
    r["/report.pdf"] = Route(b"%PDF-1.4\n" + bytes(range(256)) * 40, content_type="application/pdf")
    r["/private/leak"] = Route(article_html(400))
    r["/empty"] = Route("<html><head><title>Photo</title></head><body><script>var x = 1;</script>"
                        "<img src='/a.png'></body></html>")

    tmp = tmp_path_factory.mktemp("watch")
    src = tmp / "sources.yaml"
    src.write_text(_sources(b), encoding="utf-8")
    db = tmp / "corpus.db"
    cmd = ["watch", "--db", str(db), "--sources", str(src), "--once", "--components", LIGHT]
    rounds = []
    try:
        rounds.append((main(cmd), len(site.hits)))
        # between rounds: a new feed item, the live page updated, the 500 recovered
        r["/feed.xml"] = Route(rss(b, _feed_items(True)), content_type="application/rss+xml", etag='"feed-2"')
        r["/live"] = Route(article_html(101, "Live: the situation in Kharkiv, updated"), etag='"live-2"')
        r["/broken"] = Route(article_html(500))
        # 15 minutes later: every source is due again, and the transient failures
        con = sqlite3.connect(db)
        try:
            for _ in range(2):
                con.execute("UPDATE watch_sources SET next_poll = 0")
                con.execute("UPDATE watch_urls SET next_try = 0")
                con.commit()
                rounds.append((main(cmd), len(site.hits)))
        finally:
            con.close()
    finally:
        site.stop()
    return site, db, rounds


def _rows(db, sql, params=()):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def _path(site, url):
    return url[len(site.base):]


def test_every_new_article_stored_once(watched):
    site, db, rounds = watched
    assert [code for code, _ in rounds] == [0, 0, 0]
    stored = Counter(_path(site, u) for (u,) in _rows(db, "SELECT url FROM articles"))
    expected = {f"/news/{i}" for i in range(8)} | {"/mirror/0", "/story/1", "/story/2", "/broken"}
    assert {p for p in stored if p != "/live"} == expected
    assert all(stored[p] == 1 for p in expected)
    # the live page changed once between rounds: two versions, each stored once
    assert stored["/live"] == 2
    titles = [t for (t,) in _rows(db, "SELECT title FROM articles WHERE url LIKE '%/live' ORDER BY id")]
    assert titles == ["Live: the situation in Kharkiv", "Live: the situation in Kharkiv, updated"]
    # the same story at a second URL is linked to the first copy, like `sitrep ingest` does
    dup = _rows(db, "SELECT b.url FROM articles a JOIN articles b ON b.id = a.dup_of WHERE a.dup_kind = 'exact'")
    assert [_path(site, u) for (u,) in dup] == ["/news/0"] or [_path(site, u) for (u,) in dup] == ["/mirror/0"]
    # a link found by two sources (feed and sitemap) was fetched once
    assert len(site.requests("/news/0")) == 1


def test_articles_carry_source_metadata(watched):
    site, db, _ = watched
    (source, language, published, name), = _rows(
        db, "SELECT source, language, published, source_name FROM articles WHERE url = ?", (site.base + "/news/1",))
    source = json.loads(source)
    assert source["reader"] == "watch.v1" and source["content_reader"] == "html.v1"
    assert source["outlet"] == "Example News" and source["home"] == "UA" and source["feed"] == "Example News"
    assert source["watch"] == site.base + "/feed.xml"
    assert language == "en" and name == "Example News"
    assert published == "2024-03-01T09:01:00"  # the pubDate of item 1 in the feed
    # the news sitemap's publication date and outlet name
    (published, name), = _rows(db, "SELECT published, source_name FROM articles WHERE url = ?",
                               (site.base + "/news/5",))
    assert published.startswith("2024-03-02T10:00") and name == "Example Sitemap News"


def test_every_failure_reported_with_url_and_reason(watched):
    site, db, _ = watched
    errors = {_path(site, o): (stage, reason) for o, stage, reason in
              _rows(db, "SELECT origin, stage, reason FROM errors")}
    for path, why in FAILURES.items():
        assert path in errors, (path, errors)
        assert why in errors[path][1], (path, errors[path])
    assert errors["/empty"][0] == "read" and errors["/gone"][0] == "fetch"
    assert "HTTP 500" in errors["/broken"][1]  # round 1; stored in round 2
    failed = {_path(site, u): reason for u, reason in
              _rows(db, "SELECT url, reason FROM watch_urls WHERE state = 'failed'")}
    assert set(failed) == set(FAILURES)
    (state, attempts), = _rows(db, "SELECT state, attempts FROM watch_urls WHERE url LIKE '%/slow'")
    assert (state, attempts) == ("failed", 2)  # a timeout is transient: tried in 2 rounds (max_failures)
    assert errors["/old-feed.xml"] == ("fetch", "HTTP 404 Not Found")


def test_failures_are_not_retried_forever(watched):
    site, db, _ = watched
    assert len(site.requests("/gone")) == 1  # a 4xx: never retried
    assert len(site.requests("/report.pdf")) == 1
    assert len(site.requests("/loop")) == 1
    assert len(site.requests("/broken")) == 3  # 500 in round 1, retried once; 200 in round 2
    assert len(site.requests("/slow")) == 2 * 2  # a timeout: 1 retry per round, given up after 2 rounds
    # a source that keeps failing: polled in rounds 1 and 2, given up, not polled in round 3
    assert len(site.requests("/old-feed.xml")) == 2


def test_robots_txt_obeyed(watched):
    site, _, _ = watched
    assert site.requests("/private/leak") == []
    assert len(site.requests("/robots.txt")) == 3  # once per host per run (per hour in a long run)


def test_size_limit_stops_reading_early(watched):
    site, _, _ = watched
    (hit,) = site.requests("/huge")
    # The server writes until the client hangs up: the 2 MB read, plus what the loopback socket
    # buffers of both ends absorbed (several MB on Linux), far from the 30 MB of the body.
    assert hit.sent < 15_000_000, hit.sent


def test_slow_response_does_not_block_the_round(watched):
    site, _, _ = watched
    slow = site.requests("/slow")[0]
    others = [h for h in site.hits if h.path != "/slow" and slow.t < h.t < slow.t + SLOW]
    assert others, "no other request was served while the slow one was pending"


def test_conditional_requests(watched):
    site, _, rounds = watched
    feed = site.requests("/feed.xml")
    assert [h.headers.get("if-none-match") for h in feed] == [None, '"feed-1"', '"feed-2"']
    assert [h.status for h in feed] == [200, 200, 304]
    smap = site.requests("/sitemap.xml")
    assert [h.headers.get("if-modified-since") for h in smap] == [None] + ["Fri, 01 Mar 2024 10:00:00 GMT"] * 2
    assert [h.status for h in smap] == [200, 304, 304]
    live = site.requests("/live")
    assert [(h.headers.get("if-none-match"), h.status) for h in live] == [
        (None, 200), ('"live-1"', 200), ('"live-2"', 304)]
    # round 3: only sources polled, nothing new fetched
    n1, n2, n3 = (n for _, n in rounds)
    third = [h.path for h in site.hits[n2:n3]]
    assert sorted(third) == sorted(["/robots.txt", "/feed.xml", "/sitemap.xml", "/live", "/section/"])


def test_rate_limit_per_host(watched):
    site, _, _ = watched
    starts = sorted(h.t for h in site.hits)
    # at most RATE request starts in any one-second window (one more for timing jitter at the edges)
    worst = max(sum(1 for t in starts if s <= t < s + 1.0) for s in starts)
    assert worst <= RATE + 1, worst
    # and the limit is what bounds round 1 (about 25 requests): it lasts at least that long
    n1 = watched[2][0][1]
    assert starts[n1 - 1] - starts[0] >= (n1 - 1) / RATE - 0.05


def test_user_agent(watched):
    site, _, _ = watched
    agents = {h.headers.get("user-agent") for h in site.hits}
    assert len(agents) == 1 and agents.pop().startswith("sitrep/")


def test_sources_command(watched, capsys):
    site, db, _ = watched
    capsys.readouterr()
    assert main(["sources", "--db", str(db), "--json"]) == 0
    rows = {_path(site, r["url"]): r for r in json.loads(capsys.readouterr().out)}
    assert set(rows) == {"/feed.xml", "/sitemap.xml", "/live", "/section/", "/old-feed.xml"}
    gone = rows["/old-feed.xml"]
    assert gone["state"] == "given up (2 failures)" and gone["last_error"] == "HTTP 404 Not Found"
    assert gone["next_poll"] is None
    feed = rows["/feed.xml"]
    assert feed["state"] == "ok" and feed["last_fetch"] and feed["next_poll"]
    assert feed["last_status"] == "304 not modified"
    assert feed["articles"] == 6  # news 0-3, 7 and /broken (recovered)
    assert feed["errors"] >= len(FAILURES) - 1 and feed["failed_urls"] == len(FAILURES)
    assert rows["/sitemap.xml"]["articles"] == 4  # news 4-6 and the mirror (news/0 came through the feed)
    assert rows["/live"]["articles"] == 2 and rows["/section/"]["articles"] == 2
    assert main(["sources", "--db", str(db)]) == 0
    text = capsys.readouterr().out
    assert "last error:" in text and "next poll" in text
    assert main(["sources", "--db", str(db), "--urls", "failed"]) == 0
    assert "/gone  HTTP 404" in capsys.readouterr().out


def test_given_up_source_and_retry_failed(tmp_path, capsys):
    site = Site(max_requests=50).start()
    site.routes["/robots.txt"] = Route("", status=404)
    site.routes["/news/1"] = Route("gone", status=410, content_type="text/plain")
    site.routes["/feed.xml"] = Route(rss(site.base, [("/news/1", "One")]), content_type="application/rss+xml")
    src = tmp_path / "sources.yaml"
    src.write_text(f"defaults: {{max_failures: 1, rate: 50}}\nsources:\n  - feed: {site.base}/missing.xml\n"
                   f"  - feed: {site.base}/feed.xml\n")
    cmd = ["watch", "--db", str(tmp_path / "c.db"), "--sources", str(src), "--once", "--components", LIGHT]
    try:
        assert main(cmd) == 0
        assert "missing.xml: given up after 1 failed polls in a row (last: HTTP 404 Not Found)" in \
            capsys.readouterr().err
        con = sqlite3.connect(tmp_path / "c.db")
        con.execute("UPDATE watch_sources SET next_poll = 0")
        con.commit()
        con.close()
        assert main(cmd) == 0
        assert len(site.requests("/missing.xml")) == 1 and len(site.requests("/news/1")) == 1
        # the only source due failed again: exit status 1, for cron to mail
        assert main(cmd + ["--retry-failed"]) == 1
        assert len(site.requests("/missing.xml")) == 2 and len(site.requests("/news/1")) == 2
    finally:
        site.stop()
    capsys.readouterr()
    assert main(["sources", "--db", str(tmp_path / "c.db"), "--urls", "failed"]) == 0
    assert "/news/1  HTTP 410 Gone  (from " in capsys.readouterr().out
