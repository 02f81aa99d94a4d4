"""`sitrep ingest`: every article with every layer, exactly once, duplicates linked."""

from __future__ import annotations

import sqlite3

from tests.corpus.conftest import records
from sitrep.article import Article
from sitrep.cli import main
from sitrep.corpus.ingest import ingest
from sitrep.corpus.read import load, resolve
from sitrep.corpus.schema import connect
from sitrep.readers import read_paths
from sitrep.corpus.schema import register_functions


def _rows(db, sql, *params):
    con = sqlite3.connect(db)
    register_functions(con)  # the annotations view unpacks the stored layers
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def test_every_record_stored_once_with_layers(corpus_db):
    assert _rows(corpus_db, "SELECT count(*) FROM articles")[0][0] == len(records())
    layers = _rows(corpus_db, "SELECT DISTINCT layer FROM annotations ORDER BY layer")
    from sitrep.pipeline import default_pipeline

    # every layer the default pipeline assigns and found in these records is stored
    stored = [r[0] for r in layers]
    assert {"language", "paragraphs", "sentences", "title", "tokens"} <= set(stored)
    assert set(stored) <= default_pipeline().assigns
    assert _rows(corpus_db, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(corpus_db, "PRAGMA journal_mode") == [("wal",)]


def test_stored_article_is_lossless(corpus_db, corpus_dir, warm_pipeline):
    """What `show --format json` gives back equals what `analyze` produces for the record."""
    pipeline = warm_pipeline
    expected = {a.id: pipeline(a).to_dict() for a in read_paths([corpus_dir.resolve()]) if isinstance(a, Article)}
    con = connect(corpus_db, readonly=True)
    try:
        for article_id, want in expected.items():
            got = load(con, resolve(con, article_id)).to_dict()
            assert got == want
    finally:
        con.close()


def test_rerun_adds_nothing(corpus_dir, tmp_path):
    db = tmp_path / "c.db"
    first = ingest([corpus_dir], db, quiet=True)
    again = ingest([corpus_dir], db, quiet=True)
    assert first.added == len(records()) and first.skipped == 0
    assert again.added == 0 and again.skipped == len(records())
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == len(records())


def test_duplicates_linked_to_first_copy(corpus_db):
    rows = dict(
        (r[0], r[1:])
        for r in _rows(corpus_db, "SELECT article_id, id, dup_of, dup_kind, dup_score FROM articles")
    )
    first = rows["izium-en"]
    assert first[1] is None
    assert rows["izium-en-copy"][1:] == (first[0], "exact", 1.0)
    assert rows["izium-en-rehead"][1] == first[0] and rows["izium-en-rehead"][2] == "near"
    assert rows["izium-en-rehead"][3] >= 0.9
    # the same story in another language is not a duplicate, nor are the floods stories
    assert rows["izium-uk"][1] is None
    assert all(rows[f"floods-{lang}"][1] is None for lang in ("en", "fr", "ru", "uk"))


def test_same_text_without_url_in_two_files_is_two_articles(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    text = "Bridge reopens in Kyiv\n\nThe Paton bridge reopened to traffic on Monday after repairs lasting a month.\n"
    (src / "a.txt").write_text(text, encoding="utf-8")
    (src / "b.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "c.db"
    ingest([src], db, components=["paragraphs.v1"], quiet=True)
    ingest([src], db, components=["paragraphs.v1"], quiet=True)
    rows = _rows(db, "SELECT article_id, dup_kind FROM articles ORDER BY id")
    assert rows == [("a", None), ("b", "exact")]


def test_two_workers_store_the_same_corpus(corpus_dir, corpus_db, tmp_path, warm_pipeline):
    db = tmp_path / "w2.db"
    summary = ingest([corpus_dir], db, workers=2, quiet=True)
    assert summary.added == len(records())
    keys = "SELECT key, dup_kind, layers FROM articles ORDER BY key"
    assert _rows(db, keys) == _rows(corpus_db, keys)
    count = "SELECT count(*) FROM annotations"
    assert _rows(db, count) == _rows(corpus_db, count)


def test_cli_ingest_quiet(capsys, corpus_dir, tmp_path):
    db = tmp_path / "cli.db"
    code = main(["ingest", str(corpus_dir), "--db", str(db), "--quiet", "--components", "paragraphs.v1"])
    out, err = capsys.readouterr()
    assert code == 0 and out == "" and err == ""
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == len(records())
    assert _rows(db, "SELECT DISTINCT layer FROM annotations ORDER BY layer") == [("paragraphs",), ("title",)]


def test_cli_ingest_summary_and_bad_component(capsys, corpus_dir, tmp_path):
    db = tmp_path / "cli.db"
    assert main(["ingest", str(corpus_dir), "--db", str(db), "--components", "paragraphs.v1"]) == 0
    err = capsys.readouterr().err
    assert f"{len(records())} article(s) stored (1 exact and 1 near duplicates linked)" in err
    code = main(["ingest", str(corpus_dir), "--db", str(db), "--components", "nosuch.v1"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("sitrep: error: no component named 'nosuch.v1'") and err.count("\n") == 1


def test_progress_bar_on_a_terminal(corpus_dir, tmp_path):
    """On a terminal (forced here with FORCE_COLOR) the progress bar shows rate and errors."""
    import os
    import subprocess
    import sys

    (tmp_path / "bad.jsonl").write_text("{nope\n", encoding="utf-8")
    env = dict(os.environ, FORCE_COLOR="1", COLUMNS="160")
    proc = subprocess.run(
        [sys.executable, "-m", "sitrep", "ingest", str(corpus_dir), str(tmp_path / "bad.jsonl"),
         "--db", str(tmp_path / "p.db"), "--components", "paragraphs.v1"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "articles/s" in proc.stderr and "1 errors" in proc.stderr and "9 stored" in proc.stderr
    assert "9 article(s) stored (1 exact and 1 near duplicates linked), 0 already stored, 1 error(s)" in proc.stderr


def test_cli_database_cannot_be_created(capsys, corpus_dir, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    code = main(["ingest", str(corpus_dir), "--db", str(blocker / "c.db"), "--components", "paragraphs.v1"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith(f"sitrep: error: {blocker / 'c.db'}: cannot create the database folder")
    assert err.count("\n") == 1
