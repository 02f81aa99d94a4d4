"""Silver Russian NER training data: unlabelled news tagged by natasha's NER.

    python -m sitrep_tools.ner.silver --shared ../shared/data --out build/ner-silver-ru

natasha (slovnet + navec, MIT) was trained on Nerus, a large automatically annotated news
corpus, and tags factRuEval under the naeval conversion far better than a CRF trained on
factRuEval's 120 documents (see ``sitrep eval ner --gold .../factrueval2016/devset``, which
scores it side by side).  It is too slow for ``entities.v1``'s speed target, so its knowledge
is distilled instead: the texts below are tagged once, written as a brat folder, and the
Russian CRF learns from them next to the gold data (``train --silver``).

Texts (never a part that is scored anywhere):

- SlavicNER's raw Russian documents except the part ``sitrep eval link`` holds out
  (``crc32(id) % 5 == 0``); their gold entity ids are not read;
- NEREL train texts except its held-out fifth (``crc32(id) % 5 == 0``, what ``sitrep eval ner``
  scores of a file a model has seen); NEREL dev stays a never-trained-on test set.

natasha is needed only to rebuild this folder (extra ``lexicon-rebuild``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Iterator

from sitrep.eval import ner_corpora as corpora


#: gold sets (under ``ner/``) whose non-held-out texts the silver folder holds: the manifest
#: lists them so that ``sitrep eval ner`` scores only their held-out part
SEEN = ("nerel/train",)


def texts(shared: Path) -> Iterator[tuple[str, str]]:
    """``(doc id, text)`` of the unlabelled Russian texts, in a fixed order."""
    ner = shared / "ner"
    for doc in corpora.read_bsnlp(ner / "slavicner"):
        if doc.extra.get("lang") == "ru" and not corpora.is_held_out(doc.id):
            yield "slavicner-" + doc.id.replace("/", "-"), doc.text
    for txt in sorted((ner / "nerel" / "train").glob("*.txt")):
        if not corpora.is_held_out(txt.stem):
            yield "nerel-" + txt.stem, txt.read_text(encoding="utf-8")


_BRACKETS = "()[]"


def split_brackets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An entity's parts between brackets, spaces trimmed: natasha tags "Скотт Хоровитц (Scott
    Horowitz)" as one name where factRuEval has two mentions."""
    parts, s = [], start
    for i in range(start, end + 1):
        if i == end or text[i] in _BRACKETS:
            a, b = s, i
            while a < b and (text[a].isspace() or text[a] in "-–,"):
                a += 1
            while b > a and (text[b - 1].isspace() or text[b - 1] in "-–,"):
                b -= 1
            if b > a:
                parts.append((a, b))
            s = i + 1
    return parts


def build(shared: Path, out: Path) -> dict:
    from sitrep.eval.ner_peers import tagger

    tag = tagger("natasha")
    if isinstance(tag, str):
        raise RuntimeError(f"natasha {tag}")
    out.mkdir(parents=True, exist_ok=True)
    n_docs = n_ents = 0
    for doc_id, text in texts(shared):
        ents = sorted((a, b, t) for s, e, t in tag(text) for a, b in split_brackets(text, s, e))
        (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        lines = [f"T{i}\t{t} {s} {e}\t{text[s:e]}" for i, (s, e, t) in enumerate(ents, 1)]
        (out / f"{doc_id}.ann").write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
        n_docs += 1
        n_ents += len(ents)
    return {"documents": n_docs, "entities": n_ents, "out": str(out)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep_tools.ner.silver", description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, required=True, help="the shared data folder (../shared/data)")
    ap.add_argument("--out", type=Path, required=True, help="brat folder to write")
    args = ap.parse_args(argv)
    try:
        print(build(args.shared, args.out))
    except (corpora.FormatError, OSError, RuntimeError) as exc:
        print(f"silver: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
