"""The job on a real standalone cluster (master + two workers, separate JVM processes on 127.0.0.1),
driven by the `sitrep spark` command: same output as ingest + export. The default run is small (a
dozen articles, paragraphs pipeline); SITREP_SLOW=1 adds a driver SIGKILLed while writing and re-run
(no duplicates) and the full pipeline on >= 500 articles."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.spark.compare import compare, spark_table
from tests.spark.conftest import spark_available
from tests.spark.inputs import write_bad, write_good
from tests.spark.test_job import EXAMPLES, reference

CLI = [sys.executable, "-m", "sitrep"]
#: the cluster test's short pipeline (the local test runs language and sentences too)
PARAGRAPHS = ["paragraphs.v1"]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    reason = spark_available()
    if reason:
        pytest.skip(reason)
    from sitrep.spark.standalone import cluster as standalone

    with standalone(workers=2, cores=1, memory="1g", folder=tmp_path_factory.mktemp("cluster_logs")) as c:
        yield c


def _spark_cmd(sources, out, master, components=None):
    cmd = [*CLI, "spark", *map(str, sources), "--out", str(out), "--master", master, "--partitions", "4",
           "--conf", "spark.executor.memory=700m"]
    return cmd + ["--components", ",".join(components)] if components else cmd


def _run(cmd, timeout=900):
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    assert res.returncode == 0, res.stderr[-3000:]
    return res


def _inputs(tmp_path, n):
    write_good(tmp_path / "good", n)
    write_bad(tmp_path / "bad")
    return [tmp_path / "good", tmp_path / "bad", EXAMPLES / "01_uk_balakliia_boi.json",
            EXAMPLES / "16_en_wire_russia_regrouping.json", EXAMPLES / "17_en_wire_copy_pullback.json"]


def test_cluster_output_equals_ingest(cluster, tmp_path):
    sources = _inputs(tmp_path, 4)
    ref = reference([str(s) for s in sources], tmp_path / "ref", PARAGRAPHS)
    res = _run(_spark_cmd(sources, tmp_path / "out", cluster.url, PARAGRAPHS))
    assert "article(s)" in res.stderr
    sizes = compare(tmp_path / "out", ref)
    assert sizes["articles"] >= 8 and sizes["errors"] >= 5
    assert sizes["stories"] >= 2 and sizes["reuse_links"] >= 1  # the wire story and its copy
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["run"]["master"] == cluster.url


@pytest.mark.slow
def test_cluster_job_killed_midway_reruns_without_duplicates(cluster, tmp_path):
    sources = _inputs(tmp_path, 24)
    ref = reference([str(s) for s in sources], tmp_path / "ref", PARAGRAPHS)
    out = tmp_path / "out"
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    # a first run, killed (SIGKILL, driver and all) once it has started writing its tables
    proc = subprocess.Popen(_spark_cmd(sources, out, cluster.url, PARAGRAPHS), env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and proc.poll() is None:
        if out.is_dir() and any(p.name.startswith("_staging-") for p in out.iterdir()):
            break
        time.sleep(0.1)
    assert proc.poll() is None, "the job ended before it could be killed: " + proc.stderr.read().decode()[-2000:]
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (out / "manifest.json").exists()
    # the re-run completes, without duplicates, with the output of a local ingest + export
    _run(_spark_cmd(sources, out, cluster.url, PARAGRAPHS))
    sizes = compare(out, ref)
    assert sizes["articles"] >= 25 and sizes["errors"] >= 5
    keys = [a["key"] for a in spark_table(out, "articles").to_pylist()]
    assert len(keys) == len(set(keys))
    assert not [p.name for p in out.iterdir() if p.name.startswith("_")]


@pytest.mark.slow
def test_cluster_full_pipeline(cluster, tmp_path):
    from tests.spark.test_large import large_sources

    sources = large_sources(tmp_path / "src")
    ref = reference(sources, tmp_path / "ref", None)
    _run(_spark_cmd(sources, tmp_path / "out", cluster.url), timeout=3600)
    sizes = compare(tmp_path / "out", ref)
    assert sizes["articles"] >= 500
