"""Training the Russian model: gold factRuEval plus the silver folder, recorded in the manifest."""

from __future__ import annotations

import json

from sitrep_tools.ner import train

TEXTS = [
    ("Сергей Лавров прибыл в Анкару.", [("Person", "name", 0, 6, "surname", 7, 6), ("Location", "loc_name", 22, 6)]),
    ("Мария Захарова выступила в Москве.", [("Person", "name", 0, 5, "surname", 6, 8), ("Location", "loc_name", 27, 6)]),
]


def _factru(folder):
    folder.mkdir(parents=True)
    for n in range(12):
        text, objs = TEXTS[n % 2]
        spans, objects, sid = [], [], 1
        for oid, obj in enumerate(objs, 1):
            ids = []
            for i in range(1, len(obj), 3):
                spans.append(f"{sid} {obj[i]} {obj[i + 1]} {obj[i + 2]} 0 1")
                ids.append(str(sid))
                sid += 1
            objects.append(f"{oid} {obj[0]} {' '.join(ids)}")
        (folder / f"book_{n}.txt").write_text(text, encoding="utf-8")
        (folder / f"book_{n}.spans").write_text("\n".join(spans) + "\n", encoding="utf-8")
        (folder / f"book_{n}.objects").write_text("\n".join(objects) + "\n", encoding="utf-8")


def _data(tmp_path):
    data = tmp_path / "ner"
    _factru(data / "factrueval2016" / "devset")
    nerel = data / "nerel" / "train"
    nerel.mkdir(parents=True)
    (nerel / "a.txt").write_text("Владимир Путин посетил Казань.", encoding="utf-8")
    (nerel / "a.ann").write_text("T1\tPERSON 0 14\tВладимир Путин\n", encoding="utf-8")
    silver = tmp_path / "silver"
    silver.mkdir()
    (silver / "nerel-a.txt").write_text("Владимир Путин посетил Казань.", encoding="utf-8")
    (silver / "nerel-a.ann").write_text("T1\tPER 0 14\tВладимир Путин\nT2\tLOC 23 29\tКазань\n", encoding="utf-8")
    return data, silver


def test_ru_needs_the_silver_folder(tmp_path, capsys):
    data, _ = _data(tmp_path)
    assert train.main(["--data", str(data), "--lang", "ru", "--out", str(tmp_path / "m")]) == 1
    assert "python -m sitrep_tools.ner.silver" in capsys.readouterr().err


def test_ru_trains_on_gold_and_silver_and_says_so(tmp_path):
    data, silver = _data(tmp_path)
    out = tmp_path / "m"
    assert train.main(["--data", str(data), "--lang", "ru", "--out", str(out), "--silver", str(silver)]) == 0
    info = json.loads((out / "ner-manifest.json").read_text())["models"]["ru"]
    kinds = {s["path"]: s for s in info["sources"]}
    assert kinds["factrueval2016/devset"]["trained_on"] < 12  # its held-out fifth is left out
    assert kinds[str(silver)]["silver"] and kinds[str(silver)]["documents"] == 1
    assert kinds["nerel/train"]["labels"].startswith("silver")
    assert (out / "ner-ru.crfsuite").stat().st_size > 0
