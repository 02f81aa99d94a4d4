"""``sitrep analyze --format text``: the terminal report."""

from __future__ import annotations

import io
import re

from sitrep.article import Annotation, Article
from sitrep.cli import main
from sitrep.report.text import print_report

from .conftest import TEXT


def report(article: Article) -> str:
    out = io.StringIO()
    print_report(article, out)
    return out.getvalue()


def table_rows(text: str, layer: str) -> list[list[str]]:
    """The cells of the rows of ``layer``'s table (wrapped cells joined)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{layer} ("))
    rows, current = [], None
    for line in lines[start + 4 :]:
        if line.startswith("└"):
            break
        cells = [c.strip() for c in line.strip().strip("│").split("│")]
        if cells[0]:  # a new row starts with its span
            current = cells
            rows.append(current)
        else:
            current[:] = [f"{a} {b}".strip() for a, b in zip(current, cells)]
    return rows


def test_header_shows_the_article_metadata(article):
    out = report(article)
    header = out.split("¶1")[0]
    for line in ("id odesa-1", "language en", "published 2023-07-18 (day precision)",
                 "source.url https://example.org/odesa",
                 'source.feed {"name": "wire", "tags": ["ports", "grain"]}'):
        key, value = line.split(" ", 1)
        assert re.search(rf"^{re.escape(key)} +{re.escape(value)}$", header, re.M), line
    assert re.search(r"^layers +title 1, paragraphs 2, sentences 5, tokens 43, claims 5, times 1$", header, re.M)
    assert re.search(r"claims\s+FACILITY 1, CITY 1, EVENT 1, QUOTE-RUN 1, ANCHOR 1\s+claims\.v3", header)
    assert re.search(r"tokens\s+WORD 43\s+sentences\.v1", header)


def test_paragraphs_with_numbered_sentences(article):
    out = report(article)
    assert "¶1" in out and "¶2" in out and "¶3" not in out
    assert re.search(r"^1\.1 The port authority said on Monday that grain ships would sail again\.", out, re.M)
    assert re.search(r'^1\.2 Officials called the decision "a relief for farmers"\.', out, re.M)
    assert re.search(r"^2\.2 Talks lasted all night\.", out, re.M)


def test_each_non_structural_layer_gets_a_table(article):
    out = report(article)
    assert "claims (5)" in out and "times (1)" in out
    assert "sentences (" not in out and "tokens (" not in out  # structure is shown as text instead
    rows = table_rows(out, "claims")
    assert [r[1] for r in rows] == ["FACILITY", "EVENT", "CITY", "ANCHOR", "QUOTE-RUN"]  # by position
    facility = rows[0]
    assert facility[0] == "0–13" and facility[2] == "Port of Odesa"
    assert "geo.lat=46.48" in facility[3] and "geo.source.name=geonames" in facility[3]
    assert facility[4] == "0.91" and facility[5] == "claims.v3"
    assert "aliases=Odessa, Одеса" in facility[3]  # a list of scalars reads as a list
    assert "xxx…" in facility[3].replace(" ", "")  # a 500-character attribute is cut
    assert len(facility[3].replace(" ", "")) < 130
    city = rows[2]
    assert city[3] == "wikidata=Q1874; coastal=False"  # empty values are left out
    times = table_rows(out, "times")[0]
    assert times[2] == "on Monday" and "value=2023-07-17" in times[3]


def test_markup_and_control_characters_in_content_are_shown_literally():
    text = "Alert [bold red]not markup[/] \x1b[31mred\x1b[0m text\u202egnp.exe"
    art = Article(id="[b]x[/b]", text=text, title=text)
    art.add("claims", [Annotation(0, 5, "[link=http://x]L[/link]", "claims.v1", 1.0, {"k": "[red]v[/red]"})])
    out = report(art)
    assert "\x1b" not in out and "\u202e" not in out
    assert "[bold red]not markup[/]" in out and "␛[31mred" in out
    assert "[link=http://x]L[/link]" in out and "k=[red]v[/red]" in out
    assert "[b]x[/b]" in out


def test_odd_annotations_do_not_crash_the_report(article):
    article.layers["claims"] += [
        Annotation(5, len(TEXT) + 10, "PAST-END", "claims.v3"),
        Annotation(1, 4, "NAN", "claims.v3", float("nan"), {"inf": float("inf"), "set": {1}}),
        Annotation(1, 4, None, "claims.v3", None, ["not", "a", "dict"]),  # type: ignore[arg-type]
        Annotation("a", None, "BAD", "claims.v3"),  # type: ignore[arg-type]
    ]
    article.layers["sentences"].append(Annotation(-3, 2, "sentence", "sentences.v1"))
    article.layers["empty"] = []
    out = report(article)
    assert "outside the text" in out and "nan" in out and "inf=inf" in out
    assert 'value=not, a, dict' in out
    assert "empty" in out.split("¶1")[0]


def test_article_without_paragraphs_or_layers():
    art = Article(id="plain", text="Just one line of text. And another one.")
    assert "Just one line of text. And another one." in report(art)
    art.add("sentences", [Annotation(0, 22, "sentence", "s.v1"), Annotation(23, 39, "sentence", "s.v1")])
    out = report(art)
    assert re.search(r"^1 Just one line of text\.$", out, re.M) and re.search(r"^2 And another one\.$", out, re.M)


def test_warnings_are_listed(article):
    article.warnings.append("odesa.txt: invalid UTF-8 at byte 12, replaced")
    assert "warning: odesa.txt: invalid UTF-8 at byte 12, replaced" in report(article)


def test_cli_text_report_of_the_seed(seed_path, tmp_path):
    out = tmp_path / "seed.txt"
    assert main(["analyze", str(seed_path), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    header = text.split("¶1")[0]
    assert re.search(r"^title\s+Kiev et Washington ont", header, re.M)
    assert "date 2022" not in header
    assert re.search(r"^language\s+fr\b", header, re.M)
    assert re.search(r"^published\s+2022-09 \(month precision\)", header, re.M)
    assert [int(n) for n in re.findall(r"^¶(\d+)$", text, re.M)] == list(range(1, 13))
    assert re.search(r"^1\.1 L’Ukraine a intensifié le partage de renseignements", text, re.M)


def test_cli_text_report_of_each_example(examples, tmp_path):
    for path in sorted(examples.glob("*.txt")):
        out = tmp_path / (path.stem + ".txt")
        assert main(["analyze", str(path), "--out", str(out)]) == 0
        text = out.read_text(encoding="utf-8")
        title = next(line for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip())
        assert re.search(r"^title\s+" + re.escape(title.split()[0]), text, re.M), path.name
        lang = path.stem.rsplit("_", 1)[1]
        assert re.search(rf"^language\s+{lang}\b", text, re.M), path.name
        assert re.search(r"^1\.1 \S", text, re.M), path.name
