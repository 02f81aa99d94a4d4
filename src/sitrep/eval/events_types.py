"""``sitrep eval events --gold PATH``: event *type* accuracy on coded sentences and event notes.

Three formats, told apart by their extension and columns:

- **PLOVER-coded sentences** (JSON Lines, POLECAT / PLOVER style): one record per sentence with
  its text (``text``, ``sentence``, ``event_text`` or ``story_text``) and its PLOVER type
  (``event_type``, ``event``, ``type`` or ``label``; a list counts by its first item), and
  optionally ``mode``, ``actor`` / ``recipient`` (country codes, names, or PLOVER's
  ``[{"code": ...}]``), ``location``, ``modality`` (sitrep's), ``lang`` and ``split``.
  POLECAT's column names (``Event Type``, ``Event Mode``, ``Actor Country``, ``Placename`` ...)
  are read too, and the older PLOVER names DEMAND / DISAPPROVE are read as REQUEST / ACCUSE.
- **ACLED-style event descriptions** (CSV, the ACLED export's columns): ``notes`` is the text,
  ``event_type`` / ``sub_event_type`` the gold classes; ``actor1``, ``actor2``, ``location``
  and ``fatalities`` are scored when present, and ``latitude`` / ``longitude`` (where
  ``geo_precision`` is 1 or 2): the event's place within 25 km.
- **CASE 2021 task 2** (tab-separated ``id``, ``EventSnippet``, ``SubType``): the 25 ACLED
  sub-event codes of the shared task (``ARMED_CLASH``, ``AIR_STRIKE`` ...), read as ACLED
  sub-event types; the task's three unseen classes stay as they are.

Each text runs through the default pipeline as one article; its *main event* (:func:`main_event`)
gives the predicted class, "NONE" when no event is found. Scores, the field's: accuracy,
weighted F1 over the gold classes (CASE 2021's ranking measure), macro F1, per-class
precision / recall / F1 and the most frequent confusions; for PLOVER also mode accuracy (gold
mode given), modality accuracy, actor / recipient and location match; for ACLED the event type
and the sub-event type, fatalities exact. Records with a ``split`` column are also scored per
split (``tune``: looked at while writing the lexicons; ``held_out``: reported, never tuned on).
"""

from __future__ import annotations

import csv
import json
import re
import time
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from pathlib import Path

from . import GoldError

NONE = "NONE"
#: older PLOVER type names -> the ones events.v1 uses
PLOVER_ALIASES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT")
#: CASE 2021 task 2 sub-type codes -> ACLED sub-event types (ACLED codebook names)
CASE_CODES = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance", "AGREEMENT": "Agreement", "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash", "ARREST": "Arrests", "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack", "CHANGE_TO_GROUP_ACT": "Change to group/activity", "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use", "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory", "GRENADE": "Grenade", "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence", "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory", "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest", "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention", "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence", "SUIC_BOMB": "Suicide bomb", "VIOL_DEMONSTR": "Violent demonstration",
}
_TEXT_KEYS = ("text", "sentence", "event_text", "story_text", "Event Text", "Text", "notes")
_TYPE_KEYS = ("event_type", "event", "type", "label", "Event Type", "eventType")
_MODE_KEYS = ("mode", "event_mode", "Event Mode")
_ACTOR_KEYS = ("actor", "Actor Country", "actor_country", "Actor Name")
_RECIP_KEYS = ("recipient", "Recipient Country", "recipient_country", "Recipient Name")
_LOC_KEYS = ("location", "Placename", "placename", "place")


# --------------------------------------------------------------------------- readers

def _first(rec: dict, keys) -> object:
    for k in keys:
        v = rec.get(k)
        if v not in (None, "", []):
            return v
    return None


def _one(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("code") or value.get("country") or value.get("name")
    return str(value).strip() if value not in (None, "") else None


def _codes(value) -> list[str]:
    if value in (None, ""):
        return []
    items = value if isinstance(value, list) else re.split(r"\s*[;|]\s*", str(value))
    out = []
    for it in items:
        if isinstance(it, dict):
            it = it.get("code") or it.get("country") or it.get("country_name") or it.get("name")
        if it:
            out.append(str(it).strip())
    return out


def plover_type(value) -> str | None:
    t = _one(value)
    if not t:
        return None
    t = t.upper().replace(" ", "_")
    return PLOVER_ALIASES.get(t, t)


def read_plover(path: Path) -> list[dict]:
    recs = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: not readable ({exc})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{n}: not JSON ({exc.msg})") from None
        if not isinstance(rec, dict):
            raise GoldError(f"{path}:{n}: a record must be a JSON object")
        text, typ = _first(rec, _TEXT_KEYS), plover_type(_first(rec, _TYPE_KEYS))
        if not isinstance(text, str) or not text.strip() or not typ:
            raise GoldError(f"{path}:{n}: a PLOVER record needs a text and an event type "
                            f"(keys {', '.join(_TEXT_KEYS[:4])} / {', '.join(_TYPE_KEYS[:4])})")
        recs.append({
            "id": str(rec.get("id") or rec.get("Event ID") or n), "text": text, "gold": typ,
            "mode": (_one(_first(rec, _MODE_KEYS)) or "").lower() or None,
            "actor": _codes(_first(rec, _ACTOR_KEYS)), "recipient": _codes(_first(rec, _RECIP_KEYS)),
            "location": _one(_first(rec, _LOC_KEYS)), "modality": rec.get("modality"),
            "lang": rec.get("lang") or rec.get("language"), "split": rec.get("split"),
        })
    if not recs:
        raise GoldError(f"{path}: no records")
    return recs


def read_acled(path: Path) -> list[dict]:
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            cols = reader.fieldnames or []
            if not {"notes", "sub_event_type"} <= set(cols):
                raise GoldError(f"{path}: not an ACLED export (needs the columns notes and sub_event_type)")
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise GoldError(f"{path}: not readable ({exc})") from None
    recs = []
    for n, row in enumerate(rows, 2):
        text = (row.get("notes") or "").strip()
        if not text:
            continue
        fat = (row.get("fatalities") or "").strip()
        recs.append({
            "id": row.get("event_id_cnty") or str(n), "text": text,
            "gold": (row.get("sub_event_type") or "").strip() or NONE,
            "gold_event_type": (row.get("event_type") or "").strip() or None,
            "actor1": row.get("actor1") or "", "actor2": row.get("actor2") or "",
            "location": (row.get("location") or "").strip() or None,
            "fatalities": int(fat) if fat.isdigit() else None,
            "point": _point(row),
            "lang": row.get("lang") or None, "split": row.get("split") or None,
        })
    if not recs:
        raise GoldError(f"{path}: no row with notes")
    return recs


#: ACLED's geo_precision: 1 the place itself, 2 a place nearby, 3 a region's centre (not scored)
MAX_GEO_PRECISION = 2
#: an event's place is right within this distance of ACLED's coordinates (as for UCDP)
WITHIN_KM = 25.0


def _point(row: dict) -> tuple[float, float] | None:
    """ACLED's coordinates of the event where the export has them (``latitude``, ``longitude``)
    and they name the place or a place nearby (``geo_precision`` 1 or 2, or no such column)."""
    try:
        lat, lon = float(row.get("latitude") or ""), float(row.get("longitude") or "")
    except ValueError:
        return None
    prec = (row.get("geo_precision") or "").strip()
    if prec.isdigit() and int(prec) > MAX_GEO_PRECISION:
        return None
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


def located_within(loc: dict | None, point: tuple[float, float], km: float = WITHIN_KM) -> bool:
    """Whether an event's ``location`` lies within ``km`` of the gold ``point`` (lat, lon)."""
    if not loc or loc.get("lat") is None or loc.get("lon") is None:
        return False
    from ..components.places.gazetteer import distance_km  # noqa: PLC0415

    return distance_km(point[0], point[1], loc["lat"], loc["lon"]) <= km


def read_case(path: Path) -> list[dict]:
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise GoldError(f"{path}: not readable ({exc})") from None
    if not rows or len(rows[0]) < 3:
        raise GoldError(f"{path}: not a CASE 2021 task 2 file (id, EventSnippet, SubType, tab-separated)")
    if rows[0][0].lower() == "id":
        rows = rows[1:]
    recs = []
    for row in rows:
        if len(row) < 3 or not row[1].strip():
            continue
        code = row[2].strip()
        recs.append({"id": row[0], "text": row[1], "gold": CASE_CODES.get(code.upper(), code),
                     "gold_event_type": None, "lang": "en", "split": None, "location": None,
                     "fatalities": None, "actor1": "", "actor2": ""})
    if not recs:
        raise GoldError(f"{path}: no records")
    return recs


def kind(path: Path) -> str | None:
    """'plover', 'acled' or 'case' for files this module reads, else None."""
    suf = path.suffix.lower()
    if suf in (".jsonl", ".ndjson", ".json"):
        return "plover"
    if suf in (".tsv", ".txt"):
        try:
            head = path.open(encoding="utf-8-sig").readline()
        except (OSError, UnicodeDecodeError):
            return None
        return "case" if "EventSnippet" in head or head.count("\t") >= 2 else None
    if suf == ".csv":
        try:
            head = path.open(encoding="utf-8-sig").readline()
        except (OSError, UnicodeDecodeError):
            return None
        return "acled" if "notes" in head and "sub_event_type" in head else None
    return None


# --------------------------------------------------------------------------- the main event

#: a main event is preferably asserted (or claimed / future): these come after
_WEAK = {"background": 2, "denied": 1}


def main_event(events: list, article=None) -> object | None:
    """The event a one-sentence record codes: the event the sentence reports (PLOVER codes the
    main clause's), i.e. the first event of the text, preferring one whose modality is not
    background or denied; an event of a fronted adverbial ("*After months of threats*, X
    attacked", "*После переговоров* ... X вывел"; :func:`fronted`, given the ``article``) is the
    main clause's background and ranks as a background event, as does a participle inside the subject
    (:func:`reduced_relatives`: "Two journalists *detained* in Malabo were freed"). An ASSAULT made only of a casualty
    word ("killed", "dead") yields to another event of the text (the shelling, the clash that killed)."""
    if not events:
        return None
    front = (fronted(article, events) | reduced_relatives(article, events)) if article is not None else ()

    def key(ix):
        i, e = ix
        weak = _WEAK.get(e.attrs.get("modality"), 0)
        return (max(weak, _WEAK["background"]) if i in front else weak, i)

    return min(enumerate(events), key=key)[1]


def fronted(article, events: list) -> set[int]:
    """The indexes of ``events`` whose trigger lies in a fronted adverbial: the sentence opens with
    a word of ``fronted_adverbial`` (``events_cues.yaml``: "after", "following", "après", "после",
    "після", "reacting to", "при посредничестве" ...), and the trigger lies before the adverbial's end, the sentence's
    first comma after it or, where there is none, the first actor named after it (the main
    clause's subject: "После провала переговоров в Джидде *Силы быстрого реагирования* обстреляли")."""
    from ..components.events import mentions
    from ..components.events.lexicon import lexicon

    lex = lexicon(article.language)
    openers = lex.cues.get("fronted_adverbial")
    if not openers:
        return set()
    text = article.text
    sents = sorted((a.start, a.end) for a in article.layers.get("sentences", ())) or [(0, len(text))]
    actors = sorted(a.start for a in article.layers.get("actors", ()))
    out = set()
    for s, e in sents:
        inside = [(i, ev) for i, ev in enumerate(events) if s <= ev.start < e]
        if not inside:
            continue
        tok = mentions.tokenise(text[s:e], lex.lang)
        n = openers.at(tok.words, 0) if tok.words else 0
        if not n or tok.starts[0] > 2:  # (a quotation mark may open the sentence)
            continue
        opened = s + tok.ends[n - 1]
        comma = text.find(",", opened, e)
        end = comma if comma >= 0 else next((a for a in actors if opened < a < e), -1)
        # an event word of the opener itself ("under *pressure*", "при *посредничестве*") is the
        # adverbial's too
        out.update(i for i, ev in inside if ev.end <= end)
    return out


def reduced_relatives(article, events: list) -> set[int]:
    """The indexes of ``events`` whose trigger is a participle inside the subject, before the main
    verb, a passive: "Two Spanish journalists *detained* in Equatorial Guinea for a week were freed",
    "Deux journalistes *détenus* en Guinée ont été libérés". The participle follows a word (the noun
    it qualifies) that is no auxiliary nor determiner, a preposition follows it (``reduced_after``
    in ``events_cues.yaml``: an active verb would take its object there), and a later event of the
    sentence follows an auxiliary (``passive_aux``), with no comma nor "and" between the two
    ("Protesters marched in Lisbon and were dispersed": both verbs of the subject)."""
    from ..components.events import arguments, mentions
    from ..components.events.lexicon import lexicon

    lex = lexicon(article.language)
    aux, after = lex.cues.get("passive_aux"), lex.cues.get("reduced_after")
    if not aux or not after or len(events) < 2:
        return set()
    dets = arguments.DETERMINERS.get(lex.lang, ())
    text = article.text
    out = set()
    for s, e in sorted((a.start, a.end) for a in article.layers.get("sentences", ())) or [(0, len(text))]:
        inside = [(i, ev) for i, ev in enumerate(events) if s <= ev.start < e]
        if len(inside) < 2:
            continue
        tok = mentions.tokenise(text[s:e], lex.lang)
        words = tok.words
        at = [bisect_left(tok.starts, ev.start - s) for _i, ev in inside]
        for n, (i, ev) in enumerate(inside[:-1]):
            k = at[n]
            if not 0 < k < len(words) - 1 or " " in ev.attrs.get("trigger", " ") or not after.word(words[k + 1]):
                continue
            before = words[k - 1]
            if aux.word(before) or before in dets or not before.isalpha():
                continue
            for k2 in at[n + 1:]:
                if k2 > k + 1 and aux.word(words[k2 - 1]):
                    between = text[s + tok.starts[k]:s + tok.starts[k2]]
                    if "," not in between and arguments.AND.isdisjoint(words[k + 1:k2]):
                        out.add(i)
                    break
    return out


# --------------------------------------------------------------------------- scoring

def class_scores(pairs: list[tuple[str, str]]) -> dict:
    """Accuracy, support-weighted and macro F1 over the gold classes, per-class P/R/F1 and the
    most frequent confusions (gold -> predicted)."""
    gold_n = Counter(g for g, _p in pairs)
    pred_n = Counter(p for _g, p in pairs)
    tp = Counter(g for g, p in pairs if g == p)
    per = {}
    for c in sorted(gold_n):
        p = tp[c] / pred_n[c] if pred_n[c] else 0.0
        r = tp[c] / gold_n[c]
        f = 2 * p * r / (p + r) if p + r else 0.0
        per[c] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": gold_n[c],
                  "predicted": pred_n[c]}
    n = len(pairs)
    weighted = sum(per[c]["f1"] * gold_n[c] for c in per) / n if n else 0.0
    macro = sum(v["f1"] for v in per.values()) / len(per) if per else 0.0
    conf = Counter((g, p) for g, p in pairs if g != p)
    return {"records": n, "accuracy": round(sum(tp.values()) / n, 4) if n else 0.0,
            "weighted_f1": round(weighted, 4), "macro_f1": round(macro, 4), "per_class": per,
            "confusions": [{"gold": g, "predicted": p, "count": k} for (g, p), k in conf.most_common(10)]}


def _norm(s: str | None) -> str:
    """Lower case, accents and apostrophes off, any script kept ("Avdiïvka" -> "avdiivka")."""
    s = "".join(ch for ch in unicodedata.normalize("NFKD", (s or "").casefold()) if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", "", s)


def _place_match(gold: str | None, loc: dict | None, text: str) -> bool:
    """Whether the event's place is the gold place: the same name, written or resolved, or an
    inflected / transliterated form of it, or the same gazetteer entry (the gold name is one of the
    names of the entry the event's place resolved to: "Київ" for a place written "Києві" and
    resolved to Kyiv)."""
    if not gold or not loc:
        return False
    a, b = _norm(gold), _norm(loc.get("name"))
    m = loc.get("mention")
    c = _norm(text[m[0]:m[1]]) if m else ""
    if not a:
        return False
    # a name and its inflected / transliterated form share their first letters ("Kharkiv",
    # "Харкова" -> "kharkova"), so a shared stem of five letters counts
    if any(x and (x == a or (min(len(x), len(a)) >= 5 and x[:5] == a[:5])) for x in (b, c)):
        return True
    return loc.get("geonameid") is not None and loc["geonameid"] in _gazetteer_ids(gold)


def _gazetteer_ids(name: str) -> set[int]:
    """The GeoNames ids of the gazetteer entries one of whose names is ``name``."""
    from ..components.places import gazetteer  # noqa: PLC0415  (loaded only when a name needs it)

    gaz = gazetteer.load()
    return {gaz.gid[i] for i in gaz.lookup(gazetteer.norm(name)) if gaz.gid[i] > 0}


_ISO3_FROM_NAME: dict[str, str] = {}


def _country_of_acled_actor(name: str) -> str | None:
    """'Military Forces of Russia (2000-)' -> RUS; 'Civilians (Ukraine)' -> UKR; else None."""
    m = re.search(r"(?:of|\()\s*([A-Z][A-Za-z .'-]+?)\s*(?:\(|\)|$)", name or "")
    if not m:
        return None
    key = m.group(1).strip()
    if key not in _ISO3_FROM_NAME:
        import pycountry  # noqa: PLC0415

        try:
            _ISO3_FROM_NAME[key] = pycountry.countries.lookup(key).alpha_3
        except LookupError:
            try:
                _ISO3_FROM_NAME[key] = pycountry.countries.search_fuzzy(key)[0].alpha_3
            except LookupError:
                _ISO3_FROM_NAME[key] = ""
    return _ISO3_FROM_NAME[key] or None


def _countries(refs: list[dict]) -> set[str]:
    out = set()
    for r in refs or []:
        for k in ("country", "actor", "name"):
            if r.get(k):
                out.add(str(r[k]).upper())
    return out


def _code_match(gold: list[str], refs: list[dict]) -> bool:
    found = _countries(refs)
    return any(g.upper() in found or any(f.startswith(g.upper()) for f in found) for g in gold)


def _recipient_match(gold_actor: list[str], gold_recipient: list[str], attrs: dict) -> bool:
    """Whether the event has the gold recipient: among its recipients or, where the event lists
    the gold actor and the gold recipient together as its actors, as one of them. That is PLOVER's
    coding of a reciprocal event (manual, "Compound and Reciprocal Actors": "all of the entities
    are considered as the actor and no recipient is included": "Armenia and Azerbaijan agreed",
    "Россия и Украина обменялись пленными"), which a dyadic gold record (actor Armenia, recipient
    Azerbaijan, CAMEO's way) codes as actor and recipient."""
    if _code_match(gold_recipient, attrs.get("recipient")):
        return True
    actors = attrs.get("actor")
    other = [g for g in gold_recipient if g not in gold_actor]  # (a state acting on itself is one party)
    return bool(gold_actor and other) and _code_match(gold_actor, actors) and _code_match(other, actors)


def evaluate(gold: Path, limit: int | None = None, fmt: str | None = None) -> dict:
    from ..article import Article
    from ..pipeline import default_pipeline

    fmt = fmt or kind(gold)
    reader = {"plover": read_plover, "acled": read_acled, "case": read_case}.get(fmt)
    if reader is None:
        raise GoldError(f"{gold}: not a PLOVER JSONL, ACLED CSV or CASE 2021 TSV file")
    recs = reader(gold)[: limit or None]
    pipe = default_pipeline()
    t0 = time.perf_counter()
    rows = []
    for rec in recs:
        art = Article(id=rec["id"], text=rec["text"], title="", source={})
        if rec.get("lang"):
            art.language = rec["lang"]
        pipe(art)
        ev = main_event(art.layers.get("events", []), art)
        a = ev.attrs if ev is not None else {}
        row = {"id": rec["id"], "split": rec.get("split"), "lang": art.language, "gold": rec["gold"],
               "text": rec["text"], "trigger": a.get("trigger")}
        if fmt == "plover":
            row.update(pred=ev.label if ev is not None else NONE, gold_mode=rec["mode"], mode=a.get("mode"),
                       gold_modality=rec["modality"], modality=a.get("modality"))
            row["actor_ok"] = _code_match(rec["actor"], a.get("actor")) if rec["actor"] else None
            row["recipient_ok"] = _recipient_match(rec["actor"], rec["recipient"], a) if rec["recipient"] else None
            row["location_ok"] = _place_match(rec["location"], a.get("location"), rec["text"]) if rec["location"] else None
        else:
            row.update(pred=a.get("acled_sub_event_type") or NONE, gold_event_type=rec.get("gold_event_type"),
                       event_type=a.get("acled_event_type") or NONE, plover=ev.label if ev is not None else None)
            row["location_ok"] = _place_match(rec["location"], a.get("location"), rec["text"]) if rec["location"] else None
            if rec.get("point"):
                row["within_ok"] = located_within(a.get("location"), rec["point"])
            if rec.get("fatalities"):
                # a note tells one event, its deaths possibly in a sentence of their own
                killed = [e.attrs["numbers"]["killed"]["value"] for e in art.layers.get("events", [])
                          if "killed" in (e.attrs.get("numbers") or {})]
                row["fatalities_ok"] = bool(killed) and max(killed) == rec["fatalities"]
            g1 = _country_of_acled_actor(rec["actor1"])
            row["actor_ok"] = _code_match([g1], (a.get("actor") or []) + (a.get("recipient") or [])) if g1 else None
        rows.append(row)
    out = {"task": "events", "format": fmt, "gold": str(gold), "seconds": round(time.perf_counter() - t0, 2)}
    out.update(_score(rows, fmt))
    parts = defaultdict(list)
    for r in rows:
        if r.get("split"):
            parts[f"split {r['split']}"].append(r)
        if r.get("lang"):
            parts[f"lang {r['lang']}"].append(r)
        if r.get("split") and r.get("lang"):
            parts[f"{r['split']} {r['lang']}"].append(r)
    out["parts"] = {k: _score(v, fmt, brief=True) for k, v in sorted(parts.items())}
    out["errors"] = [{k: r[k] for k in ("id", "split", "gold", "pred", "trigger", "text")}
                     for r in rows if r["gold"] != r["pred"]]
    return out


def _share(rows, key) -> dict:
    vals = [r[key] for r in rows if r.get(key) is not None]
    return {"records": len(vals), "score": round(sum(vals) / len(vals), 4) if vals else None}


def _score(rows: list[dict], fmt: str, brief: bool = False) -> dict:
    out = class_scores([(r["gold"], r["pred"]) for r in rows])
    if brief:
        out.pop("per_class")
        out.pop("confusions")
    if fmt == "plover":
        for r in rows:
            if r["gold_mode"]:
                r["mode_ok"] = r["gold"] == r["pred"] and (r["mode"] or "") == r["gold_mode"]
            if r["gold_modality"]:
                r["modality_ok"] = r["pred"] != NONE and r["modality"] in _accepts(r["gold_modality"])
        out["mode"] = _share(rows, "mode_ok")
        out["modality"] = _share(rows, "modality_ok")
        out["actor"] = _share(rows, "actor_ok")
        out["recipient"] = _share(rows, "recipient_ok")
    else:
        et = [(r["gold_event_type"], r["event_type"]) for r in rows if r.get("gold_event_type")]
        if et:
            s = class_scores(et)
            out["event_type"] = {k: s[k] for k in ("records", "accuracy", "weighted_f1", "macro_f1")}
        out["fatalities"] = _share(rows, "fatalities_ok")
        out["actor"] = _share(rows, "actor_ok")
        out["location_within_25km"] = _share(rows, "within_ok")
    out["location"] = _share(rows, "location_ok")
    return out


def _accepts(gold_modality: str) -> set[str]:
    # an asserted event reported by a source ("the governor said") is "claimed" in sitrep's terms
    return {"asserted", "claimed"} if gold_modality == "asserted" else {gold_modality}


# --------------------------------------------------------------------------- rendering

def render(r: dict) -> str:
    title = {"plover": "PLOVER type", "acled": "ACLED sub-event type", "case": "CASE 2021 task 2 sub-type"}[r["format"]]
    lines = [f"{r['gold']}: {r['records']} records, {title} ({r['seconds']} s)", "",
             "| part | records | accuracy | weighted F1 | macro F1 |", "|---|---|---|---|---|",
             f"| all | {r['records']} | {r['accuracy']:.3f} | {r['weighted_f1']:.3f} | {r['macro_f1']:.3f} |"]
    for k, v in r["parts"].items():
        lines.append(f"| {k} | {v['records']} | {v['accuracy']:.3f} | {v['weighted_f1']:.3f} | {v['macro_f1']:.3f} |")
    lines += ["", "| measure | records | score |", "|---|---|---|"]
    for k in ("event_type", "mode", "modality", "actor", "recipient", "location", "location_within_25km", "fatalities"):
        v = r.get(k)
        if not v:
            continue
        if k == "event_type":
            lines.append(f"| ACLED event type accuracy (weighted F1 {v['weighted_f1']:.3f}) | {v['records']} | {v['accuracy']:.3f} |")
        elif k == "location_within_25km" and v["records"]:
            lines.append(f"| location within {WITHIN_KM:g} km of ACLED's coordinates (geo_precision <= "
                         f"{MAX_GEO_PRECISION}) | {v['records']} | {v['score']:.3f} |")
        elif v["records"]:
            lines.append(f"| {k} | {v['records']} | {v['score']:.3f} |")
    lines += ["", "| class | support | predicted | P | R | F1 |", "|---|---|---|---|---|---|"]
    for c, v in r["per_class"].items():
        lines.append(f"| {c} | {v['support']} | {v['predicted']} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} |")
    if r["confusions"]:
        lines += ["", "most frequent confusions (gold -> predicted): " +
                  "; ".join(f"{c['gold']} -> {c['predicted']} ({c['count']})" for c in r["confusions"])]
    return "\n".join(lines)
