"""WARC archives (``.warc``, ``.warc.gz``) as written by web crawlers (Common Crawl news).

Every ``response`` record whose payload is HTML goes through the HTML reader
(trafilatura), ``text/plain`` through the text reader; other records
(requests, metadata, images, redirects) are skipped. Each article keeps its
origin: ``source`` has ``path`` (``file@offset``), ``container`` (the WARC
file), ``offset`` (byte offset of the record in the file, compressed for
``.warc.gz``), ``record_id`` (``WARC-Record-ID``), ``url`` (``WARC-Target-URI``)
and ``fetched`` (``WARC-Date``).

A truncated or corrupt record becomes a :class:`Problem` naming the file and
offset; the records before it are kept. A declared charset Python does not
know is a problem too ("unknown encoding"); a known non-UTF-8 charset
(windows-1251, koi8-r ...) is decoded.
"""

from __future__ import annotations

import codecs
import io
import re
from pathlib import Path
from typing import BinaryIO, Iterator

from ..article import Article
from .base import InputProblem, Problem

_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _charset(content_type: str | None, payload: bytes) -> str | None:
    if content_type:
        m = re.search(r"charset=[\"']?([^;\"'\s]+)", content_type, re.IGNORECASE)
        if m:
            return m.group(1)
    m = _META_CHARSET.search(payload[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def to_utf8(payload: bytes, charset: str | None) -> bytes:
    """Re-encode ``payload`` from its declared ``charset`` to UTF-8."""
    if not charset:
        return payload
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        raise InputProblem(f"unknown encoding {charset!r}") from None
    if name in ("utf-8", "ascii"):
        return payload
    try:
        return payload.decode(name).encode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputProblem(f"not valid {name} at byte offset {exc.start}") from None


def _kind(content_type: str | None) -> str | None:
    ct = (content_type or "").split(";", 1)[0].strip().lower()
    if ct in ("text/html", "application/xhtml+xml") or not ct:
        return "html"
    if ct == "text/plain":
        return "text"
    return None


def iter_warc(fh: BinaryIO, origin: str, article_id: str, limit: int) -> Iterator[Article | Problem]:
    """Articles and problems from an open WARC stream (plain or gzip members)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .html import read_html
    from .text import read_text

    fh.seek(0, io.SEEK_END)
    size = fh.tell()
    fh.seek(0)
    if size == 0:
        yield Problem(origin, "empty file")
        return
    it = ArchiveIterator(fh)
    offset = 0
    n = 0
    try:
        for record in it:
            if record.rec_type is None or record.rec_headers is None:
                yield Problem(f"{origin}@{it.get_record_offset()}", "broken WARC record (no WARC header), file truncated or corrupt")
                return
            if record.rec_type != "response":
                continue
            http = record.http_headers
            status = http.get_statuscode() if http is not None else "200"
            content_type = http.get_header("Content-Type") if http is not None else None
            kind = _kind(content_type)
            payload = record.content_stream().read(limit + 1) if kind else b""
            offset = it.get_record_offset()  # (reads the rest of the record: after the payload)
            where = f"{origin}@{offset}"
            missing = getattr(record.raw_stream, "limit", 0) or 0
            if missing > 0 and len(payload) <= limit:
                yield Problem(where, f"truncated WARC record: {missing} bytes of its declared length missing")
                return
            if status != "200" or kind is None:
                continue
            n += 1
            if len(payload) > limit:
                yield Problem(where, f"record too large: over {limit / 1e6:g} MB (see --max-input-mb)")
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            source = {
                "path": where,
                "container": origin,
                "offset": offset,
                "record_id": record.rec_headers.get_header("WARC-Record-ID"),
                "url": url,
                "fetched": record.rec_headers.get_header("WARC-Date"),
                "reader": "warc.v1",
            }
            try:
                data = to_utf8(payload, _charset(content_type, payload))
                reader = read_html if kind == "html" else read_text
                for article in reader(data, where, f"{article_id}@{offset}"):
                    inner = article.source
                    article.source = {**source, **{k: v for k, v in inner.items() if k not in ("path", "reader")}}
                    if url:
                        article.source["url"] = url
                    article.source["content_reader"] = inner.get("reader")
                    yield article
            except InputProblem as exc:
                yield Problem(where, str(exc))
    except ArchiveLoadFailed as exc:
        yield Problem(f"{origin}@{it.offset}", f"corrupt WARC data: {exc}".strip())
        return
    except Exception as exc:  # warcio raises many types on corrupt input (AttributeError, zlib.error ...)
        yield Problem(f"{origin}@{it.offset}", f"corrupt or truncated WARC data ({type(exc).__name__}: {exc})")
        return
    if it.offset < size:
        yield Problem(f"{origin}@{it.offset}", f"truncated WARC data: {size - it.offset} bytes left unread")
    elif n == 0 and it.offset == 0:
        yield Problem(origin, "no WARC records found (not a WARC file?)")


def read_warc(data: bytes, origin: str, article_id: str) -> Iterator[Article | Problem]:
    """Reader entry point for WARC bytes already in memory."""
    from ..settings import Config

    yield from iter_warc(io.BytesIO(data), origin, article_id, int(Config().max_input_mb * 1_000_000))


def read_warc_path(path: Path, limit: int, article_id: str) -> Iterator[Article | Problem]:
    """Stream a WARC file from disk (no whole-file size limit; ``limit`` is per record)."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Problem(str(path), f"cannot read: {exc.strerror.lower() if exc.strerror else exc}")
        return
    with fh:
        yield from iter_warc(fh, str(path), article_id, limit)


def is_warc(name: str, data: bytes = b"") -> bool:
    low = name.lower()
    return low.endswith((".warc", ".warc.gz")) or data[:5] == b"WARC/"
