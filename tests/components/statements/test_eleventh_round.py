"""Issue 13, eleventh round (branch ``attrib12``): the learnt cue tagger and the statement filter
evaluated together, held out (``sitrep_tools.statements.joint_cv``); the learnt-cue conditions as a
switch; a learnt cue's statement always scored by the filter.  On sentences written for the purpose."""

from __future__ import annotations

import pytest

import sitrep.components.statements as statements_pkg
from sitrep.components.statements import cue_model, filter_model
from sitrep_tools.statements import joint_cv

LAWSUIT = "Courts\n\nThe Miami relatives filed a federal lawsuit to overturn the decision."


@pytest.fixture
def filter_off():
    filter_model._override["en"] = None
    yield
    filter_model._override.pop("en", None)


def _learnt(article) -> list[dict]:
    return [s.attrs for s in article.layers["statements"] if s.attrs.get("learnt_cue")]


def test_the_shipped_conditions_keep_an_action_out(analyse, filter_off):
    """"filed a federal lawsuit": a learnt cue with an object and nothing said is no statement."""
    assert "filed" in cue_model.model("en").vocab
    assert statements_pkg.LEARNT_CONDITIONS == frozenset({"own_subject", "short_subject", "said"})
    assert _learnt(analyse(LAWSUIT, "en")) == []


def test_switching_the_said_condition_off_lets_the_action_through(analyse, filter_off, monkeypatch):
    """The switch the held-out harness uses: without ``said`` the same sentence makes a statement
    of the learnt cue, with its subject as the source (what the relaxation adds, read on c2k)."""
    monkeypatch.setattr(statements_pkg, "LEARNT_CONDITIONS", joint_cv.conditions("said"))
    (st,) = _learnt(analyse(LAWSUIT, "en"))
    assert st["cue"]["text"] == "filed" and st["source"]["text"] == "The Miami relatives"


def test_a_long_subject_without_a_speaker_needs_the_relaxation(analyse, by_cue, filter_off, monkeypatch):
    """A learnt cue whose subject is a noun phrase of more than three words naming no actor makes
    no statement with the shipped conditions, and one without ``short_subject``."""
    text = "Markets\n\nMost of the small grain farmers in the valley doubt that prices will recover this year."
    assert _learnt(analyse(text, "en")) == []
    monkeypatch.setattr(statements_pkg, "LEARNT_CONDITIONS", joint_cv.conditions("short_subject"))
    article = analyse(text, "en")
    (st,) = _learnt(article)
    assert st["cue"]["text"] == "doubt"
    assert by_cue(article)["doubt"]["content"].startswith("prices will recover")


def test_a_learnt_cue_statement_is_scored_even_when_its_word_is_safe(analyse):
    """"fear" is on the filter's safe list (after lexicon cues it never comes near the threshold),
    but a statement of the learnt cue "fear" is still scored: nothing about it is safe."""
    text = "Health\n\nHealth officials fear that the disease could spread to the capital."
    assert "fear" in filter_model.model("en").safe
    (st,) = _learnt(analyse(text, "en"))
    assert st["cue"]["text"] == "fear" and 0.0 <= st["attribution"] <= 1.0


def test_conditions_parse_and_refuse():
    full = frozenset({"own_subject", "short_subject", "said"})
    assert joint_cv.conditions("none") == full
    assert joint_cv.conditions("all") == frozenset()
    assert joint_cv.conditions("own_subject+said") == frozenset({"short_subject"})
    with pytest.raises(ValueError, match="unknown condition 'spoken'"):
        joint_cv.conditions("spoken")


def test_a_bad_setting_is_one_line(capsys, tmp_path):
    assert joint_cv.main([str(tmp_path / "train.pkl"), "--relax", "spoken"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("joint_cv: unknown condition 'spoken'") and "\n" not in err
    assert joint_cv.main([str(tmp_path / "missing.pkl")]) == 2
    assert "missing.pkl" in capsys.readouterr().err


def test_the_table_puts_both_halves_side_by_side():
    rows = [{"held_out": "500:919", "relax": "none", "filter": "match", "threshold": 0.35,
             "f1": 0.78541, "speaker": 0.8969, "tp": 10, "fp": 2},
            {"held_out": "0:500", "relax": "none", "filter": "match", "threshold": 0.35,
             "f1": 0.7731, "speaker": 0.8969, "tp": 12, "fp": 3},
            {"held_out": "0:500", "relax": "own_subject+said", "filter": None, "threshold": None,
             "f1": 0.77, "speaker": 0.89, "tp": 13, "fp": 4}]
    lines = joint_cv.table(rows).splitlines()
    assert lines[0] == "| learnt-cue conditions | filter labels, threshold | held out 500:919 | held out 0:500 |"
    assert lines[2] == "| all three | match, 0.35 | 0.7854 / 0.8969 (10 TP, 2 FP) | 0.7731 / 0.8969 (12 TP, 3 FP) |"
    assert lines[3] == "| without own_subject and said | no filter |  | 0.7700 / 0.8900 (13 TP, 4 FP) |"


def test_diff_lists_what_a_relaxation_adds():
    """``diff`` on articles prepared like a cache (upstream layers, no gold): switching every
    condition off adds the learnt-cue statement of "filed" and removes nothing."""
    from sitrep.article import Article
    from sitrep.pipeline import Pipeline
    from sitrep_tools.statements.cache import UPSTREAM

    pipe = Pipeline.from_names(UPSTREAM)
    rows = []
    for k, text in enumerate([LAWSUIT, "Politics\n\nThe minister said the talks would resume on Monday."]):
        article = Article(id=f"a{k}", text=text, title=text.split("\n", 1)[0])
        pipe(article)
        rows.append((f"a{k}", article, []))
    total, added, removed = joint_cv.diff(rows, "all", None, n=5)
    assert total == 1 and removed == []
    assert [(a["doc"], a["cue"], a["source"], a["learnt"]) for a in added] == [("a0", "filed", "The Miami relatives", True)]
    assert statements_pkg.LEARNT_CONDITIONS == joint_cv.conditions("none")  # restored
