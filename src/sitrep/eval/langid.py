"""``sitrep eval langid``: accuracy per language on UD sentences.

Every sentence of at least ``MIN_CHARS`` characters in the CoNLL-U files
under ``--gold`` is identified on its own; its gold language comes from the
file name (``fr_gsd-ud-test.conllu`` is French).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from ..components.language import identify
from .conllu import gold_files, language_of, read_conllu

MIN_CHARS = 40


def evaluate(gold: Path, limit: int | None = None) -> dict:
    per_lang: dict[str, Counter] = defaultdict(Counter)
    confusions: dict[str, Counter] = defaultdict(Counter)
    for path in gold_files(gold):
        lang = language_of(path)
        n = 0
        for sent in read_conllu(path):
            if len(sent.text) < MIN_CHARS:
                continue
            n += 1
            if limit and n > limit:
                break
            ranked = identify(sent.text, top=1)
            guess = ranked[0][0] if ranked else "und"
            per_lang[lang]["total"] += 1
            if guess == lang:
                per_lang[lang]["correct"] += 1
            else:
                confusions[lang][guess] += 1
    languages = {
        lang: {
            "sentences": c["total"],
            "accuracy": round(c["correct"] / c["total"], 4) if c["total"] else 0.0,
            "confused_with": dict(confusions[lang].most_common(5)),
        }
        for lang, c in sorted(per_lang.items())
    }
    return {"task": "langid", "min_chars": MIN_CHARS, "languages": languages}


def render(result: dict) -> str:
    lines = [
        f"| language | sentences (>= {result['min_chars']} chars) | accuracy | most confused with |",
        "|---|---|---|---|",
    ]
    for lang, r in result["languages"].items():
        conf = ", ".join(f"{k} {v}" for k, v in r["confused_with"].items()) or "—"
        lines.append(f"| {lang} | {r['sentences']} | **{r['accuracy']:.4f}** | {conf} |")
    return "\n".join(lines)
