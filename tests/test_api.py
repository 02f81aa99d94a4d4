"""The public Python API (``import sitrep``), used as a notebook user would."""

from __future__ import annotations

import doctest
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import sitrep
from sitrep.cli import main

from .conftest import EXAMPLES, ROOT

EXAMPLE_FILES = sorted(EXAMPLES.glob("kharkiv_*.txt"))


@pytest.fixture(scope="module")
def nlp():
    return sitrep.load()


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("api") / "corpus.db"
    summary = sitrep.ingest([*EXAMPLE_FILES, EXAMPLES / "corpus"], db)
    assert summary.added == len(EXAMPLE_FILES) + 34 and summary.errors == 0
    return db


@pytest.mark.parametrize("module", ["sitrep", "sitrep.api", "sitrep.article"])
def test_doctests(module, corpus_db):
    """Every docstring example of the public API; method examples get ``corpus``: the demo corpus."""
    import importlib

    with sitrep.Corpus(corpus_db) as corpus:
        result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS,
                                 extraglobs={"corpus": corpus})
    assert result.attempted > 0
    assert result.failed == 0


def test_every_public_callable_has_an_example():
    import inspect

    from sitrep.api import Analyzer, Corpus

    missing = []
    for name in sitrep.__all__:
        obj = getattr(sitrep, name)
        if inspect.isfunction(obj) and ">>>" not in (obj.__doc__ or ""):
            missing.append(name)
    for cls in (Analyzer, Corpus):
        for name in ("__call__", "pipe", "search", "article", "tables", "articles", "places"):
            if name in vars(cls) and ">>>" not in (getattr(cls, name).__doc__ or ""):
                missing.append(f"{cls.__name__}.{name}")
    assert missing == []


def test_import_loads_nothing_heavy():
    code = ("import sys, sitrep; print(sorted(m for m in sys.modules if m.startswith("
            "('sitrep.', 'spacy', 'pycrfsuite', 'pandas', 'lingua', 'pymorphy3'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out.replace("'", '"')) == []


def test_public_names_resolve():
    for name in sitrep.__all__:
        assert getattr(sitrep, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        sitrep.nope  # noqa: B018


def test_load_twice_reuses_models(nlp):
    again = sitrep.load()
    assert again.pipeline is nlp.pipeline
    assert sitrep.load(langid_sample_chars=300).pipeline is not nlp.pipeline
    with pytest.raises(TypeError, match="unknown setting"):
        sitrep.load(colour="red")


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_same_article_as_analyze_json(nlp, path, tmp_path):
    out = tmp_path / "a.json"
    assert main(["analyze", str(path), "--format", "json", "--out", str(out)]) == 0
    cli = json.loads(out.read_text(encoding="utf-8"))
    api = nlp(path.read_text(encoding="utf-8"), id=path.stem, source={"path": str(path)})
    assert json.loads(api.to_json()) == cli
    assert sitrep.Article.from_json(api.to_json()).to_dict() == cli


def test_same_article_as_analyze_json_seed(nlp, seed_path, tmp_path):
    out = tmp_path / "seed.json"
    assert main(["analyze", str(seed_path), "--format", "json", "--out", str(out)]) == 0
    api = nlp(seed_path.read_text(encoding="utf-8"), id=seed_path.stem, source={"path": str(seed_path)})
    assert json.loads(api.to_json()) == json.loads(out.read_text(encoding="utf-8"))


def test_metadata_and_layers(nlp):
    art = nlp("Russian troops shelled Chuhuiv on Wednesday, the governor said.", title="Chuhuiv shelled",
              published="2022-09-07", lang="en", source="Example Wire")
    assert art.title == "Chuhuiv shelled" and art.language == "en"
    assert art.published == sitrep.Published("2022-09-07", "day")
    assert art.source["outlet"] == "Example Wire"
    places = art.layer("places")
    assert "Chuhuiv" in [p.surface for p in places]
    assert all(art.text[p.start:p.end] == p.surface for p in places)
    assert [t.attrs["value"] for t in art.layer("times")] == ["2022-09-07"]
    frame = art.to_pandas("places")
    row = frame[frame["surface"] == "Chuhuiv"].iloc[0]
    assert row["attr_country"] == "UA" and 49 < row["attr_lat"] < 50.5
    assert list(frame.columns[:10]) == ["article", "layer", "seq", "start", "end", "surface", "label",
                                        "producer", "confidence", "attrs_json"]
    assert art.layer("no-such-layer") == [] and art.to_pandas("no-such-layer").empty


def test_bad_input_raises_one_line_error(nlp):
    with pytest.raises(sitrep.InputError, match="no 'text'"):
        nlp({"title": "only a title"})
    with pytest.raises(TypeError, match="give a str"):
        nlp(3.5)


def test_component_failure(monkeypatch):
    analyzer = sitrep.load(["paragraphs", "language", "sentences"])
    comp = analyzer.pipeline.components[2]

    def boom(article):
        if "boom" in article.text:
            raise RuntimeError("exploded")
        return original(article)

    original = comp.predict
    monkeypatch.setattr(comp, "predict", boom)
    with pytest.raises(sitrep.AnalysisError, match="exploded in sentences.v1") as err:
        analyzer("A title\n\nboom goes the text.")
    assert err.value.failure.component == "sentences.v1"
    failed: list = []
    out = list(analyzer.pipe(["One\n\nA calm day.", "Two\n\nboom.", "Three\n\nAnother calm day."],
                             on_error=failed.append))
    assert [a.title for a in out] == ["One", "Three"]
    assert [f.reason for f in failed] == ["RuntimeError: exploded"]


def test_pipe_workers_same_as_one(nlp):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLE_FILES]
    one = [a.to_dict() for a in nlp.pipe(texts)]
    two = [a.to_dict() for a in nlp.pipe(texts, workers=2, batch_size=1)]
    assert one == two and len(one) == len(texts)


def test_read_every_reader(tmp_path):
    from .corpus.builders import html_page, rss, write_jsonl, write_warc

    import gzip

    (tmp_path / "a.txt").write_text("Text title\n\nShelling in Kharkiv.", encoding="utf-8")
    (tmp_path / "b.html").write_text(html_page("Html title", "Shelling in Izium was reported today by officials."),
                                     encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps({"title": "Json title", "text": "Shelling in Kupiansk."}))
    write_jsonl(tmp_path / "d.jsonl", [{"title": "Line one", "text": "First."}, {"title": "Line two", "text": "Second."}])
    (tmp_path / "e.rss").write_text(rss([("https://x.example/1", "Feed item", "Mon, 12 Sep 2022 10:00:00 GMT",
                                          "<p>Shelling in Chuhuiv.</p>")]), encoding="utf-8")
    write_warc(tmp_path / "f.warc", [("https://w.example/1", "Warc title", "Shelling in Balakliia was reported.")])
    (tmp_path / "g.txt.gz").write_bytes(gzip.compress("Gzip title\n\nShelling in Kyiv.".encode()))
    (tmp_path / "h.json").write_text("{broken")
    problems: list = []
    titles = [a.title for a in sitrep.read(tmp_path, on_error=problems.append)]
    assert titles == ["Text title", "Html title", "Json title", "Line one", "Line two", "Feed item",
                      "Warc title", "Gzip title"]
    assert [p.origin for p in problems] == [str(tmp_path / "h.json")]
    with pytest.warns(UserWarning, match="h.json"):
        list(sitrep.read(tmp_path / "h.json"))
    with pytest.raises(TypeError, match="unknown setting"):
        list(sitrep.read(tmp_path, max_mb=1))


def test_corpus_tables(corpus_db):
    from sitrep.corpus.export import ARTICLE_COLUMNS, LAYER_COLUMNS

    with sitrep.Corpus(corpus_db) as corpus:
        articles = corpus.articles()
        assert list(articles.columns) == [c[0] for c in ARTICLE_COLUMNS]
        assert len(articles) == len(EXAMPLE_FILES) + 34
        uk = corpus.articles(lang="uk")
        assert set(uk["language"]) == {"uk"} and 8 <= len(uk) < len(articles)
        places = corpus.places(lang="uk")
        assert list(places.columns) == [c[0] for c in LAYER_COLUMNS]
        assert set(places["article"]) <= set(uk["id"])
        assert "Харків" in set(places["surface"]) or "Харкові" in set(places["surface"])
        assert len(corpus.actors()) > 0 and len(corpus.statements()) > 0 and len(corpus.times()) > 0
        sept9 = corpus.articles(since="2022-09-09", until="2022-09-09")
        assert len(sept9) > 0 and all(p.startswith("2022-09-09") for p in sept9["published"])
        assert len(corpus.articles(place="Izium")) >= 3
        assert len(corpus.articles(limit=5)) == 5
        assert "layer_places" in corpus.tables() and "errors" in corpus.tables()
        assert corpus.errors().empty
        assert corpus.layer("no-such-layer").empty
        stories = corpus.stories()
        assert len(stories) > 0 and {"label", "articles", "first_article"} <= set(stories.columns)
        with pytest.raises(KeyError, match="no table 'nope'"):
            corpus.table("nope")
        with pytest.raises(TypeError, match="unknown filter"):
            corpus.articles(language="uk")


def test_corpus_search_and_article_match_cli(corpus_db, capsys):
    with sitrep.Corpus(corpus_db) as corpus:
        hits = corpus.search("Izium", lang="en")
        assert hits and all(h.language == "en" for h in hits)
        article = corpus.article(hits[0].id)
        assert article.language == "en" and "Izium" in article.text
        assert corpus.info(hits[0].id)["id"] == hits[0].id
        assert corpus.search("' OR 1=1 --") == []
    assert main(["search", "Izium", "--db", str(corpus_db), "--lang", "en", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [h.to_dict() for h in hits]
    assert main(["show", str(hits[0].id), "--db", str(corpus_db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == article.to_dict()


def test_corpus_is_read_only(corpus_db, tmp_path):
    with sitrep.Corpus(corpus_db) as corpus:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            corpus.con.execute("DELETE FROM articles")
    with pytest.raises(sitrep.InputError, match="no such corpus database"):
        sitrep.Corpus(tmp_path / "missing.db")


def _python_blocks(page: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.S)


def test_walkthrough(seed_path, tmp_path, capsys):
    """Every Python block of docs/python.md, in order, as one notebook session."""
    pytest.importorskip("geopandas")
    scope = {"SEED": seed_path, "EXAMPLES": EXAMPLES, "DB": tmp_path / "walk.db"}
    blocks = _python_blocks(ROOT / "docs" / "python.md")
    assert len(blocks) >= 6
    for block in blocks:
        exec(compile(block, "docs/python.md", "exec"), scope)
    out = capsys.readouterr().out
    assert "Izyum" in out or "Izium" in out or "Izioum" in out
    assert "34 article(s) stored" in out
    assert scope["art"].layer("times") and len(scope["gdf"]) > 3


def test_docs_use_only_public_names():
    public = set(sitrep.__all__)
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    for page in pages:
        blocks = _python_blocks(page)
        for block in blocks:
            assert not re.search(r"^\s*(from sitrep\.|import sitrep\.)", block, flags=re.M), page
            for name in re.findall(r"\bsitrep\.([A-Za-z_]\w*)", block):
                assert name in public, f"{page.name}: sitrep.{name} is not public"
