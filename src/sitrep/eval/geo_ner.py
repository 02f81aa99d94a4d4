"""``sitrep eval geo-ner``: toponym recognition of ``places.v1`` on NER corpora (ru, uk).

There is no geoparsing gold in Russian or Ukrainian here, but the NER corpora mark place names: NEREL
(brat; ``COUNTRY``, ``CITY``, ``STATE_OR_PROVINCE``, ``DISTRICT``, ``LOCATION``) and NER-UK (IOB;
``LOC``). The gold formats and parts are those of ``sitrep eval time-ner`` (:mod:`.time_ner`: the NEREL
root scores its ``dev`` part; NER-UK's every fifth sentence is the reported part, the others the tuning
part, 25 sentences a document). Each document goes through ``places.v1`` alone (its own tokens, the
language given), and the places it resolves are compared with the gold spans: strict (same span) and
relaxed (overlapping spans, TempEval-3 style) precision, recall and F1. Coordinates are not scored
(the corpora have none); ``sitrep eval geo`` scores resolution on LGL and GeoVirus.

What a NER corpus calls a location is not exactly a toponym: NEREL's ``LOCATION`` holds rivers,
streets and "Запад"; NER-UK's ``LOC`` holds streets and parks, which a gazetteer of settlements and
areas does not hold. Recall is therefore below what the same system reaches on a geoparsing corpus,
and the figure compares versions of sitrep with each other, not with geoparsers scored elsewhere.
"""

from __future__ import annotations

import time
from pathlib import Path

from .time_ner import NerDoc, SpanScore, first_of_each_part, load

#: gold types that are place names: NEREL's four kinds of toponym and its other locations, NER-UK's LOC
PLACE_TYPES = frozenset({"COUNTRY", "CITY", "STATE_OR_PROVINCE", "DISTRICT", "LOCATION", "LOC"})


def _language(gold: Path, docs: list[NerDoc]) -> str:
    """NEREL is Russian, NER-UK Ukrainian: told apart by the letters only Ukrainian writes."""
    sample = "".join(d.text for d in docs[:20])
    return "uk" if any(ch in sample for ch in "іїєґІЇЄҐ") else "ru"


def evaluate(gold: Path, limit: int | None = None) -> dict:
    from ..components.places import analyse

    docs = first_of_each_part(load(gold, PLACE_TYPES), limit)
    lang = _language(gold, docs)
    scores: dict[str, SpanScore] = {}
    t0 = time.perf_counter()
    for doc in docs:
        pred = [(r.mention.start, r.mention.end) for r, _metonym in analyse(doc.text, lang) if r.scored]
        scores.setdefault(doc.part, SpanScore()).add([(s, e) for s, e, _k in doc.spans], pred)
    return {
        "task": "geo-ner",
        "metric": "toponym span recognition against NER location spans, strict and relaxed (overlap) P/R/F1",
        "gold": str(gold),
        "documents": len(docs),
        "language": lang,
        "gold_types": sorted(PLACE_TYPES),
        "seconds": round(time.perf_counter() - t0, 2),
        "parts": {part: s.as_dict() for part, s in scores.items()},
    }


def render(result: dict) -> str:
    lines = [
        f"{result['documents']} documents ({result['language']}) from {result['gold']}; "
        f"gold types {', '.join(result['gold_types'])}",
        "",
        "| part | gold | places.v1 | strict P / R / F1 | relaxed P / R / F1 |",
        "|---|---|---|---|---|",
    ]
    for part, s in sorted(result["parts"].items()):
        st, rl = s["strict"], s["relaxed"]
        lines.append(
            f"| {part} | {s['gold']} | {s['system']} | {st['precision']:.3f} / {st['recall']:.3f} / {st['f1']:.3f} | "
            f"{rl['precision']:.3f} / {rl['recall']:.3f} / **{rl['f1']:.3f}** |"
        )
    return "\n".join(lines)
