"""The article and its stand-off annotations.

An :class:`Article` holds the article text every offset refers to and a set of
named layers (``paragraphs``, ``sentences``, ``tokens``, later ``times``,
``places`` ...).  Each layer is a list of :class:`Annotation`; for every
annotation ``article.text[start:end]`` is its surface.

The JSON form produced by :meth:`Article.to_dict` is a public contract,
described by ``sitrep/schema/article.schema.json``; :meth:`Article.from_dict`
reads it back losslessly.
"""

from __future__ import annotations

import json
import re
from collections.abc import MutableSequence
from dataclasses import dataclass, field
from importlib import resources
from itertools import chain
from operator import itemgetter, le
from typing import TYPE_CHECKING, Any, Iterable, Mapping

if TYPE_CHECKING:  # pragma: no cover
    import pandas

SCHEMA_VERSION = "1.0"

PRECISIONS = ("year", "month", "day", "minute", "second")

_DATE_RE = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?)?)?"
)


@dataclass(frozen=True)
class Published:
    """A publication date with its precision (``year``, ``month``, ``day``...)."""

    value: str
    precision: str

    def to_dict(self) -> dict[str, str]:
        return {"value": self.value, "precision": self.precision}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "Published | None":
        if not data:
            return None
        return cls(value=data["value"], precision=data["precision"])


def parse_published(value: str) -> Published:
    """Parse ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` (optionally with a time).

    Raises :class:`ValueError` with a readable reason for anything else,
    including impossible dates such as ``2022-13-45``.
    """
    import datetime as _dt

    text = (value or "").strip()
    m = _DATE_RE.match(text)
    if not m or (m.end() != len(text) and not re.match(r"^[.,:+\-Z0-9 ]*$", text[m.end():])):
        raise ValueError(f"not a date: {value!r} (expected YYYY[-MM[-DD]])")
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    year = int(y)
    if not 1000 <= year <= 2999:
        raise ValueError(f"implausible year in {value!r}")
    if mo is None:
        return Published(y, "year")
    if not 1 <= int(mo) <= 12:
        raise ValueError(f"no month {mo} in {value!r}")
    if d is None:
        return Published(f"{y}-{mo}", "month")
    try:
        _dt.date(year, int(mo), int(d))
    except ValueError as exc:
        raise ValueError(f"impossible date {value!r}: {exc}") from None
    if m.group("H") is None:
        return Published(f"{y}-{mo}-{d}", "day")
    hh, mm, ss = int(m.group("H")), int(m.group("M")), m.group("S")
    if hh > 23 or mm > 59 or (ss is not None and int(ss) > 59):
        raise ValueError(f"impossible time in {value!r}")
    if ss is None:
        return Published(f"{y}-{mo}-{d}T{hh:02d}:{mm:02d}", "minute")
    return Published(f"{y}-{mo}-{d}T{hh:02d}:{mm:02d}:{int(ss):02d}", "second")


@dataclass
class Annotation:
    """One stand-off annotation: ``text[start:end]`` is its surface."""

    start: int
    end: int
    label: str
    producer: str
    confidence: float = 1.0
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "attrs": self.attrs,
            "producer": self.producer,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Annotation":
        return cls(
            start=data["start"],
            end=data["end"],
            label=data["label"],
            producer=data["producer"],
            confidence=data["confidence"],
            attrs=dict(data.get("attrs") or {}),
        )


_START, _END = itemgetter(0), itemgetter(1)


class SpanLayer(MutableSequence):
    """A layer of plain annotations (no attributes) of one producer, one confidence: a list of
    :class:`Annotation` to its users, kept as ``(start, end, label)`` rows until one is asked for.

    The ``tokens`` layer holds some 600 annotations per article that are mostly read only as
    offsets: their :class:`Annotation` objects are made on first access to an item (all at once,
    then kept, so an item is the same object on every access and changes to it persist), never
    when only the length, :meth:`spans` or the offset check are needed. Every list operation
    works as on a list of annotations; ``+`` gives a list.

    >>> layer = SpanLayer([(0, 5, "WORD"), (5, 6, "PUNCT")], "sentences.v1")
    >>> len(layer), layer.spans()
    (2, [(0, 5), (5, 6)])
    >>> layer[1]
    Annotation(start=5, end=6, label='PUNCT', producer='sentences.v1', confidence=1.0, attrs={})
    """

    __slots__ = ("_rows", "_producer", "_confidence", "_items")

    def __init__(self, rows: list[tuple[int, int, str]], producer: str, confidence: float = 1.0) -> None:
        self._rows: list[tuple[int, int, str]] | None = rows
        self._producer = producer
        self._confidence = confidence
        self._items: list[Annotation] | None = None

    @property
    def items(self) -> list[Annotation]:
        """The annotations as a list (made now if not yet)."""
        items = self._items
        if items is None:
            p, c = self._producer, self._confidence
            items = self._items = [Annotation(s, e, k, p, c) for s, e, k in self._rows]
            self._rows = None
        return items

    def spans(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every annotation, without making the annotations."""
        if self._items is None:
            return [(r[0], r[1]) for r in self._rows]
        return [(a.start, a.end) for a in self._items]

    def records(self) -> list[tuple[int, int, str, dict | None, str, float]]:
        """``(start, end, label, attrs, producer, confidence)`` of every annotation, without making
        the annotations (``attrs`` ``None`` then)."""
        if self._items is None:
            p, c = self._producer, self._confidence
            return [(s, e, k, None, p, c) for s, e, k in self._rows]
        return [(a.start, a.end, a.label, a.attrs, a.producer, a.confidence) for a in self._items]

    def packed(self) -> tuple[list[tuple[int, int, str]], str, float] | None:
        """``(rows, producer, confidence)`` while the layer is still rows (``None`` once the
        annotations exist): the ``(start, end, label)`` rows as they are, not to be changed."""
        return None if self._items is not None or type(self) is not SpanLayer else (self._rows, self._producer, self._confidence)

    def offsets_valid(self, n: int) -> bool | None:
        """Whether every annotation is an integer span inside a text of length ``n`` (``None``
        once the annotations exist: they may have been changed, check them one by one)."""
        rows = self._rows
        if rows is None:
            return None
        if not rows:
            return True
        starts, ends = list(map(_START, rows)), list(map(_END, rows))
        return (set(map(type, starts)) | set(map(type, ends)) == {int}
                and min(starts) >= 0 and max(ends) <= n and all(map(le, starts, ends)))

    def __len__(self) -> int:
        return len(self._rows) if self._items is None else len(self._items)

    def __getitem__(self, index):
        return self.items[index]

    def __setitem__(self, index, value) -> None:
        self.items[index] = value

    def __delitem__(self, index) -> None:
        del self.items[index]

    def insert(self, index: int, value: Annotation) -> None:
        self.items.insert(index, value)

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        return reversed(self.items)

    def __contains__(self, value) -> bool:
        return value in self.items

    def append(self, value: Annotation) -> None:
        self.items.append(value)

    def extend(self, values: Iterable[Annotation]) -> None:
        self.items.extend(values)

    def __iadd__(self, values):
        self.items.extend(values)
        return self

    def __add__(self, other):
        return self.items + list(other)

    def __radd__(self, other):
        return list(other) + self.items

    def __eq__(self, other) -> bool:
        if isinstance(other, (list, SpanLayer)):
            return self.items == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # like a list

    def sort(self, *args, **kwargs) -> None:
        self.items.sort(*args, **kwargs)

    def copy(self) -> list[Annotation]:
        return list(self.items)

    def __repr__(self) -> str:
        return repr(self.items)

    def __reduce__(self):
        if self._items is None:
            return SpanLayer, (self._rows, self._producer, self._confidence)
        return list, (self._items,)


class RowLayer(SpanLayer):
    """A :class:`SpanLayer` whose rows also carry a confidence and scalar attributes:
    ``(start, end, label, confidence, *values)`` with the attribute names in ``keys``; an
    annotation's ``attrs`` is ``dict(zip(keys, values))``.

    The ``event_mentions`` layer holds some 50 such annotations per article, mostly read only to
    be stored: the :class:`Annotation` objects and their attribute dicts are made on first access
    to an item, never when only the length, :meth:`spans`, :meth:`records` or the offset check
    are needed. Attribute values are scalars (``str``, ``int``, ``float``, ``bool``, ``None``):
    no nested span hides in them, so the offset check covers every invariant.

    >>> layer = RowLayer([(0, 5, "OCCURRENCE", 0.6, "POS")], "events.v1", ("polarity",))
    >>> layer.spans(), layer[0].attrs, layer[0].confidence
    ([(0, 5)], {'polarity': 'POS'}, 0.6)
    """

    __slots__ = ("_keys", "_valid_for")

    def __init__(self, rows: list[tuple], producer: str, keys: tuple[str, ...]) -> None:
        super().__init__(rows, producer)
        self._keys = tuple(keys)
        #: the text length the rows were last found valid for (the rows never change: a change
        #: makes the annotations and drops the rows), so that the pipeline's check after
        #: :meth:`Article.add_rows` does not go over them again
        self._valid_for: int | None = None

    @property
    def items(self) -> list[Annotation]:
        items = self._items
        if items is None:
            p, keys = self._producer, self._keys
            items = self._items = [Annotation(r[0], r[1], r[2], p, r[3], dict(zip(keys, r[4:]))) for r in self._rows]
            self._rows = None
        return items

    def records(self) -> list[tuple[int, int, str, dict | None, str, float]]:
        if self._items is None:
            p, keys = self._producer, self._keys
            return [(r[0], r[1], r[2], dict(zip(keys, r[4:])), p, r[3]) for r in self._rows]
        return super().records()

    def offsets_valid(self, n: int) -> bool | None:
        """:meth:`SpanLayer.offsets_valid`, and every attribute value a scalar."""
        rows = self._rows
        if rows is not None and self._valid_for == n:
            return True
        valid = super().offsets_valid(n)
        if not valid or not rows:
            return valid
        valid = set(map(len, rows)) == {len(self._keys) + 4} and set(map(type, chain.from_iterable(rows))) <= _SCALARS
        if valid:
            self._valid_for = n
        return valid

    def __reduce__(self):
        if self._items is None:
            return RowLayer, (self._rows, self._producer, self._keys)
        return list, (self._items,)


_SCALARS = frozenset({str, int, float, bool, type(None)})


@dataclass(frozen=True)
class Span:
    """One annotation of a layer, with its surface text: what :meth:`Article.layer` returns.

    >>> s = Span("places", 0, 7, "Kharkiv", "Kharkiv", "places.v1", 0.9, {"country": "UA"})
    >>> s.surface, s.attrs["country"]
    ('Kharkiv', 'UA')
    """

    layer: str
    start: int
    end: int
    label: str
    surface: str
    producer: str
    confidence: float
    attrs: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class RawInfo:
    """How the article text maps back onto the raw input.

    ``segments`` is a list of ``[text_start, raw_start, length]`` runs: the
    characters ``text[text_start:text_start+length]`` are exactly the decoded
    raw characters ``raw[raw_start:raw_start+length]``.  Characters of the text
    not covered by a segment (paragraph separators) were inserted.
    """

    sha256: str
    length: int
    encoding: str = "utf-8"
    segments: list[list[int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "length": self.length,
            "encoding": self.encoding,
            "segments": self.segments,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "RawInfo | None":
        if not data:
            return None
        return cls(
            sha256=data["sha256"],
            length=data["length"],
            encoding=data.get("encoding", "utf-8"),
            segments=[list(s) for s in data.get("segments", [])],
        )

    def to_raw(self, offset: int) -> int | None:
        """Raw character offset of article-text ``offset`` (None if inserted)."""
        for t0, r0, n in self.segments:
            if t0 <= offset < t0 + n:
                return r0 + offset - t0
            if offset == t0 + n:  # an end offset
                return r0 + n
        return None


@dataclass
class Article:
    """A news article with its text and stand-off annotation layers."""

    id: str
    text: str
    title: str | None = None
    language: str | None = None
    published: Published | None = None
    source: dict[str, Any] = field(default_factory=dict)
    layers: dict[str, list[Annotation]] = field(default_factory=dict)
    raw: RawInfo | None = None
    warnings: list[str] = field(default_factory=list)

    # -- layers -----------------------------------------------------------
    def add(self, layer: str, annotations: Iterable[Annotation]) -> None:
        """Append annotations to ``layer`` after checking their offsets."""
        items = self.layers.setdefault(layer, [])
        n = len(self.text)
        for ann in annotations:
            if not (0 <= ann.start <= ann.end <= n):
                raise ValueError(
                    f"annotation {ann.label!r} [{ann.start}:{ann.end}] outside the text (length {n})"
                )
            items.append(ann)

    def add_spans(
        self, layer: str, rows: list[tuple[int, int, str]], producer: str, confidence: float = 1.0
    ) -> None:
        """Append plain annotations ``(start, end, label)`` of ``producer`` to ``layer`` after
        checking their offsets; a new layer keeps them as rows (:class:`SpanLayer`)."""
        self._add_packed(layer, SpanLayer(rows, producer, confidence))

    def add_rows(self, layer: str, rows: list[tuple], producer: str, keys: tuple[str, ...]) -> None:
        """Append annotations ``(start, end, label, confidence, *values)`` with scalar attributes
        ``dict(zip(keys, values))`` to ``layer`` after checking their offsets; a new layer keeps
        them as rows (:class:`RowLayer`)."""
        self._add_packed(layer, RowLayer(rows, producer, keys))

    def _add_packed(self, layer: str, packed: SpanLayer) -> None:
        """Keep ``packed`` as the new layer when its offsets are valid; else (an existing layer, no
        rows, a bad offset) add its annotations one by one, which names the first bad one."""
        if layer in self.layers or not len(packed) or not packed.offsets_valid(len(self.text)):
            self.add(layer, packed.items)
            return
        self.layers[layer] = packed

    def surface(self, ann: Annotation) -> str:
        return self.text[ann.start : ann.end]

    def spans(self, layer: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every annotation of ``layer`` (empty if the layer is absent)."""
        anns = self.layers.get(layer, [])
        if isinstance(anns, SpanLayer):
            return anns.spans()
        return [(a.start, a.end) for a in anns]

    def layer(self, name: str) -> list[Span]:
        """The annotations of layer ``name`` with their surface text (empty if the layer is absent).

        >>> art = Article(id="x", text="Izium, Kharkiv oblast")
        >>> art.add("places", [Annotation(0, 5, "Izium", "places.v1", 0.9, {"country": "UA"})])
        >>> [(p.surface, p.attrs["country"]) for p in art.layer("places")]
        [('Izium', 'UA')]
        """
        return _spans(self, name)

    def to_pandas(self, layer: str) -> "pandas.DataFrame":
        """Layer ``layer`` as a pandas DataFrame: the columns of ``sitrep export``'s
        ``layer_<name>`` table (``article`` holds the article id), plus one ``attr_<key>``
        column per scalar attribute (``attr_lat``, ``attr_lon`` for places ...).

        >>> art = Article(id="x", text="Izium, Kharkiv oblast")
        >>> art.add("places", [Annotation(0, 5, "Izium", "places.v1", 0.9, {"lat": 49.2})])
        >>> art.to_pandas("places")[["surface", "label", "attr_lat"]].to_dict("records")
        [{'surface': 'Izium', 'label': 'Izium', 'attr_lat': 49.2}]
        """
        return _layer_frame(self, layer)

    # -- JSON -------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "published": self.published.to_dict() if self.published else None,
            "source": self.source,
            "text": self.text,
            "layers": {name: [a.to_dict() for a in anns] for name, anns in self.layers.items()},
        }
        if self.raw is not None:
            data["raw"] = self.raw.to_dict()
        if self.warnings:
            data["warnings"] = list(self.warnings)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        return cls(
            id=data["id"],
            text=data["text"],
            title=data.get("title"),
            language=data.get("language"),
            published=Published.from_dict(data.get("published")),
            source=dict(data.get("source") or {}),
            layers={
                name: [Annotation.from_dict(a) for a in anns]
                for name, anns in (data.get("layers") or {}).items()
            },
            raw=RawInfo.from_dict(data.get("raw")),
            warnings=list(data.get("warnings") or []),
        )

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> "Article":
        return cls.from_dict(json.loads(text))


#: the columns of :func:`layer_frame`, as in ``sitrep export``'s ``layer_<name>`` tables
LAYER_FRAME_COLUMNS = ("article", "layer", "seq", "start", "end", "surface", "label", "producer",
                       "confidence", "attrs_json")


def _spans(article: Article, name: str) -> list[Span]:
    """The annotations of layer ``name`` as :class:`Span` objects (empty if the layer is absent)."""
    text = article.text
    return [Span(name, a.start, a.end, a.label, text[a.start:a.end], a.producer, a.confidence, a.attrs)
            for a in article.layers.get(name, [])]


def _layer_frame(article: Article, name: str) -> "pandas.DataFrame":
    """One row per annotation of layer ``name``, with the columns of ``sitrep export``'s
    ``layer_<name>`` table (``article`` holds the article id) plus one ``attr_<key>`` column
    per scalar attribute (``attr_lat``, ``attr_geonames_id`` ...)."""
    import json

    import pandas as pd

    rows = []
    for seq, s in enumerate(_spans(article, name)):
        row: dict[str, Any] = {
            "article": article.id, "layer": name, "seq": seq, "start": s.start, "end": s.end,
            "surface": s.surface, "label": s.label, "producer": s.producer, "confidence": s.confidence,
            "attrs_json": json.dumps(dict(s.attrs), ensure_ascii=False) if s.attrs else None,
        }
        for key, value in s.attrs.items():
            if value is None or isinstance(value, (str, int, float, bool)):
                row[f"attr_{key}"] = value
        rows.append(row)
    return pd.DataFrame(rows, columns=None if rows else list(LAYER_FRAME_COLUMNS))


def load_schema() -> dict[str, Any]:
    """The JSON Schema of :meth:`Article.to_dict`."""
    ref = resources.files("sitrep") / "schema" / "article.schema.json"
    return json.loads(ref.read_text(encoding="utf-8"))


def validate(data: dict[str, Any]) -> None:
    """Validate an article's JSON form; raises ``jsonschema.ValidationError``.

    Also checks what a schema cannot: every offset lies inside ``text``.
    """
    import jsonschema

    jsonschema.validate(data, load_schema())
    n = len(data["text"])
    for name, anns in data["layers"].items():
        for a in anns:
            if not 0 <= a["start"] <= a["end"] <= n:
                raise jsonschema.ValidationError(
                    f"layer {name}: [{a['start']}:{a['end']}] outside the text (length {n})"
                )
