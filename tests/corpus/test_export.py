"""`sitrep export`: one table per layer plus articles, readable by DuckDB and pandas."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.corpus.conftest import records
from sitrep.cli import main
from sitrep.corpus.export import ARTICLE_COLUMNS, ERROR_COLUMNS, LAYER_COLUMNS
from sitrep.corpus.schema import register_functions

DOC = Path(__file__).resolve().parents[2] / "docs" / "corpus.md"
def _stored_layers(db) -> list[str]:
    import sqlite3

    con = sqlite3.connect(db)
    register_functions(con)  # the annotations view unpacks the stored layers
    try:
        return [r[0] for r in con.execute("SELECT DISTINCT layer FROM annotations ORDER BY layer")]
    finally:
        con.close()


@pytest.fixture(scope="module")
def parquet_dir(corpus_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "pq"
    assert main(["export", "--db", str(corpus_db), "--format", "parquet", "--out", str(out)]) == 0
    return out


def test_files_and_manifest(parquet_dir, corpus_db):
    names = sorted(p.name for p in parquet_dir.iterdir())
    layers = _stored_layers(corpus_db)
    assert {"paragraphs", "sentences", "tokens"} <= set(layers)
    from sitrep.stories.export import TABLES as STORY_TABLES

    assert names == sorted(["articles.parquet", "errors.parquet", "manifest.json"]
                           + [f"layer_{n}.parquet" for n in layers] + [f"{t}.parquet" for t in STORY_TABLES]
                           + (["events.parquet"] if "events" in layers else []))
    manifest = json.loads((parquet_dir / "manifest.json").read_text())
    assert manifest["tables"]["articles"]["rows"] == len(records())
    assert [c["name"] for c in manifest["tables"]["layer_tokens"]["columns"]] == [c[0] for c in LAYER_COLUMNS]


def test_duckdb_reads_parquet(parquet_dir):
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    arts = con.execute(f"SELECT * FROM '{parquet_dir / 'articles.parquet'}' ORDER BY id").fetchdf()
    assert list(arts.columns) == [c[0] for c in ARTICLE_COLUMNS]
    # join a layer to its articles and count sentences per language
    per_lang = dict(con.execute(
        f"SELECT a.language, count(*) FROM '{parquet_dir / 'layer_sentences.parquet'}' s"
        f" JOIN '{parquet_dir / 'articles.parquet'}' a ON a.id = s.article GROUP BY 1").fetchall())
    assert set(per_lang) == {"en", "fr", "ru", "uk"} and all(v >= 2 for v in per_lang.values())
    # the surface column is text[start:end]
    row = con.execute(
        f"SELECT t.surface, substr(a.text, t.start + 1, t.\"end\" - t.start) FROM '{parquet_dir / 'layer_tokens.parquet'}' t"
        f" JOIN '{parquet_dir / 'articles.parquet'}' a ON a.id = t.article WHERE t.label = 'WORD' LIMIT 1").fetchone()
    assert row[0] == row[1] and row[0].isalpha()
    dup = con.execute(f"SELECT duplicate_kind, duplicate_of FROM '{parquet_dir / 'articles.parquet'}'"
                      " WHERE article_id = 'izium-en-copy'").fetchone()
    assert dup[0] == "exact" and dup[1] is not None


def test_pandas_reads_parquet(parquet_dir):
    pd = pytest.importorskip("pandas")
    arts = pd.read_parquet(parquet_dir / "articles.parquet")
    assert len(arts) == len(records())
    assert str(arts["id"].dtype) == "int64"
    assert set(arts["language"]) == {"en", "fr", "ru", "uk"}
    src = json.loads(arts.loc[arts["article_id"] == "izium-en", "source_json"].iloc[0])
    assert src["url"] == "https://wire.example/izium" and src["outlet"] == "Wire"
    paras = pd.read_parquet(parquet_dir / "layer_paragraphs.parquet")
    assert list(paras.columns) == [c[0] for c in LAYER_COLUMNS]
    assert json.loads(paras["attrs_json"].iloc[0]) == {"index": 0}


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_jsonl_and_csv(corpus_db, tmp_path, fmt):
    out = tmp_path / fmt
    assert main(["export", "--db", str(corpus_db), "--format", fmt, "--out", str(out)]) == 0
    path = out / f"articles.{fmt}"
    if fmt == "jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert list(rows[0]) == [c[0] for c in ARTICLE_COLUMNS]
    else:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert list(rows[0]) == [c[0] for c in ARTICLE_COLUMNS]
    assert sorted(r["article_id"] for r in rows) == sorted(r["id"] for r in records())
    titles = {r["title"] for r in rows}
    assert "Наводнение закрыло дороги в Харькове" in titles


def test_every_column_is_documented():
    doc = DOC.read_text(encoding="utf-8")
    for columns in (ARTICLE_COLUMNS, LAYER_COLUMNS, ERROR_COLUMNS):
        for name, typ, _ in columns:
            assert f"| `{name}` | {typ} |" in doc, name
