"""SITREP_SLOW=1: the full default pipeline on >= 500 articles in local[2] equals ingest + export.

Inputs: the demo corpus, 450 articles generated from the bundled examples (`sitrep bench --ingest`'s
generator), 100 recombined articles with exact and near copies, every reader, the bad records, and
news texts from ../shared/data when present (20 per source)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus.shared_corpus import build
from tests.spark.compare import compare, spark_table
from tests.spark.inputs import write_bad, write_good
from tests.spark.test_job import EXAMPLES, reference
from tests.conftest import SHARED


def large_sources(folder: Path) -> list[str]:
    from sitrep.corpus.bench import write_corpus

    write_corpus(folder / "generated", 450)
    write_good(folder / "good", 100)
    write_bad(folder / "bad")
    sources = [str(EXAMPLES), str(folder / "generated"), str(folder / "good"), str(folder / "bad")]
    if (SHARED / "data").is_dir():
        (folder / "shared").mkdir(parents=True, exist_ok=True)
        build(SHARED / "data", folder / "shared" / "shared.jsonl", 20)
        sources.append(str(folder / "shared"))
    return sources


@pytest.mark.slow
def test_500_articles_full_pipeline(spark, tmp_path):
    from sitrep.spark.job import run

    sources = large_sources(tmp_path / "src")
    ref = reference(sources, tmp_path / "ref", None)
    run(spark, sources, tmp_path / "out", partitions=4)
    sizes = compare(tmp_path / "out", ref)
    assert sizes["articles"] >= 500
    assert sizes["stories"] > 5 and sizes["reuse_links"] > 50 and sizes["incidents"] > 0 and sizes["claims"] > 0
    kinds = {a["duplicate_kind"] for a in spark_table(tmp_path / "out", "articles").to_pylist()}
    assert {"exact", "near"} <= kinds
