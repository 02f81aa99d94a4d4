"""Compressed columns of the corpus database (schema 6): zstd with trained dictionaries.

A stored layer (``packed_layers.data``) or a JSON column of the story tables
(``story_profiles.terms`` and ``anchors``, ``stories.centroid``, ``claims.evidence``)
is a few hundred bytes to a few KB of JSON whose keys and common values
(``"acled_sub_event_type"``, ``"feature_code":"PPL"``, ``"stance": "supports"``) repeat
from one row to the next but not enough within a row for zlib to find them. A zstd
dictionary trained on such rows gives the compressor that shared context: on c2k
the layers take half the bytes of zlib level 9, at a sixth of its CPU time.

Format of a compressed value: one format byte, then a zstd frame that names its
dictionary by id (``zstandard.get_frame_parameters(...).dict_id``):

- ``S``: the JSON as written; ``T``: a layer's JSON with delta-encoded offsets
  (:data:`~.schema.DELTA_LAYERS`);
- the article text (``articles.text``) is compressed the same way (``S``, dictionary ``text``);
- schema 5's zlib formats ``z`` and ``d`` stay readable, and a TEXT value (schema 4's
  packed rows, the JSON columns of databases from before schema 6) is returned as it is.

The dictionaries are package data (``zdicts/NAME.zdict``, one per layer and per
story column, built by ``python -m sitrep_tools.zstd_dicts``) and are copied into
every database of schema 6 (table ``zstd_dicts``), so a database stays readable
by a later sitrep that ships other dictionaries: compression always uses the
current package's dictionaries, decompression any dictionary of the database or
the package.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from importlib import resources

import zstandard

#: format bytes
ZSTD, ZSTD_DELTA = b"S", b"T"
#: zstd level. With a dictionary, level 3 costs about a quarter of level 9's CPU time (c2k: 0.17
#: against 0.79 ms an article for the layers and the text, in the ingest workers; the story columns
#: in the writer alike) for about a fifth more bytes (the layers 9.9 MB against 8.2, the text 2.7
#: against 2.4: the whole database 4.8x the text against 4.5x). The level is not stored: values
#: written at any level decompress the same (docs/performance.md, "Nineteenth session: ingest")
LEVEL = 3
#: decompressed values a decoder keeps (the latest)
RECENT = 8
#: the dictionary of a value with no dictionary of its own name (a layer added by a later component)
GENERIC = "generic"


@lru_cache(maxsize=1)
def shipped() -> dict[str, bytes]:
    """The package's dictionaries: name -> raw dictionary bytes."""
    out: dict[str, bytes] = {}
    folder = resources.files(__package__) / "zdicts"
    if folder.is_dir():
        for entry in folder.iterdir():
            if entry.name.endswith(".zdict"):
                out[entry.name[: -len(".zdict")]] = entry.read_bytes()
    return out


def dict_id(data: bytes) -> int:
    return zstandard.ZstdCompressionDict(data).dict_id()


@lru_cache(maxsize=None)
def _compressor(name: str) -> zstandard.ZstdCompressor:
    dicts = shipped()
    data = dicts.get(name) or dicts.get(GENERIC)
    if data is None:
        return zstandard.ZstdCompressor(level=LEVEL, write_checksum=False)
    zdict = zstandard.ZstdCompressionDict(data)
    zdict.precompute_compress(level=LEVEL)  # digested once, not at each value (the same bytes: a fifth less CPU)
    return zstandard.ZstdCompressor(level=LEVEL, dict_data=zdict, write_checksum=False, write_dict_id=True)


def compress(data: bytes, name: str, delta: bool = False) -> bytes:
    """``data`` (UTF-8 JSON) compressed with the dictionary ``name``, behind its format byte."""
    return (ZSTD_DELTA if delta else ZSTD) + _compressor(name).compress(data)


def pack_json(text: str | None, name: str) -> bytes | None:
    """A JSON column's value as stored (schema 6)."""
    return None if text is None else compress(text.encode(), name)


class Decoder:
    """Decompression with the dictionaries of one database plus the package's."""

    def __init__(self, extra: dict[int, bytes] | None = None) -> None:
        self._raw: dict[int, bytes] = {dict_id(d): d for d in shipped().values()}
        self._raw.update(extra or {})
        self._plain = zstandard.ZstdDecompressor()
        self._by_id: dict[int, zstandard.ZstdDecompressor] = {}
        self._recent: dict[bytes, str] = {}

    @classmethod
    def of(cls, con: sqlite3.Connection) -> "Decoder":
        try:
            rows = con.execute("SELECT id, data FROM zstd_dicts").fetchall()
        except sqlite3.OperationalError:  # before schema 6: no dictionaries stored
            rows = []
        return cls({int(i): bytes(d) for i, d in rows})

    def _decompressor(self, frame: bytes) -> zstandard.ZstdDecompressor:
        did = zstandard.get_frame_parameters(frame).dict_id
        if not did:
            return self._plain
        dec = self._by_id.get(did)
        if dec is None:
            raw = self._raw.get(did)
            if raw is None:
                raise ValueError(f"compressed with zstd dictionary {did}, which this database does not hold")
            dec = self._by_id[did] = zstandard.ZstdDecompressor(dict_data=zstandard.ZstdCompressionDict(raw))
        return dec

    def bytes(self, data: bytes) -> bytes:
        """The payload of an ``S``/``T`` value (format byte included in ``data``)."""
        frame = data[1:]
        return self._decompressor(frame).decompress(frame)

    def json(self, value: str | bytes | None) -> str | None:
        """A compressed column's value as text (TEXT as it is; SQL function ``unz``). The last few
        values are kept: a query that reads pieces of an article's text for each of its annotations
        (``substr(unz(a.text), n.start + 1, ...)``) decompresses it once."""
        if value is None or isinstance(value, str):
            return value
        text = self._recent.get(value)
        if text is None:
            text = self.bytes(value).decode()
            if len(self._recent) >= RECENT:
                self._recent.pop(next(iter(self._recent)))
            self._recent[value] = text
        return text


def install(con: sqlite3.Connection) -> None:
    """Store the package's dictionaries in the database (schema 6; once per dictionary)."""
    rows = [(dict_id(d), name, d) for name, d in sorted(shipped().items())]
    con.executemany("INSERT OR IGNORE INTO zstd_dicts (id, name, data) VALUES (?, ?, ?)", rows)
