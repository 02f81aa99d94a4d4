"""A readable terminal report (rich) of whatever layers the article has."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table

from ..article import Article
from . import STRUCTURE_LAYERS


def print_report(article: Article, fh: TextIO) -> None:
    console = Console(file=fh, soft_wrap=False, highlight=False)
    pub = article.published
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("id", article.id)
    head.add_row("title", article.title or "—")
    head.add_row("language", article.language or "unknown")
    head.add_row("published", f"{pub.value} ({pub.precision} precision)" if pub else "unknown")
    if article.source.get("path"):
        head.add_row("source", str(article.source.get("url") or article.source["path"]))
    counts = ", ".join(f"{name} {len(anns)}" for name, anns in article.layers.items())
    head.add_row("layers", counts or "none")
    console.rule(f"[bold]{article.id}")
    console.print(head)

    sentences = article.layers.get("sentences", [])
    for i, para in enumerate(article.layers.get("paragraphs", []), start=1):
        console.print(f"\n[bold cyan]¶{i}[/]")
        inside = [s for s in sentences if para.start <= s.start and s.end <= para.end]
        if not inside:
            console.print(article.surface(para), markup=False)
        for j, sent in enumerate(inside, start=1):
            console.print(f"  [dim]{i}.{j}[/] ", end="")
            console.print(article.surface(sent), markup=False)

    for name, anns in article.layers.items():
        if name in STRUCTURE_LAYERS or not anns:
            continue
        table = Table(title=name, title_justify="left", show_lines=False)
        for col in ("span", "label", "text", "attrs", "confidence", "producer"):
            table.add_column(col)
        for a in anns:
            attrs = ", ".join(f"{k}={v}" for k, v in a.attrs.items() if not isinstance(v, (list, dict)))
            table.add_row(f"{a.start}-{a.end}", a.label, article.surface(a), attrs, f"{a.confidence:.2f}", a.producer)
        console.print(table)
    for w in article.warnings:
        console.print(f"[yellow]warning:[/] {w}", markup=True)
