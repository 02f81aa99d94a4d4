"""A news site on 127.0.0.1 for the watch tests: routes that change between rounds,
conditional responses, failures, and a log of every request (time, path, headers).

Bounded: the server answers at most ``max_requests`` requests (then 503), and
every slow route sleeps a fixed, short time.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from xml.sax.saxutils import escape

WORDS = ("the regional administration said on {day} that repair crews restored power to {n} homes in {city} "
         "after the storm damaged lines near the river, and engineers expect the remaining districts to be "
         "connected within {h} hours while schools stay closed").split()
CITIES = ["Kharkiv", "Odesa", "Lviv", "Dnipro", "Poltava", "Sumy", "Chernihiv", "Mykolaiv"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article_html(n: int, title: str | None = None, *, lang: str = "en", date: str = "2024-03-01") -> str:
    """An article page trafilatura extracts: a headline and three paragraphs unique to ``n``."""
    city, day = CITIES[n % len(CITIES)], DAYS[n % len(DAYS)]
    title = title or f"Power restored to {1000 + n} homes in {city}"
    paras = []
    for k in range(3):
        words = " ".join(WORDS).format(day=day, n=1000 + n + k, city=city, h=2 + (n + k) % 40)
        paras.append(f"<p>Report {n}.{k}: {words.capitalize()}. Officials in {city} counted {n * 7 + k} calls "
                     f"to the emergency line during item {n}.</p>")
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<meta property='article:published_time' content='{date}T09:00:00Z'></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>{escape(title)}</h1>{''.join(paras)}</article>"
            f"<footer>Copyright News Example</footer></body></html>")


def rss(base: str, items: list[tuple[str, str]], title: str = "Example News") -> str:
    entries = "".join(
        f"<item><title>{escape(t)}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
        f"<pubDate>Fri, 01 Mar 2024 09:{i % 60:02d}:00 GMT</pubDate><description>{escape(t)}</description></item>"
        for i, (path, t) in enumerate(items)
    )
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{title}</title>"
            f"<link>{base}/</link><description>news</description>{entries}</channel></rss>")


def sitemap(base: str, items: list[tuple[str, str]]) -> str:
    urls = "".join(
        f"<url><loc>{base}{path}</loc><news:news><news:publication><news:name>Example Sitemap News</news:name>"
        f"<news:language>en</news:language></news:publication><news:publication_date>2024-03-0{1 + i % 9}T10:00:00Z"
        f"</news:publication_date><news:title>{escape(t)}</news:title></news:news></url>"
        for i, (path, t) in enumerate(items)
    )
    return ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
            f"xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>{urls}</urlset>")


@dataclass
class Route:
    body: bytes | str | Callable[[], bytes] = b""
    status: int | Callable[[], int] = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None
    delay: float = 0.0
    huge: int = 0  # send this many bytes in chunks, without a Content-Length
    headers: dict = field(default_factory=dict)


@dataclass
class Hit:
    t: float
    path: str
    headers: dict
    status: int = 0
    sent: int = 0


class Site:
    def __init__(self, max_requests: int = 2000) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.max_requests = max_requests
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> "Site":
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                site.handle(self)

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address) -> None:  # a client hanging up is expected
                pass

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()

    def requests(self, path: str) -> list[Hit]:
        with self.lock:
            return [h for h in self.hits if h.path == path]

    def handle(self, req: BaseHTTPRequestHandler) -> None:
        path = req.path
        hit = Hit(time.monotonic(), path, {k.lower(): v for k, v in req.headers.items()})
        with self.lock:
            self.hits.append(hit)
            over = len(self.hits) > self.max_requests
            route = self.routes.get(path)
        if over:
            return self._send(req, hit, 503, b"request budget of the test server spent", "text/plain")
        if route is None:
            return self._send(req, hit, 404, b"not found", "text/plain")
        if route.delay:
            time.sleep(route.delay)
        if callable(route.status):
            route = Route(**{**route.__dict__, "status": route.status()})
        if route.location:
            status = route.status if 300 <= route.status < 400 else 302
            return self._send(req, hit, status, b"", "text/plain", {"Location": route.location})
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
            if hit.headers.get("if-none-match") == route.etag:
                return self._send(req, hit, 304, b"", None, headers)
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
            if hit.headers.get("if-modified-since") == route.last_modified and not route.etag:
                return self._send(req, hit, 304, b"", None, headers)
        if route.huge:
            return self._send_huge(req, hit, route)
        body = route.body() if callable(route.body) else route.body
        if isinstance(body, str):
            body = body.encode("utf-8")
        self._send(req, hit, route.status, body, route.content_type, headers)

    def _send(self, req, hit: Hit, status: int, body: bytes, ctype: str | None, headers: dict | None = None) -> None:
        hit.status = status
        try:
            req.send_response(status)
            if ctype:
                req.send_header("Content-Type", ctype)
            for k, v in (headers or {}).items():
                req.send_header(k, v)
            req.send_header("Content-Length", str(len(body)))
            req.end_headers()
            if body:
                req.wfile.write(body)
            hit.sent = len(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _send_huge(self, req, hit: Hit, route: Route) -> None:
        hit.status = 200
        chunk = (b"<p>" + b"x" * 65_000 + b"</p>\n")
        try:
            req.send_response(200)
            req.send_header("Content-Type", route.content_type)
            req.send_header("Transfer-Encoding", "chunked")
            req.end_headers()
            while hit.sent < route.huge:
                req.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                hit.sent += len(chunk)
            req.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass
        req.close_connection = True
