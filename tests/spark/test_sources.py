"""The job's listing and reading follow `sitrep ingest` (no Spark needed)."""

from __future__ import annotations

from dataclasses import replace

from sitrep.readers import Problem, read_paths
from sitrep.settings import Config
from sitrep.spark.sources import _list_remote, list_sources, read_entry
from tests.spark.inputs import write_bad, write_good


def _flat(items):
    return [(i.origin, i.message) if isinstance(i, Problem) else (i.id, i.text, i.source.get("path")) for i in items]


def test_listing_and_reading_follow_ingest_order(tmp_path):
    write_good(tmp_path / "src" / "good", 6)
    write_bad(tmp_path / "src" / "bad")
    (tmp_path / "src" / ".hidden.txt").write_text("not read\n")
    (tmp_path / "out").mkdir()
    sources = [str(tmp_path / "src"), str(tmp_path / "missing"), str(tmp_path / "src" / "good" / "good.txt")]
    entries = list_sources(sources)
    got = [x for e in entries for x in read_entry(e, Config())]
    assert _flat(got) == _flat(read_paths(sources, Config()))
    assert [e.index for e in entries] == list(range(len(entries)))
    assert not any(".hidden" in e.path for e in entries)


def test_output_folder_inside_a_source_is_not_read(tmp_path):
    (tmp_path / "news.txt").write_text("Title\n\nBody text of the article.\n")
    (tmp_path / "out" / "articles").mkdir(parents=True)
    (tmp_path / "out" / "articles" / "part-0.parquet").write_bytes(b"PAR1")
    (tmp_path / "outside.txt").write_text("Another\n\nMore text.\n")
    paths = [e.path for e in list_sources([str(tmp_path)], skip=str(tmp_path / "out"))]
    assert paths == [str(tmp_path / "news.txt"), str(tmp_path / "outside.txt")]


def test_uris_are_read_through_pyarrow_fs_like_local_files(tmp_path):
    write_good(tmp_path / "good", 4)
    local = [x for e in list_sources([str(tmp_path / "good")]) for x in read_entry(e, Config())]
    uri = (tmp_path / "good").as_uri()
    listed = list(_list_remote(uri))
    assert [p.rsplit("/", 1)[-1] for p, _id, _pb in listed] == sorted(p.name for p in (tmp_path / "good").iterdir())
    entries = [e for e in list_sources([str(tmp_path / "good")])]
    remote = [x for e, (path, aid, _pb) in zip(entries, listed)
              for x in read_entry(replace(e, path=path, article_id=aid, remote=True), Config())]
    assert [(a.id, a.text) for a in remote] == [(a.id, a.text) for a in local]
