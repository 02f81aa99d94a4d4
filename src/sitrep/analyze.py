"""``sitrep analyze``: read, run the pipeline, report — through the Python API
(:func:`sitrep.read`, :func:`sitrep.load`), so the command and the API cannot drift."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Iterator, TextIO

from dataclasses import asdict

from .api import load, prepare, read
from .article import Article, parse_published
from .pipeline import Failure
from .readers import Problem
from .settings import Config


def _say(kind: str, line: str) -> None:
    print(f"sitrep: {kind}: {line}", file=sys.stderr)


class Tally:
    def __init__(self) -> None:
        self.ok = 0
        self.failed = 0

    def failure(self, failure: Failure) -> None:
        self.failed += 1
        _say("error", failure.line())


def articles_from(paths, config: Config, tally: Tally, published=None, lang=None) -> Iterator[Article]:
    """Articles from ``paths``; problems and warnings are reported as they come."""

    def problem(item: Problem) -> None:
        tally.failed += 1
        _say("error", item.line())

    for item in read(paths, on_error=problem, **asdict(config)):
        prepare(item, published=published, lang=lang)
        for w in item.warnings:
            _say("warning", w)
        yield item


def _open_out(path: Path | None) -> TextIO:
    if path is None:
        return sys.stdout
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.open("w", encoding="utf-8")


def run_analyze(args: argparse.Namespace, config: Config) -> int:
    published = None
    if args.published:
        try:
            published = parse_published(args.published)
        except ValueError as exc:
            _say("warning", f"--published: {exc} (ignored: publication dates left as read)")
    tally = Tally()
    nlp = load(**asdict(config))
    stream = nlp.pipe(
        articles_from(args.paths, config, tally, published, args.lang), on_error=tally.failure
    )
    try:
        if args.format == "json":
            _write_json(stream, args.out, tally)
        elif args.format == "html":
            _write_html(stream, args.out, tally)
        else:
            _write_text(stream, args.out, tally)
    except OSError as exc:
        _say("error", f"{args.out}: cannot write: {exc.strerror or exc}")
        return 1
    if tally.ok == 0:
        _say("error", "nothing could be processed")
        return 1
    if tally.failed:
        _say("info", f"{tally.ok} article(s) processed, {tally.failed} skipped")
    return 0


def _write_json(stream: Iterator[Article], out: Path | None, tally: Tally) -> None:
    """One article: an indented JSON object. Several: JSON Lines."""
    first: Article | None = None
    fh: TextIO | None = None
    try:
        for article in stream:
            tally.ok += 1
            if first is None and tally.ok == 1:
                first = article
                continue
            if fh is None:
                fh = _open_out(out)
                fh.write(first.to_json() + "\n")
            fh.write(article.to_json() + "\n")
        if fh is None and first is not None:
            fh = _open_out(out)
            fh.write(first.to_json(indent=2) + "\n")
    finally:
        if fh is not None and fh is not sys.stdout:
            fh.close()


def _write_html(stream: Iterator[Article], out: Path | None, tally: Tally) -> None:
    from .report.html import render_page

    articles = []
    for article in stream:
        tally.ok += 1
        articles.append(article)
    if not articles:
        return
    page = render_page(articles)
    fh = _open_out(out)
    try:
        fh.write(page)
    finally:
        if fh is not sys.stdout:
            fh.close()


def _write_text(stream: Iterator[Article], out: Path | None, tally: Tally) -> None:
    from .report.text import print_report

    fh = _open_out(out)
    try:
        for article in stream:
            tally.ok += 1
            print_report(article, fh)
    finally:
        if fh is not sys.stdout:
            fh.close()
