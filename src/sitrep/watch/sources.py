"""The sources file (YAML): what ``sitrep watch`` follows, and how politely.

::

    defaults:            # optional; every key has a default (see POLICY)
      every: 15m
      rate: 1            # requests per second per host
    sources:
      - feed: https://kyivindependent.com/news-archive/rss/
        name: Kyiv Independent
        language: en
        country: UA
      - sitemap: https://www.example.org/news-sitemap.xml
      - page: https://www.example.org/live          # one page, stored again when it changes
      - page: https://www.example.org/world/
        follow: '/world/\\d{4}/'                     # an index page: article links matching this

A problem in the file is one :class:`SourcesError` line naming the file, the
entry and what is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .. import __version__

KINDS = ("feed", "sitemap", "page")


class SourcesError(Exception):
    """A sources file that cannot be used (one line)."""


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {"b": 1, "kb": 1_000, "mb": 1_000_000, "gb": 1_000_000_000, None: 1}


def parse_duration(value: Any) -> float:
    """Seconds in ``90``, ``90s``, ``15m``, ``1h``, ``1d``, ``250ms``."""
    if isinstance(value, bool):
        raise ValueError(f"not a duration: {value!r}")
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        m = _DURATION.match(str(value))
        if not m:
            raise ValueError(f"not a duration: {value!r} (expected e.g. 90s, 15m, 1h)")
        seconds = float(m.group(1)) * _UNITS[m.group(2)]
    if seconds < 0:
        raise ValueError(f"negative duration: {value!r}")
    return seconds


def parse_size(value: Any) -> int:
    """Bytes in ``500000``, ``500kB``, ``10MB``."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value)
    m = _SIZE.match(str(value))
    if not m:
        raise ValueError(f"not a size: {value!r} (expected e.g. 500kB, 10MB)")
    return int(float(m.group(1)) * _SIZE_UNITS[(m.group(2) or "b").lower()])


def _positive(value: Any) -> float:
    v = float(value)
    if v <= 0:
        raise ValueError(f"must be positive: {value!r}")
    return v


def _count(value: Any) -> int:
    if isinstance(value, bool) or int(value) != float(value) or int(value) < 0:
        raise ValueError(f"not a whole number >= 0: {value!r}")
    return int(value)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"not true or false: {value!r}")
    return value


@dataclass(frozen=True)
class Policy:
    """How politely and how often to fetch: the ``defaults:`` section; each value documented once here.

    ``docs/watch.md`` shows them (:func:`markdown_table`; a test checks the page).
    """

    every: float = field(default=900.0, metadata={"parse": lambda v: _positive(parse_duration(v)), "help":
        "time between two polls of a source (per source too; `--every` sets it for the sources without one)"})
    rate: float = field(default=1.0, metadata={"parse": _positive, "help":
        "requests per second per host, at most (robots.txt Crawl-delay, when larger, wins up to 30 s)"})
    concurrency: int = field(default=2, metadata={"parse": _count, "help":
        "connections open at once per host"})
    timeout: float = field(default=20.0, metadata={"parse": parse_duration, "help":
        "connect and read timeout of one request"})
    deadline: float = field(default=60.0, metadata={"parse": parse_duration, "help":
        "a response not complete after this is dropped (a server trickling bytes)"})
    max_bytes: int = field(default=0, metadata={"parse": parse_size, "help":
        "largest response body read (decompressed); 0 = `--max-input-mb` (20 MB); reading stops there"})
    retries: int = field(default=2, metadata={"parse": _count, "help":
        "retries of a transient failure (timeout, connection error, 408, 429, 5xx) within a round; never for other 4xx"})
    backoff: float = field(default=1.0, metadata={"parse": parse_duration, "help":
        "wait before the first retry, doubled for each next one (a Retry-After up to 60 s wins)"})
    max_redirects: int = field(default=5, metadata={"parse": _count, "help":
        "redirects followed per request (http and https only; a loop is an error)"})
    robots: bool = field(default=True, metadata={"parse": _flag, "help":
        "honour robots.txt (per source too)"})
    max_failures: int = field(default=5, metadata={"parse": _count, "help":
        "consecutive failed polls after which a source is given up, and tries after which an article URL is"})
    max_new: int = field(default=100, metadata={"parse": _count, "help":
        "article pages fetched per source per round, newest links first (the rest wait for the next round; per source too)"})
    user_agent: str = field(default=f"sitrep/{__version__} (news monitoring bot)", metadata={"parse": str, "help":
        "the User-Agent header: add a contact (URL or mail address) so site owners can reach you; "
        "robots.txt rules are matched for `sitrep`"})

    @classmethod
    def keys(cls) -> list[str]:
        return [f.name for f in fields(cls)]


#: keys a source entry may override
PER_SOURCE = ("every", "robots", "max_new")


@dataclass(frozen=True)
class Source:
    kind: str  # feed, sitemap, page
    url: str
    name: str | None = None
    language: str | None = None
    home: Any = None  # country code or {"country": .., "admin1": ..}: the places prior
    follow: str | None = None  # regex: the page is an index, links matching it are articles
    every: float = 900.0
    robots: bool = True
    max_new: int = 100

    @property
    def is_index(self) -> bool:
        return self.kind in ("feed", "sitemap") or (self.kind == "page" and bool(self.follow))

    def config(self) -> dict:
        """What is stored with the source's state (JSON)."""
        return {k: v for k, v in self.__dict__.items() if v is not None}


def check_url(url: Any) -> str:
    if not isinstance(url, str) or not url.strip():
        raise ValueError(f"not a URL: {url!r}")
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"only http and https URLs are fetched: {url!r}")
    if not parts.hostname:
        raise ValueError(f"no host in URL {url!r}")
    return url


def _policy(raw: Any, base: Policy) -> Policy:
    if raw is None:
        return base
    if not isinstance(raw, dict):
        raise ValueError("`defaults` must be a mapping")
    changes = {}
    meta = {f.name: f.metadata for f in fields(Policy)}
    for key, value in raw.items():
        if key not in meta:
            raise ValueError(f"unknown setting {key!r} in defaults (known: {', '.join(Policy.keys())})")
        try:
            changes[key] = meta[key]["parse"](value)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"defaults.{key}: {exc}") from None
    if changes.get("concurrency") == 0:
        raise ValueError("defaults.concurrency: must be at least 1")
    return replace(base, **changes)


_SOURCE_KEYS = set(KINDS) | {"name", "language", "country", "home", "follow"} | set(PER_SOURCE)


def _source(raw: Any, policy: Policy) -> Source:
    if not isinstance(raw, dict):
        raise ValueError("must be a mapping with one of feed, sitemap, page")
    unknown = set(raw) - _SOURCE_KEYS
    if unknown:
        raise ValueError(f"unknown key {sorted(unknown)[0]!r} (known: {', '.join(sorted(_SOURCE_KEYS))})")
    kinds = [k for k in KINDS if k in raw]
    if len(kinds) != 1:
        raise ValueError("needs exactly one of feed, sitemap, page (the URL)")
    kind = kinds[0]
    url = check_url(raw[kind])
    follow = raw.get("follow")
    if follow is not None:
        if kind != "page":
            raise ValueError("`follow` applies to page sources only")
        try:
            re.compile(str(follow))
        except re.error as exc:
            raise ValueError(f"follow: not a regular expression: {exc}") from None
        follow = str(follow)
    language = raw.get("language")
    if language is not None and not re.fullmatch(r"[a-z]{2,3}", str(language)):
        raise ValueError(f"language: expected an ISO 639-1 code like en, uk, not {language!r}")
    home = raw.get("home", raw.get("country"))
    if "home" in raw and "country" in raw:
        raise ValueError("give `country` or `home`, not both")
    if isinstance(home, str):
        if not re.fullmatch(r"[A-Za-z]{2}", home):
            raise ValueError(f"country: expected an ISO 3166 alpha-2 code like UA, not {home!r}")
        home = home.upper()
    elif isinstance(home, dict):
        if not re.fullmatch(r"[A-Za-z]{2}", str(home.get("country", ""))):
            raise ValueError("home: needs `country` (ISO 3166 alpha-2) and optionally `admin1`")
    elif home is not None:
        raise ValueError(f"country: expected a code like UA, not {home!r}")
    values = {}
    for key in PER_SOURCE:
        if key in raw:
            parse = {f.name: f.metadata["parse"] for f in fields(Policy)}[key]
            try:
                values[key] = parse(raw[key])
            except (TypeError, ValueError) as exc:
                raise ValueError(f"{key}: {exc}") from None
        else:
            values[key] = getattr(policy, key)
    name = raw.get("name")
    return Source(kind=kind, url=url, name=str(name) if name is not None else None,
                  language=str(language) if language else None, home=home, follow=follow, **values)


def load_sources(path: str | Path, *, every: float | None = None) -> tuple[Policy, list[Source]]:
    """Read the sources file; ``every`` (``--every``) replaces the default poll interval."""
    import yaml

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(f"{path}: no such sources file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: cannot read: {exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise SourcesError(f"{path}: not valid YAML{where}: {getattr(exc, 'problem', None) or exc}") from None
    if isinstance(data, list):
        data = {"sources": data}
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise SourcesError(f"{path}: expected a `sources:` list (feeds, sitemaps, pages)")
    unknown = set(data) - {"defaults", "sources"}
    if unknown:
        raise SourcesError(f"{path}: unknown section {sorted(unknown)[0]!r} (expected defaults, sources)")
    try:
        policy = _policy(data.get("defaults"), Policy())
    except ValueError as exc:
        raise SourcesError(f"{path}: {exc}") from None
    if every is not None:
        policy = replace(policy, every=every)
    sources: list[Source] = []
    seen: set[str] = set()
    for i, raw in enumerate(data["sources"], 1):
        try:
            source = _source(raw, policy)
        except ValueError as exc:
            raise SourcesError(f"{path}: source {i}: {exc}") from None
        if source.url in seen:
            raise SourcesError(f"{path}: source {i}: {source.url} is listed twice")
        seen.add(source.url)
        sources.append(source)
    if not sources:
        raise SourcesError(f"{path}: no sources listed")
    return policy, sources


def markdown_table() -> str:
    """The settings table of ``docs/watch.md`` (``python -m sitrep.watch.sources``; a test checks the page)."""
    lines = ["| setting | default | meaning |", "|---|---|---|"]
    for f in fields(Policy):
        default = f.default
        if f.name in ("every", "timeout", "deadline", "backoff"):
            default = f"{default:g} s"
        lines.append(f"| `{f.name}` | `{default}` | {f.metadata['help']} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(markdown_table(), end="")
