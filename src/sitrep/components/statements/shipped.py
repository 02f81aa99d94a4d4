"""Model files shipped per language under ``data/<lang>/`` (the learnt cue tagger, the statement
filter): each read once, on first use, and ``None`` where a language has none (the rules alone
then). The training tools put a model of their own in :attr:`Shipped.override` for a language
(cross-validation) and take it out again."""

from __future__ import annotations

from importlib import resources
from typing import Any, Callable


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
