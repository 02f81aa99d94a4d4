"""gzip-compressed inputs (``.txt.gz``, ``.jsonl.gz``, ``.html.gz``, ``.rss.gz`` ...).

The payload is decompressed with a size limit (a gzip bomb or a 20 MB record
is refused, not loaded) and handed to the reader of the inner suffix.
``.warc.gz`` is not handled here: warcio reads its per-record gzip members
itself, so record offsets stay offsets into the file.
"""

from __future__ import annotations

import zlib

from .base import InputProblem

GZIP_MAGIC = b"\x1f\x8b"


def is_gzip(data: bytes, suffix: str = "") -> bool:
    return suffix.lower() == ".gz" or data[:2] == GZIP_MAGIC


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress every gzip member of ``data``; at most ``limit`` bytes out.

    Raises :class:`InputProblem` for data that is not gzip, a corrupt or
    truncated stream, trailing garbage, or an output larger than ``limit``.
    """
    if not data:
        raise InputProblem("empty file")
    if data[:2] != GZIP_MAGIC:
        raise InputProblem("not gzip data (no gzip header), although named .gz")
    out: list[bytes] = []
    size = 0
    rest = data
    member = 0
    while rest:
        if rest[:2] != GZIP_MAGIC:
            raise InputProblem(f"garbage after gzip member {member} ({len(rest)} bytes)")
        d = zlib.decompressobj(wbits=31)
        try:
            chunk = d.decompress(rest, limit + 1 - size)
        except zlib.error as exc:
            raise InputProblem(f"corrupt gzip data in member {member}: {exc}") from None
        size += len(chunk)
        out.append(chunk)
        if size > limit:
            raise InputProblem(f"decompressed data larger than {limit / 1e6:g} MB (see --max-input-mb)")
        if not d.eof:
            raise InputProblem(f"truncated gzip data in member {member}")
        rest = d.unused_data
        member += 1
    return b"".join(out)


def inner_suffix(name: str) -> str:
    """The suffix under ``.gz``: ``a.jsonl.gz`` -> ``.jsonl`` (``""`` when none)."""
    base = name[:-3] if name.lower().endswith(".gz") else name
    dot = base.rfind(".")
    slash = max(base.rfind("/"), base.rfind("\\"))
    return base[dot:] if dot > slash + 1 else ""
