"""``sitrep eval reuse --gold DIR``: translation detection on parallel documents.

Gold: a folder of CoNLL-U files, one per language, named ``<lang>_...conllu``
(the format of ``../shared/data/parallel/pud``); documents with the same
``# newdoc id`` in two files are translations of each other. Each document is
the text of its sentences (``# text``), one sentence after the other.

Scores, for every ordered pair of languages A -> B:

- ``rank1``: share of the documents of A (that have a version in B) whose
  version in B scores highest among all documents of B (document score of
  :func:`sitrep.stories.reuse.document_score`);
- link ``precision`` / ``recall`` at the default thresholds: the links
  :func:`sitrep.stories.reuse.compare` makes (kind ``translation``) between
  each document and the candidates the streaming linker would look at (the
  ``CANDIDATES`` best by document score), against the gold pairs.

Inverse document frequencies come from all the documents of the folder, as
the whole-corpus pass does.
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import permutations
from pathlib import Path

from . import GoldError

#: candidates compared in full per document (as at ingest)
CANDIDATES = 5


def read_documents(path: Path) -> tuple[str, dict[str, tuple[str, list[tuple[int, int]]]]]:
    """Language (from the file name) and ``doc id -> (text, sentence spans)``."""
    lang = path.name.split("_")[0].split(".")[0].lower()
    docs: dict[str, list[str]] = {}
    current = None
    try:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("# newdoc id"):
                    current = line.split("=", 1)[1].strip()
                    docs.setdefault(current, [])
                elif line.startswith("# text =") and current is not None:
                    docs[current].append(line.split("=", 1)[1].strip())
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from None
    out = {}
    for doc_id, sentences in docs.items():
        text, spans = "", []
        for s in sentences:
            if text:
                text += " "
            spans.append((len(text), len(text) + len(s)))
            text += s
        if text:
            out[doc_id] = (text, spans)
    return lang, out


def evaluate(gold: Path, limit: int | None = None) -> dict:
    from ..stories import reuse

    files = sorted(gold.glob("*.conllu")) if gold.is_dir() else [gold]
    if len(files) < 2:
        raise GoldError(f"{gold}: needs CoNLL-U files in at least two languages (<lang>_*.conllu)")
    corpora: dict[str, dict[str, reuse.Doc]] = {}
    for f in files:
        lang, docs = read_documents(f)
        if not docs:
            raise GoldError(f"{f}: no documents (no '# newdoc id' with '# text' lines)")
        items = sorted(docs.items())[:limit] if limit else sorted(docs.items())
        corpora[lang] = {k: reuse.Doc(text, spans, lang) for k, (text, spans) in items}
    df: Counter = Counter()
    n_docs = 0
    for docs in corpora.values():
        for d in docs.values():
            df.update(d.cross_keys().keys())
            n_docs += 1

    def idf(key: str) -> float:
        return math.log((n_docs + 1) / (df.get(key, 0) + 1))

    vectors = {lang: {k: _vector(d, idf) for k, d in docs.items()} for lang, docs in corpora.items()}
    result: dict = {"documents": {lang: len(d) for lang, d in corpora.items()}, "pairs": {}}
    for a, b in permutations(sorted(corpora), 2):
        ranked_ok = total = 0
        links: set[tuple[str, str]] = set()
        for ka, va in vectors[a].items():
            scored = sorted(((_dot(va, vb), kb) for kb, vb in vectors[b].items()), reverse=True)
            if ka in corpora[b]:
                total += 1
                ranked_ok += scored[0][1] == ka
            best = None  # as at ingest: an article is linked to its best translation in a language
            for _, kb in scored[:CANDIDATES]:
                link = reuse.compare(corpora[a][ka], corpora[b][kb], idf)
                if link is not None and link.kind == "translation" and (best is None or link.score > best[0]):
                    best = (link.score, kb)
            if best:
                links.add((ka, best[1]))
        gold_pairs = {(k, k) for k in corpora[a] if k in corpora[b]}
        correct = len(links & gold_pairs)
        result["pairs"][f"{a}->{b}"] = {
            "documents": total,
            "rank1": round(ranked_ok / total, 4) if total else None,
            "links": len(links),
            "precision": round(correct / len(links), 4) if links else None,
            "recall": round(correct / len(gold_pairs), 4) if gold_pairs else None,
        }
    return result


def _vector(doc, idf):
    from ..stories import align

    return align.weighted(doc.cross_keys(), idf)


def _dot(x, y):
    from ..stories import align

    return align.cosine(x, y)


def render(result: dict) -> str:
    docs = ", ".join(f"{lang} {n}" for lang, n in result["documents"].items())
    lines = [
        f"documents: {docs}",
        "",
        "| languages | documents | rank-1 | links | precision | recall |",
        "|---|---|---|---|---|---|",
    ]
    for pair, r in result["pairs"].items():
        lines.append(f"| {pair} | {r['documents']} | {_f(r['rank1'])} | {r['links']} | {_f(r['precision'])} |"
                     f" {_f(r['recall'])} |")
    return "\n".join(lines)


def _f(x) -> str:
    return "-" if x is None else f"{x:.3f}"

