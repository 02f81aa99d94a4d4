"""Resident memory of the gazetteer build, stage by stage, in one process (a measurement script,
not a test): ``python tests/components/gazetteer_memory.py``. Prints the resident size (VmRSS) and
its high-water mark (VmHWM) as each of the six stages starts, after ``build()`` and after the
tables are saved (into a temporary folder; the cache is not touched)."""

import tempfile
import time
from pathlib import Path

from sitrep.components.places import gazetteer


def _status(field: str) -> int:
    with open("/proc/self/status") as fh:
        return int(fh.read().split(field + ":")[1].split()[0]) // 1024


def main() -> None:
    t0 = time.time()

    def progress(step: int, steps: int, what: str) -> None:
        print(f"{time.time() - t0:6.1f} s  stage {step}/{steps} {what}: rss {_status('VmRSS')} MB, peak {_status('VmHWM')} MB")

    data = gazetteer.build(progress)
    print(f"{time.time() - t0:6.1f} s  built: rss {_status('VmRSS')} MB, peak {_status('VmHWM')} MB")
    with tempfile.TemporaryDirectory() as folder:
        gazetteer._save(data, Path(folder))
    print(f"{time.time() - t0:6.1f} s  saved: rss {_status('VmRSS')} MB, peak {_status('VmHWM')} MB")


if __name__ == "__main__":
    main()
