"""``sitrep eval events --gold PATH``: event mentions on TimeML, conflict events on UCDP.

- A folder or ``.tml`` file of TimeML (TempEval-3 TBAQ, French TimeBank): EVENT recognition
  with TempEval-3's relaxed match (spans overlap), precision / recall / F1; on the matched
  events, accuracy of polarity (POS / NEG) and of modality (TimeML's modal word; absent counts
  as a value); NEG F1 (a negated gold event found as negated).  The language of each document
  comes from ``language.v1``; the mentions are those of ``events.v1``'s mention stage.  Scores
  for all documents, per corpus folder, and for the tune / held-out halves of
  :func:`sitrep.eval.timeml_events.half` (the word tables learn from the tune half only).
- A UCDP GED CSV: the first headline of ``source_headline`` of each record whose headline
  reports violence (a word of ``data/en/events_violence_keywords.txt``, printed with the scores) is run
  through the default pipeline as an article published on ``date_start``: the share with an
  ASSAULT event; for records with ``where_prec`` <= 2, the share whose ASSAULT location lies
  within 25 km of UCDP's coordinates (also among those whose headline names a town, a village
  or a site: many headlines name only "Ukraine", "Donbas" or "DPR"); for records whose side names a state, the
  share where a side's country is an actor or recipient country; for headlines that state UCDP's
  ``best`` death count next to a death word, the share whose killed number equals it.
"""

from __future__ import annotations

import csv
import re
import time
from collections import defaultdict
from datetime import datetime
from importlib import resources
from pathlib import Path

from . import GoldError

KEYWORDS = "events_violence_keywords.txt"
#: UCDP side names -> the actor countries that match them
SIDES = [
    (re.compile(r"Government of Ukraine|Supporters of Ukrainian unity", re.I), {"UKR"}),
    (re.compile(r"Government of Russia", re.I), {"RUS"}),
]
_NUMBER_DEAD = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\b[^.;]{0,40}?\b(killed|dead|die[sd]?|deaths?|lost)\b",
    re.I,
)


# --------------------------------------------------------------------------- TimeML

def _prf(tp_sys: int, n_sys: int, tp_gold: int, n_gold: int) -> dict:
    p = tp_sys / n_sys if n_sys else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": n_gold, "system": n_sys}


class _Tally:
    def __init__(self) -> None:
        self.c = defaultdict(int)

    def add(self, gold, sys_) -> None:
        c = self.c
        c["gold"] += len(gold)
        c["sys"] += len(sys_)
        gs = sorted(gold, key=lambda e: e.start)
        matched_sys = set()
        for gi, g in enumerate(gs):
            hit = next((k for k, s in enumerate(sys_) if s.start < g.end and g.start < s.end), None)
            if g.polarity == "NEG":
                c["neg_gold"] += 1
            if hit is None:
                continue
            s = sys_[hit]
            matched_sys.add(hit)
            c["tp_gold"] += 1
            c["pol_ok"] += (s.polarity == g.polarity)
            c["mod_ok"] += ((s.timeml_modality or None) == (_mod(g.modality)))
            c["cls_ok"] += (s.timeml_class == g.cls)
            if g.polarity == "NEG" and s.polarity == "NEG":
                c["neg_tp_gold"] += 1
        c["tp_sys"] += len(matched_sys)
        for k, s in enumerate(sys_):
            if s.polarity == "NEG":
                c["neg_sys"] += 1
                if any(g.start < s.end and s.start < g.end and g.polarity == "NEG" for g in gold):
                    c["neg_tp_sys"] += 1

    def result(self) -> dict:
        c = self.c
        out = _prf(c["tp_sys"], c["sys"], c["tp_gold"], c["gold"])
        m = c["tp_gold"] or 1
        out["polarity_accuracy"] = round(c["pol_ok"] / m, 4)
        out["modality_accuracy"] = round(c["mod_ok"] / m, 4)
        out["class_accuracy"] = round(c["cls_ok"] / m, 4)
        out["negated"] = _prf(c["neg_tp_sys"], c["neg_sys"], c["neg_tp_gold"], c["neg_gold"])
        return out


#: a document whose gold marks more than this share of its events NEG has polarity by default,
#: not by negation (some AQUAINT files of TBAQ-cleaned: every instance NEG); reported apart
IMPLAUSIBLE_NEG = 0.5
_FR_MODAL = {"possibility": "pouvoir", "obligation": "devoir", "necessity": "devoir", "permission": "pouvoir"}


def _mod(value: str | None) -> str | None:
    return value.lower() if value else None


def _sys_modality(word: str | None, lang: str) -> str | None:
    if word is None:
        return None
    if lang == "fr":
        return "possibility" if word.startswith(("pouv", "peu")) else "obligation"
    return word.lower()


def evaluate_timeml(gold: Path, limit: int | None = None) -> dict:
    from ..article import Article
    from ..components.events import mentions
    from ..components.events.lexicon import lexicon
    from ..pipeline import Pipeline
    from .timeml import timeml_files
    from .timeml_events import half, read_events

    files = timeml_files(gold)[: limit or None]
    pipe = Pipeline.from_names(["paragraphs.v1", "language.v1"])
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    langs: dict[str, int] = defaultdict(int)
    t0 = time.perf_counter()
    n_docs = 0
    for path in files:
        doc = read_events(path)
        art = Article(id=doc.name, text=doc.text, title="", source={})
        pipe(art)
        lang = art.language if art.language in ("en", "fr", "ru", "uk") else "en"
        langs[lang] += 1
        lex = lexicon(lang)
        found = mentions.find(mentions.tokenise(doc.text, lang), lex, doc.text)
        for m in found:
            m.timeml_modality = _sys_modality(m.timeml_modality, lang)
        n_docs += 1
        keys = ["all", f"corpus {doc.corpus}", half(doc.name)]
        neg_share = sum(e.polarity == "NEG" for e in doc.events) / max(1, len(doc.events))
        if neg_share <= IMPLAUSIBLE_NEG:
            keys += ["documents with plausible polarity", f"{half(doc.name)}, plausible polarity"]
        for key in keys:
            tallies[key].add(doc.events, found)
    result = {"task": "events", "format": "timeml", "path": str(gold), "documents": n_docs,
              "languages": dict(langs), "seconds": round(time.perf_counter() - t0, 2)}
    result.update(tallies["all"].result())
    result["parts"] = {k: t.result() for k, t in sorted(tallies.items()) if k != "all"}
    result["polarity_note"] = (f"documents with plausible polarity: those whose gold marks at most "
                               f"{IMPLAUSIBLE_NEG:.0%} of events NEG")
    result["halves_note"] = ("tune: documents the TimeML word tables were learnt from "
                             "(python -m sitrep_tools.events.train); held_out: never seen")
    return result


# --------------------------------------------------------------------------- UCDP

def keywords() -> list[str]:
    text = (resources.files("sitrep") / "data" / "en" / KEYWORDS).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _keyword_re(words: list[str]) -> re.Pattern:
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I)


def _first_headline(row: dict) -> str:
    return next((h.strip() for h in (row.get("source_headline") or "").split(";") if h.strip()), "")


def _date(value: str) -> str | None:
    value = (value or "").strip()
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if m:
        y, mo, d = m.groups()
    else:
        m = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})", value)
        if not m:
            return None
        mo, d, y = m.groups()
    try:
        return datetime(int(y), int(mo), int(d)).strftime("%Y-%m-%d")
    except ValueError:
        return None


def _side_codes(name: str) -> set[str] | None:
    for rx, codes in SIDES:
        if rx.search(name or ""):
            return codes
    return None


_WORD_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}


_DEAD_NUMBER = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|death toll (?:rises|climbs) to)\s+(?:at least\s+|more than\s+)?"
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.I)


def _states_count(headline: str, best: int) -> bool:
    """The headline states UCDP's death count: the number (digits or a word) next to a death word."""
    for m in list(_NUMBER_DEAD.finditer(headline)) + list(_DEAD_NUMBER.finditer(headline)):
        n = m.group(1).lower()
        if (n.isdigit() and int(n) == best) or _WORD_NUMBERS.get(n) == best:
            return True
    return False


def _precise(attrs: dict) -> bool:
    """A town, a village or a site (GeoNames feature class P or S): a precise place."""
    return bool(attrs.get("resolved", True)) and (attrs.get("feature_class") or "").upper() in ("P", "S")


def read_ucdp(path: Path) -> list[dict]:
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            need = ("source_headline", "where_prec", "latitude", "longitude", "best")
            missing = [c for c in need if c not in (reader.fieldnames or [])]
            if missing:
                raise GoldError(f"{path}: not a UCDP GED CSV (missing column(s) {', '.join(missing)})")
            return list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise GoldError(f"{path}: not readable ({exc})") from None


def _headlines(row: dict) -> list[str]:
    """The record's headlines (``source_headline``, ';'-separated), each once, first first."""
    out: list[str] = []
    for h in (row.get("source_headline") or "").split(";"):
        h = " ".join(h.split())
        if h and h not in out:
            out.append(h)
    return out


def _inside(place: dict, area: dict | None) -> bool:
    """A named place is consistent with an ASSAULT's coarser location: same country, and the
    same first-level division when the location is one."""
    if area is None:
        return True
    if place.get("country") != area.get("country"):
        return False
    return area.get("precision") != "admin-1" or not area.get("admin1") or place.get("admin1") == area["admin1"]


def record_location(art, heads: list[tuple[int, int]]) -> tuple[dict | None, str | None]:
    """The location of the event a record's reports tell, and how it was found:

    - ``first``: the ASSAULT of the first headline has a location (its most precise one);
    - ``other``: a more precise ASSAULT location in another headline of the same record;
    - ``named``: the ASSAULT locations are regions or countries (or none), and a headline names
      a town, village or site (not a metonym) inside that region: the reports' precise place.
    """
    from ..components.events.arguments import RANK  # (the events layer's ranks of its place precisions)

    places = art.layers.get("places", [])
    cands = []
    for e in art.layers.get("events", []):
        loc = e.attrs.get("location")
        if e.label != "ASSAULT" or not loc or loc.get("lat") is None or e.attrs.get("modality") == "negated":
            continue
        k = next(i for i, (a, b) in enumerate(heads) if a <= e.start < b or i == len(heads) - 1)
        try:
            pl = places[int(str(loc.get("id", "")).split("/")[-1])].attrs
        except (ValueError, IndexError):
            pl = {}
        cands.append((RANK.get(loc.get("precision"), 3), k, {**loc, "admin1": pl.get("admin1")}))
    best = min(cands, key=lambda c: (c[0], c[1])) if cands else None
    if best is not None and best[0] == 0:
        return best[2], ("first" if best[1] == 0 else "other")
    area = best[2] if best is not None else None
    for p in places:
        a = p.attrs
        if a.get("metonymy") or not _precise(a) or a.get("lat") is None:
            continue
        loc = {"name": a.get("name"), "lat": a.get("lat"), "lon": a.get("lon"), "country": a.get("country"),
               "admin1": a.get("admin1"), "precision": "point"}
        if _inside(loc, area):
            return loc, "named"
    if best is not None:
        return best[2], ("first" if best[1] == 0 else "other")
    return None, None


def evaluate_ucdp(gold: Path, limit: int | None = None) -> dict:
    """Each record whose first headline reports violence is one article made of all its
    headlines (one paragraph each, the first first): the ASSAULT, the side and the death count
    are read from the first headline (the event the record codes); the location from all of
    them (:func:`record_location`), as an analyst reads every report of one event."""
    from ..article import Article, parse_published
    from ..pipeline import default_pipeline
    from .events_types import located_within

    words = keywords()
    rx = _keyword_re(words)
    rows = [r for r in read_ucdp(gold) if rx.search(_first_headline(r))]
    if limit:
        rows = rows[:limit]
    if not rows:
        raise GoldError(f"{gold}: no record whose first headline reports violence")
    pipe = default_pipeline()
    c = defaultdict(int)
    t0 = time.perf_counter()
    for row in rows:
        heads = _headlines(row)
        spans, pos = [], 0
        for h in heads:
            spans.append((pos, pos + len(h)))
            pos += len(h) + 2
        text = "\n\n".join(heads)
        head = heads[0]
        pub = _date(row.get("date_start") or "")
        art = Article(id=row.get("id") or "r", text=text, title=head, source={},
                      published=parse_published(pub) if pub else None)
        art.language = "en"
        pipe(art)
        assaults = [e for e in art.layers.get("events", []) if e.label == "ASSAULT" and e.start < spans[0][1]]
        c["records"] += 1
        c["assault"] += bool(assaults)
        try:
            prec = int(row["where_prec"])
            lat, lon = float(row["latitude"]), float(row["longitude"])
        except ValueError:
            prec = 99
        if prec <= 2:
            c["located"] += 1

            def near(loc) -> bool:
                return located_within(loc, (lat, lon), 25)

            first = [e.attrs["location"] for e in assaults if e.attrs.get("location")]
            c["within_25km_first"] += near(first[0] if first else None)
            loc, how = record_location(art, spans)
            ok = near(loc)
            c["within_25km"] += ok
            if how:
                c[f"how_{how}"] += 1
                c[f"how_{how}_ok"] += ok
            # the reports name a precise place (a town, a village, a site): the subset the target
            # speaks of; and whether any place they name lies within 25 km (the ceiling)
            named = [p.attrs for p in art.layers.get("places", []) if not p.attrs.get("metonymy")]
            if any(_precise(a) for a in named):
                c["located_named"] += 1
                c["within_25km_named"] += ok
            if any(near(a) for a in named):
                c["reachable"] += 1
            if any(_precise(p.attrs) for p in art.layers.get("places", [])
                   if not p.attrs.get("metonymy") and p.start < spans[0][1]):
                c["located_named_first"] += 1
                c["within_25km_named_first"] += ok
        sides = [s for s in (_side_codes(row.get("side_a", "")), _side_codes(row.get("side_b", ""))) if s]
        if sides:
            c["sided"] += 1
            found = {x.get("country") for e in assaults for x in e.attrs["actor"] + e.attrs["recipient"]}
            if any(s & found for s in sides):
                c["side_matched"] += 1
        try:
            best = int(row["best"])
        except ValueError:
            best = None
        if best is not None and _states_count(head, best):
            c["counted"] += 1
            killed = [e.attrs["numbers"]["killed"]["value"] for e in assaults if "killed" in e.attrs["numbers"]]
            if best in killed:
                c["count_exact"] += 1

    def share(a: str, b: str) -> float:
        return round(c[a] / c[b], 4) if c[b] else 0.0

    return {
        "task": "events", "format": "ucdp", "gold": str(gold), "keywords": words,
        "records": c["records"], "assault": share("assault", "records"),
        "located": c["located"], "within_25km": share("within_25km", "located"),
        "within_25km_first_headline": share("within_25km_first", "located"),
        "located_by": {h: {"records": c[f"how_{h}"], "within_25km": share(f"how_{h}_ok", f"how_{h}")}
                       for h in ("first", "other", "named")},
        "reachable": c["reachable"], "reachable_share": share("reachable", "located"),
        "located_named": c["located_named"], "within_25km_named": share("within_25km_named", "located_named"),
        "located_named_first": c["located_named_first"],
        "within_25km_named_first": share("within_25km_named_first", "located_named_first"),
        "sided": c["sided"], "side_matched": share("side_matched", "sided"),
        "counted": c["counted"], "death_count_exact": share("count_exact", "counted"),
        "seconds": round(time.perf_counter() - t0, 2),
    }


# --------------------------------------------------------------------------- entry points

def evaluate(gold: Path, limit: int | None = None) -> dict:
    from . import events_types

    if gold.is_file() and events_types.kind(gold):
        return events_types.evaluate(gold, limit)
    if gold.is_file() and gold.suffix.lower() == ".csv":
        return evaluate_ucdp(gold, limit)
    return evaluate_timeml(gold, limit)


def _row(label: str, r: dict) -> str:
    n = r["negated"]
    return (f"| {label} | {r['gold']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
            f"{r['polarity_accuracy']:.3f} | {r['modality_accuracy']:.3f} | {r['class_accuracy']:.3f} | "
            f"{n['f1']:.3f} ({n['gold']}) |")


LOCATED_BY = {"first": "the first headline's ASSAULT", "other": "another headline's ASSAULT",
              "named": "a town a headline names, inside the ASSAULT's region"}


def render(r: dict) -> str:
    if r.get("format") in ("plover", "acled", "case"):
        from .events_types import render as render_types

        return render_types(r)
    if r.get("format") == "ucdp":
        return "\n".join([
            f"{r['gold']}: {r['records']} records whose first headline reports violence ({r['seconds']} s)",
            f"keywords: {', '.join(r['keywords'])}",
            "",
            "| measure | records | score |",
            "|---|---|---|",
            f"| an ASSAULT event | {r['records']} | {r['assault']:.3f} |",
            f"| its location within 25 km (where_prec <= 2; all the record's headlines) | {r['located']} | {r['within_25km']:.3f} |",
            f"| ... from the first headline alone | {r['located']} | {r['within_25km_first_headline']:.3f} |",
            *(f"| ... located by {k} ({LOCATED_BY[k]}) | {v['records']} | {v['within_25km']:.3f} |"
              for k, v in r["located_by"].items()),
            f"| ... of those whose headlines name a town, village or site | {r['located_named']} | {r['within_25km_named']:.3f} |",
            f"| ... of those whose first headline names one | {r['located_named_first']} | {r['within_25km_named_first']:.3f} |",
            f"| (ceiling: some place the headlines name lies within 25 km) | {r['located']} | {r['reachable_share']:.3f} |",
            f"| a side matched to actor / recipient country | {r['sided']} | {r['side_matched']:.3f} |",
            f"| death count exact (headline states UCDP's `best`) | {r['counted']} | {r['death_count_exact']:.3f} |",
        ])
    lines = [
        f"{r['path']}: {r['documents']} documents {r['languages']} ({r['seconds']} s); relaxed match (overlap)",
        "",
        "| part | gold events | P | R | F1 | polarity acc. | modality acc. | class acc. | NEG F1 (gold NEG) |",
        "|---|---|---|---|---|---|---|---|---|",
        _row("all", r),
    ]
    for k, v in r["parts"].items():
        lines.append(_row(k, v))
    lines += ["", r["halves_note"], r.get("polarity_note", "")]
    return "\n".join(lines)
