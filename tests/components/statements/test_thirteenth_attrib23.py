"""Issue 13, thirteenth round (branch ``attrib23``): the English cue entries re-selected end to end on
today's rules (``sitrep_tools.statements.select_cues``, then judged held out with the filter at 0.38),
and the cue tagger's threshold as a setting of the held-out harness (``joint_cv --tagger-thresholds``).
On sentences written for the purpose (the entries are English only: fr/ru/uk lexicons are untouched)."""

from __future__ import annotations

import pytest

from sitrep.components.statements import cue_model, filter_model
from sitrep.components.statements.filter_model import FilterModel
from sitrep_tools.statements import joint_cv

NEW = ("cheered", "critique of", "disavowed", "fired back", "guess", "identify", "inclined",
       "lauded", "reprimanded", "swipes",
       "adamant", "made no secret", "rule out", "singled out", "stopped short of", "took issue with")


@pytest.mark.parametrize("text,cue,source,content", [
    ("Budget\n\nThe governor fired back that the cuts would hurt schools in every county.",
     "fired back", "The governor", "the cuts would hurt schools in every county"),
    ("Rally\n\nThe senator disavowed the remarks made by a supporter at the rally.",
     "disavowed", "The senator", "the remarks made by a supporter at the rally"),
    ("Attack\n\nThe army spokesman would not identify the units involved in the raid.",
     "would not identify", "The army spokesman", "the units involved in the raid"),
    ("Talks\n\nThe prime minister is inclined to accept the ceasefire proposal.",
     "is inclined", "The prime minister", "to accept the ceasefire proposal"),
    ("Vote\n\nThe union leaders cheered the court's decision on the pension fund.",
     "cheered", "The union leaders", "the court's decision on the pension fund"),
    ("Poll\n\nThe candidate's aides guess that turnout reached sixty percent.",
     "guess", "The candidate's aides", "turnout reached sixty percent"),
    ("Budget\n\nThe senator lauded the governor's decision to expand the program.",
     "lauded", "The senator", "the governor's decision to expand the program"),
    ("Floods\n\nThe committee reprimanded the agency for its slow response to the floods.",
     "reprimanded", "The committee", "the agency for its slow response to the floods"),
    ("Campaign\n\nThe candidate swipes at his rival in a new television advertisement.",
     "swipes", "The candidate", "at his rival in a new television advertisement"),
    ("Clashes\n\nThe general took issue with the report's casualty figures.",
     "took issue with", "The general", "the report's casualty figures"),
    ("Talks\n\nThe foreign minister made no secret of his frustration with the talks.",
     "made no secret", "The foreign minister", "of his frustration with the talks"),
    ("Abuses\n\nThe report singled out two brigades for abuses against civilians.",
     "singled out", "The report", "two brigades for abuses against civilians"),
    ("Sanctions\n\nThe chancellor stopped short of endorsing new sanctions against Moscow.",
     "stopped short of", "The chancellor", "endorsing new sanctions against Moscow"),
    ("Attack\n\nThe interior minister did not rule out a terrorist motive for the blast.",
     "did not rule out", "The interior minister", "a terrorist motive for the blast"),
    ("Troops\n\nThe president was adamant that the troops would stay.",
     "was adamant", "The president", "the troops would stay"),
])
def test_a_reselected_cue_opens_a_statement(analyse, by_cue, text, cue, source, content):
    st = by_cue(analyse(text, "en"))[cue]
    assert st["source"]["text"] == source
    assert st["content"] == content
    assert not st.get("learnt_cue")  # a lexicon entry now, not a proposal of the tagger


def test_a_nominal_critique_names_its_author(analyse, by_cue):
    st = by_cue(analyse("Review\n\nThe economist's critique of the central bank's rate policy drew wide attention.",
                        "en"))["critique of"]
    assert st["source"]["text"] == "The economist's"
    assert st["content"].startswith("the central bank's rate policy")


def test_the_entries_sit_in_the_selected_section():
    from sitrep_tools.statements.select_cues import MARKER, OUT

    selected = OUT.read_text(encoding="utf-8").split(MARKER, 1)[1].splitlines()
    assert set(NEW) <= set(selected)


@pytest.mark.parametrize("text", [
    "Clashes\n\nThe police shot back when the crowd began throwing stones.",
    "Clashes\n\nThe soldiers were wary of the armed men gathering near the checkpoint.",
])
def test_entries_measured_and_left_out_make_no_statement(analyse, by_cue, text):
    """"shot back" (a gunfight in conflict news) and "wary of" were measured held out and left out."""
    sts = by_cue(analyse(text, "en"))
    assert "shot back" not in sts and "were wary of" not in sts and "wary of" not in sts


def test_a_guess_inside_a_quotation_stays_the_quotation(analyse, by_cue):
    """A quoted "I guess" is part of the quotation the outer verb reports, not a statement of its own."""
    sts = by_cue(analyse('Poll\n\n"I guess we will have to wait for the final count," the mayor said.', "en"))
    assert sts["said"]["source"]["text"] == "the mayor"
    assert "guess" not in sts


def test_the_harness_trains_one_tagger_per_threshold(monkeypatch):
    """``run(..., tagger_thresholds=[0.5, 0.6])`` trains the tagger at each threshold on the other half and
    scores each held-out half with it, without and with the filter; the rows carry the tagger threshold."""
    trained: list[tuple[int, float]] = []

    class Tagger:
        def __init__(self, t):
            self.threshold = t

    def fake_train(part, threshold, *args, **kwargs):
        trained.append((len(part), threshold))
        return Tagger(threshold)

    def fake_score(rows, lo, hi):
        tagger = cue_model._override.get("en")
        filt = filter_model._override.get("en")
        return {"f1": 0.5 + (tagger.threshold if tagger else 0) / 10, "speaker": 0.9 if filt else 0.8,
                "tp": hi - lo, "fp": 1}

    monkeypatch.setattr(joint_cv.cue_train, "train", fake_train)
    monkeypatch.setattr(joint_cv, "score", fake_score)
    monkeypatch.setattr(joint_cv.filter_train, "collect", lambda part: [(0, ["cl=said"], {"match": 1})])
    monkeypatch.setattr(joint_cv.filter_train, "train", lambda *a, **k: FilterModel("en", {}, 0.0, 0.5))
    monkeypatch.setattr(joint_cv.filter_train, "safe_words", lambda *a, **k: frozenset())
    rows = [None] * 5
    out = joint_cv.run(rows, ["none"], ["match"], [0.38], split=2, tagger_thresholds=[0.5, 0.6])
    assert trained == [(2, 0.5), (2, 0.6), (3, 0.5), (3, 0.6)]
    assert [(r["held_out"], r["tagger"], r["filter"]) for r in out] == [
        ("2:5", None, None), ("2:5", 0.5, None), ("2:5", 0.5, "match"), ("2:5", 0.6, None), ("2:5", 0.6, "match"),
        ("0:2", None, None), ("0:2", 0.5, None), ("0:2", 0.5, "match"), ("0:2", 0.6, None), ("0:2", 0.6, "match")]
    assert "en" not in cue_model._override and "en" not in filter_model._override  # restored
    lines = joint_cv.table(out).splitlines()
    assert lines[4] == "| all three, tagger 0.5 | match, 0.38 | 0.5500 / 0.9000 (3 TP, 1 FP) | 0.5500 / 0.9000 (2 TP, 1 FP) |"
    assert lines[5] == "| all three, tagger 0.6 | no filter | 0.5600 / 0.8000 (3 TP, 1 FP) | 0.5600 / 0.8000 (2 TP, 1 FP) |"


def test_one_tagger_threshold_keeps_the_old_table():
    rows = [{"held_out": "0:500", "relax": "none", "filter": "match", "threshold": 0.38, "tagger": 0.6,
             "f1": 0.7769, "speaker": 0.8996, "tp": 9359, "fp": 1673}]
    assert joint_cv.table(rows).splitlines()[2] == "| all three | match, 0.38 | 0.7769 / 0.8996 (9359 TP, 1673 FP) |"
