"""Lay stand-off annotations out as nested, well-formed spans.

HTML elements must nest, annotations need not: two layers may cross
(an entity running over a sentence end) and a layer may overlap itself.  The
article text is first cut into *blocks* (title, paragraphs, and any text left
between them), then, per block, every annotation touching it is clipped to the
block and placed in a tree: an annotation inside another becomes its child; one
that crosses the end of the open annotation is split there and its remainder is
placed again, so each piece nests.  Pieces of one annotation share its id.

Work is O(n log n) in the number of annotations, so a 200 KB article with tens
of thousands of tokens lays out in well under a second.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable

_NONBLANK_BLOCK_RE = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


@dataclass(slots=True)
class Placed:
    """One annotation to place: its layer's number, its index in that layer, its span."""

    layer: int
    index: int
    start: int
    end: int
    rank: int
    label: str = ""  # kept for the layers that show it beside the highlight


@dataclass(slots=True)
class Node:
    """A piece of an annotation in the tree (``item`` None for the block itself)."""

    start: int
    end: int
    item: Placed | None = None
    cont: bool = False  # a continuation piece (the annotation started earlier)
    final: bool = True  # the piece holding the annotation's (clipped) end
    level: int = 0  # how many nested highlights sit under this one
    full: int = 0  # where the annotation ends (clipped to the block)
    children: list["Node"] = field(default_factory=list)


@dataclass(slots=True)
class Block:
    start: int
    end: int
    kind: str  # "title", "paragraph" or "gap"
    root: Node | None = None


def _blocks_from(text: str, title: list[tuple[int, int]], paras: list[tuple[int, int]]) -> list[Block]:
    cands = sorted([(s, e, "title") for s, e in title] + [(s, e, "paragraph") for s, e in paras])
    ok = all(cands[i][1] <= cands[i + 1][0] for i in range(len(cands) - 1))
    if not cands or not ok:
        return [Block(m.start(), m.end(), "paragraph") for m in _NONBLANK_BLOCK_RE.finditer(text)]
    return [Block(s, e, kind) for s, e, kind in cands if s < e]


def layout(text: str, title: list[tuple[int, int]], paras: list[tuple[int, int]],
           items: Iterable[Placed], marks: set[int]) -> list[Block]:
    """Blocks of ``text``, each with the tree of the annotations inside it.

    ``title`` and ``paras`` are the spans of the title and paragraph layers
    (blank-line blocks are used when they are missing or overlap); ``marks``
    are the layers whose nesting depth is tracked in :attr:`Node.level`.
    """
    blocks = _blocks_from(text, title, paras)
    items = list(items)
    # Text between blocks is shown when it is not blank or holds an annotation.
    edges = [0] + [x for b in blocks for x in (b.start, b.end)] + [len(text)]
    gaps = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2) if edges[i] < edges[i + 1]]
    shown: dict[tuple[int, int], list[int]] = {}
    for g0, g1 in gaps:
        chunk = text[g0:g1]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            shown[(g0, g1)] = [g0 + lead, g0 + len(chunk.rstrip())]
    starts = [b.start for b in blocks]
    touching = [_touching(blocks, starts, it) for it in items]
    for it in (it for it, where in zip(items, touching) if not where):
        for g in gaps:
            if g[0] <= it.start and it.end <= g[1]:
                span = shown.setdefault(g, [it.start, it.end])
                span[0], span[1] = min(span[0], it.start), max(span[1], it.end)
                break
    if shown:
        extra = [Block(s, e, "gap") for s, e in shown.values()]
        blocks = sorted(blocks + extra, key=lambda b: b.start)
        starts = [b.start for b in blocks]
        touching = [_touching(blocks, starts, it) for it in items]
    per_block: list[list[Placed]] = [[] for _ in blocks]
    for it, where in zip(items, touching):
        for i in where:
            b = blocks[i]
            if b.start <= it.start and it.end <= b.end:
                per_block[i].append(it)
            else:  # clipped to the block
                s, e = max(it.start, b.start), min(it.end, b.end)
                per_block[i].append(Placed(it.layer, it.index, s, e, it.rank, it.label))
    for b, inside in zip(blocks, per_block):
        b.root = _nest(b.start, b.end, inside, marks)
    return blocks


def _touching(blocks: list[Block], starts: list[int], it: Placed) -> list[int]:
    """Indexes of the blocks ``it`` overlaps (a zero-width item: the block holding its point)."""
    i = max(bisect_right(starts, it.start) - 1, 0)
    out = []
    while i < len(blocks):
        b = blocks[i]
        if it.start == it.end:
            if b.start <= it.start <= b.end:
                return [i]
            if b.start > it.start:
                break
        else:
            if b.start >= it.end:
                break
            if it.start < b.end and it.end > b.start:
                out.append(i)
        i += 1
    return out


def _nest(start: int, end: int, items: list[Placed], marks: set[int]) -> Node:
    root = Node(start, end)
    heap = [(it.start, -it.end, it.rank, it.layer, it.index, False, it.end, it) for it in items]
    heapq.heapify(heap)
    stack = [root]
    made: list[Node] = []
    while heap:
        s, neg_e, rank, layer, index, cont, full_end, it = heapq.heappop(heap)
        e = -neg_e
        while len(stack) > 1 and stack[-1].end <= s:
            stack.pop()
        # An outer-rank annotation (a sentence) crossing an open inner-rank one
        # (an entity) closes that one here; the entity's rest is placed again later.
        while len(stack) > 1 and stack[-1].end < e and rank < stack[-1].item.rank and stack[-1].start < s:
            top = stack.pop()
            heapq.heappush(heap, (s, -top.end, top.item.rank, top.item.layer, top.item.index, True, top.full, top.item))
            top.end, top.final = s, False
        top = stack[-1]
        if e > top.end:  # crosses the end of the open annotation: split there
            heapq.heappush(heap, (top.end, neg_e, rank, layer, index, True, full_end, it))
            e = top.end
        node = Node(s, e, it, cont, e == full_end, full=full_end)
        top.children.append(node)
        made.append(node)
        if s < e:
            stack.append(node)
    # Children are made after their parents: walk backwards to get levels.
    depth: dict[int, int] = {}
    for node in reversed(made):
        below = max((depth[id(c)] for c in node.children), default=-1) if node.children else -1
        if node.item is not None and node.item.layer in marks:
            node.level = below + 1
            depth[id(node)] = node.level
        else:
            depth[id(node)] = below
    return root
