"""sitrep eval ner: CoNLL-style exact-match scoring on every gold format."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from sitrep.eval import GoldError
from sitrep.eval.ner import evaluate, render


def test_scores_a_small_iob_file(tmp_path):
    gold = tmp_path / "g.iob"
    gold.write_text(
        "Angela B-PER\nMerkel I-PER\nvisited O\nParis B-LOC\n.\tO\n\n"
        "The O\nEuropean B-ORG\nCommission I-ORG\nmet O\nin O\nBrussels B-LOC\n. O\n",
        encoding="utf-8",
    )
    r = evaluate(gold)
    assert r["part"] == "all"
    core = r["PER/ORG/LOC"]
    assert core["tp"] + core["fn"] == 4
    assert 0 <= core["f1"] <= 1
    assert "| PER/ORG/LOC |" in render(r)


def test_russian_gold_scores_the_peer_side_by_side(tmp_path, monkeypatch):
    from sitrep.eval import ner_peers

    gold = tmp_path / "g.iob"
    gold.write_text(
        "Сергей B-PER\nЛавров I-PER\nприбыл O\nв O\nАнкару B-LOC\n. O\n\n"
        "Министерство B-ORG\nобороны I-ORG\nРоссии I-ORG\nсообщило O\nоб O\nударе O\n. O\n",
        encoding="utf-8",
    )

    def peer(name):  # a stand-in for natasha that finds only the person
        return lambda text: {(0, 13, "PER")} if text.startswith("Сергей Лавров") else set()

    monkeypatch.setattr(ner_peers, "tagger", peer)
    r = evaluate(gold)
    assert r["language"] == "ru"
    assert r["peers"]["natasha"]["PER/ORG/LOC"]["tp"] == 1
    assert r["peers"]["natasha"]["PER/ORG/LOC"]["fn"] == 2
    table = render(r)
    assert "| sitrep entities.v1 |" in table and "| natasha | 1.000 | 0.333 | 0.500 |" in table

    monkeypatch.setattr(ner_peers, "tagger", lambda name: "not installed (natasha; pip install -e '.[lexicon-rebuild]')")
    assert "| natasha | not installed (natasha" in render(evaluate(gold))


def test_unreadable_gold_is_one_clear_error(tmp_path):
    bad = tmp_path / "bad.iob"
    bad.write_text("word X-PER\n", encoding="utf-8")
    with pytest.raises(GoldError, match="bad.iob"):
        evaluate(bad)


def test_cli_reports_bad_gold_without_traceback(tmp_path):
    bad = tmp_path / "bad.iob"
    bad.write_text("word X-PER\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "sitrep.cli", "eval", "ner", "--gold", str(bad)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "bad.iob" in proc.stderr


def test_training_file_scores_only_its_held_out_part(shared_data):
    r = evaluate(shared_data / "ner" / "factrueval2016" / "devset", limit=5)
    assert r["part"].startswith("held-out")
    assert r["documents"] == 5
    assert r["PER/ORG/LOC"]["f1"] > 0.5


@pytest.mark.slow
@pytest.mark.parametrize("rel,floor", [
    ("wikineural/fr/val.conllu", 0.85),
    ("wikineural/en/val.conllu", 0.83),
    ("factrueval2016/devset", 0.85),
    ("ner-uk/train.iob", 0.82),
])
def test_held_out_scores(shared_data, rel, floor):
    r = evaluate(shared_data / "ner" / rel)
    assert r["PER/ORG/LOC"]["f1"] >= floor, json.dumps(r["PER/ORG/LOC"])
