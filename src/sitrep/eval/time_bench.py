"""Side-by-side speed for ``sitrep bench``: dateparser's ``search_dates`` and ``times.v1``.

dateparser is far slower than the pipeline, so both run on the same
sample of the bench corpus (the first texts, up to ``sitrep.bench.PEER_SAMPLE_BYTES``):
``times.v1`` alone (language and sentences given, as in the pipeline) and
``search_dates`` with the article's language. A missing dateparser is
reported, not skipped silently.
"""

from __future__ import annotations

import time


def bench_peers(samples: list[tuple[str, str]]) -> dict:
    from ..components.times import extract

    sample = samples
    mb = sum(len(t.encode("utf-8")) for _, t in sample) / 1e6
    for lang in sorted({lang for lang, _ in sample}):
        extract("Warm-up on 3 March 2022.", lang)
    t0 = time.process_time()
    for lang, text in sample:
        extract(text, lang)
    ours = time.process_time() - t0
    result = {"times.v1 (same sample)": {"seconds": round(ours, 3), "mb": round(mb, 3)}}
    try:
        from dateparser.search import search_dates
    except ImportError as exc:
        result["dateparser.search_dates"] = {"seconds": None, "mb": round(mb, 3), "note": f"not available: {exc}"}
        return result
    for lang in sorted({lang for lang, _ in sample}):  # load each language's data before timing
        search_dates("Warm-up on 3 March 2022.", languages=[lang])
    t0 = time.process_time()
    for lang, text in sample:
        search_dates(text, languages=[lang])
    theirs = time.process_time() - t0
    result["dateparser.search_dates"] = {"seconds": round(theirs, 3), "mb": round(mb, 3)}
    return result
