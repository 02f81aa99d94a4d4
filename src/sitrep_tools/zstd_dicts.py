"""Train the zstd dictionaries of the corpus database (``src/sitrep/corpus/zdicts``).

Usage: ``python -m sitrep_tools.zstd_dicts CORPUS.db OUT_DIR [--size 16384]``

Reads a corpus database made by ``sitrep ingest`` (any schema from 5 on) and trains,
with zstd's own trainer (``zstandard.train_dictionary``), one dictionary per stored
layer (on the exact bytes :func:`sitrep.corpus.schema.pack_layer` compresses: the
layer's JSON, delta-encoded for tokens, sentences, paragraphs), one per JSON column of
the story tables (``stories.terms``, ``stories.anchors``, ``stories.centroid``,
``stories.evidence``), one for the article text (``articles.text``, 64 KB) and a ``generic`` one over all layers, for layers a later
component adds. The shipped dictionaries were trained on a database of the 488 articles
of ``tests/corpus/shared_corpus.py ../shared/data OUT 700`` that are not in the 2,057 of
the benchmark corpus (``PER_SOURCE`` 500), so the benchmark measures them on articles
they never saw (``docs/performance.md``).

The dictionaries change the stored bytes, never what is read back: a database keeps the
dictionaries its rows were written with (table ``zstd_dicts``).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import zlib
from collections import defaultdict
from pathlib import Path

import zstandard

STORY_COLUMNS = {
    "stories.terms": "SELECT unz(terms) FROM story_profiles",
    "stories.anchors": "SELECT unz(anchors) FROM story_profiles WHERE anchors IS NOT NULL",
    "stories.centroid": "SELECT unz(centroid) FROM stories",
    "stories.evidence": "SELECT unz(evidence) FROM claims",
    "text": "SELECT unz(text) FROM articles",
}
#: bytes of the article text's dictionary (texts are longer and more varied than the JSON rows)
TEXT_SIZE = 65536
#: fewer samples than this: the layer uses the generic dictionary
MIN_SAMPLES = 50


def payloads(con: sqlite3.Connection) -> dict[str, list[bytes]]:
    """What the writer compresses, by dictionary name."""
    from sitrep.corpus.codec import ZSTD, ZSTD_DELTA, Decoder

    decoder = Decoder.of(con)
    out: dict[str, list[bytes]] = defaultdict(list)
    for layer, data in con.execute("SELECT layer, data FROM packed_layers ORDER BY id"):
        if isinstance(data, str):
            continue
        if data[:1] in (ZSTD, ZSTD_DELTA):
            out[layer].append(decoder.bytes(data))
        else:
            out[layer].append(zlib.decompress(data[1:]))
    for name, sql in STORY_COLUMNS.items():
        out[name] = [v.encode() for (v,) in con.execute(sql) if v]
    return out


def train(samples: dict[str, list[bytes]], size: int) -> dict[str, bytes]:
    dicts: dict[str, bytes] = {}
    everything: list[bytes] = []
    for name, values in sorted(samples.items()):
        if not name.startswith("stories.") and name != "text":
            everything.extend(values)
        if name == "text":
            dicts[name] = zstandard.train_dictionary(TEXT_SIZE, values).as_bytes()
        elif len(values) >= MIN_SAMPLES:
            dicts[name] = zstandard.train_dictionary(size, values).as_bytes()
    random.Random(0).shuffle(everything)
    dicts["generic"] = zstandard.train_dictionary(size, everything).as_bytes()
    return dicts


def main(argv: list[str] | None = None) -> int:
    from sitrep.corpus.schema import connect

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("db")
    ap.add_argument("out")
    ap.add_argument("--size", type=int, default=16384, help="bytes per dictionary")
    args = ap.parse_args(argv)
    con = connect(args.db, readonly=True)
    dicts = train(payloads(con), args.size)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, data in sorted(dicts.items()):
        (out / f"{name}.zdict").write_bytes(data)
        print(f"{name}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
