"""Compare the Parquet output of `sitrep spark` with `sitrep export --format parquet`, row for row."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

#: columns that record when something ran, not what it computed
TIMING = {"articles": {"ingested_at"}, "errors": {"id", "first_seen", "last_seen"}}
#: error ids follow the order a local ingest *wrote* them (read problems at once, pipeline failures
#: when their worker's chunk comes back): a matter of timing, so errors are compared as sorted rows
SORT = {"articles": ["id"], "errors": ["origin", "reason"],
        # the story tables, in the order of their export queries (sitrep.stories.export)
        "stories": ["id"], "story_members": ["article"], "reuse_links": ["id"], "incidents": ["id"],
        "incident_reports": ["incident", "article", "start"], "claims": ["id"], "source_reliability": ["source_name"]}


def spark_table(folder: Path, name: str) -> pa.Table:
    path = folder / name
    if not path.is_dir():  # an export folder: one file per table
        return pq.read_table(folder / f"{name}.parquet")
    partitioned = json.loads((folder / "manifest.json").read_text())["partitioning"]["tables"]
    part = ds.partitioning(pa.schema([("pub_date", pa.string())]), flavor="hive") if name in partitioned else None
    table = ds.dataset(path, format="parquet", partitioning=part).to_table()
    return table.drop(["pub_date"]) if "pub_date" in table.column_names else table


def rows(table: pa.Table, name: str) -> list[tuple]:
    keep = [c for c in table.column_names if c not in TIMING.get(name, set())]
    table = table.select(keep)
    keys = SORT.get(name, ["article", "seq"])
    data = table.to_pylist()
    data.sort(key=lambda r: tuple((r[k] is not None, r[k]) for k in keys))
    return [tuple(r[c] for c in keep) for r in data]


def compare(spark_out: Path, export_out: Path) -> dict[str, int]:
    """Assert every table is equal (names, types, rows); returns rows per table."""
    manifest = json.loads((spark_out / "manifest.json").read_text())
    ref_manifest = json.loads((export_out / "manifest.json").read_text())
    assert sorted(manifest["tables"]) == sorted(ref_manifest["tables"]), (
        sorted(manifest["tables"]), sorted(ref_manifest["tables"]))
    sizes = {}
    for name in ref_manifest["tables"]:
        ref = pq.read_table(export_out / ref_manifest["tables"][name]["file"])
        got = spark_table(spark_out, name)
        assert got.schema.names == ref.schema.names, (name, got.schema.names, ref.schema.names)
        assert [str(t) for t in got.schema.types] == [str(t) for t in ref.schema.types], (
            name, got.schema, ref.schema)
        a, b = rows(got, name), rows(ref, name)
        assert len(a) == len(b), (name, len(a), len(b))
        for x, y in zip(a, b):
            assert x == y, (name, x, y)
        assert manifest["tables"][name]["rows"] == len(b)
        sizes[name] = len(b)
    return sizes
