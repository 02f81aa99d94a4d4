"""``sitrep analyze --format text``: a readable terminal report (rich).

The report has three parts, whatever layers the article carries:

1. a header: id, title, language, publication date with its precision,
   source, raw-input fingerprint, warnings, and a table of the layers (count,
   labels, producers);
2. the text: the title, then each paragraph with its numbered sentences
   (``3.2`` is the second sentence of paragraph 3);
3. one table per non-structural layer (``times``, ``places``, ... or any
   other): span, label, surface, key attributes, confidence, producer.

Article text is untrusted: it is never read as rich markup, and control and
bidirectional-override characters are made visible instead of reaching the
terminal.
"""

from __future__ import annotations

import io
import re
from bisect import bisect_left
from collections import Counter
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..article import Annotation, Article
from . import STRUCTURE_LAYERS
from .common import confidence_text, flatten_attrs, scalar_text, surface, truncate, valid_span

SURFACE_WIDTH = 60  # characters of a surface shown in a layer table
ATTR_VALUE_WIDTH = 40  # characters of one attribute value
ATTRS_WIDTH = 120  # characters of all attributes of one annotation
FILE_WIDTH = 120  # console width when writing to a file rather than a terminal

_CONTROL = {c: 0x2400 + c for c in range(32) if c not in (9, 10)}
_CONTROL.update({0x7F: 0x2421, **{c: 0xFFFD for c in range(0x80, 0xA0)}})
_CONTROL.update({c: 0xFFFD for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_SPACE_RE = re.compile(r"\s+")


def clean(text: Any) -> str:
    """``text`` safe for a terminal: control and bidi-override characters made visible."""
    return str(text).translate(_CONTROL)


def one_line(text: Any, limit: int) -> str:
    """``text`` on one line (runs of whitespace become one space), cut to ``limit``."""
    return truncate(_SPACE_RE.sub(" ", clean(text)).strip(), limit)


def print_report(article: Article, fh: TextIO) -> None:
    """Write the report of ``article`` to ``fh`` (colour only on a terminal)."""
    try:
        tty = fh.isatty()
    except (AttributeError, ValueError):
        tty = False
    # Off a terminal, render into a buffer so that lines lose rich's trailing padding.
    sink = fh if tty else io.StringIO()
    console = Console(file=sink, width=None if tty else FILE_WIDTH, highlight=False, emoji=False)
    text = article.text if isinstance(article.text, str) else str(article.text)
    console.rule(Text(clean(article.id), style="bold"))
    console.print(_header(article))
    if article.layers:
        console.print(_layer_summary(article))
    for w in article.warnings or []:
        console.print(Text("warning: ", style="bold yellow") + Text(clean(w)))
    _print_text(console, article, text)
    for name, anns in article.layers.items():
        if name in STRUCTURE_LAYERS or not anns:
            continue
        console.print()
        console.print(_layer_table(name, anns, text))
    console.print()
    if sink is not fh:
        fh.write("\n".join(line.rstrip() for line in sink.getvalue().split("\n")))


def _header(article: Article) -> Table:
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold", no_wrap=True)
    head.add_column()
    head.add_row("id", Text(clean(article.id)))
    head.add_row("title", Text(clean(article.title or "—")))
    head.add_row("language", _language(article))
    pub = article.published
    head.add_row("published", Text(f"{clean(pub.value)} ({clean(pub.precision)} precision)" if pub else "unknown"))
    source = article.source if isinstance(article.source, dict) else {"value": article.source}
    for key, value in source.items():
        head.add_row(Text(clean(f"source.{key}")), Text(one_line(scalar_text(value), 200)))
    if article.raw is not None:
        head.add_row("raw", Text(f"{article.raw.length} characters, sha256 {clean(article.raw.sha256)[:16]}…"))
    counts = ", ".join(f"{clean(name)} {len(anns)}" for name, anns in article.layers.items())
    head.add_row("layers", Text(counts or "none"))
    return head


def _language(article: Article) -> Text:
    out = Text(clean(article.language or "unknown"))
    anns = article.layers.get("language") or []
    if anns:
        a = anns[0]
        out.append(f"  ({clean(getattr(a, 'producer', ''))}, confidence {confidence_text(a.confidence)})", "dim")
    return out


def _layer_summary(article: Article) -> Table:
    table = Table(box=None, padding=(0, 2), show_edge=False)
    for col in ("layer", "labels", "producers"):
        table.add_column(col, header_style="bold dim")
    for name, anns in article.layers.items():
        labels = Counter(str(getattr(a, "label", "")) for a in anns)
        shown = ", ".join(f"{one_line(k, 20)} {v}" for k, v in labels.most_common(6))
        if len(labels) > 6:
            shown += f", … ({len(labels) - 6} more)"
        producers = ", ".join(sorted({clean(getattr(a, "producer", "")) for a in anns}))
        table.add_row(Text(clean(name)), Text(shown), Text(producers))
    return table


def _print_text(console: Console, article: Article, text: str) -> None:
    n = len(text)
    sentences = sorted((s for s in article.layers.get("sentences", []) if valid_span(s, n)),
                       key=lambda s: (s.start, s.end))
    paragraphs = [p for p in article.layers.get("paragraphs", []) if valid_span(p, n)]
    if not paragraphs and not sentences:
        console.print()
        console.print(Text(clean(text)))
        return
    if not paragraphs:  # sentences only: one numbered list
        console.print()
        console.print(_sentence_grid([(str(j), s) for j, s in enumerate(sentences, 1)], text))
        return
    starts = [s.start for s in sentences]
    for i, para in enumerate(sorted(paragraphs, key=lambda p: p.start), start=1):
        console.print()
        console.print(Text(f"¶{i}", style="bold cyan"))
        lo, hi = bisect_left(starts, para.start), bisect_left(starts, para.end)
        inside = sentences[lo:hi]
        if not inside:
            console.print(Text(clean(text[para.start : para.end])))
            continue
        console.print(_sentence_grid([(f"{i}.{j}", s) for j, s in enumerate(inside, 1)], text))


def _sentence_grid(rows: list[tuple[str, Annotation]], text: str) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim", justify="right", no_wrap=True)
    grid.add_column()
    for number, sent in rows:
        grid.add_row(number, Text(clean(text[sent.start : sent.end])))
    return grid


def _span_key(a: Any) -> tuple[int, int, int]:
    s, e = getattr(a, "start", None), getattr(a, "end", None)
    if isinstance(s, int) and isinstance(e, int):
        return (0, s, e)
    return (1, 0, 0)


def _layer_table(name: str, anns: list[Annotation], text: str) -> Table:
    table = Table(title=Text(f"{clean(name)} ({len(anns)})", style="bold"), title_justify="left")
    table.add_column("span", no_wrap=True, style="dim")
    table.add_column("label", style="bold")
    table.add_column("surface", ratio=2)
    table.add_column("attrs", ratio=4)
    table.add_column("conf", justify="right", no_wrap=True)
    table.add_column("producer", style="dim")
    for a in sorted(anns, key=_span_key):
        attrs = "; ".join(
            f"{k}={truncate(v, ATTR_VALUE_WIDTH)}" for k, v in flatten_attrs(getattr(a, "attrs", None), skip_empty=True)
        )
        table.add_row(
            Text(f"{getattr(a, 'start', '?')}–{getattr(a, 'end', '?')}"),
            Text(one_line(getattr(a, "label", ""), 30)),
            Text(one_line(surface(text, a), SURFACE_WIDTH)),
            Text(one_line(attrs, ATTRS_WIDTH)),
            Text(confidence_text(getattr(a, "confidence", None))),
            Text(clean(getattr(a, "producer", ""))),
        )
    return table
