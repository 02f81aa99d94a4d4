"""``sitrep export``: the corpus as plain tables (Parquet, JSON Lines or CSV).

One file per table in the output folder: ``articles``, ``errors``, and one
``layer_<name>`` per stored layer (``layer_sentences``, ``layer_places`` ...),
plus ``manifest.json`` (tables, files, row counts, columns). Column names and
types are stable and documented in ``docs/corpus.md``; nested values
(``source``, ``attrs`` ...) are JSON strings so every reader (pandas, DuckDB,
Spark) gets the same flat columns. Rows are streamed in batches: memory stays
flat however large the corpus.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from pathlib import Path
from typing import Iterator

from . import CorpusError

FORMATS = ("parquet", "jsonl", "csv")
BATCH = 5000

#: (column, arrow type name, SQL expression over ``articles a``)
ARTICLE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("id", "int64", "a.id"),
    ("key", "string", "a.key"),
    ("article_id", "string", "a.article_id"),
    ("title", "string", "a.title"),
    ("text", "string", "unz(a.text)"),
    ("language", "string", "a.language"),
    ("published", "string", "a.published"),
    ("published_precision", "string", "a.precision"),
    ("url", "string", "a.url"),
    ("origin", "string", "a.origin"),
    ("source_name", "string", "a.source_name"),
    ("reader", "string", "a.reader"),
    ("content_hash", "string", "a.content_hash"),
    ("duplicate_of", "int64", "a.dup_of"),
    ("duplicate_kind", "string", "a.dup_kind"),
    ("duplicate_score", "float64", "a.dup_score"),
    ("layers_json", "string", "a.layers"),
    ("pipeline_json", "string", "a.pipeline"),
    ("source_json", "string", "a.source"),
    ("raw_json", "string", "a.raw"),
    ("warnings_json", "string", "a.warnings"),
    ("ingested_at", "string", "a.ingested_at"),
)

#: columns of every ``layer_<name>`` table (SQL over ``annotations n JOIN articles a``)
LAYER_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("article", "int64", "n.article"),
    ("layer", "string", "n.layer"),
    ("seq", "int64", "n.seq"),
    ("start", "int64", 'n."start"'),
    ("end", "int64", 'n."end"'),
    ("surface", "string", 'substr(unz(a.text), n."start" + 1, n."end" - n."start")'),
    ("label", "string", "n.label"),
    ("producer", "string", "n.producer"),
    ("confidence", "float64", "n.confidence"),
    ("attrs_json", "string", "n.attrs"),
)

ERROR_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("id", "int64", "e.id"),
    ("origin", "string", "e.origin"),
    ("stage", "string", "e.stage"),
    ("reason", "string", "e.reason"),
    ("component", "string", "e.component"),
    ("article_id", "string", "e.article_id"),
    ("first_seen", "string", "e.first_seen"),
    ("last_seen", "string", "e.last_seen"),
    ("seen", "int64", "e.seen"),
)


def table_name(layer: str) -> str:
    return "layer_" + re.sub(r"[^A-Za-z0-9_]", "_", layer)


def _rows(con: sqlite3.Connection, sql: str, params=()) -> Iterator[list[tuple]]:
    cur = con.execute(sql, params)
    while True:
        batch = cur.fetchmany(BATCH)
        if not batch:
            return
        yield batch


def _tables(con: sqlite3.Connection) -> list[tuple[str, tuple, str, tuple]]:
    tables = [
        ("articles", ARTICLE_COLUMNS,
         f"SELECT {', '.join(c[2] for c in ARTICLE_COLUMNS)} FROM articles a ORDER BY a.id", ()),
        ("errors", ERROR_COLUMNS,
         f"SELECT {', '.join(c[2] for c in ERROR_COLUMNS)} FROM errors e ORDER BY e.id", ()),
    ]
    from ..stories.export import tables as story_tables  # stories, reuse links, incidents, claims

    tables.extend(story_tables())
    layers = [r[0] for r in con.execute("SELECT DISTINCT layer FROM annotations ORDER BY layer")]
    names = [table_name(layer) for layer in layers]
    if len(set(names)) != len(names):
        raise CorpusError("two layer names map to the same table name; rename one layer")
    for layer, name in zip(layers, names):
        sql = (f"SELECT {', '.join(c[2] for c in LAYER_COLUMNS)} FROM annotations n"
               " JOIN articles a ON a.id = n.article WHERE n.layer = ? ORDER BY n.article, n.seq")
        tables.append((name, LAYER_COLUMNS, sql, (layer,)))
    return tables


def _write_parquet(path: Path, columns, batches) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([pa.field(name, getattr(pa, typ)()) for name, typ, _ in columns])
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for batch in batches:
            cols = list(zip(*batch))
            writer.write_table(pa.Table.from_arrays(
                [pa.array(list(c), type=f.type) for c, f in zip(cols, schema)], schema=schema))
            n += len(batch)
    return n


def _write_jsonl(path: Path, columns, batches) -> int:
    names = [c[0] for c in columns]
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for batch in batches:
            for row in batch:
                fh.write(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\n")
            n += len(batch)
    return n


def _write_csv(path: Path, columns, batches) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([c[0] for c in columns])
        for batch in batches:
            w.writerows(batch)
            n += len(batch)
    return n


WRITERS = {"parquet": _write_parquet, "jsonl": _write_jsonl, "csv": _write_csv}


def export(con: sqlite3.Connection, fmt: str, out: Path) -> dict:
    """Write every table to ``out``; returns the manifest."""
    if fmt not in WRITERS:
        raise CorpusError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CorpusError(f"{out}: cannot create folder: {exc.strerror or exc}") from None
    manifest: dict = {"format": fmt, "tables": {}}
    for name, columns, sql, params in _tables(con):
        path = out / f"{name}.{fmt}"
        rows = WRITERS[fmt](path, columns, _rows(con, sql, params))
        manifest["tables"][name] = {
            "file": path.name,
            "rows": rows,
            "columns": [{"name": c[0], "type": c[1]} for c in columns],
        }
    from .events import export_table  # the events table, flattened from layer events

    events = export_table(con, fmt, out, WRITERS, BATCH)
    if events is not None:
        manifest["tables"]["events"] = events
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest
