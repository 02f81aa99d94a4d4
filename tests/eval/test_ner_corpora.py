"""Gold readers: each format gives texts whose spans carry the entity surfaces."""

from __future__ import annotations

import pytest

from sitrep.eval import ner_corpora as corpora


def test_conll_iob_two_columns(tmp_path):
    p = tmp_path / "x.iob"
    p.write_text("Олег B-PERS\nСенцов I-PERS\nу O\nКиєві B-LOC\n\n\nНАБУ B-ORG\nпрацює O\n", encoding="utf-8")
    docs = list(corpora.read(p))
    assert len(docs) == 2
    assert [(docs[0].text[s:e], l) for s, e, l in docs[0].entities] == [("Олег Сенцов", "PER"), ("Києві", "LOC")]
    assert [(docs[1].text[s:e], l) for s, e, l in docs[1].entities] == [("НАБУ", "ORG")]


def test_conllu_three_columns_and_docstart(tmp_path):
    p = tmp_path / "x.conllu"
    p.write_text("#DOCSTART\n0\tThe\tO\n1\tUnited\tB-ORG\n2\tNations\tI-ORG\n3\tmet\tO\n", encoding="utf-8")
    (doc,) = corpora.read(p)
    assert [(doc.text[s:e], l) for s, e, l in doc.entities] == [("United Nations", "ORG")]


def test_brat_nested_entities_flattened(tmp_path):
    (tmp_path / "a.txt").write_text("Правительство Киргизии заявило.", encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tORGANIZATION 0 22\tПравительство Киргизии\nT2\tCOUNTRY 14 22\tКиргизии\nT3\tDATE 0 1\tx\n",
        encoding="utf-8",
    )
    (doc,) = corpora.read(tmp_path)
    assert doc.entities == [(0, 22, "ORG")]


def _factru(folder, text, spans, objects):
    """A one-document factRuEval folder: spans are (id, type, start, length), objects (id, type, span ids)."""
    (folder / "book_1.txt").write_text(text, encoding="utf-8")
    (folder / "book_1.spans").write_text(
        "".join(f"{i} {t} {s} {n} 0 1\n" for i, t, s, n in spans), encoding="utf-8")
    (folder / "book_1.objects").write_text(
        "".join(f"{i} {t} {' '.join(ids)}\n" for i, t, ids in objects), encoding="utf-8")


FACTRU_TEXT = "Пресс-служба команды Red Bull и правительство города Москвы сообщили, что Михаил Вельмакин уехал."
#              0         1         2         3         4         5         6         7         8
FACTRU_SPANS = [("1", "org_descr", 13, 7), ("2", "org_name", 21, 8), ("3", "org_descr", 32, 13),
                ("4", "loc_descr", 46, 6), ("5", "loc_name", 53, 6), ("6", "name", 74, 6), ("7", "surname", 81, 9)]
FACTRU_OBJECTS = [("10", "Org", ["1", "2"]), ("11", "Org", ["3"]), ("12", "Location", ["4", "5"]),
                  ("13", "Person", ["6", "7"])]


def test_factru_names_only_by_default(tmp_path):
    _factru(tmp_path, FACTRU_TEXT, FACTRU_SPANS, FACTRU_OBJECTS)
    (doc,) = corpora.read(tmp_path)
    # naeval's reading: descriptors stay outside, a descriptor alone ("правительство") is no entity
    assert [(doc.text[s:e], l) for s, e, l in doc.entities] == [
        ("Red Bull", "ORG"), ("Москвы", "LOC"), ("Михаил Вельмакин", "PER")]


def test_factru_whole_objects_on_request(tmp_path):
    _factru(tmp_path, FACTRU_TEXT, FACTRU_SPANS, FACTRU_OBJECTS)
    (doc,) = corpora.read_factru(tmp_path, extent="objects")
    assert [(doc.text[s:e], l) for s, e, l in doc.entities] == [
        ("команды Red Bull", "ORG"), ("правительство", "ORG"), ("города Москвы", "LOC"), ("Михаил Вельмакин", "PER")]


def test_factru_unknown_span_is_a_format_error(tmp_path):
    _factru(tmp_path, FACTRU_TEXT, FACTRU_SPANS, [("10", "Org", ["99"])])
    with pytest.raises(corpora.FormatError, match="book_1.objects:1"):
        list(corpora.read(tmp_path))


def test_bad_tag_is_a_format_error(tmp_path):
    p = tmp_path / "x.iob"
    p.write_text("word Q-PER\n", encoding="utf-8")
    with pytest.raises(corpora.FormatError, match="x.iob"):
        list(corpora.read(p))


def test_holdout_is_deterministic():
    keys = [f"sentence {i}" for i in range(1000)]
    held = [k for k in keys if corpora.is_held_out(k)]
    assert held == [k for k in keys if corpora.is_held_out(k)]
    assert 150 < len(held) < 250


def test_real_gold_files_read(shared_data):
    fact = list(corpora.read(shared_data / "ner" / "factrueval2016" / "devset"))
    assert len(fact) > 100
    doc = fact[0]
    assert all(doc.text[s:e].strip() for s, e, _ in doc.entities)
    slav = list(corpora.read(shared_data / "ner" / "slavicner" / "ner" / "nord_stream" / "uk"))
    assert slav and slav[0].extra["lang"] == "uk" and slav[0].extra["ids"]
