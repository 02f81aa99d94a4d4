"""``sitrep eval time-ner``: recognition of DATE/TIME spans on NER corpora (ru, uk).

Gold formats:

- a brat folder (NEREL: ``*.txt`` + ``*.ann``; entity types ``DATE`` and
  ``TIME``). Given the NEREL root, its ``dev`` part is scored (the part
  reported; ``train`` is the part tuned on); given a folder, that folder.
- an IOB file (NER-UK ``train.iob``: ``token TAG`` lines, blank lines between
  sentences). Sentences are split deterministically: every fifth sentence
  (index % 5 == 4) is the reported part, the others the tuning part; both are
  scored and shown.

Each document (a brat text, or 25 consecutive IOB sentences joined by
newlines) goes through sitrep's default pipeline without a publication date.
Gold ``DATE`` is compared with sitrep's DATE and DURATION (NEREL puts
durations under DATE), gold ``TIME`` with sitrep's TIME; where the corpus has a
``PERIOD`` type (NER-UK: durations and ranges such as "з 1904 до 1918 року"),
gold ``DATE`` is compared with DATE and ``PERIOD`` with DURATION. In a
per-type score, a prediction overlapping only gold spans of another time type
is left out (found, but typed otherwise); "any" ignores types. Sets ("щодня")
are not dates and are left out. "any" compares all gold spans with all of sitrep's.
Vague values (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``: "now",
"recently"), one-word deictic adverbs ("сегодня", "вчора") and bare season
adverbs ("влітку", "осенью") are not named entities in either corpus (seen on
the tuning parts) and are left out of sitrep's side. Strict: same span;
relaxed (TempEval-3): overlapping spans.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from ..article import Article
from . import GoldError

#: gold type -> sitrep labels; corpora with a PERIOD type (NER-UK) keep durations apart
SYSTEM_LABELS = {"DATE": {"DATE", "DURATION"}, "TIME": {"TIME"}}
SYSTEM_LABELS_WITH_PERIOD = {"DATE": {"DATE"}, "TIME": {"TIME"}, "PERIOD": {"DURATION"}}
#: vague values are not named entities in NER guidelines ("now", "recently")
VAGUE = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
CHUNK = 25
#: the gold types these readers keep unless told others (``sitrep eval geo-ner`` asks for places)
TIME_TYPES = frozenset({"DATE", "TIME", "PERIOD"})
_IOB_TAG = re.compile(r"O|[BIES]-[A-Za-z_]+")


@dataclass
class NerDoc:
    name: str
    text: str
    spans: list[tuple[int, int, str]]  # gold spans of the types read (DATE/TIME by default)
    part: str


def read_brat(folder: Path, part: str, types: frozenset[str] = TIME_TYPES) -> list[NerDoc]:
    docs = []
    for txt in sorted(folder.glob("*.txt")):
        ann = txt.with_suffix(".ann")
        try:
            text = txt.read_text(encoding="utf-8")
            lines = ann.read_text(encoding="utf-8").splitlines() if ann.exists() else []
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldError(f"{txt}: cannot read: {exc}") from None
        spans = []
        for line in lines:
            cols = line.split("\t")
            if len(cols) < 2 or not cols[0].startswith("T"):
                continue
            m = re.match(r"(\S+) (\d+) (?:.*;)?\d+ ?(\d+)?$", cols[1])
            head = cols[1].split(" ", 1)
            if head[0] not in types:
                continue
            nums = [int(n) for n in re.findall(r"\d+", head[1])]
            if m is None or len(nums) < 2:
                continue
            spans.append((nums[0], nums[-1], head[0]))
        docs.append(NerDoc(txt.stem, text, spans, part))
    return docs


def read_iob(path: Path, types: frozenset[str] = TIME_TYPES) -> list[NerDoc]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from None
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for n, line in enumerate(lines, 1):
        cols = line.split()
        if not cols:
            if current:
                sentences.append(current)
                current = []
            continue
        if len(cols) < 2:
            raise GoldError(f"{path}:{n}: expected 'token TAG'")
        if not _IOB_TAG.fullmatch(cols[-1]):
            raise GoldError(f"{path}:{n}: {cols[-1][:30]!r} is not an IOB tag (expected O, B-TYPE or I-TYPE): not an IOB file")
        current.append((cols[0], cols[-1]))
    if current:
        sentences.append(current)
    parts: dict[str, list[list[tuple[str, str]]]] = {"tune": [], "report": []}
    for i, sent in enumerate(sentences):
        parts["report" if i % 5 == 4 else "tune"].append(sent)
    docs = []
    for part, sents in parts.items():
        for c in range(0, len(sents), CHUNK):
            text_parts, spans, pos = [], [], 0
            for sent in sents[c : c + CHUNK]:
                open_span: tuple[int, str] | None = None
                last_end = pos
                for j, (tok, tag) in enumerate(sent):
                    if j:
                        text_parts.append(" ")
                        pos += 1
                    start = pos
                    text_parts.append(tok)
                    pos += len(tok)
                    kind = tag[2:] if tag[:2] in ("B-", "I-") else None
                    if open_span and (tag.startswith("B-") or kind != open_span[1]):
                        spans.append((open_span[0], last_end, open_span[1]))
                        open_span = None
                    if kind in types and open_span is None:
                        open_span = (start, kind)
                    last_end = pos
                if open_span:
                    spans.append((open_span[0], last_end, open_span[1]))
                text_parts.append("\n")
                pos += 1
            docs.append(NerDoc(f"{path.stem}-{part}-{c // CHUNK}", "".join(text_parts), spans, part))
    return docs


def load(gold: Path, types: frozenset[str] = TIME_TYPES) -> list[NerDoc]:
    if gold.is_file():
        return read_iob(gold, types)
    if (gold / "dev").is_dir():
        return read_brat(gold / "dev", "report", types)
    if list(gold.glob("*.ann")):
        return read_brat(gold, "report" if gold.name == "dev" else gold.name, types)
    if (gold / "train.iob").is_file():
        return read_iob(gold / "train.iob", types)
    raise GoldError(f"{gold}: neither a brat folder (*.txt + *.ann) nor an IOB file")


def first_of_each_part(docs: list[NerDoc], limit: int | None) -> list[NerDoc]:
    """The first ``limit`` documents of each part (all of them without a limit)."""
    if not limit:
        return docs
    by_part: dict[str, int] = {}
    kept = []
    for d in docs:
        by_part[d.part] = by_part.get(d.part, 0) + 1
        if by_part[d.part] <= limit:
            kept.append(d)
    return kept


def _hits(span: tuple[int, int], spans) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


class SpanScore:
    def __init__(self) -> None:
        self.gold = self.sys = self.strict = self.rel_p = self.rel_r = 0

    def add(
        self, gold: list[tuple[int, int]], pred: list[tuple[int, int]], other: list[tuple[int, int]] = ()
    ) -> None:
        """``other``: gold spans of the other time types; a prediction overlapping
        one of them and no span of this type is left out (found, typed otherwise)."""
        pred = [p for p in pred if not (_hits(p, other) and not _hits(p, gold))]
        self.gold += len(gold)
        self.sys += len(pred)
        gs = set(gold)
        self.strict += sum(1 for p in pred if p in gs)
        self.rel_p += sum(1 for p in pred if any(p[0] < g[1] and g[0] < p[1] for g in gold))
        self.rel_r += sum(1 for g in gold if any(p[0] < g[1] and g[0] < p[1] for p in pred))

    def as_dict(self) -> dict:
        def prf(tp_p: int, tp_r: int) -> dict:
            p = tp_p / self.sys if self.sys else 0.0
            r = tp_r / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

        return {"gold": self.gold, "system": self.sys, "strict": prf(self.strict, self.strict), "relaxed": prf(self.rel_p, self.rel_r)}


def is_entity(text: str, ann) -> bool:
    """Whether a sitrep time expression is what NER corpora call a DATE/TIME entity:
    not a vague value ("now", "recently") nor a one-word deictic adverb
    ("today", "вчора"), which NEREL and NER-UK both leave unannotated."""
    if ann.attrs.get("value") in VAGUE or ann.label == "SET":
        return False
    one_word = len(text[ann.start : ann.end].split()) == 1
    if one_word and re.fullmatch(r"(?:\d{4}|XXXX)-(?:SP|SU|FA|WI)", str(ann.attrs.get("value", ""))):
        return False  # a bare season ("влітку", "осенью"): NEREL train tags 3 of 26, NER-UK none
    return not ("relative" in ann.attrs and len(text[ann.start : ann.end].split()) == 1 and ann.attrs["relative"].endswith("D"))


def evaluate(gold: Path, limit: int | None = None) -> dict:
    from ..pipeline import default_pipeline

    docs = first_of_each_part(load(gold), limit)
    pipeline = default_pipeline()
    scores: dict[str, dict[str, SpanScore]] = {}
    languages: set[str] = set()
    has_period = any(k == "PERIOD" for d in docs for _, _, k in d.spans)
    mapping = SYSTEM_LABELS_WITH_PERIOD if has_period else SYSTEM_LABELS
    t0 = time.perf_counter()
    for doc in docs:
        article = Article(id=doc.name, text=doc.text)
        pipeline(article)
        languages.add(article.language or "und")
        pred = [a for a in article.layers.get("times", []) if is_entity(article.text, a)]
        part = scores.setdefault(doc.part, {k: SpanScore() for k in (*mapping, "any")})
        for kind, labels in mapping.items():
            part[kind].add(
                [(s, e) for s, e, k in doc.spans if k == kind],
                [(a.start, a.end) for a in pred if a.label in labels],
                [(s, e) for s, e, k in doc.spans if k != kind],
            )
        part["any"].add([(s, e) for s, e, _ in doc.spans], [(a.start, a.end) for a in pred])
    return {
        "task": "time-ner",
        "metric": "DATE/TIME span recognition, strict and relaxed (overlap) P/R/F1",
        "gold": str(gold),
        "documents": len(docs),
        "languages": sorted(languages),
        "seconds": round(time.perf_counter() - t0, 2),
        "parts": {part: {k: s.as_dict() for k, s in kinds.items()} for part, kinds in scores.items()},
    }


def render(result: dict) -> str:
    lines = [
        f"{result['documents']} documents ({', '.join(result['languages'])}) from {result['gold']}",
        "",
        "| part | type | gold | system | strict P / R / F1 | relaxed P / R / F1 |",
        "|---|---|---|---|---|---|",
    ]
    for part, kinds in sorted(result["parts"].items()):
        for kind, s in kinds.items():
            st, rl = s["strict"], s["relaxed"]
            lines.append(
                f"| {part} | {kind} | {s['gold']} | {s['system']} | {st['precision']:.3f} / {st['recall']:.3f} / "
                f"{st['f1']:.3f} | {rl['precision']:.3f} / {rl['recall']:.3f} / **{rl['f1']:.3f}** |"
            )
    return "\n".join(lines)
