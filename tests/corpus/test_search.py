"""`sitrep search` and `sitrep show` on a corpus written for these tests."""

from __future__ import annotations

import json

import pytest

from tests.corpus.conftest import IZIUM_EN, IZIUM_UK
from sitrep.article import Annotation, Article, Published
from sitrep.cli import main
from sitrep.corpus import CorpusError
from sitrep.corpus.identity import content_hash, identity_key, signature
from sitrep.corpus.schema import connect
from sitrep.corpus.search import search
from sitrep.corpus.writer import Writer


def _ids(hits):
    return sorted(h.article_id for h in hits)


@pytest.fixture()
def con(corpus_db):
    c = connect(corpus_db, readonly=True)
    yield c
    c.close()


def test_full_text_with_snippet(con):
    hits = search(con, "Izium")
    assert _ids(hits) == ["izium-en", "izium-en-copy", "izium-en-rehead"]
    assert all("[Izium]" in h.snippet for h in hits)
    copy = next(h for h in hits if h.article_id == "izium-en-copy")
    first = next(h for h in hits if h.article_id == "izium-en")
    assert copy.duplicate_of == first.id


def test_cyrillic_and_accents(con):
    assert _ids(search(con, "Ізюм")) == ["izium-uk"]
    assert _ids(search(con, "Харкові")) == ["floods-uk"]
    assert _ids(search(con, "inonde")) == ["floods-fr"]  # diacritics folded: inondé


def test_language_filter(con):
    assert _ids(search(con, "Kharkiv", lang="fr")) == ["floods-fr"]
    assert _ids(search(con, "Kharkiv", lang="en")) == ["floods-en", "izium-en", "izium-en-copy", "izium-en-rehead"]


def test_date_range_overlaps_precision(con):
    hits = search(con, "", since="2022-09-10", until="2022-09-30")
    # izium-uk is dated 2022-09 only: its month overlaps the range
    assert _ids(hits) == ["izium-en", "izium-en-copy", "izium-en-rehead", "izium-uk"]
    assert _ids(search(con, "budget", since="2023")) == ["budget-fr"]
    assert _ids(search(con, "", until="2022-09-06")) == ["floods-en", "floods-fr", "floods-ru", "floods-uk", "izium-uk"]


def test_source_filter(con):
    assert _ids(search(con, "Izium", source="herald")) == ["izium-en-rehead"]
    assert _ids(search(con, "", source="wire.example")) == ["izium-en"]


def test_query_that_is_not_fts_syntax(con):
    assert _ids(search(con, "Izium-Kharkiv (road")) == ["izium-en", "izium-en-copy", "izium-en-rehead"]


def test_bad_date(con):
    with pytest.raises(CorpusError, match="--since: not a date"):
        search(con, "Izium", since="last week")


@pytest.fixture(scope="module")
def layered_db(tmp_path_factory):
    """Articles with `places` and `actors` layers, written through the generic store."""
    db = tmp_path_factory.mktemp("layered") / "c.db"
    t, b = IZIUM_EN
    en = Article(id="en", text=f"{t}\n\n{b}", title=t, language="en", published=Published("2022-09-10", "day"),
                 source={"path": "en.txt", "url": "https://wire.example/izium"})
    i = en.text.index("Izium")
    g = en.text.index("general staff")
    en.add("places", [Annotation(i, i + 5, "LOC", "places.v1", 0.9, {"name": "Izium", "geonames": 707688})])
    en.add("actors", [Annotation(g, g + 13, "ORG", "actors.v1", 0.8, {"canonical": "General Staff of Ukraine"})])
    t, b = IZIUM_UK
    uk = Article(id="uk", text=f"{t}\n\n{b}", title=t, language="uk", source={"path": "uk.txt"})
    j = uk.text.index("Ізюм")
    uk.add("places", [Annotation(j, j + 4, "LOC", "places.v1", 0.9, {"name": "Izium"})])
    uk.add("statements", [Annotation(0, 5, "CLAIM", "statements.v1", 0.5, {"nested": {"a": [1, 2]}})])
    con = connect(db, create=True)
    w = Writer(con)
    for a in (en, uk):
        h = content_hash(a)
        w.add_article(a, h, identity_key(a, h), signature(a), ["test.v1"])
    w.commit()
    con.close()
    return db, en, uk


def test_place_filter_on_attrs_and_surface(layered_db):
    db, en, uk = layered_db
    con = connect(db, readonly=True)
    try:
        assert _ids(search(con, "", place="izium")) == ["en", "uk"]  # attrs.name, any case
        assert _ids(search(con, "", place="ІЗЮМ")) == ["uk"]  # the surface, Cyrillic case folded
        assert _ids(search(con, "", place="Kharkiv")) == []
        assert _ids(search(con, "", actor="general staff of ukraine")) == ["en"]  # attrs.canonical
        assert _ids(search(con, "", layers=["statements=claim"])) == ["uk"]  # label
        assert _ids(search(con, "residents", place="Izium")) == ["en"]
    finally:
        con.close()


def test_show_json_roundtrip_of_any_layer(layered_db, capsys):
    db, en, uk = layered_db
    assert main(["show", "uk", "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == uk.to_dict()


def test_cli_search_json_and_text(corpus_db, capsys):
    assert main(["search", "Izium", "--db", str(corpus_db), "--since", "2022-09-11", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["article_id"] for h in hits] == ["izium-en-rehead"]
    assert hits[0]["published"] == "2022-09-11" and hits[0]["source"] == "Herald"
    assert main(["search", "Lopan", "--db", str(corpus_db), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Floods close roads in Kharkiv" in out and "[Lopan]" in out and "2022-09-06" in out


def test_cli_show_text(corpus_db, capsys):
    assert main(["search", "Herald", "--db", str(corpus_db), "--source", "Herald", "--json"]) == 0
    assert main(["show", "izium-en-rehead", "--db", str(corpus_db)]) == 0
    out = capsys.readouterr().out
    assert "near duplicate of" in out
    assert "Izium retaken as Russian units pull back" in out
    assert "sentences" in out and "tokens" in out


def test_cli_show_html(corpus_db, capsys):
    pytest.importorskip("sitrep.report.html")
    assert main(["show", "budget-fr", "--db", str(corpus_db), "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert "<html" in out.lower() and "Le budget 2023 adopté" in out


def test_cli_show_unknown_and_missing_db(corpus_db, capsys, tmp_path):
    assert main(["show", "nope", "--db", str(corpus_db)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("sitrep: error: no article 'nope'") and err.count("\n") == 1
    assert main(["search", "x", "--db", str(tmp_path / "none.db")]) == 1
    err = capsys.readouterr().err
    assert "no such corpus database" in err and err.count("\n") == 1
    (tmp_path / "junk.db").write_bytes(b"not sqlite at all" * 100)
    assert main(["stats", "--db", str(tmp_path / "junk.db")]) == 1
    assert "not a corpus database" in capsys.readouterr().err
