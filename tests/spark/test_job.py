"""`sitrep spark` in local[2] gives the tables of `sitrep ingest` + `sitrep export`, row for row.

The default run uses a short pipeline (paragraphs, language, sentences) on ~90 articles of every
reader plus the bad records; the full pipeline on >= 500 articles is `test_large.py` (SITREP_SLOW=1).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from sitrep.corpus.export import export
from sitrep.corpus.ingest import ingest
from sitrep.corpus.schema import connect
from sitrep.settings import Config
from tests.spark.compare import compare, spark_table
from tests.spark.inputs import write_bad, write_good

SHORT = ["paragraphs.v1", "language.v1", "sentences.v1"]
EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "sitrep" / "examples" / "corpus"


def reference(sources, folder: Path, components) -> Path:
    """`sitrep ingest` (default settings: stories linked) + `sitrep export --format parquet` of ``sources``."""
    db = folder / "ref.db"
    ingest(sources, db, components=components, quiet=True, config=Config())
    con = connect(db, readonly=True)
    try:
        export(con, "parquet", folder / "export")
    finally:
        con.close()
    return folder / "export"


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    root = tmp_path_factory.mktemp("spark_small")
    write_good(root / "good", 50)
    bad = write_bad(root / "bad")
    sources = [str(EXAMPLES), str(root / "good"), str(root / "bad")]
    return root, sources, bad, reference(sources, root / "ref", SHORT)


@pytest.fixture(scope="module")
def first_run(spark, small):
    from sitrep.spark.job import run

    root, sources, _bad, _ref = small
    out = root / "out"
    manifest = run(spark, sources, out, partitions=2, components=SHORT)
    return out, manifest


def test_tables_equal_ingest_and_export(small, first_run):
    _root, _sources, _bad, ref = small
    out, manifest = first_run
    sizes = compare(out, ref)
    assert sizes["articles"] >= 80 and sizes["layer_sentences"] > sizes["articles"]
    # stories, reuse links, incidents and claims are computed, not written empty
    assert sizes["stories"] >= 5 and sizes["story_members"] == sizes["articles"]
    assert sizes["incidents"] > 0 and sizes["claims"] > 0 and sizes["incident_reports"] > 0
    kinds = {r["kind"] for r in spark_table(out, "reuse_links").to_pylist()}
    assert {"exact", "near", "translation"} <= kinds, kinds
    articles = spark_table(out, "articles").to_pylist()
    kinds = {a["duplicate_kind"] for a in articles}
    assert {"exact", "near"} <= kinds  # the copies and re-headlined stories are linked
    assert all(a["origin"] for a in articles)  # every record keeps its origin
    assert manifest["tables"]["articles"]["rows"] == sizes["articles"]


def test_output_is_partitioned_by_publication_date(first_run):
    out, manifest = first_run
    days = sorted(p.name for p in (out / "articles").iterdir() if p.is_dir())
    assert "pub_date=2022-09-06" in days and "pub_date=2022-09" in days
    for name, table in manifest["tables"].items():
        if name in manifest["partitioning"]["tables"] and table["rows"]:
            assert any(p.name.startswith("pub_date=") for p in (out / table["file"]).iterdir()), name
    # the story tables span articles and days: not partitioned; only the analyst's grades are not computed
    for name in ("stories", "story_members", "reuse_links", "incidents", "incident_reports", "claims"):
        assert name not in manifest["partitioning"]["tables"], name
        assert not any(p.name.startswith("pub_date=") for p in (out / name).iterdir()), name
    assert list(manifest["not_computed"]) == ["source_reliability"]
    got = ds.dataset(out / "articles" / "pub_date=2022-09-06", format="parquet").to_table().to_pylist()
    assert got and all(a["published"].startswith("2022-09-06") for a in got)


def test_bad_records_become_error_rows(small, first_run):
    _root, _sources, bad, _ref = small
    out, _manifest = first_run
    errors = spark_table(out, "errors").to_pylist()
    for name, what in bad.items():
        hits = [e for e in errors if Path(e["origin"].split("@")[0]).name == name
                or e["origin"].endswith("/" + name)]
        assert hits, (name, [e["origin"] for e in errors])
        assert any(what in e["reason"] for e in hits), (name, hits)
        assert all(e["stage"] == "read" for e in hits)
    # the good records of the damaged files are kept
    origins = [a["origin"] for a in spark_table(out, "articles").to_pylist()]
    assert any(o.endswith("lines.jsonl:1") for o in origins) and any(o.endswith("lines.jsonl:3") for o in origins)
    assert any("truncated.warc@" in o for o in origins)


def test_rerun_adds_nothing(spark, small, first_run):
    from sitrep.spark.job import run

    _root, sources, _bad, ref = small
    out, manifest = first_run
    before = {r["key"]: r["id"] for r in spark_table(out, "articles").to_pylist()}
    # a run killed midway leaves its staging folder behind; the next run removes it
    (out / "_staging-killed" / "articles").mkdir(parents=True)
    (out / "_staging-killed" / "articles" / "part-0.parquet").write_bytes(b"PAR1 half written")
    again = run(spark, sources, out, partitions=3, components=SHORT)
    after = {r["key"]: r["id"] for r in spark_table(out, "articles").to_pylist()}
    assert after == before  # same articles, same numbers, no duplicates
    assert {n: t["rows"] for n, t in again["tables"].items()} == {n: t["rows"] for n, t in manifest["tables"].items()}
    assert sorted(p.name for p in out.iterdir() if p.name.startswith("_")) == []
    compare(out, ref)


def test_pipeline_built_once_per_python_worker(spark, first_run):
    from sitrep.spark import tables

    builds = (spark.sparkContext.parallelize(range(8), 8)
              .map(lambda _: (os.getpid(), tables.pipeline_builds())).collect())
    loaded = [b for _pid, b in builds if b]
    assert loaded and max(loaded) == 1, builds


def test_manifest_lists_export_columns(first_run):
    from sitrep.corpus.export import ARTICLE_COLUMNS, ERROR_COLUMNS, LAYER_COLUMNS

    out, _manifest = first_run
    manifest = json.loads((out / "manifest.json").read_text())
    cols = {n: [(c["name"], c["type"]) for c in t["columns"]] for n, t in manifest["tables"].items()}
    assert cols["articles"] == [(c[0], c[1]) for c in ARTICLE_COLUMNS]
    assert cols["errors"] == [(c[0], c[1]) for c in ERROR_COLUMNS]
    assert cols["layer_sentences"] == [(c[0], c[1]) for c in LAYER_COLUMNS]


def test_import_parquet_gives_back_the_corpus(small, first_run, tmp_path):
    """`sitrep import-parquet`: the Spark output in a corpus database equals the local one."""
    from sitrep.cli import main
    from sitrep.corpus.search import search

    _root, _sources, _bad, ref = small
    out, _manifest = first_run
    db = tmp_path / "imported.db"
    assert main(["import-parquet", str(out), "--db", str(db)]) == 0
    assert main(["import-parquet", str(out), "--db", str(db)]) == 0  # twice: nothing added
    assert main(["export", "--db", str(db), "--format", "parquet", "--out", str(tmp_path / "exp")]) == 0
    compare(tmp_path / "exp", ref)
    con = connect(db, readonly=True)
    try:
        hits = search(con, "Poltava")
        assert hits and con.execute("SELECT count(*) FROM minhash").fetchone()[0] > 50
    finally:
        con.close()


def test_only_bad_inputs_give_empty_tables_and_errors(spark, small, tmp_path):
    from sitrep.spark.job import run

    root, _sources, bad, _ref = small
    sources = [str(root / "bad" / name) for name in ("binary.txt", "broken.txt.gz")] + [str(root / "missing")]
    ref = reference(sources, tmp_path / "ref", ["paragraphs.v1"])
    manifest = run(spark, sources, tmp_path / "out", partitions=2, components=["paragraphs.v1"])
    assert manifest["tables"]["articles"]["rows"] == 0 and manifest["tables"]["errors"]["rows"] == 3
    compare(tmp_path / "out", ref)
