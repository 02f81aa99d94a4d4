"""Plain-text reader: title, date header, paragraphs, debris, raw mapping."""

from __future__ import annotations

import hashlib

from sitrep.article import Article, Published
from sitrep.readers import Problem, read_bytes, read_paths


def _one(data: bytes, name: str = "a.txt") -> Article:
    (item,) = list(read_bytes(data, name, "a", ".txt"))
    assert isinstance(item, Article), item
    return item


def test_seed_title_date_and_paragraphs(seed_path):
    (article,) = list(read_paths([seed_path]))
    assert article.title.startswith("Kiev et Washington ont “constamment” discuté")
    assert "date" not in article.title
    assert article.published == Published("2022-09", "month")
    body = article.text.split("\n\n")
    assert body[0] == article.title
    assert len(body) == 13  # title + the 12 real paragraphs
    assert body[7].startswith("L’offensive ukrainienne")
    assert "\n\n\n" not in article.text


def test_seed_raw_is_recoverable(seed_path):
    data = seed_path.read_bytes()
    (article,) = list(read_paths([seed_path]))
    raw = data.decode("utf-8")
    assert article.raw.sha256 == hashlib.sha256(data).hexdigest()
    assert article.raw.length == len(raw)
    for t0, r0, n in article.raw.segments:
        assert article.text[t0 : t0 + n] == raw[r0 : r0 + n]
    covered = sum(n for _, _, n in article.raw.segments)
    assert covered == len(article.text) - 2 * 12  # all but the inserted paragraph breaks
    assert article.raw.to_raw(article.text.index("Izyum")) == raw.index("Izyum")


def test_header_on_its_own_line_and_day_precision():
    art = _one("date 2022-09-10\nUkraine retakes Izium\n\nFirst paragraph.\n".encode())
    assert art.published == Published("2022-09-10", "day")
    assert art.title == "Ukraine retakes Izium"
    assert art.text == "Ukraine retakes Izium\n\nFirst paragraph."


def test_no_header_keeps_first_line_as_title():
    art = _one(b"Datelines matter\n\nBody text here.")
    assert art.published is None
    assert art.title == "Datelines matter"


def test_bad_header_date_is_a_warning_not_a_failure():
    art = _one(b"date 2022-13-45 Title here\n\nBody.")
    assert art.published is None
    assert art.title == "Title here"
    assert any("2022-13-45" in w for w in art.warnings)


def test_crlf_debris_and_zero_width_are_cleaned():
    raw = "Titre\r\n\r\n\u00a0\r\n* * *\r\nPremier\u200b paragraphe.\r\nsuite  \r\n\r\n\r\n———\r\nSecond.\r\n"
    art = _one(raw.encode())
    assert art.text == "Titre\n\nPremier paragraphe.\nsuite\n\nSecond."
    for t0, r0, n in art.raw.segments:
        assert art.text[t0 : t0 + n] == raw[r0 : r0 + n]


def test_whitespace_only_file_is_a_problem():
    (item,) = list(read_bytes(b" \n\n\t\n", "blank.txt", "blank", ".txt"))
    assert isinstance(item, Problem)
    assert "no text" in item.message
