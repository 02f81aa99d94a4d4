"""``sitrep analyze --format html``: one self-contained page per run.

The page shows every article — a header with its metadata, then its text with
every layer highlighted — beside a legend whose checkboxes toggle each layer
and a panel describing the highlight under the pointer (label, surface,
attributes, confidence, producer).  It needs no server and no network: CSS,
script and data are inline, so it works opened from ``file://``.

Nothing about particular layers is hard-wired beyond a style for the known
ones: a layer the reporter has never heard of gets the ``mark`` style and a
colour from the palette.  Overlapping and nested annotations are laid out by
:mod:`sitrep.report.spans`.  Every piece of article text, metadata and
annotation data is escaped; the data block is JSON with ``<``, ``>`` and ``&``
written as ``\\u`` escapes, read by the script with ``JSON.parse`` and shown
with ``textContent`` only, so untrusted news cannot inject markup.

View state can be driven from the URL fragment, e.g.
``report.html#show=tokens&hide=sentences&select=sentences:2``.
"""

from __future__ import annotations

import colorsys
import html
import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .. import __version__
from ..article import Article
from . import assets
from .common import jsonable, layer_rank, scalar_text, truncate, valid_span
from .spans import Block, Node, Placed, layout

#: How a known layer is drawn: ``block`` (structure), ``band`` (a tint over
#: running text), ``line`` (a thin underline) or ``mark`` (a highlight with a
#: label tag, the default for every other layer).
KINDS = {"title": "block", "paragraphs": "block", "language": "band", "sentences": "band", "tokens": "line"}

#: Layers shown on page load; toggle the others from the legend.
HIDDEN_AT_START = frozenset({"title", "paragraphs", "language", "tokens"})

COLOURS = {
    "title": "#8a8f98", "paragraphs": "#8a8f98", "language": "#9467bd", "sentences": "#4c78a8",
    "tokens": "#6b6f76", "times": "#f58518", "places": "#54a24b", "entities": "#b279a2",
    "actors": "#e45756", "statements": "#2a9d8f", "events": "#d4a017",
}
PALETTE = (
    "#1f77b4", "#d62728", "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#7f3c8d", "#11a579",
    "#3969ac", "#e73f74", "#80ba5a", "#e68310", "#008695", "#cf1c90", "#f97b72", "#4b4b8f",
)
SURFACE_CHARS = 400  # longest surface carried into the page data
LEGEND_LABELS = 6  # labels listed under a layer in the legend
_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_URL_RE = re.compile(r"^https?://", re.I)


@dataclass(frozen=True)
class LayerStyle:
    name: str
    kind: str
    colour: str
    visible: bool


def layer_styles(names: list[str]) -> list[LayerStyle]:
    """A style for each layer name: known layers keep theirs, others share the palette."""
    used = {COLOURS[n] for n in names if n in COLOURS}
    free = [c for c in PALETTE if c not in used]
    styles, extra = [], 0
    for name in names:
        colour = COLOURS.get(name)
        if colour is None:
            colour = free[extra] if extra < len(free) else _hue(extra)
            extra += 1
        styles.append(LayerStyle(name, KINDS.get(name, "mark"), colour, name not in HIDDEN_AT_START))
    return styles


def _hue(i: int) -> str:
    r, g, b = colorsys.hls_to_rgb((i * 0.618034) % 1.0, 0.45, 0.65)
    return f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def render_page(articles: list[Article]) -> str:
    """One self-contained HTML page showing ``articles``."""
    names: list[str] = []
    for art in articles:
        names.extend(n for n in art.layers if n not in names)
    first = {n: i for i, n in enumerate(names)}
    names.sort(key=lambda n: (layer_rank(n), first[n]))
    styles = layer_styles(names)
    index = {s.name: k for k, s in enumerate(styles)}
    producers: dict[str, int] = {}
    bodies, data = [], []
    for i, art in enumerate(articles):
        body, record = _article(i, art, styles, index, producers)
        bodies.append(body)
        data.append(record)
    counts = [sum(len(a.layers.get(s.name, ())) for a in articles) for s in styles]
    labels = [Counter(str(getattr(x, "label", "")) for a in articles for x in a.layers.get(s.name, ()))
              for s in styles]
    page_data = {
        "layers": [{"name": s.name, "kind": s.kind, "colour": s.colour} for s in styles],
        "producers": list(producers),
        "articles": data,
    }
    hidden = " ".join(f"off-{k}" for k, s in enumerate(styles) if not s.visible)
    title = (articles[0].title or articles[0].id) if len(articles) == 1 else f"{len(articles)} articles"
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        "<meta name=\"generator\" content=\"sitrep ", esc(__version__), "\">",
        "<title>", esc(truncate(str(title), 120)), " — sitrep</title>",
        "<style>", assets.CSS, _layer_css(styles), "</style></head>\n",
        f"<body class=\"{hidden}\" data-hidden=\"",
        esc(",".join(s.name for s in styles if not s.visible)), "\">",
        "<div class=\"top\"><b>sitrep</b> report · ", str(len(articles)), " article",
        "" if len(articles) == 1 else "s", "<span class=\"ver\">v", esc(__version__), "</span></div>",
        "<div class=\"wrap\"><aside>", _legend(styles, counts, labels), _toc(articles), assets.INFO_PANEL, "</aside>",
        "<main>", *(bodies or ["<p class=\"muted\">No articles.</p>"]), "</main></div>\n",
        "<script type=\"application/json\" id=\"sitrep-data\">", _json_for_script(page_data), "</script>\n",
        "<script>", assets.JS, "</script></body></html>\n",
    ])


def _json_for_script(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _layer_css(styles: list[LayerStyle]) -> str:
    rules = []
    for k, s in enumerate(styles):
        r, g, b = _rgb(s.colour)
        rules.append(
            f".L{k},.S{k}{{--c:{s.colour};--c0:rgba({r},{g},{b},.06);--c1:rgba({r},{g},{b},.16);"
            f"--c2:rgba({r},{g},{b},.55)}}"
            f"body.off-{k} .L{k}{{background:none!important;border-color:transparent!important;"
            f"outline:none!important;box-shadow:none!important;padding:0!important}}"
            f"body.off-{k} .L{k}::before,body.off-{k} .L{k}::after{{content:none!important}}"
            f"body.off-{k} .L{k}.z{{display:none}}"
        )
    return "".join(rules)


def _legend(styles: list[LayerStyle], counts: list[int], labels: list[Counter]) -> str:
    rows = []
    for k, (s, n, lab) in enumerate(zip(styles, counts, labels)):
        checked = " checked" if s.visible else ""
        rows.append(
            f"<label class=\"lg\" data-layer=\"{esc(s.name)}\" data-count=\"{n}\">"
            f"<input type=\"checkbox\" data-k=\"{k}\"{checked}>"
            f"<i class=\"sw S{k}\"></i><span class=\"nm\">{esc(s.name)}</span>"
            f"<span class=\"ct\">{n}</span></label>"
        )
        if len(lab) > 1:  # the label distribution, when there is one
            top = " · ".join(f"{esc(truncate(name, 20))} {c}" for name, c in lab.most_common(LEGEND_LABELS))
            more = f" · +{len(lab) - LEGEND_LABELS}" if len(lab) > LEGEND_LABELS else ""
            rows.append(f"<div class=\"labels\">{top}{more}</div>")
    if not rows:
        rows.append("<p class=\"muted\">No layers.</p>")
    return "<section class=\"legend\"><h3>Layers</h3>" + "".join(rows) + "</section>"


def _toc(articles: list[Article]) -> str:
    if len(articles) < 2:
        return ""
    items = "".join(
        f"<li><a href=\"#art-{i}\">{esc(truncate(a.title or a.id, 90))}</a>"
        f"<small>{esc(a.language or '?')} · {esc(a.published.value if a.published else 'undated')}</small></li>"
        for i, a in enumerate(articles)
    )
    return f"<nav class=\"toc\"><h3>Articles ({len(articles)})</h3><ol>{items}</ol></nav>"


# -- one article --------------------------------------------------------------

def _article(i: int, art: Article, styles: list[LayerStyle], index: dict[str, int],
             producers: dict[str, int]) -> tuple[str, dict[str, Any]]:
    text = art.text if isinstance(art.text, str) else str(art.text)
    n = len(text)
    items, record, skipped = [], {}, []
    for name, anns in art.layers.items():
        k = index[name]
        rows, bad = [], 0
        for j, a in enumerate(anns):
            ok = valid_span(a, n)
            bad += not ok
            if ok:
                label = str(a.label) if styles[k].kind == "mark" else ""
                items.append(Placed(k, j, a.start, a.end, layer_rank(name), label))
            rows.append(_ann_data(a, text if ok else "", producers))
        record[str(k)] = rows
        if bad:
            skipped.append(f"layer {name}: {bad} annotation(s) with offsets outside the text are not shown")
    spans = {name: [(a.start, a.end) for a in art.layers.get(name, ()) if valid_span(a, n)]
             for name in ("title", "paragraphs")}
    marks = {k for k, s in enumerate(styles) if s.kind == "mark"}
    blocks = layout(text, spans["title"], spans["paragraphs"], items, marks)
    head_block = blocks[0] if blocks and blocks[0].kind == "title" else None
    out = [f"<article class=\"doc\" id=\"art-{i}\" data-i=\"{i}\" data-id=\"{esc(art.id)}\"><header>"]
    if head_block is not None:
        out.append("<h1 class=\"blk t\">")
        _emit(text, head_block.root, styles, out)
        out.append("</h1>")
    else:
        out.append(f"<h1 class=\"untitled\">{esc(art.title or '(no title)')}</h1>")
    out.append(_meta(art, styles, index))
    warnings = [*map(str, art.warnings or []), *skipped]
    if warnings:
        out.append("<ul class=\"warn\">" + "".join(f"<li>{esc(w)}</li>" for w in warnings) + "</ul>")
    lang = art.language if isinstance(art.language, str) and _LANG_RE.match(art.language) else ""
    lang_attr = f" lang=\"{lang}\"" if lang else ""
    out.append(f"</header><div class=\"text\"{lang_attr}>")
    for b in blocks:
        if b is head_block:
            continue
        _block(text, b, styles, out)
    if not blocks:
        out.append("<p class=\"muted\">(empty text)</p>")
    out.append("</div></article>\n")
    return "".join(out), {"id": str(art.id), "ann": record}


def _ann_data(a: Any, text: str, producers: dict[str, int]) -> list[Any]:
    producer = str(getattr(a, "producer", ""))
    p = producers.setdefault(producer, len(producers))
    attrs = getattr(a, "attrs", None)
    surface = text[a.start : a.end] if text else ""
    if len(surface) > SURFACE_CHARS:
        surface = surface[: SURFACE_CHARS - 1] + "…"
    return [
        jsonable(getattr(a, "start", None)), jsonable(getattr(a, "end", None)),
        str(getattr(a, "label", "")), p, jsonable(getattr(a, "confidence", None)),
        jsonable(attrs) if attrs else {}, surface,
    ]


def _meta(art: Article, styles: list[LayerStyle], index: dict[str, int]) -> str:
    rows = [("id", esc(art.id)), ("language", esc(art.language or "unknown"))]
    pub = art.published
    rows.append(("published", f"{esc(pub.value)} <span class=\"muted\">({esc(pub.precision)} precision)</span>"
                 if pub else "<span class=\"muted\">unknown</span>"))
    source = art.source if isinstance(art.source, dict) else {"value": art.source}
    for key, value in source.items():
        shown = esc(truncate(scalar_text(value), 200))
        if isinstance(value, str) and _URL_RE.match(value):
            shown = f"<a href=\"{esc(value)}\" rel=\"noreferrer noopener\">{shown}</a>"
        rows.append((f"source.{key}", shown))
    raw = art.raw
    if raw is not None:
        rows.append(("raw", f"{esc(raw.length)} chars · sha256 <code>{esc(str(raw.sha256)[:16])}…</code>"))
    chips = "".join(
        f"<span class=\"chip S{index[name]}\">{esc(name)} {len(anns)}</span>" for name, anns in art.layers.items()
    )
    rows.append(("layers", chips or "<span class=\"muted\">none</span>"))
    return "<dl class=\"meta\">" + "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"


def _block(text: str, b: Block, styles: list[LayerStyle], out: list[str]) -> None:
    cls = {"title": "blk t2", "paragraph": "blk", "gap": "blk gap"}[b.kind]
    out.append(f"<p class=\"{cls}\">")
    _emit(text, b.root, styles, out)
    out.append("</p>")


def _open(node: Node, styles: list[LayerStyle]) -> str:
    it = node.item
    s = styles[it.layer]
    cls = f"a L{it.layer} k-{s.kind}"
    extra = ""
    if node.cont:
        cls += " c"
    if node.start == node.end:
        cls += " z"
    if s.kind == "band":
        if it.index % 2:
            cls += " alt"
        if not node.cont:
            extra = f" data-n=\"{it.index + 1}\""
    elif s.kind == "mark":
        if node.level:
            cls += f" lv{min(node.level, 6)}"
        if node.final:
            cls += " f"
            extra = f" data-l=\"{esc(truncate(it.label, 24))}\""
    return f"<span class=\"{cls}\" data-a=\"{it.layer}.{it.index}\"{extra}>"


def _emit(text: str, root: Node | None, styles: list[LayerStyle], out: list[str]) -> None:
    """Write ``root``'s text with its annotation tree as nested spans (iteratively)."""
    if root is None:
        return
    escape = html.escape
    stack: list[list[Any]] = [[root, 0, root.start]]  # node, next child, text position
    while stack:
        frame = stack[-1]
        node, i, pos = frame
        if i < len(node.children):
            child = node.children[i]
            frame[1] = i + 1
            if child.start > pos:
                out.append(escape(text[pos : child.start], quote=False))
            out.append(_open(child, styles))
            if child.start == child.end:
                out.append("</span>")
                frame[2] = child.end
            else:
                frame[2] = child.end
                stack.append([child, 0, child.start])
        else:
            if node.end > pos:
                out.append(escape(text[pos : node.end], quote=False))
            stack.pop()
            if node is not root:
                out.append("</span>")
