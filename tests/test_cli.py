"""`sitrep analyze`: reports, and one clear line for every kind of bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from sitrep.article import validate
from sitrep.cli import main


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_seed_text_report(capsys, seed_path):
    code, out, err = run_cli(capsys, "analyze", str(seed_path))
    assert code == 0, err
    assert "Kiev et Washington ont “constamment” discuté" in out
    assert "date 2022" not in out
    assert "fr" in out and "2022-09 (month precision)" in out
    assert "paragraphs 12" in out
    assert "¶12" in out and "¶13" not in out
    assert "Kiev insiste sur le fait que l’offensive russe n’a pas été provoquée." in out


def test_seed_json_validates(capsys, seed_path):
    code, out, _ = run_cli(capsys, "analyze", str(seed_path), "--format", "json")
    assert code == 0
    data = json.loads(out)
    validate(data)
    assert data["language"] == "fr"
    assert data["published"] == {"value": "2022-09", "precision": "month"}
    assert len(data["layers"]["paragraphs"]) == 12
    assert len(data["layers"]["sentences"]) >= 17


def test_published_and_lang_options(capsys, examples):
    code, out, _ = run_cli(capsys, "analyze", str(examples / "kharkiv_uk.txt"), "--format", "json",
                           "--published", "2022-09-11", "--lang", "UK")
    data = json.loads(out)
    assert code == 0 and data["language"] == "uk"
    assert data["published"] == {"value": "2022-09-11", "precision": "day"}


def test_bad_published_option_is_one_warning_and_the_article_is_processed(capsys, examples):
    code, out, err = run_cli(capsys, "analyze", str(examples / "kharkiv_en.txt"), "--published", "2022-13-45")
    assert code == 0
    assert "Ukraine says it retook Izium" in out
    line = _only_line(err, "--published")
    assert line.startswith("sitrep: warning:") and "2022-13-45" in line


def test_several_articles_as_jsonl(capsys, examples, tmp_path):
    out_file = tmp_path / "out.jsonl"
    texts = sorted(str(p) for p in examples.glob("kharkiv_*.txt"))
    code, _, _ = run_cli(capsys, "analyze", *texts, "--format", "json", "--out", str(out_file))
    rows = [json.loads(line) for line in out_file.read_text().splitlines()]
    assert code == 0
    assert sorted(r["language"] for r in rows) == ["en", "fr", "ru", "uk"]
    for r in rows:
        validate(r)


# -- bad input: one clear line naming the file and the problem -------------------

def _only_line(err: str, needle: str) -> str:
    lines = [line for line in err.splitlines() if needle in line]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_empty_file(capsys, tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    code, _, err = run_cli(capsys, "analyze", str(f))
    assert code == 1
    assert "empty file" in _only_line(err, str(f))


def test_binary_file(capsys, tmp_path):
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    code, _, err = run_cli(capsys, "analyze", str(f))
    assert code == 1
    assert "binary file" in _only_line(err, str(f))


def test_invalid_utf8_is_decoded_with_a_warning(capsys, tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("Titre\n\nLe ministère a annoncé la décision.".encode("utf-8")[:20] + b"\xe9\xe8 suite du texte.")
    code, out, err = run_cli(capsys, "analyze", str(f))
    assert code == 0
    line = _only_line(err, str(f))
    assert "invalid UTF-8 at byte offset 20" in line and "warning" in line
    assert "\ufffd" in out


def test_file_too_large(capsys, tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.write(b"Title\n\n")
        fh.write((b"A sentence of a very long article. " * 1000 + b"\n\n") * 1450)
    assert f.stat().st_size > 50_000_000
    code, _, err = run_cli(capsys, "analyze", str(f))
    assert code == 1
    assert "file too large" in _only_line(err, str(f))


def test_directory_with_one_bad_file(capsys, tmp_path, examples):
    (tmp_path / "good_en.txt").write_bytes((examples / "kharkiv_en.txt").read_bytes())
    (tmp_path / "good_fr.txt").write_bytes((examples / "kharkiv_fr.txt").read_bytes())
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    code, out, err = run_cli(capsys, "analyze", str(tmp_path), "--format", "json")
    assert code == 0
    assert "binary file" in _only_line(err, "bad.txt")
    assert len(out.strip().splitlines()) == 2
    assert "2 article(s) processed, 1 skipped" in err


def test_missing_path(capsys, tmp_path):
    code, _, err = run_cli(capsys, "analyze", str(tmp_path / "nope.txt"))
    assert code == 1
    assert "no such file or directory" in _only_line(err, "nope.txt")


def test_unknown_format(capsys, examples):
    code, _, err = run_cli(capsys, "analyze", str(examples / "kharkiv_en.txt"), "--format", "xml")
    assert code == 2
    assert err.count("\n") == 1 and "invalid choice: 'xml'" in err


def test_no_traceback_from_the_installed_command(tmp_path):
    f = tmp_path / "bad.json"
    f.write_text('{"id": 1, "text": ')
    proc = subprocess.run([sys.executable, "-m", "sitrep", "analyze", str(f)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert f"{f}: not valid JSON" in proc.stderr


@pytest.mark.parametrize("task", ["sentences", "langid"])
def test_eval_missing_gold_is_one_line(capsys, tmp_path, task):
    code, _, err = run_cli(capsys, "eval", task, "--gold", str(tmp_path / "missing.conllu"))
    assert code == 1 and "no such file or directory" in err and err.count("\n") == 1
