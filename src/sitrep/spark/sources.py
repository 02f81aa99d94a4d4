"""The job's inputs: listed on the driver, read one file per task in the executors.

The listing follows ``sitrep ingest`` exactly (:func:`sitrep.readers.read_paths`):
sources in the order given, a folder's files sorted (names starting with ``.``
and those in a ``.sitrepignore`` skipped), an article id relative to the folder,
the same problems for a missing source or an empty folder. The position of a
record, ``(entry, record)``, is its place in that reading order: the job numbers
articles and errors by it, so they get the numbers a local ingest gives them.

Local paths are read by the readers themselves. A URI with a scheme
(``s3://``, ``hdfs://``, ``gs://``, ``file://``) is listed and read through
``pyarrow.fs`` (S3 and GCS built in, HDFS through the cluster's libhdfs), so a
job reads from wherever the cluster's files are.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..article import Article
from ..readers import Problem, read_bytes
from ..settings import Config

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass(frozen=True)
class Entry:
    """One listed input: a file to read, or a problem found while listing."""

    index: int
    path: str
    article_id: str | None = None  # None: the readers' default (the file's stem)
    problem: str | None = None
    remote: bool = False


def is_remote(source: str) -> bool:
    """A URI read through ``pyarrow.fs`` (``file://`` and plain paths are read locally)."""
    return bool(_SCHEME.match(source)) and not source.startswith("file://")


def _remote_fs(uri: str):
    import pyarrow.fs as pafs

    return pafs.FileSystem.from_uri(uri)


def _list_local(source: str, skip: str | None) -> Iterator[tuple[str, str | None, str | None]]:
    from ..readers import _files

    if source.startswith("file://"):
        source = source[len("file://"):]
    path = Path(source).resolve()
    if path.is_dir():
        found = False
        for f in _files(path):
            if skip and (str(f) + os.sep).startswith(skip.rstrip(os.sep) + os.sep):
                continue  # the job's own output inside a source folder
            found = True
            rel = f.relative_to(path).with_suffix("")
            yield str(f), str(rel).replace(os.sep, "/"), None
        if not found:
            yield str(path), None, "directory has no files"
    elif path.exists():
        yield str(path), None, None
    else:
        yield str(path), None, "no such file or directory"


def _list_remote(source: str) -> Iterator[tuple[str, str | None, str | None]]:
    import pyarrow.fs as pafs

    try:
        fs, root = _remote_fs(source)
        info = fs.get_file_info(root)
    except Exception as exc:  # pyarrow raises OSError, ArrowInvalid ... for unreachable stores
        yield source, None, f"cannot list: {exc}"
        return
    scheme = source.split("://", 1)[0]
    if info.type == pafs.FileType.Directory:
        files = sorted(
            (i for i in fs.get_file_info(pafs.FileSelector(root, recursive=True)) if i.type == pafs.FileType.File),
            key=lambda i: i.path,
        )
        found = False
        for i in files:
            rel = i.path[len(root):].lstrip("/")
            if any(part.startswith(".") for part in rel.split("/")):
                continue
            found = True
            yield f"{scheme}://{i.path}", str(Path(rel).with_suffix("")), None
        if not found:
            yield source, None, "directory has no files"
    elif info.type == pafs.FileType.File:
        yield source, None, None
    else:
        yield source, None, "no such file or directory"


def list_sources(sources: list[str], skip: str | None = None) -> list[Entry]:
    """Every file to read (and listing problem), in the order ``sitrep ingest`` reads them."""
    entries: list[Entry] = []
    for source in sources:
        remote = is_remote(source)
        listed = _list_remote(source) if remote else _list_local(source, skip)
        for path, article_id, problem in listed:
            entries.append(Entry(len(entries), path, article_id, problem, remote))
    return entries


def _read_remote(entry: Entry, config: Config) -> Iterator[Article | Problem]:
    from ..readers.warc import is_warc, iter_warc

    limit = int(config.max_input_mb * 1_000_000)
    name = entry.path.rsplit("/", 1)[-1]
    try:
        fs, path = _remote_fs(entry.path)
        if is_warc(name):
            with fs.open_input_file(path) as fh:
                yield from iter_warc(fh, entry.path, entry.article_id or name.split(".")[0], limit)
            return
        size = fs.get_file_info(path).size
        if size is not None and size > limit:
            yield Problem(entry.path, f"file too large: {size / 1e6:.1f} MB (limit {config.max_input_mb:g} MB, "
                                      "see --max-input-mb)")
            return
        with fs.open_input_stream(path, compression=None) as fh:  # the readers decompress (with limits)
            data = fh.read()
    except OSError as exc:
        yield Problem(entry.path, f"cannot read: {exc}")
        return
    stem = name.rsplit(".", 1)[0] if "." in name else name
    suffix = "." + name.rsplit(".", 1)[1] if "." in name else ""
    yield from read_bytes(data, entry.path, entry.article_id or stem, suffix, limit=limit)


def read_entry(entry: Entry, config: Config) -> Iterator[Article | Problem]:
    """The articles and problems of one listed input, as ``sitrep ingest`` reads them."""
    from ..readers import read_file

    if entry.problem:
        yield Problem(entry.path, entry.problem)
    elif entry.remote:
        yield from _read_remote(entry, config)
    else:
        yield from read_file(Path(entry.path), config, article_id=entry.article_id)
