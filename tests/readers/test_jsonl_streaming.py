"""A JSONL file is read a line at a time: the same records, and the whole text is never held."""

from __future__ import annotations

import json

from sitrep.article import Article
from sitrep.readers import Problem
from sitrep.readers.jsonl import read_jsonl


def _records(data: bytes) -> list:
    return [(a.id, a.text, a.warnings) if isinstance(a, Article) else (a.origin, a.message)
            for a in read_jsonl(data, "news.jsonl", "news")]


def test_lines_decoded_one_at_a_time_give_the_same_records():
    lines = [{"id": "a", "text": "Харків\u2028під обстрілом", "language": "uk"},
             {"id": "b", "text": "Izium\u0085liberated", "language": "en"}]
    data = ("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n\nnot json\n").encode("utf-8")
    out = _records(data)
    assert [r[1] for r in out[:2]] == ["Харків\u2028під обстрілом", "Izium\u0085liberated"]
    assert out[2] == ("news.jsonl:4", "not valid JSON: Expecting value at column 1")
    # a byte-order mark, and damaged UTF-8, go through the whole-text path with the same records
    assert [r[1] for r in _records(b"\xef\xbb\xbf" + data)[:2]] == [r[1] for r in out[:2]]
    damaged = _records(data.replace("обстрілом".encode(), b"\xff\xfe"))
    assert damaged[0][1].endswith("\ufffd\ufffd") and "invalid UTF-8" in damaged[0][2][0]


def test_reading_holds_no_copy_of_the_whole_text():
    import tracemalloc

    record = json.dumps({"text": "Київ " * 2000, "language": "uk"}, ensure_ascii=False)
    data = ("\n".join(record for _ in range(200)) + "\n").encode("utf-8")  # 2.4 MB, 2 M characters
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        held = []
        for item in read_jsonl(data, "big.jsonl", "big"):
            assert not isinstance(item, Problem)
            held.append(tracemalloc.get_traced_memory()[0] - before)
            del item
    finally:
        tracemalloc.stop()
    assert len(held) == 200
    # the decoded text would be 8 MB (4 bytes a character) held to the last record; the lines
    # decoded one at a time hold one record (about 40 kB) while the text is checked once
    assert max(held) < 1_000_000
