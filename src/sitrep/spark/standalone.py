"""A Spark standalone cluster on this machine: one master and N workers, each its own JVM process.

Started with Spark's own launcher (``bin/spark-class`` of the installed
PySpark, classes ``org.apache.spark.deploy.master.Master`` and
``...worker.Worker``), bound to 127.0.0.1 on free ports, stopped by process
id. Used by the tests and ``sitrep bench --spark``; by hand::

    python -m sitrep.spark.standalone --workers 2 --cores 1
    # prints the master URL (spark://127.0.0.1:PORT), stops everything on Ctrl-C
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from . import SparkJobError


def spark_home() -> Path:
    try:
        import pyspark
    except ImportError:
        raise SparkJobError("PySpark is not installed: pip install 'sitrep[spark]'") from None
    return Path(os.environ.get("SPARK_HOME") or Path(pyspark.__file__).parent)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _alive_workers(ui_port: int) -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{ui_port}/json/", timeout=5) as r:
            state = json.load(r)
    except (OSError, ValueError):
        return -1
    return sum(1 for w in state.get("workers", []) if w.get("state") == "ALIVE")


class Cluster:
    def __init__(self, workers: int, cores: int, memory: str, folder: Path) -> None:
        self.workers, self.cores, self.memory, self.folder = workers, cores, memory, folder
        self.procs: list[subprocess.Popen] = []
        self.port = _free_port()
        self.ui_port = _free_port()
        self.url = f"spark://127.0.0.1:{self.port}"

    def _launch(self, name: str, args: list[str]) -> None:
        env = {**os.environ, "SPARK_HOME": str(spark_home()), "SPARK_LOCAL_IP": "127.0.0.1",
               "SPARK_NO_DAEMONIZE": "1", "PYSPARK_PYTHON": os.environ.get("PYSPARK_PYTHON", sys.executable)}
        log = (self.folder / f"{name}.log").open("wb")
        self.procs.append(subprocess.Popen([str(spark_home() / "bin" / "spark-class"), *args], env=env,
                                           stdout=log, stderr=subprocess.STDOUT, start_new_session=True))

    def start(self, timeout: float = 180.0) -> "Cluster":
        self._launch("master", ["org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                                "--port", str(self.port), "--webui-port", str(self.ui_port)])
        for i in range(self.workers):
            work = self.folder / f"worker{i}"
            work.mkdir(parents=True, exist_ok=True)
            self._launch(f"worker{i}", ["org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                                        "--cores", str(self.cores), "--memory", self.memory,
                                        "--webui-port", str(_free_port()), "--work-dir", str(work), self.url])
        deadline = time.monotonic() + timeout
        while _alive_workers(self.ui_port) < self.workers:
            if any(p.poll() is not None for p in self.procs):
                self.stop()
                raise SparkJobError(f"a Spark process exited while starting; see the logs in {self.folder}")
            if time.monotonic() > deadline:
                self.stop()
                raise SparkJobError(f"the standalone cluster did not start in {timeout:.0f} s; logs in {self.folder}")
            time.sleep(0.5)
        return self

    def stop(self) -> None:
        for p in reversed(self.procs):
            if p.poll() is None:
                try:
                    os.killpg(p.pid, signal.SIGTERM)  # the JVM and the executors it started
                except ProcessLookupError:
                    pass
        for p in self.procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
        self.procs = []


@contextmanager
def cluster(workers: int = 2, cores: int = 1, memory: str = "1g", folder: Path | None = None) -> Iterator[Cluster]:
    """A running standalone cluster (master URL in ``.url``), stopped on exit."""
    with tempfile.TemporaryDirectory(prefix="sitrep-spark-") as tmp:
        c = Cluster(workers, cores, memory, Path(folder or tmp))
        c.start()
        try:
            yield c
        finally:
            c.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitrep.spark.standalone", description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--cores", type=int, default=1, help="cores per worker")
    parser.add_argument("--memory", default="1g", help="memory per worker")
    parser.add_argument("--logs", type=Path, help="folder for the master's and workers' logs (default: temporary)")
    args = parser.parse_args(argv)
    if args.logs:
        args.logs.mkdir(parents=True, exist_ok=True)
    with cluster(args.workers, args.cores, args.memory, args.logs) as c:
        print(c.url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
