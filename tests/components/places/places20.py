"""Scorer of the places20 sets (``data/places20_{tune,held_out}.jsonl``, written in the twentieth
session), of the places21 sets (``data/places21_*``, twenty-first session: rivers, Russian
republics, homonyms) and of the places22 sets (``data/places22_*``, twenty-second session: names
inside other names, demonyms, homonyms, capitals) and of the places23 sets (``data/places23_*``,
twenty-second session's second round: inflected two-word names, city adjectives, names the
gazetteer lacked, governments) and of the places24 sets (``data/places24_*``, twenty-third session:
plural city names, seas, oblasts, given names, Washington): wire-style sentences in fr, en, ru, uk with the
places they name.

Each gold place gives its ``surface`` (found in the text), and what its resolution must be: its
feature class (``fclass``, "P", "A", "H", "T"; null for any), its ``country`` (null for any) and, for
towns, ``lat``/``lon`` (the resolution must lie within 25 km). A river of several countries has none: any
gold country is then right (see :func:`_international_river`). A predicted place matches a gold one
where their spans overlap. Reported: span precision and recall, and the accuracy of the resolution
over the matched gold places; per language and in all.

    PYTHONPATH=src python -m tests.components.places.places20 [places20|...|places25] [tune|held_out] [-v]
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

from sitrep.article import Article
from sitrep.pipeline import Pipeline

DATA = Path(__file__).parent / "data"
WITHIN_KM = 25.0


SETS = ("places20", "places21", "places22", "places23", "places24", "places25")


def load(half: str, name: str = "places20") -> list[dict]:
    with open(DATA / f"{name}_{half}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predict(text: str, lang: str) -> list[tuple[int, int, dict]]:
    article = Article(id="t", text=text, language=lang, source={})
    pipeline = Pipeline.from_names(["paragraphs.v1", "sentences.v1", "places.v1"], provided=["language"])
    for comp in pipeline.components:
        comp(article)
    return [(a.start, a.end, a.attrs) for a in article.layers["places"]]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _find(text: str, surface: str) -> tuple[int, int]:
    """The first whole-word occurrence of ``surface`` ("Haïti", not the one inside "Cap-Haïtien")."""
    m = re.search(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text)
    if m is None:
        raise ValueError(f"{surface!r} is not a word of {text!r}")
    return m.start(), m.end()


def _international_river(gold: dict, attrs: dict) -> bool:
    """A river of several countries has none in the gazetteer (the Danube, the Nile); a gold country on
    it names the stretch the sentence is about ("the Danube near Novi Sad": RS), which no resolution
    can give."""
    return gold["fclass"] == "H" and attrs.get("feature_class") == "H" and not attrs.get("country")


def resolved_right(gold: dict, attrs: dict) -> bool:
    if not attrs.get("resolved"):
        return False
    if gold["fclass"] and attrs.get("feature_class") != gold["fclass"]:
        return False
    if gold["country"] and attrs.get("country") != gold["country"] and not _international_river(gold, attrs):
        return False
    if gold["lat"] is not None:
        return _km(gold["lat"], gold["lon"], attrs["lat"], attrs["lon"]) <= WITHIN_KM
    return True


def score(items: list[dict], verbose: bool = False) -> dict[str, dict[str, float]]:
    """``{lang or "all": {"P", "R", "F1", "acc", "n"}}``; ``verbose`` prints every error."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # pred, pred ok, gold, found, right
    for item in items:
        text, lang = item["text"], item["lang"]
        pred = predict(text, lang)
        spans = [(*_find(text, g["surface"]), g) for g in item["places"]]
        for key in (lang, "all"):
            c = counts[key]
            c[0] += len(pred)
            c[1] += sum(any(s < pe and ps < e for s, e, _g in spans) for ps, pe, _a in pred)
            c[2] += len(spans)
        for s, e, g in spans:
            hit = [a for ps, pe, a in pred if s < pe and ps < e]
            ok = bool(hit) and resolved_right(g, hit[0])
            for key in (lang, "all"):
                counts[key][3] += bool(hit)
                counts[key][4] += ok
            if verbose and not ok:
                got = (f"{hit[0].get('name')} {hit[0].get('feature_code')} {hit[0].get('country')}"
                       if hit else "missed")
                print(f"  {item['id']} {g['surface']!r}: {got}")
        if verbose:
            for ps, pe, a in pred:
                if not any(s < pe and ps < e for s, e, _g in spans):
                    print(f"  {item['id']} extra {text[ps:pe]!r}: {a.get('name')} {a.get('feature_code')} "
                          f"{a.get('country')}")
    out = {}
    for key, (npred, pok, ngold, found, right) in counts.items():
        p = pok / npred if npred else 0.0
        r = found / ngold if ngold else 0.0
        out[key] = {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0,
                    "acc": right / found if found else 0.0, "n": ngold}
    return out


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("-")]
    name = next((a for a in args if a in SETS), SETS[0])
    halves = [a for a in args if a not in SETS] or ["tune", "held_out"]
    for half in halves:
        result = score(load(half, name), verbose="-v" in argv)
        for key in ("fr", "en", "ru", "uk", "all"):
            s = result[key]
            print(f"{half:8} {key:3} n={s['n']:3} P {s['P']:.3f} R {s['R']:.3f} F1 {s['F1']:.3f} "
                  f"acc@25 {s['acc']:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
