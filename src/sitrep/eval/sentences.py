"""``sitrep eval sentences``: sentence boundaries on UD CoNLL-U, with peers.

Each gold file is rebuilt into plain text from its ``# text`` lines: sentences
of one paragraph joined by a space, each paragraph (``# newpar`` /
``# newdoc``; the whole file when it has neither) given to every system
separately. A predicted sentence counts when its character span, trimmed of
whitespace, equals a gold sentence's. Systems scored in the same run:
sitrep's ``sentences.v1``, spaCy's rule-based ``sentencizer`` and pysbd.
"""

from __future__ import annotations

import time
from functools import lru_cache
from pathlib import Path
from typing import Callable

from ..components.segment import Segmented, segment_block
from .conllu import gold_files, language_of, read_conllu
from .metrics import PRF

Spans = list[tuple[int, int]]

#: pysbd has no rules for these languages; the closest ones are used.
PYSBD_FALLBACK = {"uk": "ru", "be": "ru"}


def paragraphs(path: Path, limit: int | None = None) -> list[tuple[str, Spans]]:
    """``[(text, gold sentence spans)]`` per paragraph of a CoNLL-U file."""
    sents = list(read_conllu(path))
    if limit:
        sents = sents[:limit]
    structured = any(s.new_par or s.new_doc for s in sents)
    out: list[tuple[str, Spans]] = []
    parts: list[str] = []
    spans: Spans = []
    pos = 0
    for s in sents:
        if structured and (s.new_par or s.new_doc) and parts:
            out.append((" ".join(parts), spans))
            parts, spans, pos = [], [], 0
        text = s.text.strip()
        spans.append((pos, pos + len(text)))
        parts.append(text)
        pos += len(text) + 1
    if parts:
        out.append((" ".join(parts), spans))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def sitrep_system(lang: str) -> Callable[[str], Spans]:
    def run(text: str) -> Spans:
        out = Segmented([], [])
        segment_block(text, 0, len(text), lang, out)
        return [(s, e) for s, e, _ in out.sentences]

    return run


@lru_cache(maxsize=None)
def _sentencizer(lang: str):
    import spacy

    try:
        nlp = spacy.blank(lang)
    except Exception:  # noqa: BLE001 - spaCy raises several types for unknown languages
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def spacy_system(lang: str) -> Callable[[str], Spans]:
    nlp = _sentencizer(lang)

    def run(text: str) -> Spans:
        doc = nlp(text)
        return [sp for s in doc.sents if (sp := _trim(text, s.start_char, s.end_char))]

    return run


def pysbd_system(lang: str) -> Callable[[str], Spans]:
    import pysbd

    seg = pysbd.Segmenter(language=PYSBD_FALLBACK.get(lang, lang), clean=False)

    def run(text: str) -> Spans:
        spans: Spans = []
        pos = 0
        for piece in seg.segment(text):
            piece = piece.strip()
            if not piece:
                continue
            start = text.find(piece, pos)
            if start < 0:  # pysbd changed the text; align on the next character
                continue
            spans.append((start, start + len(piece)))
            pos = start + len(piece)
        return spans

    return run


SYSTEMS: dict[str, Callable[[str], Callable[[str], Spans]]] = {
    "sitrep": sitrep_system,
    "spacy-sentencizer": spacy_system,
    "pysbd": pysbd_system,
}


def score_file(path: Path, limit: int | None = None) -> dict:
    lang = language_of(path)
    paras = paragraphs(path, limit)
    result = {
        "file": path.name,
        "language": lang,
        "sentences": sum(len(s) for _, s in paras),
        "paragraphs": len(paras),
        "systems": {},
    }
    for name, make in SYSTEMS.items():
        run = make(lang)
        prf = PRF()
        t0 = time.perf_counter()
        for text, gold in paras:
            prf.add(set(gold), set(run(text)))
        scores = prf.as_dict()
        scores["seconds"] = round(time.perf_counter() - t0, 3)
        if name == "pysbd" and lang in PYSBD_FALLBACK:
            scores["note"] = f"pysbd has no '{lang}'; its '{PYSBD_FALLBACK[lang]}' rules used"
        result["systems"][name] = scores
    return result


def evaluate(gold: Path, limit: int | None = None) -> dict:
    files = gold_files(gold)
    return {"task": "sentences", "metric": "sentence span exact match P/R/F1", "files": [score_file(f, limit) for f in files]}


def render(result: dict) -> str:
    lines = [
        "| file | lang | sentences | sitrep F1 | spaCy sentencizer F1 | pysbd F1 | sitrep P / R |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in result["files"]:
        s = f["systems"]
        ours = s["sitrep"]
        lines.append(
            f"| {f['file']} | {f['language']} | {f['sentences']} | **{ours['f1']:.4f}** | "
            f"{s['spacy-sentencizer']['f1']:.4f} | {s['pysbd']['f1']:.4f} | "
            f"{ours['precision']:.4f} / {ours['recall']:.4f} |"
        )
    return "\n".join(lines)
