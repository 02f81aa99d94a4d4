"""Self-training material: unlabelled Ukrainian text tagged by a uk model.

    python -m sitrep_tools.ner.selftrain --shared ../shared/data --lang uk [--slice 1]

Unlabelled text is read from the shared data (:func:`unlabelled`): SlavicNER's
raw Ukrainian documents, except the held-out part scored by ``sitrep eval link``
(``crc32(id) % 5 == 0``), and the sentence text of UD Ukrainian-IU.  Any sentence
that also occurs in NER-UK (any part of it) is left out.  A teacher model tags
each sentence; a sentence is kept (:func:`select`) when it has at least one entity,
its sequence probability is at least ``min_prob`` and every token's marginal of
its label is at least ``min_marginal``.  The command runs the recipe on a tune
slice: the teacher is trained without that slice (and without the held-out part),
then a student on gold + kept sentences; both are scored on the slice.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sitrep.eval import ner_corpora as corpora
from . import train as T

_NORM_RE = re.compile(r"\W+")


def norm_sentence(text: str) -> str:
    """A sentence reduced to lower-case letters and digits, to find the same sentence twice."""
    return _NORM_RE.sub("", text.lower())


@dataclass
class Sentence:
    words: list[str]
    spans: list[tuple[int, int]]
    text: str  # the whole document's text (gazetteer features look at it)


def _ud_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# text = "):
                yield line[len("# text = "):].rstrip("\n")


def unlabelled(shared: Path, lang: str = "uk") -> Iterator[tuple[str, str]]:
    """(id, text) for each unlabelled document of ``lang`` in the shared data."""
    if lang != "uk":
        raise ValueError("self-training text is only gathered for uk")
    raw = shared / "ner" / "slavicner" / "raw"
    for path in sorted(raw.glob("*/uk/*.txt")):
        doc_id = str(path.relative_to(raw).with_suffix(""))
        if corpora.is_held_out(doc_id):  # the part `sitrep eval link` scores
            continue
        yield doc_id, path.read_text(encoding="utf-8")
    for path in sorted((shared / "ud" / "UD_Ukrainian-IU").glob("*.conllu")):
        for i, sent in enumerate(_ud_texts(path)):
            yield f"{path.name}#{i}", sent


#: word n-grams shared with NER-UK that make an unlabelled sentence count as NER-UK text
SHINGLE = 6


def shingles(text: str) -> set[str]:
    ws = [w for w in _NORM_RE.split(text.lower()) if w]
    return {" ".join(ws[i:i + SHINGLE]) for i in range(max(1, len(ws) - SHINGLE + 1))}


def gold_sentences(data: Path) -> set[str]:
    """Word 6-grams (or whole short sentences) of every part of NER-UK, to keep its text out."""
    out: set[str] = set()
    for d in corpora.read(data / "ner-uk" / "train.iob"):
        out |= shingles(d.text)
    return out


def sentences(shared: Path, lang: str, exclude: set[str]) -> list[Sentence]:
    out = []
    seen: set[str] = set()
    for doc_id, text in unlabelled(shared, lang):
        doc = corpora.GoldDoc(doc_id, text, [])
        for words, _, spans in T.tag_doc(doc, lang):
            sent = text[spans[0][0]:spans[-1][1]]
            key = norm_sentence(sent)
            if len(key) < 10 or key in seen or not shingles(sent).isdisjoint(exclude):
                continue
            seen.add(key)
            out.append(Sentence(words, spans, text))
    return out


def features(lang: str, s: Sentence) -> list[list[str]]:
    return T.features(lang, s.words, s.text, s.spans)


def select(model: str, lang: str, sents: list[Sentence], min_prob: float = 0.95,
           min_marginal: float = 0.0) -> list[tuple[float, Sentence, list[str]]]:
    """(probability, sentence, labels) for sentences the model tags confidently, best first."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model)
    kept = []
    try:
        for s in sents:
            tagger.set(features(lang, s))
            labels = tagger.tag()
            if all(lab == "O" for lab in labels):
                continue
            p = tagger.probability(labels)
            if p < min_prob:
                continue
            if min_marginal and min(tagger.marginal(lab, i) for i, lab in enumerate(labels)) < min_marginal:
                continue
            kept.append((p, s, labels))
    finally:
        tagger.close()
    kept.sort(key=lambda x: -x[0])
    return kept


def _score(model: str, lang: str, docs: list[corpora.GoldDoc]) -> dict:
    from .tune import TYPES, score

    total, per = score(model, lang, docs)
    return {"F1": round(total.as_dict()["f1"], 4), **{t: round(per[t].as_dict()["f1"], 4) for t in TYPES}}


def run_slice(lang: str, data: Path, shared: Path, slice_: int, variants: list[tuple[float, float, float]]) -> dict:
    """Teacher and students on one tune slice; ``variants``: (min_prob, min_marginal, amount x gold)."""
    import pycrfsuite

    from .tune import in_tune_slice

    target = T.SOURCES[lang][0][0]
    docs = list(corpora.read(data / target))
    train_docs = [d for d in docs if not d.held_out and not in_tune_slice(d, slice_)]
    tune_docs = [d for d in docs if not d.held_out and in_tune_slice(d, slice_)]

    gold = [(T.features(lang, w, d.text, sp), T.labels_for(lang, lab)) for d in train_docs for w, lab, sp in T.tag_doc(d, lang)]
    out = {"slice": slice_, "gold_sentences": len(gold)}
    with tempfile.TemporaryDirectory() as tmp:
        teacher = str(Path(tmp) / "teacher.crfsuite")
        tr = pycrfsuite.Trainer(verbose=False)
        tr.set_params(T.PARAMS)
        for x, y in gold:
            tr.append(x, y)
        tr.train(teacher)
        out["baseline"] = _score(teacher, lang, tune_docs)
        print(json.dumps(out), file=sys.stderr, flush=True)
        sents = sentences(shared, lang, gold_sentences(data))
        out["unlabelled_sentences"] = len(sents)
        for min_prob, min_marg, amount in variants:
            kept = select(teacher, lang, sents, min_prob, min_marg)
            n = min(len(kept), int(amount * len(gold))) if amount else len(kept)
            student = str(Path(tmp) / "student.crfsuite")
            tr = pycrfsuite.Trainer(verbose=False)
            tr.set_params(T.PARAMS)
            for x, y in gold:
                tr.append(x, y)
            for _, s, labels in kept[:n]:
                tr.append(features(lang, s), labels)
            tr.train(student)
            key = f"p>={min_prob},m>={min_marg},x{amount}"
            out[key] = {"available": len(kept), "added": n, **_score(student, lang, tune_docs)}
            print(key, json.dumps(out[key]), file=sys.stderr, flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep_tools.ner.selftrain", description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, required=True, help="the shared data folder (../shared/data)")
    ap.add_argument("--lang", default="uk", choices=["uk"])
    ap.add_argument("--slice", type=int, default=1, choices=range(1, corpora.HOLDOUT_MOD))
    ap.add_argument("--variant", nargs=3, type=float, action="append", metavar=("MIN_PROB", "MIN_MARGINAL", "AMOUNT"),
                    help="amount: at most AMOUNT x the gold sentence count (0: all kept)")
    args = ap.parse_args(argv)
    variants = [tuple(v) for v in args.variant] if args.variant else [(0.95, 0.0, 0.5), (0.95, 0.0, 1.0)]
    try:
        result = run_slice(args.lang, args.shared / "ner", args.shared, args.slice, variants)
    except (corpora.FormatError, OSError) as exc:
        print(f"selftrain: error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
