"""Compare ``entities.v1``'s vectorised tagger with CRFsuite's own tagger on a corpus.

    python -m sitrep_tools.ner.check_decoder CORPUS.jsonl [more files or folders]

Each article is read and segmented like ``sitrep analyze`` does (paragraphs,
language, sentences); its entities are then tagged twice: by
:func:`sitrep.components.entities.tag_groups` (the per-word-type score tables
and CRFsuite's decoding functions of :mod:`sitrep.components.entities.decoder`)
and sentence by sentence by :func:`sitrep.components.entities.tag_tokens`
(``pycrfsuite.Tagger``: feature strings, CRFsuite's attribute lookup).  It
prints the articles, sentences, tokens and entities compared, each side's CPU
seconds, and every difference in span, type or confidence; it exits 1 when
there is one.
"""

from __future__ import annotations

import argparse
import sys
import time


def main(argv: list[str] | None = None) -> int:
    from sitrep.components.entities import model_language, tag_groups, tag_tokens
    from sitrep.pipeline import Pipeline
    from sitrep.readers import Problem, read_paths

    ap = argparse.ArgumentParser(prog="python -m sitrep_tools.ner.check_decoder", description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--show", type=int, default=20, help="differences to print (default 20)")
    args = ap.parse_args(argv)

    seg = Pipeline.from_names(["paragraphs.v1", "language.v1", "sentences.v1"])
    counts = {"articles": 0, "sentences": 0, "tokens": 0, "entities": 0, "differences": 0}
    seconds = {"vectorised": 0.0, "crfsuite": 0.0}
    for art in read_paths(args.paths):
        if isinstance(art, Problem):
            print(f"skipped: {art}", file=sys.stderr)
            continue
        seg(art)
        text = art.text
        lang = model_language(art.language, text)
        toks = [(a.start, a.end) for a in art.layers.get("tokens", [])]
        groups, ti = [], 0
        for s in art.layers.get("sentences", []):
            while ti < len(toks) and toks[ti][0] < s.start:
                ti += 1
            j = ti
            while j < len(toks) and toks[j][0] < s.end:
                j += 1
            if j > ti:
                groups.append((ti, j))
            ti = j
        t = time.process_time()
        fast = tag_groups(text, toks, groups, lang)
        seconds["vectorised"] += time.process_time() - t
        t = time.process_time()
        ref = [e for a, b in groups for e in tag_tokens(text, toks[a:b], lang)]
        seconds["crfsuite"] += time.process_time() - t
        counts["articles"] += 1
        counts["sentences"] += len(groups)
        counts["tokens"] += sum(b - a for a, b in groups)
        counts["entities"] += len(ref)
        if fast != ref:
            extra, missing = sorted(set(fast) - set(ref)), sorted(set(ref) - set(fast))
            counts["differences"] += max(len(extra), len(missing)) or 1
            if args.show > 0:
                args.show -= 1
                print(f"{art.id}: vectorised only {extra[:5]}, CRFsuite only {missing[:5]}")
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    print(" ".join(f"{k}_cpu_s={v:.2f}" for k, v in seconds.items()))
    return 1 if counts["differences"] else 0


if __name__ == "__main__":
    sys.exit(main())
