"""From a grammar match to a TIMEX3 type and value (or a rule to compute it).

:func:`interpret` returns an :class:`Interp`: either a fixed ``value``
(explicit dates, durations, sets, ``PAST_REF``...) or a ``resolve`` function
that computes the value from a reference day and the tense of the sentence.
Anchoring (which reference days) is :mod:`.anchor`'s job. ``None`` means the
match is rejected (a context check failed).
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from .calendar import at_granularity, bounds, shift
from .grammar import Match
from .lexicon import Lexicon, norm

Resolver = Callable[[dt.date, bool], str]

TIME_UNITS = {"H": "H", "MI": "M", "S": "S"}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_DEICTIC = re.compile(r"^(?P<k>[DAYWMQ]|WE)(?P<n>[+-]\d+)(?P<t>T\w+)?$")


@dataclass
class Interp:
    label: str
    value: str | None = None
    resolve: Resolver | None = None
    underspec: str | None = None
    relative: str | None = None
    text_anchored: bool = False
    mod: str | None = None
    explicit_day: bool = False
    confidence: float = 0.9
    part: str | None = None  # part of day (MO, AF, EV, NI) of a DATE


# -- small parsers ----------------------------------------------------------


def roman(s: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total += -v if v < prev else v
        prev = max(prev, v)
    return total


def quantity(text: str, lex: Lexicon) -> float | str | None:
    """A number from digits or number words; ``"X"`` for vague ones ("several")."""
    t = norm(text)
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return float(t.replace(",", "."))
    if lex.in_list("one_words", t):
        return 1.0
    if t in lex.number:
        return lex.number[t]
    if lex.in_list("vague_numbers", t):
        return "X"
    words = re.split(r"\s*-\s*|\s+(?:and|et)\s+|\s+", t)
    total, current = 0.0, 0.0
    for w in words:
        if w not in lex.number:
            return None
        v = lex.number[w]
        if v == 100 and current:
            current *= 100
        else:
            current += v
    total += current
    return total or None


#: duration units TimeBank writes in other units: a decade is P10Y, a quarter P3M
_SCALED = {"DE": (10, "Y"), "CE": (100, "Y"), "Q": (3, "M")}


def duration_value(q: float | str, unit: str) -> str:
    if unit == "WE":
        unit = "W"  # a weekend is part of a week; TIMEX3 has no weekend duration
    if unit in _SCALED:
        factor, unit = _SCALED[unit]
        if q != "X":
            q = float(q) * factor
    if q == "X":
        return f"PTX{TIME_UNITS[unit]}" if unit in TIME_UNITS else f"PX{unit}"
    n = float(q)
    if n != int(n):  # half units: "a year and a half", "полтора года"
        if unit == "Y":
            return f"P{int(n * 12)}M"
        if unit == "D":
            return f"PT{int(n * 24)}H"
        if unit == "H":
            return f"PT{int(n * 60)}M"
        return f"P{n:g}{unit}"
    n_i = int(n)
    if unit in TIME_UNITS:
        return f"PT{n_i}{TIME_UNITS[unit]}"
    return f"P{n_i}{unit}"


_LAST_WORD = re.compile(r"(\w+['’ʼ]|[\w.\-–—]+)\s*$")


def prev_word(text: str, start: int) -> str:
    """The word before ``start`` (an elided article like ``d'`` counts as a word)."""
    head = text[max(0, start - 40) : start]
    m = _LAST_WORD.search(head)
    return norm(m.group(1)) if m else ""


def _direction(word: str | None, lex: Lexicon) -> int:
    """-1 for last/past, +1 for next, 0 for this; None words count as 0."""
    if not word:
        return 0
    w = norm(word)
    if lex.in_list("last", w) or lex.in_list("last_post", w):
        return -1
    if lex.in_list("next", w) or lex.in_list("next_post", w):
        return 1
    return 0


def _relative_text(n: int, unit: str) -> str:
    unit_s = f"T{abs(n)}{TIME_UNITS[unit]}" if unit in TIME_UNITS else f"{abs(n)}{unit}"
    return ("-" if n < 0 else "+") + "P" + unit_s


def _year_of(y: str) -> int:
    return int(y) if len(y) == 4 else (1900 + int(y) if int(y) >= 50 else 2000 + int(y))


# -- resolvers ----------------------------------------------------------------


def _month_day_resolver(month: int, day: int | None, rel: int = 0) -> Resolver:
    """A month (and day) without a year: the reference year, unless the
    sentence's tense points more than two months away from it (``rel``
    -1/+1 forces last/next)."""

    def run(ref: dt.date, future: bool) -> str:
        y = ref.year
        first = dt.date(y, month, day or 1)
        last = first if day else dt.date(y, month, _cal.monthrange(y, month)[1])
        if rel < 0:
            if last >= ref:
                y -= 1
        elif rel > 0:
            if first <= ref:
                y += 1
        elif not future and (first - ref).days > 60:
            y -= 1
        elif future and (ref - last).days > 60:
            y += 1
        return f"{y:04d}-{month:02d}" + (f"-{day:02d}" if day else "")

    return run


def _weekday_resolver(wd: int, rel: int, part: str | None) -> Resolver:
    def run(ref: dt.date, future: bool) -> str:
        delta = wd - ref.isoweekday()
        if rel < 0:
            day = ref + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
        elif rel > 0:
            day = ref + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
        elif future:
            day = ref + dt.timedelta(days=delta % 7)
        else:
            day = ref - dt.timedelta(days=(-delta) % 7)
        return day.isoformat() + (f"T{part}" if part else "")

    return run


def _season_resolver(season: str, rel: int) -> Resolver:
    """The season nearest the reference: the last begun one in the past
    tense, the current or next one in the future; ``rel`` forces last/next."""

    def run(ref: dt.date, future: bool) -> str:
        spans = []
        for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1):
            b = bounds(f"{y:04d}-{season}")
            if b:
                spans.append((y, b))
        if rel < 0:
            cands = [y for y, (s, e) in spans if e < ref]
            y = cands[-1] if cands else ref.year - 1
        elif rel > 0:
            cands = [y for y, (s, e) in spans if s > ref]
            y = cands[0] if cands else ref.year + 1
        elif future:
            cands = [y for y, (s, e) in spans if e >= ref]
            y = cands[0] if cands else ref.year
        else:
            cands = [y for y, (s, e) in spans if s <= ref]
            y = cands[-1] if cands else ref.year
        return f"{y:04d}-{season}"

    return run


def _offset_resolver(unit: str, n: int, part: str | None = None) -> Resolver:
    def run(ref: dt.date, future: bool) -> str:
        if unit in TIME_UNITS:
            return ref.isoformat()
        return at_granularity(shift(ref, unit, n), unit) + (f"T{part}" if part else "")

    return run


def _last_weekend(ref: dt.date, future: bool) -> str:
    """"the weekend": said on a weekday in the past tense, the one just past."""
    if ref.isoweekday() < 6 and not future:
        ref = ref - dt.timedelta(weeks=1)
    return at_granularity(ref, "WE")


def _fixed_day(day: dt.date | None) -> Interp | None:
    if day is None:
        return None
    return Interp("DATE", value=day.isoformat(), explicit_day=True, confidence=0.95)


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# -- rules --------------------------------------------------------------------


def _context_ok(lex: Lexicon, text: str, start: int, extra: tuple[str, ...] = ()) -> bool:
    pw = prev_word(text, start)
    return bool(pw) and (
        lex.in_list("year_context_before", pw)
        or lex.in_list("last", pw)
        or lex.in_list("next", pw)
        or lex.in_list("this", pw)
        or pw in extra
        or norm(pw) in lex.modifier
    )


def _capital_ok(lex: Lexicon, text: str, pos: int) -> bool:
    return not lex.data.get("capitalized") or text[pos : pos + 1].isupper()


def _day_of(g: dict, lex: Lexicon) -> int | None:
    d = norm(g["d"])
    if d in lex.ordinal:
        return lex.ordinal[d] if lex.ordinal[d] > 0 else None
    m = re.match(r"\d+", d)
    return int(m.group()) if m else None


def interpret(m: Match, lex: Lexicon, text: str) -> Interp | None:
    g = m.groups
    fn = _RULES.get(m.rule)
    return fn(m, g, lex, text) if fn else None


def _iso(m, g, lex, text):
    day = _date(int(g["y"]), int(g["m"]), int(g["d"]))
    if day is None:
        return None
    if g.get("H"):
        return Interp("TIME", value=f"{day.isoformat()}T{g['H']}:{g['M']}", confidence=0.95)
    return _fixed_day(day)


def _numdate(m, g, lex, text):
    a, b, y = int(g["a"]), int(g["b"]), _year_of(g["y"])
    mdy = (lex.data.get("date_order") or "DMY") == "MDY"
    month, day = (a, b) if mdy else (b, a)
    if month > 12 and day <= 12:
        month, day = day, month
    return _fixed_day(_date(y, month, day))


def _dmy(m, g, lex, text):
    month = lex.month[norm(g["mo"])]
    if not _capital_ok(lex, text, m.offsets["mo"][0]):
        return None
    day = _day_of(g, lex)
    if day is None or not 1 <= day <= 31:
        return None
    if g.get("y"):
        return _fixed_day(_date(int(g["y"]), month, day))
    if g.get("relp"):
        rel = _direction(g["relp"], lex)
        return Interp("DATE", resolve=_month_day_resolver(month, day, rel), underspec=f"XXXX-{month:02d}-{day:02d}", explicit_day=True)
    if g.get("wd"):
        return Interp("DATE", resolve=_month_day_resolver(month, day), underspec=f"XXXX-{month:02d}-{day:02d}")
    return Interp("DATE", resolve=_month_day_resolver(month, day), underspec=f"XXXX-{month:02d}-{day:02d}", explicit_day=True)


def _my(m, g, lex, text):
    if not _capital_ok(lex, text, m.offsets["mo"][0]):
        return None
    return Interp("DATE", value=f"{int(g['y']):04d}-{lex.month[norm(g['mo'])]:02d}", confidence=0.95)


def _month(m, g, lex, text):
    form = norm(g["mo"])
    month = lex.month[form]
    if not _capital_ok(lex, text, m.offsets["mo"][0]):
        return None
    rel = _direction(g.get("rel") or g.get("relp"), lex)
    if g.get("rel") and lex.in_list("this", g["rel"]):

        def same_year(ref: dt.date, future: bool) -> str:
            return f"{ref.year:04d}-{month:02d}"

        return Interp("DATE", resolve=same_year, underspec=f"XXXX-{month:02d}")
    if not (g.get("rel") or g.get("relp")):
        if form.endswith(".") or lex.in_list("ambiguous_months", form) or len(form) < 3:
            if not _context_ok(lex, text, m.start):
                return None
    return Interp("DATE", resolve=_month_day_resolver(month, None, rel), underspec=f"XXXX-{month:02d}")


def _decade(m, g, lex, text):
    digits = g["dec"].lstrip("'’")
    if len(digits) == 2:
        if lex.lang == "en" and not g["dec"][0] in "'’" and not norm(prev_word(text, m.start)) == "the":
            return None
        decade = (19 if int(digits) >= 20 else 20) * 10 + int(digits) // 10
        return Interp("DATE", value=f"{decade:03d}", confidence=0.85)
    return Interp("DATE", value=digits[:3], confidence=0.9)


def _decade_pre(m, g, lex, text):
    return _decade(m, g, lex, text)


def _century(m, g, lex, text):
    c = norm(g["c"])
    if c.isdigit():
        n = int(c)
    elif c in lex.ordinal:
        n = lex.ordinal[c]
    else:
        n = roman(c) if re.fullmatch(r"[ivxlc]+", c) else None
    if not n or not 1 <= n <= 21:
        return None
    return Interp("DATE", value=f"{n - 1:02d}", confidence=0.9)


def _weekday(m, g, lex, text):
    form = norm(g["wd"])
    wd = lex.weekday[form]
    if not _capital_ok(lex, text, m.offsets["wd"][0]):
        return None
    relword = g.get("rel") or g.get("relp")
    if lex.in_list("ambiguous_weekdays", form) and not relword:
        if prev_word(text, m.start) not in {"в", "во", "у", "на", "до", "з", "с", "по", "от", "від"}:
            return None
    rel = _direction(relword, lex)
    part = lex.day_part.get(norm(g["dp"])) if g.get("dp") else None
    if part and lex.data.get("day_part_as_time"):
        return Interp("TIME", resolve=_weekday_resolver(wd, rel, part), underspec=f"XXXX-WXX-{wd}T{part}")
    return Interp("DATE", resolve=_weekday_resolver(wd, rel, None), underspec=f"XXXX-WXX-{wd}", part=part)


def _deictic(m, g, lex, text):
    spec = lex.deictic[norm(g["dx"])]
    part = lex.day_part.get(norm(g["dp"])) if g.get("dp") else None
    if spec.endswith("_REF"):
        if part:
            return None
        return Interp(lex.data.get("vague_label") or "DATE", value=spec, confidence=0.8)
    dm = _DEICTIC.match(spec)
    if not dm:
        return None
    kind, n = dm.group("k"), int(dm.group("n"))
    tpart = dm.group("t")[1:] if dm.group("t") else part
    unit = "D" if kind == "A" else kind
    if tpart and lex.data.get("day_part_as_time") and unit == "D":
        return Interp(
            "TIME",
            resolve=_offset_resolver(unit, n, tpart),
            underspec=f"XXXX-XX-XXT{tpart}",
            relative=_relative_text(n, unit),
            text_anchored=kind == "A",
        )
    under = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "Q": "XXXX-QX"}.get(unit, "XXXX-XX-XX")
    resolver = _offset_resolver(unit, n)
    if unit == "WE" and n == 0:
        resolver = _last_weekend

    return Interp(
        "DATE",
        part=tpart,
        resolve=resolver,
        underspec=under,
        relative=_relative_text(n, unit),
        text_anchored=kind == "A",
        confidence=0.9,
    )


def _set_word(m, g, lex, text):
    return Interp("SET", value=lex.set_word[norm(g["sw"])], confidence=0.85)


def _every(m, g, lex, text):
    if g.get("wd"):
        return Interp("SET", value=f"XXXX-WXX-{lex.weekday[norm(g['wd'])]}", confidence=0.85)
    if g.get("dp"):
        return Interp("SET", value=f"XXXX-XX-XXT{lex.day_part[norm(g['dp'])]}", confidence=0.8)
    q = quantity(g["q"], lex) if g.get("q") else 1.0
    if q is None:
        return None
    return Interp("SET", value=duration_value(q, lex.unit[norm(g["unit"])]), confidence=0.85)


def _offset(m, g, lex, text, sign: int, text_anchored: bool):
    unit = lex.unit[norm(g["unit"])]
    if g.get("q"):
        q = quantity(g["q"], lex)
    else:  # "год назад", "через неделю": one unit; "years ago": some
        q = "X" if _is_plural(g["unit"], lex) else 1.0
    if q is None:
        return None
    if q == "X":
        if text_anchored:
            return None
        return Interp("DATE", value="PAST_REF" if sign < 0 else "FUTURE_REF", confidence=0.8)
    n = int(round(float(q))) * sign
    if unit in TIME_UNITS:
        return Interp("DURATION", value=duration_value(q, unit), confidence=0.7)
    else:
        label, under = "DATE", {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(unit, "XXXX-XX-XX")
    return Interp(
        label,
        resolve=_offset_resolver(unit, n),
        underspec=under,
        relative=_relative_text(n, unit),
        text_anchored=text_anchored,
        confidence=0.85,
    )


def _ago(m, g, lex, text):
    return _offset(m, g, lex, text, -1, False)


def _in_future(m, g, lex, text):
    return _offset(m, g, lex, text, +1, False)


def _later(m, g, lex, text):
    w = norm(g["later"])
    sign = -1 if lex.in_list("earlier", w) and not lex.in_list("later", w) else 1
    return _offset(m, g, lex, text, sign, True)


def _dur_pre(m, g, lex, text):
    unit = lex.unit[norm(g["unit"])]
    pre = norm(g["pre"])
    if g.get("q"):
        q = quantity(g["q"], lex)
    elif g.get("rel") or lex.in_list("last", pre.split()[-1]) or lex.in_list("next", pre.split()[-1]) or lex.in_list("vague_numbers", pre):
        # "the past year" is one year; "ces derniers jours" some days
        q = "X" if norm(g["unit"]) in lex.plural_unit or _is_plural(g["unit"], lex) else 1.0
    elif not lex.in_list("determiners", pre) and pre not in {"les", "des", "ces", "the"}:
        q = "X" if _is_plural(g["unit"], lex) else 1.0
    else:
        return None
    if q is None:
        return None
    return Interp("DURATION", value=duration_value(q, unit), confidence=0.85)


def _is_plural(form: str, lex: Lexicon) -> bool:
    f = norm(form)
    if lex.in_list("invariable_units", f):  # "mois": singular as often as plural
        return False
    if f in lex.plural_unit:
        return True
    forms = [norm(x) for x in (lex.data.get("units") or {}).get(lex.unit[f], [])]
    return lex.lang in ("en", "fr") and f.endswith("s") and forms and f != forms[-1] and f != "mois"


def _rel_unit(m, g, lex, text):
    unit = lex.unit[norm(g["unit"])]
    relword = g.get("rel") or g.get("relp")
    rel = _direction(relword, lex)
    det = norm(g.get("det") or "")
    if det == "the" and norm(relword) in ("following", "previous", "preceding"):
        # "the following year": one unit after the last date of the text
        return Interp(
            "DATE",
            resolve=_offset_resolver(unit, rel),
            underspec={"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX"}.get(unit, "XXXX-XX-XX"),
            relative=_relative_text(rel, unit),
            text_anchored=True,
        )
    if det == "the" and rel != 0:
        # "the past year", "the next month": a duration in TimeML
        return Interp("DURATION", value=duration_value(1.0, unit), confidence=0.75)
    if unit in TIME_UNITS:
        return None  # "dernière minute", "the next hour": idioms more often than times
    if _is_plural(g["unit"], lex):
        return Interp("DURATION", value=duration_value("X", unit), confidence=0.7)
    under = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "Q": "XXXX-QX"}.get(unit, "XXXX-XX-XX")
    return Interp(
        "DATE",
        resolve=_offset_resolver(unit, rel),
        underspec=under,
        relative=_relative_text(rel, unit),
        confidence=0.85,
    )


def _unit_relp(m, g, lex, text):
    return _rel_unit(m, g, lex, text)


def _season(m, g, lex, text):
    form = norm(g["season"])
    season = lex.season[form]
    relword = g.get("rel") or g.get("relp")
    if g.get("y"):
        return Interp("DATE", value=f"{int(g['y']):04d}-{season}", confidence=0.9)
    if lex.in_list("ambiguous_seasons", form) and not relword:
        if not (lex.in_list("season_context", prev_word(text, m.start)) or _context_ok(lex, text, m.start)):
            return None
        if lex.data.get("season_context") and not lex.in_list("season_context", prev_word(text, m.start)):
            return None
    return Interp("DATE", resolve=_season_resolver(season, _direction(relword, lex)), underspec=f"XXXX-{season}")


def _quarter(m, g, lex, text):
    o = norm(g["ord"])
    n = lex.ordinal.get(o)
    if n is None:
        digits = re.match(r"\d", o)
        n = int(digits.group()) if digits else None
    half = lex.in_list("half_words", g["qw"])
    if not n or not 1 <= n <= (2 if half else 4):
        return None
    code = f"H{n}" if half else f"Q{n}"
    if g.get("y"):
        prefix = "FY" if g.get("fy") else ""
        return Interp("DATE", value=f"{prefix}{int(g['y']):04d}-{code}", confidence=0.9)

    def run(ref: dt.date, future: bool) -> str:
        return f"{ref.year:04d}-{code}"

    return Interp("DATE", resolve=run, underspec=f"XXXX-{code}", confidence=0.8)


def nth_weekday(year: int, month: int, n: int, wd: int) -> dt.date:
    """The ``n``-th ISO weekday ``wd`` of a month (``n`` = -1: the last)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, _cal.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)


def _holiday(m, g, lex, text):
    md = lex.holiday[norm(g["hol"])]
    nth = re.fullmatch(r"(\d\d)-W(-?\d)-(\d)", md)
    if nth:
        month, n, wd = int(nth.group(1)), int(nth.group(2)), int(nth.group(3))
        if g.get("y"):
            return _fixed_day(nth_weekday(int(g["y"]), month, n, wd))

        def run(ref: dt.date, future: bool) -> str:
            day = nth_weekday(ref.year, month, n, wd)
            if not future and (day - ref).days > 60:
                day = nth_weekday(ref.year - 1, month, n, wd)
            elif future and (ref - day).days > 60:
                day = nth_weekday(ref.year + 1, month, n, wd)
            return day.isoformat()

        return Interp("DATE", resolve=run, underspec=f"XXXX-{month:02d}-XX", confidence=0.8)
    month, day = int(md[:2]), int(md[3:])
    if g.get("y"):
        return _fixed_day(_date(int(g["y"]), month, day))
    return Interp("DATE", resolve=_month_day_resolver(month, day), underspec=f"XXXX-{md}", confidence=0.8)


def _clock(h: int, mi: int, g, lex) -> Interp | None:
    if not (0 <= h <= 24 and 0 <= mi <= 59):
        return None
    hhmm = f"{h:02d}:{mi:02d}"

    def run(ref: dt.date, future: bool) -> str:
        return f"{ref.isoformat()}T{hhmm}"

    return Interp("TIME", resolve=run, underspec=f"XXXX-XX-XXT{hhmm}", confidence=0.85, text_anchored=True)


def _time_ampm(m, g, lex, text):
    h = int(g["h"])
    mi = int(g.get("mi") or 0)
    if not 1 <= h <= 12:
        return None
    pm = lex.in_list("pm", g["ap"])
    h = (h % 12) + (12 if pm else 0)
    return _clock(h, mi, g, lex)


def _time_clock(m, g, lex, text):
    return _clock(int(g["h"]), int(g["mi"]), g, lex)


def _time_h(m, g, lex, text):
    if lex.lang != "fr":
        return None
    if norm(g["hw"]) != "h" and not lex.in_list("time_preps", prev_word(text, m.start)):
        return None
    return _clock(int(g["h"]), int(g.get("mi") or 0), g, lex)


def _oclock(m, g, lex, text):
    q = quantity(g["h"], lex)
    if not isinstance(q, float) or q != int(q):
        return None
    preps = lex.words("oclock_preps")
    if preps and prev_word(text, m.start) not in {norm(p) for p in preps}:
        return None
    return _clock(int(q), 0, g, lex)


def _time_word(m, g, lex, text):
    hhmm = lex.time_word[norm(g["tw"])]
    h, mi = map(int, hhmm.split(":"))
    return _clock(h, mi, g, lex)


def _duration(m, g, lex, text):
    unit = lex.unit[norm(g["unit"])]
    q = quantity(g["q"], lex)
    if q is None:
        return None
    if g["q"].isdigit() and len(g["q"]) == 4 and unit in ("Y",) and q > 1000:
        return None  # "2014 год" is a year, not a duration
    if lex.lang == "en" and re.match(r"(?:-|\s+)old\b", text[m.end : m.end + 5]):
        return None  # an age: "a 6-year-old boy"
    age = lex.data.get("age_context")
    if age and unit == "Y" and re.search(age, text[max(0, m.start - 30) : m.start], re.IGNORECASE):
        return None  # an age: "un chauffeur de 38 ans"
    if (
        lex.data.get("age_apposition")
        and unit == "Y"
        and re.search(r"\b[A-Z]\w+,\s*$", text[max(0, m.start - 30) : m.start])
        and re.match(r"\s*[,)]", text[m.end : m.end + 3])
    ):
        return None  # an age in apposition: "Théodore Monod, 97 ans, ..."
    if unit == "Q" and re.match(r"\s+of\b", text[m.end : m.end + 5]):
        return None  # a fraction: "three-quarters of its food"
    if lex.in_list("one_words", g["q"]) and re.search(r"\d", prev_word(text, m.start)):
        return None  # a rate: "four flights a week", "$1.76 a year"
    return Interp("DURATION", value=duration_value(q, unit), confidence=0.85)


def _plural_unit(m, g, lex, text):
    pw = prev_word(text, m.start)
    if not lex.in_list("plural_context", pw):
        return None
    return Interp("DURATION", value=duration_value("X", lex.plural_unit[norm(g["pu"])]), confidence=0.7)


def _year(m, g, lex, text):
    y = int(g["y"])
    if g.get("fy"):
        return Interp("DATE", value=f"FY{y:04d}", confidence=0.9)
    after = text[m.end : m.end + 20]
    if not (g.get("ysuf") or _context_ok(lex, text, m.start)) and re.match(r"\s+[a-zа-яіїєґ]", after):
        return None  # "2000 people": a count, not a year
    return Interp("DATE", value=f"{y:04d}", confidence=0.85 if g.get("ysuf") else 0.75)


_RULES = {
    "iso": _iso,
    "numdate": _numdate,
    "dmy": _dmy,
    "mdy": _dmy,
    "my": _my,
    "month": _month,
    "decade": _decade,
    "decade_pre": _decade_pre,
    "century": _century,
    "weekday": _weekday,
    "deictic": _deictic,
    "set_word": _set_word,
    "every": _every,
    "ago": _ago,
    "ago_pre": _ago,
    "in_future": _in_future,
    "later": _later,
    "later_pre": _later,
    "dur_pre": _dur_pre,
    "rel_unit": _rel_unit,
    "unit_relp": _unit_relp,
    "season": _season,
    "quarter": _quarter,
    "holiday": _holiday,
    "time_ampm": _time_ampm,
    "time_clock": _time_clock,
    "time_h": _time_h,
    "oclock": _oclock,
    "time_word": _time_word,
    "duration": _duration,
    "plural_unit": _plural_unit,
    "year": _year,
}
