"""Helpers shared by the text and HTML reports.

Reports show *whatever* layers an article has, including ones written by
future components or outside tools, so nothing here trusts the shape of an
annotation: offsets may be out of range, attrs may be nested or not even a
mapping, numbers may be NaN.  Every helper degrades to something printable.
"""

from __future__ import annotations

import json
import math
from typing import Any

from ..article import Annotation

#: Order in which layers nest when their spans coincide: outer first.
_RANK = {"title": 0, "paragraphs": 0, "language": 1, "sentences": 2, "tokens": 9}


def layer_rank(name: str) -> int:
    """Nesting rank of a layer: structure outside, tokens innermost, the rest between."""
    return _RANK.get(name, 5)


def truncate(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)] + "…"


def valid_span(ann: Any, length: int) -> bool:
    """Whether ``ann`` has integer offsets inside a text of ``length`` characters."""
    s, e = getattr(ann, "start", None), getattr(ann, "end", None)
    return (
        isinstance(s, int) and isinstance(e, int) and not isinstance(s, bool)
        and not isinstance(e, bool) and 0 <= s <= e <= length
    )


def surface(text: str, ann: Annotation) -> str:
    """The annotated text, or a note when the offsets do not fit the text."""
    if valid_span(ann, len(text)):
        return text[ann.start : ann.end]
    return f"<offsets {getattr(ann, 'start', '?')}:{getattr(ann, 'end', '?')} outside the text>"


def confidence_text(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return f"{value:.2f}"
    return str(value)


def jsonable(value: Any, depth: int = 0) -> Any:
    """``value`` as plain JSON data (no NaN, string keys, bounded depth)."""
    if value is None or isinstance(value, (bool, str, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if depth > 8:
        return truncate(repr(value), 200)
    if isinstance(value, dict):
        return {str(k): jsonable(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v, depth + 1) for v in value]
    return str(value)


def scalar_text(value: Any) -> str:
    """A short one-line rendering of an attribute value."""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return f"{value:.4g}"
    if isinstance(value, (list, tuple)) and all(isinstance(v, (str, int, float)) for v in value):
        return ", ".join(scalar_text(v) for v in value)
    if isinstance(value, (dict, list, tuple)):
        try:
            return json.dumps(jsonable(value), ensure_ascii=False, sort_keys=False)
        except (TypeError, ValueError):
            return repr(value)
    return str(value)


def flatten_attrs(attrs: Any, prefix: str = "", depth: int = 0, skip_empty: bool = False) -> list[tuple[str, str]]:
    """``attrs`` as ``(dotted.key, value)`` pairs; nested mappings are flattened.

    With ``skip_empty``, keys whose value is None or an empty string or container are left out.
    """
    if not isinstance(attrs, dict):
        return [] if attrs in (None, "") else [(prefix or "value", scalar_text(attrs))]
    pairs: list[tuple[str, str]] = []
    for key, value in attrs.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if skip_empty and (value is None or (isinstance(value, (str, list, tuple, dict, set)) and not value)):
            continue
        if isinstance(value, dict) and value and depth < 3:
            pairs.extend(flatten_attrs(value, name, depth + 1, skip_empty))
        else:
            pairs.append((name, scalar_text(value)))
    return pairs
