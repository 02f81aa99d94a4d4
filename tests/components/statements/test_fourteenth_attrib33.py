"""Issue 13, fourteenth round (branch ``attrib33``): the learnt cue tagger rebuilt on today's rules.

The shipped tagger (``data/en/cue_model.tsv``) must be exactly what the command in its own header gives
on the current tree; the held-out harness (``joint_cv``) trains its taggers at the shipped settings
(:data:`joint_cv.TAGGER`) and takes ``--tagger-min-count`` / ``--tagger-fire-rate`` for neighbouring ones.

The slow tests (``SITREP_SLOW=1`` and ``../shared/data/quotes/polnear/train`` present) rebuild the tagger
and the filter into a temporary folder and compare them byte for byte with the shipped files.  They need
PolNeAR train cached with its upstream layers: ``SITREP_POLNEAR_CACHE`` names such a cache
(``sitrep_tools.statements.cache build``), otherwise one is built in the temporary folder (long).
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest

from sitrep.components.statements import cue_model, filter_model
from sitrep.components.statements.filter_model import FilterModel
from sitrep_tools.statements import cue_train, filter_train, joint_cv

ROOT = Path(__file__).resolve().parents[3]
POLNEAR_TRAIN = ROOT.parent / "shared" / "data" / "quotes" / "polnear" / "train"
PREFIX = "# by python -m sitrep_tools.statements.cue_train build CACHE "


def _header_args(path: Path, prefix: str) -> list[str]:
    """The options of the build command written in a shipped file's header."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(prefix):
            return shlex.split(line[len(prefix):])
        if not line.startswith("#"):
            break
    raise AssertionError(f"{path}: no line {prefix!r} in the header")


def _options(args: list[str]) -> dict[str, str]:
    return {args[i]: args[i + 1] for i in range(0, len(args), 2)}


def test_the_shipped_tagger_header_gives_the_harness_settings():
    """The shipped file's build command and the held-out harness's TAGGER are the same settings."""
    opts = _options(_header_args(cue_train.SHIPPED, PREFIX))
    assert float(opts["--threshold"]) == joint_cv.TAGGER["threshold"] == 0.55
    assert int(opts["--min-count"]) == joint_cv.TAGGER["min_count"]
    assert float(opts["--min-rate"]) == joint_cv.TAGGER["min_rate"]
    assert float(opts["--l2"]) == joint_cv.TAGGER["l2"]
    assert float(opts["--fire-rate"]) == joint_cv.TAGGER["fire_rate"]
    assert opts["--target"] == "gold"
    m = cue_model.model("en")
    assert m is not None and m.threshold == 0.55


def _fake_harness(monkeypatch) -> list[tuple]:
    trained: list[tuple] = []

    class Tagger:
        def __init__(self, t):
            self.threshold = t

    def fake_train(part, threshold, min_count, min_rate, l2, *args, **kwargs):
        trained.append((len(part), threshold, min_count, min_rate, l2, kwargs.get("fire_rate")))
        return Tagger(threshold)

    monkeypatch.setattr(joint_cv.cue_train, "train", fake_train)
    monkeypatch.setattr(joint_cv, "score", lambda rows, lo, hi: {"f1": 0.5, "speaker": 0.9, "tp": hi - lo, "fp": 1})
    monkeypatch.setattr(joint_cv.filter_train, "collect", lambda part: [(0, ["cl=said"], {"match": 1})])
    monkeypatch.setattr(joint_cv.filter_train, "train", lambda *a, **k: FilterModel("en", {}, 0.0, 0.5))
    monkeypatch.setattr(joint_cv.filter_train, "safe_words", lambda *a, **k: frozenset())
    return trained


def test_the_harness_trains_its_taggers_at_the_given_vocabulary_settings(monkeypatch):
    trained = _fake_harness(monkeypatch)
    joint_cv.run([None] * 5, ["none"], ["match"], [0.38], split=2, tagger_thresholds=[0.6],
                 tagger={"min_count": 3, "fire_rate": 0.1})
    assert trained == [(2, 0.6, 3, 0.05, 1.0, 0.1), (3, 0.6, 3, 0.05, 1.0, 0.1)]
    assert joint_cv.TAGGER == {"threshold": 0.55, "min_count": 2, "min_rate": 0.05, "l2": 1.0, "fire_rate": 0.2}
    assert "en" not in cue_model._override and "en" not in filter_model._override


def test_the_harness_defaults_to_the_shipped_settings(monkeypatch):
    trained = _fake_harness(monkeypatch)
    joint_cv.run([None] * 4, ["none"], ["match"], [0.38], split=2)
    assert trained == [(2, 0.55, 2, 0.05, 1.0, 0.2), (2, 0.55, 2, 0.05, 1.0, 0.2)]


def test_the_harness_command_line_passes_the_vocabulary_settings(monkeypatch, capsys):
    seen = {}

    def fake_run(rows, relax, targets, thresholds, split, tagger_thresholds, tagger):
        seen.update(tagger_thresholds=tagger_thresholds, tagger=tagger)
        return []

    monkeypatch.setattr(joint_cv, "load", lambda path: [])
    monkeypatch.setattr(joint_cv, "run", fake_run)
    monkeypatch.setattr(joint_cv, "table", lambda results: "")
    assert joint_cv.main(["x.pkl", "--relax", "none", "--targets", "match", "--tagger-thresholds", "0.5,0.6",
                          "--tagger-min-count", "3", "--tagger-fire-rate", "0.1"]) == 0
    assert seen == {"tagger_thresholds": [0.5, 0.6], "tagger": {"min_count": 3, "fire_rate": 0.1}}
    assert joint_cv.main(["x.pkl", "--relax", "none", "--targets", "match"]) == 0
    assert seen == {"tagger_thresholds": [0.55], "tagger": {"min_count": 2, "fire_rate": 0.2}}


slow = pytest.mark.skipif(os.environ.get("SITREP_SLOW") != "1" or not POLNEAR_TRAIN.is_dir(),
                          reason="SITREP_SLOW=1 and ../shared/data/quotes/polnear/train needed")


@pytest.fixture(scope="module")
def train_cache(tmp_path_factory) -> Path:
    given = os.environ.get("SITREP_POLNEAR_CACHE")
    if given:
        return Path(given)
    from sitrep_tools.statements import cache

    out = tmp_path_factory.mktemp("polnear") / "train.pkl"
    cache.build(POLNEAR_TRAIN, out)
    return out


@slow
def test_the_shipped_tagger_is_what_its_header_command_builds(train_cache, tmp_path):
    out = tmp_path / "cue_model.tsv"
    args = _header_args(cue_train.SHIPPED, PREFIX)
    assert cue_train.main(["build", str(train_cache), *args, "--out", str(out)]) == 0
    assert out.read_bytes() == cue_train.SHIPPED.read_bytes()


@slow
def test_the_shipped_filter_is_what_its_command_builds(train_cache, tmp_path):
    """The filter learns from the shipped tagger's statements (docs/statements.md, "Commands")."""
    out = tmp_path / "filter_model.tsv"
    args = _header_args(filter_train.SHIPPED, "# by python -m sitrep_tools.statements.filter_train build CACHE ")
    assert _options(args) == {"--threshold": "0.38", "--target": "match", "--l2": "5.0", "--safe-rate": "0.05"}
    assert filter_train.main(["build", str(train_cache), *args, "--out", str(out)]) == 0
    assert out.read_bytes() == filter_train.SHIPPED.read_bytes()
