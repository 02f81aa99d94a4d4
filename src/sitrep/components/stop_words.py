"""spaCy's stop-word lists, read without importing the language's package.

``from spacy.lang.fr.stop_words import STOP_WORDS`` first imports ``spacy.lang.fr``, whose
tokenizer exceptions compile one large case-insensitive expression at import (about 2 s of a
process's start). The stop-word modules themselves are plain data (one ``STOP_WORDS`` set), so
each is executed here on its own: an English-only run never compiles the French tokenizer, and
the words are the same set spaCy's module holds.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=None)
def spacy_stop_words(code: str) -> frozenset[str]:
    """``spacy.lang.<code>.stop_words.STOP_WORDS`` (empty for a language spaCy lacks)."""
    loaded = sys.modules.get(f"spacy.lang.{code}.stop_words")
    if loaded is not None:
        return frozenset(loaded.STOP_WORDS)
    spec = importlib.util.find_spec("spacy.lang")
    for base in (spec.submodule_search_locations or ()) if spec else ():
        path = Path(base) / code / "stop_words.py"
        if path.is_file():
            file_spec = importlib.util.spec_from_file_location(f"_sitrep_stop_words_{code}", path)
            module = importlib.util.module_from_spec(file_spec)
            file_spec.loader.exec_module(module)
            return frozenset(module.STOP_WORDS)
    return frozenset()
