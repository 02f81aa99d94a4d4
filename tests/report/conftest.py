"""Articles built by hand for the report tests, with a made-up layer."""

from __future__ import annotations

import re

import pytest

from sitrep.article import Annotation, Article, Published

TITLE = "Port of Odesa reopens <after> the storm & the strike"
PARAS = [
    'The port authority said on Monday that grain ships would sail again. '
    'Officials called the decision "a relief for farmers".',
    "Dock workers ended their strike in Odesa after two days. Talks lasted all night.",
]
TEXT = TITLE + "\n\n" + "\n\n".join(PARAS)


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``needle`` in ``text``."""
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    return starts[nth], starts[nth] + len(needle)


def build_article() -> Article:
    art = Article(id="odesa-1", text=TEXT, title=TITLE, language="en",
                  published=Published("2023-07-18", "day"),
                  source={"url": "https://example.org/odesa", "feed": {"name": "wire", "tags": ["ports", "grain"]}})
    art.add("title", [Annotation(0, len(TITLE), "title", "paragraphs.v1")])
    paras, sents = [], []
    for i, p in enumerate(PARAS):
        s, e = find(TEXT, p)
        paras.append(Annotation(s, e, "paragraph", "paragraphs.v1", attrs={"index": i}))
    art.add("paragraphs", paras)
    sents.append(Annotation(0, len(TITLE), "sentence", "sentences.v1"))
    for p in PARAS:
        for m in re.finditer(r"[^.]+\.\"?\s?", p):
            s = TEXT.index(p) + m.start()
            sents.append(Annotation(s, s + len(m.group().rstrip()), "sentence", "sentences.v1"))
    art.add("sentences", sents)
    art.add("tokens", [Annotation(m.start(), m.end(), "WORD", "sentences.v1")
                       for m in re.finditer(r"\w+", TEXT)])
    odesa, port = find(TEXT, "Odesa"), find(TEXT, "Port of Odesa")
    monday = find(TEXT, "on Monday")
    # a layer no report knows: nested, overlapping, crossing a sentence end, zero-width
    cross = (find(TEXT, "sail again")[0], find(TEXT, "Officials called")[1])
    art.add("claims", [
        Annotation(*port, "FACILITY", "claims.v3", 0.91,
                   {"geo": {"lat": 46.48, "lon": 30.72, "source": {"name": "geonames", "id": 698740}},
                    "aliases": ["Odessa", "Одеса"], "note": "x" * 500}),
        Annotation(*odesa, "CITY", "claims.v3", 0.5, {"wikidata": "Q1874", "qid": None, "tags": [], "coastal": False}),
        Annotation(find(TEXT, "of Odesa reopens")[0], find(TEXT, "reopens")[1], "EVENT", "claims.v3", 0.66,
                   {"kind": "reopening"}),
        Annotation(*cross, "QUOTE-RUN", "claims.v3", 0.4, {"speaker": "<b>Officials</b>"}),
        Annotation(monday[0], monday[0], "ANCHOR", "claims.v3", 1.0, {}),
    ])
    art.add("times", [Annotation(*monday, "DATE", "times.v1", 0.8, {"value": "2023-07-17", "anchor": "published"})])
    return art


@pytest.fixture
def article() -> Article:
    return build_article()
