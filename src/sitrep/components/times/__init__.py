"""``times.v1``: every date and time expression, normalised against the publication date.

Adds the ``times`` layer: TIMEX3-style annotations labelled ``DATE``,
``TIME``, ``DURATION`` or ``SET`` whose ``attrs`` hold ``value`` (TimeML /
ISO 8601, underspecified where the text is: ``XXXX-WXX-6``, ``2022-SU``,
``PAST_REF``) and, for dates and times, ``earliest``/``latest`` (ISO days)
and the ``anchor`` used (the publication date with its precision, or an
earlier date of the text for "two days later"). With no publication date,
relative values stay relative and say so (``note``, ``relative``).

Modules: :mod:`.lexicon` (language data), :mod:`.grammar` (recognition),
:mod:`.literals` (the strings a rule cannot match without, a cheap test before its scan),
:mod:`.normalize` (values), :mod:`.anchor` (publication-date precision),
:mod:`.calendar` (calendar arithmetic).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ...article import Annotation, Article
from ...pipeline import Component, register
from .anchor import reference_days, resolve
from .grammar import Match, find, select
from .lexicon import LANGUAGES, Lexicon, alternation, load, norm
from .normalize import Interp, interpret

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass
class TimeExpr:
    start: int
    end: int
    label: str
    attrs: dict[str, Any]
    confidence: float
    rule: str


@lru_cache(maxsize=None)
def _modifier_regex(lang: str) -> re.Pattern:
    lex = load(lang)
    mods = list(lex.modifier) + lex.words("approx")
    return re.compile(r"(?:^|(?<=[\s(\"'«“]))(?P<m>" + alternation(mods) + r")(?:\s+|-)?$", re.IGNORECASE)


def _extend_modifier(text: str, start: int, lex: Lexicon) -> tuple[int, str | None]:
    head = text[max(0, start - 40) : start]
    m = _modifier_regex(lex.lang).search(head)
    if not m:
        return start, None
    form = norm(m.group("m")).rstrip("-")
    mod = lex.modifier.get(norm(m.group("m"))) or lex.modifier.get(form)
    if mod is None:
        mod = "APPROX"
    return start - (len(head) - m.start("m")), mod


_CLOCK_RULES = {"time_ampm", "time_clock", "time_h", "oclock", "time_word"}
_DAY_RULES = {"weekday", "deictic", "dmy", "mdy", "iso", "numdate", "holiday"}
_GAP = re.compile(r"^\s*,?\s*(?:on|at|à|le|в|во|о|об|,)?\s*$", re.IGNORECASE)


def _merge_clock(text: str, items: list[tuple[Match, Interp]], lex: Lexicon) -> list[tuple[Match, Interp]]:
    """"9 a.m. Tuesday", "Monday at 3 p.m.": one TIME on the day of the date
    (languages whose ``merge_clock_date`` is set; others keep two expressions)."""
    if not lex.data.get("merge_clock_date"):
        return items
    out: list[tuple[Match, Interp]] = []
    for m, it in items:
        if out:
            pm, pit = out[-1]
            pair = None
            if pm.rule in _CLOCK_RULES and m.rule in _DAY_RULES:
                pair = (pit, it)
            elif pm.rule in _DAY_RULES and m.rule in _CLOCK_RULES:
                pair = (it, pit)
            if pair and _GAP.match(text[pm.end : m.start]) and pair[1].label == "DATE":
                merged = _clock_on_day(*pair)
                if merged is not None:
                    span = Match(pm.start, m.end, pm.rule, {}, {}, pm.priority)
                    out[-1] = (span, merged)
                    continue
        out.append((m, it))
    return out


def _clock_on_day(clock: Interp, day: Interp) -> Interp | None:
    hhmm = (clock.underspec or "").partition("T")[2]
    if not hhmm or day.text_anchored:
        return None
    if day.value is not None:
        if not _DAY.match(day.value):
            return None
        return Interp("TIME", value=f"{day.value[:10]}T{hhmm}", confidence=0.85)
    if day.resolve is None:
        return None
    resolve_day = day.resolve

    def run(ref, future):
        return f"{resolve_day(ref, future)[:10]}T{hhmm}"

    return Interp("TIME", resolve=run, underspec=f"{(day.underspec or 'XXXX-XX-XX')}T{hhmm}", confidence=0.85)


def recognise(text: str, lang: str) -> list[tuple[Match, Interp]]:
    """Accepted, non-overlapping matches with their interpretation, in text order."""
    lex = load(lang)
    accepted: dict[int, Interp] = {}
    cands = []
    for m in find(text, lang):
        interp = interpret(m, lex, text)
        if interp is not None:
            accepted[id(m)] = interp
            cands.append(m)
    return _merge_clock(text, [(m, accepted[id(m)]) for m in select(cands)], lex)


def extract(
    text: str,
    lang: str,
    published=None,
    sentences: list[tuple[int, int]] | None = None,
) -> list[TimeExpr]:
    """Time expressions of ``text`` in ``lang``, anchored on ``published``."""
    if lang not in LANGUAGES:
        return []
    lex = load(lang)
    ref = reference_days(published)
    pub_anchor = (
        {"source": "published", "value": published.value, "precision": published.precision}
        if ref is not None
        else None
    )
    starts = [s for s, _ in sentences] if sentences else []
    out: list[TimeExpr] = []
    last_day: tuple[int, int, str] | None = None
    for m, interp in recognise(text, lang):
        start = m.start
        if interp.label in ("DATE", "TIME", "DURATION"):
            start, mod = _extend_modifier(text, m.start, lex)
            if mod and interp.value not in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
                interp.mod = mod
            elif mod:
                start = m.start
        if out and start < out[-1].end:
            start = m.start
        future = _is_future(text, m.start, m.end, starts, sentences, lex)
        anchor, ref_days = pub_anchor, ref
        if interp.text_anchored and last_day is not None:
            import datetime as dt

            day = dt.date.fromisoformat(last_day[2][:10])
            ref_days = (day, day)
            anchor = {"source": "text", "start": last_day[0], "end": last_day[1], "value": last_day[2][:10]}
        attrs = resolve(interp, ref_days, future, anchor)
        if interp.label not in ("DATE", "TIME"):
            attrs.pop("anchor", None)
        out.append(TimeExpr(start, m.end, interp.label, attrs, interp.confidence, m.rule))
        if interp.label in ("DATE", "TIME") and _DAY.match(attrs.get("value", "")) and not interp.text_anchored:
            last_day = (start, m.end, attrs["value"])
    return out


_CLAUSE_CUT = re.compile(r"[,;:]")


def _is_future(text, start, end, starts, sentences, lex: Lexicon) -> bool:
    if lex.future is None:
        return False
    if sentences:
        i = bisect_right(starts, start) - 1
        s, e = sentences[i] if i >= 0 else (0, len(text))
    else:
        s, e = max(0, start - 150), min(len(text), end + 150)
    # the clause around the expression: back to the last comma or semicolon of its
    # sentence, and on to the next one
    left = text[max(s, start - 120) : start]
    cut = max(left.rfind(","), left.rfind(";"), left.rfind(":"))
    if cut >= 0 and left[cut + 1 :].strip():
        left = left[cut + 1 :]
    right = _CLAUSE_CUT.split(text[end : min(e, end + 15)], maxsplit=1)[0]
    window = left + " " + right
    return bool(lex.future.search(window))


@register
class Times(Component):
    name = "times.v1"
    requires = ("sentences", "language")
    assigns = ("times",)

    def predict(self, article: Article) -> list[TimeExpr]:
        lang = article.language if article.language in LANGUAGES else "en"
        sentences = [(a.start, a.end) for a in article.layers.get("sentences", [])]
        return extract(article.text, lang, article.published, sentences or None)

    def set_annotations(self, article: Article, result: list[TimeExpr]) -> None:
        unanchored = sum(1 for t in result if "note" in t.attrs)
        if unanchored:
            article.warnings.append(
                f"times.v1: publication date unknown: {unanchored} relative time expression(s) left unanchored"
            )
        article.add(
            "times",
            [
                Annotation(t.start, t.end, t.label, self.name, round(t.confidence, 3), t.attrs)
                for t in result
            ],
        )
