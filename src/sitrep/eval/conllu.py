"""CoNLL-U reading: sentences with their text, grouped into documents and paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator


@dataclass
class Sentence:
    sent_id: str
    text: str
    tokens: list[str] = field(default_factory=list)
    new_doc: bool = False
    new_par: bool = False


def gold_files(path: Path, pattern: str = "*.conllu") -> list[Path]:
    from . import GoldError

    files = sorted(path.rglob(pattern)) if path.is_dir() else [path]
    if not files:
        raise GoldError(f"{path}: no {pattern} files")
    return files


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Sentences of a CoNLL-U file; the text comes from ``# text`` (or the tokens)."""
    from . import GoldError

    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise GoldError(f"{path}: cannot read: {exc.strerror}") from None
    with handle:
        meta: dict[str, str] = {}
        flags = {"newdoc": False, "newpar": False}
        tokens: list[str] = []
        rebuilt: list[str] = []
        skip_until = 0
        for lineno, line in enumerate(handle, start=1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                key, _, value = line[1:].partition("=")
                key = key.strip()
                if key.startswith("newdoc"):
                    flags["newdoc"] = True
                if key.startswith("newpar"):
                    flags["newpar"] = True
                if _:
                    meta[key] = value.strip()
                continue
            if not line.strip():
                if tokens:
                    text = meta.get("text") or "".join(rebuilt).strip()
                    yield Sentence(meta.get("sent_id", str(lineno)), text, tokens, flags["newdoc"], flags["newpar"])
                meta, tokens, rebuilt, skip_until = {}, [], [], 0
                flags = {"newdoc": False, "newpar": False}
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise GoldError(f"{path}:{lineno}: not a CoNLL-U token line ({len(cols)} columns)")
            if "." in cols[0]:
                continue  # empty nodes
            space = "" if "SpaceAfter=No" in cols[9] else " "
            if "-" in cols[0]:  # multiword token: its form is the surface
                lo, hi = (int(x) for x in cols[0].split("-"))
                skip_until = hi
                rebuilt.append(cols[1] + space)
                continue
            tokens.append(cols[1])
            if int(cols[0]) > skip_until:
                rebuilt.append(cols[1] + space)
        if tokens:
            text = meta.get("text") or "".join(rebuilt).strip()
            yield Sentence(meta.get("sent_id", "last"), text, tokens, flags["newdoc"], flags["newpar"])


def language_of(path: Path) -> str:
    """Language code from a UD file name such as ``fr_gsd-ud-test.conllu``."""
    return path.name.split("_", 1)[0].split("-", 1)[0].lower()
