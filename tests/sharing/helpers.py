"""Helpers of the sharing tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sitrep.corpus.schema import connect


def digest_of(db: Path, **filters):
    from sitrep.sharing.collect import Filters, collect

    con = connect(db, readonly=True)
    try:
        return collect(con, Filters(**filters))
    finally:
        con.close()


def chromium_or_skip() -> None:
    from sitrep.sharing.brief import chromium

    if chromium() is None:
        pytest.skip("no chromium binary found (Debian: apt-get install -y chromium, or set SITREP_CHROMIUM)")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not found (Debian: apt-get install -y poppler-utils)")
