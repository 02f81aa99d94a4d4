"""Headless Chromium for the workbench's screenshots and browser tests (Playwright driving
Debian's ``chromium``: no browser download)."""

from __future__ import annotations

import os
import shutil

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


def chromium_path() -> str | None:
    for name in (os.environ.get("SITREP_CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def launch(playwright):
    """A headless Chromium browser, or RuntimeError naming what is missing."""
    path = chromium_path()
    if path is None:
        raise RuntimeError("no chromium binary found (Debian: apt-get install -y chromium, or set SITREP_CHROMIUM)")
    return playwright.chromium.launch(executable_path=path, headless=True, args=ARGS)
