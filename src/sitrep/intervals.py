"""Span queries in logarithmic time, for components that test many points against many spans.

``any(s <= x < e for s, e in spans)`` inside a loop over the same spans is quadratic in
the article's length; :class:`Cover` answers it after one sort, so a component stays linear
(plus a log) however long the article. :class:`Marks` does the same for a growing set of
spans tested for overlap.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterable


class Cover:
    """A fixed set of spans ``(start, end)``: which contain a point, which start in a range."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        distinct = sorted(set(spans))
        self.starts = [s for s, _ in distinct]
        # for each prefix of the spans sorted by start: the two (distinct) spans ending last
        self.best: list[tuple[tuple[int, int] | None, tuple[int, int] | None]] = []
        b1 = b2 = None
        for sp in distinct:
            if b1 is None or sp[1] > b1[1]:
                b1, b2 = sp, b1
            elif b2 is None or sp[1] > b2[1]:
                b2 = sp
            self.best.append((b1, b2))

    def contains(self, x: int, exclude: tuple[int, int] | None = None) -> bool:
        """Whether a span other than ``exclude`` has ``start <= x < end``."""
        i = bisect_right(self.starts, x) - 1
        if i < 0:
            return False
        b1, b2 = self.best[i]
        b = b1 if b1 != exclude else b2
        return b is not None and b[1] > x

    def starts_within(self, lo: int, hi: int) -> bool:
        """Whether a span starts at ``lo <= start < hi``."""
        i = bisect_left(self.starts, lo)
        return i < len(self.starts) and self.starts[i] < hi


class Marks:
    """A growing set of spans over a text of known length, tested for overlap in O(span)."""

    def __init__(self, length: int) -> None:
        self.mask = bytearray(length + 1)
        self.empty: list[int] = []  # zero-length spans, kept apart

    def add(self, start: int, end: int) -> None:
        if end > start:
            self.mask[start:end] = b"\x01" * (end - start)
        else:
            self.empty.append(start)

    def overlaps(self, start: int, end: int) -> bool:
        """Like ``any(s < end and start < e for s, e in spans)``."""
        if end > start and self.mask.find(1, start, end) != -1:
            return True
        return any(start < p < end for p in self.empty)

    def covers(self, x: int) -> bool:
        """Like ``any(s <= x < e for s, e in spans)``."""
        return bool(self.mask[x]) if 0 <= x < len(self.mask) else False
