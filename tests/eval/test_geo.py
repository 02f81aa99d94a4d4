"""The geoparsing scorer (Gritta et al.) and the UCDP task, on files written here."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from sitrep.eval import GoldError
from sitrep.eval import geo, geo_ucdp

LGL_XML = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><title>t</title>
<text><![CDATA[Alexandria, La. - A fire in Rapides Parish destroyed a home.]]></text>
<toponyms>
<toponym><start>0</start><end>10</end><phrase>Alexandria</phrase>
<gaztag geonameid="4314550"><name>Alexandria</name><fclass>P</fclass><fcode>PPL</fcode><lat>31.3113</lat><lon>-92.4451</lon></gaztag></toponym>
<toponym><start>28</start><end>42</end><phrase>Rapides Parish</phrase>
<gaztag geonameid="4338356"><name>Rapides Parish</name><lat>31.1669</lat><lon>-92.4835</lon></gaztag></toponym>
<toponym><start>12</start><end>15</end><phrase>La.</phrase></toponym>
</toponyms></article></articles>"""

GEOVIRUS_XML = """<articles><article><source>x</source>
<text>Cases rose in Kharkiv and in Kenya.</text>
<locations><location><name>Kharkiv</name><start>13</start><end>20</end><lat>49.98</lat><lon>36.25</lon><page>p</page></location>
<location><name>Kenya</name><start>28</start><end>33</end><lat>0.5</lat><lon>38</lon><page>p</page></location></locations>
</article></articles>"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_match_follows_gritta():
    gold = [geo.Toponym(0, 10, "Alexandria", 31.31, -92.44), geo.Toponym(20, 25, "Texas", 31.0, -99.0)]
    pred = [geo.Toponym(2, 12, "alexandria", 31.31, -92.44),  # centres 4 chars apart: a match
            geo.Toponym(40, 45, "Texas", 31.0, -99.0)]  # 20 chars away: no match
    prf, errors = geo.match(gold, pred)
    assert (prf.tp, prf.fp, prf.fn) == (1, 1, 1)
    assert errors == [pytest.approx(0.0, abs=1e-6)]
    prf, _ = geo.match(gold, pred, name_only=True)
    assert prf.tp == 2


def test_summary_metrics():
    s = geo.summary(geo.PRF(tp=4, fp=1, fn=0), [0.0, 10.0, 200.0, 1000.0])
    assert s["acc161"] == 0.5
    assert s["median_km"] == 105.0 and s["mean_km"] == 302.5
    logs = sorted(math.log(1 + e) for e in (0.0, 10.0, 200.0, 1000.0))
    expected = sum((logs[i] + logs[i + 1]) / 2 for i in range(3)) / (math.log(20039) * 3)
    assert s["auc"] == round(expected, 4)


def test_read_gold_formats_and_skip_uncoordinated(tmp_path):
    lgl = geo.read_gold(write(tmp_path, "lgl.xml", LGL_XML))
    assert [t.phrase for t in lgl[0].gold] == ["Alexandria", "Rapides Parish"]
    gv = geo.read_gold(write(tmp_path, "gv.xml", GEOVIRUS_XML))
    assert [(t.phrase, t.lat) for t in gv[0].gold] == [("Kharkiv", 49.98), ("Kenya", 0.5)]


def test_bad_gold_is_one_clear_error(tmp_path):
    with pytest.raises(GoldError, match="not readable XML"):
        geo.read_gold(write(tmp_path, "bad.xml", "<articles><article>"))
    with pytest.raises(GoldError, match="no <article>"):
        geo.read_gold(write(tmp_path, "empty.xml", "<articles/>"))


def test_evaluate_small_corpus(tmp_path):
    r = geo.evaluate(write(tmp_path, "gv.xml", GEOVIRUS_XML))
    ours = r["all"]["sitrep places.v1"]
    assert ours["tp"] == 2 and ours["acc161"] == 1.0
    assert "sitrep places.v1" in geo.render(r)


def test_system_output_reader(tmp_path):
    p = write(tmp_path, "out.txt", "A,,Alexandria,,31.2,,29.9,,0,,10||B,,Cairo,,30,,31,,20,,25||\n\nbad,,line||\n")
    out = geo.read_system_output(p)
    assert [len(x) for x in out] == [2, 0, 0, 0]
    assert out[0][1].phrase == "Cairo" and out[0][1].start == 20


UCDP_HEAD = "id,source_headline,where_prec,latitude,longitude\n"


def test_ucdp_task(tmp_path):
    p = write(tmp_path, "ucdp.csv", UCDP_HEAD
              + '1,"Shelling of Donetsk kills two;Rebels say Kiev to blame",1,48.0,37.8\n'
              + '2,"Fighting near Izyum",2,49.2,37.27\n'
              + '3,"Ukraine reports clashes",1,48.5,39.3\n'
              + '4,"Vague",4,48.5,39.3\n')
    r = geo_ucdp.evaluate(p)
    assert r["events"] == 3
    assert r["within_25km"] == pytest.approx(2 / 3, abs=1e-3)
    assert "within 25 km" in geo_ucdp.render(r)


def test_ucdp_bad_file(tmp_path):
    with pytest.raises(GoldError, match="missing column"):
        geo_ucdp.read_events(write(tmp_path, "x.csv", "a,b\n1,2\n"))


@pytest.mark.slow
def test_lgl_targets(shared_data):
    r = geo.evaluate(shared_data / "geo" / "corpora" / "lgl.xml")
    ours = r["all"]["sitrep places.v1"]
    assert ours["acc161"] >= 0.80
    for peer in ("Edinburgh", "CLAVIN", "GeoTxt", "Yahoo"):
        assert ours["acc161"] > r["all"][peer]["acc161"]


def test_ucdp_halves_split_by_event_id(tmp_path):
    p = write(tmp_path, "ucdp.csv", UCDP_HEAD
              + '10,"Shelling of Donetsk kills two",1,48.0,37.8\n'
              + '11,"Fighting near Izyum",2,49.2,37.27\n'
              + '13,"Ukraine reports clashes",1,48.5,39.3\n')
    r = geo_ucdp.evaluate(p)
    assert r["halves"]["tune"]["events"] == 1 and r["halves"]["tune"]["within_25km"] == 1.0
    assert r["halves"]["held_out"]["events"] == 2 and r["halves"]["held_out"]["within_25km"] == 0.5
    table = geo_ucdp.render(r)
    assert "tune half (even id)" in table and "held-out half (odd id)" in table


@pytest.mark.parametrize("headline, expected", [
    # a town named as a front comes after a town named plainly
    ("Russian troops lost 60 men in the Kupyansk direction near Dvorichna", "Dvorichna"),
    # where the fire came from is not where it fell
    ("Russians shelled Sumy region from Belgorod overnight", "Sumska oblast"),
    # the place most headlines name, among equals
    ("Shelling in Horlivka. Two killed in Avdiivka. Avdiivka: a school hit", "Avdiyivka"),
    # a capital standing for its forces is no event location
    ("Kiev forces shell Gorlovka, one civilian killed", "Horlivka"),
])
def test_ucdp_main_place(headline, expected):
    assert geo_ucdp.main_place(headline)[2] == expected
