"""``sitrep eval sentences`` end to end, and the floors on the UD test files."""

from __future__ import annotations

import json

import pytest

from sitrep.cli import main
from sitrep.eval.sentences import evaluate, paragraphs


def conllu_sentence(sent_id: str, text: str, newpar: bool = False) -> str:
    """A CoNLL-U block for ``text`` with one token per space-separated word (punctuation split)."""
    words: list[tuple[str, bool]] = []
    for chunk in text.split(" "):
        if chunk[-1] in ".?!,":
            words += [(chunk[:-1], False), (chunk[-1], True)]
        else:
            words.append((chunk, True))
    lines = (["# newpar"] if newpar else []) + [f"# sent_id = {sent_id}", f"# text = {text}"]
    for i, (form, space) in enumerate(words, start=1):
        misc = "_" if space else "SpaceAfter=No"
        lines.append(f"{i}\t{form}\t_\tX\t_\t_\t0\tdep\t_\t{misc}")
    return "\n".join(lines) + "\n\n"


@pytest.fixture
def gold(tmp_path):
    path = tmp_path / "en_tiny-ud-test.conllu"
    path.write_text(
        "# newdoc id = d1\n"
        + conllu_sentence("1", "Mr. Smith arrived in Kyiv on Monday.", newpar=True)
        + conllu_sentence("2", "He met the mayor.")
        + conllu_sentence("3", "Talks will resume on Friday.", newpar=True)
        + conllu_sentence("4", "No date was set for the next round!"),
        encoding="utf-8",
    )
    return path


def test_paragraphs_rebuilt_from_gold(gold):
    paras = paragraphs(gold)
    assert [text for text, _ in paras] == [
        "Mr. Smith arrived in Kyiv on Monday. He met the mayor.",
        "Talks will resume on Friday. No date was set for the next round!",
    ]
    assert paras[0][1] == [(0, 36), (37, 54)]


def test_eval_sentences_cli_json(gold, capsys):
    assert main(["eval", "sentences", "--gold", str(gold), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    (scored,) = result["files"]
    assert scored["language"] == "en" and scored["sentences"] == 4 and scored["paragraphs"] == 2
    assert set(scored["systems"]) == {"sitrep", "spacy-sentencizer", "pysbd"}
    ours = scored["systems"]["sitrep"]
    assert (ours["tp"], ours["fp"], ours["fn"]) == (4, 0, 0) and ours["f1"] == 1.0


def test_eval_sentences_cli_table(gold, capsys):
    assert main(["eval", "sentences", "--gold", str(gold)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| file | lang |")
    assert "| en_tiny-ud-test.conllu | en | 4 | **1.0000** |" in out


def test_eval_sentences_bad_gold_is_one_line(tmp_path, capsys):
    bad = tmp_path / "fr_bad-ud-test.conllu"
    bad.write_text("# text = Bonjour.\n1\tBonjour\n\n", encoding="utf-8")
    assert main(["eval", "sentences", "--gold", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and str(bad) in err and "Traceback" not in err


#: The five UD test files the backbone issue names.
TEST_FILES = (
    "UD_French-GSD/fr_gsd-ud-test.conllu",
    "UD_French-Sequoia/fr_sequoia-ud-test.conllu",
    "UD_English-EWT/en_ewt-ud-test.conllu",
    "UD_Russian-GSD/ru_gsd-ud-test.conllu",
    "UD_Ukrainian-IU/uk_iu-ud-test.conllu",
)


@pytest.mark.slow  # about 50 s: pysbd alone takes 35 s on ru-GSD (one paragraph of 600 sentences)
@pytest.mark.parametrize("name", TEST_FILES)
def test_sitrep_at_least_the_better_peer_on_ud_test(shared_data, name):
    path = shared_data / "ud" / name
    if not path.is_file():
        pytest.skip(f"{path} not found")
    (scored,) = evaluate(path)["files"]
    systems = scored["systems"]
    best_peer = max(systems["spacy-sentencizer"]["f1"], systems["pysbd"]["f1"])
    assert systems["sitrep"]["f1"] >= best_peer + 0.01, systems
