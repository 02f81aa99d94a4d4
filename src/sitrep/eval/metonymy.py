"""``sitrep eval metonymy``: place names standing for a government, on sentences with a marked name.

Gold: a JSON Lines file, one sentence a line::

    {"id": "fr-001", "lang": "fr", "text": "Moscou a mis en garde ...", "start": 0, "end": 6,
     "label": "metonymic", "split": "dev"}

``label`` is ``metonymic`` (the name stands for a state or government acting, speaking or
addressed), ``literal`` (the place itself) or ``not_place`` (an organisation or a person's
name that a gazetteer could read as a place: "OTAN", "Marine Le Pen"). Each sentence runs
alone through the pipeline up to ``actors.v1`` in its language. A prediction is metonymic when
a ``places`` annotation overlapping the marked span has ``metonymy`` true; precision and recall
of that flag, over all sentences and per ``split`` and language. Also reported: how many
metonymic names the ``actors`` layer receives as a state or a government (a ``state`` mention or
a ``metonym`` mention of an organisation), and how many ``not_place`` names still come out as
places. Errors are listed for every part but ``heldout``, which is only scored.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..article import Article
from . import GoldError
from .metrics import PRF

LABELS = ("metonymic", "literal", "not_place")
COMPONENTS = ("paragraphs.v1", "language.v1", "sentences.v1", "places.v1", "entities.v1", "actors.v1")


def read(path: Path) -> list[dict[str, Any]]:
    items = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read ({exc})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text, start, end, label = item["text"], int(item["start"]), int(item["end"]), item["label"]
        except (ValueError, KeyError, TypeError) as exc:
            raise GoldError(f"{path} line {n}: expected JSON with text, start, end, label ({exc})") from None
        if label not in LABELS or not 0 <= start < end <= len(text):
            raise GoldError(f"{path} line {n}: label must be one of {LABELS} and 0 <= start < end <= len(text)")
        items.append(item)
    return items


#: sectors of a state's own bodies: a seat of power read as one ("the Kremlin": the presidential
#: administration, RUS GOV; "the Pentagon": the defence ministry, USA MIL) is the state acting
STATE_BODY_SECTORS = ("GOV", "MIL")


def _acting_actor(article: Article, start: int, end: int) -> bool:
    """The actors layer reads the name as a state, its government or one of its bodies."""
    for a in article.layers.get("actors", []):
        if a.start < end and start < a.end:
            kind = a.attrs.get("kind")
            if a.label == "state" and kind in ("state", "metonym"):
                return True
            if kind == "metonym":
                return True
            if a.label == "organisation" and a.attrs.get("country") and a.attrs.get("sector") in STATE_BODY_SECTORS:
                return True
    return False


def evaluate(gold: Path, limit: int | None = None) -> dict[str, Any]:
    from ..pipeline import Pipeline

    items = read(gold)[:limit] if limit else read(gold)
    pipe = Pipeline.from_names(COMPONENTS)
    scores: dict[str, PRF] = defaultdict(PRF)
    handed = defaultdict(lambda: [0, 0])  # split -> [metonymic names the actors layer acts with, metonymic names]
    not_place = defaultdict(lambda: [0, 0])  # split -> [still read as a place, not_place names]
    errors = []
    for k, item in enumerate(items):
        article = Article(id=str(item.get("id", k)), text=item["text"])
        article.language = item.get("lang") or None
        pipe(article)
        s, e = int(item["start"]), int(item["end"])
        places = [a for a in article.layers.get("places", []) if a.start < e and s < a.end]
        flagged = any(a.attrs.get("metonymy") for a in places)
        gold_m = item["label"] == "metonymic"
        split = item.get("split", "all")
        for key in ("all", f"split:{split}", f"lang:{item.get('lang')}", f"{split}:{item.get('lang')}"):
            prf = scores[key]
            prf.tp += gold_m and flagged
            prf.fp += flagged and not gold_m
            prf.fn += gold_m and not flagged
        for key in ("all", split):
            if gold_m:
                handed[key][1] += 1
                handed[key][0] += _acting_actor(article, s, e)
            if item["label"] == "not_place":
                not_place[key][1] += 1
                not_place[key][0] += bool(places)
        if flagged != gold_m and split != "heldout":  # the held-out part is scored, never listed
            errors.append({"id": item.get("id"), "gold": item["label"], "flagged": flagged,
                           "name": item["text"][s:e], "text": item["text"]})
    return {
        "gold": str(gold),
        "sentences": len(items),
        "scores": {k: v.as_dict() for k, v in sorted(scores.items())},
        "actors_receive_metonyms": {k: {"received": a, "of": b} for k, (a, b) in handed.items()},
        "not_place_read_as_place": {k: {"places": a, "of": b} for k, (a, b) in not_place.items()},
        "errors": errors,
    }


def render(result: dict[str, Any]) -> str:
    lines = [f"Metonymy flag on {result['gold']} ({result['sentences']} sentences)", "",
             "| part | precision | recall | F1 | TP | FP | FN |", "|---|---|---|---|---|---|---|"]
    for k, v in result["scores"].items():
        lines.append(f"| {k} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['tp']} | {v['fp']} | {v['fn']} |")
    lines.append("")
    for k, v in result["actors_receive_metonyms"].items():
        lines.append(f"actors layer takes the metonym as a state or government ({k}): {v['received']} of {v['of']}")
    for k, v in result["not_place_read_as_place"].items():
        lines.append(f"organisation or person names still read as places ({k}): {v['places']} of {v['of']}")
    if result["errors"]:
        lines += ["", "errors:"]
        lines += [f"- {e['id']} gold {e['gold']}, flagged {e['flagged']}: {e['name']!r} in {e['text']}" for e in result["errors"]]
    return "\n".join(lines)
