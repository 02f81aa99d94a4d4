"""``sitrep eval statements``: attributed statements on brat (PolNeAR) or ADAQ token files.

- A brat folder (``attributions/*.ann`` beside ``text/*.txt``, the PolNeAR
  layout; an ``.ann`` named ``<text>_<annotator>.ann`` is read against
  ``<text>.txt``): each ``Attribution`` event gives a gold statement with its
  Content, Source and Cue spans (discontinuous spans allowed).  GenderGapTracker
  protocol: a predicted statement matches a gold one when their content spans
  overlap by at least 0.3 of the gold span (0.8 reported too), one to one,
  largest overlap first; precision, recall, F1, and speaker accuracy over the
  matched pairs whose gold statement has a source: the predicted source span
  overlaps the gold source span, or the predicted speaker is the actor the
  actors layer finds in the gold source span.  Statements nested in another one's content
  (attr ``outer``) are left out: PolNeAR annotates no nested attribution.
- An ADAQ folder (``ru_tokens.tsv``: lemma, token, sentence id, index, tag in
  source / cue / content / None): each sentence is analysed alone and every
  token gets the label of the predicted span covering it; token-level
  precision, recall and F1 per label.
"""

from __future__ import annotations

import csv
import re
import time
from pathlib import Path
from typing import Any, Iterator

from ..article import Article
from . import GoldError
from .metrics import PRF

THRESHOLDS = (0.3, 0.8)
Spans = list[tuple[int, int]]


def _pipeline():
    from ..pipeline import default_pipeline

    return default_pipeline()


def analyse(pipe, doc_id: str, text: str, language: str | None = None) -> Article:
    title = text.split("\n", 1)[0]
    article = Article(id=doc_id, text=text, title=title or None)
    if language:
        article.language = language
    pipe(article)
    return article


# -- brat ------------------------------------------------------------------
def _spans(field: str, where: str) -> Spans:
    try:
        return [(int(a), int(b)) for a, b in (frag.split() for frag in field.split(";"))]
    except ValueError:
        raise GoldError(f"{where}: bad span {field!r}") from None


def read_ann(path: Path, text_len: int) -> list[dict[str, Any]]:
    """Gold statements ``{content, source, cue}`` (span lists) of one ``.ann`` file."""
    spans: dict[str, Spans] = {}
    events: list[dict[str, str]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path}:{n}"
        if not re.match(r"^[TEARMN#*]\d*\t", line):
            continue  # the text field of the line before, running over a line break
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2 or " " not in parts[1]:
                raise GoldError(f"{where}: expected 'Tn<TAB>Type start end<TAB>text'")
            _, rest = parts[1].split(" ", 1)
            sp = _spans(rest, where)
            if any(not 0 <= a <= b <= text_len for a, b in sp):
                raise GoldError(f"{where}: span outside the text")
            spans[parts[0]] = sp
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) < 2:
                raise GoldError(f"{where}: expected 'En<TAB>Attribution:Tn Role:Tm ...'")
            roles = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            events.append(roles)
    gold = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if not content:
            continue
        gold.append({
            "content": content,
            "source": spans.get(roles.get("Source", ""), []),
            "cue": spans.get(roles.get("Cue", ""), []),
        })
    return gold


def brat_docs(folder: Path, limit: int | None) -> Iterator[tuple[str, str, list[dict[str, Any]]]]:
    ann_dir = folder / "attributions" if (folder / "attributions").is_dir() else folder
    text_dir = folder / "text" if (folder / "text").is_dir() else folder
    anns = sorted(ann_dir.glob("*.ann"))
    if not anns:
        raise GoldError(f"{folder}: no .ann files (expected a brat folder or attributions/ + text/)")
    for ann in anns[:limit] if limit else anns:
        txt = text_dir / (ann.stem + ".txt")
        if not txt.is_file():
            txt = text_dir / (re.sub(r"_[0-9a-f]{4}$", "", ann.stem) + ".txt")
        if not txt.is_file():
            raise GoldError(f"{ann}: no text file {txt.name} in {text_dir}")
        text = txt.read_text(encoding="utf-8")
        yield ann.stem, text, read_ann(ann, len(text))


def _overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(a: Spans) -> int:
    return sum(e - s for s, e in a)


def match(gold: list[dict], pred: list[dict], threshold: float) -> list[tuple[int, int]]:
    pairs = []
    for gi, g in enumerate(gold):
        glen = max(1, _length(g["content"]))
        for pi, p in enumerate(pred):
            ov = _overlap(g["content"], p["content"])
            if ov >= threshold * glen:
                pairs.append((ov, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def predicted(article: Article, nested: bool = False) -> list[dict[str, Any]]:
    """The statements of ``article`` in the scorer's form; a statement nested in another one's
    content (attr ``outer``) only with ``nested``: PolNeAR annotates none (0 of the 5,017
    attributions of the first 250 train files has its cue inside another one's content)."""
    out = []
    for ann in article.layers.get("statements", []):
        a = ann.attrs
        if a.get("outer") and not nested:
            continue
        src = a.get("source")
        out.append({
            "content": [tuple(p) for p in a.get("parts") or [[ann.start, ann.end]]],
            "source": [(src["start"], src["end"])] if src else [],
            "speaker": (a.get("speaker") or {}).get("cluster"),
            "direct": a.get("direct"),
        })
    return out


def _same_speaker(article: Article, gold_source: Spans, p: dict) -> bool:
    if p["source"] and _overlap(gold_source, p["source"]) > 0:
        return True
    if p["speaker"] is None:
        return False
    return any(
        m.attrs.get("cluster") == p["speaker"] and _overlap(gold_source, [(m.start, m.end)]) > 0
        for m in article.layers.get("actors", [])
    )


def evaluate_brat(folder: Path, limit: int | None) -> dict[str, Any]:
    pipe = _pipeline()
    scores = {t: PRF() for t in THRESHOLDS}
    speaker = {t: [0, 0] for t in THRESHOLDS}
    direct = [0, 0]
    docs = chars = 0
    seconds = 0.0
    for doc_id, text, gold in brat_docs(folder, limit):
        t0 = time.perf_counter()
        article = analyse(pipe, doc_id, text, "en" if False else None)
        seconds += time.perf_counter() - t0
        docs += 1
        chars += len(text)
        pred = predicted(article)
        for t in THRESHOLDS:
            pairs = match(gold, pred, t)
            scores[t].tp += len(pairs)
            scores[t].fp += len(pred) - len(pairs)
            scores[t].fn += len(gold) - len(pairs)
            for gi, pi in pairs:
                if gold[gi]["source"]:
                    speaker[t][1] += 1
                    speaker[t][0] += _same_speaker(article, gold[gi]["source"], pred[pi])
    result: dict[str, Any] = {"format": "brat", "gold": str(folder), "documents": docs, "chars": chars,
                              "pipeline_seconds": round(seconds, 2)}
    for t in THRESHOLDS:
        d = scores[t].as_dict()
        ok, n = speaker[t]
        d["speaker_accuracy"] = round(ok / n, 4) if n else None
        d["speaker_pairs"] = n
        result[f"overlap_{t}"] = d
    del direct
    return result


# -- ADAQ token files ----------------------------------------------------------
LABELS = ("source", "cue", "content")


def adaq_sentences(path: Path, limit: int | None):
    rows: dict[str, list[tuple[str, str]]] = {}
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = next(reader, None)
            if not header or "text" not in header or "tags" not in header:
                raise GoldError(f"{path}: expected a header with 'text', 'sentence_num' and 'tags'")
            ti, si, gi = header.index("text"), header.index("sentence_num"), header.index("tags")
            for n, row in enumerate(reader, 2):
                if len(row) <= max(ti, si, gi):
                    raise GoldError(f"{path}:{n}: expected {len(header)} columns")
                token = '"' if row[ti] == '""""' else row[ti]  # a quotation mark, escaped in the TSV
                rows.setdefault(row[si], []).append((token, row[gi].lower()))
    except UnicodeDecodeError:
        raise GoldError(f"{path}: not UTF-8 text") from None
    sents = list(rows.items())
    return sents[:limit] if limit else sents


def _detokenise(tokens: list[str]) -> tuple[str, Spans]:
    """Join tokens with spaces, none inside brackets and quotation marks or before punctuation."""
    text, spans = "", []
    open_quote = False
    glue_next = False
    for tok in tokens:
        closing = tok == '"' and open_quote
        if text and not glue_next and not (tok in ",.;:!?)»”" or closing):
            text += " "
        spans.append((len(text), len(text) + len(tok)))
        text += tok
        glue_next = tok in ("(", "«", "“", "„") or (tok == '"' and not open_quote)
        if tok == '"':
            open_quote = not open_quote
    return text, spans


def evaluate_adaq(folder: Path, limit: int | None) -> dict[str, Any]:
    files = sorted(folder.glob("*_tokens.tsv")) if folder.is_dir() else [folder]
    if not files:
        raise GoldError(f"{folder}: no *_tokens.tsv file")
    pipe = _pipeline()
    scores = {lab: PRF() for lab in LABELS}
    sent_prf = PRF()
    n_sent = 0
    for path in files:
        lang = path.name.split("_", 1)[0] if "_" in path.name else None
        for sid, toks in adaq_sentences(path, limit):
            n_sent += 1
            text, spans = _detokenise([t for t, _ in toks])
            article = analyse(pipe, sid, text, lang)
            pred_label = ["none"] * len(toks)
            for ann in article.layers.get("statements", []):
                a = ann.attrs
                for lab, sp in (("content", [tuple(p) for p in a.get("parts") or [[ann.start, ann.end]]]),
                                ("source", [(a["source"]["start"], a["source"]["end"])] if a.get("source") else []),
                                ("cue", [(a["cue"]["start"], a["cue"]["end"])] if a.get("cue") else [])):
                    for k, tsp in enumerate(spans):
                        if _overlap([tsp], sp) > 0:
                            pred_label[k] = lab
            for lab in LABELS:
                gold_set = {k for k, (_, g) in enumerate(toks) if g == lab}
                pred_set = {k for k, p in enumerate(pred_label) if p == lab}
                scores[lab].add(gold_set, pred_set)
            has_gold = any(g in LABELS for _, g in toks)
            has_pred = bool(article.layers.get("statements"))
            sent_prf.add({0} if has_gold else set(), {0} if has_pred else set())
    return {"format": "adaq", "gold": str(folder), "sentences": n_sent,
            "tokens": {lab: scores[lab].as_dict() for lab in LABELS},
            "sentence_detection": sent_prf.as_dict()}


def evaluate(gold: Path, limit: int | None = None) -> dict[str, Any]:
    if gold.is_file() and gold.name.endswith("_tokens.tsv") or (gold.is_dir() and any(gold.glob("*_tokens.tsv"))):
        return evaluate_adaq(gold, limit)
    return evaluate_brat(gold, limit)


def render(result: dict[str, Any]) -> str:
    if result["format"] == "adaq":
        lines = [f"ADAQ token level, {result['sentences']} sentences ({result['gold']})", "",
                 "| label | precision | recall | F1 |", "|---|---|---|---|"]
        for lab, d in result["tokens"].items():
            lines.append(f"| {lab} | {d['precision']:.3f} | {d['recall']:.3f} | {d['f1']:.3f} |")
        d = result["sentence_detection"]
        lines.append(f"| sentence has a statement | {d['precision']:.3f} | {d['recall']:.3f} | {d['f1']:.3f} |")
        return "\n".join(lines)
    lines = [f"Statements, {result['documents']} documents ({result['gold']})", "",
             "| content overlap | precision | recall | F1 | speaker accuracy | TP | FP | FN |",
             "|---|---|---|---|---|---|---|---|"]
    for t in THRESHOLDS:
        d = result[f"overlap_{t}"]
        sp = "n/a" if d["speaker_accuracy"] is None else f"{d['speaker_accuracy']:.3f} ({d['speaker_pairs']})"
        lines.append(f"| >= {t} | {d['precision']:.3f} | {d['recall']:.3f} | {d['f1']:.3f} | {sp} | {d['tp']} | {d['fp']} | {d['fn']} |")
    return "\n".join(lines)
