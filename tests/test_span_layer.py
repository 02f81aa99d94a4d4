"""The compact tokens layer (``SpanLayer``): a list of annotations to every user."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from sitrep.article import Annotation, Article, SpanLayer
from sitrep.invariants import InvariantError, check_layers
from sitrep.pipeline import Pipeline

TEXT = "Kyiv, 5 May. Rain fell."
ROWS = [(0, 4, "WORD"), (4, 5, "PUNCT"), (6, 7, "NUM"), (8, 11, "WORD"), (11, 12, "PUNCT"),
        (13, 17, "WORD"), (18, 22, "WORD"), (22, 23, "PUNCT")]


def _plain(rows, producer="sentences.v1"):
    return [Annotation(s, e, k, producer) for s, e, k in rows]


def _article() -> Article:
    art = Article(id="a", text=TEXT)
    art.add_spans("tokens", list(ROWS), "sentences.v1")
    return art


def test_offsets_and_length_without_making_annotations():
    art = _article()
    layer = art.layers["tokens"]
    assert isinstance(layer, SpanLayer)
    assert len(layer) == 8 and bool(layer)
    assert art.spans("tokens") == [(s, e) for s, e, _ in ROWS]
    assert layer.offsets_valid(len(TEXT)) is True
    assert layer._items is None  # nothing asked for an annotation yet


def test_behaves_as_the_list_of_annotations():
    art = _article()
    layer = art.layers["tokens"]
    expected = _plain(ROWS)
    assert layer == expected and expected == list(layer)
    assert layer[0] == Annotation(0, 4, "WORD", "sentences.v1", 1.0, {})
    assert layer[-1].label == "PUNCT" and layer[1:3] == expected[1:3]
    assert [art.surface(a) for a in layer][:3] == ["Kyiv", ",", "5"]
    assert layer[0] is layer[0]  # made once: changes persist
    layer[0].attrs["lemma"] = "Kyiv"
    assert art.layers["tokens"][0].attrs == {"lemma": "Kyiv"}
    layer.append(Annotation(0, 23, "X", "test.v1"))
    assert len(layer) == 9 and layer[-1].label == "X"
    assert (layer + [])[-1].label == "X" and ([] + layer)[0].label == "WORD"
    assert sorted(layer, key=lambda a: -a.end)[0].end == 23
    del layer[-1]
    assert len(layer) == 8
    assert art.spans("tokens") == [(s, e) for s, e, _ in ROWS]
    assert layer.offsets_valid(len(TEXT)) is None  # annotations exist: checked one by one


def test_json_pickle_and_copies_give_the_same_layer():
    art = _article()
    data = art.to_dict()
    assert data["layers"]["tokens"][1] == {"start": 4, "end": 5, "label": "PUNCT", "attrs": {},
                                           "producer": "sentences.v1", "confidence": 1.0}
    back = Article.from_json(art.to_json())
    assert back.layers["tokens"] == art.layers["tokens"]
    for other in (pickle.loads(pickle.dumps(art)), copy.deepcopy(art)):
        assert list(other.layers["tokens"]) == _plain(ROWS)
    art.layers["tokens"][0]  # made: a pickle now holds the annotations themselves
    assert list(pickle.loads(pickle.dumps(art)).layers["tokens"]) == _plain(ROWS)
    assert json.dumps(art.to_dict()) == json.dumps(data)


def test_add_spans_checks_offsets_and_appends_to_an_existing_layer():
    art = Article(id="a", text="short")
    with pytest.raises(ValueError, match=r"\[2:9\] outside the text"):
        art.add_spans("tokens", [(0, 2, "WORD"), (2, 9, "WORD")], "sentences.v1")
    art = Article(id="a", text=TEXT)
    art.add("tokens", [Annotation(0, 4, "WORD", "other.v1")])
    art.add_spans("tokens", [(4, 5, "PUNCT")], "sentences.v1")
    assert [(a.label, a.producer) for a in art.layers["tokens"]] == [("WORD", "other.v1"), ("PUNCT", "sentences.v1")]
    art.add_spans("empty", [], "sentences.v1")
    assert art.layers["empty"] == []


@pytest.mark.parametrize("rows", [[(0, 4, "WORD"), (5, 4, "WORD")], [(0, 4, "WORD"), (-1, 2, "WORD")],
                                  [(0, 4.0, "WORD")], [(0, 40, "WORD")]])
def test_the_pipeline_invariant_check_catches_a_bad_compact_layer(rows):
    art = Article(id="a", text=TEXT)
    art.layers["tokens"] = SpanLayer(rows, "broken.v1")  # bypassing add_spans' check
    with pytest.raises(InvariantError):
        check_layers(art, {}, ["tokens"])


def test_segmented_article_keeps_tokens_compact_and_entities_read_them():
    pipe = Pipeline.from_names(["paragraphs.v1", "language.v1", "sentences.v1"])
    art = pipe(Article(id="a", text="Kyiv, 5 May 2022.\n\nRussian forces shelled Kharkiv on Monday.", language=None))
    tokens = art.layers["tokens"]
    assert isinstance(tokens, SpanLayer) and tokens._items is None
    assert [art.surface(a) for a in tokens][:5] == ["Kyiv", ",", "5", "May", "2022"]
    assert all(a.producer == "sentences.v1" and a.confidence == 1.0 and a.attrs == {} for a in tokens)


def test_row_layer_remembers_a_valid_check_only_while_its_rows_stand():
    """``RowLayer.offsets_valid`` answers the pipeline's check after ``Article.add_rows`` from the
    check ``add_rows`` made (the same rows, the same text length); any other length is checked
    again, and once the annotations exist (a change) the layer is checked one by one."""
    from sitrep.article import RowLayer

    layer = RowLayer([(0, 4, "OCCURRENCE", 0.6, "POS"), (6, 11, "STATE", 0.8, "NEG")], "events.v1", ("polarity",))
    assert layer.offsets_valid(len(TEXT)) is True
    assert layer.offsets_valid(len(TEXT)) is True
    assert layer.offsets_valid(10) is False  # (the second row ends at 11)
    assert layer.offsets_valid(len(TEXT)) is True
    layer[1].end = 99  # the annotations are made: the rows (and what was known of them) are gone
    assert layer.offsets_valid(len(TEXT)) is None
    bad = RowLayer([(0, 4, "OCCURRENCE", 0.6, ["POS"])], "events.v1", ("polarity",))
    assert bad.offsets_valid(len(TEXT)) is False and bad.offsets_valid(len(TEXT)) is False
    art = _article()
    art.add_rows("event_mentions", [(0, 4, "OCCURRENCE", 0.6, "POS")], "events.v1", ("polarity",))
    check_layers(art, {}, ["event_mentions"])
    art.layers["event_mentions"][0].start = -1
    with pytest.raises(InvariantError):
        check_layers(art, {}, ["event_mentions"])
