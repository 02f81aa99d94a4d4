"""Morphological features for the Russian and Ukrainian CRF taggers.

pymorphy3 (OpenCorpora / VESUM dictionaries) gives each capitalised word its
lemma, part of speech, whether the dictionary knows it, and the name-like
grammemes of its first analyses (``Name``, ``Surn``, ``Patr``, ``Geox``,
``Orgn``, ``Abbr``, ...): a lexicon of inflected names that a CRF trained on
~10k sentences cannot learn by itself.  Only capitalised words are analysed
(entities start with a capital), which keeps tagging fast; results are cached
per word form.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from sys import intern

#: languages with a pymorphy3 dictionary
LANGUAGES = ("ru", "uk")

_SPECIAL = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad", "Init"})


@lru_cache(maxsize=None)
def analyzer(lang: str):
    import pymorphy3

    try:  # the dictionary package pymorphy3 would find by its entry points, named directly
        dicts = import_module(f"pymorphy3_dicts_{lang}")
    except ImportError:  # (pymorphy3 searches the installed packages' entry points, ~0.03 s a language)
        return pymorphy3.MorphAnalyzer(lang=lang)
    return pymorphy3.MorphAnalyzer(dicts.get_path(), lang=lang)


@lru_cache(maxsize=20_000)
def morph_features(lang: str, word: str) -> tuple[str, ...]:
    """Features of one word (empty unless it starts with a capital letter)."""
    if not word[:1].isupper():
        return ()
    try:
        parses = analyzer(lang).parse(word)
    except ValueError:  # pymorphy3 asks unicodedata for the name of a letter that has none ("A𗀀")
        return ()
    best = parses[0]
    # (the part of speech and the marks are a few dozen strings shared by every word: interned, so the
    # 20,000 memoised words hold one copy of each instead of one per word, a few megabytes)
    feats = ["l=" + best.normal_form, intern("pos=" + str(best.tag.POS))]
    if not best.is_known:
        feats.append("unk")
    marks: set[str] = set()
    for p in parses[:3]:
        marks |= _SPECIAL & p.tag.grammemes
    feats.extend(intern("m=" + m) for m in sorted(marks))
    return tuple(feats)
