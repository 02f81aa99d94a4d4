"""Process-wide memory settings for the command line (glibc's allocator).

glibc serves an allocation of at least its *mmap threshold* with a mapping of its own, returned to
the system when freed, and everything smaller from its heap, which keeps freed space for later. By
default the threshold moves: each freed mapping raises it to that mapping's size (up to 32 MB). One
large transient buffer — a JSONL file of 7 MB read whole, its decoded text, a table decompressed at
start — then sends every later buffer of that size into the heap, where it stays as free heap after
use: on 2,057 real articles read twice, the process kept 12 MB of such free heap after the second
reading (``malloc_trim`` gave it back), and 20 MB after loading the models
(``docs/performance.md``, "Twenty-second session"). Fixing the threshold keeps large transient
buffers out of the heap; the per-article objects of the pipeline are far smaller and unchanged.

Only :func:`sitrep.cli.main` calls :func:`return_large_buffers`: a library import changes nothing.
"""

from __future__ import annotations

import ctypes

#: allocations of this many bytes or more get their own mapping (returned to the system when freed)
MMAP_THRESHOLD = 4 * 1024 * 1024
#: free space at the top of the heap kept for reuse (glibc's own choice for the threshold above:
#: twice the mmap threshold)
TRIM_THRESHOLD = 2 * MMAP_THRESHOLD
#: glibc's ``mallopt`` parameters (``malloc.h``)
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3


def return_large_buffers() -> bool:
    """Fix glibc's mmap and trim thresholds for this process (and the worker processes it forks).
    Returns False where the C library has no ``mallopt`` or ignores it (musl): nothing changes there."""
    try:  # the symbols the interpreter is linked with (no search for the library's file)
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):  # no such symbol (not glibc), or no process handle (Windows)
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))
