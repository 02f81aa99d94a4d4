"""Readers for the named-entity gold formats in ``../shared/data/ner``.

Every reader yields :class:`GoldDoc`: a text and its entity spans
``(start, end, label)`` with labels normalised to PER / ORG / LOC / MISC
(other classes such as dates or professions are dropped).  Nested entities
are flattened CoNLL-style: an entity inside a longer one is dropped.

Formats:

- ``conllu``: ``index<TAB>token<TAB>IOB-tag`` lines, blank line between
  sentences, optional ``#DOCSTART`` lines (WikiNEuRal, BSNLP-ru).
- ``iob``: ``token<SPACE>IOB-tag`` lines, blank lines between sentences
  (NER-UK).
- ``brat``: a folder of ``*.txt`` + ``*.ann`` standoff files (NEREL).
- ``factru``: the factRuEval-2016 folder (``*.txt``, ``*.tokens``,
  ``*.spans``, ``*.objects``).
- ``bsnlp``: SlavicNER / BSNLP folders ``raw/<topic>/<lang>/*.txt`` with
  ``ner/<topic>/<lang>/*.tsv`` (start, end, surface, lemma, type, entity id).

For token-level formats the text is rebuilt by joining tokens with single
spaces, one sentence per line; one :class:`GoldDoc` holds one sentence so
that a deterministic hold-out can be drawn per sentence.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

LABEL_MAP = {
    "PER": "PER", "PERS": "PER", "PERSON": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
    "LOC": "LOC", "GPE": "LOC", "LOCATION": "LOC", "LOCORG": "LOC",
    "COUNTRY": "LOC", "CITY": "LOC", "STATE_OR_PROVINCE": "LOC", "DISTRICT": "LOC",
    "MISC": "MISC", "EVT": "MISC", "PRO": "MISC",
}

#: share of documents kept aside for scoring: crc32(key) % HOLDOUT_MOD == 0
HOLDOUT_MOD = 5


class FormatError(Exception):
    """A gold file does not follow the format it claims; message names the file."""


@dataclass
class GoldDoc:
    id: str
    text: str
    entities: list[tuple[int, int, str]]
    extra: dict = field(default_factory=dict)

    @property
    def held_out(self) -> bool:
        return is_held_out(self.id if self.extra.get("key") is None else self.extra["key"])


def is_held_out(key: str) -> bool:
    """The deterministic hold-out: 1 in HOLDOUT_MOD keys, by CRC-32."""
    return zlib.crc32(key.encode("utf-8")) % HOLDOUT_MOD == 0


def norm_label(raw: str) -> str | None:
    return LABEL_MAP.get(raw.strip().upper().replace("B-", "").replace("I-", ""))


def flatten(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop duplicates and entities nested in (or crossing) a longer earlier one."""
    out: list[tuple[int, int, str]] = []
    for s, e, lab in sorted(set(spans), key=lambda x: (x[0], -(x[1] - x[0]))):
        if out and s < out[-1][1]:
            continue
        out.append((s, e, lab))
    return out


# -- token formats -------------------------------------------------------------
def _sentences_from_rows(rows: Iterator[tuple[int, list[str] | None]], path: Path) -> Iterator[list[tuple[str, str]]]:
    sent: list[tuple[str, str]] = []
    for lineno, cols in rows:
        if cols is None:
            if sent:
                yield sent
                sent = []
            continue
        if len(cols) < 2:
            raise FormatError(f"{path}:{lineno}: expected a token and a tag, got {' '.join(cols)!r}")
        sent.append((cols[-2] if len(cols) > 2 else cols[0], cols[-1]))
    if sent:
        yield sent


def _iob_doc(tokens: list[tuple[str, str]], doc_id: str, path: Path) -> GoldDoc:
    parts: list[str] = []
    ents: list[tuple[int, int, str]] = []
    pos = 0
    cur: list | None = None
    for tok, tag in tokens:
        start = pos
        parts.append(tok)
        pos += len(tok) + 1
        tag = tag.strip()
        if tag == "O" or not tag:
            cur = None
            continue
        prefix, _, typ = tag.partition("-")
        if not typ:
            prefix, typ = "B", tag
        if prefix not in ("B", "I", "E", "S"):
            raise FormatError(f"{path}: bad IOB tag {tag!r} in {doc_id}")
        lab = norm_label(typ)
        if cur is not None and prefix in ("I", "E") and cur[2] == typ:
            cur[1] = start + len(tok)
        else:
            cur = [start, start + len(tok), typ]
            ents.append(cur)  # type: ignore[arg-type]
        if lab is None:
            cur[2] = typ
    text = " ".join(parts)
    spans = [(s, e, norm_label(t)) for s, e, t in ents]
    return GoldDoc(doc_id, text, [(s, e, l) for s, e, l in spans if l], {"tokens": [t for t, _ in tokens]})


def read_conll(path: Path) -> Iterator[GoldDoc]:
    """CoNLL-U-like (index, token, tag) or two-column IOB files."""
    def rows():
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                line = line.rstrip("\n")
                if not line.strip():
                    yield lineno, None
                    continue
                if line.startswith("#"):
                    yield lineno, None
                    continue
                cols = line.split("\t") if "\t" in line else line.split(" ")
                yield lineno, [c for c in cols if c != ""] or None

    for i, sent in enumerate(_sentences_from_rows(rows(), path)):
        doc = _iob_doc(sent, f"{path.name}#{i}", path)
        doc.extra["key"] = doc.text
        yield doc


# -- standoff formats --------------------------------------------------------------
_BRAT_RE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$")


def read_brat(folder: Path) -> Iterator[GoldDoc]:
    for ann in sorted(folder.glob("*.ann")):
        txt = ann.with_suffix(".txt")
        if not txt.is_file():
            raise FormatError(f"{ann}: no matching .txt file")
        text = txt.read_text(encoding="utf-8")
        spans = []
        for lineno, line in enumerate(ann.read_text(encoding="utf-8").splitlines(), 1):
            if not line.startswith("T"):
                continue
            m = _BRAT_RE.match(line)
            if not m:
                raise FormatError(f"{ann}:{lineno}: not a brat entity line")
            lab = norm_label(m.group(2))
            if lab is None:
                continue
            nums = [int(x) for x in re.split(r"[ ;]", m.group(3)) if x]
            spans.append((min(nums), max(nums), lab))
        yield GoldDoc(ann.stem, text, flatten(spans))


def read_factru(folder: Path, extent: str = "names") -> Iterator[GoldDoc]:
    """factRuEval-2016 objects as named entities.

    ``extent="names"`` (the default) follows the conversion natasha's ``naeval`` benchmark
    applies to factRuEval: a Person is its whole mention (first to last span: name,
    patronymic, surname, nickname); an Org is each of its ``org_name`` spans and a Location or
    LocOrg each of its ``loc_name`` spans, so descriptors ("правительство", "команды" in
    «команды Red Bull», "город") stay outside the entity and a mention made of a descriptor
    alone is no named entity.  ``extent="objects"`` takes every object from its first to its
    last span, descriptors included (the reading used before; kept for comparison).
    """
    if extent not in ("names", "objects"):
        raise ValueError(f"extent must be 'names' or 'objects', not {extent!r}")
    keep = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
    name_span = {"ORG": "org_name", "LOC": "loc_name"}
    for objs in sorted(folder.glob("*.objects")):
        stem = objs.with_suffix("")
        try:
            text = stem.with_suffix(".txt").read_text(encoding="utf-8-sig")
            span_lines = stem.with_suffix(".spans").read_text(encoding="utf-8").splitlines()
            obj_lines = objs.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise FormatError(f"{stem}: {exc.strerror}") from None
        spans: dict[str, tuple[int, int, str]] = {}
        for line in span_lines:
            cols = line.split("#", 1)[0].split()
            if len(cols) >= 4:
                start, length = int(cols[2]), int(cols[3])
                spans[cols[0]] = (start, start + length, cols[1])
        ents = []
        for lineno, line in enumerate(obj_lines, 1):
            cols = line.split("#", 1)[0].split()
            if len(cols) < 3:
                continue
            lab = keep.get(cols[1])
            if lab is None:
                continue
            parts = [spans[c] for c in cols[2:] if c in spans]
            if not parts:
                raise FormatError(f"{objs}:{lineno}: object refers to unknown spans")
            if extent == "objects" or lab == "PER":
                ents.append((min(p[0] for p in parts), max(p[1] for p in parts), lab))
            else:
                ents.extend((s, e, lab) for s, e, kind in parts if kind == name_span[lab])
        # The factRuEval .txt files use \r\n in places; offsets count them, keep as is.
        yield GoldDoc(stem.name, text, flatten(ents))


def read_bsnlp(folder: Path) -> Iterator[GoldDoc]:
    """SlavicNER / BSNLP: ``folder`` holds ``raw/`` and ``ner/`` (or is one of them)."""
    root = folder
    while root != root.parent and not ((root / "raw").is_dir() and (root / "ner").is_dir()):
        root = root.parent
    if not (root / "raw").is_dir():
        raise FormatError(f"{folder}: expected raw/ and ner/ folders (SlavicNER layout)")
    rel = folder.relative_to(root)
    ner_dir = root / "ner" / Path(*rel.parts[1:]) if rel.parts and rel.parts[0] in ("raw", "ner") else root / "ner"
    for tsv in sorted(ner_dir.rglob("*.tsv")):
        sub = tsv.relative_to(root / "ner")
        raw = (root / "raw" / sub).with_suffix(".txt")
        if not raw.is_file():
            continue
        text = raw.read_text(encoding="utf-8")
        ents = []
        ids = {}
        for lineno, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
            cols = line.split("\t")
            if len(cols) < 6:
                if line.strip():
                    raise FormatError(f"{tsv}:{lineno}: expected 6 tab-separated columns")
                continue
            s, e = int(cols[0]), int(cols[1])
            lab = norm_label(cols[4])
            if lab is None:
                continue
            ents.append((s, e, lab))
            ids[(s, e)] = (cols[5], cols[3])
        yield GoldDoc(str(sub.with_suffix("")), text, flatten(ents), {"ids": ids, "lang": sub.parts[-2] if len(sub.parts) > 1 else None})


def detect_format(path: Path) -> str:
    if path.is_file():
        return "conll"
    if any(path.glob("*.objects")):
        return "factru"
    if any(path.glob("*.ann")):
        return "brat"
    if any(path.rglob("*.tsv")):
        return "bsnlp"
    probe = path
    while probe != probe.parent:
        if (probe / "raw").is_dir() and (probe / "ner").is_dir():
            return "bsnlp"
        probe = probe.parent
    raise FormatError(f"{path}: no known NER gold format (CoNLL/IOB file, brat, factRuEval or BSNLP folder)")


READERS = {"conll": read_conll, "brat": read_brat, "factru": read_factru, "bsnlp": read_bsnlp}


def read(path: Path) -> Iterator[GoldDoc]:
    """Documents of any supported gold format at ``path``."""
    return READERS[detect_format(path)](path)


def fingerprint(docs: list[GoldDoc]) -> str:
    """SHA-256 of the documents' texts: recorded in the model manifest for each training source,
    so ``sitrep eval ner`` recognises gold a shipped model was trained on."""
    h = hashlib.sha256()
    for d in docs:
        h.update(d.text.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()
