"""Nested statements whose outer frame makes no statement (issue 13, twelfth round).

A cue inside another frame's content ("Senate Democrats **blocked** the bill because they
**said** the language was an untenable poison pill") was left out when its source is a pronoun
or a relative pronoun: inside a statement's content, only a statement naming its own speaker
stands alone.  But the frame around it often makes no statement of its own ("blocked": no
speaker that the rules accept, a frame dropped later), and then the nested one is the only
statement there.  Such frames are *held* while the statements are made and *readmitted* at the
end when no statement made holds their cue in its content (outermost first).

Held are only verbs of saying proper (the lexicon's ``invert`` list: "said", "added", "told",
"argued"; the languages without that list hold none) with a pronoun source of their own that
does not open a relative or complement clause ("a class **that he argued** was thrusting the
country into decline" is no statement of its own).  On PolNeAR train, readmitting any verb
(beliefs and wishes included: "they believe", "he wants") matched the outer gold statement with
the inner cue and the wrong speaker: held-out speaker accuracy fell (docs/statements.md, twelfth
round).  A readmitted statement is not scored by the statement filter (like every nested one:
nothing was learnt there); its speaker is resolved as any pronoun's (:mod:`.sources`).
"""

from __future__ import annotations

from typing import Any

from ...intervals import Cover
from .cues import TOKEN_RE
from .sources import pronoun_class

#: the word before a pronoun source that makes its clause a relative or complement one
_CLAUSE = frozenset({"which", "what", "whom", "whose"})


def holdable(lex, text: str, fr, inherited: bool) -> bool:
    """Whether a nested frame, left out by the nesting rule, is held for :func:`readmit`."""
    if fr.kind != "verb" or fr.source is None or inherited:
        return False
    form = text[fr.source[0]:fr.source[1]].lower()
    if pronoun_class(lex, form) is None and form not in lex.relative:
        return False
    if TOKEN_RE.findall(text, fr.cue[0], fr.cue[1])[-1].lower() not in lex.invert:
        return False  # (a belief or a wish: "they believe", "he wants"; no such list: nothing held)
    before = TOKEN_RE.findall(text, max(0, fr.source[0] - 20), fr.source[0])
    return not (before and (before[-1].lower() in lex.comp or before[-1].lower() in lex.relative
                            or before[-1].lower() in _CLAUSE))


def readmit(out: list[dict[str, Any]], held: list[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
    """``out`` with each held statement (``(position in out when made, statement)``) whose cue no
    statement of ``out`` holds in its content, put back at its position; a held statement inside
    another readmitted one's content stays out ("he said she added": "said" comes back)."""
    if not held:
        return out
    cover = Cover(tuple(p) for it in out for p in it["parts"])
    back, taken = [], []
    for pos, it in sorted(held, key=lambda h: h[1]["start"] - h[1]["end"]):  # (outermost first)
        c = it["cue"]["start"]
        if cover.contains(c) or any(s <= c < e for s, e in taken):
            continue
        back.append((pos, it))
        taken.extend(tuple(p) for p in it["parts"])
    if not back:
        return out
    back.sort(key=lambda h: h[0])
    merged: list[dict[str, Any]] = []
    j = 0
    for pos, it in back:
        merged.extend(out[j:pos])
        j = max(j, pos)
        merged.append(it)
    merged.extend(out[j:])
    return merged
