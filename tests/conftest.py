"""Shared fixtures.

- ``shared_data``: the gold data folder ``../shared/data`` beside the
  checkout; tests that need it skip cleanly when it is absent.
- Tests marked ``slow`` (long evaluations) run only with ``SITREP_SLOW=1``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "src" / "sitrep" / "examples"


def pytest_collection_modifyitems(config, items):
    if os.environ.get("SITREP_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="long evaluation: set SITREP_SLOW=1 to run")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    data = SHARED / "data"
    if not data.is_dir():
        pytest.skip(f"gold data not found at {data}")
    return data


@pytest.fixture(scope="session")
def seed_path() -> Path:
    path = SHARED / "seed" / "000_819b8dd99512f932.txt"
    if not path.is_file():
        pytest.skip(f"seed article not found at {path}")
    return path


@pytest.fixture(scope="session")
def examples() -> Path:
    return EXAMPLES
