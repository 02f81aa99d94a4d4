"""Choose English cue entries end to end on PolNeAR **train** (never dev): a candidate cue is kept
only if adding it to the verb lexicon raises ``statements.v1``'s F1 at overlap 0.3 on **both**
halves of train (files 0-499 and 500-918) without lowering speaker accuracy on either.

    python -m sitrep_tools.statements.select_cues TRAIN_CACHE.pkl [--min-docs 3] [--write]

Candidates are the word sequences (one to three tokens) that make up a gold Cue span in at least
``--min-docs`` train texts and that the lexicon does not read yet; each is tried in order of its
gold count, on the cached upstream layers (:mod:`sitrep_tools.statements.cache`), re-scoring only the
documents whose text holds its first word.  Candidates are taken greedily: an accepted entry stays
in the lexicon while the next ones are tried.  ``--write`` replaces the selected section at the end
of ``data/en/cues_verbs.txt`` (after :data:`MARKER`) with the accepted entries.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from .cache import rerun

MARKER = "# --- selected end to end on PolNeAR train (sitrep_tools.statements.select_cues) ---"
OUT = Path(__file__).resolve().parents[2] / "sitrep" / "data" / "en" / "cues_verbs.txt"
MIN_GAIN = 0.0001  # F1 on each half, about two more statements found than lost
HALF = 500
REBUILD = ("# rebuild: docs/statements.md, seventh round (select_cues TRAIN_CACHE.pkl, entries that are no attribution\n"
           "# expression removed by hand, then select_cues TRAIN_CACHE.pkl --only LIST --write)")  # files 0-499 and 500-918

# words that open no cue of their own (the frames find auxiliaries, subjects and complementisers)
FUNCTION = set("""
a an the this that these those it its he she they we i you him her them us me my our your their his
and or but nor so if as of to in on at by for from with about into over under after before than then
there here what which who whom whose when where why how not no n t s d ll ve re m do does did done be
is are was were been being am has have had having will would shall should can could may might must
also just still even only very much more most all any some each every other such own same too
""".split())
PARTICLES = set("""
up out back off down away against now never first last later long once monday tuesday wednesday thursday
friday saturday sunday today yesterday don doesn didn isn wasn won
""".split())


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


class Scorer:
    """Per-document TP/FP/FN and speaker counts of ``statements.v1`` over cached train rows."""

    def __init__(self, rows: list) -> None:
        from sitrep.components.statements import StatementsComponent
        from sitrep.components.statements.cues import tokens

        self.rows = rows
        self.comp = StatementsComponent()
        self.words = [frozenset(t for _, _, t in tokens(a.text)) for _d, a, _g in rows]
        self.counts = [self.doc(k) for k in range(len(rows))]

    def doc(self, k: int) -> tuple[int, int, int, int, int]:
        from sitrep.eval.statements import _same_speaker, match, predicted

        _doc_id, cached, gold = self.rows[k]
        article = rerun(self.comp, cached)
        pred = predicted(article)
        pairs = match(gold, pred, 0.3)
        ok = n = 0
        for gi, pi in pairs:
            if gold[gi]["source"]:
                n += 1
                ok += _same_speaker(article, gold[gi]["source"], pred[pi])
        return len(pairs), len(pred) - len(pairs), len(gold) - len(pairs), ok, n

    def trial(self, first: str) -> tuple[list, list[tuple[float, float, tuple]]]:
        """The per-document counts, and their :meth:`halves`, once the documents holding the word
        ``first`` (the first word of an entry just added to or removed from the lexicon) are
        re-scored; the others keep their counts."""
        trial = list(self.counts)
        for k, words in enumerate(self.words):
            if first in words:
                trial[k] = self.doc(k)
        return trial, self.halves(trial)

    def halves(self, counts: list) -> list[tuple[float, float, tuple]]:
        out = []
        for lo, hi in ((0, HALF), (HALF, len(counts))):
            s = [sum(c[x] for c in counts[lo:hi]) for x in range(5)]
            out.append((_f1(*s[:3]), s[3] / s[4] if s[4] else 0.0, tuple(s)))
        return out


def candidates(rows: list, min_docs: int) -> list[tuple[str, int]]:
    """``(phrase, gold texts)`` of gold cue word sequences the English lexicon does not read."""
    from sitrep.components.statements.cues import lexicon, tokens

    lex = lexicon("en")
    docs: dict[str, set] = collections.defaultdict(set)
    for doc_id, cached, gold in rows:
        text = cached.text
        for g in gold:
            for a, b in g["cue"]:
                words = [t for _, _, t in tokens(text[a:b])]
                if len(words) > 5:
                    continue
                for x in range(len(words)):
                    for y in range(x + 1, min(x + 3, len(words)) + 1):
                        forms = words[x:y]
                        if not all(f.isalpha() for f in forms) or forms[0] in FUNCTION or forms[-1] in FUNCTION - {
                                "to", "of", "on", "about", "with", "for", "that"}:
                            continue
                        if lex.verbs.match(words, x) or lex.prep.match(words, x) or any(
                                forms[0] in ps for ps in (lex.aux, lex.skip, lex.adverb, lex.boundary)) \
                                or forms[0] in PARTICLES:
                            continue
                        docs[" ".join(forms)].add(text[:200])  # (an article annotated twice counts once)
    found = [(p, len(d)) for p, d in docs.items() if len(d) >= min_docs]
    return sorted(found, key=lambda x: (-x[1], x[0]))


def select(rows: list, min_docs: int, log=print, min_gain: float = 0.0, only: list[str] | None = None) -> list[str]:
    from sitrep.components.statements.extract import _firsts
    from sitrep.components.statements.cues import _key, lexicon

    lex = lexicon("en")
    scorer = Scorer(rows)
    base = scorer.halves(scorer.counts)
    log(f"start: F1 {base[0][0]:.4f} / {base[1][0]:.4f}, speaker {base[0][1]:.4f} / {base[1][1]:.4f}")
    kept = []
    todo = candidates(rows, min_docs) if only is None else [(p, 0) for p in only]
    for phrase, n_docs in todo:
        key = _key(phrase)
        if lex.verbs.match(list(key), 0) == len(key):
            continue  # (read already)
        lex.verbs.add(phrase)
        _firsts.cache_clear()
        trial, new = scorer.trial(key[0])
        better = all(n[0] > b[0] + min_gain and n[1] >= b[1] - 1e-9 for n, b in zip(new, base))
        if better:
            kept.append(phrase)
            scorer.counts, base = trial, new
            log(f"+ {phrase!r} ({n_docs} texts): F1 {new[0][0]:.4f} / {new[1][0]:.4f}, "
                f"speaker {new[0][1]:.4f} / {new[1][1]:.4f}")
        else:
            lex.verbs.discard_key(key)
            _firsts.cache_clear()
    return kept


def write(kept: list[str], path: Path = OUT) -> None:
    text = path.read_text(encoding="utf-8")
    head = text.split(MARKER, 1)[0].rstrip("\n") + "\n"
    body = "".join(f"{p}\n" for p in sorted(kept))
    path.write_text(f"{head}{MARKER}\n{REBUILD}\n{body}",
                    encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep_tools.statements.select_cues")
    ap.add_argument("cache", type=Path, help="a PolNeAR train cache (sitrep_tools.statements.cache build)")
    ap.add_argument("--min-docs", type=int, default=3, help="gold cue in at least this many train texts")
    ap.add_argument("--write", action="store_true", help=f"write the kept entries into {OUT.name}")
    ap.add_argument("--min-gain", type=float, default=MIN_GAIN, help="F1 gain needed on each half")
    ap.add_argument("--only", type=Path, help="try only the phrases of this file (one a line)")
    args = ap.parse_args(argv)
    from .cache import load

    only = None
    if args.only:
        only = [x.strip() for x in args.only.read_text(encoding="utf-8").splitlines() if x.strip()]
    kept = select(load(args.cache), args.min_docs, log=lambda m: print(m, flush=True), min_gain=args.min_gain, only=only)
    print(f"{len(kept)} entries kept")
    if args.write:
        write(kept)
    return 0


if __name__ == "__main__":
    sys.exit(main())
