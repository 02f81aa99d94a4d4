"""``sitrep eval time``: TempEval-3 TIMEX3 metrics on TimeML folders, with peers.

Each document's ``<TEXT>`` (tags stripped, offsets kept) goes through
sitrep's default pipeline with the document creation time as the publication
date (day precision). Metrics, as in the official TempEval-3 scorer:

- strict extent P/R/F1: a system TIMEX3 counts when its span equals a gold one;
- relaxed extent P/R/F1: precision counts system TIMEX3s overlapping a gold
  one, recall gold TIMEX3s overlapped by a system one;
- type accuracy: share of relaxed-matched TIMEX3s with the gold type;
- value F1: over relaxed-matched TIMEX3s, a correct value counts for
  precision (over all system TIMEX3s) and recall (over all gold TIMEX3s).

Peers scored in the same run on the same texts and anchors: dateparser's
``search_dates`` and Microsoft Recognizers-Text (``recognizers-text-suite``).
A peer that cannot be imported is reported as such, never silently dropped.
"""

from __future__ import annotations

import datetime as dt
import time
from functools import lru_cache
from pathlib import Path
from typing import Callable

from ..article import Article, Published
from .timeml import TimeMLDoc, Timex, read_timeml, timeml_files

System = Callable[[str, str, str | None], list[Timex]]


# -- sitrep --------------------------------------------------------------------


@lru_cache(maxsize=1)
def _pipeline():
    from ..pipeline import default_pipeline

    return default_pipeline()


def language_of(doc: TimeMLDoc) -> str:
    from ..components.language import identify

    ranked = identify(doc.text[:2000], top=1)
    return ranked[0][0] if ranked else "en"


def sitrep_system(text: str, lang: str, dct: str | None) -> list[Timex]:
    article = Article(id="doc", text=text, published=Published(dct, "day") if dct else None)
    _pipeline()(article)
    return [
        Timex(a.start, a.end, a.label, str(a.attrs.get("value", "")))
        for a in article.layers.get("times", [])
    ]


# -- peers ---------------------------------------------------------------------


def _locate(text: str, pieces: list[tuple[str, Timex]]) -> list[Timex]:
    out, pos = [], 0
    for piece, tx in pieces:
        i = text.find(piece, pos)
        if i < 0:
            i = text.find(piece)
        if i < 0:
            continue
        out.append(Timex(i, i + len(piece), tx.type, tx.value))
        pos = i + len(piece)
    return out


def dateparser_system(text: str, lang: str, dct: str | None) -> list[Timex]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(dct)} if dct else {}
    settings["PREFER_DATES_FROM"] = "past"
    found = search_dates(text, languages=[lang], settings=settings) or []
    pieces = []
    for piece, when in found:
        if when.hour or when.minute:
            tx = Timex(0, 0, "TIME", when.strftime("%Y-%m-%dT%H:%M"))
        else:
            tx = Timex(0, 0, "DATE", when.date().isoformat())
        pieces.append((piece, tx))
    return _locate(text, pieces)


_RT_TYPES = {
    "date": "DATE",
    "daterange": "DATE",
    "time": "TIME",
    "timerange": "TIME",
    "datetime": "TIME",
    "datetimerange": "TIME",
    "duration": "DURATION",
    "set": "SET",
}


def _rt_value(values: list[dict], ref: dt.datetime) -> str:
    if not values:
        return ""
    timex = values[0].get("timex", "")
    if "X" not in timex or not values[0].get("value"):
        return timex
    # an underspecified value: take the resolution nearest before the anchor
    past = [v["value"] for v in values if v.get("value") and v["value"][:10] <= ref.date().isoformat()]
    chosen = past[-1] if past else values[0]["value"]
    return chosen.replace(" ", "T")[:16] if " " in chosen else chosen


def recognizers_system(text: str, lang: str, dct: str | None) -> list[Timex]:
    from recognizers_date_time import recognize_datetime
    from recognizers_text import Culture

    culture = {"en": Culture.English, "fr": Culture.French}.get(lang)
    if culture is None:
        return []
    ref = dt.datetime.fromisoformat(dct) if dct else dt.datetime.now()
    out = []
    for r in recognize_datetime(text, culture, reference=ref):
        kind = r.type_name.split(".")[-1]
        values = (r.resolution or {}).get("values", [])
        value = _rt_value(values, ref)
        if value.endswith("T00:00") and kind == "date":
            value = value[:10]
        out.append(Timex(r.start, r.end + 1, _RT_TYPES.get(kind, "DATE"), value))
    return out


SYSTEMS: dict[str, tuple[System, str | None]] = {
    "sitrep": (sitrep_system, None),
    "dateparser": (dateparser_system, "dateparser"),
    "recognizers-text": (recognizers_system, "recognizers_date_time"),
}


def peer_available(module: str | None) -> str | None:
    """None when importable, else the reason."""
    if module is None:
        return None
    try:
        __import__(module)
    except Exception as exc:  # noqa: BLE001 - any import failure makes the peer unavailable
        return f"not available: {type(exc).__name__}: {exc}"
    return None


# -- scoring -------------------------------------------------------------------


class Score:
    def __init__(self) -> None:
        self.gold = self.sys = 0
        self.strict = 0
        self.rel_p = self.rel_r = 0
        self.type_ok = self.matched = 0
        self.value_ok = 0
        self.seconds = 0.0

    def add(self, gold: list[Timex], pred: list[Timex]) -> None:
        self.gold += len(gold)
        self.sys += len(pred)
        gold_spans = {(g.start, g.end) for g in gold}
        self.strict += sum(1 for p in pred if (p.start, p.end) in gold_spans)
        self.rel_r += sum(1 for g in gold if any(p.start < g.end and g.start < p.end for p in pred))
        used: set[int] = set()
        for p in pred:
            best, overlap = None, 0
            for i, g in enumerate(gold):
                o = min(p.end, g.end) - max(p.start, g.start)
                if o > overlap and i not in used:
                    best, overlap = i, o
            if best is None:
                if any(p.start < g.end and g.start < p.end for g in gold):
                    self.rel_p += 1
                continue
            used.add(best)
            self.rel_p += 1
            self.matched += 1
            g = gold[best]
            self.type_ok += p.type == g.type
            self.value_ok += p.value == g.value

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        def prf(tp_p: int, tp_r: int) -> dict:
            p = tp_p / self.sys if self.sys else 0.0
            r = tp_r / self.gold if self.gold else 0.0
            return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(self._f(p, r), 4)}

        return {
            "gold": self.gold,
            "system": self.sys,
            "strict": prf(self.strict, self.strict),
            "relaxed": prf(self.rel_p, self.rel_r),
            "type_accuracy": round(self.type_ok / self.matched, 4) if self.matched else 0.0,
            "value": prf(self.value_ok, self.value_ok),
            "seconds": round(self.seconds, 2),
        }


def split(files: list[Path], part: str | None) -> list[Path]:
    """The fixed tuning / held-out split: AQUAINT files and even-numbered files
    (sorted order) were tuned on (``tune``); the others are ``held``."""
    if part is None:
        return files
    tune = [i % 2 == 0 or "AQUAINT" in f.parts for i, f in enumerate(files)]
    return [f for f, t in zip(files, tune) if t == (part == "tune")]


def evaluate(
    gold: Path, limit: int | None = None, systems: tuple[str, ...] | None = None, part: str | None = None
) -> dict:
    """Score sitrep and the peers (``systems`` narrows the list) on the TimeML files
    under ``gold`` (``part``: only the ``tune`` or ``held`` part of :func:`split`)."""
    files = split(timeml_files(gold), part)
    if limit:
        files = files[:limit]
    docs = [read_timeml(f) for f in files]
    langs = [language_of(d) for d in docs]
    result: dict = {
        "task": "time",
        "metric": "TempEval-3 TIMEX3: strict/relaxed extent P/R/F1, type accuracy, value F1",
        "gold": str(gold),
        "documents": len(docs),
        "part": part or "all",
        "languages": sorted(set(langs)),
        "systems": {},
    }
    for name, (system, module) in SYSTEMS.items():
        if systems is not None and name not in systems:
            continue
        missing = peer_available(module)
        if missing:
            result["systems"][name] = {"note": missing}
            continue
        score = Score()
        errors = 0
        for doc, lang in zip(docs, langs):
            t0 = time.perf_counter()
            try:
                pred = system(doc.text, lang, doc.dct)
            except Exception:  # noqa: BLE001 - a peer failing on one document scores it empty
                if name == "sitrep":
                    raise
                pred, errors = [], errors + 1
            score.seconds += time.perf_counter() - t0
            score.add(doc.timexes, pred)
        entry = score.as_dict()
        if errors:
            entry["note"] = f"failed on {errors} document(s), scored as empty"
        result["systems"][name] = entry
    return result


def render(result: dict) -> str:
    lines = [
        f"{result['documents']} documents ({', '.join(result['languages'])}) from {result['gold']}",
        "",
        "| system | strict P / R / F1 | relaxed P / R / F1 | type acc. | value P / R / F1 | seconds |",
        "|---|---|---|---|---|---|",
    ]
    for name, s in result["systems"].items():
        if "strict" not in s:
            lines.append(f"| {name} | {s.get('note', 'n/a')} | | | | |")
            continue
        st, rl, va = s["strict"], s["relaxed"], s["value"]
        lines.append(
            f"| {name} | {st['precision']:.3f} / {st['recall']:.3f} / {st['f1']:.3f} "
            f"| {rl['precision']:.3f} / {rl['recall']:.3f} / **{rl['f1']:.3f}** | {s['type_accuracy']:.3f} "
            f"| {va['precision']:.3f} / {va['recall']:.3f} / **{va['f1']:.3f}** | {s['seconds']} |"
        )
        if s.get("note"):
            lines[-1] += f" {s['note']}"
    lines.append("")
    lines.append(f"gold TIMEX3s: {next((s['gold'] for s in result['systems'].values() if 'gold' in s), 0)}")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - python -m sitrep.eval.time GOLD --part held
    import argparse

    ap = argparse.ArgumentParser(description="TempEval-3 scores of sitrep on one part of a TimeML folder")
    ap.add_argument("gold", type=Path)
    ap.add_argument("--part", choices=("tune", "held"))
    ap.add_argument("--peers", action="store_true", help="score the peers too")
    a = ap.parse_args()
    print(render(evaluate(a.gold, part=a.part, systems=None if a.peers else ("sitrep",))))
