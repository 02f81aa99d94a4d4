"""Train the CRF entity taggers shipped in ``sitrep/models``.

    python -m sitrep_tools.ner.train --data ../shared/data/ner [--lang en fr ru uk]

For each language the sources listed in :data:`SOURCES` are read, the
held-out part of each (1 document or sentence in 5, by CRC-32 of its key,
see :func:`corpora.is_held_out`) is left out, the rest is tokenised with
``sentences.v1`` exactly as at run time, and a CRFsuite model is written to
``sitrep/models/ner-<lang>.crfsuite``.  ``sitrep/models/ner-manifest.json``
records the sources, their fingerprints and the hold-out rule, so that
``sitrep eval ner`` scores only the held-out part of a file used here.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from importlib import resources
from pathlib import Path

from sitrep.components.entities.features import sentence_features
from sitrep.components.entities.gazetteer import token_tags
from sitrep.components.segment import Segmented, segment_block
from sitrep.eval import ner_corpora as corpora
from sitrep.eval.ner_corpora import fingerprint

#: add actor-file gazetteer features (see :mod:`.gazetteer`); the tagger reads this from the manifest
USE_GAZETTEER = True

#: languages whose model also gets pymorphy3 features (see :mod:`.morph`); recorded in the manifest
MORPH = {"ru": "ru", "uk": "uk"}

#: languages whose model gets first-name / surname / place-name list features (see :mod:`.namelists`)
NAMES = {"en", "fr"}

#: languages whose model gets word-class features from unlabelled text (see :mod:`.lexicon`);
#: recorded in the manifest
LEXICON: dict[str, dict] = {
    "en": {"clusters": "w2v-en", "wordfreq": "en", "names_dataset": True, "brown": "en"},
    "ru": {"clusters": "navec-ru", "wordfreq": "ru"},
}

#: languages whose model also learns from N mention-replaced copies of its first source's training
#: sentences (:mod:`.augment`); recorded in the manifest
AUGMENT: dict[str, int] = {"en": 1, "uk": 1}

#: languages whose model also learns from a silver folder (``--silver``, built by :mod:`.silver`)
SILVER = {"ru"}

#: languages whose model is trained on BIOES labels (single-token S-, last-token E-) rather than
#: BIO; recorded in the manifest, and ``decode`` reads both
SCHEME: dict[str, str] = {"uk": "bioes", "en": "bioes"}


def to_bioes(labels: list[str]) -> list[str]:
    """BIO labels -> BIOES: an entity's last token is E- (S- when it has only one)."""
    out = []
    for i, lab in enumerate(labels):
        if lab == "O":
            out.append(lab)
            continue
        nxt = labels[i + 1] if i + 1 < len(labels) else "O"
        ends = nxt[:2] != "I-" or nxt[2:] != lab[2:]
        if lab.startswith("B-"):
            out.append(("S-" if ends else "B-") + lab[2:])
        else:
            out.append(("E-" if ends else "I-") + lab[2:])
    return out


def features(lang: str, words: list[str], text: str, spans: list[tuple[int, int]]) -> list[list[str]]:
    """The features of one sentence as ``lang``'s model is trained with them (gazetteer tags from the
    document ``text``, morphology, name lists and word tables of that language)."""
    gaz = token_tags(text, spans) if USE_GAZETTEER else None
    return sentence_features(words, gaz, MORPH.get(lang), lang in NAMES, LEXICON.get(lang))


def labels_for(lang: str, labels: list[str]) -> list[str]:
    """The training labels of a sentence in the scheme of ``lang``'s model."""
    return to_bioes(labels) if SCHEME.get(lang) == "bioes" else labels


#: language -> (path under the ner data folder, licence)
SOURCES: dict[str, list[tuple[str, str]]] = {
    "en": [("wikineural/en/val.conllu", "CC BY-NC-SA 4.0"), ("wikineural/fr/val.conllu", "CC BY-NC-SA 4.0")],
    "fr": [("wikineural/fr/val.conllu", "CC BY-NC-SA 4.0")],
    # ru also learns from the silver folder of :mod:`.silver` (natasha's tags of SlavicNER's and
    # NEREL train's texts): NEREL's gold labels follow other conventions (descriptors such as
    # "правительство" are organisations there) and lowered the factRuEval tune slices
    "ru": [("factrueval2016/devset", "MIT")],
    "uk": [("ner-uk/train.iob", "CC BY-NC-SA 4.0")],
}

PARAMS = {"c1": 0.01, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}


def models_dir() -> Path:
    return Path(str(resources.files("sitrep") / "models"))


def tag_doc(doc: corpora.GoldDoc, lang: str) -> list[tuple[list[str], list[str], list[tuple[int, int]]]]:
    """The document tokenised as at run time, with BIO labels from its gold spans."""
    out = Segmented([], [])
    pos = 0
    for block in doc.text.split("\n"):
        if block.strip():
            segment_block(doc.text, pos, pos + len(block), lang, out)
        pos += len(block) + 1
    ents = sorted(doc.entities)
    seqs = []
    ti = 0
    toks = out.tokens
    for s_start, s_end, _ in out.sentences:
        words, labels, spans = [], [], []
        while ti < len(toks) and toks[ti][0] < s_end:
            t0, t1, _ = toks[ti]
            lab = "O"
            for e0, e1, el in ents:
                if e0 <= t0 < e1:
                    lab = ("B-" if t0 == e0 or not labels or labels[-1] == "O" else "I-") + el
                    break
                if e0 > t0:
                    break
            words.append(doc.text[t0:t1])
            labels.append(lab)
            spans.append((t0, t1))
            ti += 1
        if words:
            seqs.append((words, labels, spans))
    return seqs


def append_silver(trainer, lang: str, silver: Path) -> dict:
    """Append every sentence of the silver brat folder ``silver`` (see :mod:`.silver`); its record for the manifest."""
    docs = list(corpora.read_brat(silver))
    if not docs:
        raise corpora.FormatError(f"{silver}: no silver documents (build it with python -m sitrep_tools.ner.silver)")
    n_sent = n_tok = 0
    for d in docs:
        for words, labels, spans in tag_doc(d, lang):
            trainer.append(features(lang, words, d.text, spans), labels_for(lang, labels))
            n_sent += 1
            n_tok += len(words)
    return {"path": str(silver), "silver": True, "fingerprint": fingerprint(docs), "documents": len(docs),
            "sentences": n_sent, "tokens": n_tok}


def train(lang: str, data: Path, out_dir: Path, max_sentences: int | None = None, silver: Path | None = None) -> dict:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMS)
    sources = []
    n_sent = n_tok = 0
    for i, (rel, licence) in enumerate(SOURCES[lang]):
        docs = list(corpora.read(data / rel))
        kept = [d for d in docs if not d.held_out]
        seqs = [(s, d.text) for d in kept for s in tag_doc(d, lang)]
        if max_sentences:
            random.Random(7).shuffle(seqs)
            seqs = seqs[:max_sentences]
        for (words, labels, spans), text in seqs:
            trainer.append(features(lang, words, text, spans), labels_for(lang, labels))
            n_tok += len(words)
        n_sent += len(seqs)
        if i == 0 and AUGMENT.get(lang):
            from .augment import augmented

            for words, labels, text, spans in augmented([(w, l) for (w, l, _), _ in seqs], AUGMENT[lang]):
                trainer.append(features(lang, words, text, spans), labels_for(lang, labels))
                n_sent += 1
                n_tok += len(words)
        sources.append({
            "path": rel, "licence": licence, "fingerprint": fingerprint(docs),
            "documents": len(docs), "trained_on": len(kept), "sentences": len(seqs),
        })
    if silver:
        rec = append_silver(trainer, lang, silver)
        rec["built_by"] = "python -m sitrep_tools.ner.silver"
        sources.append(rec)
        from .silver import SEEN

        for rel in SEEN:  # their texts (not their labels) were trained on through the silver folder
            docs = list(corpora.read(data / rel))
            sources.append({"path": rel, "fingerprint": fingerprint(docs), "documents": len(docs),
                            "trained_on": sum(not d.held_out for d in docs), "labels": "silver (natasha), not gold"})
        n_sent += rec["sentences"]
        n_tok += rec["tokens"]
    target = out_dir / f"ner-{lang}.crfsuite"
    t0 = time.time()
    trainer.train(str(target))
    return {
        "file": target.name, "sources": sources, "sentences": n_sent, "tokens": n_tok,
        "params": PARAMS, "gazetteer": USE_GAZETTEER, "morph": MORPH.get(lang), "names": lang in NAMES,
        "lexicon": LEXICON.get(lang) or None, "scheme": SCHEME.get(lang, "bio"), "augment": AUGMENT.get(lang, 0), "train_seconds": round(time.time() - t0, 1),
        "size_bytes": target.stat().st_size,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep_tools.ner.train", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="the ner gold folder (../shared/data/ner)")
    ap.add_argument("--lang", nargs="+", default=sorted(SOURCES), choices=sorted(SOURCES))
    ap.add_argument("--out", type=Path, default=None, help="model folder (default: sitrep/models)")
    ap.add_argument("--silver", type=Path, default=None, help="silver brat folder to train on as well (languages in SILVER only)")
    ap.add_argument("--max-sentences", type=int, default=None, help="cap per source (for quick trials)")
    args = ap.parse_args(argv)
    out_dir = args.out or models_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest_path = out_dir / "ner-manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.is_file() else {}
    manifest["holdout"] = f"crc32(key) % {corpora.HOLDOUT_MOD} == 0; key = document id, or sentence text for CoNLL/IOB files"
    missing = [lang for lang in args.lang if lang in SILVER and args.silver is None]
    if missing:
        print(f"train: error: {', '.join(missing)} also learns from silver data: build it with "
              "'python -m sitrep_tools.ner.silver --shared ../shared/data --out build/ner-silver-ru' "
              "and pass --silver build/ner-silver-ru", file=sys.stderr)
        return 1
    for lang in args.lang:
        try:
            info = train(lang, args.data, out_dir, args.max_sentences, args.silver if lang in SILVER else None)
        except (corpora.FormatError, OSError) as exc:
            print(f"train: error: {exc}", file=sys.stderr)
            return 1
        manifest.setdefault("models", {})[lang] = info
        print(f"{lang}: {info['sentences']} sentences, {info['tokens']} tokens, "
              f"{info['train_seconds']} s, {info['size_bytes'] / 1e6:.1f} MB", file=sys.stderr)
        manifest_path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
