"""``sitrep analyze --format html``: the self-contained page."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import lxml.html
import pytest

from sitrep.article import Annotation, Article
from sitrep.cli import main
from sitrep.report.html import COLOURS, PALETTE, render_page

from .conftest import TEXT, build_article, find


def parse(page: str):
    return lxml.html.fromstring(page)


_STEP_RE = re.compile(r"^([\w*]*)((?:[.#][\w-]+|\[[\w-]+(?:=\"[^\"]*\")?\])*)$")


def css(root, selector: str) -> list:
    """Elements matching a small CSS subset: tag, .class, #id, [attr], [attr="v"], descendants, ","."""
    paths = []
    for alternative in selector.split(","):
        path = "."
        for step in alternative.split():
            m = _STEP_RE.match(step)
            assert m, f"unsupported selector {step!r}"
            conds = []
            for part in re.findall(r'[.#][\w-]+|\[[^\]]+\]', m.group(2)):
                if part[0] == ".":
                    conds.append(f'contains(concat(" ", normalize-space(@class), " "), " {part[1:]} ")')
                elif part[0] == "#":
                    conds.append(f'@id="{part[1:]}"')
                elif "=" in part:
                    name, value = part[1:-1].split("=", 1)
                    conds.append(f"@{name}={value}")
                else:
                    conds.append(f"@{part[1:-1]}")
            path += f"//{m.group(1) or '*'}" + "".join(f"[{c}]" for c in conds)
        paths.append(path)
    return root.xpath(" | ".join(paths))  # a union comes back in document order


def page_data(page: str) -> dict:
    return json.loads(parse(page).get_element_by_id("sitrep-data").text_content())


def rendered_surfaces(root, doc_index: int = 0) -> dict[str, str]:
    """data-a -> the text of all its pieces, in document order."""
    doc = css(root, f'.doc[data-i="{doc_index}"]')[0]
    out: dict[str, str] = {}
    for span in css(doc, ".a"):
        out[span.get("data-a")] = out.get(span.get("data-a"), "") + span.text_content()
    return out


def layer_numbers(page: str) -> dict[str, int]:
    return {layer["name"]: k for k, layer in enumerate(page_data(page)["layers"])}


# -- the page's content -----------------------------------------------------------

def test_every_annotation_is_drawn_with_its_exact_surface(article):
    page = render_page([article])
    numbers = layer_numbers(page)
    got = rendered_surfaces(parse(page))
    for name, anns in article.layers.items():
        for j, a in enumerate(anns):
            assert got[f"{numbers[name]}.{j}"] == TEXT[a.start:a.end], (name, j)


def test_text_is_shown_in_order_as_title_and_paragraphs(article):
    root = parse(render_page([article]))
    doc = css(root, ".doc")[0]
    assert css(doc, "h1.blk")[0].text_content() == article.title
    paras = [p.text_content() for p in css(doc, ".text p.blk")]
    assert paras == [TEXT[a.start:a.end] for a in article.layers["paragraphs"]]


def test_crossing_annotation_is_split_but_sentences_stay_whole(article):
    page = render_page([article])
    k = layer_numbers(page)["claims"]
    root = parse(page)
    pieces = css(root, f'.a[data-a="{k}.3"]')  # the QUOTE-RUN over a sentence end
    assert len(pieces) >= 2
    assert [p for p in pieces if "c" in p.get("class").split()], "continuation pieces are marked"
    s = layer_numbers(page)["sentences"]
    for j in range(len(article.layers["sentences"])):
        assert len(css(root, f'.a[data-a="{s}.{j}"]')) == 1
    # the label tag sits on the last piece only
    assert [p.get("data-l") for p in pieces][-1] == "QUOTE-RUN"
    assert all(p.get("data-l") is None for p in pieces[:-1])


def test_zero_width_annotation_is_a_marker(article):
    page = render_page([article])
    k = layer_numbers(page)["claims"]
    marker = css(parse(page), f'.a[data-a="{k}.4"]')
    assert len(marker) == 1 and "z" in marker[0].get("class").split() and marker[0].text_content() == ""


def test_legend_lists_every_layer_with_colour_and_count(article):
    page = render_page([article])
    rows = css(parse(page), ".legend .lg")
    assert [(r.get("data-layer"), int(r.get("data-count"))) for r in rows] == [
        ("title", 1), ("paragraphs", 2), ("sentences", 5), ("claims", 5), ("times", 1),
        ("tokens", len(article.layers["tokens"]))]
    data = page_data(page)["layers"]
    colours = {layer["name"]: layer["colour"] for layer in data}
    assert colours["times"] == COLOURS["times"] and colours["sentences"] == COLOURS["sentences"]
    assert colours["claims"] in PALETTE and colours["claims"] not in COLOURS.values()
    checked = {r.get("data-layer"): css(r, "input")[0].get("checked") is not None for r in rows}
    assert checked == {"title": False, "paragraphs": False, "sentences": True, "claims": True,
                       "times": True, "tokens": False}
    assert css(parse(page), "body")[0].get("data-hidden") == "title,paragraphs,tokens"
    # layers with several labels list them under their row
    assert [d.text_content() for d in css(parse(page), ".legend .labels")] == [
        "FACILITY 1 · CITY 1 · EVENT 1 · QUOTE-RUN 1 · ANCHOR 1"]


def test_unknown_layers_get_distinct_colours():
    text = "one two three four five six seven eight nine ten eleven twelve"
    art = Article(id="many", text=text)
    for i, m in enumerate(re.finditer(r"\w+", text)):
        art.add(f"layer{i}", [Annotation(m.start(), m.end(), "X", "made.v1")])
    colours = [layer["colour"] for layer in page_data(render_page([art]))["layers"]]
    assert len(colours) == 12 and len(set(colours)) == 12


def test_nested_attrs_confidence_and_producer_are_in_the_page_data(article):
    data = page_data(render_page([article]))
    k = [layer["name"] for layer in data["layers"]].index("claims")
    start, end, label, producer, confidence, attrs, surface = data["articles"][0]["ann"][str(k)][0]
    assert (start, end, label, confidence, surface) == (0, 13, "FACILITY", 0.91, "Port of Odesa")
    assert data["producers"][producer] == "claims.v3"
    assert attrs["geo"]["source"] == {"name": "geonames", "id": 698740}
    assert attrs["aliases"] == ["Odessa", "Одеса"]


def test_header_shows_metadata_and_warnings(article):
    article.warnings.append("odesa.txt: invalid UTF-8 at byte 12, replaced")
    doc = css(parse(render_page([article])), ".doc")[0]
    meta = {dt.text_content(): dd.text_content() for dt, dd in zip(css(doc, "dt"), css(doc, "dd"))}
    assert meta["id"] == "odesa-1" and meta["language"] == "en"
    assert meta["published"] == "2023-07-18 (day precision)"
    assert meta["source.url"] == "https://example.org/odesa"
    assert json.loads(meta["source.feed"]) == {"name": "wire", "tags": ["ports", "grain"]}
    assert css(doc, 'dd a[href="https://example.org/odesa"]')
    assert "invalid UTF-8 at byte 12" in css(doc, ".warn")[0].text_content()


def test_several_articles_share_one_page_with_a_table_of_contents(article):
    other = build_article()
    other.id, other.title = "odesa-2", "Second"
    root = parse(render_page([article, other]))
    assert [a.get("href") for a in css(root, "nav.toc a")] == ["#art-0", "#art-1"]
    assert [d.get("data-id") for d in css(root, ".doc")] == ["odesa-1", "odesa-2"]
    counts = {r.get("data-layer"): int(r.get("data-count")) for r in css(root, ".lg")}
    assert counts["claims"] == 10


def test_page_has_no_external_resources(article):
    page = render_page([article])
    root = parse(page)
    assert not css(root, "link, img, iframe, script[src], [src]")
    assert "@import" not in page and "url(" not in page
    assert [a.get("href") for a in css(root, "a[href]") if not a.get("href").startswith("#")] == [
        "https://example.org/odesa"]  # only the article's own source link


# -- untrusted input ----------------------------------------------------------------

HOSTILE = ('Breaking <script>document.title="pwned"</script> news '
           '<img src=x onerror="document.body.setAttribute(\'data-pwned\',1)"> ends </script><!-- here')


def hostile_article() -> Article:
    text = "Title </title><script>alert(1)</script>\n\n" + HOSTILE
    art = Article(id='x"><script>alert(2)</script>', text=text, title=text.split("\n")[0], language='en" onload="x',
                  source={"url": "javascript:alert(3)", "<b>": "</dd><script>alert(4)</script>"})
    art.add("title", [Annotation(0, text.index("\n"), "title", "paragraphs.v1")])
    art.add("paragraphs", [Annotation(text.index("Breaking"), len(text), "paragraph", "paragraphs.v1")])
    s = find(text, "<script>document")[0]
    e = text.index("</script>", s) + len("</script>")
    art.add("<script>alert(5)</script>", [Annotation(s, e, '<img src=x onerror="alert(6)">', "evil.v1", 1.0,
                                                     {"</script>": "<script>alert(7)</script>"})])
    art.warnings.append("<script>alert(8)</script>")
    return art


def test_markup_in_text_labels_attrs_and_metadata_stays_text():
    page = render_page([hostile_article()])
    root = parse(page)
    scripts = css(root, "script")
    assert [s.get("type") for s in scripts] == ["application/json", None]
    assert not css(root, "img, [onerror], [onload]")
    assert "alert(" not in scripts[1].text_content()
    assert "<script>alert" not in page and "javascript:" not in " ".join(a.get("href", "") for a in root.iter("a"))
    assert HOSTILE in css(root, ".text")[0].text_content()
    data = page_data(page)
    assert data["layers"][-1]["name"] == "<script>alert(5)</script>"
    assert data["articles"][0]["ann"][str(len(data["layers"]) - 1)][0][5] == {
        "</script>": "<script>alert(7)</script>"}


def test_bad_annotations_do_not_break_the_page(article):
    article.layers["claims"].append(Annotation(5, len(TEXT) + 50, "PAST-END", "claims.v3"))
    article.layers["claims"].append(Annotation(3, 9, "ODD", "claims.v3", float("nan"), {"inf": float("inf"),
                                                                                        3: {1, 2}}))
    article.layers["broken"] = [Annotation("a", None, "X", "b.v1")]  # type: ignore[arg-type]
    page = render_page([article])
    root = parse(page)
    warnings = css(root, ".warn")[0].text_content()
    assert "layer claims: 1 annotation(s) with offsets outside the text" in warnings
    assert "layer broken: 1" in warnings
    ann = page_data(page)["articles"][0]["ann"]
    odd = ann[str(layer_numbers(page)["claims"])][6]
    assert odd[4] == "nan" and odd[5] == {"inf": "inf", "3": [1, 2]}


def test_empty_article():
    root = parse(render_page([Article(id="empty", text="")]))
    assert css(root, ".doc .text")[0].text_content() == "(empty text)"
    assert css(root, ".legend .muted")


def test_200kb_article_renders_every_token():
    # Speed belongs in benchmarks, not in timed unit tests: this checks a long article renders
    # completely (every token its own element), without a wall-clock limit that a loaded machine
    # fails.
    para = "The convoy reached Kharkiv at dawn, officials said; residents counted 42 trucks. " * 6
    text = "Long report\n\n" + "\n\n".join([para.strip()] * 420)
    assert len(text.encode()) > 200_000
    art = Article(id="big", text=text)
    art.add("paragraphs", [Annotation(m.start(), m.end(), "paragraph", "paragraphs.v1")
                           for m in re.finditer(r"[^\n]+", text)][1:])
    art.add("sentences", [Annotation(m.start(), m.end(), "sentence", "sentences.v1")
                          for m in re.finditer(r"[^.;\n]+[.;]", text)])
    art.add("tokens", [Annotation(m.start(), m.end(), "WORD", "sentences.v1") for m in re.finditer(r"\w+", text)])
    art.add("places", [Annotation(m.start(), m.end(), "LOC", "places.v1", 0.9, {"geonames": 706483})
                       for m in re.finditer(r"Kharkiv", text)])
    page = render_page([art])
    assert page.count('data-a="') > len(art.layers["tokens"])


# -- end to end through the command line ----------------------------------------------

def test_cli_html_on_the_seed(seed_path, tmp_path):
    out = tmp_path / "seed.html"
    assert main(["analyze", str(seed_path), "--format", "html", "--out", str(out)]) == 0
    root = parse(out.read_text(encoding="utf-8"))
    counts = {r.get("data-layer"): int(r.get("data-count")) for r in css(root, ".lg")}
    assert counts["paragraphs"] == 12 and counts["sentences"] >= 12
    doc = css(root, ".doc")[0]
    assert css(doc, "h1")[0].text_content().startswith("Kiev et Washington")
    meta = {dt.text_content(): dd.text_content() for dt, dd in zip(css(doc, "dt"), css(doc, "dd"))}
    assert meta["language"] == "fr" and meta["published"] == "2022-09 (month precision)"
    assert len(css(doc, ".text p.blk")) == 12


def test_cli_html_on_all_examples(examples, tmp_path):
    out = tmp_path / "examples.html"
    assert main(["analyze", *sorted(map(str, examples.glob("*.txt"))), "--format", "html", "--out", str(out)]) == 0
    root = parse(out.read_text(encoding="utf-8"))
    docs = css(root, ".doc")
    assert len(docs) == 4 and len(css(root, "nav.toc li")) == 4
    langs = sorted(dd.text_content() for d in docs for dt, dd in zip(css(d, "dt"), css(d, "dd"))
                   if dt.text_content() == "language")
    assert langs == ["en", "fr", "ru", "uk"]


# -- in a real browser ---------------------------------------------------------------

def chromium() -> str | None:
    for name in (os.environ.get("SITREP_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and (path := shutil.which(name)):
            return path
    return None


@pytest.fixture
def browser() -> str:
    binary = chromium()
    if binary is None:
        pytest.skip("no chromium binary found (Debian: apt-get install -y chromium, or set SITREP_CHROMIUM)")
    return binary


def browser_dom(binary: str, page: Path, fragment: str = "") -> "lxml.html.HtmlElement":
    """The DOM of ``page`` after its scripts ran, as headless Chromium sees it."""
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.run(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--dump-dom",
             page.resolve().as_uri() + fragment],
            capture_output=True, text=True, timeout=90,
        )
    assert proc.returncode == 0, proc.stderr[-2000:]
    root = lxml.html.fromstring(proc.stdout)
    assert root.get("data-ready") == "1", "the page script did not run to the end"
    return root


@pytest.mark.browser
def test_browser_finds_every_highlight_of_the_seed(browser, seed_path, tmp_path):
    out = tmp_path / "seed.html"
    assert main(["analyze", str(seed_path), "--format", "html", "--out", str(out)]) == 0
    root = browser_dom(browser, out)
    rows = css(root, ".legend .lg")
    assert {r.get("data-layer") for r in rows} >= {"paragraphs", "sentences", "tokens", "language"}
    for r in rows:  # the script counted the highlights actually present for each layer
        assert r.get("data-found") == r.get("data-count"), r.get("data-layer")
    k = {r.get("data-layer"): css(r, "input")[0].get("data-k") for r in rows}
    sentences = {s.get("data-a") for s in css(root, f'.text .a.L{k["sentences"]}, h1 .a.L{k["sentences"]}')}
    assert len(sentences) == int(next(r for r in rows if r.get("data-layer") == "sentences").get("data-count"))
    assert "tokens" in css(root, "body")[0].get("data-hidden").split(",")


@pytest.mark.browser
def test_browser_toggles_layers_and_shows_an_annotation_from_the_fragment(browser, article, tmp_path):
    out = tmp_path / "odesa.html"
    out.write_text(render_page([article]), encoding="utf-8")
    root = browser_dom(browser, out, "#show=tokens&hide=sentences&select=claims:1")
    body = css(root, "body")[0]
    hidden = body.get("data-hidden").split(",")
    assert "sentences" in hidden and "tokens" not in hidden
    k = {r.get("data-layer"): css(r, "input")[0] for r in css(root, ".legend .lg")}
    assert k["tokens"].get("checked") is not None and k["sentences"].get("checked") is None
    assert f'off-{k["sentences"].get("data-k")}' in body.get("class").split()
    cards = css(root, "#info .card")
    # innermost first: the FACILITY claim, then its paragraph-level layers that are on
    first = cards[0]
    assert first.get("data-layer") == "claims" and css(first, ".lb")[0].text_content() == "FACILITY"
    assert css(first, "q")[0].text_content() == "Port of Odesa"
    rows = {css(tr, "th")[0].text_content(): css(tr, "td")[0].text_content() for tr in css(first, "tr")}
    assert rows["confidence"] == "0.91" and rows["producer"] == "claims.v3"
    assert rows["geo.lat"] == "46.48" and rows["geo.source.name"] == "geonames"
    assert rows["note"].endswith("…") and len(rows["note"]) == 300
    assert rows["aliases"] == "Odessa, Одеса"
    assert all(c.get("data-layer") != "sentences" for c in cards)  # hidden layers are not described
    assert [e.get("data-a") for e in css(root, ".a.pin")] == [f'{k["claims"].get("data-k")}.0']


@pytest.mark.browser
def test_browser_keeps_script_in_article_text_inert(browser, tmp_path):
    src = tmp_path / "hostile.txt"
    src.write_text("Hostile <script>document.title='pwned'</script> title\n\n" + HOSTILE + "\n", encoding="utf-8")
    out = tmp_path / "hostile.html"
    assert main(["analyze", str(src), "--lang", "en", "--format", "html", "--out", str(out)]) == 0
    root = browser_dom(browser, out)
    assert css(root, "title")[0].text_content() != "pwned"
    assert css(root, "body")[0].get("data-pwned") is None
    assert len(css(root, "script")) == 2 and not css(root, "img")
    assert "<script>document.title" in css(root, ".text")[0].text_content()


def test_no_articles_still_make_a_page():
    root = parse(render_page([]))
    assert css(root, "main")[0].text_content() == "No articles."
