"""Readers turn files into :class:`~sitrep.article.Article` objects.

:func:`read_paths` walks files and directories and yields, in order, either an
article or a :class:`Problem` (one line naming the origin and what is wrong);
it never raises for bad input.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..article import Article
from ..settings import Config
from .base import InputProblem, Problem
from .compressed import gunzip, inner_suffix, is_gzip
from .feed import is_feed, read_feed
from .html import read_html
from .jsonl import read_json, read_jsonl
from .text import read_text
from .warc import is_warc, read_warc, read_warc_path

Reader = Callable[[bytes, str, str], Iterator["Article | Problem"]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".warc": read_warc,
    ".rss": read_feed,
    ".atom": read_feed,
}

__all__ = ["Problem", "read_paths", "read_bytes", "READERS"]


def sniff(data: bytes) -> Reader:
    """Choose a reader for a file whose extension says nothing."""
    if is_warc("", data):
        return read_warc
    if is_feed(data):
        return read_feed
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return read_html
    if head.startswith(b"{"):
        first_line = data.split(b"\n", 1)[0].strip()
        return read_jsonl if first_line.endswith(b"}") and b"\n{" in data[:1_000_000] else read_json
    if head.startswith(b"["):
        return read_json
    return read_text


def read_bytes(
    data: bytes, origin: str, article_id: str, suffix: str = "", limit: int | None = None
) -> Iterator[Article | Problem]:
    try:
        if is_gzip(data, suffix):  # .gz of any format: decompress, then the inner suffix decides
            data = gunzip(data, limit or int(Config().max_input_mb * 1_000_000))
            suffix = inner_suffix(origin) if suffix.lower() == ".gz" else ""
    except InputProblem as exc:
        yield Problem(origin, str(exc))
        return
    reader = READERS.get(suffix.lower()) or sniff(data)
    try:
        yield from reader(data, origin, article_id)
    except InputProblem as exc:
        yield Problem(origin, str(exc))


#: a file in a directory listing names (glob patterns, one a line, ``#`` comments) of
#: files and folders of that directory that are not articles, e.g. a README
IGNORE_FILE = ".sitrepignore"


def _ignored(root: str) -> list[str]:
    try:
        with open(os.path.join(root, IGNORE_FILE), encoding="utf-8") as fh:
            lines = [line.strip() for line in fh]
    except (OSError, UnicodeDecodeError):
        return []
    return [line.rstrip("/") for line in lines if line and not line.startswith("#")]


def _files(path: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(path):
        skip = _ignored(root)

        def wanted(name: str) -> bool:
            return not name.startswith(".") and not any(fnmatch.fnmatchcase(name, pat) for pat in skip)

        dirs[:] = sorted(d for d in dirs if wanted(d))
        for name in sorted(files):
            if wanted(name):
                yield Path(root) / name


def read_file(path: Path, config: Config, article_id: str | None = None) -> Iterator[Article | Problem]:
    origin = str(path)
    limit = config.max_input_mb * 1_000_000
    if is_warc(path.name):  # streamed record by record: the size limit applies to each record
        yield from read_warc_path(path, int(limit), article_id or path.name.split(".")[0])
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Problem(origin, exc.strerror.lower() if exc.strerror else str(exc))
        return
    if size > limit:
        yield Problem(
            origin,
            f"file too large: {size / 1e6:.1f} MB (limit {config.max_input_mb:g} MB, see --max-input-mb)",
        )
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Problem(origin, f"cannot read: {exc.strerror.lower() if exc.strerror else exc}")
        return
    yield from read_bytes(data, origin, article_id or path.stem, path.suffix, limit=int(limit))


def read_paths(paths: Iterable[str | Path], config: Config | None = None) -> Iterator[Article | Problem]:
    """Every article (or problem) from files, directories and ``-`` (standard input)."""
    config = config or Config()
    for p in paths:
        if str(p) == "-":
            import sys

            yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", "stdin")
            continue
        path = Path(p)
        if path.is_dir():
            found = False
            for f in _files(path):
                found = True
                rel = f.relative_to(path).with_suffix("")
                yield from read_file(f, config, article_id=str(rel).replace(os.sep, "/"))
            if not found:
                yield Problem(str(path), "directory has no files")
        elif path.exists():
            yield from read_file(path, config)
        else:
            yield Problem(str(path), "no such file or directory")
