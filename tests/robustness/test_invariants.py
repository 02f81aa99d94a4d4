"""The pipeline checks every component's output and bounds every article's time."""

from __future__ import annotations

import json
import time

from sitrep import bench
from sitrep.article import Annotation, Article
from sitrep.cli import main
from sitrep.pipeline import Component, Pipeline, get
from sitrep.settings import Config


class Inverted(Component):
    """Test component: emits a statement-like annotation whose ``parts`` leave its span."""

    name = "inverted.v1"
    requires = ("tokens",)
    assigns = ("inverted",)

    def predict(self, article):
        return None

    def set_annotations(self, article, result):
        text = article.text
        source = {"start": 0, "end": 4, "text": text[1:5]}  # the wrong surface
        article.add("inverted", [Annotation(5, 9, "x", self.name, 0.5, {"source": source, "parts": [[5, 9]]})])


class PartOutside(Inverted):
    name = "partoutside.v1"
    assigns = ("partoutside",)

    def set_annotations(self, article, result):
        article.add("partoutside", [Annotation(5, 9, "x", self.name, 0.5, {"parts": [[5, 9], [0, 3]]})])


class Spinner(Component):
    """Test component: never ends on an article containing 'SPIN'."""

    name = "spinner.v1"
    requires = ("tokens",)
    assigns = ("spins",)

    def predict(self, article):
        while "SPIN" in article.text:
            pass
        return None

    def set_annotations(self, article, result):
        article.add("spins", [])


BASE = ("paragraphs.v1", "language.v1", "sentences.v1")


def _pipe(extra: Component, config: Config | None = None) -> Pipeline:
    return Pipeline([get(n)(config) for n in BASE] + [extra])


def test_a_wrong_surface_in_nested_span_fails_the_article_naming_the_component():
    failures = []
    pipe = _pipe(Inverted())
    done = list(pipe.pipe([Article(id="a", text="Kyiv said on Monday that talks resumed.")], on_error=failures.append))
    assert done == []
    assert failures[0].component == "inverted.v1"
    assert "is not the surface" in failures[0].reason


def test_a_part_outside_its_statement_fails_the_article():
    failures = []
    list(_pipe(PartOutside()).pipe([Article(id="a", text="Kyiv said on Monday that talks resumed.")],
                                   on_error=failures.append))
    assert failures and "outside its span" in failures[0].reason and failures[0].component == "partoutside.v1"


def test_an_article_past_the_time_budget_is_reported_and_the_batch_goes_on():
    config = Config(article_time_budget_s=0.3)
    failures = []
    arts = [Article(id="slow", text="This one says SPIN forever.", source={"path": "slow.txt"}),
            Article(id="fine", text="This one is fine.")]
    t0 = time.process_time()
    done = list(_pipe(Spinner(config), config).pipe(arts, on_error=failures.append))
    assert time.process_time() - t0 < 10
    assert [a.id for a in done] == ["fine"]
    assert failures[0].line() == "slow.txt: TimeBudgetExceeded: exceeded the time budget of 0.3 CPU seconds per article in spinner.v1"


def test_bench_counts_a_failing_article_instead_of_raising(tmp_path):
    good = Article(id="good", text="Talks resumed in Kyiv on Monday.")
    bad = Article(id="bad", text="This one says SPIN forever.", source={"path": "bad.jsonl:2"})
    seen = []
    result = bench.run([good, bad], Config(article_time_budget_s=0.3),
                       ["paragraphs.v1", "language.v1", "sentences.v1"], on_error=seen.append)
    assert result["articles"] == 2 and result["failed"] == 0  # the base pipeline does not spin
    # with the spinning component registered, the failing article is counted and reported
    from sitrep.pipeline import _REGISTRY

    _REGISTRY.setdefault(Spinner.name, Spinner)
    try:
        result = bench.run([good, bad], Config(article_time_budget_s=0.3),
                           [*BASE, "spinner.v1"], on_error=seen.append)
    finally:
        _REGISTRY.pop(Spinner.name, None)
    assert result["articles"] == 1 and result["failed"] == 1
    assert seen[0].origin == "bad.jsonl:2" and seen[0].component == "spinner.v1"


def test_bench_command_reports_a_failing_article_in_one_line(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    rows = [{"id": "1", "text": "Talks resumed in Kyiv on Monday, officials said."},
            {"id": "2", "text": "This one says SPIN forever."}]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    from sitrep.pipeline import _REGISTRY

    _REGISTRY.setdefault(Spinner.name, Spinner)
    try:
        rc = main(["bench", str(corpus), "--components", ",".join([*BASE, "spinner.v1"]),
                   "--article-time-budget-s", "0.3", "--json"])
    finally:
        _REGISTRY.pop(Spinner.name, None)
    out, err = capsys.readouterr()
    assert rc == 0
    assert json.loads(out)["failed"] == 1
    assert "Traceback" not in err
    assert [line for line in err.splitlines() if "error" in line] == [
        f"sitrep: error: {corpus}:2: TimeBudgetExceeded: exceeded the time budget of 0.3 CPU seconds per article "
        "in spinner.v1 (skipped)"
    ]


def test_bench_one_article_of_a_given_size(capsys):
    rc = main(["bench", "--one-article", "--size-mb", "0.03", "--components", ",".join(BASE), "--json"])
    result = json.loads(capsys.readouterr().out)
    assert rc == 0 and result["articles"] == 1 and 0.03 <= result["mb"] < 0.04
