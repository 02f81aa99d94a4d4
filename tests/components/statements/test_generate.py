from __future__ import annotations

import pytest

from sitrep.components.statements import generate


def test_regenerating_reproduces_the_committed_verb_forms():
    pytest.importorskip("pymorphy3")
    for lang in generate.LANGS:
        committed = (generate.data_dir(lang) / "cues_verbs.txt").read_text(encoding="utf-8")
        assert generate.forms(lang) == committed, f"data/{lang}/cues_verbs.txt is out of date: run the generator"
