"""``sitrep eval reuse`` and ``sitrep eval stories`` on small gold folders written here, and on the shared gold."""

from __future__ import annotations

import json

import pytest

from sitrep.cli import main

DOCS = {
    "en": [("d1", ["Ukraine received 675 million dollars of weapons from Washington.",
                   "Lloyd Austin announced the package at Ramstein on Thursday."]),
           ("d2", ["Heavy rain flooded the old town of Bruges in 2021.",
                   "The mayor opened two schools for 300 families."]),
           ("d3", ["The charter of 1189 created a guild of merchants in Oxford.",
                   "It taxed people passing through the borough."])],
    "fr": [("d1", ["L'Ukraine a reçu 675 millions de dollars d'armes de Washington.",
                   "Lloyd Austin a annoncé le paquet à Ramstein jeudi."]),
           ("d2", ["De fortes pluies ont inondé la vieille ville de Bruges en 2021.",
                   "Le maire a ouvert deux écoles pour 300 familles."]),
           ("d3", ["La charte de 1189 a créé une guilde de marchands à Oxford.",
                   "Elle taxait les personnes traversant le bourg."])],
}


def write_pud(folder):
    for lang, docs in DOCS.items():
        lines = []
        for doc_id, sentences in docs:
            lines.append(f"# newdoc id = {doc_id}")
            for i, s in enumerate(sentences):
                lines += [f"# sent_id = {doc_id}{i}", f"# text = {s}", "1\tx\tx\tX\tX\t_\t0\troot\t_\t_", ""]
        (folder / f"{lang}_test.conllu").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_eval_reuse_on_written_documents(tmp_path, capsys):
    write_pud(tmp_path)
    assert main(["eval", "reuse", "--gold", str(tmp_path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    for pair in ("en->fr", "fr->en"):
        r = result["pairs"][pair]
        assert r["documents"] == 3 and r["rank1"] == 1.0
        assert r["precision"] in (None, 1.0)
    assert main(["eval", "reuse", "--gold", str(tmp_path)]) == 0
    assert "| en->fr | 3 | 1.000 |" in capsys.readouterr().out


def test_eval_reuse_needs_two_languages(tmp_path, capsys):
    write_pud(tmp_path)
    (tmp_path / "fr_test.conllu").unlink()
    assert main(["eval", "reuse", "--gold", str(tmp_path)]) == 1
    assert "at least two languages" in capsys.readouterr().err


STORIES = {
    "flood": {"en": ["Floods in Bruges\n\nHeavy rain flooded Bruges and Ghent. The mayor of Bruges opened schools.",
                     "Bruges floods recede\n\nWater left Bruges and Ghent streets. The mayor of Bruges thanked firefighters."],
              "fr": ["Inondations à Bruges\n\nDe fortes pluies ont inondé Bruges et Gand. Le maire de Bruges a ouvert des écoles."]},
    "guild": {"en": ["Oxford charter\n\nThe Oxford charter of 1189 created a merchants guild. Richard signed the Oxford charter.",
                     "Oxford guild anniversary\n\nOxford celebrates the merchants guild of 1189 and Richard's charter."]},
}


def test_eval_stories_on_written_topics(tmp_path, capsys):
    for topic, langs in STORIES.items():
        for lang, texts in langs.items():
            d = tmp_path / topic / lang
            d.mkdir(parents=True)
            for i, t in enumerate(texts):
                (d / f"{topic}_{i}.txt").write_text(t + "\n", encoding="utf-8")
    assert main(["eval", "stories", "--gold", str(tmp_path), "--json"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert r["articles"] == 5 and r["topics"] == 2
    assert r["threads"]["precision"] == 1.0
    assert r["threads"]["f1"] >= 0.8


@pytest.mark.slow
def test_pud_translation_targets(shared_data):
    from sitrep.eval import reuse

    r = reuse.evaluate(shared_data / "parallel" / "pud")
    for pair in ("en->fr", "en->ru"):
        assert r["pairs"][pair]["rank1"] >= 0.90, r["pairs"][pair]
    assert all(p["precision"] is None or p["precision"] >= 0.95 for p in r["pairs"].values()), r


@pytest.mark.slow
def test_slavicner_thread_target(shared_data):
    from sitrep.eval import stories

    r = stories.evaluate(shared_data / "ner" / "slavicner" / "raw")
    assert r["threads"]["f1"] >= 0.80, r
    assert r["threads"]["cross_language_recall"] >= 0.75, r
