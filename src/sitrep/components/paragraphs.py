"""``paragraphs.v1``: the title and paragraph blocks of the article text."""

from __future__ import annotations

import re

from ..article import Annotation, Article
from ..pipeline import Component, register

_BLOCK_RE = re.compile(r"[^\n]+(?:\n[^\n]+)*")


@register
class Paragraphs(Component):
    name = "paragraphs.v1"
    requires = ("text",)
    assigns = ("title", "paragraphs")

    def predict(self, article: Article) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
        blocks = [(m.start(), m.end()) for m in _BLOCK_RE.finditer(article.text)]
        blocks = [(s, e) for s, e in blocks if article.text[s:e].strip()]
        title = None
        if blocks and article.title and article.text[blocks[0][0] : blocks[0][1]] == article.title:
            title, blocks = blocks[0], blocks[1:]
        return title, blocks

    def set_annotations(self, article: Article, result) -> None:
        title, blocks = result
        if title is not None:
            article.add("title", [Annotation(title[0], title[1], "title", self.name)])
        article.add(
            "paragraphs",
            [Annotation(s, e, "paragraph", self.name, attrs={"index": i}) for i, (s, e) in enumerate(blocks)],
        )
