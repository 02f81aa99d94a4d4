"""The workbench's read-only view of a corpus database.

The file is opened with SQLite's ``mode=ro`` URI (nothing the web server does can
write to it), one connection per worker thread, each query bounded in time by a
progress handler. Opening checks the schema version only: nothing scans the
corpus at startup, so a 20,000-article corpus serves its first page at once.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from ..corpus import CorpusError
from ..corpus.schema import SCHEMA_VERSION, register_functions

#: tables of the core corpus schema; any other table (events, stories...) is listed as a layer table
CORE_TABLES = frozenset({"articles", "annotations", "annotation_rows", "packed_layers", "minhash", "lsh", "errors", "meta",
                         "zstd_dicts"})


class QueryTimeout(Exception):
    """A query ran past the per-request time limit."""


def open_readonly(path: str | Path) -> sqlite3.Connection:
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"{path}: no such corpus database (create it with `sitrep ingest ... --db {path}`)")
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=10, check_same_thread=False)
        con.execute("PRAGMA busy_timeout = 10000")
        version = con.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    except sqlite3.DatabaseError as exc:
        raise CorpusError(f"{path}: not a corpus database ({exc})") from None
    if version == 0 or not {"articles", "annotations", "articles_fts"} <= tables:
        con.close()
        raise CorpusError(f"{path}: not a corpus database (no corpus schema); create it with `sitrep ingest`")
    if version > SCHEMA_VERSION:
        con.close()
        raise CorpusError(f"{path}: schema version {version} is newer than this sitrep ({SCHEMA_VERSION})")
    register_functions(con)
    return con


class Database:
    """Thread-local read-only connections to one corpus file, with a per-query time limit."""

    def __init__(self, path: str | Path, query_seconds: float = 10.0) -> None:
        self.path = Path(path)
        self.query_seconds = query_seconds
        self.check_every = 10000  # SQLite VM instructions between two looks at the clock
        self._local = threading.local()
        self._cache: dict[str, tuple[float, object]] = {}
        self._lock = threading.Lock()
        open_readonly(self.path).close()  # fail at startup, not on the first request

    def con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = open_readonly(self.path)
            self._local.con = con
        deadline = time.monotonic() + self.query_seconds

        def check() -> int:
            return 1 if time.monotonic() > deadline else 0

        con.set_progress_handler(check, self.check_every)
        return con

    def cached(self, key: str, ttl: float, compute):
        """``compute()`` memoised for ``ttl`` seconds (corpus-wide summaries: layer names, tables)."""
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(key)
            if hit and now - hit[0] < ttl:
                return hit[1]
        value = compute()
        with self._lock:
            self._cache[key] = (now, value)
        return value
