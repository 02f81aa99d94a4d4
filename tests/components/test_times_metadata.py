"""Bad publication metadata: the article is still processed, the date unknown, a warning given."""

from __future__ import annotations

import json

import pytest

from sitrep.cli import main

BODY = "Kiev a repris Izioum samedi, deux jours plus tard.\n"


@pytest.mark.parametrize("bad", ["2022-13-45", "yesterday", "3000-01-01"])
def test_bad_text_header_date(tmp_path, capsys, bad):
    path = tmp_path / "a.txt"
    path.write_text(f"date {bad} Titre de l'article\n\n{BODY}", encoding="utf-8")
    assert main(["analyze", str(path), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["published"] is None
    assert "publication date header ignored" in err
    sat = next(a for a in data["layers"]["times"] if data["text"][a["start"] : a["end"]] == "samedi")
    assert sat["attrs"]["value"] == "XXXX-WXX-6" and sat["attrs"]["anchor"] is None


@pytest.mark.parametrize("bad", ["2022-13-45", "yesterday", "", "3000"])
def test_bad_json_published(tmp_path, capsys, bad):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"id": "x", "title": "T", "text": BODY, "published": bad}), encoding="utf-8")
    assert main(["analyze", str(path), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["published"] is None
    assert "publication date" in err
    assert any(a["label"] == "DATE" for a in data["layers"]["times"])


@pytest.mark.parametrize("bad", ["2022-13-45", "yesterday", "3000-01-01"])
def test_bad_published_option(tmp_path, capsys, bad):
    path = tmp_path / "a.txt"
    path.write_text(f"Titre\n\n{BODY}", encoding="utf-8")
    assert main(["analyze", str(path), "--published", bad, "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["published"] is None
    assert "--published" in err and "warning" in err


def test_good_published_option_anchors(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(f"Titre\n\n{BODY}", encoding="utf-8")
    assert main(["analyze", str(path), "--published", "2022-09-10", "--format", "json", "--lang", "fr"]) == 0
    data = json.loads(capsys.readouterr().out)
    values = {data["text"][a["start"] : a["end"]]: a["attrs"]["value"] for a in data["layers"]["times"]}
    assert values["samedi"] == "2022-09-10"
    assert values["deux jours plus tard"] == "2022-09-12"
