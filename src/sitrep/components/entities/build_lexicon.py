"""Rebuild the word tables of :mod:`.lexicon` (needs natasha and wordfreq, not needed at run time).

    python -m sitrep.components.entities.build_lexicon [--what navec wordfreq] [--out DIR]

``navec``: the Russian news embeddings bundled in natasha's wheel
(``navec_news_v1_1B_250K_300d_100q``, MIT) are unit-normalised and clustered
with k-means (k = 1000, scikit-learn, fixed seed); a Ward tree over the
centroids gives the coarser levels (200 and 50 clusters).  Written to
``clusters-navec-ru.tsv.gz``.

``wordfreq``: the most frequent words of each language (wordfreq's "best"
list, up to :data:`WORDFREQ_TOP`) with their Zipf frequency rounded to an
integer.  Written to ``wordfreq-<lang>.tsv.gz``.

``names``: first names and surnames of names-dataset (v3, 106 countries, any
script) whose best rank in a country is within :data:`NAMES_MAX_RANK`, with a
rank band (1: top 100, 2: top 1000, 3: top 3000; 0 when not in that list).
Written to ``names-dataset.tsv.gz`` (``name \t first band \t surname band``).
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

from .train import models_dir

WORDFREQ_LANGS = ("en", "fr", "ru", "uk")
WORDFREQ_TOP = 200_000
NAMES_MAX_RANK = 3_000
K = 1000
COARSE = (50, 200)


def navec_matrix():
    import os

    import natasha
    import numpy as np
    from navec import Navec

    path = os.path.join(os.path.dirname(natasha.__file__), "data", "emb", "navec_news_v1_1B_250K_300d_100q.tar")
    nav = Navec.load(path)
    words = [w for w in nav.vocab.words if w not in ("<unk>", "<pad>")]
    mat = np.stack([nav[w] for w in words]).astype("float32")
    mat /= np.linalg.norm(mat, axis=1, keepdims=True) + 1e-9
    return words, mat


def cluster(words, mat, k: int = K, seed: int = 7) -> list[tuple[str, int, int, int]]:
    """(word, c50, c200, c1000) for every word."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from sklearn.cluster import MiniBatchKMeans

    km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=8192, n_init=3, max_iter=100)
    fine = km.fit_predict(mat)
    tree = linkage(km.cluster_centers_, method="ward")
    coarse = [fcluster(tree, t=n, criterion="maxclust") for n in COARSE]
    return [(w, int(coarse[0][c]), int(coarse[1][c]), int(c)) for w, c in zip(words, fine)]


def write_tsv(path: Path, rows) -> int:
    n = 0
    with gzip.GzipFile(str(path), "wb", mtime=0) as raw:
        for row in rows:
            raw.write(("\t".join(map(str, row)) + "\n").encode("utf-8"))
            n += 1
    return n


def build_navec(out: Path) -> None:
    words, mat = navec_matrix()
    rows = cluster(words, mat)
    n = write_tsv(out / "clusters-navec-ru.tsv.gz", sorted(rows))
    print(f"clusters-navec-ru.tsv.gz: {n} words", file=sys.stderr)


def build_wordfreq(out: Path) -> None:
    import wordfreq

    for lang in WORDFREQ_LANGS:
        rows = {}
        for w in wordfreq.top_n_list(lang, WORDFREQ_TOP, wordlist="best"):
            if "\t" in w or not w.strip():
                continue
            rows[w] = round(wordfreq.zipf_frequency(w, lang, wordlist="best"))
        n = write_tsv(out / f"wordfreq-{lang}.tsv.gz", sorted(rows.items()))
        print(f"wordfreq-{lang}.tsv.gz: {n} words", file=sys.stderr)


def _band(rank: int | None) -> int:
    if rank is None or rank > NAMES_MAX_RANK:
        return 0
    return 1 if rank <= 100 else 2 if rank <= 1000 else 3


def build_names(out: Path) -> None:
    import os
    import pickle

    import names_dataset

    base = Path(os.path.dirname(names_dataset.__file__)) / "v3"
    bands: dict[str, list[int]] = {}
    for col, fname in enumerate(("first_names.pkl.gz", "last_names.pkl.gz")):
        with gzip.open(base / fname, "rb") as fh:
            table = pickle.load(fh)  # the package's own data file
        for name, info in table.items():
            band = _band(min(info.get("rank", {}).values(), default=None))
            low = name.lower()
            if band and "\t" not in low and " " not in low:
                bands.setdefault(low, [0, 0])[col] = min(band, bands.get(low, [0, 0])[col] or 9)
        del table
    n = write_tsv(out / "names-dataset.tsv.gz", sorted((k, *v) for k, v in bands.items()))
    print(f"names-dataset.tsv.gz: {n} names", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep.components.entities.build_lexicon", description=__doc__.splitlines()[0])
    ap.add_argument("--what", nargs="+", default=["navec", "wordfreq", "names"], choices=["navec", "wordfreq", "names"])
    ap.add_argument("--out", type=Path, default=None, help="folder (default: sitrep/models)")
    args = ap.parse_args(argv)
    out = args.out or models_dir()
    try:
        if "wordfreq" in args.what:
            build_wordfreq(out)
        if "names" in args.what:
            build_names(out)
        if "navec" in args.what:
            build_navec(out)
    except ImportError as exc:
        print(f"build_lexicon: error: {exc.name} is needed to rebuild the tables (pip install natasha wordfreq names-dataset scikit-learn)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
