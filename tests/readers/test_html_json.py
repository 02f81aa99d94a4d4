"""HTML (trafilatura) and JSON / JSONL records."""

from __future__ import annotations

import json

from sitrep.article import Article, Published
from sitrep.readers import Problem, read_bytes

PAGE = """<!doctype html><html lang="en"><head><title>Izium retaken | Example News</title>
<meta property="og:title" content="Ukraine says it retook Izium">
<meta property="article:published_time" content="2022-09-11T08:30:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ukraine says it retook Izium</h1>
<p>Ukrainian forces entered the eastern city of Izium on Saturday, the General Staff said on Sunday.</p>
<p>"The Russian army is demonstrating the best it can do: showing its back," President Volodymyr Zelenskiy said in a video address.</p>
<p>Russia's Defence Ministry said its troops were regrouping towards Donetsk to reinforce the offensive there.</p>
</article><footer>Copyright 2022 Example News. All rights reserved.</footer></body></html>"""


def test_html_main_text_title_and_date():
    (art,) = list(read_bytes(PAGE.encode(), "page.html", "page", ".html"))
    assert isinstance(art, Article), art
    assert art.title == "Ukraine says it retook Izium"
    assert art.published == Published("2022-09-11", "day")
    assert "entered the eastern city of Izium" in art.text
    assert "All rights reserved" not in art.text and "Home" not in art.text
    assert art.text.startswith(art.title + "\n\n")
    assert art.source["reader"] == "html.v1"


def test_html_without_text_is_a_problem():
    (item,) = list(read_bytes(b"<html><head><title></title></head><body><div></div></body></html>", "empty.html", "e", ".html"))
    assert isinstance(item, Problem)


def test_jsonl_records_keep_unknown_keys_and_report_bad_lines():
    lines = [
        {"id": "r1", "url": "https://example.org/1", "title": "Kyiv says", "text": "First.\n\nSecond.",
         "published": "2022-09-10", "source": "Example", "language": "EN", "section": "world"},
        "this is not json",
        {"id": "r3", "text": ""},
        {"id": "r4", "text": "Sans titre.", "published": "yesterday"},
    ]
    data = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines).encode()
    items = list(read_bytes(data, "feed.jsonl", "feed", ".jsonl"))
    first, bad, empty, fourth = items
    assert first.id == "r1" and first.language == "en" and first.title == "Kyiv says"
    assert first.text == "Kyiv says\n\nFirst.\n\nSecond."
    assert first.published == Published("2022-09-10", "day")
    assert first.source["url"] == "https://example.org/1"
    assert first.source["outlet"] == "Example"
    assert first.source["extra"] == {"section": "world"}
    assert isinstance(bad, Problem) and bad.origin == "feed.jsonl:2" and "not valid JSON" in bad.message
    assert isinstance(empty, Problem) and "no 'text'" in empty.message
    assert fourth.published is None and any("yesterday" in w for w in fourth.warnings)


def test_json_list_of_records():
    data = json.dumps([{"text": "Un."}, {"text": "Deux."}, 3]).encode()
    items = list(read_bytes(data, "list.json", "list", ".json"))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Problem"]
    assert items[1].id == "list-1"


def test_single_line_breaks_are_paragraphs_in_records():
    (art,) = list(read_bytes(json.dumps({"text": "Line one.\nLine two.\nLine three."}).encode(), "r.json", "r", ".json"))
    assert art.text.split("\n\n") == ["Line one.", "Line two.", "Line three."]


def test_sitrep_json_output_reads_back_with_its_layers(examples):
    from sitrep.pipeline import default_pipeline
    from sitrep.readers import read_paths

    (article,) = list(read_paths([examples / "kharkiv_fr.txt"]))
    default_pipeline()(article)
    (again,) = list(read_bytes(article.to_json().encode(), "out.json", "x", ".json"))
    assert isinstance(again, Article)
    assert again.to_dict() == article.to_dict()
    assert not again.warnings


def test_record_published_may_be_an_object():
    data = json.dumps({"text": "Corps.", "published": {"value": "2022-09", "precision": "month"}}).encode()
    (art,) = list(read_bytes(data, "r.json", "r", ".json"))
    assert art.published == Published("2022-09", "month") and not art.warnings


def test_broken_sitrep_json_is_a_problem():
    data = json.dumps({"schema": "1.0", "id": "x", "text": "abc", "layers": {"x": [{"start": 0}]}}).encode()
    (item,) = list(read_bytes(data, "broken.json", "x", ".json"))
    assert isinstance(item, Problem) and "invalid sitrep article JSON" in item.message
