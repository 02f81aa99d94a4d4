"""A vectorised tagger over the shipped CRFsuite models: the same weights, the same decisions.

CRFsuite's own tagger (``pycrfsuite.Tagger``) takes every token as ~50 feature
strings, looks each one up in the model and sums its weights; on real news that
costs more than everything else in ``entities.v1``.  Here:

- :class:`CRFModel` reads the model file itself (the ``lCRF`` format of
  CRFsuite's ``crf1dm.c``: the feature table with its float64 weights, and the
  label and attribute names from their CQDB string tables), so the weights are
  bit for bit those CRFsuite uses; it keeps them by attribute (CSR) and the
  attribute names as sorted 64-bit keys made of string hashes (26 MB for the four
  models, against 81 MB for dense matrices and name dictionaries; a collision
  between a word's feature and a model attribute has a chance of about 1e-14
  per look-up, and the hashes are salted per process);
- :class:`TypeTable` keeps, per word type, the summed weight vectors of the five
  feature blocks of :mod:`.features` (the word itself, and as the neighbour at
  -1, -2, +1, +2): a token's state scores are the sum of five cached rows, plus
  the few gazetteer features, assembled for a whole batch of sentences with numpy;
- :class:`Decoder` hands each sentence's state scores (read in place) to CRFsuite's own
  decoding code (``crf1dc_viterbi``, and for sentences holding an entity the
  scaled forward-backward ``crf1dc_alpha_score`` / ``crf1dc_beta_score`` and
  ``crf1dc_marginal_point``), called through ctypes from the library that
  python-crfsuite ships, so Viterbi paths, ties and confidences are computed by
  the same code as before.

The only difference from CRFsuite's tagger is the order in which a token's
weights are added (block by block instead of one by one), a rounding difference
of about 1e-15 that could change a label only on an exact tie: on the 2,057 real
articles of the benchmark corpus every entity and confidence is the same
(``docs/performance.md``).  Where the library does not export those functions
with the expected context layout, :func:`Decoder.available` is false and
``entities.v1`` tags with ``pycrfsuite.Tagger``.
"""

from __future__ import annotations

import struct
from bisect import bisect_right
from pathlib import Path

import ctypes
import threading
from itertools import repeat
from operator import add, itemgetter

import numpy as np

from .blocks import BlockScorer

#: word types whose block vectors a table keeps (then it starts afresh: memory stays bounded)
TYPE_CACHE = 65_536


class ModelFormatError(ValueError):
    pass


def _cqdb_keys(data: bytes, offset: int, count: int) -> tuple[np.ndarray, np.ndarray]:
    """The keys of a CQDB chunk, by id (``cqdb.c``: records reached through the backward array), as
    one byte array, each key with its terminating NUL, and the offset of each NUL in it.

    A record is its id and its key's size (two little-endian 32-bit integers) and the key with
    its terminating NUL. All the records' heads and keys are gathered with numpy (no Python step
    per string)."""
    magic, _size, _flag, _order, bwd_size, bwd_offset = struct.unpack_from("<4sIIIII", data, offset)
    if magic != b"CQDB" or bwd_size < count:
        raise ModelFormatError("not a CQDB string table")
    if not count:
        return np.zeros(0, dtype=np.uint8), np.zeros(0, dtype=np.int64)
    raw = np.frombuffer(data, dtype=np.uint8)
    refs = np.frombuffer(data, dtype="<u4", count=count, offset=offset + bwd_offset).astype(np.int64) + offset
    head = raw[refs[:, None] + np.arange(8)].view("<u4")  # (count × 2): id, key size (with its NUL)
    if not (head[:, 0] == np.arange(count)).all():
        raise ModelFormatError("CQDB record id out of order")
    sizes = head[:, 1].astype(np.int64)
    if (sizes < 1).any() or (refs + 8 + sizes).max() > len(raw):
        raise ModelFormatError("CQDB record out of the file")
    ends = sizes.cumsum()
    keys = raw[(refs + 8 - ends + sizes).repeat(sizes) + np.arange(int(ends[-1]))]
    if not (keys[ends - 1] == 0).all():
        raise ModelFormatError("CQDB key without its terminating NUL")
    nuls = np.flatnonzero(keys == 0)
    if len(nuls) != count:  # a key holding a NUL of its own
        raise ModelFormatError("CQDB key holding a NUL")
    return keys, nuls


def _cqdb_strings(data: bytes, offset: int, count: int) -> list[str]:
    """The strings of a CQDB chunk, by id (:func:`_cqdb_keys`, decoded in one call and split at
    the NULs)."""
    keys, _nuls = _cqdb_keys(data, offset, count)
    out = keys.tobytes().decode("utf-8").split("\0")
    del out[-1]  # after the last NUL
    return out


def _cqdb_attribute_keys(data: bytes, offset: int, count: int) -> np.ndarray:
    """``attribute_keys(_cqdb_strings(data, offset, count))`` without splitting each name in
    Python: a NUL is put after each key's first ``=`` (at its start when it has none: its head is
    then empty, its rest the whole name, and the XOR of the two hashes is the same), so one decode
    and one split give the heads and the rests in turn."""
    keys, nuls = _cqdb_keys(data, offset, count)
    if not count:
        return np.zeros(0, dtype=np.int64)
    cut = np.concatenate(([0], nuls[:-1] + 1))  # each key's start
    eq = np.flatnonzero(keys == ord("="))  # ("=" is one byte in UTF-8, never inside a character)
    owner = nuls.searchsorted(eq)  # the key each "=" is in
    first = np.ones(len(eq), dtype=bool)
    first[1:] = owner[1:] != owner[:-1]
    cut[owner[first]] = eq[first] + 1
    pieces = np.insert(keys, cut, 0).tobytes().decode("utf-8").split("\0")
    out = np.fromiter(map(hash, pieces[0:2 * count:2]), dtype=np.int64, count=count)
    out ^= np.fromiter(map(hash, pieces[1:2 * count:2]), dtype=np.int64, count=count)
    return out


def attribute_keys(attributes) -> np.ndarray:
    """The search key of each attribute name (64 bits): split at its first ``=``, the hash of its
    head (the ``=`` included) XOR the hash of the rest; a name without ``=`` is its whole head.

    So the key of ``head + value`` is ``hash(head) ^ hash(value)``: the keys of a word's features
    whose names would be one of a few heads followed by a slice of the word (``w=``, ``p3=``,
    ``s3=``...) are made from the slices' hashes without building the names
    (:meth:`.blocks.BlockScorer._direct_keys`). Each head holds exactly one ``=``, its last
    character, so ``head + value`` splits back into ``head`` and ``value``."""
    parts = list(map(str.partition, attributes, repeat("=")))
    n = len(parts)
    heads = map(add, map(itemgetter(0), parts), map(itemgetter(1), parts))
    keys = np.fromiter(map(hash, heads), dtype=np.int64, count=n)
    keys ^= np.fromiter(map(hash, map(itemgetter(2), parts)), dtype=np.int64, count=n)
    return keys


class CRFModel:
    """The labels, attribute ids, state weights (attribute × label) and transitions of a model file."""

    def __init__(self, path: str | Path) -> None:
        data = Path(path).read_bytes()
        head = struct.unpack_from("<4sI4sIIIIIIIII", data, 0)
        magic, _size, kind, _version, _nf, n_labels, n_attrs, off_feat, off_labels, off_attrs = head[:10]
        if magic != b"lCRF" or kind != b"FOMC":
            raise ModelFormatError(f"{path}: not a CRFsuite crf1d model")
        chunk, _csize, n_feat = struct.unpack_from("<4sII", data, off_feat)
        if chunk != b"FEAT":
            raise ModelFormatError(f"{path}: no feature table")
        feats = np.frombuffer(
            data, dtype=np.dtype([("type", "<i4"), ("src", "<i4"), ("dst", "<i4"), ("w", "<f8")]),
            count=n_feat, offset=off_feat + 12,
        )
        self.labels = _cqdb_strings(data, off_labels, n_labels)
        state, trans = feats[feats["type"] == 0], feats[feats["type"] == 1]
        if len(state) + len(trans) != n_feat:
            raise ModelFormatError(f"{path}: unknown feature type")
        # attribute names are kept as their 64-bit keys (:func:`attribute_keys`: string hashes),
        # sorted (a few MB instead of a dict of ~100k strings); two names of one model with the
        # same key are refused
        keys = _cqdb_attribute_keys(data, off_attrs, n_attrs)
        order = keys.argsort()  # (any sort: two equal keys are refused below)
        self._keys, self._ids = keys[order], order.astype(np.int64)
        if n_attrs > 1 and not (np.diff(self._keys) != 0).all():
            raise ModelFormatError(f"{path}: two attribute names with the same hash")
        self.n_attributes = n_attrs
        # state weights by attribute (CSR, attribute n_attrs = unknown: no weights)
        if not (state["src"][1:] >= state["src"][:-1]).all():  # (CRFsuite writes them in attribute order)
            state = state[np.argsort(state["src"], kind="stable")]
        self._indptr = np.zeros(n_attrs + 2, dtype=np.int64)
        np.cumsum(np.bincount(state["src"], minlength=n_attrs), out=self._indptr[1:n_attrs + 1])
        self._indptr[n_attrs + 1] = self._indptr[n_attrs]
        self._labels = state["dst"].astype(np.int64)
        self._weights = state["w"].astype(np.float64)
        self.transitions = np.zeros((n_labels, n_labels), dtype=np.float64)
        self.transitions[trans["src"], trans["dst"]] = trans["w"]
        self.outside = self.labels.index("O") if "O" in self.labels else -1

    #: the search keys of attribute names (:func:`attribute_keys`)
    keys = staticmethod(attribute_keys)

    def ids(self, attributes: list[str]) -> np.ndarray:
        """The id of each attribute (:attr:`n_attributes` for one the model does not know)."""
        return self.key_ids(attribute_keys(attributes))

    def key_ids(self, h: np.ndarray) -> np.ndarray:
        """The id of the attribute of each key (:func:`attribute_keys`; :attr:`n_attributes` for
        one the model does not know)."""
        # searched in sorted order (each search then starts where the last one ended: about half
        # the time for a chunk's thousands of names), each found position put back in its place
        order = h.argsort()
        pos = np.empty(len(h), dtype=np.intp)
        pos[order] = self._keys.searchsorted(h[order])
        np.minimum(pos, max(self.n_attributes - 1, 0), out=pos)
        if not self.n_attributes:
            return np.zeros(len(h), dtype=np.int64)
        return np.where(self._keys[pos] == h, self._ids[pos], self.n_attributes)

    def row(self, attribute: str) -> int:
        return int(self.ids([attribute])[0])

    def sums(self, ids: np.ndarray, segments: np.ndarray, n_segments: int) -> np.ndarray:
        """``out[k]`` = the weights of the attributes ``ids[segments == k]`` added in order."""
        ids = np.asarray(ids, dtype=np.int64)
        first = self._indptr[ids]
        counts = self._indptr[ids + 1] - first
        feat = (first - counts.cumsum() + counts).repeat(counts) + np.arange(int(counts.sum()))
        L = len(self.labels)
        cells = (np.asarray(segments, dtype=np.int64) * L).repeat(counts) + self._labels[feat]
        # bincount adds the weights of a cell one after the other, in input order, from 0.0
        # (what np.add.at did, several times faster); with no weight at all it gives integers
        sums = np.bincount(cells, weights=self._weights[feat], minlength=n_segments * L)
        return sums.astype(np.float64, copy=False).reshape(n_segments, L)

    def dense(self, ids: np.ndarray) -> np.ndarray:
        """The weight vector of each attribute id (zeros for an unknown one)."""
        ids = np.asarray(ids, dtype=np.int64)
        return self.sums(ids, np.arange(len(ids)), len(ids))

    def vector(self, attributes) -> np.ndarray:
        """The summed weights of a list of attributes (those the model does not know add nothing)."""
        ids = self.ids(list(attributes))
        return self.sums(ids, np.zeros(len(ids), dtype=np.int64), 1)[0]


class TypeTable:
    """Per word type, the summed weights of its five feature blocks under one model and recipe."""

    def __init__(self, model: CRFModel, featurizer, capacity: int = TYPE_CACHE) -> None:
        self.model = model
        self.featurizer = featurizer
        self.scorer = BlockScorer(model, featurizer)
        self.capacity = capacity
        self.index: dict[str, int] = {}
        self._gazetteer: dict[str, int] = {}
        #: the weight vector of each gazetteer feature met so far (a few dozen), by :meth:`gazetteer_row`
        self._gazetteer_vectors = np.zeros((0, len(model.labels)), dtype=np.float64)
        self._gazetteer_lock = threading.Lock()
        #: held from :meth:`rows` to :meth:`scores` by callers that share the table between threads
        self.lock = threading.Lock()
        # np.zeros maps pages lazily: memory grows with the types actually seen
        self.table = np.zeros((capacity + 1, 5, len(model.labels)), dtype=np.float64)

    def gazetteer_row(self, attribute: str) -> int:
        """The row of a gazetteer feature's weight vector (a few dozen names: each looked up in the
        model and summed once; rows are only added, so a row once given stays valid)."""
        i = self._gazetteer.get(attribute)
        if i is None:
            with self._gazetteer_lock:
                i = self._gazetteer.get(attribute)
                if i is None:
                    vector = self.model.dense([self.model.row(attribute)])
                    self._gazetteer_vectors = np.concatenate([self._gazetteer_vectors, vector])
                    i = self._gazetteer[attribute] = len(self._gazetteer_vectors) - 1
        return i

    def rows(self, words: list[str]) -> np.ndarray:
        """Each word's row, the rows of the word types new to the table computed first."""
        index = self.index
        n = len(words)
        # -1 for a type not in the table: the new types' tokens found by numpy, not by scanning a
        # list for None (each comparison of an int with None is a full rich comparison)
        out = np.fromiter(map(index.get, words, repeat(-1)), dtype=np.int64, count=n)
        new = (out < 0).nonzero()[0]
        if len(new):
            at = new.tolist()
            missing = list(dict.fromkeys(map(words.__getitem__, at)))  # (in token order)
            if len(index) + len(missing) > self.capacity:
                index.clear()
                missing = list(dict.fromkeys(words))
            start = len(index)
            index.update(zip(missing, range(start, start + len(missing))))
            self.table[start:len(index)] = self.scorer.blocks(missing)
            if start == 0:  # started afresh: every row changed
                return np.fromiter(map(index.__getitem__, words), dtype=np.int64, count=n)
            out[new] = np.fromiter(map(index.__getitem__, map(words.__getitem__, at)), dtype=np.int64, count=len(at))
        return out

    def scores(self, types: np.ndarray, offsets: np.ndarray, bos: np.ndarray, eos: np.ndarray,
               gaz=None) -> np.ndarray:
        """State scores (tokens × labels) of the sentences ``offsets[s]:offsets[s + 1]`` of a batch
        (each of one token or more).

        ``types``: each token's row (:meth:`rows`); ``gaz``: None, or the four gazetteer
        features of a token (``g=``, ``g|w=``, ``-1g=``, ``+1g=``) as four pairs ``(tokens,
        rows)``: the tokens that have that feature, in order, and its row
        (:meth:`gazetteer_row`) for each. Terms are added in the order of
        :func:`.features.sentence_features`.
        """
        B = self.table
        edge = len(B) - 1  # after the types' rows: its -1 block is BOS, its +1 block EOS, the others zero
        B[edge, 1], B[edge, 3] = bos, eos
        n = len(types)
        # the rows of the table seen as (types × 5) × labels: block k of type t is row 5 t + k
        # (``take`` into one reused buffer: fewer temporaries than fancy indexing; every row
        # index is in range, so ``mode="clip"`` takes the same rows as the default "raise", which
        # with ``out`` would first copy the whole buffer and copy it back after)
        flat = B.reshape(-1, B.shape[2])
        own = types * 5
        edge *= 5
        firsts, lasts = offsets[:-1], offsets[1:] - 1  # each sentence's first and last token
        # a missing neighbour adds zeros (x + 0.0 == x): the same sums, term by term, as adding
        # only the neighbours there are; ``near`` holds, per token, the row of its neighbour's
        # type, or the edge where the neighbour would lie in another sentence (a one-token
        # sentence's "second" token is the next sentence's first, which has no left neighbours
        # either; the tokens out of the batch are dropped)
        E = flat.take(own, axis=0, mode="clip")
        buf = np.empty(E.shape)
        near = np.empty(n, dtype=np.int64)
        near[1:] = own[:-1]
        near[firsts] = edge
        E += flat.take(near + 1, axis=0, out=buf, mode="clip")
        near[2:] = own[:-2]
        near[firsts] = edge
        second = firsts + 1
        near[second[second < n]] = edge
        E += flat.take(near + 2, axis=0, out=buf, mode="clip")
        near[:-1] = own[1:]
        near[lasts] = edge
        E += flat.take(near + 3, axis=0, out=buf, mode="clip")
        near[:-2] = own[2:]
        near[lasts] = edge
        before = lasts - 1
        near[before[before >= 0]] = edge
        E += flat.take(near + 4, axis=0, out=buf, mode="clip")
        if gaz is not None:
            vectors = self._gazetteer_vectors
            for tokens, rows in gaz:
                if tokens:
                    E[tokens] += vectors[rows]
        return E


class _Context(ctypes.Structure):
    """``crf1dc_t`` of CRFsuite's ``crf1d.h``."""

    _fields_ = [
        ("flag", ctypes.c_int), ("num_labels", ctypes.c_int), ("num_items", ctypes.c_int),
        ("cap_items", ctypes.c_int), ("log_norm", ctypes.c_double),
        ("state", ctypes.POINTER(ctypes.c_double)), ("trans", ctypes.POINTER(ctypes.c_double)),
        ("alpha_score", ctypes.POINTER(ctypes.c_double)), ("beta_score", ctypes.POINTER(ctypes.c_double)),
        ("scale_factor", ctypes.POINTER(ctypes.c_double)), ("row", ctypes.POINTER(ctypes.c_double)),
        ("backward_edge", ctypes.POINTER(ctypes.c_int)), ("exp_state", ctypes.POINTER(ctypes.c_double)),
        ("exp_trans", ctypes.POINTER(ctypes.c_double)), ("mexp_state", ctypes.POINTER(ctypes.c_double)),
        ("mexp_trans", ctypes.POINTER(ctypes.c_double)),
    ]


_CTXF_VITERBI_MARGINALS = 3  # CTXF_VITERBI | CTXF_MARGINALS
_LIB = None
_local = threading.local()


def _library():
    """CRFsuite's ``crf1dc_*`` functions from python-crfsuite's extension (None when not exported)."""
    global _LIB
    if _LIB is None:
        _LIB = False
        try:
            import pycrfsuite._pycrfsuite as ext

            lib = ctypes.CDLL(ext.__file__)
            ctx_p = ctypes.POINTER(_Context)
            for name, res, args in (
                ("crf1dc_new", ctx_p, [ctypes.c_int] * 3),
                ("crf1dc_set_num_items", ctypes.c_int, [ctx_p, ctypes.c_int]),
                ("crf1dc_exp_transition", None, [ctx_p]),
                ("crf1dc_exp_state", None, [ctx_p]),
                ("crf1dc_alpha_score", None, [ctx_p]),
                ("crf1dc_beta_score", None, [ctx_p]),
                ("crf1dc_viterbi", ctypes.c_double, [ctx_p, ctypes.c_void_p]),  # int *labels
                ("crf1dc_marginal_point", ctypes.c_double, [ctx_p, ctypes.c_int, ctypes.c_int]),
            ):
                fn = getattr(lib, name)
                fn.restype, fn.argtypes = res, args
            probe = lib.crf1dc_new(_CTXF_VITERBI_MARGINALS, 7, 3).contents
            if (probe.flag, probe.num_labels, probe.cap_items) == (_CTXF_VITERBI_MARGINALS, 7, 3) \
                    and probe.state and probe.alpha_score and probe.exp_trans:
                _LIB = lib
        except (OSError, AttributeError, ImportError, ValueError):
            pass
    return _LIB or None


class Decoder:
    """CRFsuite's Viterbi and marginals for one model, one context per thread."""

    def __init__(self, model: CRFModel) -> None:
        self.model = model
        self.lib = _library()

    @staticmethod
    def available() -> bool:
        return _library() is not None

    def _context(self):
        return self._fields()[0]

    def _fields(self):
        """This thread's context, and its ``num_items`` and ``state`` fields as ctypes objects over
        the context's memory (made once: the context itself is never freed or moved)."""
        ctxs = _local.__dict__.setdefault("contexts", {})
        found = ctxs.get(id(self))
        if found is None:
            L = len(self.model.labels)
            ctx = self.lib.crf1dc_new(_CTXF_VITERBI_MARGINALS, L, 256)
            trans = np.ascontiguousarray(self.model.transitions)
            ctypes.memmove(ctx.contents.trans, trans.ctypes.data, trans.nbytes)
            self.lib.crf1dc_exp_transition(ctx)
            base = ctypes.addressof(ctx.contents)
            found = ctxs[id(self)] = (ctx, ctypes.c_int.from_address(base + _Context.num_items.offset),
                                      ctypes.c_void_p.from_address(base + _Context.state.offset))
        return found

    def _arrays(self, ctx) -> tuple[memoryview, memoryview, memoryview]:
        """The context's forward, backward and scale arrays read in place as Python floats (made
        again when ``crf1dc_set_num_items`` has grown, so moved, them)."""
        c = ctx.contents
        views = _local.__dict__.setdefault("arrays", {}).get(id(self))
        if views is None or views[0] != c.cap_items:
            L, cap = c.num_labels, c.cap_items
            views = _local.arrays[id(self)] = (cap, _doubles(c.alpha_score, cap * L), _doubles(c.beta_score, cap * L),
                                               _doubles(c.scale_factor, cap))
        return views[1:]

    def decode(self, E: np.ndarray, offsets: np.ndarray, bounds: list[int] | None = None) -> tuple[list[int], dict[int, float]]:
        """Viterbi labels of every token, and the marginal of its label for tokens of sentences
        that hold a label other than ``O``.

        Two passes over the sentences: Viterbi for all (one C call a sentence, no Python object
        per token), then forward-backward and the marginals for the sentences whose path holds an
        entity label (the same calls on the same state scores as one pass). CRFsuite reads each
        sentence's scores where they lie in ``E`` (the context's ``state`` pointer and
        ``num_items`` set for it), not copied into the context. ``bounds``: ``offsets`` as a list,
        when the caller has it."""
        lib = self.lib
        ctx, num_items, state = self._fields()
        L = E.shape[1]
        E = np.ascontiguousarray(E, dtype=np.float64)
        n = len(E)
        probs: dict[int, float] = {}
        if n == 0:
            return [], probs
        labels = np.zeros(n, dtype=np.int32)
        viterbi = lib.crf1dc_viterbi
        exp_state, alpha, beta = lib.crf1dc_exp_state, lib.crf1dc_alpha_score, lib.crf1dc_beta_score
        if bounds is None:
            bounds = offsets.tolist()
        sizes = [b - a for a, b in zip(bounds, bounds[1:])]
        lib.crf1dc_set_num_items(ctx, max(sizes))  # the context's arrays grow once: every sentence fits them
        # Each sentence's state scores are read where they lie in E: the context's ``state``
        # pointer is set to the sentence's first row and ``num_items`` to its length (what
        # ``crf1dc_set_num_items`` does when the arrays are large enough), instead of copying the
        # scores into the context's own array; the pointer is put back before anything else can
        # reallocate or free the array.
        own = state.value
        e0, l0 = E.__array_interface__["data"][0], labels.__array_interface__["data"][0]
        sources = [e0 + a * (L * 8) for a in bounds[:-1]]
        targets = [l0 + a * 4 for a in bounds[:-1]]
        try:
            for T, src, dst in zip(sizes, sources, targets):
                num_items.value = T
                state.value = src
                viterbi(ctx, dst)
            found = labels.tolist()
            entity = (labels != self.model.outside).nonzero()[0].tolist()  # the tokens labelled other than O
            # ``crf1dc_marginal_point(ctx, l, t)`` is ``alpha[t][l] * beta[t][l] / scale[t]``: the
            # same two IEEE operations on the context's arrays, read in place, without a C call
            # per entity token
            fwd, bwd, scale = self._arrays(ctx)
            a = b = -1  # the sentence of the last entity token: tokens a to b - 1
            for i in entity:
                if i >= b:  # the first entity token of its sentence: its forward-backward
                    s = bisect_right(bounds, i) - 1
                    a, b = bounds[s], bounds[s + 1]
                    num_items.value = sizes[s]
                    state.value = sources[s]
                    exp_state(ctx)
                    alpha(ctx)
                    beta(ctx)
                t = i - a
                k = t * L + found[i]
                probs[i] = fwd[k] * bwd[k] / scale[t]
        finally:
            state.value = own
        return found, probs


def _doubles(pointer, size: int) -> memoryview:
    """The ``size`` doubles at a context array's ``pointer``, read in place as Python floats."""
    return memoryview((ctypes.c_double * size).from_address(ctypes.addressof(pointer.contents))).cast("B").cast("d")
