"""WARC archives: response records with HTML become articles that keep their origin."""

from __future__ import annotations

import pytest

from sitrep.article import Article
from sitrep.readers import Problem, read_paths
from tests.corpus.builders import ARTICLES, write_warc

PAGES = [
    ("https://news.example.org/kharkiv-floods", *ARTICLES["en"]),
    ("https://nouvelles.example.fr/kharkiv-inondations", *ARTICLES["fr"]),
]


def _read(path):
    items = list(read_paths([path]))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


@pytest.mark.parametrize("name,gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_response_records_become_articles_with_origin(tmp_path, name, gz):
    path = tmp_path / name
    offsets = write_warc(path, PAGES, gzip=gz)
    articles, problems = _read(path)
    assert problems == []
    assert [a.source["url"] for a in articles] == [p[0] for p in PAGES]
    assert [a.title for a in articles] == [p[1] for p in PAGES]
    first = articles[0]
    assert "Two bridges over the Lopan river were closed" in first.text
    assert "Home | World" not in first.text
    assert first.source["reader"] == "warc.v1" and first.source["content_reader"] == "html.v1"
    assert first.source["container"] == str(path)
    assert [a.source["offset"] for a in articles] == offsets
    assert first.source["path"] == f"{path}@{offsets[0]}"
    assert first.source["record_id"].startswith("<urn:uuid:")
    assert first.source["fetched"]


def test_truncated_warc_keeps_earlier_records_and_names_the_offset(tmp_path):
    full = tmp_path / "full.warc"
    offsets = write_warc(full, PAGES, extra=False)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(full.read_bytes()[: offsets[1] + 300])
    articles, problems = _read(cut)
    assert [a.source["url"] for a in articles] == [PAGES[0][0]]
    assert len(problems) == 1
    assert problems[0].origin == f"{cut}@{offsets[1]}"
    assert "truncated WARC" in problems[0].message


def test_truncated_warc_gz(tmp_path):
    full = tmp_path / "full.warc.gz"
    offsets = write_warc(full, PAGES, gzip=True, extra=False)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(full.read_bytes()[: offsets[1] + 100])
    articles, problems = _read(cut)
    assert [a.source["url"] for a in articles] == [PAGES[0][0]]
    assert len(problems) == 1 and "truncated" in problems[0].message
    assert problems[0].origin.startswith(f"{cut}@")


def test_declared_legacy_charset_is_decoded(tmp_path):
    path = tmp_path / "ru.warc"
    write_warc(path, [("https://ru.example/1", *ARTICLES["ru"])], content_type="text/html; charset=windows-1251",
               encoding="cp1251")
    articles, problems = _read(path)
    assert problems == []
    assert articles[0].title == ARTICLES["ru"][0]


def test_unknown_charset_is_a_problem(tmp_path):
    path = tmp_path / "x.warc"
    write_warc(path, [("https://x.example/1", *ARTICLES["en"])], content_type="text/html; charset=x-martian-7")
    articles, problems = _read(path)
    assert articles == []
    assert "unknown encoding 'x-martian-7'" in problems[0].message
    assert problems[0].origin.startswith(f"{path}@")


def test_sniffed_without_extension(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, PAGES[:1])
    other = tmp_path / "dump.bin"
    other.write_bytes(path.read_bytes())
    articles, problems = _read(other)
    assert problems == [] and articles[0].source["url"] == PAGES[0][0]
