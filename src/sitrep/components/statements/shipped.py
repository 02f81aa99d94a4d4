"""Model files shipped per language under ``data/<lang>/`` (the learnt cue tagger, the statement
filter): each read once, on first use, and ``None`` where a language has none (the rules alone
then); their common text format (:func:`parse_weights`, :func:`format_weights`). The training tools put a model of their own in :attr:`Shipped.override` for a language
(cross-validation) and take it out again."""

from __future__ import annotations

import math
from importlib import resources
from typing import Any, Callable, Iterable


class Shipped:
    """``data/<lang>/<filename>`` parsed by ``read(text, lang, where)``, per language."""

    def __init__(self, filename: str, read: Callable[[str, str, str], Any]) -> None:
        self.filename = filename
        self.read = read
        self.override: dict[str, Any] = {}
        self._read: dict[str, Any] = {}

    def __call__(self, lang: str | None) -> Any:
        if not lang:
            return None
        if lang in self.override:
            return self.override[lang]
        if lang not in self._read:
            path = resources.files("sitrep") / "data" / lang / self.filename
            self._read[lang] = (self.read(path.read_text(encoding="utf-8"), lang, f"data/{lang}/{self.filename}")
                                if path.is_file() else None)
        return self._read[lang]


def logistic(z: float) -> float:
    """The probability of a logit (0 far below: no overflow)."""
    return 1.0 / (1.0 + math.exp(-z)) if z > -50 else 0.0


def parse_weights(text: str, where: str, words_tag: str, expected: str, error: type[Exception],
                  threshold_in_unit: bool = False) -> tuple[dict[str, float], float | None, float | None, set[str]]:
    """The lines of a model file: ``threshold<TAB>p``, ``bias<TAB>b``, ``<words_tag><TAB>word`` and
    ``w<TAB>feature<TAB>weight`` (``#`` comments); ``(weights, bias, threshold, words)``, None for a
    missing bias or threshold. A bad line raises ``error`` naming ``where``, the line and ``expected``."""
    weights: dict[str, float] = {}
    words: set[str] = set()
    bias = threshold = None
    for n, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            if parts[0] == "w" and len(parts) == 3:
                weights[parts[1]] = float(parts[2])
            elif parts[0] == words_tag and len(parts) == 2:
                words.add(parts[1])
            elif parts[0] == "bias" and len(parts) == 2:
                bias = float(parts[1])
            elif parts[0] == "threshold" and len(parts) == 2:
                threshold = float(parts[1])
                if threshold_in_unit and not 0.0 <= threshold <= 1.0:
                    raise ValueError(parts[1])
            else:
                raise ValueError(parts[0])
        except ValueError:
            raise error(f"{where} line {n}: expected {expected}") from None
    return weights, bias, threshold, words


def format_weights(header: str, threshold: float, bias: float, words_tag: str, words: Iterable[str],
                   weights: dict[str, float]) -> str:
    """The text of a model file (:func:`parse_weights` reads it back)."""
    lines = [f"# {h}" for h in header.splitlines()]
    lines += [f"threshold\t{threshold}", f"bias\t{bias:.5f}"]
    lines += [f"{words_tag}\t{w}" for w in sorted(words)]
    lines += [f"w\t{f}\t{v:.5f}" for f, v in sorted(weights.items())]
    return "\n".join(lines) + "\n"
