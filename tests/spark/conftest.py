"""A local Spark session for the tests (skipped only when PySpark or Java cannot be installed)."""

from __future__ import annotations

import os
import shutil
import sys

import pytest


def spark_available() -> str | None:
    try:
        import pyspark  # noqa: F401  (installed?)
    except ImportError:
        return "PySpark is not installed (pip install 'sitrep[spark]')"
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        return "no Java runtime (Spark needs Java 17)"
    return None


@pytest.fixture(scope="session")
def spark():
    reason = spark_available()
    if reason:
        pytest.skip(reason)
    from sitrep.spark.job import session

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    s = session("local[2]", app="sitrep-tests")
    yield s
    s.stop()
