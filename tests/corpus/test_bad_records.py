"""Bad records are recorded as errors with origin and reason; everything else ingests."""

from __future__ import annotations

import gzip
import json

import pytest

from tests.corpus.builders import ARTICLES, rss, write_jsonl, write_warc
from sitrep.cli import main
from sitrep.corpus.ingest import ingest
from sitrep.corpus.schema import connect
from sitrep.corpus.stats import errors

GOOD = "Harvest begins in Poltava\n\nFarmers in Poltava region began the wheat harvest on Monday.\n"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    src = tmp_path_factory.mktemp("bad_src")
    # a truncated WARC: its first record is good
    full = src / "full.warc.tmp"
    offsets = write_warc(full, [("https://a.example/1", *ARTICLES["en"]), ("https://a.example/2", *ARTICLES["fr"])],
                         extra=False)
    (src / "crawl.warc").write_bytes(full.read_bytes()[: offsets[1] + 200])
    full.unlink()
    (src / "garbage.txt.gz").write_bytes(gzip.compress(GOOD.encode())[:12] + b"\x00garbage\xff" * 30)
    write_jsonl(src / "lines.jsonl", [
        {"text": "Markets rally in Warsaw\n\nShares rose two percent.", "url": "https://w.example/1"},
    ])
    with (src / "lines.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"text": "cut off in the middle\n')
        fh.write(json.dumps({"text": "Train service resumes to Kherson.", "url": "https://w.example/2"}) + "\n")
    (src / "empty.rss").write_text(rss([]), encoding="utf-8")
    (src / "zero.txt").write_bytes(b"")
    (src / "huge.txt").write_bytes(b"word " * 4_300_000)  # 21.5 MB
    (src / "legacy.txt").write_bytes("Паводок у Полтаві\n\nФермери почали жнива в понеділок.\n".encode("cp1251"))
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path_factory.mktemp("bad_db") / "c.db"
    summary = ingest([src], db, components=["paragraphs.v1"], quiet=True)
    return src, db, summary


def _errors(db):
    con = connect(db, readonly=True)
    try:
        return {e["origin"]: e for e in errors(con)}
    finally:
        con.close()


def test_good_records_are_stored(ingested):
    src, db, summary = ingested
    con = connect(db, readonly=True)
    try:
        titles = sorted(r[0] for r in con.execute("SELECT coalesce(title, unz(text)) FROM articles"))
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert titles == sorted([ARTICLES["en"][0], "Harvest begins in Poltava", "Markets rally in Warsaw\n\nShares rose two percent.",
                             "Train service resumes to Kherson."])
    assert summary.added == 4


@pytest.mark.parametrize("origin,reason", [
    ("crawl.warc@{1}", "truncated WARC"),
    ("garbage.txt.gz", "corrupt gzip data"),
    ("lines.jsonl:2", "not valid JSON"),
    ("empty.rss", "feed has no items"),
    ("zero.txt", "empty file"),
    ("huge.txt", "file too large: 21.5 MB"),
    ("legacy.txt", "unknown encoding"),
])
def test_each_bad_record_is_an_error(ingested, origin, reason):
    src, db, _ = ingested
    errs = _errors(db)
    if "@" in origin:
        matches = [o for o in errs if o.startswith(str(src / "crawl.warc@"))]
        assert len(matches) == 1
        origin = matches[0]
    else:
        origin = str(src / origin)
    assert origin in errs, sorted(errs)
    assert reason in errs[origin]["reason"]
    assert errs[origin]["stage"] == "read"


def test_no_other_errors(ingested):
    _, db, _ = ingested
    assert len(_errors(db)) == 7


def test_errors_command(ingested, capsys):
    src, db, _ = ingested
    assert main(["errors", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 7
    assert f"{src / 'empty.rss'}: feed has no items [read]" in out
    assert main(["errors", "--db", str(db), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["origin"] for r in rows} == set(_errors(db))


def test_rerun_records_errors_once(ingested, tmp_path):
    src, db, _ = ingested
    again = ingest([src], db, components=["paragraphs.v1"], quiet=True)
    assert again.added == 0
    errs = _errors(db)
    assert len(errs) == 7 and all(e["seen"] == 2 for e in errs.values())


def test_pipeline_failure_is_recorded(tmp_path, monkeypatch):
    """A component raising on one article: that article is an error, the others are stored."""
    from sitrep.components.paragraphs import Paragraphs

    real = Paragraphs.predict

    def flaky(self, article):
        if "EXPLODE" in article.text:
            raise RuntimeError("boom on purpose")
        return real(self, article)

    monkeypatch.setattr(Paragraphs, "predict", flaky)
    write_jsonl(tmp_path / "a.jsonl", [{"text": "Quiet day in Lviv."}, {"text": "EXPLODE here."}, {"text": "Rain in Odesa."}])
    db = tmp_path / "c.db"
    summary = ingest([tmp_path / "a.jsonl"], db, components=["paragraphs.v1"], quiet=True)
    assert summary.added == 2
    (err,) = _errors(db).values()
    assert err["origin"] == f"{tmp_path / 'a.jsonl'}:2" and err["stage"] == "pipeline"
    assert err["reason"] == "RuntimeError: boom on purpose" and err["component"] == "paragraphs.v1"


def test_missing_source_only(tmp_path, capsys):
    db = tmp_path / "c.db"
    code = main(["ingest", str(tmp_path / "nowhere"), "--db", str(db), "--components", "paragraphs.v1"])
    err = capsys.readouterr().err
    assert code == 1
    assert "0 article(s) stored" in err and "1 error(s)" in err
    assert main(["errors", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == f"{tmp_path / 'nowhere'}: no such file or directory [read]"
