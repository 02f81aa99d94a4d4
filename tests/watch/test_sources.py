"""The sources file: what is accepted, and one clear line for what is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.cli import main
from sitrep.watch.sources import Policy, SourcesError, load_sources, parse_duration, parse_size

DOCS = Path(__file__).resolve().parents[2] / "docs" / "watch.md"


def _write(tmp_path, text: str) -> Path:
    p = tmp_path / "sources.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_full_file(tmp_path):
    p = _write(tmp_path, """
defaults:
  every: 10m
  rate: 0.5
  max_bytes: 5MB
  robots: true
sources:
  - feed: https://kyivindependent.com/feed/
    name: Kyiv Independent
    language: en
    country: ua
  - sitemap: https://www.pravda.com.ua/sitemap/news.xml
    every: 1h
    max_new: 20
  - page: https://example.org/live
    robots: false
  - page: https://example.org/world/
    follow: '/world/\\d{4}/'
    home: {country: US, admin1: LA}
""")
    policy, sources = load_sources(p)
    assert policy.every == 600 and policy.rate == 0.5 and policy.max_bytes == 5_000_000
    feed, smap, page, index = sources
    assert (feed.kind, feed.name, feed.language, feed.home, feed.every) == ("feed", "Kyiv Independent", "en", "UA", 600)
    assert (smap.every, smap.max_new) == (3600, 20)
    assert page.robots is False and not page.is_index
    assert index.is_index and index.home == {"country": "US", "admin1": "LA"}
    # --every sets the interval of the sources without one of their own
    _, sources = load_sources(p, every=30)
    assert [s.every for s in sources] == [30, 3600, 30, 30]


@pytest.mark.parametrize("text, message", [
    ("sources: [", "not valid YAML at line"),
    ("- feed: https://a.example/rss\n  fed: x\n", "source 1: unknown key 'fed'"),
    ("sources:\n  - feed: ftp://a.example/rss\n", "source 1: only http and https URLs are fetched"),
    ("sources:\n  - name: x\n", "source 1: needs exactly one of feed, sitemap, page"),
    ("sources:\n  - feed: https://a.example/rss\n  - feed: https://a.example/rss\n", "source 2: https://a.example/rss is listed twice"),
    ("sources:\n  - page: https://a.example/\n    follow: '(['\n", "follow: not a regular expression"),
    ("sources:\n  - feed: https://a.example/rss\n    every: soon\n", "every: not a duration: 'soon'"),
    ("sources:\n  - feed: https://a.example/rss\n    country: Ukraine\n", "country: expected an ISO 3166"),
    ("defaults: {rte: 1}\nsources:\n  - feed: https://a.example/rss\n", "unknown setting 'rte' in defaults"),
    ("defaults: {concurrency: 0}\nsources:\n  - feed: https://a.example/rss\n", "concurrency: must be at least 1"),
    ("sources: []\n", "no sources listed"),
    ("hello\n", "expected a `sources:` list"),
])
def test_bad_file_is_one_line(tmp_path, text, message):
    p = _write(tmp_path, text)
    with pytest.raises(SourcesError) as err:
        load_sources(p)
    assert message in str(err.value) and str(p) in str(err.value) and "\n" not in str(err.value)


def test_cli_reports_bad_sources_without_traceback(tmp_path, capsys):
    p = _write(tmp_path, "sources:\n  - feed: file:///etc/passwd\n")
    assert main(["watch", "--db", str(tmp_path / "c.db"), "--sources", str(p), "--once"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "only http and https" in err and "Traceback" not in err
    assert not (tmp_path / "c.db").exists()
    assert main(["watch", "--db", str(tmp_path / "c.db"), "--sources", str(tmp_path / "none.yaml")]) == 1
    assert "no such sources file" in capsys.readouterr().err
    assert main(["watch", "--db", str(tmp_path / "c.db"), "--sources", str(p), "--every", "often"]) == 2


def test_sources_command_on_a_corpus_without_watch(tmp_path, capsys):
    from sitrep.corpus.schema import connect

    connect(tmp_path / "c.db", create=True).close()
    assert main(["sources", "--db", str(tmp_path / "c.db")]) == 0
    assert "no watched sources" in capsys.readouterr().out
    assert main(["sources", "--db", str(tmp_path / "missing.db")]) == 1
    assert "no such corpus database" in capsys.readouterr().err


def test_durations_and_sizes():
    assert parse_duration("15m") == 900 and parse_duration("250ms") == 0.25 and parse_duration(90) == 90
    assert parse_size("500kB") == 500_000 and parse_size(1024) == 1024
    with pytest.raises(ValueError):
        parse_duration("-1s")


def test_docs_list_every_setting():
    from sitrep.watch.sources import markdown_table

    table = markdown_table()
    assert all(f"| `{key}` |" in table for key in Policy.keys())
    assert table in DOCS.read_text(encoding="utf-8"), "regenerate with python -m sitrep.watch.sources"


def test_docs_example_loads(tmp_path):
    text = DOCS.read_text(encoding="utf-8")
    example = text.split("```yaml\n", 1)[1].split("```", 1)[0]
    policy, sources = load_sources(_write(tmp_path, example))
    assert policy.rate == 0.5 and [s.kind for s in sources] == ["feed", "sitemap", "page", "page"]
    assert sources[2].is_index and sources[2].home == {"country": "US", "admin1": "LA"}
    assert sources[3].robots is False and sources[1].every == 300
