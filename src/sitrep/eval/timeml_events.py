"""TimeML EVENT annotations (TempEval-3 TBAQ: class on EVENT, polarity / modality on
MAKEINSTANCE; French TimeBank: all on EVENT), with character offsets into the plain text that
:func:`sitrep.eval.timeml.read_timeml` returns."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import GoldError
from .timeml import _ATTR, _TOKEN, read_timeml


@dataclass
class Event:
    start: int
    end: int
    eid: str
    cls: str
    polarity: str = "POS"
    modality: str | None = None


@dataclass
class EventDoc:
    name: str
    text: str
    dct: str | None
    events: list[Event] = field(default_factory=list)
    corpus: str = ""


def _attrs(tag: str) -> dict[str, str]:
    return {m.group(1): html.unescape(m.group(2) if m.group(2) is not None else m.group(3)) for m in _ATTR.finditer(tag)}


def read_events(path: Path) -> EventDoc:
    base = read_timeml(path)
    raw = path.read_text(encoding="utf-8")
    body = raw[raw.find("<TEXT>") + len("<TEXT>"): raw.find("</TEXT>")]
    pos = 0
    events: list[Event] = []
    open_ev: tuple[int, dict] | None = None
    for tok in _TOKEN.finditer(body):
        t = tok.group(0)
        if t.startswith("<!--"):
            continue
        if t.startswith("<"):
            if re.match(r"<EVENT\b", t):
                open_ev = (pos, _attrs(t))
            elif t.startswith("</EVENT") and open_ev is not None:
                s, a = open_ev
                if pos > s:
                    mod = a.get("modality") or None
                    events.append(Event(s, pos, a.get("eid", ""), a.get("class", ""), a.get("polarity", "POS") or "POS",
                                        mod.lower() if mod and mod.lower() != "none" else None))
                open_ev = None
            continue
        pos += len(html.unescape(t) if t.startswith("&") else t)
    # TBAQ: polarity and modality on MAKEINSTANCE (the first instance of each event)
    inst: dict[str, dict] = {}
    for m in re.finditer(r"<MAKEINSTANCE\b[^>]*>", raw):
        a = _attrs(m.group(0))
        inst.setdefault(a.get("eventID", ""), a)
    for ev in events:
        a = inst.get(ev.eid)
        if a is not None:
            ev.polarity = a.get("polarity", ev.polarity) or "POS"
            mod = a.get("modality")
            if mod and mod.lower() != "none":
                ev.modality = mod.lower()
    if len(base.text) != pos and not events:
        raise GoldError(f"{path}: could not align the EVENT tags with the text")
    return EventDoc(base.name, base.text, base.dct, events, corpus=path.parent.name)


def half(name: str) -> str:
    """"tune" or "held_out", from a hash of the document name (stable, independent of order): the
    TimeML word scorer learns from the tune half (``python -m sitrep_tools.events.train``) and
    ``sitrep eval events`` reports the held-out half apart."""
    import hashlib

    return "tune" if int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "held_out"
