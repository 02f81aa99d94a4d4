"""layer_diff: dumps the layers of a corpus and finds where two dumps differ."""

from __future__ import annotations

import json

from sitrep_tools.layer_diff import compare, dump, main


def test_dump_and_compare(tmp_path):
    corpus = tmp_path / "c.jsonl"
    rows = [{"id": "a", "text": "Kyiv, 5 May 2022. Troops left Izium on Monday."},
            {"id": "b", "text": "Le 3 mars, Marioupol était encerclée."}]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    info = dump(corpus, one, ["paragraphs.v1", "language.v1", "sentences.v1", "times.v1"])
    assert info["articles"] == 2 and not info["failed"] and "tokens" in info["layers"]
    dump(corpus, two, ["paragraphs.v1", "language.v1", "sentences.v1", "times.v1"])
    assert compare(one, two)["differing"] == {}
    assert main(["compare", str(one), str(two)]) == 0
    lines = two.read_text(encoding="utf-8").splitlines()
    row = json.loads(lines[1])
    row["times"][0][1] += 1  # one time expression one character longer
    lines[1] = json.dumps(row, ensure_ascii=False, sort_keys=True)
    two.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = compare(one, two)
    assert result["differing"] == {"times": 1} and result["examples"] == {"times": ["b"]}
    assert main(["compare", str(one), str(two)]) == 1
