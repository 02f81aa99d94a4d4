"""Peers scored next to ``entities.v1`` by ``sitrep eval ner``.

``natasha`` (its bundled Russian news NER, slovnet + navec) tags Russian gold.  It is not a
run-time dependency of sitrep (it comes with the ``lexicon-rebuild`` extra): when it cannot be
imported the result says so instead of dropping the peer silently.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

Tagger = Callable[[str], set[tuple[int, int, str]]]

#: peer name -> the gold languages it is scored on
PEERS = {"natasha": ("ru",)}


@lru_cache(maxsize=None)
def _natasha() -> Tagger:
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())

    def tag(text: str) -> set[tuple[int, int, str]]:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        return {(s.start, s.stop, s.type) for s in doc.spans}

    return tag


def tagger(name: str) -> Tagger | str:
    """The peer's tagger, or one line saying why it is unavailable."""
    try:
        return {"natasha": _natasha}[name]()
    except ImportError as exc:
        return f"not installed ({exc.name}; pip install -e '.[lexicon-rebuild]')"


def peers_for(lang: str | None) -> list[str]:
    return [name for name, langs in PEERS.items() if lang in langs]
