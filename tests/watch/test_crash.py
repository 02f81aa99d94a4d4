"""Kill ``sitrep watch`` with SIGKILL during rounds, restart it, and check every article is there once.

The site on 127.0.0.1 has a feed and a news sitemap that grow while the watch
runs (new items at each poll) and overlap (the same article listed by both),
and article pages that answer after a short delay, so rounds take a while and
kills land in the middle of them: during polls, fetches, pipeline runs and
commits. The watch runs as a long-lived process (a round every 0.3 s, at most
6 new pages per source and round) and is killed (its process group: the
pipeline worker too) at least 5 times, at a random moment or once it has
stored a random number of new articles. Then it runs until everything is
stored and is stopped with SIGTERM, which must end it cleanly.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

import pytest

from tests.watch.server import Route, Site, article_html, rss, sitemap

N = 48
KILLS = 5


def _stored(db) -> int:
    if not db.exists():
        return 0
    con = sqlite3.connect(db, timeout=30)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # killed before the schema was committed
        return 0
    finally:
        con.close()


def _pending(db) -> int:
    con = sqlite3.connect(db, timeout=30)
    try:
        return con.execute("SELECT count(*) FROM watch_urls WHERE state != 'done'").fetchone()[0]
    except sqlite3.OperationalError:
        return -1
    finally:
        con.close()


@pytest.fixture(scope="module")
def crashed(tmp_path_factory):
    site = Site(max_requests=3000).start()
    b = site.base
    polls = {"feed": 0, "sitemap": 0}

    def growing(kind):
        def body() -> bytes:
            polls[kind] += 1
            visible = min(N, 8 + 8 * polls[kind])
            if kind == "feed":  # even articles, newest first
                items = [(f"/a/{i}", f"Item {i}") for i in range(visible) if i % 2 == 0][::-1]
                return rss(b, items).encode()
            items = [(f"/a/{i}", f"Item {i}") for i in range(visible) if i % 3 != 0 or i % 2 == 1]
            return sitemap(b, items).encode()  # odd ones, and some even ones the feed lists too
        return body

    site.routes["/robots.txt"] = Route("User-agent: *\nAllow: /\n", content_type="text/plain")
    site.routes["/feed.xml"] = Route(growing("feed"), content_type="application/rss+xml")
    site.routes["/sitemap.xml"] = Route(growing("sitemap"), content_type="application/xml")
    for i in range(N):
        site.routes[f"/a/{i}"] = Route(article_html(i), delay=0.05)
    tmp = tmp_path_factory.mktemp("watch_crash")
    src = tmp / "sources.yaml"
    src.write_text(f"""
defaults: {{every: 0.3s, rate: 40, concurrency: 4, timeout: 2s, retries: 1, backoff: 0.05s, max_new: 6}}
sources:
  - feed: {b}/feed.xml
    language: en
  - sitemap: {b}/sitemap.xml
    language: en
""", encoding="utf-8")
    db = tmp / "corpus.db"
    cmd = [sys.executable, "-m", "sitrep", "watch", "--db", str(db), "--sources", str(src),
           "--components", "paragraphs.v1,language.v1"]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    rng = random.Random(int(os.environ.get("SITREP_CRASH_SEED", "5")))
    history = []
    try:
        while len(history) < KILLS:
            before = _stored(db)
            proc = subprocess.Popen(cmd, start_new_session=True, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE)
            # a random moment (startup included), or once this run stored 1 to 5 new articles
            deadline = time.monotonic() + (rng.uniform(1.0, 4.0) if len(history) == 0 else 30)
            target = before + rng.randint(1, 5)
            while proc.poll() is None and time.monotonic() < deadline and _stored(db) < target:
                time.sleep(0.01)
            time.sleep(rng.uniform(0.0, 0.4))  # anywhere in what follows: fetches, pipeline, the open batch
            assert proc.poll() is None, proc.stderr.read().decode()
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            proc.stderr.close()
            history.append((before, _stored(db)))
        # the last run: until everything is stored, then a clean stop
        proc = subprocess.Popen(cmd, start_new_session=True, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None and (_stored(db) < N or _pending(db)):
            time.sleep(0.05)
        time.sleep(0.5)  # a few more rounds with nothing new
        os.kill(proc.pid, signal.SIGTERM)
        try:
            _, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            _, err = proc.communicate()
            pytest.fail("the watch did not stop within 20 s of SIGTERM")
        final = (proc.returncode, err)
    finally:
        site.stop()
    return site, db, history, final


def test_killed_during_rounds_at_least_five_times(crashed):
    _, _, history, _ = crashed
    assert len(history) >= KILLS
    counts = [after for _, after in history]
    assert counts == sorted(counts)  # nothing stored is ever lost
    assert sum(1 for before, after in history if before < after < N) >= KILLS - 1, history


def test_every_article_exactly_once_after_restarts(crashed):
    site, db, _, _ = crashed
    con = sqlite3.connect(db)
    try:
        urls = Counter(u for (u,) in con.execute("SELECT url FROM articles"))
        states = Counter(s for (s,) in con.execute("SELECT state FROM watch_urls"))
        dups = con.execute("SELECT count(*) FROM articles WHERE dup_of IS NOT NULL").fetchone()[0]
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert con.execute("SELECT count(*) FROM minhash").fetchone()[0] == n
    finally:
        con.close()
    assert set(urls) == {f"{site.base}/a/{i}" for i in range(N)}  # none lost
    assert set(urls.values()) == {1}  # none twice
    assert states == {"done": N}
    assert dups == 0


def test_sigterm_stops_cleanly(crashed):
    _, _, _, (code, err) = crashed
    assert code == 0, err
    assert "stopped (SIGTERM)" in err
    assert "Traceback" not in err
    assert "round " in err  # a log line per round
