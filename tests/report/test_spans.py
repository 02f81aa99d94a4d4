"""The layout of overlapping annotations as nested spans."""

from __future__ import annotations

from sitrep.report.spans import Node, Placed, layout


def pieces(blocks) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """(layer, index) -> the spans of its pieces, checking every child nests in its parent."""
    out: dict[tuple[int, int], list[tuple[int, int]]] = {}
    stack: list[Node] = [b.root for b in blocks]
    while stack:
        node = stack.pop()
        last = node.start
        for child in node.children:
            assert node.start <= child.start <= child.end <= node.end
            assert child.start >= last, "siblings overlap"
            last = child.end
            out.setdefault((child.item.layer, child.item.index), []).append((child.start, child.end))
            stack.append(child)
    return {k: sorted(v) for k, v in out.items()}


TEXT = "Title here\n\nAlpha beta gamma. Delta epsilon.\n\nZeta eta."


def test_paragraph_blocks_and_blank_gaps():
    blocks = layout(TEXT, [(0, 10)], [(12, 44), (46, 55)], [], set())
    assert [(b.kind, TEXT[b.start:b.end]) for b in blocks] == [
        ("title", "Title here"), ("paragraph", "Alpha beta gamma. Delta epsilon."), ("paragraph", "Zeta eta.")]


def test_crossing_annotation_is_split_and_pieces_cover_it():
    sent1, sent2 = (12, 29), (30, 44)
    crossing = (18, 36)  # "beta gamma. Delta"
    items = [Placed(0, 0, *sent1, 2), Placed(0, 1, *sent2, 2), Placed(1, 0, *crossing, 5)]
    got = pieces(layout(TEXT, [(0, 10)], [(12, 44), (46, 55)], items, {1}))
    assert got[(1, 0)] == [(18, 29), (29, 30), (30, 36)]  # the sentences stay whole
    assert got[(0, 0)] == [sent1] and got[(0, 1)] == [sent2]


def test_nested_and_equal_spans_nest_by_layer_rank():
    # a token and a mark over the same word: the token (rank 9) nests inside the mark
    items = [Placed(2, 0, 12, 17, 9), Placed(1, 0, 12, 17, 5), Placed(1, 1, 12, 23, 5)]
    blocks = layout(TEXT, [], [(12, 44)], items, {1})
    # text outside the given paragraphs is not lost: it becomes "gap" blocks
    assert [(b.kind, TEXT[b.start:b.end]) for b in blocks] == [
        ("gap", "Title here"), ("paragraph", "Alpha beta gamma. Delta epsilon."), ("gap", "Zeta eta.")]
    root = blocks[1].root
    outer = root.children[0]
    assert (outer.item.index, outer.start, outer.end) == (1, 12, 23)
    mid = outer.children[0]
    assert (mid.item.layer, mid.item.index) == (1, 0) and mid.children[0].item.layer == 2
    assert outer.level == 1 and mid.level == 0  # stacking depth of highlights


def test_annotation_spanning_paragraphs_is_clipped_per_block():
    items = [Placed(0, 0, 0, len(TEXT), 1)]
    got = pieces(layout(TEXT, [(0, 10)], [(12, 44), (46, 55)], items, set()))
    assert got[(0, 0)] == [(0, 10), (12, 44), (46, 55)]


def test_zero_width_and_gap_annotations_are_kept():
    items = [Placed(0, 0, 15, 15, 5), Placed(0, 1, 44, 46, 5)]  # the second lies in the blank gap
    blocks = layout(TEXT, [(0, 10)], [(12, 44), (46, 55)], items, set())
    assert "gap" in [b.kind for b in blocks]
    got = pieces(blocks)
    assert got[(0, 0)] == [(15, 15)] and got[(0, 1)] == [(44, 46)]


def test_overlapping_paragraphs_fall_back_to_blank_line_blocks():
    blocks = layout(TEXT, [], [(12, 40), (20, 55)], [], set())
    assert [TEXT[b.start:b.end] for b in blocks] == ["Title here", "Alpha beta gamma. Delta epsilon.", "Zeta eta."]


def test_self_overlapping_layer():
    text = "abcdefghij"
    items = [Placed(0, i, i, i + 4, 5) for i in range(0, 7)]
    got = pieces(layout(text, [], [], items, {0}))
    for i in range(7):
        covered = got[(0, i)]
        assert covered[0][0] == i and covered[-1][1] == i + 4
        assert all(a[1] == b[0] for a, b in zip(covered, covered[1:]))
