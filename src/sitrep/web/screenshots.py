"""Save a screenshot of every workbench page (headless Chromium) under ``docs/workbench/``.

    python -m sitrep.web.screenshots [--db corpus.db] [--out docs/workbench]

Without ``--db`` the bundled examples (``src/sitrep/examples``, its ``corpus/`` folder
included when present) are ingested into a temporary corpus first. Each page is loaded
with its scripts, waited for (``data-ready``), checked for console errors, and saved as
PNG; the command fails naming the page whose console showed an error.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from importlib import resources
from pathlib import Path
from urllib.request import urlopen


def bundled_sources() -> list[Path]:
    examples = Path(str(resources.files("sitrep") / "examples"))
    out = sorted(examples.glob("*.txt"))
    if (examples / "corpus").is_dir():
        out.append(examples / "corpus")
    return out


def ingest_examples(db: Path) -> None:
    from ..corpus.ingest import ingest
    from ..settings import Config

    ingest([str(p) for p in bundled_sources()], db, config=Config(), workers=1, quiet=True)


def pages(base: str) -> list[tuple[str, str]]:
    """(name, path) of each page to capture, picking a real article, place and actor."""

    def get(path):
        with urlopen(base + path, timeout=30) as r:  # the local test server only
            return json.load(r)

    hits = get("/api/v1/search?q=Kharkiv&limit=1")["results"] or get("/api/v1/search?limit=1")["results"]
    places = get("/api/v1/places?limit=30")["items"]
    places = [p for p in places if p["name"] == "Izyum"] or places  # the offensive's town when present
    actors = get("/api/v1/actors?limit=1")["items"]
    out = [("search", "/search?q=Kharkiv"), ("map", "/map"), ("timeline", "/timeline")]
    if hits:
        out.append(("article", f"/articles/{hits[0]['id']}"))
    if places:
        out.append(("place", f"/places/{places[0]['key']}"))
    if actors:
        out.append(("actor", f"/actors/{actors[0]['key']}"))
    out += [("sources", "/sources"), ("events", "/events"), ("layers", "/layers"), ("api", "/api")]
    return out


def capture(base: str, out: Path, browser=None, width: int = 1280, height: int = 860) -> list[Path]:
    """Screenshot every page of the server at ``base`` into ``out`` (with ``browser``, a
    Playwright browser, or a headless Chromium launched here)."""
    if browser is None:
        from playwright.sync_api import sync_playwright

        from .browser import launch

        with sync_playwright() as pw:
            browser = launch(pw)
            try:
                return capture(base, out, browser, width, height)
            finally:
                browser.close()
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        for name, path in pages(base):
            errors.clear()
            page.goto(base + path, wait_until="load")
            if page.locator("script[src]").count() > 0 and name not in ("events", "layers", "api", "search",
                                                                          "place", "actor"):
                page.wait_for_selector("html[data-ready]", timeout=15000)
            dots = page.locator("path.leaflet-interactive >> visible=true")
            if name == "map" and dots.count():
                dots.first.click()
                page.wait_for_selector("#evidence-body li", timeout=30000)  # (a loaded 2-core CI machine)
            file = out / f"{name}.png"
            page.screenshot(path=str(file))
            if errors:
                raise RuntimeError(f"{path}: console error: {errors[0]}")
            saved.append(file)
    finally:
        context.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep.web.screenshots", description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="corpus to show (default: the bundled examples, ingested now)")
    ap.add_argument("--out", type=Path, default=Path("docs/workbench"), help="folder for the PNG files")
    args = ap.parse_args(argv)
    from .app import create_app
    from .server import Background

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "examples.db"
            print("ingesting the bundled examples…", file=sys.stderr)
            ingest_examples(db)
        with Background(create_app(db)) as base:
            try:
                files = capture(base, args.out)
            except RuntimeError as exc:
                print(f"screenshots: {exc}", file=sys.stderr)
                return 1
    for f in files:
        print(f)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
