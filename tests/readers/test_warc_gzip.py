"""gzip variants of every format, and bad gzip data."""

from __future__ import annotations

import gzip
import json

import pytest

from sitrep.article import Article
from sitrep.readers import Problem, read_paths
from sitrep.settings import Config

TEXT = "Ceasefire talks resume in Geneva\n\nDelegations met on Friday for a third round of talks.\n"


def _read(path, config=None):
    items = list(read_paths([path], config))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


@pytest.mark.parametrize("name,payload", [
    ("a.txt.gz", TEXT.encode()),
    ("a.jsonl.gz", (json.dumps({"text": TEXT, "url": "https://x/1"}) + "\n").encode()),
    ("a.json.gz", json.dumps({"text": TEXT}).encode()),
    ("a.html.gz", b"<html><head><title>Ceasefire talks resume in Geneva</title></head><body><article><p>"
                  b"Delegations met on Friday for a third round of talks in the Swiss city, officials said."
                  b"</p></article></body></html>"),
])
def test_gzip_variants(tmp_path, name, payload):
    path = tmp_path / name
    path.write_bytes(gzip.compress(payload))
    articles, problems = _read(path)
    assert problems == []
    assert "third round of talks" in articles[0].text
    assert articles[0].source["path"].startswith(str(path))


def test_multi_member_gzip(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    lines = [json.dumps({"text": f"Story {i}. The market opened higher."}) + "\n" for i in range(3)]
    path.write_bytes(b"".join(gzip.compress(line.encode()) for line in lines))
    articles, problems = _read(path)
    assert problems == [] and len(articles) == 3


@pytest.mark.parametrize("data,reason", [
    (b"\x1f\x8b\x08\x00" + b"garbage" * 20, "corrupt gzip data"),
    (b"plain text, not gzip", "not gzip data"),
    (None, "truncated gzip data"),
    ("trailing", "garbage after gzip member"),
])
def test_bad_gzip(tmp_path, data, reason):
    good = gzip.compress(TEXT.encode() * 50)
    if data is None:
        data = good[: len(good) // 2]
    elif data == "trailing":
        data = good + b"NOT GZIP AT ALL"
    path = tmp_path / "bad.txt.gz"
    path.write_bytes(data)
    articles, problems = _read(path)
    assert articles == []
    assert problems[0].origin == str(path) and reason in problems[0].message


def test_gzip_bomb_is_refused(tmp_path):
    path = tmp_path / "big.txt.gz"
    path.write_bytes(gzip.compress(b"word " * 600_000))  # 3 MB once decompressed
    articles, problems = _read(path, Config().updated(max_input_mb=1.0))
    assert articles == [] and "larger than 1 MB" in problems[0].message
