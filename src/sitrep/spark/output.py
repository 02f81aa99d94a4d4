"""The output folder: written to a staging folder, then swapped in table by table, manifest last.

Layout of ``DIR``::

    manifest.json                       written last: tables, row counts, columns, run
    articles/pub_date=2022-09-06/part-*.parquet
    layer_sentences/pub_date=.../part-*.parquet   (one folder per layer)
    errors/part-*.parquet               (not partitioned)

A run writes every table under ``DIR/_staging-<run>/`` and only then replaces
the folders in ``DIR`` and writes ``manifest.json``. A run killed midway leaves
a staging folder the next run deletes before it starts, so re-running never
adds rows: each table folder holds the output of exactly one complete run.
Folder operations go through Hadoop's ``FileSystem`` (the JVM of the Spark
driver), so ``DIR`` may be local, HDFS or S3 (``s3a://``).
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

STAGING_PREFIX = "_staging-"
TRASH_PREFIX = "_trash-"
MANIFEST = "manifest.json"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def uri(out: str | Path) -> str:
    """``DIR`` as a URI Hadoop understands (a local path becomes ``file:///abs/path``)."""
    text = str(out)
    if _SCHEME.match(text) and not re.match(r"^[A-Za-z]:[\\/]", text):
        return text.rstrip("/")
    return Path(text).resolve().as_uri()


def local_path(out_uri: str) -> str | None:
    """The local folder of a ``file:`` URI (None for HDFS, S3 ...)."""
    if out_uri.startswith("file:"):
        from urllib.parse import unquote, urlparse

        return unquote(urlparse(out_uri).path)
    return None


class Folder:
    """Hadoop FileSystem operations on ``DIR`` through the driver's JVM."""

    def __init__(self, spark, out_uri: str) -> None:
        self.spark = spark
        jvm = spark.sparkContext._jvm
        self._Path = jvm.org.apache.hadoop.fs.Path
        self.root = self._Path(out_uri)
        self.fs = self.root.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
        self.out_uri = out_uri
        self.run = uuid.uuid4().hex[:12]

    def child(self, name: str):
        return self._Path(self.root, name)

    def names(self) -> list[str]:
        if not self.fs.exists(self.root):
            return []
        return sorted(s.getPath().getName() for s in self.fs.listStatus(self.root))

    def clean_leftovers(self) -> list[str]:
        """Delete staging and trash folders of earlier runs that did not finish."""
        gone = [n for n in self.names() if n.startswith((STAGING_PREFIX, TRASH_PREFIX))]
        for name in gone:
            self.fs.delete(self.child(name), True)
        return gone

    @property
    def staging(self) -> str:
        return f"{self.out_uri}/{STAGING_PREFIX}{self.run}"

    def arrange(self, moves: list[tuple[str, str]]) -> None:
        """Rename folders inside the staging folder (``a/b`` -> ``c``), then drop emptied ones."""
        staging = self._Path(self.staging)
        emptied = set()
        for src, dst in moves:
            if not self.fs.rename(self._Path(staging, src), self._Path(staging, dst)):
                raise OSError(f"cannot move {src} to {dst} in {self.staging}")
            emptied.add(src.split("/", 1)[0])
        for name in emptied:
            self.fs.delete(self._Path(staging, name), True)

    def commit(self, tables: list[str], manifest: dict) -> None:
        """Swap the staged tables into ``DIR`` (dropping tables of the previous run), manifest last."""
        self.fs.mkdirs(self.root)
        previous = self._previous_tables()
        trash = self.child(TRASH_PREFIX + self.run)
        old_manifest = self.child(MANIFEST)
        if self.fs.exists(old_manifest):
            self.fs.delete(old_manifest, False)  # no manifest while the folders change
        self.fs.mkdirs(trash)
        for name in sorted(set(previous) | set(tables)):
            if self.fs.exists(self.child(name)):
                self.fs.rename(self.child(name), self._Path(trash, name))
        staging = self._Path(self.staging)
        for name in tables:
            if not self.fs.rename(self._Path(staging, name), self.child(name)):
                raise OSError(f"cannot move {name} into {self.out_uri}")
        self._write(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        self.fs.delete(trash, True)
        self.fs.delete(staging, True)

    def _previous_tables(self) -> list[str]:
        path = self.child(MANIFEST)
        if not self.fs.exists(path):
            return []
        try:
            text = self.spark.read.text(f"{self.out_uri}/{MANIFEST}", wholetext=True).first()[0]
            return list(json.loads(text).get("tables", {}))
        except Exception:  # an unreadable manifest of a damaged earlier run: nothing to drop by name
            return []

    def _write(self, name: str, text: str) -> None:
        stream = self.fs.create(self.child(name), True)
        try:
            stream.write(bytearray(text.encode("utf-8")))
        finally:
            stream.close()
