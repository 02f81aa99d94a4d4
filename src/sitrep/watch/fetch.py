"""Polite HTTP fetching (httpx): per-host rate and concurrency, robots.txt, limits, retries.

- only ``http`` and ``https``, on the first request and on every redirect;
- a descriptive User-Agent; conditional requests (``If-None-Match``,
  ``If-Modified-Since``) when validators are known;
- per host: at most ``concurrency`` requests at once, and request starts at
  least ``1 / rate`` seconds apart (robots.txt ``Crawl-delay``, when larger,
  up to :data:`MAX_CRAWL_DELAY`);
- robots.txt (RFC 9309, Protego) fetched once per host and kept
  :data:`ROBOTS_TTL`; a 4xx robots.txt allows everything, an unreachable one
  (5xx, network error) disallows the host for the round;
- connect/read timeout, a deadline for the whole response, a size limit
  checked on the declared length and while reading (reading stops there), a
  content-type check before the body is read;
- redirects followed by hand (at most ``max_redirects``, a loop is an error);
- transient failures (timeouts, connection errors, 408, 429, 5xx) retried
  with exponential backoff (``Retry-After`` honoured up to 60 s), other 4xx never.

Responses stay in memory: nothing is written anywhere but the corpus database.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from .sources import Policy

#: robots.txt rules are matched for this product token
ROBOTS_TOKEN = "sitrep"
ROBOTS_TTL = 3600.0
ROBOTS_MAX_BYTES = 500_000  # RFC 9309: at least 500 KiB parsed
MAX_CRAWL_DELAY = 30.0
MAX_RETRY_AFTER = 60.0
TRANSIENT_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})

HTML_TYPES = ("text/html", "application/xhtml+xml")
XML_TYPES = ("xml", "rss", "atom", "text/plain", "application/octet-stream", "application/x-gzip",
             "application/gzip")


class FetchError(Exception):
    """A request that failed: ``reason`` (one line), ``transient`` (worth retrying), the URL."""

    def __init__(self, reason: str, *, transient: bool = False, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.transient = transient
        self.status = status
        self.retry_after = retry_after


class Stopped(Exception):
    """The watch is stopping (SIGTERM): no more requests."""


@dataclass
class Response:
    url: str  # after redirects
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    requests: int = 1

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class _Host:
    semaphore: threading.Semaphore
    next_start: float = 0.0
    delay: float = 0.0  # robots.txt Crawl-delay
    robots: object | None = None  # Protego parser, or ALLOW / DISALLOW
    robots_expires: float = 0.0
    robots_lock: threading.Lock = field(default_factory=threading.Lock)


ALLOW_ALL = "allow"
DISALLOW_ALL = "disallow"


class Fetcher:
    """One per watch process; thread-safe (the watch fetches with several threads)."""

    def __init__(self, policy: Policy, max_bytes: int, stop: threading.Event | None = None) -> None:
        import httpx

        self.policy = policy
        self.max_bytes = max_bytes
        self.stop = stop or threading.Event()
        self.client = httpx.Client(
            headers={"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(policy.timeout),
            follow_redirects=False,
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=32),
        )
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    # -- per-host politeness ---------------------------------------------------
    def _host(self, origin: str) -> _Host:
        with self._lock:
            host = self._hosts.get(origin)
            if host is None:
                host = self._hosts[origin] = _Host(threading.Semaphore(max(1, self.policy.concurrency)))
            return host

    @contextmanager
    def _slot(self, origin: str):
        """Hold one of the host's connections, starting no sooner than its rate allows."""
        host = self._host(origin)
        while not host.semaphore.acquire(timeout=0.2):
            if self.stop.is_set():
                raise Stopped()
        try:
            interval = max(1.0 / self.policy.rate, host.delay)
            with self._lock:
                now = time.monotonic()
                start = max(now, host.next_start)
                host.next_start = start + interval
            if self.stop.wait(max(0.0, start - time.monotonic())):
                raise Stopped()
            yield
        finally:
            host.semaphore.release()

    # -- robots.txt ------------------------------------------------------------
    def allowed(self, url: str) -> bool:
        origin = _origin(url)
        host = self._host(origin)
        with host.robots_lock:  # one robots.txt request per host, the others wait for it
            if host.robots is None or time.monotonic() >= host.robots_expires:
                host.robots, ttl = self._robots(origin)
                host.robots_expires = time.monotonic() + ttl
                if not isinstance(host.robots, str):
                    delay = host.robots.crawl_delay(ROBOTS_TOKEN)
                    host.delay = min(float(delay), MAX_CRAWL_DELAY) if delay else 0.0
        rules = host.robots
        if rules == ALLOW_ALL:
            return True
        if rules == DISALLOW_ALL:
            return False
        return bool(rules.can_fetch(url, ROBOTS_TOKEN))

    def _robots(self, origin: str):
        from protego import Protego

        try:
            resp = self._request(origin + "/robots.txt", accept=None, robots=False, limit=ROBOTS_MAX_BYTES,
                                 truncate=True)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                return ALLOW_ALL, ROBOTS_TTL  # RFC 9309 2.3.1.3: "unavailable", crawl freely
            return DISALLOW_ALL, 60.0  # unreachable: assume complete disallow, ask again soon
        text = resp.body.decode("utf-8", errors="replace")
        try:
            return Protego.parse(text), ROBOTS_TTL
        except Exception:  # an unparseable robots.txt restricts nothing (Protego is lenient)
            return ALLOW_ALL, ROBOTS_TTL

    # -- requests ----------------------------------------------------------------
    def fetch(self, url: str, *, accept: tuple[str, ...] | None, etag: str | None = None,
              last_modified: str | None = None, robots: bool = True) -> Response:
        """GET ``url`` politely, retrying transient failures; raises :class:`FetchError` or :class:`Stopped`."""
        attempt = 0
        while True:
            try:
                resp = self._request(url, accept=accept, etag=etag, last_modified=last_modified,
                                     robots=robots, limit=self.max_bytes)
                resp.requests += attempt
                return resp
            except FetchError as exc:
                if not exc.transient or attempt >= self.policy.retries:
                    if attempt:
                        exc.reason += f" (after {attempt + 1} tries)"
                        exc.args = (exc.reason,)
                    raise
                wait = self.policy.backoff * (2 ** attempt)
                if exc.retry_after is not None:
                    wait = max(wait, min(exc.retry_after, MAX_RETRY_AFTER))
                attempt += 1
                if self.stop.wait(wait):
                    raise Stopped() from None

    def _request(self, url: str, *, accept, etag=None, last_modified=None, robots=True, limit: int,
                 truncate: bool = False) -> Response:
        import httpx

        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        chain = [url]
        current = url
        for _ in range(self.policy.max_redirects + 1):
            try:
                parts = urlsplit(current)
                ok = parts.scheme in ("http", "https") and bool(parts.hostname)
            except ValueError as exc:  # "Invalid IPv6 URL", a bad port
                raise FetchError(f"not a valid URL: {current} ({exc})") from None
            if not ok:
                raise FetchError(f"not an http(s) URL: {current}")
            if robots and not self.allowed(current):
                raise FetchError(f"disallowed by robots.txt: {current}" if current != url else
                                 "disallowed by robots.txt")
            if self.stop.is_set():
                raise Stopped()
            deadline = time.monotonic() + self.policy.deadline
            with self._slot(_origin(current)):
                try:
                    with self.client.stream("GET", current, headers=headers) as r:
                        if r.status_code in (301, 302, 303, 307, 308) and r.headers.get("location"):
                            target = urljoin(current, r.headers["location"]).split("#", 1)[0]
                            if target in chain:
                                raise FetchError("redirect loop: " + " -> ".join(chain + [target]))
                            chain.append(target)
                            current = target
                            continue
                        return self._read(r, current, accept, limit, deadline, truncate)
                except httpx.TimeoutException as exc:
                    raise FetchError(f"timed out ({type(exc).__name__}, timeout {self.policy.timeout:g} s)",
                                     transient=True) from None
                except httpx.TransportError as exc:
                    raise FetchError(f"connection failed: {type(exc).__name__}: {exc}".rstrip(": "),
                                     transient=True) from None
                except (httpx.HTTPError, httpx.InvalidURL) as exc:  # bad URL, undecodable content encoding
                    raise FetchError(f"{type(exc).__name__}: {exc}") from None
        raise FetchError(f"too many redirects (more than {self.policy.max_redirects}): " + " -> ".join(chain))

    def _read(self, r, url: str, accept, limit: int, deadline: float, truncate: bool) -> Response:
        status = r.status_code
        ctype = r.headers.get("content-type", "")
        resp = Response(url=url, status=status, content_type=ctype, etag=r.headers.get("etag"),
                        last_modified=r.headers.get("last-modified"))
        if status == 304:
            return resp
        if status >= 400 or status < 200 or status in (204, 205):
            retry_after = _retry_after(r.headers.get("retry-after"))
            raise FetchError(f"HTTP {status} {r.reason_phrase}".rstrip(), status=status,
                             transient=status in TRANSIENT_STATUS, retry_after=retry_after)
        if status >= 300:
            raise FetchError(f"HTTP {status} without a Location header", status=status)
        mime = ctype.split(";", 1)[0].strip().lower()
        if accept is not None and mime and not any(a in mime for a in accept):
            raise FetchError(f"unexpected content type {mime} (expected {' or '.join(accept)})", status=status)
        declared = r.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit and not truncate \
                and not r.headers.get("content-encoding"):
            raise FetchError(f"too large: {int(declared) / 1e6:.1f} MB declared (limit {limit / 1e6:g} MB)",
                             status=status)
        body = bytearray()
        for chunk in r.iter_bytes():
            body += chunk
            if len(body) > limit:
                if truncate:
                    del body[limit:]
                    break
                raise FetchError(f"too large: more than {limit / 1e6:g} MB, stopped reading", status=status)
            if time.monotonic() > deadline:
                raise FetchError(f"too slow: response not complete after {self.policy.deadline:g} s",
                                 transient=True, status=status)
            if self.stop.is_set():
                raise Stopped()
        resp.body = bytes(body)
        return resp


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def host_of(url: str) -> str:
    return _origin(url)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
