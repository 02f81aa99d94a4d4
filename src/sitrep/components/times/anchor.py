"""Anchoring: turning an interpretation into a value and its ``earliest``/``latest`` bounds.

The publication date has a precision. With day precision a relative
expression gets one value. With month or year precision the expression is
resolved for the first and the last possible publication day: when both agree
the value is certain, otherwise the value stays underspecified (``XXXX-WXX-6``)
and ``earliest``/``latest`` give the interval its possible values span. Every
resolver is monotonic in the reference day, so the two ends suffice.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from typing import Any

from ...article import Published
from .calendar import bounds
from .normalize import Interp


def reference_days(published: Published | None) -> tuple[dt.date, dt.date] | None:
    """First and last possible publication day, or None when unknown or unreadable."""
    if published is None:
        return None
    v = published.value
    try:
        y = int(v[:4])
        if published.precision == "year" or len(v) < 7:
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        m = int(v[5:7])
        if published.precision == "month" or len(v) < 10:
            return dt.date(y, m, 1), dt.date(y, m, _cal.monthrange(y, m)[1])
        d = dt.date(y, m, int(v[8:10]))
        return d, d
    except ValueError:
        return None


def _bounds_attrs(value: str) -> dict[str, Any]:
    b = bounds(value)
    if b is None:
        return {}
    return {"earliest": b[0].isoformat(), "latest": b[1].isoformat()}


def resolve(
    interp: Interp,
    ref: tuple[dt.date, dt.date] | None,
    future: bool,
    anchor: dict[str, Any] | None,
) -> dict[str, Any]:
    """The attrs of one expression: value, earliest/latest, anchor (DATE/TIME)."""
    attrs: dict[str, Any] = {}
    dated = interp.label in ("DATE", "TIME")
    if interp.value is not None:
        attrs["value"] = interp.value
        if dated:
            attrs.update(_bounds_attrs(interp.value))
            attrs["anchor"] = None
    elif interp.resolve is None or ref is None:
        attrs["value"] = interp.underspec or "XXXX-XX-XX"
        attrs["anchor"] = None
        if interp.relative:
            attrs["relative"] = interp.relative
        attrs["note"] = "publication date unknown: value left relative"
    else:
        first = interp.resolve(ref[0], future)
        last = first if ref[0] == ref[1] else interp.resolve(ref[1], future)
        if first == last:
            attrs["value"] = first
            attrs.update(_bounds_attrs(first))
        else:
            attrs["value"] = interp.underspec or "XXXX-XX-XX"
            lo, hi = bounds(first), bounds(last)
            if lo and hi:
                attrs["earliest"] = lo[0].isoformat()
                attrs["latest"] = hi[1].isoformat()
        attrs["anchor"] = anchor
        if interp.relative:
            attrs["relative"] = interp.relative
    if interp.mod:
        attrs["mod"] = interp.mod
    if interp.part:
        attrs["part"] = interp.part
    return attrs
