"""What every request goes through before it reaches a page or the API.

- Only ``GET`` and ``HEAD``; a URL longer than :data:`MAX_URL` is refused (414) and a
  request announcing a body larger than :data:`MAX_BODY` too (413): the workbench
  never reads one.
- The ``Host`` header must name the bound address (or localhost), so a web page
  elsewhere cannot reach a loopback server through DNS rebinding.
- With a token, every request must carry it: ``Authorization: Bearer TOKEN``, or the
  ``sitrep_token`` cookie, which ``?token=TOKEN`` on any page sets (HttpOnly,
  SameSite=Strict) before redirecting to the same URL without it.
- Every response carries a Content-Security-Policy that allows scripts, styles,
  images and fetches from this server only (no inline script, no inline style
  element, nothing from elsewhere), and headers that forbid framing and MIME sniffing.

Errors have one shape, for the API and the pages alike (pages wrap it in HTML):
``{"error": {"status": 401, "code": "unauthorized", "message": "..."}}``.
"""

from __future__ import annotations

import hmac
import html
import json
from http import HTTPStatus
from urllib.parse import parse_qsl, urlencode

MAX_URL = 4096
MAX_BODY = 16 * 1024
TOKEN_COOKIE = "sitrep_token"

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
       " font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def error_body(status: int, message: str, code: str | None = None) -> dict:
    code = code or HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    return {"error": {"status": status, "code": code, "message": message}}


def error_html(status: int, message: str) -> str:
    phrase = HTTPStatus(status).phrase
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            f"{status} {html.escape(phrase)} — sitrep</title><link rel=\"stylesheet\" href=\"/static/app.css\">"
            f"</head><body><main class=\"error\"><h1>{status} {html.escape(phrase)}</h1>"
            f"<p>{html.escape(message)}</p><p><a href=\"/search\">Search</a></p></main></body></html>")


def wants_json(path: str) -> bool:
    return path.startswith("/api/")


class Guard:
    """ASGI middleware applying the rules above around the application."""

    def __init__(self, app, token: str | None = None, hosts: tuple[str, ...] = ()) -> None:
        self.app = app
        self.token = token
        self.hosts = {h.lower() for h in (*LOOPBACK, *hosts)}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        query = scope.get("query_string", b"")
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        problem = self._check(scope, path, query, headers)
        if problem:
            return await self._refuse(send, path, *problem)
        if self.token and TOKEN_COOKIE not in _cookies(headers) and not _bearer(headers):
            pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
            if scope["method"] == "GET" and not wants_json(path):
                rest = urlencode([(k, v) for k, v in pairs if k != "token"])
                location = path + ("?" + rest if rest else "")
                cookie = f"{TOKEN_COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict"
                return await _send(send, 303, b"", b"text/plain",
                                   [(b"location", location.encode("latin-1")), (b"set-cookie", cookie.encode())])

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = dict(message)
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        return await self.app(scope, receive, send_with_headers)

    def _check(self, scope, path: str, query: bytes, headers: dict) -> tuple[int, str] | None:
        if scope["method"] not in ("GET", "HEAD"):
            return 405, f"method {scope['method']} not allowed: the workbench is read-only (GET only)"
        if len(path) + len(query) > MAX_URL:
            return 414, f"URL longer than {MAX_URL} characters"
        length = headers.get(b"content-length", b"0")
        if not length.isdigit() or int(length) > MAX_BODY or b"transfer-encoding" in headers:
            return 413, f"request body too large (the workbench reads none; limit {MAX_BODY} bytes)"
        host = headers.get(b"host", b"").decode("latin-1").lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if "*" not in self.hosts and name.strip("[]") not in self.hosts and name not in self.hosts:
            return 400, f"unexpected Host header {host!r}; use the address the server is bound to"
        if self.token:
            given = _bearer(headers) or _cookies(headers).get(TOKEN_COOKIE)
            if given is None:
                given = dict(parse_qsl(query.decode("latin-1"))).get("token")
            if not given or not hmac.compare_digest(given.encode(), self.token.encode()):
                return 401, ("this workbench needs its access token: send 'Authorization: Bearer TOKEN',"
                             " or open any page once with ?token=TOKEN")
        return None

    async def _refuse(self, send, path: str, status: int, message: str):
        extra = [(b"www-authenticate", b'Bearer realm="sitrep"')] if status == 401 else []
        if wants_json(path):
            body = json.dumps(error_body(status, message)).encode()
            return await _send(send, status, body, b"application/json", extra)
        return await _send(send, status, error_html(status, message).encode(), b"text/html; charset=utf-8", extra)


async def _send(send, status: int, body: bytes, ctype: bytes, extra: list) -> None:
    headers = [(b"content-type", ctype), (b"content-length", str(len(body)).encode()), *extra, *SECURITY_HEADERS]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _bearer(headers: dict) -> str | None:
    value = headers.get(b"authorization", b"").decode("latin-1")
    if value.lower().startswith("bearer "):
        return value[7:].strip()
    return None


def _cookies(headers: dict) -> dict[str, str]:
    from http.cookies import CookieError, SimpleCookie

    raw = headers.get(b"cookie", b"").decode("latin-1")
    if not raw:
        return {}
    jar = SimpleCookie()
    try:
        jar.load(raw)
    except CookieError:  # a malformed cookie header is ignored, like browsers do
        return {}
    return {k: m.value for k, m in jar.items()}
