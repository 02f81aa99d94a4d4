"""sitrep eval link: SlavicNER mentions linked to the actor file."""

from __future__ import annotations

import pytest

from sitrep.eval import GoldError
from sitrep.eval.link import evaluate, render


def _slavic(tmp_path, text, rows):
    raw = tmp_path / "raw" / "topic" / "ru"
    ner = tmp_path / "ner" / "topic" / "ru"
    raw.mkdir(parents=True)
    ner.mkdir(parents=True)
    (raw / "doc_1.txt").write_text(text, encoding="utf-8")
    (ner / "doc_1.tsv").write_text("".join("\t".join(map(str, r)) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def test_links_inflected_mentions(tmp_path):
    text = "Путин встретился с Зеленским. Позже Зеленский выступил в Раде. Москва ответила."
    rows = [
        (0, 5, "Путин", "Путин", "PER", "PER-Vladimir-Putin"),
        (19, 28, "Зеленским", "Зеленский", "PER", "PER-Volodymyr-Zelensky"),
        (36, 45, "Зеленский", "Зеленский", "PER", "PER-Volodymyr-Zelensky"),
    ]
    r = evaluate(_slavic(tmp_path, text, rows))
    assert r["entities_in_actor_file"] == 2
    assert r["linked"] == 1.0
    assert r["split"] == 0 and r["merged"] == 0
    assert "mentions linked" in render(r)


def test_missing_layout_is_a_gold_error(tmp_path):
    (tmp_path / "x.tsv").write_text("0\t1\ta\ta\tPER\tPER-A\n", encoding="utf-8")
    with pytest.raises(GoldError):
        evaluate(tmp_path)


@pytest.mark.slow
def test_slavicner_held_out(shared_data):
    r = evaluate(shared_data / "ner" / "slavicner")["held_out"]
    assert r["linked"] >= 0.85
    assert r["split_share"] < 0.05
