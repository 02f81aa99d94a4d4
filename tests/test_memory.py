"""``sitrep.memory``: the command line keeps large transient buffers out of glibc's heap."""

from __future__ import annotations

import platform
import subprocess
import sys
import textwrap

import pytest

from sitrep import cli

GLIBC = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's allocator only")

#: a child process: a 16 MB buffer freed (by default glibc then raises its mmap threshold to 16 MB),
#: then an 8 MB buffer filled and freed; prints how much of it went back to the system
CHILD = textwrap.dedent("""
    import sys
    def anon_mb():
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("RssAnon")) / 1024
    if sys.argv[1] == "set":
        from sitrep.memory import return_large_buffers
        assert return_large_buffers()
    elif sys.argv[1] == "import":
        import sitrep.api, sitrep.cli, sitrep.pipeline
    big = bytes(16 << 20)
    del big
    buffer = bytearray(b"x" * (8 << 20))
    before = anon_mb()
    del buffer
    print(before - anon_mb())
""")


def _returned_mb(mode: str) -> float:
    out = subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True, check=True)
    return float(out.stdout)


@GLIBC
def test_a_large_buffer_goes_back_to_the_system_after_use():
    assert _returned_mb("set") >= 7.5  # the 8 MB buffer had its own mapping, unmapped when freed
    # glibc's default, for contrast: the earlier 16 MB buffer raised the threshold, so the 8 MB one
    # came from the heap and stayed there
    assert _returned_mb("default") < 1.0


def test_the_command_line_sets_it_before_any_command(monkeypatch, capsys):
    calls = []
    monkeypatch.setattr(cli, "return_large_buffers", lambda: calls.append(True) or True)
    assert cli.main(["bench", "--size-mb", "0.01", "--components", "paragraphs.v1"]) == 0
    assert calls == [True]


@GLIBC
def test_importing_sitrep_leaves_the_allocator_alone():
    """Only the command line sets the thresholds: a notebook importing the library keeps glibc's
    default (the 8 MB buffer stays in the heap as in a bare interpreter)."""
    assert _returned_mb("import") < 1.0
