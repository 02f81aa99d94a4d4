"""`sitrep bench --ingest` measures throughput, database size and memory."""

from __future__ import annotations

import json

from sitrep.cli import main


def test_bench_ingest_small(capsys):
    code = main(["bench", "--ingest", "--ingest-sizes", "30,60", "--components", "paragraphs.v1", "--json"])
    assert code == 0
    r = json.loads(capsys.readouterr().out)
    assert set(r["throughput"]) == {"1", "2"}
    assert all(v["articles"] == 60 and v["articles_per_s"] > 0 for v in r["throughput"].values())
    assert r["scaling_2_workers"] > 0 and r["db_mb_per_1000_articles"] > 0
    assert [m["articles"] for m in r["memory"]] == [30, 60]
    assert all(m["writer_peak_rss_mb"] > 10 for m in r["memory"])


def test_bench_ingest_bad_sizes(capsys):
    assert main(["bench", "--ingest", "--ingest-sizes", "many"]) == 2
    assert "expected numbers" in capsys.readouterr().err
