"""Mention replacement: more training sentences from the gold ones (Dai & Adel, 2020).

Each augmented copy of a sentence has every entity replaced by another entity of the same type
drawn from the training part (seeded, so a run is reproducible); the words around it and the
labels' structure stay.  Used for en and uk (``train.AUGMENT``; tried with ``tune --augment``).
"""

from __future__ import annotations

import random
from typing import Iterator

from sitrep.components.entities import decode as entities  # BIO labels -> (first, end, type) token ranges

Sequence = tuple[list[str], list[str]]  # words, BIO labels


def pool(seqs: list[Sequence]) -> dict[str, list[tuple[str, ...]]]:
    """Every entity's words, by type, in a fixed order."""
    by_type: dict[str, list[tuple[str, ...]]] = {}
    for words, labels in seqs:
        for a, b, t in entities(labels):
            by_type.setdefault(t, []).append(tuple(words[a:b]))
    return by_type


def replace_mentions(words: list[str], labels: list[str], names: dict[str, list[tuple[str, ...]]],
                     rng: random.Random) -> Sequence | None:
    """A copy of the sentence with each entity swapped for a random one of its type; None without entities."""
    ents = entities(labels)
    if not ents:
        return None
    out_w: list[str] = []
    out_l: list[str] = []
    pos = 0
    for a, b, t in ents:
        out_w += words[pos:a]
        out_l += labels[pos:a]
        new = rng.choice(names[t])
        out_w += list(new)
        out_l += ["B-" + t] + ["I-" + t] * (len(new) - 1)
        pos = b
    out_w += words[pos:]
    out_l += labels[pos:]
    return out_w, out_l


def as_text(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The words joined by spaces, and each word's offsets in that text."""
    spans, pos = [], 0
    for w in words:
        spans.append((pos, pos + len(w)))
        pos += len(w) + 1
    return " ".join(words), spans


def augmented(seqs: list[Sequence], copies: int, seed: int = 13) -> Iterator[tuple[list[str], list[str], str, list[tuple[int, int]]]]:
    """``copies`` mention-replaced versions of every sentence of ``seqs`` that has an entity, as
    ``(words, labels, text, spans)``; the replacements come from ``seqs`` themselves."""
    rng, names = random.Random(seed), pool(seqs)
    for _ in range(copies):
        for words, labels in seqs:
            new = replace_mentions(words, labels, names, rng)
            if new:
                text, spans = as_text(new[0])
                yield new[0], new[1], text, spans
