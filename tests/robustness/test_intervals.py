"""The span indexes answer exactly what the quadratic loops they replace did."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.intervals import Cover, Marks

SPAN = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(SPAN, max_size=12), st.integers(-2, 85), st.integers(0, 85), st.one_of(st.none(), SPAN))
def test_cover_matches_brute_force(spans, x, y, exclude):
    cover = Cover(spans)
    assert cover.contains(x, exclude) == any(s <= x < e for s, e in spans if (s, e) != exclude)
    lo, hi = min(x, y), max(x, y)
    assert cover.starts_within(lo, hi) == any(lo <= s < hi for s, _ in spans)


@settings(max_examples=300, deadline=None)
@given(st.lists(SPAN, max_size=12), SPAN.filter(lambda sp: sp[1] > sp[0]), st.integers(0, 80))
def test_marks_match_brute_force(spans, query, x):
    marks = Marks(80)
    for s, e in spans:
        marks.add(s, e)
    a, b = query
    assert marks.overlaps(a, b) == any(s < b and a < e for s, e in spans)
    assert marks.covers(x) == any(s <= x < e for s, e in spans)
