"""The recognition grammar: one set of patterns, filled per language from its lexicon.

Each :class:`Rule` is a regular expression over the raw text whose slots
(``{MONTH}``, ``{WEEKDAY}``, ``{UNIT}``...) are alternations of the language's
words (see :mod:`.lexicon`). Every rule is run over the text; overlapping
matches are resolved longest first, then by rule order.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ...intervals import Marks
from ...regex_guard import first_char_guard, guarded
from .lexicon import Lexicon, alternation, load
from .literals import lowered, required_literals


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern


@dataclass
class Match:
    start: int
    end: int
    rule: str
    groups: dict[str, str | None]
    offsets: dict[str, tuple[int, int]]
    priority: int


# (name, template); order breaks ties between matches of equal length.
TEMPLATES: tuple[tuple[str, str], ...] = (
    ("iso", r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2}))?"),
    ("numdate", r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d.]\d)"),
    (
        "dmy",
        r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<det>{DET})\s+)?(?P<d>{DAYNUM})(?:\s+of|\s+de)?\s+(?P<mo>{MONTH})"
        r"(?:,?\s+(?P<y>\d{4}){YSUF}|\s+(?P<relp>{RELP}))?",
    ),
    (
        "mdy",
        r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mo>{MONTH})\s+(?P<d>{DAYNUM})(?:,?\s+(?P<y>\d{4}){YSUF})?(?![\d%])",
    ),
    ("my", r"(?P<mo>{MONTH})(?:\s+of|\s+de)?,?\s+(?P<y>\d{4}){YSUF}"),
    ("month", r"(?:(?P<rel>{REL})\s+)?(?P<mo>{MONTH})(?:\s+(?P<relp>{RELP}))?"),
    ("decade", r"(?:(?P<pre>{DECPRE})\s+)?(?P<dec>\d{3}0|['’]?\d0)(?P<suf>{DECSUF})"),
    ("decade_pre", r"(?P<pre>{DECPRE})\s+(?P<dec>\d{3}0|\d0)"),
    ("century", r"(?:(?P<det>{DET})\s+)?(?P<c>\d{1,2}|[IVXLC]{1,5}|{ORD})(?:{ORDSUF})?\s+(?P<cw>{CENTURY})"),
    (
        "weekday",
        r"(?:(?P<rel>{REL})\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<relp>{RELP}))?(?:{DPLINK}(?P<dp>{DAYPART}))?",
    ),
    ("deictic", r"(?P<dx>{DEICTIC})(?:{DPLINK}(?P<dp>{DAYPART}))?"),
    ("set_word", r"(?P<sw>{SETWORDS})"),
    (
        "every",
        r"(?P<ev>{EVERY})\s+(?:(?P<q>{NUMW}|\d{1,3})\s+)?(?:(?P<unit>{UNIT})|(?P<wd>{WEEKDAY})|(?P<dp>{DAYPART}))",
    ),
    ("ago", r"(?:(?P<q>{QTY})[\s-]+)?(?P<unit>{UNIT})\s+(?P<ago>{AGO})"),
    ("ago_pre", r"(?P<ago>{AGOPRE})\s+(?P<q>{QTY})\s+(?P<unit>{UNIT})"),
    ("in_future", r"(?P<inf>{INFUT})\s+(?:(?P<q>{QTY})\s+)?(?P<unit>{UNIT})"),
    ("later", r"(?P<q>{QTY})\s+(?P<unit>{UNIT})\s+(?P<later>{LATER}|{EARLIER})"),
    ("later_pre", r"(?P<later>{LATERPRE})\s+(?P<q>{QTY})\s+(?P<unit>{UNIT})"),
    (
        "dur_pre",
        r"(?P<pre>{DURPRE})(?:\s+(?P<pre2>{DURPRE}))?\s+(?:(?P<q>{QTY})\s+)?(?:(?P<rel>{LAST}|{NEXT})\s+)?(?P<unit>{UNIT})",
    ),
    ("rel_unit", r"(?:(?P<det>{DET})\s+)?(?P<rel>{REL})\s+(?P<unit>{UNIT})"),
    ("unit_relp", r"(?:(?P<det>{DET})\s*)?(?P<unit>{UNIT})\s+(?P<relp>{RELP})"),
    (
        "season",
        r"(?:(?P<rel>{REL})\s+)?(?P<season>{SEASON})(?:\s+(?P<relp>{RELP}))?"
        r"(?:\s+(?:of\s+|de\s+|d['’]\s*)?(?P<y>\d{4}){YSUF})?",
    ),
    (
        "quarter",
        r"(?:(?P<det>{DET})\s+)?(?P<ord>{ORD}|\d(?:{ORDSUF}))[\s-]+(?P<qw>{QUARTER}|{HALF})"
        r"(?:\s+(?:of\s+|de\s+|d['’]\s*)?(?:(?P<fy>{FISCAL})\s+)?(?P<y>\d{4}){YSUF})?",
    ),
    ("holiday", r"(?P<hol>{HOLIDAYS})(?:\s+(?P<y>\d{4}))?"),
    ("time_ampm", r"(?P<h>\d{1,2})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>{AMPM})(?:\s+(?P<tz>{TZ}))?"),
    ("time_clock", r"(?P<h>[01]?\d|2[0-4]):(?P<mi>[0-5]\d)(?![:\d])(?:\s+(?P<tz>{TZ}))?"),
    ("time_h", r"(?P<h>[01]?\d|2[0-4])\s?(?P<hw>h|heures?)(?:\s?(?P<mi>[0-5]\d))?(?!\w)(?:\s+(?P<tz>{TZ}))?"),
    ("oclock", r"(?P<h>\d{1,2}|{NUMW})\s+(?P<oc>{OCLOCK})"),
    ("time_word", r"(?P<tw>{TIMEWORDS})"),
    ("duration", r"(?P<q>{QTY})[\s-]+(?P<unit>{UNIT})"),
    ("plural_unit", r"(?P<pu>{PLURALUNIT})"),
    ("year", r"(?<![\d.,$€£])(?:(?P<fy>{FISCAL})\s+)?(?P<y>1[5-9]\d\d|20\d\d)(?![.,]\d)(?P<ysuf>\s*{YSUFW})?"),
)


def _joiners(lex: Lexicon) -> str:
    parts = []
    for j in lex.data.get("number_joiners") or [" "]:
        j = str(j)
        if not j.strip():
            parts.append(r"\s+")
        elif j.strip() == "-":
            parts.append(r"\s*-\s*")
        else:
            word = re.escape(j.strip()).replace(r"\-", "-")
            parts.append((r"\s+" if j.startswith(" ") else "") + word + (r"\s+" if j.endswith(" ") else ""))
    return "(?:" + "|".join(parts) + ")"


def slots(lex: Lexicon) -> dict[str, str]:
    num_word = alternation(list(lex.number))
    numw = f"(?:{num_word}(?:{_joiners(lex)}{num_word})*)"
    digits = r"\d{1,4}(?:[.,]\d)?"
    ordsuf = alternation(lex.words("ordinal_suffix"))
    dec_suf = list(lex.words("decade_suffix"))
    decsuf = alternation(dec_suf) if dec_suf else "(?!x)x"
    if lex.lang == "en":
        decsuf = r"['’]?s"
    ysuf_words = lex.words("year_suffix")
    ysufw = f"(?:{alternation(ysuf_words)})(?!\\w)" if ysuf_words else "(?!x)x"
    ysuf = f"(?:\\s*{ysufw})?" if ysuf_words else ""
    last, nxt, this = lex.alt("last"), lex.alt("next"), lex.alt("this")
    dplinks = []
    for link in lex.data.get("day_part_link") or [" "]:
        link = str(link).strip()
        dplinks.append(r"\s+" + (alternation([link]) + r"\s+" if link else ""))
    qty = f"(?:{numw}|{digits}|{lex.alt('vague_numbers')}|{lex.alt('one_words')})"
    return {
        "MONTH": alternation(list(lex.month)),
        "WEEKDAY": alternation(list(lex.weekday)),
        "SEASON": alternation(list(lex.season)),
        "DAYPART": alternation(list(lex.day_part)),
        "DPLINK": "(?:" + "|".join(dplinks) + ")",
        "UNIT": alternation(list(lex.unit)),
        "PLURALUNIT": alternation(list(lex.plural_unit)),
        "DAYNUM": rf"(?:{alternation(list(lex.ordinal))}|(?:[12]\d|3[01]|0?[1-9])(?:{ordsuf})?)",
        "ORD": alternation(list(lex.ordinal)),
        "ORDSUF": ordsuf,
        "NUMW": numw,
        "QTY": qty,
        "LAST": last,
        "NEXT": nxt,
        "REL": f"(?:{last}|{nxt}|{this})",
        "RELP": f"(?:{lex.alt('last_post')}|{lex.alt('next_post')})",
        "AGO": lex.alt("ago"),
        "AGOPRE": lex.alt("ago_pre"),
        "INFUT": lex.alt("in_future"),
        "LATER": lex.alt("later"),
        "LATERPRE": lex.alt("later_pre"),
        "EARLIER": lex.alt("earlier"),
        "DURPRE": lex.alt("duration_pre"),
        "DET": lex.alt("determiners"),
        "DEICTIC": alternation(list(lex.deictic)),
        "SETWORDS": alternation(list(lex.set_word)),
        "EVERY": lex.alt("every"),
        "HOLIDAYS": alternation(list(lex.holiday)),
        "TIMEWORDS": alternation(list(lex.time_word)),
        "AMPM": f"(?:{lex.alt('am')}|{lex.alt('pm')})",
        "TZ": lex.alt("timezones"),
        "OCLOCK": lex.alt("oclock"),
        "QUARTER": lex.alt("quarter_words"),
        "HALF": lex.alt("half_words"),
        "FISCAL": lex.alt("fiscal"),
        "CENTURY": lex.alt("century_words"),
        "DECPRE": lex.alt("decade_prefix"),
        "DECSUF": decsuf,
        "YSUF": ysuf,
        "YSUFW": ysufw,
    }


_SLOT = re.compile(r"\{([A-Z]+)\}")


#: rule -> slots of which one must match inside every match of the rule (checked on the
#: template by :func:`_always`): a window where none of them is found is not scanned with the
#: rule itself. Chosen for rules whose start is costly to try (a quantity, a number) and whose
#: required words are rare (``ago``, ``later``, ``a.m.``).
REQUIRED_SLOTS = {
    "ago": ("AGO",), "later": ("LATER", "EARLIER"), "unit_relp": ("RELP",), "time_ampm": ("AMPM",),
    "oclock": ("OCLOCK",), "quarter": ("QUARTER", "HALF"), "century": ("CENTURY",),
}
_MARKER = "\ue000"


def _always(items, marker: int) -> bool:
    """Whether every match of the parsed sequence ``items`` contains the literal ``marker``."""
    from re import _constants as C

    for op, av in items:
        if op is C.LITERAL and av == marker:
            return True
        if op is C.BRANCH and all(_always(alt.data, marker) for alt in av[1]):
            return True
        if op is C.SUBPATTERN and _always(av[3].data, marker):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1 and _always(av[2].data, marker):
            return True
    return False


def slots_required(template: str, names: tuple[str, ...], table: dict[str, str]) -> bool:
    """Whether every match of ``template`` (slots filled from ``table``) holds a match of one
    of the slots ``names``: with those slots replaced by a marker character, every path
    through the pattern's parse tree passes the marker."""
    from re import _parser as P

    body = _SLOT.sub(lambda m: _MARKER if m.group(1) in names else table[m.group(1)], template)
    return _always(P.parse(body, re.IGNORECASE).data, ord(_MARKER))


#: a first-character guard admitting at least this many letters is tested after ``(?<!\w)``
BROAD_GUARD = 8


def _compiled(pattern: str) -> re.Pattern:
    r"""A rule's expression (it starts with ``(?<!\w)``) with its first-character guard
    (:mod:`sitrep.regex_guard`), which rejects most positions at once. A guard of a few
    characters (digits, two or three letters) goes first; a broad one (``[eilnrtyac]``) lets
    most positions through, so it goes after ``(?<!\w)``, which fails inside every word: two
    zero-width tests at the same position, in either order the same matches, about 10 %
    cheaper for the broad rules."""
    guard = first_char_guard(pattern, re.IGNORECASE)
    if guard is None:
        return re.compile(pattern, re.IGNORECASE)
    letters = sum(c.isalpha() for c in re.sub(r"\\.", "", guard[4:-2]))
    if letters >= BROAD_GUARD:
        return re.compile(pattern[:7] + guard + pattern[7:], re.IGNORECASE)
    return re.compile(guard + pattern, re.IGNORECASE)


@lru_cache(maxsize=None)
def rules(lang: str) -> tuple[Rule, ...]:
    lex = load(lang)
    table = slots(lex)
    out = []
    for name, template in TEMPLATES:
        body = _SLOT.sub(lambda m: table[m.group(1)], template)
        out.append(Rule(name, _compiled(r"(?<!\w)(?<!\d-)(?:" + body + r")(?![\w])")))
    return tuple(out)


@lru_cache(maxsize=None)
def required(lang: str) -> dict[str, re.Pattern]:
    """rule -> the alternation of its :data:`REQUIRED_SLOTS`, compiled as in the rule (a
    window in which it finds nothing holds no match of the rule: the same matches, for a
    much cheaper scan than the rule's own)."""
    table = slots(load(lang))
    templates = dict(TEMPLATES)
    out = {}
    for name, names in REQUIRED_SLOTS.items():
        if not slots_required(templates[name], names, table):  # a template changed: no shortcut
            continue
        out[name] = guarded("(?:" + "|".join(table[s] for s in names) + ")", re.IGNORECASE)
    return out


#: required-literal sets (:mod:`.literals`) worth a test: at most this many strings, none shorter than two
LITERALS_MAX = 12


@lru_cache(maxsize=None)
def literals(lang: str) -> dict[str, frozenset[str]]:
    """rule -> lower-cased strings one of which every match of the rule contains
    (:func:`.literals.required_literals`; rules whose set is too large or too short are left
    out). :func:`find` scans a window with the rule only if one of them is in it."""
    words_of: dict[str, list[str]] = {}
    for word, classes in triggers(lang).items():
        for c in classes:
            words_of.setdefault(c, []).append(word)
    out = {}
    for rule in rules(lang):
        found = required_literals(rule.regex.pattern, rule.regex.flags, _STOP)
        if not found or len(found) > LITERALS_MAX or min(map(len, found)) < 2 or found & _STOP:
            continue
        # every window of the rule holds one of its trigger words: when each of those holds
        # one of the strings, every window would pass the test, which then only costs
        words = words_of.get(RULE_TRIGGERS[rule.name], ())
        if RULE_TRIGGERS[rule.name] == "DIGIT" or not all(any(x in w for x in found) for w in words):
            out[rule.name] = found
    return out


#: words too common to open a window on their own (every rule also needs another word)
_STOP = frozenset({"the", "a", "of", "and", "this", "that", "les", "des", "la", "le", "ce", "et", "de", "du"})
#: lexicon entry -> the trigger class its words give
_TRIGGER_KEYS = {
    "months": "MONTH", "weekdays": "WEEKDAY", "seasons": "SEASON", "deictic": "DEICTIC",
    "set_words": "SET", "every": "EVERY", "units": "UNIT", "plural_units": "PLURALUNIT",
    "century_words": "CENTURY", "quarter_words": "QUARTER", "half_words": "QUARTER",
    "holidays": "HOLIDAY", "time_words": "TIMEWORD", "oclock": "OCLOCK", "decade_prefix": "DECPRE",
}
#: rule -> the trigger classes one of which must be in its window
RULE_TRIGGERS = {
    "iso": "DIGIT", "numdate": "DIGIT", "year": "DIGIT", "decade": "DIGIT", "time_clock": "DIGIT",
    "time_h": "DIGIT", "time_ampm": "DIGIT", "dmy": "MONTH", "mdy": "MONTH", "my": "MONTH",
    "month": "MONTH", "decade_pre": "DECPRE", "century": "CENTURY", "weekday": "WEEKDAY",
    "deictic": "DEICTIC", "set_word": "SET", "every": "EVERY", "ago": "UNIT", "ago_pre": "UNIT",
    "in_future": "UNIT", "later": "UNIT", "later_pre": "UNIT", "dur_pre": "UNIT", "rel_unit": "UNIT",
    "unit_relp": "UNIT", "duration": "UNIT", "season": "SEASON", "quarter": "QUARTER",
    "holiday": "HOLIDAY", "oclock": "OCLOCK", "time_word": "TIMEWORD", "plural_unit": "PLURALUNIT",
}
_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_DIGIT = frozenset({"DIGIT"})
MARGIN = 50


def _forms(value) -> list[str]:
    if isinstance(value, dict):
        out = [str(f) for v in value.values() if isinstance(v, list) for f in v]
        return out + [str(k) for k, v in value.items() if not isinstance(v, list)]
    return [str(v) for v in value or []]


@lru_cache(maxsize=None)
def triggers(lang: str) -> dict[str, frozenset[str]]:
    """word -> trigger classes (see :data:`RULE_TRIGGERS`)."""
    lex = load(lang)
    table: dict[str, set[str]] = {}
    for key, cls in _TRIGGER_KEYS.items():
        for form in _forms(lex.data.get(key)):
            for w in _WORD.findall(form.lower()):
                if len(w) > 1 and w not in _STOP:
                    table.setdefault(w, set()).add(cls)
    return {w: frozenset(c) for w, c in table.items()}


def windows(text: str, lang: str) -> list[tuple[int, int, set[str]]]:
    """Stretches of ``text`` around words that can belong to a time expression,
    with the trigger classes found there.

    Rules run only there, and only those whose trigger class is present: most
    of a news text holds no time expression, and one pass of word lookups is
    much cheaper than every rule over every character.
    """
    return _windows(text, lang)[0]


def _windows(text: str, lang: str) -> tuple[list[tuple[int, int, set[str]]], list[int]]:
    """:func:`windows`, and the start of every word holding a digit whose first character
    is a decimal digit (``re``'s ``\\d``), in text order: where :func:`digit_rules` can match.

    The words (``\\w+`` runs) come from ``findall``, with no match objects; a word that has
    classes (a few) is then found in the text from the end of the one before: its first
    occurrence there that no word character touches on either side is that word (a whole
    word in between equal to it would have the same classes, so would have come first)."""
    seen = _seen_words(lang)
    if len(seen) > SEEN_SIZE:  # bounded: starts afresh
        seen.clear()
    get = seen.get
    find = text.find
    word_char = _WORD_CHAR.match
    size = len(text)
    out: list[list] = []
    starts: list[int] = []
    pos = 0
    for w in _WORD.findall(text):
        classes = get(w)
        if classes is None:
            classes = seen[w] = _classes(w, lang)
        if not classes:
            continue
        start = find(w, pos)
        end = start + len(w)
        while (start and word_char(text, start - 1)) or word_char(text, end):
            start = find(w, start + 1)
            end = start + len(w)
        pos = end
        if classes is _DIGIT and w[0].isdecimal():
            starts.append(start)
        s, e = max(0, start - MARGIN), min(size, end + MARGIN)
        if out and s <= out[-1][1]:
            out[-1][1] = e
            out[-1][2].update(classes)
        else:
            out.append([s, e, set(classes)])
    return [(s, e, c) for s, e, c in out], starts


#: words whose trigger classes :func:`_windows` remembers per language before starting afresh
SEEN_SIZE = 10_000


@lru_cache(maxsize=None)
def _seen_words(lang: str) -> dict[str, frozenset[str] | tuple]:
    return {}


def _classes(w: str, lang: str) -> frozenset[str] | tuple:
    """The trigger classes of the word ``w`` (a ``\\w+`` run): a word of letters by its lower
    case, any other word holding a digit :data:`_DIGIT`; ``()`` for none."""
    if w.isalpha():
        return triggers(lang).get(w.lower()) or ()
    return _DIGIT if any(c.isdigit() for c in w) else ()


def _decimal_first(pattern: re.Pattern) -> bool:
    """Whether every match of ``pattern`` starts with a decimal digit (``\\d``), read off its
    parse tree (zero-width assertions skipped; ``False`` when that cannot be shown)."""
    from re import _constants as C
    from re import _parser as P

    from ...regex_guard import edge_chars

    firsts, nullable = edge_chars(P.parse(pattern.pattern, pattern.flags).data)
    if not firsts or nullable:
        return False
    for kind, value in firsts:
        if kind == "cat":
            ok = value is C.CATEGORY_DIGIT
        elif kind == "lit":
            ok = chr(value).isdecimal()
        else:
            ok = all(chr(c).isdecimal() for c in range(value[0], value[1] + 1))
        if not ok:
            return False
    return True


@lru_cache(maxsize=None)
def digit_rules(lang: str) -> frozenset[str]:
    """Rules every match of which starts with a decimal digit (``iso``, ``numdate``, the
    clock times). Since each rule also needs ``(?<!\\w)`` before its match, a match can only
    start where a word holding a digit starts with one: :func:`find` tries such a rule with
    ``match`` at those words alone instead of scanning its windows (the same matches as
    ``finditer`` over the window: the leftmost match from each position on, never overlapping)."""
    return frozenset(r.name for r in rules(lang) if RULE_TRIGGERS[r.name] == "DIGIT" and _decimal_first(r.regex))


def _matches_at(regex: re.Pattern, text: str, spans, starts: list[int]):
    """``regex.finditer(text, s, e)`` over each span, when a match can only start at one
    of ``starts`` (sorted): each start inside the span is tried with ``match`` in turn."""
    match = regex.match
    for s, e in spans:
        i = bisect_left(starts, s)
        pos = s
        n = len(starts)
        while i < n:
            x = starts[i]
            i += 1
            if x >= e:
                break
            if x < pos:
                continue
            m = match(text, x, e)
            if m is not None:
                yield m
                pos = m.end()


def find(text: str, lang: str) -> list[Match]:
    """Every rule's matches in ``text`` (overlapping; see :func:`select`)."""
    found: list[Match] = []
    by_class: dict[str, list[tuple[int, int]]] = {}
    spans_found, starts = _windows(text, lang)
    for s, e, classes in spans_found:
        for c in classes:
            by_class.setdefault(c, []).append((s, e))
    needs = required(lang)
    at_digits = digit_rules(lang)
    musts = literals(lang)
    low: str | None | bool = False  # the text lower-cased (None: not plain), made when first needed
    for priority, rule in enumerate(rules(lang)):
        spans = by_class.get(RULE_TRIGGERS[rule.name])
        if not spans:
            continue
        must = musts.get(rule.name)
        if must is not None:
            if low is False:
                low = lowered(text)
            if low is not None:
                spans = _with_literal(low, spans, must)
                if not spans:
                    continue
        need = needs.get(rule.name)
        if need is not None:
            spans = [(s, e) for s, e in spans if need.search(text, s, e)]
        if rule.name in at_digits:
            found_here = _matches_at(rule.regex, text, spans, starts)
        else:
            found_here = (m for s, e in spans for m in rule.regex.finditer(text, s, e))
        for m in found_here:
            if m.end() == m.start():
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            offsets = {k: m.span(k) for k in groups}
            found.append(Match(m.start(), m.end(), rule.name, groups, offsets, priority))
    return found


def _with_literal(low: str, spans: list[tuple[int, int]], strings: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of ``low`` that hold one of ``strings``."""
    find = low.find
    if len(strings) == 1:
        (one,) = strings
        return [(s, e) for s, e in spans if find(one, s, e) >= 0]
    out = []
    for s, e in spans:
        for x in strings:
            if find(x, s, e) >= 0:
                out.append((s, e))
                break
    return out


def select(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches, longest first, then by rule order; in text order."""
    chosen: list[Match] = []
    taken = Marks(max((m.end for m in matches), default=0))
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.priority, m.start)):
        if taken.overlaps(m.start, m.end):
            continue
        chosen.append(m)
        taken.add(m.start, m.end)
    return sorted(chosen, key=lambda m: m.start)
