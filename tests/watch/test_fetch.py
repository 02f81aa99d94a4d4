"""The polite fetcher on its own, against a server on 127.0.0.1: robots.txt details, retries, limits."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest

from sitrep.watch.fetch import HTML_TYPES, Fetcher, FetchError, Stopped
from sitrep.watch.sources import Policy
from tests.watch.server import Route, Site

FAST = Policy(rate=100, timeout=1.0, retries=2, backoff=0.05, max_redirects=3)


@pytest.fixture()
def site():
    s = Site(max_requests=200).start()
    yield s
    s.stop()


def _fetcher(policy=FAST, max_bytes=1_000_000, stop=None):
    return Fetcher(policy, max_bytes, stop)


def test_robots_wildcards_and_agent_groups(site):
    site.routes["/robots.txt"] = Route(
        "User-agent: *\nDisallow: /\n\nUser-agent: sitrep\nDisallow: /*.pdf$\nDisallow: /search\nAllow: /\n",
        content_type="text/plain")
    for p in ("/a.html", "/doc.pdf", "/doc.pdf?x=1", "/search?q=x"):
        site.routes[p.split("?")[0]] = Route("<html><body><p>x</p></body></html>")
    f = _fetcher()
    assert f.allowed(site.base + "/a.html")  # the group for sitrep, not the one for *
    assert not f.allowed(site.base + "/doc.pdf")
    assert f.allowed(site.base + "/doc.pdf?x=1")  # `$` anchors the end
    assert not f.allowed(site.base + "/search?q=x")
    with pytest.raises(FetchError, match="disallowed by robots.txt"):
        f.fetch(site.base + "/doc.pdf", accept=None)
    assert site.requests("/doc.pdf") == []
    assert len(site.requests("/robots.txt")) == 1  # kept, not asked for each URL


def test_robots_unreachable_disallows_missing_allows(site):
    site.routes["/robots.txt"] = Route("down", status=503, content_type="text/plain")
    f = _fetcher(replace(FAST, retries=0))
    assert not f.allowed(site.base + "/a")
    site2 = Site().start()
    try:
        assert _fetcher().allowed(site2.base + "/a")  # robots.txt 404: everything allowed
    finally:
        site2.stop()


def test_crawl_delay_spaces_requests(site):
    site.routes["/robots.txt"] = Route("User-agent: *\nCrawl-delay: 0.3\n", content_type="text/plain")
    for i in range(4):
        site.routes[f"/p{i}"] = Route("<p>x</p>")
    f = _fetcher()
    threads = [threading.Thread(target=f.fetch, args=(site.base + f"/p{i}",), kwargs={"accept": None})
               for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    starts = sorted(h.t for h in site.hits if h.path.startswith("/p"))
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert len(starts) == 4 and min(gaps) > 0.25, gaps


def test_retry_after_and_transient_then_success(site):
    answers = iter([502, 503, 200])
    site.routes["/robots.txt"] = Route("", status=404)
    site.routes["/busy"] = Route("slow down", status=429, content_type="text/plain", headers={"Retry-After": "0"})
    f = _fetcher()
    with pytest.raises(FetchError, match=r"HTTP 429 .*after 3 tries") as err:
        f.fetch(site.base + "/busy", accept=None)
    assert err.value.transient and len(site.requests("/busy")) == 3
    site.routes["/forbidden"] = Route("no", status=403, content_type="text/plain")
    with pytest.raises(FetchError, match="HTTP 403") as err:
        f.fetch(site.base + "/forbidden", accept=None)
    assert not err.value.transient and len(site.requests("/forbidden")) == 1
    site.routes["/flaky"] = Route("<p>ok</p>", status=lambda: next(answers))
    resp = _fetcher(replace(FAST, backoff=0.15)).fetch(site.base + "/flaky", accept=HTML_TYPES)
    assert resp.body == b"<p>ok</p>" and resp.requests == 3
    starts = [h.t for h in site.requests("/flaky")]
    assert starts[1] - starts[0] >= 0.14 and starts[2] - starts[1] >= 0.29  # backoff 0.15 s, then doubled


def test_redirects_limited_and_http_only(site):
    site.routes["/robots.txt"] = Route("", status=404)
    for i in range(6):
        site.routes[f"/r{i}"] = Route(location=f"/r{i + 1}")
    site.routes["/ftp"] = Route(location="ftp://127.0.0.1/file")
    site.routes["/moved"] = Route(location="/final", status=301)
    site.routes["/final"] = Route("<p>here</p>")
    f = _fetcher()
    with pytest.raises(FetchError, match=r"too many redirects \(more than 3\)"):
        f.fetch(site.base + "/r0", accept=None)
    with pytest.raises(FetchError, match="not an http"):
        f.fetch(site.base + "/ftp", accept=None)
    resp = f.fetch(site.base + "/moved", accept=None)
    assert resp.url == site.base + "/final" and resp.body == b"<p>here</p>"


def test_declared_length_refused_before_reading(site):
    site.routes["/robots.txt"] = Route("", status=404)
    site.routes["/big"] = Route(b"x" * 3_000_000)
    with pytest.raises(FetchError, match=r"too large: 3.0 MB declared \(limit 1 MB\)"):
        _fetcher().fetch(site.base + "/big", accept=None)


def test_stop_interrupts_backoff(site):
    site.routes["/robots.txt"] = Route("", status=404)
    site.routes["/down"] = Route("x", status=503, content_type="text/plain")
    stop = threading.Event()
    f = _fetcher(replace(FAST, backoff=30.0), stop=stop)
    threading.Timer(0.3, stop.set).start()
    t0 = time.monotonic()
    with pytest.raises(Stopped):
        f.fetch(site.base + "/down", accept=None)
    assert time.monotonic() - t0 < 5
