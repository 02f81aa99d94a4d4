"""What every component's output must satisfy, checked after each component runs.

A stand-off annotation is only useful if its offsets can be trusted, so
:class:`~sitrep.pipeline.Pipeline` checks, for the annotations a component
has just added:

- ``0 <= start <= end <= len(text)``;
- every span nested in its attributes (``{"start", "end", "text"}`` objects
  such as a statement's ``source`` and ``cue``, ``[start, end]`` pairs such
  as ``parts`` or a speaker's ``mention``) obeys the same rule, and its
  ``text``, when given, is exactly ``text[start:end]``;
- a statement's ``parts`` lie inside its span.

A violation raises :class:`InvariantError`; the pipeline turns it into a
per-article failure naming the component, like any other error.
"""

from __future__ import annotations

from typing import Any, Iterable

from .article import Annotation, Article


class InvariantError(ValueError):
    """A component produced an annotation that breaks an invariant."""


def _pair(value: Any) -> tuple[int, int] | None:
    if (isinstance(value, (list, tuple)) and len(value) == 2
            and all(type(v) is int for v in value)):
        return value[0], value[1]
    return None


def _where(where: Any) -> str:
    """The place of a violation, for its message: built only when one is found (the check runs
    on every annotation). ``where`` is ``(layer, label)`` or ``(parent, separator, key)``."""
    if len(where) == 2:
        return f"layer {where[0]}: {where[1]!r}"
    parent, sep, key = where
    return f"{_where(parent)}{sep}{key}"


def _check_span(text: str, start: Any, end: Any, where: Any) -> None:
    if type(start) is not int or type(end) is not int:
        raise InvariantError(f"{_where(where)}: offsets [{start!r}:{end!r}] are not integers")
    if not 0 <= start <= end <= len(text):
        raise InvariantError(f"{_where(where)}: [{start}:{end}] is not a span of the text (length {len(text)})")


#: the types of most attribute values, which hold no span (one set look-up skips them)
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _check_nested(text: str, value: Any, where: Any, depth: int = 0) -> None:
    """Spans nested in attributes: dicts with start/end (and text), [start, end] pairs."""
    if depth > 4:
        return
    if isinstance(value, dict):
        if "start" in value and "end" in value and type(value["start"]) is int:
            _check_span(text, value["start"], value["end"], where)
            if isinstance(value.get("text"), str) and text[value["start"]:value["end"]] != value["text"]:
                raise InvariantError(
                    f"{_where(where)}: text {value['text'][:40]!r} is not the surface "
                    f"{text[value['start']:value['end']][:40]!r} at [{value['start']}:{value['end']}]"
                )
        for key, sub in value.items():
            if type(sub) in _SCALARS:
                continue
            if isinstance(sub, dict):
                _check_nested(text, sub, (where, ".", key), depth + 1)
            elif isinstance(sub, list) and depth < 4:
                # a list's dicts checked here (one call less per list: most hold none)
                for item in sub:
                    if type(item) not in _SCALARS and isinstance(item, dict):
                        _check_nested(text, item, (where, ".", key), depth + 2)
    elif isinstance(value, list):
        for sub in value:
            if isinstance(sub, dict):
                _check_nested(text, sub, where, depth + 1)


def check_annotation(text: str, layer: str, ann: Annotation) -> None:
    where = (layer, ann.label)
    _check_span(text, ann.start, ann.end, where)
    if not ann.attrs:
        return
    for key, value in ann.attrs.items():
        if not value or type(value) in _SCALARS or not isinstance(value, (dict, list, tuple)):
            continue  # a scalar or an empty container holds no span (most attributes: tested first)
        if key in ("parts", "mention") or key.endswith("_span"):
            pairs = [value] if _pair(value) else (value if isinstance(value, list) else [])
            for p in pairs:
                pair = _pair(p)
                if pair is None:
                    continue
                _check_span(text, pair[0], pair[1], (where, " ", key))
                if key == "parts" and not (ann.start <= pair[0] and pair[1] <= ann.end):
                    raise InvariantError(
                        f"{_where(where)}: part [{pair[0]}:{pair[1]}] outside its span [{ann.start}:{ann.end}]"
                    )
        elif isinstance(value, (dict, list)):
            _check_nested(text, value, (where, " ", key))


def check_layers(article: Article, before: dict[str, int], layers: Iterable[str]) -> None:
    """Check the annotations added to ``layers`` since ``before`` (layer -> count)."""
    text = article.text
    for layer in layers:
        anns = article.layers.get(layer)
        if not anns:
            continue
        n = len(text)
        if not before.get(layer, 0) and getattr(anns, "offsets_valid", None) and anns.offsets_valid(n):
            continue  # a SpanLayer of plain integer spans inside the text, checked without objects
        for ann in anns[before.get(layer, 0):]:
            s, e = ann.start, ann.end
            if ann.attrs or type(s) is not int or type(e) is not int or not 0 <= s <= e <= n:
                check_annotation(text, layer, ann)  # the fast path above covers plain spans (tokens)


def counts(article: Article, layers: Iterable[str]) -> dict[str, int]:
    return {layer: len(article.layers.get(layer, ())) for layer in layers}
