"""``sitrep eval time``: TimeML reading, TempEval-3 scoring, and the gold runs."""

from __future__ import annotations

import pytest

from sitrep.eval import GoldError
from sitrep.eval.time import Score, evaluate, render, sitrep_system
from sitrep.eval.timeml import Timex, read_timeml

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Stocks fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; rose for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> in <TIMEX3 tid="t3" type="DATE" value="1997">1997</TIMEX3>.<TIMEX3 tid="t9" type="DATE" value="1998" />
</TEXT>
</TimeML>
"""


def test_read_timeml_keeps_offsets(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.dct == "1998-01-08"
    assert [doc.text[t.start : t.end] for t in doc.timexes] == ["yesterday", "three days", "1997"]
    assert "& rose" in doc.text
    assert [t.value for t in doc.timexes] == ["1998-01-07", "P3D", "1997"]


def test_not_timeml_is_a_gold_error(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text("<html>nothing</html>", encoding="utf-8")
    with pytest.raises(GoldError, match="no <TEXT>"):
        read_timeml(path)


def test_score_strict_relaxed_and_value():
    gold = [Timex(0, 9, "DATE", "1998-01-07"), Timex(20, 30, "DURATION", "P3D"), Timex(40, 44, "DATE", "1997")]
    pred = [Timex(0, 9, "DATE", "1998-01-07"), Timex(16, 30, "DURATION", "P2D"), Timex(50, 55, "DATE", "X")]
    s = Score()
    s.add(gold, pred)
    d = s.as_dict()
    assert d["strict"]["precision"] == pytest.approx(1 / 3, abs=1e-3)
    assert d["relaxed"]["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert d["relaxed"]["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert d["type_accuracy"] == 1.0
    assert d["value"]["f1"] == pytest.approx(1 / 3, abs=1e-3)


def test_sitrep_system_on_written_text():
    text = "Stocks fell yesterday and rose for three days in 1997."
    got = {text[t.start : t.end]: t.value for t in sitrep_system(text, "en", "1998-01-08")}
    assert got == {"yesterday": "1998-01-07", "three days": "P3D", "1997": "1997"}


def test_tempeval3_sample(shared_data):
    gold = shared_data / "time" / "tempeval3" / "TBAQ-cleaned"
    if not gold.is_dir():
        pytest.skip("TBAQ-cleaned not present")
    result = evaluate(gold, limit=3, systems=("sitrep",))
    ours = result["systems"]["sitrep"]
    assert result["documents"] == 3 and ours["gold"] > 0
    assert ours["relaxed"]["f1"] > 0.7
    assert "| sitrep |" in render(result)


def test_peers_run_or_say_why(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    result = evaluate(path, systems=("dateparser",))
    peer = result["systems"]["dateparser"]
    assert "relaxed" in peer or peer["note"].startswith("not available")


@pytest.mark.slow
@pytest.mark.parametrize(
    "sub,value_f1,relaxed_f1",
    [(("tempeval3", "TBAQ-cleaned"), 0.75, 0.88), (("fr-timebank", "Data"), 0.72, 0.88)],
)
def test_targets_on_full_gold(shared_data, sub, value_f1, relaxed_f1):
    gold = shared_data.joinpath("time", *sub)
    if not gold.is_dir():
        pytest.skip(f"{gold} not present")
    result = evaluate(gold)
    ours = result["systems"]["sitrep"]
    assert ours["value"]["f1"] >= value_f1
    assert ours["relaxed"]["f1"] >= relaxed_f1
    for peer in ("dateparser", "recognizers-text"):
        if "value" in result["systems"][peer]:
            assert ours["value"]["f1"] > result["systems"][peer]["value"]["f1"]
