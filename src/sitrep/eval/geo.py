"""``sitrep eval geo``: toponym recognition and resolution on LGL / GeoVirus XML.

Scoring follows Gritta et al., "What's missing in geographical parsing?"
(2018) and its ``methods.py``: a predicted toponym matches a gold one when
their surfaces are equal (case-folded) and the centres of their spans are
less than 10 characters apart; recognition P/R/F1 count matches; resolution
is scored on matched toponyms: accuracy within 161 km, mean and median error
in km, and the AUC of the sorted log-errors, ``trapz(ln(1 + err_km)) /
(ln(20039) * (n - 1))`` (lower is better).  Gold toponyms without
coordinates are left out, as in that paper.

On LGL the system outputs of ``lgl-system-outputs`` (Edinburgh, CLAVIN,
GeoTxt, Topocluster, Yahoo; one line per article) are scored in the same
run against the same gold (Topocluster's offsets are not standard, so as in
the paper it is matched on the name alone).  The table also gives every
system on the corpus's held-out half (articles of odd index): sitrep's
filters and weights were tuned on the even halves of LGL and GeoVirus only.
"""

from __future__ import annotations

import math
import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from . import GoldError
from .metrics import PRF

MAX_ERROR_KM = 20039.0
PEER_FILES = {
    "Edinburgh": "lgl_edin.txt",
    "CLAVIN": "lgl_clavin.txt",
    "GeoTxt": "lgl_geo.txt",
    "Topocluster": "lgl_topo.txt",
    "Yahoo": "lgl_yahoo.txt",
}


@dataclass
class Toponym:
    start: int
    end: int
    phrase: str
    lat: float
    lon: float


@dataclass
class Doc:
    text: str
    gold: list[Toponym]


def _float(el, tag: str, path: Path) -> float:
    v = el.findtext(tag)
    try:
        return float(v)
    except (TypeError, ValueError):
        raise GoldError(f"{path}: toponym without a numeric <{tag}>") from None


def read_gold(path: Path, limit: int | None = None) -> list[Doc]:
    """Articles of an LGL-style (``toponyms/toponym/gaztag``) or GeoVirus-style
    (``locations/location``) XML file."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise GoldError(f"{path}: not readable XML ({exc})") from None
    docs: list[Doc] = []
    marked = 0  # toponym / location elements seen, with or without coordinates
    for art in root.iter("article"):
        text = art.findtext("text")
        if text is None:
            raise GoldError(f"{path}: an <article> without <text>")
        gold: list[Toponym] = []
        for t in art.findall("./toponyms/toponym"):
            marked += 1
            tag = t.find("gaztag")
            if tag is None or tag.find("lat") is None:
                continue  # no coordinates: left out, as in Gritta et al.
            s, e = _offsets(t, text, path)
            gold.append(Toponym(s, e, t.findtext("phrase") or text[s:e], _float(tag, "lat", path), _float(tag, "lon", path)))
        for loc in art.findall("./locations/location"):
            marked += 1
            s, e = _offsets(loc, text, path)
            gold.append(Toponym(s, e, loc.findtext("name") or text[s:e], _float(loc, "lat", path), _float(loc, "lon", path)))
        docs.append(Doc(text, gold))
        if limit and len(docs) >= limit:
            break
    if not docs:
        raise GoldError(f"{path}: no <article> found")
    if not marked:
        raise GoldError(
            f"{path}: no <toponyms>/<toponym> or <locations>/<location> in any <article>: "
            "not an LGL or GeoVirus file"
        )
    return docs


def _offsets(el, text: str, path: Path) -> tuple[int, int]:
    try:
        s, e = int(el.findtext("start")), int(el.findtext("end"))
    except (TypeError, ValueError):
        raise GoldError(f"{path}: a <{el.tag}> without integer <start> and <end>") from None
    if not 0 <= s <= e <= len(text):
        raise GoldError(f"{path}: a <{el.tag}> at [{s}:{e}] outside its article's text (length {len(text)})")
    return s, e


def read_system_output(path: Path) -> list[list[Toponym]]:
    """One line per article: ``name,,phrase,,lat,,lon,,start,,end[,,...]||...``."""
    out: list[list[Toponym]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
        tops = []
        for item in line.split("||")[:-1]:
            f = item.split(",,")
            try:
                tops.append(Toponym(int(f[4]), int(f[5]), f[1], float(f[2]), float(f[3])))
            except (IndexError, ValueError):
                continue
        out.append(tops)
    return out


def _km(a: Toponym, b: Toponym) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(h)))


def match(gold: list[Toponym], pred: list[Toponym], name_only: bool = False) -> tuple[PRF, list[float]]:
    prf = PRF()
    errors = []
    left = list(pred)
    unmatched_gold = 0
    for g in gold:
        mean_g = (g.start + g.end) / 2
        hit = None
        for p in left:
            if p.phrase.casefold() != g.phrase.casefold():
                continue
            if name_only or abs(mean_g - (p.start + p.end) / 2) < 10:
                hit = p
                break
        if hit is None:
            unmatched_gold += 1
            continue
        left.remove(hit)
        prf.tp += 1
        errors.append(_km(g, hit))
    prf.fp += len(left)
    prf.fn += unmatched_gold
    return prf, errors


def summary(prf: PRF, errors: list[float]) -> dict:
    out = prf.as_dict()
    n = len(errors)
    logs = sorted(math.log(1 + e) for e in errors)
    out.update({
        "resolved": n,
        "acc161": round(sum(1 for e in errors if e < 161) / n, 4) if n else None,
        "mean_km": round(statistics.fmean(errors), 1) if n else None,
        "median_km": round(statistics.median(errors), 1) if n else None,
        "auc": round(_trapz(logs) / (math.log(MAX_ERROR_KM) * (n - 1)), 4) if n > 1 else None,
    })
    return out


def _trapz(ys: list[float]) -> float:
    return sum((ys[i] + ys[i + 1]) / 2 for i in range(len(ys) - 1))


def sitrep_predict(docs: list[Doc]) -> tuple[list[list[Toponym]], float]:
    from ..components.places import analyse, gazetteer

    gaz = gazetteer.load()
    preds = []
    t0 = time.perf_counter()
    for d in docs:
        tops = []
        for r, _met in analyse(d.text, "en"):
            if not r.scored:
                continue
            i = r.scored[0][0]
            m = r.mention
            tops.append(Toponym(m.start, m.end, d.text[m.start:m.end], gaz.lat[i], gaz.lon[i]))
        preds.append(tops)
    return preds, time.perf_counter() - t0


def _peers_dir(gold: Path) -> Path | None:
    if "lgl" not in gold.name.casefold():
        return None
    for base in (gold.parent, gold.parent.parent):
        d = base / "lgl-system-outputs"
        if d.is_dir():
            return d
    return None


def _score_all(docs, systems: dict[str, tuple[list[list[Toponym]], bool]], subset) -> dict:
    out = {}
    for name, (preds, name_only) in systems.items():
        prf, errors = PRF(), []
        for k in subset:
            p, e = match(docs[k].gold, preds[k] if k < len(preds) else [], name_only)
            prf.tp += p.tp
            prf.fp += p.fp
            prf.fn += p.fn
            errors.extend(e)
        out[name] = summary(prf, errors)
    return out


def evaluate(gold: Path, limit: int | None = None) -> dict:
    docs = read_gold(gold, limit)
    preds, seconds = sitrep_predict(docs)
    systems: dict[str, tuple[list[list[Toponym]], bool]] = {"sitrep places.v1": (preds, False)}
    peers = _peers_dir(gold)
    if peers is not None:
        for name, fname in PEER_FILES.items():
            if (peers / fname).is_file():
                systems[name] = (read_system_output(peers / fname), name == "Topocluster")
    result = {
        "task": "geo",
        "gold": str(gold),
        "articles": len(docs),
        "gold_toponyms": sum(len(d.gold) for d in docs),
        "sitrep_seconds": round(seconds, 2),
        "metric": "Gritta et al. 2018: match = same surface, span centres < 10 chars apart; "
                  "acc161/mean/median/AUC over matched toponyms",
        "all": _score_all(docs, systems, range(len(docs))),
    }
    if len(docs) > 1:
        held_out = [k for k in range(len(docs)) if k % 2 == 1]
        result["held_out"] = _score_all(docs, systems, held_out)
        result["held_out_note"] = "articles of odd index; tuning looked at errors on the even half only"
    return result


def _table(scores: dict) -> list[str]:
    lines = ["| system | P | R | F1 | acc@161 | mean km | median km | AUC | matched |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name, s in scores.items():
        def f(v, nd=3):
            return "-" if v is None else (f"{v:.{nd}f}" if isinstance(v, float) else str(v))
        lines.append(f"| {name} | {f(s['precision'])} | {f(s['recall'])} | {f(s['f1'])} | {f(s['acc161'])} | "
                     f"{f(s['mean_km'], 0)} | {f(s['median_km'], 1)} | {f(s['auc'])} | {s['resolved']} |")
    return lines


def render(result: dict) -> str:
    lines = [f"{result['gold']}: {result['articles']} articles, {result['gold_toponyms']} gold toponyms "
             f"(sitrep: {result['sitrep_seconds']} s)", "", "All articles:", ""]
    lines += _table(result["all"])
    if "held_out" in result:
        lines += ["", f"Held-out half ({result['held_out_note']}):", ""]
        lines += _table(result["held_out"])
    return "\n".join(lines)
