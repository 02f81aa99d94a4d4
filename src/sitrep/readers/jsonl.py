"""JSON and JSON Lines records: ``id``, ``url``, ``title``, ``text``, ``published``,
``source``, ``language``; any other key is kept in the article's ``source``."""

from __future__ import annotations

import json
from typing import Any, Iterator

from ..article import Article, Published, parse_published
from .base import InputProblem, Problem, build_article, decode

KNOWN_KEYS = ("id", "url", "title", "text", "published", "source", "language")


def _sitrep_article(record: dict, origin: str) -> Article:
    """A record that is sitrep's own article JSON (``--format json`` output)."""
    import jsonschema

    from ..article import validate

    try:
        validate(record)
    except jsonschema.ValidationError as exc:
        raise InputProblem(f"invalid sitrep article JSON: {exc.message}") from None
    article = Article.from_dict(record)
    article.source.setdefault("path", origin)
    return article


def _published_value(value: Any) -> str:
    """``"2022-09"`` or sitrep's ``{"value": "2022-09", "precision": "month"}``."""
    if isinstance(value, dict) and "value" in value:
        return str(value["value"])
    return str(value)


def record_to_article(record: Any, data: bytes, origin: str, default_id: str) -> Article:
    if not isinstance(record, dict):
        raise InputProblem(f"a record must be a JSON object, not {type(record).__name__}")
    if "layers" in record and "schema" in record:
        return _sitrep_article(record, origin)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputProblem("record has no 'text'")
    warnings: list[str] = []
    published: Published | None = None
    if record.get("published") not in (None, ""):
        try:
            published = parse_published(_published_value(record["published"]))
        except ValueError as exc:
            warnings.append(f"{origin}: publication date ignored: {exc}")
    elif "published" in record:
        warnings.append(f"{origin}: empty publication date")
    source: dict[str, Any] = {"path": origin, "reader": "jsonl.v1"}
    if record.get("url"):
        source["url"] = record["url"]
    if record.get("source") is not None:
        source["outlet"] = record["source"]
    if "published" in record and published is None and record["published"] not in (None, ""):
        source["published_raw"] = record["published"]
    extra = {k: v for k, v in record.items() if k not in KNOWN_KEYS}
    if extra:
        source["extra"] = extra
    language = record.get("language") or None
    title = record.get("title") or None
    article_id = str(record.get("id") or default_id)
    return build_article(
        text,
        data,
        article_id=article_id,
        source=source,
        title=str(title) if title else None,
        title_from_text=False,
        parse_header=False,
        language=str(language).lower() if language else None,
        published=published,
        warnings=warnings,
    )


def read_json(data: bytes, origin: str, article_id: str) -> Iterator[Article | Problem]:
    raw, _encoding, warnings = decode(data, origin)
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputProblem(f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    records = doc if isinstance(doc, list) else [doc]
    for i, record in enumerate(records):
        where = origin if len(records) == 1 else f"{origin}[{i}]"
        rid = article_id if len(records) == 1 else f"{article_id}-{i}"
        try:
            record_bytes = data if len(records) == 1 else json.dumps(record, ensure_ascii=False).encode()
            article = record_to_article(record, record_bytes, where, rid)
        except InputProblem as exc:
            yield Problem(where, str(exc))
            continue
        article.warnings[:0] = warnings
        yield article


def _lines(buf, sep):
    """The pieces of ``buf`` between ``sep`` one at a time (``buf.split(sep)`` without the list)."""
    start = 0
    while True:
        end = buf.find(sep, start)
        if end < 0:
            yield buf[start:]
            return
        yield buf[start:end]
        start = end + 1


def _text_lines(data: bytes, origin: str) -> tuple[Iterator[str], list[str]]:
    """The file's lines, decoded one at a time when the file is clean UTF-8 (the whole text of a
    large JSONL file, four bytes a character once it holds Cyrillic, is never held), and the
    decoding warnings."""
    raw, _encoding, warnings = decode(data, origin)
    if warnings or _encoding != "utf-8" or data.startswith(b"\xef\xbb\xbf"):
        return _lines(raw, "\n"), warnings
    del raw  # valid UTF-8 without BOM: "\n" never occurs inside a character, lines decode alone
    return (line.decode("utf-8") for line in _lines(data, b"\n")), warnings


def read_jsonl(data: bytes, origin: str, article_id: str) -> Iterator[Article | Problem]:
    lines, warnings = _text_lines(data, origin)
    # JSON Lines are separated by "\n" only: str.splitlines() would also split inside
    # strings holding U+2028, U+0085 ... (common in news text).
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            record = json.loads(line)
            article = record_to_article(record, line.encode("utf-8"), where, f"{article_id}-{lineno}")
        except json.JSONDecodeError as exc:
            yield Problem(where, f"not valid JSON: {exc.msg} at column {exc.colno}")
            continue
        except InputProblem as exc:
            yield Problem(where, str(exc))
            continue
        article.warnings[:0] = warnings
        warnings = []
        yield article
