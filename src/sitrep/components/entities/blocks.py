"""A word type's five feature-block weight vectors, from its own strings and shared parts.

:class:`.decoder.TypeTable` needs, for each word type seen for the first time, the summed
weights of its five feature blocks (:meth:`.features._Featurizer._compute`: the word itself
and as the neighbour at -1, -2, +1, +2).  Building its ~50 feature strings and looking each
one up in the model was most of ``entities.v1``'s time.  Here a chunk of new types is
scored in two kinds of pieces:

- :data:`DIRECT` groups, the features made from the lower-cased word alone: the word
  (``w=``, ``-1w=`` ... ``+2w=``, ``st=``), its prefix (``p3=``, ``p5=``, ``±1p5=``) and its
  suffix (``s1=`` ... ``s4=``, ``±1s3=``).  Their names are not built: a name's model key is
  its family head's hash XOR its value's (:func:`.decoder.attribute_keys`), so each distinct
  slice of the chunk's words is hashed once (:meth:`BlockScorer._direct_keys`) and the keys are
  looked up in the model in one vectorised call;
- shared **parts** named by a key that fixes their features (:func:`key_columns`,
  :func:`part_features`): the shape (``s=``, ``±1s=``, ``±2s=``, ``T``, ``U``) and the
  name-list, morphological and word-table results (keyed by the tables' values: a cluster, a
  frequency band, a Brown path..., with the same functions as :mod:`.features`).  A part's
  summed weights (five blocks × labels) are computed once and kept in a bounded table
  (:data:`PART_CACHE` parts; then it starts afresh).

A type's row is its direct groups' sums plus a gather of its part rows, added in a fixed
order.  The features are exactly those of ``_compute``
(``tests/components/entities/test_blocks.py``); their weights are added group by group and
part by part, a rounding difference of about 1e-15 from CRFsuite's order (on the 2,057
articles of the benchmark corpus no entity or confidence changes: ``docs/performance.md``).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress

import numpy as np

from . import features as _features
from . import lexicon as _lexicon

#: parts whose summed weights a scorer keeps (then it starts afresh: memory stays bounded; at
#: most 5.6 MB a model, and no slower than 32,768 on the benchmark corpus)
PART_CACHE = 8_192
#: word types scored in one go (their parts, at most nine a word, must fit in the part table)
CHUNK = 512

_shape = _features.shape.__wrapped__  # each type is scored once: no per-word memo needed


def key_columns(f, words: list[str], lows: list[str] | None = None) -> list[list]:
    """Per family of shared parts (shape, name lists, morphology, clusters, Brown paths, frequency
    bands, names-dataset bands, in this order), the key of each word's part, or None when the word
    has no feature of that family under featurizer ``f``; a family at a time, so the look-ups run
    as list comprehensions and keys are made from the word tables' values, not from strings.

    The tables keyed by the lower-cased word (clusters, frequency bands, names-dataset, name
    lists) are searched once a word in their merged table (:func:`.lexicon.lower_table`); the
    keys are those the per-table functions (``lexicon.cluster_keys``, ``freq_keys``,
    ``name_features``, ``namelists.name_features``) give. ``lows``: the words lower-cased, when
    the caller has them."""
    upper = [w[:1].isupper() for w in words]
    cols = [[("h", _shape(w), u, u and len(w) > 1 and w.isupper()) for w, u in zip(words, upper)]]
    lex = f.lexicon
    L = f._lex
    lower = L.lower_table(lex.get("clusters"), lex.get("wordfreq"), bool(lex.get("names_dataset")), bool(f.names))
    hits = None
    if lower is not None:
        if lex.get("clusters") or lex.get("wordfreq"):  # every word is looked up
            if lows is None:
                lows = [w.lower() for w in words]
            hits = lower.get_many(lows)
        else:  # name lists and names-dataset: capitalised words only
            found = iter(lower.get_many([w.lower() for w in compress(words, upper)]))
            hits = [next(found) if u else None for u in upper]
    if f.names:
        cols.append([("n", h[3]) if u and h is not None and h[3] else None for h, u in zip(hits, upper)])
    mfs = None
    if f.morph:
        mf, lang = f._morph_features.__wrapped__, f.morph
        mfs = [mf(lang, w) for w in words]
        cols.append([("m", x) if x else None for x in mfs])
    if not lex:
        return cols
    lemmas = None
    if mfs is not None and (lex.get("cluster_lemma") or lex.get("names_dataset")):
        lemmas = [next((x[2:] for x in m if x.startswith("l=")), None) if m else None for m in mfs]
    if lex.get("clusters"):
        table, ruify, ctx = lex["clusters"], bool(lex.get("ruify")), bool(lex.get("cluster_context"))
        fallback, ct = L._cluster_fallback, L.clusters(table)
        ck = [("", h[0]) if h is not None and h[0] is not None else fallback(ct, low, ruify) for h, low in zip(hits, lows)]
        if lex.get("cluster_lemma") and lemmas is not None:
            ck = [L.cluster_key(table, lm, ruify) if k == "none" and lm else k for k, lm in zip(ck, lemmas)]
        cols.append([None if k is None else ("k", k, ctx) for k in ck])
    if lex.get("brown"):
        lang, mark = lex["brown"], bool(lex.get("brown_mark"))
        ctx, bpre = bool(lex.get("brown_context")), tuple(lex.get("brown_prefixes") or L.BROWN_PREFIXES)
        cols.append([None if k is None else ("b", k, ctx, bpre) for k in L.brown_keys(lang, words, mark)])
    if lex.get("wordfreq"):
        cols.append([None if not w.isalpha() and not any(ch.isalpha() for ch in w)
                     else ("z", ("0" if h is None or h[1] is None else h[1], u)) for w, h, u in zip(words, hits, upper)])
    if lex.get("names_dataset"):
        nd = L.name_features.__wrapped__
        if lemmas is None:
            lemmas = [None] * len(words)
        # a word not in names-dataset is looked up again (by its lemma) only where it has one
        found = [() if not u else h[2] if h is not None and h[2] is not None else nd(w, lm) if lm else ()
                 for w, h, u, lm in zip(words, hits, upper, lemmas)]
        cols.append([("d", x) if x else None for x in found])
    return cols


def part_keys(f, w: str) -> list[tuple]:
    """The keys of the shared parts of word ``w`` under featurizer ``f`` (:func:`key_columns`)."""
    return [col[0] for col in key_columns(f, [w]) if col[0] is not None]


def word_features(low: str) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """The features of the word itself, by block (own, -1, -2, +1, +2)."""
    own = ["w=" + low]
    if len(low) > 4:
        own.append("st=" + low[:-2])
    return own, ["-1w=" + low], ["-2w=" + low], ["+1w=" + low], ["+2w=" + low]


def prefix_features(low: str) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """The features of the word's prefix, by block (own, -1, -2, +1, +2)."""
    own = ["p3=" + low[:3]]
    if len(low) > 4:
        own.append("p5=" + low[:5])
    return own, ["-1p5=" + low[:5]], [], ["+1p5=" + low[:5]], []


def suffix_features(low: str) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """The features of the word's suffix, by block (own, -1, -2, +1, +2)."""
    own = ["s3=" + low[-3:], "s2=" + low[-2:], "s1=" + low[-1:]]
    if len(low) > 5:
        own.append("s4=" + low[-4:])
    return own, ["-1s3=" + low[-3:]], [], ["+1s3=" + low[-3:]], []


#: the groups of features computed from the lower-cased word alone (:meth:`BlockScorer._direct`)
DIRECT = (word_features, prefix_features, suffix_features)
#: the same features as :data:`DIRECT`, as families ``(group, block, prefix, the slice of the
#: lower-cased word as ``(start, stop)``, least length or 0)`` in the order the functions list them
_FAMILIES = (
    (0, 0, "w=", None, 0), (0, 0, "st=", (None, -2), 5), (0, 1, "-1w=", None, 0),
    (0, 2, "-2w=", None, 0), (0, 3, "+1w=", None, 0), (0, 4, "+2w=", None, 0),
    (1, 0, "p3=", (None, 3), 0), (1, 0, "p5=", (None, 5), 5),
    (1, 1, "-1p5=", (None, 5), 0), (1, 3, "+1p5=", (None, 5), 0),
    (2, 0, "s3=", (-3, None), 0), (2, 0, "s2=", (-2, None), 0), (2, 0, "s1=", (-1, None), 0),
    (2, 0, "s4=", (-4, None), 6), (2, 1, "-1s3=", (-3, None), 0), (2, 3, "+1s3=", (-3, None), 0),
)
_FAMILY_GROUP = np.array([f[0] for f in _FAMILIES], dtype=np.int64)
_FAMILY_BLOCK = np.array([f[1] for f in _FAMILIES], dtype=np.int64)
_FAMILY_LEAST = np.array([f[4] for f in _FAMILIES], dtype=np.int64)
#: the distinct slices of the lower-cased word the families read, and each family's slice
_CUTS = tuple(dict.fromkeys(f[3] for f in _FAMILIES))
_FAMILY_CUT = np.array([_CUTS.index(f[3]) for f in _FAMILIES], dtype=np.int64)


def part_features(key: tuple) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """The features of one part, by block (own, -1, -2, +1, +2)."""
    kind = key[0]
    own: list[str] = []
    left: list[str] = []
    left2: list[str] = []
    right: list[str] = []
    right2: list[str] = []
    if kind == "h":
        shp, title, upper = key[1], key[2], key[3]
        own.append("s=" + shp)
        if title:
            own.append("T")
            if upper:
                own.append("U")
        left.append("-1s=" + shp)
        right.append("+1s=" + shp)
        left2.append("-2s=" + shp)
        right2.append("+2s=" + shp)
    elif kind == "m":
        own += key[1]
        ctx = [x for x in key[1] if not x.startswith("l=")]
        left += ["-1" + x for x in ctx]
        right += ["+1" + x for x in ctx]
    elif kind == "k":
        feats = _lexicon.cluster_strings(key[1])
        own += feats
        if key[2]:
            left += ["-1" + x for x in feats[1:]]
            right += ["+1" + x for x in feats[1:]]
    elif kind == "b":
        feats = _lexicon.brown_strings(key[1], key[3])
        own += feats
        if key[2]:
            left += ["-1" + x for x in feats[:2]]
            right += ["+1" + x for x in feats[:2]]
    elif kind == "z":
        own += _lexicon.freq_strings(key[1])
    else:  # "n", "d": features of the word itself only
        own += key[1]
    return own, left, left2, right, right2


class BlockScorer:
    """The five block weight vectors of word types under one model and feature recipe."""

    def __init__(self, model, featurizer, capacity: int = PART_CACHE) -> None:
        self.model = model
        self.featurizer = featurizer
        self.capacity = capacity
        self.index: dict[tuple | None, int] = {None: 0}
        L = len(model.labels)
        # row 0 stays zero (a missing part); np.zeros maps pages lazily
        self.parts = np.zeros((capacity, 5, L), dtype=np.float64)

    @staticmethod
    def _names(blocks_list: list[tuple], first: int = 0) -> tuple[list[str], list[int]]:
        """The feature names of a list of five-block feature lists, and each one's segment (five
        a list, numbered from ``first``)."""
        names: list[str] = []
        segments: list[int] = []
        seg = first
        for blocks in blocks_list:
            for b in blocks:
                names += b
                segments += [seg] * len(b)
                seg += 1
        return names, segments

    def _sums(self, blocks_list: list[tuple]) -> np.ndarray:
        """The summed weights (n × 5 × labels) of a list of five-block feature lists."""
        names, segments = self._names(blocks_list)
        model = self.model
        sums = model.sums(model.ids(names), np.array(segments, dtype=np.int64), 5 * len(blocks_list))
        return sums.reshape(len(blocks_list), 5, sums.shape[1])

    def blocks(self, words: list[str]) -> np.ndarray:
        """The five block vectors of each word (n × 5 × labels)."""
        out = [self._chunk(words[i:i + CHUNK]) for i in range(0, len(words), CHUNK)]
        return out[0] if len(out) == 1 else np.concatenate(out)

    def _rows(self, cols: list[list]) -> tuple[np.ndarray, list[tuple]]:
        """The part row of each key (0: none), family after family, in one array, and the keys
        new to the table (given the next ids, in order); the table starts afresh when they would
        not fit."""
        index = self.index  # None -> 0: a word without a part of that family adds the zero row
        missing: list[tuple] = []
        rows: list[int] = []
        for col in cols:
            got = list(map(index.get, col))
            if None in got:
                i = -1
                for _ in range(got.count(None)):  # the keys not in the table, found by C searches
                    i = got.index(None, i + 1)
                    k = col[i]
                    r = index.get(k)
                    if r is None:
                        r = index[k] = len(index)
                        missing.append(k)
                    got[i] = r
            rows += got
        if len(index) > self.capacity and len(index) - 1 > len(missing):  # start afresh (a chunk's parts fit)
            index.clear()
            index[None] = 0
            return self._rows(cols)
        return np.fromiter(rows, dtype=np.int64, count=len(rows)), missing

    def _direct(self, lows: list[str]) -> np.ndarray:
        """The summed weights of the :data:`DIRECT` groups of each lower-cased word, group after
        group: ``_sums`` of the word's, plus ``_sums`` of its prefix's, plus ``_sums`` of its
        suffix's features, the same additions in the same order (so the same bits), with the
        features of a whole chunk looked up family by family instead of word by word."""
        keys, segments = self._direct_keys(lows)
        model = self.model
        return _add_groups(model.sums(model.key_ids(keys), segments, 15 * len(lows)), len(lows))

    @staticmethod
    def _direct_keys(lows: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The model keys (:func:`.decoder.attribute_keys`) of the :data:`DIRECT` feature names
        of each lower-cased word, family by family, and each one's segment (``(group × n + word)
        × 5 + block``).

        A name is a family's head followed by a slice of the word, so its key is the head's hash
        XOR the slice's: each distinct slice of a word is hashed once for all the families that
        read it (the word itself for five), and no name is built."""
        n = len(lows)
        lens = list(map(len, lows))
        values = []
        for cut in _CUTS:
            if cut is None:
                values += lows
            else:
                a, b = cut
                values += [x[a:b] for x in lows]
        hashes = np.fromiter(map(hash, values), dtype=np.int64, count=len(values)).reshape(len(_CUTS), n)
        # row f of ``keys`` and ``segment`` holds family f's key and segment of every word,
        # ``present`` which words have that family (boolean indexing reads them row by row:
        # family by family, words in order)
        keys = hashes[_FAMILY_CUT] ^ _head_keys()[:, None]
        present = np.fromiter(lens, dtype=np.int64, count=n) >= _FAMILY_LEAST[:, None]
        segment = np.arange(0, 5 * n, 5, dtype=np.int64) + (_FAMILY_GROUP[:, None] * (5 * n) + _FAMILY_BLOCK[:, None])
        return keys[present], segment[present]

    def _chunk(self, words: list[str]) -> np.ndarray:
        lows = [w.lower() for w in words]
        rows, missing = self._rows(key_columns(self.featurizer, words, lows))
        n, m = len(words), len(missing)
        # the direct groups and the new parts looked up and summed in one call (segments apart)
        keys, segments = self._direct_keys(lows)
        if missing:
            part_names, part_segments = self._names([part_features(k) for k in missing], 15 * n)
            keys = np.concatenate([keys, self.model.keys(part_names)])
            segments = np.concatenate([segments, np.array(part_segments, dtype=np.int64)])
        model = self.model
        sums = model.sums(model.key_ids(keys), segments, 15 * n + 5 * m)
        parts = self.parts
        if missing:
            first = len(self.index) - m  # the new parts took the last ids, in order
            parts[first:first + m] = sums[15 * n:].reshape(m, 5, -1)
        out = _add_groups(sums[:15 * n], n)
        gathered = parts[rows]  # each family's part rows, family after family
        for k in range(0, len(rows), n):
            out += gathered[k:k + n]
        return out


@lru_cache(maxsize=1)
def _head_keys() -> np.ndarray:
    """The hash of each :data:`_FAMILIES` head (string hashes are salted per process: made once
    in it, not at import)."""
    return np.fromiter((hash(f[2]) for f in _FAMILIES), dtype=np.int64, count=len(_FAMILIES))


def _add_groups(sums: np.ndarray, n: int) -> np.ndarray:
    """word + prefix + suffix sums (``sums``: the 15 n segments of :meth:`BlockScorer._direct_keys`)."""
    g = sums.reshape(3, n, 5, -1)
    out = g[0] + g[1]
    out += g[2]
    return out
