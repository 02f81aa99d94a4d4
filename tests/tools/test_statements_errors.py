"""``sitrep_tools.statements.errors``: the error classes of statements.v1 against gold statements,
on an article written for the test (gold spans given by hand, as a PolNeAR .ann would)."""

from __future__ import annotations

from sitrep.article import Article
from sitrep.pipeline import Pipeline
from sitrep_tools.statements.cache import UPSTREAM
from sitrep_tools.statements.errors import classify

TEXT = ("Budget\n\nThe minister said the budget would be balanced next year. "
        "Critics fear a new round of cuts, and the unions want a referendum.")


def _span(sub: str) -> list[tuple[int, int]]:
    i = TEXT.index(sub)
    return [(i, i + len(sub))]


def test_classes_of_missed_and_found_statements(tmp_path):
    article = Article(id="t", text=TEXT, title="Budget")
    Pipeline.from_names(UPSTREAM)(article)
    gold = [
        {"content": _span("the budget would be balanced next year"), "source": _span("The minister"), "cue": _span("said")},
        # a cue no lexicon knows, its content in no prediction
        {"content": _span("a referendum"), "source": _span("the unions"), "cue": _span("want")},
    ]
    out = tmp_path / "errors.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        result = classify([("t", article, gold)], out=fh)
    assert result["tp"] >= 1
    assert result["tp"] + result["fn"] == 2
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == result["fn"] + result["fp"]
    assert sum(result["missed"].values()) == result["fn"]
    assert sum(result["false_positives"].values()) == result["fp"]
