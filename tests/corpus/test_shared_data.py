"""The real news texts of ../shared/data (PolNeAR, LGL, GeoVirus, SlavicNER raw, TimeML), end to end.

The default run takes 12 articles from each source; with SITREP_SLOW=1 the
whole set (about 3,200 articles) is ingested.
"""

from __future__ import annotations

import json

import pytest

from tests.corpus.shared_corpus import SOURCES, build
from sitrep.cli import main
from sitrep.corpus.ingest import ingest
from sitrep.corpus.schema import connect
from sitrep.corpus.search import search


def _check(db, counts, capsys, tmp_path, languages):
    total = sum(counts.values())
    assert main(["stats", "--db", str(db), "--json"]) == 0
    s = json.loads(capsys.readouterr().out)
    # records with the same text and URL (a page crawled twice) are one article
    assert total * 0.99 <= s["articles"] <= total
    assert set(s["by_language"]) == languages
    assert s["by_layer"]["sentences"]["articles"] == s["articles"]
    con = connect(db, readonly=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        hits = search(con, "Биби OR коронавирус", lang="ru", limit=5)
        assert hits and all(h.language == "ru" and "[" in h.snippet for h in hits)
        first = hits[0].id
    finally:
        con.close()
    assert main(["show", str(first), "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["language"] == "ru"
    out = tmp_path / "export"
    assert main(["export", "--db", str(db), "--format", "parquet", "--out", str(out)]) == 0
    capsys.readouterr()
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["tables"]["articles"]["rows"] == s["articles"]
    assert manifest["tables"]["layer_sentences"]["rows"] == s["by_layer"]["sentences"]["annotations"]


def test_sample_of_every_source(shared_data, tmp_path, capsys, warm_pipeline):
    src = tmp_path / "shared.jsonl"
    counts = build(shared_data, src, per_source=12)
    assert set(counts) == set(SOURCES) and all(n == 12 for n in counts.values())
    db = tmp_path / "c.db"
    summary = ingest([src], db, workers=2, quiet=True)
    assert summary.errors == 0
    _check(db, counts, capsys, tmp_path, {"en", "ru"})


@pytest.mark.slow
def test_all_shared_news(shared_data, tmp_path, capsys):
    src = tmp_path / "shared.jsonl"
    counts = build(shared_data, src)
    assert sum(counts.values()) > 3000
    db = tmp_path / "c.db"
    summary = ingest([src], db, workers=2, quiet=True)
    assert summary.errors == 0
    _check(db, counts, capsys, tmp_path, {"en", "ru", "uk", "fr"})
