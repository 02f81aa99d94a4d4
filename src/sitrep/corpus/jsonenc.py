"""Compact JSON for the stored layers, written by orjson with the bytes ``json`` writes.

The ingest worker turns every annotation's attrs into JSON and every layer into a JSON array
(:func:`~.schema.pack_layer`); ``json.dumps(value, ensure_ascii=False, separators=(",", ":"))``
took about a quarter of the worker's time after the pipeline. orjson (a compiled encoder) writes
the same bytes for strings (the same escapes: ``\\"``, ``\\\\``, ``\\n``..., other control
characters as ``\\u00XX``, everything else as UTF-8), integers, ``true``/``false``/``null``,
lists, tuples and dicts with string keys, and for floats written in the same notation. Where they
can differ, :func:`dumps` falls back to ``json``:

- a float of magnitude between 1e-9 and 1e-4 (orjson writes ``0.00001`` where ``json`` writes
  ``1e-05``) or below (``1e-9`` against ``1e-09``): the output is searched for a digit followed
  by ``e-`` and for ``0.0000``, and written again by ``json`` when either is there (a string that
  contains them costs the second encoding, nothing else);
- what orjson refuses (dict keys that are not strings, integers beyond 64 bits, surrogates,
  nesting deeper than 254) or would write where ``json`` raises (datetimes, dataclasses,
  subclasses of the built-in types are passed through to ``json``, which writes or refuses them
  as before).

One difference is kept on purpose: a NaN or infinite float is written ``null`` (standard JSON,
which has no such numbers, and what SQLite's JSON functions accept), where ``json`` wrote ``NaN``
or ``Infinity``, which SQLite's JSON functions refuse as malformed. No sitrep component puts one in
its attrs.
"""

from __future__ import annotations

import json
import re

import orjson

#: ``json.dumps(value, ensure_ascii=False, separators=(",", ":"))`` with one encoder made once
_json_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_OPTIONS = orjson.OPT_PASSTHROUGH_SUBCLASS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
_orjson_dumps = orjson.dumps
#: where orjson's float notation may differ from ``repr``'s (exponent ``e-5`` against ``e-05``,
#: ``0.00001`` against ``1e-05``)
_EXPONENT = re.compile(rb"\de-").search


def _refuse(value):
    raise TypeError(f"{type(value).__name__} left to json")


def dumps_bytes(value) -> bytes:
    """``json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()`` (module docstring:
    NaN and infinities become ``null``)."""
    try:
        out = _orjson_dumps(value, _refuse, _OPTIONS)
    except TypeError:
        return _json_encode(value).encode()
    if b"0.0000" in out or (b"e-" in out and _EXPONENT(out) is not None):
        return _json_encode(value).encode()
    return out


def dumps(value) -> str:
    """:func:`dumps_bytes` as a str."""
    try:
        out = _orjson_dumps(value, _refuse, _OPTIONS)
    except TypeError:
        return _json_encode(value)
    if b"0.0000" in out or (b"e-" in out and _EXPONENT(out) is not None):
        return _json_encode(value)
    return out.decode()
