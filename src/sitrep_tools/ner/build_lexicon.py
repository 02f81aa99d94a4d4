"""Rebuild the word tables of :mod:`.lexicon` (needs the ``lexicon-rebuild`` extra, not needed at run time).

    python -m sitrep_tools.ner.build_lexicon [--what navec wordfreq names w2v brown] [--out DIR]

``navec``: the Russian news embeddings bundled in natasha's wheel
(``navec_news_v1_1B_250K_300d_100q``, MIT) are unit-normalised and clustered
with k-means (k = 1000, scikit-learn, fixed seed); a Ward tree over the
centroids gives the coarser levels (200 and 50 clusters).  Written to
``clusters-navec-ru.tsv.gz``.

``wordfreq``: the most frequent words of each language (wordfreq's "best"
list, up to :data:`WORDFREQ_TOP`) with their Zipf frequency rounded to an
integer.  Written to ``wordfreq-<lang>.tsv.gz``.

``w2v``: for en (fr and uk can be built too; their clusters did not help), word2vec
(gensim, skip-gram, fixed seed, one worker) trained on the unlabelled text of
``../shared/data`` (:data:`W2V_TEXT`: the NER training sets' text without their
held-out and tune slices, Universal Dependencies, PolNeAr, TempEval-3,
LGL/GeoVirus, FR-TimeBank, SlavicNER raw text without its held-out documents),
then clustered as navec is.  Written to ``clusters-w2v-<lang>.tsv.gz``.

``names``: first names and surnames of names-dataset (v3, 106 countries, any
script) whose best rank in a country is within :data:`NAMES_MAX_RANK`, with a
rank band (1: top 100, 2: top 1000, 3: top 3000; 0 when not in that list).
Written to ``names-dataset.tsv.gz`` (``name \t first band \t surname band``).

``brown``: English Brown clusters (1,000 clusters, spaCy v2's ``en_lexeme_cluster`` table
in the ``spacy-lookups-data`` package, MIT; the words are newswire-cased, e.g. "Paris" and
"paris" both appear).  spaCy stores each word's bit path ``p`` as ``int(p[::-1], 2)``, so
the path is read back as ``format(c, "b")[::-1]`` (trailing zeros of a path are lost, which
keeps paths distinct since the leaves of the tree are prefix-free); 0 means "not clustered"
(most of the million words) and is left out.  Written to ``brown-en.tsv.gz``
(``word \t bit path``, :data:`BROWN_TOP` most probable words by ``en_lexeme_prob``).
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

from sitrep.eval import ner_corpora as corpora

from .train import models_dir

#: languages whose model uses a frequency table (fr and uk were tried: no gain)
WORDFREQ_LANGS = ("en", "ru")
WORDFREQ_TOP = 200_000
NAMES_MAX_RANK = 3_000
#: the most probable clustered words kept in ``brown-en.tsv.gz`` (None: all 190k)
BROWN_TOP: int | None = None
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


#: language -> unlabelled sources under the shared data folder (glob, kind)
W2V_TEXT: dict[str, list[tuple[str, str]]] = {
    "en": [("ner/wikineural/en/val.conllu", "ner"), ("quotes/polnear/*/text/*.txt", "txt"),
           ("time/tempeval3/**/*.tml", "xml"), ("geo/corpora/*.xml", "xml"), ("ud/UD_English-*/*.conllu", "ud")],
    "fr": [("ner/wikineural/fr/val.conllu", "ner"), ("ud/UD_French-*/*.conllu", "ud"), ("time/fr-timebank/**/*.tml", "xml")],
    "uk": [("ner/ner-uk/train.iob", "ner"), ("ud/UD_Ukrainian-*/*.conllu", "ud"), ("ner/slavicner", "slavic")],
}


def _sentences(shared: Path, lang: str):
    """Lower-cased token lists of the unlabelled text for ``lang`` (held-out and tune slices left out)."""
    import re
    import zlib

    from sitrep.eval import ner_corpora as corpora

    word = re.compile(r"\w+(?:[-'’ʼ]\w+)*|[^\w\s]")
    tag = re.compile(r"<[^>]+>")

    def toks(text: str):
        for line in text.splitlines():
            if line.strip():
                yield [w.lower() for w in word.findall(line)]

    for pattern, kind in W2V_TEXT[lang]:
        paths = sorted(shared.glob(pattern))
        if not paths:
            raise FileNotFoundError(f"{shared / pattern}: no unlabelled text found")
        for path in paths:
            if kind == "ner":
                for doc in corpora.read(path):
                    key = doc.extra.get("key") or doc.id
                    if zlib.crc32(key.encode("utf-8")) % corpora.HOLDOUT_MOD in (0, 1):
                        continue
                    yield from toks(doc.text)
            elif kind == "slavic":
                for doc in corpora.read(path):
                    if doc.extra.get("lang") == lang and not doc.held_out:
                        yield from toks(doc.text)
            elif kind == "ud":
                text = path.read_text(encoding="utf-8")
                yield from toks("\n".join(ln[9:] for ln in text.splitlines() if ln.startswith("# text = ")))
            else:
                text = path.read_text(encoding="utf-8", errors="replace")
                yield from toks(tag.sub(" ", text) if kind == "xml" else text)


def _stable_hash(s: str) -> int:
    import zlib

    return zlib.crc32(s.encode("utf-8"))


def build_w2v(out: Path, shared: Path, langs=("en",)) -> None:
    import numpy as np

    for lang in langs:
        sents = list(_sentences(shared, lang))  # first: a missing corpus is reported before a missing package
        from gensim.models import Word2Vec
        n_tok = sum(map(len, sents))
        model = Word2Vec(sents, vector_size=100, window=5, min_count=3, sg=1, epochs=10, workers=1,
                         seed=7, hashfxn=_stable_hash)
        words = [w for w in model.wv.index_to_key if any(ch.isalpha() for ch in w)]
        mat = np.stack([model.wv[w] for w in words]).astype("float32")
        mat /= np.linalg.norm(mat, axis=1, keepdims=True) + 1e-9
        rows = cluster(words, mat, k=min(K, len(words) // 20))
        n = write_tsv(out / f"clusters-w2v-{lang}.tsv.gz", sorted(rows))
        print(f"clusters-w2v-{lang}.tsv.gz: {n} words from {n_tok} tokens", file=sys.stderr)


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


def brown_path(c: int) -> str:
    """The bit path of a spaCy cluster id (``int(path[::-1], 2)``); "" for 0 (not clustered)."""
    return format(c, "b")[::-1] if c > 0 else ""


def _lookups_table(name: str) -> dict:
    import json
    import os

    import spacy_lookups_data

    path = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data", name)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def brown_rows(clusters: dict[str, int], probs: dict[str, float], top: int | None = None) -> list[tuple[str, str]]:
    """(word, path) for the clustered words (at most ``top``, most probable first), sorted by word."""
    words = [w for w, c in clusters.items() if isinstance(c, int) and c > 0 and w.strip() and "\t" not in w and "\n" not in w]
    if top is not None:
        words.sort(key=lambda w: (-probs.get(w, -99.0), w))
        words = words[:top]
    return sorted((w, brown_path(clusters[w])) for w in words)


def build_brown(out: Path) -> None:
    rows = brown_rows(_lookups_table("en_lexeme_cluster.json.gz"), _lookups_table("en_lexeme_prob.json.gz"), BROWN_TOP)
    n = write_tsv(out / "brown-en.tsv.gz", rows)
    print(f"brown-en.tsv.gz: {n} words", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep_tools.ner.build_lexicon", description=__doc__.splitlines()[0])
    ap.add_argument("--what", nargs="+", default=["navec", "wordfreq", "names", "w2v", "brown"],
                    choices=["navec", "wordfreq", "names", "w2v", "brown"])
    ap.add_argument("--shared", type=Path, default=Path("../shared/data"), help="the shared data folder (for w2v)")
    ap.add_argument("--lang", nargs="+", default=["en"], choices=sorted(W2V_TEXT),
                    help="languages for w2v (default en, the only model that uses them; fr and uk were tried)")
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
        if "w2v" in args.what:
            build_w2v(out, args.shared, args.lang)
        if "brown" in args.what:
            build_brown(out)
    except (OSError, corpora.FormatError) as exc:
        print(f"build_lexicon: error: {exc}", file=sys.stderr)
        return 1
    except ImportError as exc:
        print(f"build_lexicon: error: {exc.name} is needed to rebuild the tables (pip install natasha wordfreq names-dataset gensim scikit-learn spacy-lookups-data)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
