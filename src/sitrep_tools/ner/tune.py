"""Score a training recipe on the tune slice, never on the held-out part.

    python -m sitrep_tools.ner.tune --data ../shared/data/ner --lang uk

The first source of :data:`train.SOURCES` for the language is the target: its
documents with ``crc32(key) % 5 == 1`` (the tune slice; ``--slice 2..4`` scores
another fifth instead, for a second opinion on a small difference) are left out of
training and scored; held-out documents (``% 5 == 0``) are neither trained on
nor scored.  The model is trained with the same features, gazetteer,
morphology and name lists as :mod:`.train` and tagged as ``entities.v1``
tags.  Prints micro-F1 over PER/ORG/LOC and per type.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zlib
from pathlib import Path

from sitrep.eval.metrics import PRF
from sitrep.components.entities import decode
from sitrep.eval import ner_corpora as corpora
from .augment import augmented
from . import train as T

TYPES = ("PER", "ORG", "LOC")


def in_tune_slice(doc: corpora.GoldDoc, slice_: int = 1) -> bool:
    key = doc.extra.get("key") or doc.id
    return zlib.crc32(key.encode("utf-8")) % corpora.HOLDOUT_MOD == slice_


def score(model: str, lang: str, docs: list[corpora.GoldDoc]) -> tuple[PRF, dict[str, PRF]]:
    """Entity-level exact-match counts of the CRF ``model`` on ``docs``: PER/ORG/LOC together, and each."""
    import pycrfsuite

    total, per = PRF(), {t: PRF() for t in TYPES}
    tagger = pycrfsuite.Tagger()
    tagger.open(model)
    try:
        for doc in docs:
            pred = set()
            for words, _, spans in T.tag_doc(doc, lang):
                for a, b, typ in decode(tagger.tag(T.features(lang, words, doc.text, spans))):
                    pred.add((spans[a][0], spans[b - 1][1], typ))
            gold = {e for e in doc.entities if e[2] in TYPES}
            total.add(gold, {e for e in pred if e[2] in TYPES})
            for t in TYPES:
                per[t].add({e for e in gold if e[2] == t}, {e for e in pred if e[2] == t})
    finally:
        tagger.close()
    return total, per


def in_fraction(doc: corpora.GoldDoc, fraction: float) -> bool:
    """A deterministic ``fraction`` of documents (by CRC-32, independent of the slices)."""
    key = "c" + (doc.extra.get("key") or doc.id)
    return zlib.crc32(key.encode("utf-8")) % 1000 < fraction * 1000


def tune(lang: str, data: Path, sources: list[str] | None = None, params: dict | None = None, slice_: int = 1,
         silver: Path | None = None, fraction: float = 1.0, augment: int | None = None) -> dict:
    """Train on the sources without the target's tune slice; score that slice.

    ``slice_``: which fifth is the tune slice (1 by default; 2-4 give more, independent
    judgements of a change; 0, the held-out part, is refused).
    """
    if not 1 <= slice_ < corpora.HOLDOUT_MOD:
        raise ValueError(f"tune slice must be 1..{corpora.HOLDOUT_MOD - 1} (0 is the held-out part)")
    import pycrfsuite

    sources = sources or [rel for rel, _ in T.SOURCES[lang]]
    augment = T.AUGMENT.get(lang, 0) if augment is None else augment
    target = sources[0]
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(params or T.PARAMS)
    target_seqs: list[tuple[list[str], list[str]]] = []
    for rel in sources:
        for doc in corpora.read(data / rel):
            if doc.held_out or (rel == target and in_tune_slice(doc, slice_)):
                continue
            if rel == target and fraction < 1 and not in_fraction(doc, fraction):
                continue  # a learning curve: the target's training part cut to a fraction
            for words, labels, spans in T.tag_doc(doc, lang):
                trainer.append(T.features(lang, words, doc.text, spans), T.labels_for(lang, labels))
                if rel == target and augment:
                    target_seqs.append((words, labels))
    for words, labels, text, spans in augmented(target_seqs, augment):
        trainer.append(T.features(lang, words, text, spans), T.labels_for(lang, labels))
    if silver:
        T.append_silver(trainer, lang, silver)
    tune_docs = [d for d in corpora.read(data / target) if not d.held_out and in_tune_slice(d, slice_)]
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "tune.crfsuite")
        trainer.train(model)
        total, per = score(model, lang, tune_docs)
    n = len(tune_docs)
    return {
        "lang": lang, "lexicon": T.LEXICON.get(lang), "scheme": T.SCHEME.get(lang, "bio"), "target": target, "sources": sources, "silver": str(silver) if silver else None, "fraction": fraction, "augment": augment, "slice": slice_, "tune_documents": n,
        "PER/ORG/LOC": total.as_dict(), **{t: per[t].as_dict() for t in TYPES},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep_tools.ner.tune", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="the ner gold folder (../shared/data/ner)")
    ap.add_argument("--lang", required=True, choices=sorted(T.SOURCES))
    ap.add_argument("--sources", nargs="+", default=None, help="paths under --data (first = target); default: train.SOURCES")
    ap.add_argument("--slice", type=int, default=1, choices=range(1, corpora.HOLDOUT_MOD),
                    help="which fifth to score (default 1; never 0, the held-out part)")
    ap.add_argument("--fraction", type=float, default=1.0,
                    help="train on this share of the target's training part (a learning curve; default 1)")
    ap.add_argument("--augment", type=int, default=None,
                    help="add N mention-replaced copies of the target's training sentences (default: train.AUGMENT; see .augment)")
    ap.add_argument("--silver", type=Path, default=None, help="a silver brat folder trained on as well (see .silver)")
    ap.add_argument("--extra", default=None, help='JSON merged into the lexicon spec, e.g. {"caprun": true}')
    ap.add_argument("--scheme", choices=("bio", "bioes"), default=None, help="label scheme (default: train.SCHEME)")
    args = ap.parse_args(argv)
    if args.extra:
        T.LEXICON[args.lang] = {**(T.LEXICON.get(args.lang) or {}), **json.loads(args.extra)}
    if args.scheme:
        T.SCHEME[args.lang] = args.scheme
    try:
        result = tune(args.lang, args.data, args.sources, slice_=args.slice, silver=args.silver, fraction=args.fraction, augment=args.augment)
    except (corpora.FormatError, OSError) as exc:
        print(f"tune: error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
