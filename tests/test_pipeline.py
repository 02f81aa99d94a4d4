"""Pipeline assembly checks, registry, and batch error handling."""

from __future__ import annotations

import pytest

from sitrep.article import Annotation, Article
from sitrep.pipeline import Component, Pipeline, PipelineError, get, register, registered


class Shouter(Component):
    """Test component: marks every upper-case word; fails on the word BOOM."""

    name = "shout.v1"
    requires = ("tokens",)
    assigns = ("shouts",)

    def predict(self, article):
        found = []
        for tok in article.layers["tokens"]:
            word = article.surface(tok)
            if word == "BOOM":
                raise RuntimeError("cannot shout BOOM")
            if len(word) > 1 and word.isupper():
                found.append((tok.start, tok.end))
        return found

    def set_annotations(self, article, result):
        article.add("shouts", [Annotation(s, e, "SHOUT", self.name, 0.9) for s, e in result])


def test_builtin_components_are_registered():
    table = registered()
    assert {"paragraphs.v1", "language.v1", "sentences.v1"} <= set(table)
    assert get("sentences") is table["sentences.v1"]


def test_missing_requirement_names_the_layer_and_its_producer():
    with pytest.raises(PipelineError, match=r"'sentences.v1' requires layer 'paragraphs'.*paragraphs.v1"):
        Pipeline.from_names(["language.v1", "sentences.v1"])


def test_unknown_component_is_a_clear_error():
    with pytest.raises(PipelineError, match="no component named 'nope.v9'"):
        get("nope.v9")


def test_register_refuses_unversioned_names():
    class Bad(Component):
        name = "bad"

    with pytest.raises(PipelineError, match="versioned name"):
        register(Bad)


def test_batch_goes_on_after_a_failing_article():
    pipe = Pipeline([get(n)() for n in ("paragraphs.v1", "language.v1", "sentences.v1")] + [Shouter()])
    arts = [
        Article(id="one", text="NATO and the EU met in Brussels today."),
        Article(id="two", text="This one says BOOM and fails.", source={"path": "two.txt"}),
        Article(id="three", text="The UN Security Council will meet again."),
    ]
    failures = []
    done = list(pipe.pipe(arts, on_error=failures.append))
    assert [a.id for a in done] == ["one", "three"]
    assert [a.article_id for a in failures] == ["two"]
    assert failures[0].component == "shout.v1"
    assert failures[0].line() == "two.txt: RuntimeError: cannot shout BOOM in shout.v1"
    shouts = [done[0].surface(a) for a in done[0].layers["shouts"]]
    assert shouts == ["NATO", "EU"]


def test_predict_does_not_touch_the_article():
    comp = get("sentences.v1")()
    art = Article(id="x", text="Première phrase. Deuxième phrase.", language="fr")
    get("paragraphs.v1")()(art)
    before = art.to_dict()
    result = comp.predict(art)
    assert art.to_dict() == before
    comp.set_annotations(art, result)
    assert [art.surface(s) for s in art.layers["sentences"]] == ["Première phrase.", "Deuxième phrase."]


def test_reanalysing_sitrep_json_adds_nothing_twice(capsys, tmp_path, examples):
    import json

    from sitrep.cli import main

    first = tmp_path / "first.json"
    assert main(["analyze", str(examples / "kharkiv_en.txt"), "--format", "json", "--out", str(first)]) == 0
    second = tmp_path / "second.json"
    assert main(["analyze", str(first), "--format", "json", "--out", str(second)]) == 0
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    assert {k: len(v) for k, v in a["layers"].items()} == {k: len(v) for k, v in b["layers"].items()}
