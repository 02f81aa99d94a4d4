"""RSS and Atom feeds: each item an article with its link, title, date and text."""

from __future__ import annotations

import gzip

from sitrep.article import Article
from sitrep.readers import Problem, read_paths
from tests.corpus.builders import rss

ITEMS = [
    ("https://wire.example/1", "Power restored in Izium", "Mon, 12 Sep 2022 08:30:00 GMT",
     "<p>Engineers restored power to most of Izium on Monday.</p><p>Water supply remains cut.</p>"),
    ("https://wire.example/2", "Grain ship leaves Odesa", "Tue, 13 Sep 2022 17:05:00 +0200",
     "A ship loaded with 30,000 tonnes of wheat left the port of Odesa."),
]

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Fil</title>
<entry><title>Reprise du trafic à Kharkiv</title><link href="https://fil.example/a"/><id>urn:fil:a</id>
<updated>2022-09-14T06:00:00Z</updated>
<content type="html">&lt;p&gt;Le métro de Kharkiv a rouvert mercredi matin.&lt;/p&gt;</content></entry>
</feed>"""


def _read(path):
    items = list(read_paths([path]))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def test_rss_items(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(rss(ITEMS), encoding="utf-8")
    articles, problems = _read(path)
    assert problems == []
    a, b = articles
    assert a.title == "Power restored in Izium"
    assert a.text == "Power restored in Izium\n\nEngineers restored power to most of Izium on Monday.\n\nWater supply remains cut."
    assert a.published.value == "2022-09-12T08:30:00" and a.published.precision == "second"
    assert b.published.value == "2022-09-13T15:05:00"  # normalised to UTC
    assert a.source["url"] == "https://wire.example/1" and a.source["feed"] == "Wire"
    assert a.source["path"] == f"{path}#0" and a.source["container"] == str(path) and a.source["item"] == 0
    assert b.source["path"] == f"{path}#1"


def test_atom_sniffed_from_xml(tmp_path):
    path = tmp_path / "fil.xml"
    path.write_text(ATOM, encoding="utf-8")
    articles, problems = _read(path)
    assert problems == []
    assert articles[0].title == "Reprise du trafic à Kharkiv"
    assert "Le métro de Kharkiv a rouvert mercredi matin." in articles[0].text
    assert articles[0].source["guid"] == "urn:fil:a"


def test_gzipped_feed(tmp_path):
    path = tmp_path / "wire.rss.gz"
    path.write_bytes(gzip.compress(rss(ITEMS).encode("utf-8")))
    articles, problems = _read(path)
    assert problems == [] and len(articles) == 2


def test_feed_without_items_is_a_problem(tmp_path):
    path = tmp_path / "empty.rss"
    path.write_text(rss([]), encoding="utf-8")
    articles, problems = _read(path)
    assert articles == []
    assert [p.line() for p in problems] == [f"{path}: feed has no items"]


def test_item_without_text_is_a_problem_others_go_on(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(rss([ITEMS[0], ("https://wire.example/3", "Headline only", "Mon, 12 Sep 2022 09:00:00 GMT", "")]))
    articles, problems = _read(path)
    assert len(articles) == 1
    assert problems[0].origin == f"{path}#1" and "no text" in problems[0].message


def test_not_a_feed(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("this is not xml at all", encoding="utf-8")
    articles, problems = _read(path)
    assert articles == [] and "not an RSS or Atom feed" in problems[0].message
