"""The pipeline runs the cyclic garbage collector between articles, not inside them."""

from __future__ import annotations

import gc
import weakref

from sitrep.article import Annotation, Article
from sitrep.pipeline import Component, Pipeline, get


class _Node:
    pass


class CycleMaker(Component):
    """Test component: records whether the collector was on, and leaves a reference cycle behind."""

    name = "cycles.v1"
    requires = ("tokens",)
    assigns = ("cycles",)

    def __init__(self, config=None):
        super().__init__(config)
        self.collector_on: list[bool] = []
        self.leftovers: list[weakref.ref] = []

    def predict(self, article):
        self.collector_on.append(gc.isenabled())
        a, b = _Node(), _Node()
        a.other, b.other = b, a  # garbage only the cyclic collector can free
        self.leftovers.append(weakref.ref(a))
        return len(article.layers["tokens"])

    def set_annotations(self, article, result):
        article.add("cycles", [Annotation(0, 0, "COUNT", self.name, 1.0, {"tokens": result})])


def _pipeline(component):
    return Pipeline([get(n)() for n in ("paragraphs.v1", "language.v1", "sentences.v1")] + [component])


def _articles(n):
    return [Article(id=f"a{i}", text=f"Article number {i} reports shelling near Kharkiv.") for i in range(n)]


def test_collector_paused_inside_an_article_and_cycles_freed_after_it():
    comp = CycleMaker()
    assert gc.isenabled()
    done = []
    for article in _pipeline(comp).pipe(_articles(3)):
        assert gc.isenabled(), "the consumer of the batch runs with the collector on"
        done.append(article.layers["cycles"][0].attrs["tokens"])
    assert done == [8, 8, 8]  # seven words and the full stop
    assert comp.collector_on == [False, False, False]
    # each article's cycle was collected right after that article
    assert all(ref() is None for ref in comp.leftovers)
    assert gc.isenabled()


def test_a_failing_article_still_restores_the_collector():
    comp = CycleMaker()
    arts = _articles(2)
    arts.insert(1, Article(id="bad", text="x" * 10))
    original = comp.predict

    def predict(article):
        if article.id == "bad":
            raise RuntimeError("broken on purpose")
        return original(article)

    comp.predict = predict
    failures = []
    out = [a.id for a in _pipeline(comp).pipe(arts, on_error=failures.append)]
    assert out == ["a0", "a1"]
    assert [f.article_id for f in failures] == ["bad"]
    assert gc.isenabled()


def test_a_caller_that_disabled_the_collector_keeps_it_off():
    comp = CycleMaker()
    gc.disable()
    try:
        list(_pipeline(comp).pipe(_articles(2)))
        assert not gc.isenabled()
    finally:
        gc.enable()
    gc.collect()
    assert all(ref() is None for ref in comp.leftovers)
