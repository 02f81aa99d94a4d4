"""`sitrep eval events`: TimeML event recognition with polarity, and UCDP conflict headlines."""

from __future__ import annotations

import csv
import json

import pytest

from sitrep.cli import main

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-05-20" functionInDocument="CREATION_TIME">2023-05-20</TIMEX3></DCT>
<TEXT>
Rebels <EVENT eid="e1" class="OCCURRENCE">attacked</EVENT> the town on Friday and officials <EVENT eid="e2" class="REPORTING">said</EVENT> the army did not <EVENT eid="e3" class="OCCURRENCE">respond</EVENT>. The government could <EVENT eid="e4" class="OCCURRENCE">withdraw</EVENT> its troops.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="NONE" aspect="NONE" polarity="NEG" pos="VERB"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="NONE" aspect="NONE" polarity="POS" modality="could" pos="VERB"/>
</TimeML>
"""

UCDP_COLUMNS = ["id", "year", "side_a", "side_b", "source_headline", "where_prec", "latitude", "longitude",
                "best", "date_start"]
UCDP_ROWS = [
    ["1", "2022", "Government of Russia (Soviet Union)", "Government of Ukraine",
     "Three civilians killed in Russian shelling of Kramatorsk", "1", "48.7232", "37.5563", "3",
     "2022-07-07 00:00:00.000"],
    ["2", "2022", "Government of Ukraine", "Government of Russia (Soviet Union)",
     "Ukrainian forces attack Russian positions near Kherson, killing 12", "2", "46.6354", "32.6169", "12",
     "2022-10-01 00:00:00.000"],
    ["3", "2022", "Government of Ukraine", "Government of Russia (Soviet Union)", "Kherson", "1", "46.6", "32.6",
     "1", "2022-10-01 00:00:00.000"],
]


def _json(capsys, *argv):
    assert main(["eval", "events", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_timeml_document(tmp_path, capsys):
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    r = _json(capsys, "--gold", str(path))
    assert r["gold"] == 4 and r["recall"] == 1.0
    assert r["negated"]["f1"] == 1.0  # "did not respond"
    assert r["modality_accuracy"] == 1.0  # "could withdraw"
    assert r["polarity_accuracy"] == 1.0


def test_ucdp_headlines(tmp_path, capsys):
    path = tmp_path / "ucdp.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(UCDP_COLUMNS)
        w.writerows(UCDP_ROWS)
    r = _json(capsys, "--gold", str(path))
    assert r["records"] == 2  # "Kherson" alone reports no violence
    assert r["assault"] == 1.0
    assert r["death_count_exact"] == 1.0 and r["counted"] == 2
    assert r["side_matched"] == 1.0
    assert r["within_25km"] == 1.0
    assert "kill*" in r["keywords"]


def test_not_timeml(tmp_path, capsys):
    bad = tmp_path / "x.tml"
    bad.write_text("no timeml here", encoding="utf-8")
    assert main(["eval", "events", "--gold", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "x.tml" in err


def test_tbaq_sample(shared_data, capsys):
    r = _json(capsys, "--gold", str(shared_data / "time" / "tempeval3" / "TBAQ-cleaned" / "TimeBank"), "--limit", "25")
    assert r["f1"] >= 0.75, r


@pytest.mark.slow
def test_timeml_targets(shared_data, capsys):
    en = _json(capsys, "--gold", str(shared_data / "time" / "tempeval3" / "TBAQ-cleaned"))
    assert en["parts"]["held_out"]["f1"] >= 0.80
    assert en["parts"]["corpus TimeBank"]["negated"]["f1"] >= 0.70
    fr = _json(capsys, "--gold", str(shared_data / "time" / "fr-timebank" / "Data"))
    assert fr["parts"]["held_out"]["f1"] >= 0.75
