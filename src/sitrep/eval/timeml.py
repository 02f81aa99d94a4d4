"""Reading TimeML / ISO-TimeML files (TempEval-3 TBAQ, French TimeBank).

:func:`read_timeml` returns the plain text of the ``<TEXT>`` element (tags
removed, entities decoded, offsets of every TIMEX3 kept) and the document
creation time (the TIMEX3 with ``functionInDocument="CREATION_TIME"``).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import GoldError

_TOKEN = re.compile(r"<!--.*?-->|<[^>]*>|&[#\w]+;|[^<&]+", re.S)
_ATTR = re.compile(r"([\w:]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_DCT = re.compile(r"<TIMEX3\b[^>]*functionInDocument=[\"']CREATION_TIME[\"'][^>]*>", re.S)


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: str | None
    timexes: list[Timex] = field(default_factory=list)


def _attrs(tag: str) -> dict[str, str]:
    return {m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3)) for m in _ATTR.finditer(tag)}


def read_timeml(path: Path) -> TimeMLDoc:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from None
    dct = None
    m = _DCT.search(raw)
    if m:
        value = _attrs(m.group(0)).get("value", "")
        if re.match(r"^\d{4}-\d{2}-\d{2}", value):
            dct = value[:10]
        elif re.match(r"^\d{8}", value):
            dct = f"{value[:4]}-{value[4:6]}-{value[6:8]}"
    start = raw.find("<TEXT>")
    end = raw.find("</TEXT>")
    if start < 0 or end < 0:
        raise GoldError(f"{path}: no <TEXT> element (not a TimeML file?)")
    body = raw[start + len("<TEXT>") : end]
    parts: list[str] = []
    pos = 0
    timexes: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    for tok in _TOKEN.finditer(body):
        t = tok.group(0)
        if t.startswith("<!--"):
            continue
        if t.startswith("<"):
            if re.match(r"<TIMEX3\b", t):
                attrs = _attrs(t)
                if t.rstrip().endswith("/>"):
                    continue  # empty (non-consuming) TIMEX3
                open_timex = (pos, attrs)
            elif t.startswith("</TIMEX3") and open_timex is not None:
                s, attrs = open_timex
                if pos > s:
                    timexes.append(Timex(s, pos, attrs.get("type", ""), attrs.get("value", "")))
                open_timex = None
            continue
        piece = html.unescape(t) if t.startswith("&") else t
        parts.append(piece)
        pos += len(piece)
    return TimeMLDoc(path.stem, "".join(parts), dct, timexes)


def timeml_files(gold: Path) -> list[Path]:
    if gold.is_file():
        return [gold]
    files = sorted(p for p in gold.rglob("*") if p.suffix.lower() in (".tml", ".xml") and p.is_file())
    if not files:
        raise GoldError(f"{gold}: no .tml or .xml TimeML files found")
    return files
