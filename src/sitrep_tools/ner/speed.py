"""Time ``entities.v1`` alone on a corpus, and check two checkouts tag it the same.

    python -m sitrep_tools.ner.speed CORPUS.jsonl [--dump OUT.json] [--against OTHER.json] [--sections]

Each article is segmented like ``sitrep analyze`` does (paragraphs, language,
sentences; not timed); each language's models are loaded on a short text first;
then every article's entities are tagged as ``entities.v1`` does, and the CPU
seconds of that tagging alone are printed with the MB/s per core.  ``--dump``
writes each article's entities (start, end, type, confidence); ``--against``
compares them with a dump made by another checkout (its own interpreter) and
exits 1 on any difference.  ``--sections`` also prints the CPU seconds of the tagger's parts
(scoring new word types, the other type-table look-ups, the gazetteer tags, the state scores,
CRFsuite's decoding, the rest), timed by wrapping those functions for the run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections import Counter

#: the parts of the tagger timed by ``--sections``: (module, owner or None, function, label)
SECTIONS = (
    ("sitrep.components.entities.decoder", "TypeTable", "rows", "type rows"),
    ("sitrep.components.entities.blocks", "BlockScorer", "blocks", "new types"),
    ("sitrep.components.entities.decoder", "TypeTable", "scores", "state scores"),
    ("sitrep.components.entities.decoder", "Decoder", "decode", "decoding"),
    ("sitrep.components.entities.gazetteer", None, "group_tags", "gazetteer"),
)


@contextlib.contextmanager
def timed_sections(seconds: Counter):
    """Add the CPU seconds spent in each of :data:`SECTIONS` to ``seconds`` while inside."""
    import importlib

    saved = []
    for module, owner, name, label in SECTIONS:
        obj = importlib.import_module(module)
        if owner:
            obj = getattr(obj, owner)
        fn = getattr(obj, name)

        def timed(*args, _fn=fn, _label=label, **kw):
            t = time.process_time()
            try:
                return _fn(*args, **kw)
            finally:
                seconds[_label] += time.process_time() - t

        saved.append((obj, name, fn))
        setattr(obj, name, timed)
    try:
        yield seconds
    finally:
        for obj, name, fn in reversed(saved):
            setattr(obj, name, fn)


def main(argv: list[str] | None = None) -> int:
    from sitrep.components.entities import _tag_segmented, model_language
    from sitrep.pipeline import Pipeline
    from sitrep.readers import Problem, read_paths

    ap = argparse.ArgumentParser(prog="python -m sitrep_tools.ner.speed", description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--dump", help="write each article's entities to this JSON file")
    ap.add_argument("--against", help="a --dump of another checkout to compare with")
    ap.add_argument("--sections", action="store_true", help="print the CPU seconds of the tagger's parts")
    args = ap.parse_args(argv)

    seg = Pipeline.from_names(["paragraphs.v1", "language.v1", "sentences.v1"])
    docs = []
    for art in read_paths(args.paths):
        if isinstance(art, Problem):
            print(f"skipped: {art}", file=sys.stderr)
            continue
        seg(art)
        docs.append((art.id, art.text, [(a.start, a.end) for a in art.layers.get("sentences", [])],
                     [(a.start, a.end) for a in art.layers.get("tokens", [])], model_language(art.language, art.text)))
    for lang in dict.fromkeys(d[4] for d in docs):  # load each language's models outside the timing
        _tag_segmented("Paris.", [(0, 6)], [(0, 5), (5, 6)], lang)
    seconds: Counter = Counter()
    with timed_sections(seconds) if args.sections else contextlib.nullcontext():
        cpu = time.process_time()
        found = {doc_id: _tag_segmented(text, sents, toks, lang) for doc_id, text, sents, toks, lang in docs}
        cpu = time.process_time() - cpu
    mb = sum(len(d[1].encode("utf-8")) for d in docs) / 1e6
    print(f"articles={len(docs)} mb={mb:.3f} entities={sum(map(len, found.values()))} "
          f"cpu_s={cpu:.2f} mb_per_s_per_core={mb / cpu if cpu else 0:.3f}")
    if args.sections:
        # new types are scored inside the type rows: each part is printed with its own share
        rest = cpu - seconds["type rows"] - seconds["state scores"] - seconds["decoding"] - seconds["gazetteer"]
        parts = {"new types": seconds["new types"], "other type rows": seconds["type rows"] - seconds["new types"],
                 "gazetteer": seconds["gazetteer"], "state scores": seconds["state scores"],
                 "decoding": seconds["decoding"], "rest": rest}
        print("sections_cpu_s " + " ".join(f"{k.replace(' ', '_')}={v:.2f}" for k, v in parts.items()))
    rows = {k: [list(e) for e in v] for k, v in found.items()}
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            json.dump(rows, fh)
    if args.against:
        with open(args.against, encoding="utf-8") as fh:
            other = json.load(fh)
        differ = sorted(k for k in rows.keys() | other.keys() if rows.get(k) != other.get(k))
        print(f"articles differing from {args.against}: {len(differ)}" + (f" (first: {differ[:5]})" if differ else ""))
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
