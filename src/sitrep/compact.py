"""Compact read-only tables: string keys in a MARISA trie, values in flat arrays.

The big lookup tables the components load (the places gazetteer's name index,
the entity tagger's word tables, name lists) held as Python ``dict``/``set`` of
``str`` cost 60-150 bytes a key; here a key costs a few bytes of trie and 4 to 8
bytes of array. Tables are written once into the cache directory
(:func:`cache_dir`) and memory-mapped when loaded, so the worker processes of
``sitrep ingest`` share one copy through the page cache and only the pages a
lookup touches become resident.

- :class:`StrList`: a read-only list of strings (one UTF-8 blob and offsets);
- :class:`KeySet`: a set of strings (``in``, ``len``, iteration);
- :class:`KeyIndex`: string -> tuple of ints (``get``);
- :class:`WordTable`: string -> one of few distinct tuples of strings (``get``).

Each is built from Python data by its ``build`` method, written to a folder by
``save`` and opened by ``open`` (memory-mapped). :func:`cached` builds a table
into the cache directory on first use, keyed by a fingerprint of its sources.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sys
import threading
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Sequence, TypeVar

import marisa_trie
import numpy as np


def cache_dir() -> Path:
    """``$SITREP_CACHE``, else ``$XDG_CACHE_HOME/sitrep``, else ``~/.cache/sitrep``."""
    base = os.environ.get("SITREP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "sitrep"
    )
    return Path(base)


def _trie(path: Path) -> marisa_trie.Trie:
    trie = marisa_trie.Trie()
    trie.mmap(str(path))
    return trie


def _npy(path: Path) -> memoryview:
    """A saved 1-d array, memory-mapped, as a memoryview (indexing it gives Python ints, fast)."""
    try:
        return memoryview(np.load(path, mmap_mode="r"))
    except ValueError:  # an empty array cannot be mapped
        return memoryview(np.load(path))


def _view(arr: np.ndarray) -> memoryview:
    return memoryview(np.ascontiguousarray(arr))


class StrList(Sequence[str]):
    """A read-only list of strings stored as one UTF-8 blob and an offset array."""

    def __init__(self, blob, offsets) -> None:
        self._blob = blob
        self._off = offsets

    @classmethod
    def build(cls, items: Iterable[str]) -> "StrList":
        parts = [s.encode("utf-8") for s in items]
        off = np.zeros(len(parts) + 1, dtype=np.int64)
        np.cumsum([len(p) for p in parts], out=off[1:])
        return cls(b"".join(parts), _view(off))

    def save(self, folder: Path, name: str = "table") -> None:
        np.save(folder / f"{name}.off.npy", np.asarray(self._off, dtype=np.int64))
        np.save(folder / f"{name}.blob.npy", np.frombuffer(bytes(self._blob), dtype=np.uint8))

    @classmethod
    def open(cls, folder: Path, name: str = "table") -> "StrList":
        return cls(_npy(folder / f"{name}.blob.npy"), _npy(folder / f"{name}.off.npy"))

    def __len__(self) -> int:
        return len(self._off) - 1

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        return bytes(self._blob[self._off[i]:self._off[i + 1]]).decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(len(self)))


class _TrieKeys:
    """``in``, ``len`` and iteration over the keys of a MARISA trie (``self.trie``)."""

    trie: marisa_trie.Trie

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self.trie

    def __len__(self) -> int:
        return len(self.trie)

    def __iter__(self) -> Iterator[str]:
        return iter(self.trie.keys())


class KeySet(_TrieKeys):
    """A read-only set of strings in a MARISA trie."""

    def __init__(self, trie: marisa_trie.Trie) -> None:
        self.trie = trie

    @classmethod
    def build(cls, keys: Iterable[str]) -> "KeySet":
        return cls(marisa_trie.Trie(keys))

    def save(self, folder: Path, name: str = "table") -> None:
        self.trie.save(str(folder / f"{name}.marisa"))

    @classmethod
    def open(cls, folder: Path, name: str = "table") -> "KeySet":
        return cls(_trie(folder / f"{name}.marisa"))


class _TrieMapping(_TrieKeys):
    """The read-only mapping methods of a table keyed by a MARISA trie (``self.trie``); ``get`` is
    the table's own."""

    def get(self, key: str, default=None):  # pragma: no cover - each table defines it
        raise NotImplementedError

    def __getitem__(self, key: str):
        hit = self.get(key)
        if hit is None:
            raise KeyError(key)
        return hit


class KeyIndex(_TrieMapping):
    """A read-only mapping string -> tuple of ints (trie key id -> a slice of one value array)."""

    def __init__(self, trie: marisa_trie.Trie, offsets, values) -> None:
        self.trie = trie
        self._off = offsets
        self._val = values

    @classmethod
    def build(cls, mapping: Mapping[str, Iterable[int] | int]) -> "KeyIndex":
        trie = marisa_trie.Trie(mapping.keys())
        rows: list[tuple[int, ...]] = [()] * len(trie)
        for key, vals in mapping.items():
            rows[trie[key]] = (vals,) if isinstance(vals, int) else tuple(vals)
        off = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum([len(r) for r in rows], out=off[1:])
        flat = np.fromiter((v for r in rows for v in r), dtype=np.int64, count=int(off[-1]))
        dtype = np.int32 if not len(flat) or (flat.min() >= -2**31 and flat.max() < 2**31) else np.int64
        return cls(trie, _view(off.astype(np.int32) if off[-1] < 2**31 else off), _view(flat.astype(dtype)))

    def save(self, folder: Path, name: str = "table") -> None:
        self.trie.save(str(folder / f"{name}.marisa"))
        np.save(folder / f"{name}.off.npy", np.asarray(self._off))
        np.save(folder / f"{name}.val.npy", np.asarray(self._val))

    @classmethod
    def open(cls, folder: Path, name: str = "table") -> "KeyIndex":
        return cls(_trie(folder / f"{name}.marisa"), _npy(folder / f"{name}.off.npy"),
                   _npy(folder / f"{name}.val.npy"))

    def get(self, key: str, default=None):
        kid = self.trie.get(key)
        if kid is None:
            return default
        a, b = self._off[kid], self._off[kid + 1]
        return (self._val[a],) if b - a == 1 else tuple(self._val[a:b])

    def items(self) -> Iterator[tuple[str, tuple[int, ...]]]:
        for key, kid in self.trie.items():
            yield key, tuple(self._val[self._off[kid]:self._off[kid + 1]])


class WordTable(_TrieMapping):
    """A read-only mapping string -> tuple of strings, for tables with few distinct values
    (word clusters, frequency bands): each distinct tuple is stored once."""

    def __init__(self, trie: marisa_trie.Trie, ids, values: list[tuple[str, ...]]) -> None:
        self.trie = trie
        self._ids = ids
        self._values = values

    @classmethod
    def build(cls, pairs: Iterable[tuple[str, tuple[str, ...]]]) -> "WordTable":
        keys: list[str] = []
        vids: list[int] = []
        distinct: dict[tuple[str, ...], int] = {}
        for key, vals in pairs:
            keys.append(key)
            vids.append(distinct.setdefault(tuple(vals), len(distinct)))
        trie = marisa_trie.Trie(keys)
        ids = np.zeros(len(trie), dtype=np.int32)
        for key, vid in zip(keys, vids):  # a repeated key keeps its last value, as a dict would
            ids[trie[key]] = vid
        return cls(trie, _view(ids), list(distinct))

    def save(self, folder: Path, name: str = "table") -> None:
        self.trie.save(str(folder / f"{name}.marisa"))
        np.save(folder / f"{name}.ids.npy", np.asarray(self._ids))
        with open(folder / f"{name}.values.pickle", "wb") as fh:
            pickle.dump(self._values, fh, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def open(cls, folder: Path, name: str = "table") -> "WordTable":
        with open(folder / f"{name}.values.pickle", "rb") as fh:
            values = pickle.load(fh)
        return cls(_trie(folder / f"{name}.marisa"), _npy(folder / f"{name}.ids.npy"), values)

    def get(self, key: str, default=None):
        kid = self.trie.get(key)
        return default if kid is None else self._values[self._ids[kid]]

    def get_many(self, keys: Iterable[str]) -> list:
        """``[self.get(k) for k in keys]``, the trie searched without a Python call per key."""
        values, ids = self._values, self._ids
        return [None if kid is None else values[ids[kid]] for kid in map(self.trie.get, keys)]



class BoundedDict(dict):
    """A memo dict emptied when it reaches ``limit`` entries, so it never grows without bound
    (cheaper than an LRU for memos whose entries are all cheap to recompute)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def __setitem__(self, key, value) -> None:
        if len(self) >= self.limit:
            self.clear()
        super().__setitem__(key, value)


T = TypeVar("T")


#: the on-disk layout of the tables; part of every :func:`fingerprint`
FORMAT = 1


def fingerprint(*parts: bytes | str) -> str:
    """A short hash of ``parts`` (and of :data:`FORMAT`): the cache key of a table built from them."""
    h = hashlib.sha256(f"compact-{FORMAT}".encode())
    for p in parts:
        h.update(p.encode("utf-8") if isinstance(p, str) else p)
        h.update(b"\0")
    return h.hexdigest()[:16]


def _build_child(build: Callable[[], T], save: Callable[[T, Path], None], folder: Path) -> None:
    try:
        save(build(), folder)
    except BaseException:  # the parent builds again in its own process and reports the error there
        sys.exit(1)


def _built_apart(build: Callable[[], T], save: Callable[[T, Path], None], folder: Path) -> bool:
    """Run ``save(build(), folder)`` in a forked child process when this process can fork safely
    (a POSIX system, no other thread running), so that what the build allocates (a gazetteer's
    tables, memos filled on the way, allocator arenas Python keeps) goes back to the system when the
    child ends instead of staying in this process: a first `sitrep bench` otherwise ran at twice the
    resident memory of later runs. False when the child was not run or did not finish (the caller
    then builds in-process, where an error is reported as usual)."""
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return False
    import multiprocessing

    for stream in (sys.stdout, sys.stderr):  # (a buffer copied into the child would be written twice)
        stream.flush()
    try:
        child = multiprocessing.get_context("fork").Process(target=_build_child, args=(build, save, folder))
        child.start()
        child.join()
    except (OSError, AssertionError):  # (AssertionError: a daemonic process may not have children)
        return False
    return child.exitcode == 0


def cached(name: str, key: str, build: Callable[[], T], save: Callable[[T, Path], None],
           open_: Callable[[Path], T], folder: Path | None = None, _retry: bool = True) -> T:
    """The table ``name`` with fingerprint ``key``, opened from ``folder`` (the cache directory),
    built there first when missing. Built into a temporary folder renamed into place, so two
    processes building at once both end with a whole table; copies of other fingerprints are removed."""
    base = folder or cache_dir()
    target = base / f"{name}-{key}"
    if not (target / "complete").is_file():
        base.mkdir(parents=True, exist_ok=True)
        tmp = base / f".{name}-{key}.tmp{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        try:
            if not _built_apart(build, save, tmp):
                save(build(), tmp)
            (tmp / "complete").write_text("ok\n")
            if target.exists():  # an incomplete copy (a build killed half-way)
                shutil.rmtree(target, ignore_errors=True)
            try:
                os.replace(tmp, target)
            except OSError:  # another process put a whole copy there first
                shutil.rmtree(tmp, ignore_errors=True)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        for old in base.glob(f"{name}-*"):
            if old != target and old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
    try:
        return open_(target)
    except (OSError, ValueError, EOFError, KeyError, pickle.UnpicklingError, RuntimeError):
        if not _retry:
            raise
        shutil.rmtree(target, ignore_errors=True)  # a damaged copy: build it again, once
        return cached(name, key, build, save, open_, folder, _retry=False)
