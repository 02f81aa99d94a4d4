"""Calendar arithmetic on TIMEX3 values: shifting by units and bounding values.

A TIMEX3 date value is ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Www``,
``YYYY-Www-WE``, ``YYYY-Qn``, ``YYYY-Hn``, ``YYYY-SP|SU|FA|WI``, a decade
``YYY``, a century ``YY`` or ``FYYYYY``, optionally followed by ``T`` and a
time or part of day. :func:`bounds` gives the first and last day it covers.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re

#: astronomical seasons as (month, day) of start and end; winter runs into the next year
SEASONS = {
    "SP": ((3, 20), (6, 20)),
    "SU": ((6, 21), (9, 22)),
    "FA": ((9, 23), (12, 20)),
    "WI": ((12, 21), (3, 19)),
}

_VALUE = re.compile(
    r"^(?:FY)?(?P<y>\d{2,4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{2})(?:-(?P<wd>\d|WE))?"
    r"|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)


def add_months(day: dt.date, n: int) -> dt.date:
    m = day.month - 1 + n
    y = day.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(day.day, _cal.monthrange(y, m)[1]))


def iso_week(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def at_granularity(day: dt.date, unit: str) -> str:
    """The value of the ``unit``-sized period containing ``day``."""
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "W":
        return iso_week(day)
    if unit == "WE":
        return iso_week(day) + "-WE"
    if unit == "Q":
        return f"{day.year:04d}-Q{quarter(day)}"
    if unit == "H":  # half year
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    return day.isoformat()


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` units (calendar units; hours and less keep the day)."""
    if unit == "Y":
        return add_months(day, 12 * n)
    if unit == "M":
        return add_months(day, n)
    if unit in ("W", "WE"):
        return day + dt.timedelta(weeks=n)
    if unit == "Q":
        return add_months(day, 3 * n)
    if unit == "H":
        return add_months(day, 6 * n)
    if unit == "DE":
        return add_months(day, 120 * n)
    if unit == "CE":
        return add_months(day, 1200 * n)
    if unit == "D":
        return day + dt.timedelta(days=n)
    return day


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by a TIMEX3 date value, or None (``PAST_REF``, ``XXXX``...)."""
    m = _VALUE.match(value or "")
    if not m:
        return None
    digits = m.group("y")
    if len(digits) == 2:  # century: "19" is 1900-1999
        c = int(digits)
        return dt.date(max(1, c * 100), 1, 1), dt.date(c * 100 + 99, 12, 31)
    if len(digits) == 3:  # decade
        d = int(digits)
        return dt.date(max(1, d * 10), 1, 1), dt.date(d * 10 + 9, 12, 31)
    y = int(digits)
    if not 1 <= y <= 9998:
        return None
    if m.group("m"):
        mo = int(m.group("m"))
        if not 1 <= mo <= 12:
            return None
        if m.group("d"):
            day = _safe_date(y, mo, int(m.group("d")))
            return (day, day) if day else None
        return dt.date(y, mo, 1), dt.date(y, mo, _cal.monthrange(y, mo)[1])
    if m.group("w"):
        try:
            monday = dt.date.fromisocalendar(y, int(m.group("w")), 1)
        except ValueError:
            return None
        wd = m.group("wd")
        if wd == "WE":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        if wd:
            day = monday + dt.timedelta(days=int(wd) - 1)
            return day, day
        return monday, monday + dt.timedelta(days=6)
    if m.group("q"):
        q = int(m.group("q"))
        first = dt.date(y, 3 * q - 2, 1)
        return first, add_months(first, 3) - dt.timedelta(days=1)
    if m.group("h"):
        h = int(m.group("h"))
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    if m.group("s"):
        (m1, d1), (m2, d2) = SEASONS[m.group("s")]
        return dt.date(y, m1, d1), dt.date(y + (1 if m.group("s") == "WI" else 0), m2, d2)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)
