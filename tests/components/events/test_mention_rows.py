"""The ``event_mentions`` layer is kept as rows (:class:`sitrep.article.RowLayer`) until an
annotation is asked for: it reads, stores and checks exactly like a list of annotations."""

from __future__ import annotations

import json
import pickle

import pytest

from sitrep.article import Annotation, Article, RowLayer
from sitrep.components.events import MENTION_KEYS, NAME
from sitrep.pipeline import Component, Pipeline

TEXT = ("Russian forces shelled Kharkiv on Monday, killing 3 civilians.\n\n"
        "Ukraine did not withdraw its troops, officials said.")


@pytest.fixture(scope="module")
def analysed(analyse) -> Article:
    return analyse(TEXT, "en")


def test_mentions_are_rows_until_asked(analysed):
    layer = analysed.layers["event_mentions"]
    assert isinstance(layer, RowLayer)
    spans = layer.spans()
    assert spans and all(TEXT[s:e].strip() == TEXT[s:e] for s, e in spans)
    records = layer.records()
    assert layer._items is None  # spans and records make no annotation objects
    words = {TEXT[s:e]: at for s, e, _k, at, _p, _c in records}
    assert words["shelled"]["plover"] == "ASSAULT" and words["shelled"]["polarity"] == "POS"
    assert words["withdraw"]["polarity"] == "NEG" and words["withdraw"]["sitrep_modality"] == "negated"
    assert set(words["shelled"]) == set(MENTION_KEYS)
    # the annotations, made on first access, are those the records describe
    anns = list(layer)
    assert [(a.start, a.end, a.label, a.attrs, a.producer, a.confidence) for a in anns] == records
    assert all(a.producer == NAME for a in anns)
    # an event points at its mention
    ev = next(e for e in analysed.layers["events"] if e.attrs["trigger"] == "shelled")
    k = int(ev.attrs["mention"].split("/")[1])
    assert (anns[k].start, anns[k].end) == (ev.start, ev.end)


def test_mentions_serialise_like_annotations(analysed):
    data = analysed.to_dict()
    back = Article.from_dict(json.loads(json.dumps(data)))
    assert [a.to_dict() for a in back.layers["event_mentions"]] == \
        [a.to_dict() for a in analysed.layers["event_mentions"]]
    copy = pickle.loads(pickle.dumps(RowLayer([(0, 7, "OCCURRENCE", 0.6, "POS", None, "asserted", None)],
                                              NAME, MENTION_KEYS)))
    assert copy[0] == Annotation(0, 7, "OCCURRENCE", NAME, 0.6, dict(zip(MENTION_KEYS, ("POS", None, "asserted", None))))


def test_rows_are_checked_like_annotations():
    art = Article(id="r", text="Troops withdrew.")
    art.add_rows("m", [(0, 6, "OCCURRENCE", 0.6, "POS")], NAME, ("polarity",))
    assert isinstance(art.layers["m"], RowLayer)
    with pytest.raises(ValueError, match=r"'OCCURRENCE' \[7:99\] outside the text"):
        art.add_rows("bad", [(7, 99, "OCCURRENCE", 0.6, "POS")], NAME, ("polarity",))
    assert "bad" not in art.layers or not art.layers["bad"]
    # an attribute that is not a scalar could hide a span: the layer becomes annotations,
    # which the pipeline's invariant check walks one by one
    art.add_rows("nested", [(0, 6, "OCCURRENCE", 0.6, {"start": 0, "end": 99})], NAME, ("cue",))
    assert not isinstance(art.layers["nested"], RowLayer)
    assert RowLayer([(0, 6, "X", 0.6, [1, 2])], NAME, ("pair",)).offsets_valid(20) is False
    assert RowLayer([(0, 6, "X", 0.6)], NAME, ("missing",)).offsets_valid(20) is False


def test_the_pipeline_checks_row_layers():
    # a RowLayer with an offset past the text fails the article, naming the component
    class Bad(Component):
        name, assigns = "badrows.v1", ("badrows",)

        def __call__(self, article):
            article.layers["badrows"] = RowLayer([(0, len(article.text) + 5, "X", 0.5, "POS")], self.name, ("p",))
            return article

    failures = []
    list(Pipeline([Bad()]).pipe([Article(id="s", text="Short text.")], on_error=failures.append))
    assert failures and failures[0].component == "badrows.v1" and "not a span of the text" in failures[0].reason
