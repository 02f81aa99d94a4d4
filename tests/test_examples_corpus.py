"""The bundled demo corpus (``src/sitrep/examples/corpus``) and its ground truth."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime
from urllib.parse import urlparse

import pytest

from sitrep.article import Article
from sitrep.components.language import identify
from sitrep.readers import Problem, read_paths

LANGUAGES = ("fr", "en", "ru", "uk")


@pytest.fixture(scope="module")
def corpus(examples):
    return examples / "corpus"


@pytest.fixture(scope="module")
def articles(corpus) -> dict[str, Article]:
    items = list(read_paths([corpus]))
    problems = [i for i in items if isinstance(i, Problem)]
    assert not problems, problems
    return {a.id: a for a in items}


@pytest.fixture(scope="module")
def truth(corpus) -> dict:
    return json.loads((corpus / "relations.json").read_text(encoding="utf-8"))


def test_every_file_is_one_article_named_by_its_id(corpus, articles):
    stems = sorted(p.stem for p in corpus.glob("*.json") if p.name != "relations.json")
    assert sorted(articles) == stems
    assert len(articles) >= 30
    for a in articles.values():
        assert not a.warnings, (a.id, a.warnings)
        number, lang, _slug = a.id.split("_", 2)
        assert number.isdigit() and lang == a.language


def test_four_languages_at_least_six_each(articles):
    counts = Counter(a.language for a in articles.values())
    assert set(counts) == set(LANGUAGES)
    assert min(counts.values()) >= 6, counts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_declared_language_is_the_identified_one(articles, lang):
    for a in articles.values():
        if a.language == lang:
            assert identify(a.text)[0][0] == lang, a.id


def test_metadata_dates_outlets_urls(corpus, articles):
    hosts: dict[str, set[str]] = {}
    for a in articles.values():
        raw = json.loads((corpus / f"{a.id}.json").read_text(encoding="utf-8"))
        assert a.published is not None and a.published.precision == "second"
        when = datetime.fromisoformat(raw["published"])
        assert when.utcoffset() is not None
        assert "2022-09-06" <= when.date().isoformat() <= "2022-09-12"
        assert a.source["outlet"] == raw["source"] and a.title == raw["title"]
        url = urlparse(a.source["url"])
        assert url.scheme == "https" and url.hostname.endswith(".example")
        hosts.setdefault(raw["source"], set()).add(url.hostname)
        words = len(a.text.split())
        assert 80 <= words <= 200, (a.id, words)
        assert "\n\n" in a.text.strip()
    # one host per outlet, one outlet per host
    assert all(len(h) == 1 for h in hosts.values())
    assert len({next(iter(h)) for h in hosts.values()}) == len(hosts)


def _when(corpus, article_id: str) -> datetime:
    raw = json.loads((corpus / f"{article_id}.json").read_text(encoding="utf-8"))
    return datetime.fromisoformat(raw["published"])


def test_relations_refer_to_existing_articles(truth, articles):
    kinds = Counter(r["kind"] for r in truth["relations"])
    assert set(kinds) == {"copy", "translation", "rewrite", "same_incident_conflicting_toll", "denial"}
    for r in truth["relations"]:
        assert set(r["articles"]) <= set(articles), r
        assert r["original"] is None or r["original"] in r["articles"]
        assert r["note"]
    for group in truth["stories"]["groups"].values():
        assert set(group) <= set(articles)
    assert set(truth["notes"]) <= set(articles)


def test_relations_match_the_texts(truth, articles, corpus):
    for r in truth["relations"]:
        members = [articles[i] for i in r["articles"]]
        langs = {a.language for a in members}
        outlets = {a.source["outlet"] for a in members}
        if r["original"]:
            first = min(_when(corpus, i) for i in r["articles"])
            assert _when(corpus, r["original"]) == first, r["kind"]
        if r["kind"] == "copy":
            assert len(members) >= 3 and len(langs) == 1 and len(outlets) == len(members)
            assert len({a.title for a in members}) == len(members)
            original = articles[r["original"]].text
            for a in members:
                shared = set(a.text.split("\n\n")) & set(original.split("\n\n"))
                assert len(shared) >= 4, a.id  # near-verbatim paragraphs
        elif r["kind"] in ("translation", "rewrite"):
            assert len(members) == 2
            assert len(langs) == (2 if r["kind"] == "translation" else 1)
            assert len(outlets) == 2
        elif r["kind"] == "same_incident_conflicting_toll":
            assert len(outlets) == len(members)
            killed = {r["tolls"][i]["killed"] for i in r["articles"]}
            assert len(killed) == len(members)
            place = r["incident"]["place"]
            assert all(re.search(place[:5], a.text) or re.search("Чугу", a.text) for a in members)
        elif r["kind"] == "denial":
            assert set(r["denied_by"]) <= set(r["articles"]) and r["original"] not in r["denied_by"]


def test_sitrepignore_skips_listed_files(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nKharkiv was shelled on Monday, officials said.\n")
    (tmp_path / "NOTES.md").write_text("not an article\n")
    (tmp_path / "meta").mkdir()
    (tmp_path / "meta" / "b.txt").write_text("Other\n\nText.\n")
    (tmp_path / ".sitrepignore").write_text("# comments and blank lines are fine\n\nNOTES.md\nmeta/\n")
    items = list(read_paths([tmp_path]))
    assert [a.id for a in items if isinstance(a, Article)] == ["a"]
    assert not [i for i in items if isinstance(i, Problem)]
