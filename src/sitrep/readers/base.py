"""What every reader shares: problems, decoding bytes, and building clean text.

Readers never raise for bad input: they yield a :class:`Problem` naming the
origin and what is wrong, and go on with the next file or record.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from ..article import Article, Published, RawInfo, parse_published


@dataclass
class Problem:
    """Input that could not be read; ``origin`` is a path, ``path:line`` or similar."""

    origin: str
    message: str

    def line(self) -> str:
        return f"{self.origin}: {self.message}"


class InputProblem(Exception):
    """Raised inside a reader, turned into a :class:`Problem` by the dispatcher."""


#: share of undecodable characters above which input is refused as not UTF-8 at all
UNDECODABLE_SHARE = 0.05

_ZERO_WIDTH = "\u200b\u2060\ufeff\u00ad"
_CONTROL_OK = "\n\t"


def decode(data: bytes, origin: str) -> tuple[str, str, list[str]]:
    """Decode input bytes; returns ``(text, encoding, warnings)``.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are recognised.
    Invalid UTF-8 is decoded with replacement characters and a warning naming
    the first bad byte offset. NUL bytes mean a binary file: refused.
    """
    if not data:
        raise InputProblem("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError as exc:
            raise InputProblem(f"invalid UTF-16 at byte offset {exc.start}") from None
    head = data[:65536]
    nul = head.find(b"\x00")
    if nul >= 0:
        raise InputProblem(f"binary file (NUL byte at offset {nul}), not text")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if controls > max(8, len(head) // 20):
        raise InputProblem(f"binary file ({controls} control bytes in the first {len(head)}), not text")
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        return data.decode(encoding), "utf-8", []
    except UnicodeDecodeError as exc:
        first = exc.start
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    if bad > max(8, len(text) * UNDECODABLE_SHARE):  # a legacy 8-bit encoding, not damaged UTF-8
        raise InputProblem(
            f"unknown encoding: not UTF-8 ({bad} undecodable characters of {len(text)}, "
            f"first at byte offset {first}); convert the file to UTF-8"
        )
    more = f" ({bad} replacement characters in all)" if bad > 1 else ""
    return text, "utf-8", [
        f"{origin}: invalid UTF-8 at byte offset {first}, decoded with replacement characters{more}"
    ]


_HEADER_RE = re.compile(
    r"^[ \t\u00a0\ufeff]*date[ \t]*:?[ \t]+(?P<date>\S+)[ \t\u00a0]*", re.IGNORECASE
)
_HAS_WORD_RE = re.compile(r"\w")


def _strip_span(raw: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``raw[start:end]`` past whitespace, zero-width and control characters."""
    def junk(ch: str) -> bool:
        return ch.isspace() or ch in _ZERO_WIDTH or (
            unicodedata.category(ch) == "Cc" and ch not in _CONTROL_OK
        )

    while start < end and junk(raw[start]):
        start += 1
    while end > start and junk(raw[end - 1]):
        end -= 1
    return start, end


def iter_lines(raw: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``raw`` (any newline convention)."""
    spans = []
    for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", raw):
        if m.start() == len(raw) and m.end() == len(raw) and spans:
            break
        line_end = m.end()
        while line_end > m.start() and raw[line_end - 1] in "\r\n":
            line_end -= 1
        spans.append((m.start(), line_end))
    return spans


def is_debris(line: str) -> bool:
    """A line with no letter or digit ('* * *', '———', '•'): scraping debris."""
    return not _HAS_WORD_RE.search(line)


class TextBuilder:
    """Builds the article text from slices of the raw input, recording the mapping."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[list[int]] = []

    def add_raw(self, start: int, end: int) -> None:
        if end <= start:
            return
        chunk = self.raw[start:end]
        # Drop zero-width and stray control characters inside the slice too.
        pieces = re.split(f"([{_ZERO_WIDTH}\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f])", chunk)
        pos = start
        for i, piece in enumerate(pieces):
            if i % 2 == 0 and piece:
                if self.segments and self.segments[-1][0] + self.segments[-1][2] == self.length and \
                        self.segments[-1][1] + self.segments[-1][2] == pos:
                    self.segments[-1][2] += len(piece)
                else:
                    self.segments.append([self.length, pos, len(piece)])
                self.parts.append(piece)
                self.length += len(piece)
            pos += len(piece)

    def add_text(self, text: str) -> None:
        """Insert characters that are not in the raw input (separators)."""
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def blocks_from_lines(raw: str, lines: list[tuple[int, int]], blank_separates: bool) -> list[list[tuple[int, int]]]:
    """Group stripped line spans into paragraphs.

    With ``blank_separates`` a paragraph is a run of non-blank lines; without,
    every non-blank line is a paragraph of its own.
    """
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for start, end in lines:
        s, e = _strip_span(raw, start, end)
        if s == e or is_debris(raw[s:e]):
            if current:
                blocks.append(current)
                current = []
            continue
        current.append((s, e))
        if not blank_separates:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def build_article(
    raw: str,
    data: bytes,
    *,
    article_id: str,
    source: dict,
    encoding: str = "utf-8",
    title: str | None = None,
    published: Published | None = None,
    language: str | None = None,
    title_from_text: bool = True,
    parse_header: bool = True,
    blank_separates: bool | None = None,
    warnings: list[str] | None = None,
) -> Article:
    """Clean ``raw`` into an :class:`Article`.

    The text is the title (if any) then the paragraphs, separated by blank
    lines; debris lines and runs of empty lines are dropped. ``raw`` stays
    recoverable through the hash of ``data`` and the segment mapping.
    """
    warnings = list(warnings or [])
    lines = iter_lines(raw)
    if blank_separates is None:
        # Plain text separates paragraphs by blank lines; text without any
        # blank line but with line breaks is one paragraph per line.
        blank_separates = bool(re.search(r"\n[ \t\u00a0]*\r?\n", raw)) or "\n" not in raw.strip()
    origin = source.get("path", article_id)

    first = 0
    while first < len(lines) and _strip_span(raw, *lines[first])[0] == lines[first][1]:
        first += 1
    if parse_header and first < len(lines):
        s, e = lines[first]
        m = _HEADER_RE.match(raw, s, e)
        if m:
            parsed: Published | None
            try:
                parsed = parse_published(m.group("date"))
            except ValueError as exc:
                warnings.append(f"{origin}: publication date header ignored: {exc}")
                parsed = None
            if parsed is not None and published is None:
                published = parsed
            lines = lines[:first] + [(m.end(), e)] + lines[first + 1 :]

    blocks = blocks_from_lines(raw, lines, blank_separates)
    builder = TextBuilder(raw)
    body = blocks
    if title is None and title_from_text and blocks:
        title_block = blocks[0][:1]  # the first non-empty line
        rest = blocks[0][1:]
        body = ([rest] if rest else []) + blocks[1:]
        builder.add_raw(*title_block[0])
        title = builder.text()
    elif title:
        title = " ".join(title.split())
        builder.add_text(title)
    for block in body:
        if builder.length:
            builder.add_text("\n\n")
        for i, (s, e) in enumerate(block):
            if i:
                builder.add_text("\n")
            builder.add_raw(s, e)
    text = builder.text()
    if not text.strip():
        raise InputProblem("no text (only whitespace or debris)")
    raw_info = RawInfo(
        sha256=hashlib.sha256(data).hexdigest(),
        length=len(raw),
        encoding=encoding,
        segments=builder.segments,
    )
    return Article(
        id=article_id,
        text=text,
        title=title,
        language=language,
        published=published,
        source=source,
        raw=raw_info,
        warnings=warnings,
    )
