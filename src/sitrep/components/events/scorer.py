"""The TimeML word scorer: a linear model (averaged perceptron, trained by
``python -m sitrep_tools.events.train``) deciding whether a word is a TimeML event."""

from __future__ import annotations

import gzip
from importlib import resources
from itertools import repeat
from operator import getitem
from pathlib import Path

import marisa_trie

#: the suffixes of :func:`word_features`, in their order
_SUFFIXES = (slice(-2, None), slice(-3, None), slice(-4, None))
#: the class of a word the class table does not hold
UNKNOWN_CLASS = "?"


def classes_path(lang: str) -> Path:
    """``models/ud-classes-<lang>.tsv.gz`` (built by ``python -m sitrep_tools.events.ud_classes``)."""
    return Path(str(resources.files("sitrep") / "models" / f"ud-classes-{lang}.tsv.gz"))


class ClassTable:
    """word form -> class, read-only, in a MARISA trie holding each form's class number (about a
    tenth of a dict's memory for the 16,000 French forms: the process keeps it for its lifetime)."""

    def __init__(self, pairs: "list[tuple[str, str]]") -> None:
        self.names = sorted({c for _w, c in pairs})
        number = {c: k for k, c in enumerate(self.names)}
        self._trie = marisa_trie.RecordTrie("<B", [(w, (number[c],)) for w, c in pairs])

    def get(self, word: str, default: str | None = None) -> str | None:
        found = self._trie.get(word)
        return self.names[found[0][0]] if found else default

    def __getitem__(self, word: str) -> str:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def __contains__(self, word: object) -> bool:
        return word in self._trie

    def __len__(self) -> int:
        return len(self._trie)


def read_classes(lang: str) -> "ClassTable | dict[str, str]":
    """word form -> its most frequent class in the Universal Dependencies treebanks ("VERB.Part",
    "NOUN"); empty where no table is shipped."""
    try:
        text = gzip.decompress(classes_path(lang).read_bytes()).decode("utf-8")
    except FileNotFoundError:
        return {}
    return ClassTable([tuple(line.split("\t")[:2]) for line in text.splitlines() if line and not line.startswith("#")])


def word_features(word: str, cap: bool, classes: "ClassTable | dict[str, str] | None" = None) -> list[str]:
    """Features of a word alone (cached per word by :class:`Scorer`): the word, its suffixes, its
    class in the treebanks (where ``classes`` is given: a feature that reaches words the TimeML
    training documents never had) and its capital."""
    f = ["b", "w=" + word, "s2=" + word[-2:], "s3=" + word[-3:], "s4=" + word[-4:]]
    if classes is not None:
        f.append("u=" + classes.get(word, UNKNOWN_CLASS))
    if cap:
        f.append("cap")
    return f


def context_features(words: list[str], i: int) -> list[str]:
    return ["p=" + (words[i - 1] if i > 0 else "<s>"), "n=" + (words[i + 1] if i + 1 < len(words) else "</s>")]


class Scorer:
    """A linear model (averaged perceptron, :mod:`.train`) deciding whether a word is a TimeML
    event: word, suffix, treebank class and capitalisation weights summed once per word form, plus
    the previous and next words.  ``classes`` (:func:`read_classes`) is used by models trained
    with the class feature ("u=" weights) only."""

    def __init__(self, weights: dict[str, float], threshold: float = 0.0,
                 classes: "ClassTable | dict[str, str] | None" = None) -> None:
        self.w = weights
        self.threshold = threshold
        #: the class table, or None for a model without class weights
        self.classes = classes if any(f.startswith("u=") for f in weights) else None
        #: the most the previous and next words can add to a word's score
        self.context_max = (max([v for f, v in weights.items() if f.startswith("p=")] + [0.0])
                            + max([v for f, v in weights.items() if f.startswith("n=")] + [0.0]))
        self._cache: dict[tuple[str, bool], float] = {}
        #: the weights of :func:`word_features` by kind, keyed by the word or suffix alone
        self._by_kind = {kind: {f[len(kind):]: v for f, v in weights.items() if f.startswith(kind)}
                         for kind in ("w=", "s2=", "s3=", "s4=", "u=")}

    def word_score(self, word: str, cap: bool) -> float:
        key = (word, cap)
        s = self._cache.get(key)
        if s is None:
            s = self.word_score_uncached(word, cap)
            if len(self._cache) < 200_000:
                self._cache[key] = s
        return s

    def word_score_uncached(self, word: str, cap: bool) -> float:
        """:meth:`word_score` for callers keeping their own per-word tables."""
        w = self.w
        return sum(w.get(f, 0.0) for f in word_features(word, cap, self.classes))

    def word_scores(self, words: list[str]) -> list[float]:
        """``word_score_uncached(w, False)`` of each of ``words``, all at once (C loops): the same
        weights summed by ``sum`` in the same order (bias, word, suffixes of 2, 3, 4 letters, class),
        so the same floats."""
        by = self._by_kind
        zero = repeat(0.0)
        parts = [repeat(self.w.get("b", 0.0)), map(by["w="].get, words, zero)]
        for kind, cut in zip(("s2=", "s3=", "s4="), _SUFFIXES):
            parts.append(map(by[kind].get, map(getitem, words, repeat(cut)), zero))
        if self.classes is not None:
            parts.append(map(by["u="].get, map(self.classes.get, words, repeat(UNKNOWN_CLASS)), zero))
        return list(map(sum, zip(*parts)))

    def score(self, words: list[str], i: int, cap: bool) -> float:
        w = self.w
        return (self.word_score(words[i], cap) + w.get("p=" + (words[i - 1] if i > 0 else "<s>"), 0.0)
                + w.get("n=" + (words[i + 1] if i + 1 < len(words) else "</s>"), 0.0))
