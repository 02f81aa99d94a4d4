"""``python -m sitrep_tools.ner.speed``: entities.v1 timed alone, and two dumps compared."""

from __future__ import annotations

import json

from sitrep_tools.ner import speed


def test_times_dumps_and_compares(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "Boris Johnson met Emmanuel Macron in Paris.\n"}) + "\n"
        + json.dumps({"id": "b", "text": "Сергей Лавров прибыл в Анкару.\n"}) + "\n",
        encoding="utf-8",
    )
    dump = tmp_path / "d.json"
    assert speed.main([str(corpus), "--dump", str(dump)]) == 0
    out = capsys.readouterr().out
    assert "articles=2" in out and "cpu_s=" in out
    rows = json.loads(dump.read_text(encoding="utf-8"))
    text_a = "Boris Johnson met Emmanuel Macron in Paris.\n"
    assert {text_a[s:e] for s, e, typ, _ in rows["a"] if typ == "PER"} >= {"Boris Johnson", "Emmanuel Macron"}
    assert speed.main([str(corpus), "--against", str(dump)]) == 0
    rows["b"] = rows["b"][1:]  # another checkout missing one entity
    other = tmp_path / "o.json"
    other.write_text(json.dumps(rows), encoding="utf-8")
    assert speed.main([str(corpus), "--against", str(other)]) == 1
    assert "articles differing" in capsys.readouterr().out


def test_sections_time_the_tagger_parts_and_restore_them(tmp_path, capsys):
    from sitrep.components.entities.decoder import TypeTable

    rows = TypeTable.rows
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Olaf Scholz visited Kyiv on Monday.\n"}) + "\n", encoding="utf-8")
    assert speed.main([str(corpus), "--sections"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("sections_cpu_s "))
    parts = dict(kv.split("=") for kv in line.split()[1:])
    assert set(parts) == {"new_types", "other_type_rows", "gazetteer", "state_scores", "decoding", "rest"}
    assert all(float(v) >= -0.01 for v in parts.values())
    assert TypeTable.rows is rows  # the timers are removed afterwards
