"""One round of ``sitrep watch``: poll what is due, fetch the new article pages, store them.

1. **Poll** every source whose next poll has come (feeds, sitemaps, index
   pages) with a conditional GET. The article links found are added to
   ``watch_urls`` as ``pending`` *in the same transaction* as the source's new
   validators, so a crash can never leave a 304 hiding links not yet stored.
   A page source just puts its own URL back to ``pending``.
2. **Fetch** the pending URLs (at most ``max_new`` per source), extract each
   page with the HTML reader (trafilatura), and hand the articles to the
   ingest :class:`~sitrep.corpus.ingest.Session`: same identity keys, same
   duplicate links, same errors table as ``sitrep ingest``. A URL is marked
   ``done`` by the writer in the transaction that stores its article, so a
   ``kill -9`` at any moment leaves it either stored and done, or neither
   (and fetched again after the restart, its key then found stored).

Fetches run in threads, one small pool per host (its ``concurrency``), so a
slow or failing host never holds up the others; the database is written by
the main thread only.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from typing import Callable, Iterator

from ..article import Article, parse_published
from ..corpus.ingest import FLUSH, Session
from ..readers.base import InputProblem, Problem
from . import discover
from .fetch import HTML_TYPES, XML_TYPES, FetchError, Fetcher, Response, Stopped, host_of
from .sources import Policy, Source

READER = "watch.v1"


def _iso(t: float | None) -> str | None:
    if t is None:
        return None
    return datetime.fromtimestamp(t, timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class RoundStats:
    polled: int = 0
    not_modified: int = 0
    failed: int = 0
    links: int = 0
    fetched: int = 0
    stored: int = 0
    duplicates: int = 0
    errors: int = 0
    seconds: float = 0.0
    stopped: bool = False
    number: int = 0  # the round's row in watch_rounds: rounds are numbered across runs

    def line(self) -> str:
        return (f"round {self.number}: {self.polled} source(s) polled ({self.not_modified} not modified, "
                f"{self.failed} failed), {self.links} new link(s), {self.fetched} page(s) fetched, "
                f"{self.stored} article(s) stored ({self.duplicates} duplicate(s) linked), "
                f"{self.errors} error(s), {self.seconds:.1f} s" + (", stopped" if self.stopped else ""))


@dataclass
class _Item:
    url: str
    source_id: int
    source: Source
    attempts: int
    etag: str | None
    last_modified: str | None
    hints: dict

    @property
    def is_page(self) -> bool:
        """The URL of a page source itself (not a link found on an index)."""
        return self.source.kind == "page" and not self.source.follow and self.url == self.source.url


def _source(config: str) -> Source:
    data = json.loads(config)
    known = {f.name for f in fields(Source)}
    return Source(**{k: v for k, v in data.items() if k in known})


class _Hosts:
    """One small thread pool per host: its requests never wait behind another host's."""

    def __init__(self, concurrency: int) -> None:
        self.concurrency = max(1, concurrency)
        self.pools: dict[str, ThreadPoolExecutor] = {}

    def submit(self, url: str, fn: Callable, *args) -> None:
        origin = host_of(url)
        pool = self.pools.get(origin)
        if pool is None:
            pool = self.pools[origin] = ThreadPoolExecutor(self.concurrency, thread_name_prefix="watch")
        pool.submit(fn, *args)

    def close(self, wait: bool) -> None:
        for pool in self.pools.values():
            pool.shutdown(wait=wait, cancel_futures=True)


class Watcher:
    """Keeps the watch state in the corpus database; ``round()`` does one round."""

    def __init__(self, session: Session, policy: Policy, sources: list[Source], *, stop: threading.Event,
                 retry_failed: bool = False, log: Callable[[str], None] = lambda line: None) -> None:
        self.session = session
        self.writer = session.writer
        self.con = session.con
        self.policy = policy
        self.stop = stop
        self.log = log
        max_bytes = policy.max_bytes or int(session.config.max_input_mb * 1_000_000)
        self.fetcher = Fetcher(policy, max_bytes, stop)
        self.max_bytes = max_bytes
        self.rounds = 0
        self._fetched: dict[str, tuple[Response, _Item]] = {}
        self._stats = RoundStats()
        self.sync(sources, retry_failed)

    def close(self) -> None:
        self.fetcher.close()

    # -- state ------------------------------------------------------------------
    def _exec(self, sql: str, params=()):
        return self.writer.execute(sql, params)

    def sync(self, sources: list[Source], retry_failed: bool) -> None:
        """Bring ``watch_sources`` in line with the sources file (removed sources are kept, inactive)."""
        for s in sources:
            self._exec(
                """INSERT INTO watch_sources (url, kind, name, config, active, next_poll) VALUES (?,?,?,?,1,0)
                   ON CONFLICT (url) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                   config = excluded.config, active = 1, parent = NULL""",
                (s.url, s.kind, s.name, json.dumps(s.config(), ensure_ascii=False)),
            )
        urls = [s.url for s in sources]
        self._exec(f"UPDATE watch_sources SET active = 0 WHERE parent IS NULL AND url NOT IN "
                   f"({','.join('?' * len(urls))})", urls)
        self._exec("""UPDATE watch_sources SET active = coalesce((SELECT p.active FROM watch_sources p
                      WHERE p.id = watch_sources.parent), 0) WHERE parent IS NOT NULL""")
        if retry_failed:
            self._exec("UPDATE watch_sources SET failures = 0, gave_up = NULL WHERE gave_up IS NOT NULL")
            self._exec("UPDATE watch_urls SET state = 'pending', attempts = 0, next_try = 0 WHERE state = 'failed'")
        self.writer.commit()

    def next_due(self) -> float | None:
        """When something is next due: a source's poll, or pending article URLs."""
        row = self.con.execute(
            """SELECT min(t) FROM (
                 SELECT min(next_poll) AS t FROM watch_sources WHERE active = 1 AND gave_up IS NULL
                 UNION ALL
                 SELECT min(u.next_try) FROM watch_urls u JOIN watch_sources s ON s.id = u.source
                 WHERE u.state = 'pending' AND s.active = 1)"""
        ).fetchone()
        return row[0]

    # -- the round ----------------------------------------------------------------
    def round(self) -> RoundStats:
        self.rounds += 1
        self._stats = stats = RoundStats()
        t0 = time.time()
        try:
            for _ in range(3):  # sources, then child sitemaps of a sitemap index, then theirs
                if self.stop.is_set() or not self._poll_due():
                    break
            if not self.stop.is_set():
                self._fetch_pending()
        finally:
            stats.seconds = time.time() - t0
            stats.stopped = self.stop.is_set()
            stats.number = self._exec(
                """INSERT INTO watch_rounds (started, finished, polled, not_modified, failed, links, fetched,
                   stored, errors) VALUES (?,?,?,?,?,?,?,?,?)""",
                (t0, time.time(), stats.polled, stats.not_modified, stats.failed, stats.links, stats.fetched,
                 stats.stored, stats.errors),
            ).lastrowid
            self.writer.commit()
        return stats

    # -- 1. polling sources ----------------------------------------------------------
    def _poll_due(self) -> bool:
        now = time.time()
        due = self.con.execute(
            """SELECT id, config, etag, last_modified, failures FROM watch_sources
               WHERE active = 1 AND gave_up IS NULL AND next_poll <= ? ORDER BY next_poll, id""", (now,)
        ).fetchall()
        if not due:
            return False
        results: queue.Queue = queue.Queue()
        hosts = _Hosts(self.policy.concurrency)
        try:
            for sid, config, etag, lm, failures in due:
                source = _source(config)
                if source.kind == "page" and not source.follow:
                    results.put((sid, source, failures, "page"))
                    continue
                hosts.submit(source.url, self._poll_one, results, sid, source, etag, lm, failures)
            for _ in range(len(due)):
                sid, source, failures, outcome = self._get(results)
                if outcome is None:
                    break
                self._record_poll(sid, source, failures, outcome)
                self.writer.commit()
        finally:
            hosts.close(wait=not self.stop.is_set())
        return True

    def _get(self, results: queue.Queue):
        while True:
            try:
                return results.get(timeout=0.1)
            except queue.Empty:
                if self.stop.is_set():
                    return None, None, None, None

    def _poll_one(self, results: queue.Queue, sid: int, source: Source, etag, lm, failures) -> None:
        try:
            accept = HTML_TYPES if source.kind == "page" else XML_TYPES
            resp = self.fetcher.fetch(source.url, accept=accept, etag=etag, last_modified=lm,
                                      robots=source.robots)
            if resp.not_modified:
                outcome: object = resp
            else:
                if source.kind == "feed":
                    found = discover.from_feed(resp.body, resp.url)
                elif source.kind == "sitemap":
                    found = discover.from_sitemap(resp.body, resp.url, self.max_bytes)
                else:
                    found = discover.from_page(resp.body, resp.url, source.follow or "")
                outcome = (resp, found)
        except Stopped:
            return
        except FetchError as exc:
            outcome = exc
        except discover.DiscoverError as exc:
            outcome = FetchError(str(exc))
        except Exception as exc:  # a parser bug must not stop the round: reported like any failure
            outcome = FetchError(f"{type(exc).__name__}: {exc}")
        results.put((sid, source, failures, outcome))

    def _record_poll(self, sid: int, source: Source, failures: int, outcome) -> None:
        now = time.time()
        stats = self._stats
        next_poll = now + source.every
        if outcome == "page":  # the page itself is fetched (conditionally) with the articles
            self._exec(
                """INSERT INTO watch_urls (url, source, state, found) VALUES (?,?,'pending',?)
                   ON CONFLICT (url) DO UPDATE SET state = 'pending', next_try = 0, attempts = 0,
                   source = excluded.source""",
                (source.url, sid, now),
            )
            self._exec("UPDATE watch_sources SET next_poll = ? WHERE id = ?", (next_poll, sid))
            return
        stats.polled += 1
        if isinstance(outcome, FetchError):
            self._source_failed(sid, source, failures, outcome.reason, next_poll)
            return
        if isinstance(outcome, Response):  # 304
            stats.not_modified += 1
            self._exec("""UPDATE watch_sources SET last_fetch = ?, last_status = '304 not modified', next_poll = ?,
                          failures = 0 WHERE id = ?""", (now, next_poll, sid))
            return
        resp, found = outcome
        new = 0
        for link in found.links:
            cur = self._exec(
                "INSERT OR IGNORE INTO watch_urls (url, source, state, found, hints) VALUES (?,?,'pending',?,?)",
                (link.url, sid, now, json.dumps(link.hints, ensure_ascii=False) if link.hints else None),
            )
            new += cur.rowcount
        for child in found.sitemaps:
            config = dict(source.config(), url=child)
            self._exec(
                """INSERT INTO watch_sources (url, kind, name, parent, config, active, next_poll)
                   VALUES (?, 'sitemap', ?, ?, ?, 1, 0)
                   ON CONFLICT (url) DO UPDATE SET active = 1, parent = excluded.parent WHERE parent IS NOT NULL""",
                (child, source.name, sid, json.dumps(config, ensure_ascii=False)),
            )
        if found.sitemaps or found.index:  # children no longer listed (or out of the latest few) rest
            self._exec(f"UPDATE watch_sources SET active = 0 WHERE parent = ? AND url NOT IN "
                       f"({','.join('?' * len(found.sitemaps))})", (sid, *found.sitemaps))
        stats.links += new
        status = f"200: {len(found.links)} link(s), {new} new" if not found.sitemaps else \
            f"200: sitemap index, {len(found.sitemaps)} sitemap(s) followed"
        self._exec(
            """UPDATE watch_sources SET etag = ?, last_modified = ?, last_fetch = ?, last_status = ?, next_poll = ?,
               links = links + ?, failures = 0 WHERE id = ?""",
            (resp.etag, resp.last_modified, now, status, next_poll, new, sid),
        )

    def _source_failed(self, sid: int, source: Source, failures: int, reason: str, next_poll: float | None,
                       stage: str = "fetch") -> None:
        now = time.time()
        self._stats.failed += 1
        self._stats.errors += 1
        self.writer.add_error(source.url, stage, reason)
        failures += 1
        gave_up = now if failures >= self.policy.max_failures else None
        self._exec(
            """UPDATE watch_sources SET last_fetch = ?, last_status = 'failed', next_poll = coalesce(?, next_poll),
               failures = ?, errors = errors + 1, last_error = ?, gave_up = ? WHERE id = ?""",
            (now, next_poll, failures, reason, gave_up, sid),
        )
        if gave_up:
            self.log(f"{source.url}: given up after {failures} failed polls in a row (last: {reason}); "
                     f"`sitrep watch --retry-failed` tries it again")

    # -- 2. fetching article pages --------------------------------------------------------
    def _pending(self) -> list[_Item]:
        now = time.time()
        items = []
        for sid, config in self.con.execute("SELECT id, config FROM watch_sources WHERE active = 1 ORDER BY id"):
            source = _source(config)
            rows = self.con.execute(
                """SELECT url, attempts, etag, last_modified, hints FROM watch_urls
                   WHERE state = 'pending' AND source = ? AND next_try <= ?
                   ORDER BY url = ? DESC, found DESC, rowid LIMIT ?""",
                (sid, now, source.url, max(1, source.max_new)),
            ).fetchall()
            for url, attempts, etag, lm, hints in rows:
                items.append(_Item(url, sid, source, attempts, etag, lm, json.loads(hints) if hints else {}))
        return items

    def _fetch_pending(self) -> None:
        items = self._pending()
        if not items:
            return
        self._fetched = {}
        summary = self.session.run(self._articles(items), on_done=self._done)
        self._stats.stored += summary.added
        self._stats.duplicates += summary.exact + summary.near

    def _articles(self, items: list[_Item]) -> Iterator[Article | object]:
        results: queue.Queue = queue.Queue()
        hosts = _Hosts(self.policy.concurrency)
        try:
            for item in items:
                hosts.submit(item.url, self._fetch_one, results, item)
            for _ in range(len(items)):
                while True:
                    try:
                        item, outcome = results.get(timeout=0.05)
                        break
                    except queue.Empty:
                        if self.stop.is_set():
                            return
                        yield FLUSH  # store what the workers have finished while the network is slow
                if isinstance(outcome, Article):
                    yield outcome
                else:
                    self._record_fetch(item, outcome)
        finally:
            hosts.close(wait=not self.stop.is_set())

    def _fetch_one(self, results: queue.Queue, item: _Item) -> None:
        try:
            resp = self.fetcher.fetch(item.url, accept=HTML_TYPES, etag=item.etag, last_modified=item.last_modified,
                                      robots=item.source.robots)
            if resp.not_modified:
                results.put((item, resp))
                return
            article = self._article(item, resp)
            results.put((item, article))
        except Stopped:
            return
        except FetchError as exc:
            results.put((item, exc))
        except InputProblem as exc:
            results.put((item, Problem(item.url, str(exc))))
        except Exception as exc:  # an extraction bug must not stop the round
            results.put((item, Problem(item.url, f"extraction failed: {type(exc).__name__}: {exc}")))

    def _article(self, item: _Item, resp: Response) -> Article:
        from ..readers.html import read_html
        from ..readers.warc import _charset, to_utf8

        data = to_utf8(resp.body, _charset(resp.content_type, resp.body))
        article = next(iter(read_html(data, item.url, item.url)))
        inner = article.source
        source = {"path": item.url, "url": resp.url, "fetched": _iso(time.time()), "reader": READER,
                  "content_reader": inner.get("reader"), "watch": item.source.url}
        source.update({k: v for k, v in inner.items() if k not in ("path", "reader", "url")})
        outlet = item.source.name or item.hints.get("outlet")
        if outlet:
            source["outlet"] = outlet
        if item.source.home:
            source["home"] = item.source.home
        for key in ("feed", "guid"):
            if item.hints.get(key):
                source[key] = item.hints[key]
        article.source = source
        if item.source.language:
            article.language = item.source.language
        hinted = item.hints.get("published")
        if hinted:  # the feed's or news sitemap's own date beats one guessed from the page
            try:
                article.published = parse_published(str(hinted))
            except ValueError:
                pass
        self._fetched[item.url] = (resp, item)
        return article

    def _record_fetch(self, item: _Item, outcome) -> None:
        """A page that gave no article: 304, a fetch failure, or nothing to extract."""
        now = time.time()
        if isinstance(outcome, Response):  # 304: the page has not changed
            self._stats.fetched += 1
            self._exec("UPDATE watch_urls SET state = 'done', fetched = ?, reason = NULL WHERE url = ?",
                       (now, item.url))
            if item.is_page:
                self._exec("""UPDATE watch_sources SET last_fetch = ?, last_status = '304 not modified',
                              failures = 0 WHERE id = ?""", (now, item.source_id))
                self._stats.polled += 1
                self._stats.not_modified += 1
            return
        if isinstance(outcome, FetchError):
            stage, reason, transient = "fetch", outcome.reason, outcome.transient
        else:
            self._stats.fetched += 1
            stage, reason, transient = "read", outcome.message, False
        attempts = item.attempts + 1
        if item.is_page:  # the source itself failed: counted towards giving it up
            self._exec("UPDATE watch_urls SET state = 'failed', attempts = ?, reason = ?, fetched = ? WHERE url = ?",
                       (attempts, reason, now, item.url))
            self._stats.polled += 1
            failures = self.con.execute("SELECT failures FROM watch_sources WHERE id = ?",
                                        (item.source_id,)).fetchone()[0]
            self._source_failed(item.source_id, item.source, failures, reason, None, stage)
            return
        self._stats.errors += 1
        self.writer.add_error(item.url, stage, reason, article_id=item.url)
        retry = transient and attempts < self.policy.max_failures  # at the source's next poll
        self._exec(
            "UPDATE watch_urls SET state = ?, attempts = ?, next_try = ?, reason = ?, fetched = ? WHERE url = ?",
            ("pending" if retry else "failed", attempts, now + item.source.every, reason, now, item.url),
        )
        self._exec("UPDATE watch_sources SET errors = errors + 1, last_error = ? WHERE id = ?",
                   (f"{item.url}: {reason}", item.source_id))

    def _done(self, origin: str, key: str | None, outcome: str) -> None:
        """Called by the writer inside the transaction that stores (or skips) the article of ``origin``."""
        fetched = self._fetched.pop(origin, None)
        if fetched is None:
            return
        resp, item = fetched
        now = time.time()
        self._stats.fetched += 1
        if outcome == "failed":
            self._stats.errors += 1
            self._exec("UPDATE watch_urls SET state = 'failed', reason = ?, fetched = ? WHERE url = ?",
                       ("a pipeline component failed (see `sitrep errors --stage pipeline`)", now, origin))
            self._exec("UPDATE watch_sources SET errors = errors + 1, last_error = ? WHERE id = ?",
                       (f"{origin}: a pipeline component failed", item.source_id))
            return
        row = self.con.execute("SELECT id FROM articles WHERE key = ?", (key,)).fetchone()
        self._exec(
            """UPDATE watch_urls SET state = 'done', article = ?, etag = ?, last_modified = ?, fetched = ?,
               reason = NULL WHERE url = ?""",
            (row[0] if row else None, resp.etag, resp.last_modified, now, origin),
        )
        if outcome in ("added", "exact", "near"):
            self._exec("UPDATE watch_sources SET articles = articles + 1 WHERE id = ?", (item.source_id,))
        if item.is_page:
            self._stats.polled += 1
            self._exec("""UPDATE watch_sources SET last_fetch = ?, last_status = ?, failures = 0 WHERE id = ?""",
                       (now, "200: stored" if outcome != "skipped" else "200: unchanged", item.source_id))
