"""The pipeline's check of spans nested in attributes (``sitrep.invariants``): what it catches
and where it says the bad span is."""

import pytest

from sitrep.article import Annotation
from sitrep.invariants import InvariantError, check_annotation

TEXT = "Russia shelled Kharkiv on Monday, the governor said."


def _ann(**attrs) -> Annotation:
    return Annotation(7, 14, "ASSAULT", "events.v1", 0.75, attrs)


def test_good_nested_spans_pass():
    check_annotation(TEXT, "events", _ann(
        trigger="shelled", confidence=0.5, flag=None,
        actor=[{"cluster": "c1", "mention": [0, 6]}],
        location={"id": "places/0", "mention": [15, 22], "near": {"start": 15, "end": 22, "text": "Kharkiv"}},
        claimant={"chain": [{"start": 34, "end": 46, "text": "the governor"}]},
        mention=(7, 14), parts=[[7, 14]]))


@pytest.mark.parametrize(("attrs", "where"), [
    # a dict inside a list inside a dict: claimant.chain[0]
    ({"claimant": {"chain": [{"start": 34, "end": 46, "text": "the mayor"}]}}, "claimant.chain"),
    ({"claimant": {"chain": [{"start": 34, "end": 999}]}}, "claimant.chain"),
    ({"modality_cues": [{"start": -1, "end": 3}]}, "modality_cues"),
    ({"numbers": {"killed": {"start": 0, "end": 6, "text": "Kharkiv"}}}, "numbers.killed"),
    ({"mention": (7, 900)}, "mention"),
])
def test_bad_nested_span_is_named(attrs, where):
    with pytest.raises(InvariantError, match=where.replace(".", r"\.")):
        check_annotation(TEXT, "events", _ann(**attrs))


def test_nesting_deeper_than_the_limit_is_not_walked():
    deep = {"start": 0, "end": 999}
    for key in ("e", "d", "c", "b"):
        deep = {key: [deep]}
    check_annotation(TEXT, "events", _ann(a=deep))  # depth 8: past the limit
    with pytest.raises(InvariantError):
        check_annotation(TEXT, "events", _ann(a={"b": [{"start": 0, "end": 999}]}))
