"""A vectorised tagger over the shipped CRFsuite models: the same weights, the same decisions.

CRFsuite's own tagger (``pycrfsuite.Tagger``) takes every token as ~50 feature
strings, looks each one up in the model and sums its weights, then decodes; on
real news that costs more than everything else in ``entities.v1``.  Here:

- :class:`CRFModel` reads the model file itself (the ``lCRF`` format of
  CRFsuite's ``crf1dm.c``: the feature table with its float64 weights, and the
  label and attribute names from their CQDB string tables), so the weights are
  bit for bit those CRFsuite uses;
- :class:`TypeTable` keeps, per word type, the summed weight vectors of the five
  feature blocks of :mod:`.features` (the word itself, and as the neighbour at
  -1, -2, +1, +2): a token's scores are the sum of five cached rows, plus the
  few gazetteer features;
- :func:`_decode` (compiled by numba) assembles the scores of every sentence of
  an article, runs Viterbi exactly as ``crf1dc_viterbi`` does (ties go to the
  lowest label id), and, for sentences that hold an entity, the scaled
  forward-backward of ``crf1dc_alpha_score`` / ``crf1dc_beta_score``, whose
  marginals give the confidences.

The only difference from CRFsuite is the order in which a token's weights are
added (block by block instead of one by one), a rounding difference of about
1e-15 that would change a label only on an exact tie (checked on the 2,057
real articles of the benchmark corpus: ``docs/performance.md``).
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
from numba import njit

#: word types whose block vectors a table keeps (then it starts afresh: memory stays bounded)
TYPE_CACHE = 65_536


class ModelFormatError(ValueError):
    pass


def _cqdb_strings(data: bytes, offset: int, count: int) -> list[str]:
    """The strings of a CQDB chunk, by id (``cqdb.c``: records reached through the backward array)."""
    magic, _size, _flag, _order, bwd_size, bwd_offset = struct.unpack_from("<4sIIIII", data, offset)
    if magic != b"CQDB" or bwd_size < count:
        raise ModelFormatError("not a CQDB string table")
    refs = struct.unpack_from(f"<{count}I", data, offset + bwd_offset)
    out = []
    for i, ref in enumerate(refs):
        rid, ksize = struct.unpack_from("<II", data, offset + ref)
        if rid != i:
            raise ModelFormatError("CQDB record id out of order")
        start = offset + ref + 8
        out.append(data[start:start + ksize - 1].decode("utf-8"))
    return out


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
        self.attributes = {a: i for i, a in enumerate(_cqdb_strings(data, off_attrs, n_attrs))}
        state, trans = feats[feats["type"] == 0], feats[feats["type"] == 1]
        if len(state) + len(trans) != n_feat:
            raise ModelFormatError(f"{path}: unknown feature type")
        #: one row per attribute, and a last row of zeros
        self.weights = np.zeros((n_attrs + 1, n_labels), dtype=np.float64)
        self.weights[state["src"], state["dst"]] = state["w"]
        self.transitions = np.zeros((n_labels, n_labels), dtype=np.float64)
        self.transitions[trans["src"], trans["dst"]] = trans["w"]
        self.exp_transitions = _exp(self.transitions)
        self.outside = self.labels.index("O") if "O" in self.labels else -1

    def row(self, attribute: str) -> int:
        """The weight row of one attribute (the zero row when the model does not know it)."""
        return self.attributes.get(attribute, len(self.attributes))

    def vector(self, attributes) -> np.ndarray:
        """The summed weights of a list of attributes (those the model does not know add nothing)."""
        out = np.zeros(len(self.labels))
        for a in attributes:
            i = self.attributes.get(a)
            if i is not None:
                out += self.weights[i]
        return out


@njit(cache=True)
def _exp(x):
    out = np.empty_like(x)
    for i in range(x.shape[0]):
        for j in range(x.shape[1]):
            out[i, j] = np.exp(x[i, j])
    return out


@njit(cache=True)
def _fill(table, rows, flat, offsets, weights):
    """Block ``k`` of ``table[rows[m]]`` = the sum of the ``weights`` rows listed in
    ``flat[offsets[5 * m + k]:offsets[5 * m + k + 1]]``, in order."""
    L = weights.shape[1]
    for m in range(rows.shape[0]):
        row = rows[m]
        for k in range(5):
            for j in range(L):
                table[row, k, j] = 0.0
            for p in range(offsets[5 * m + k], offsets[5 * m + k + 1]):
                r = flat[p]
                for j in range(L):
                    table[row, k, j] += weights[r, j]


@njit(cache=True)
def _decode(table, types, sent_off, bos, eos, gaz, weights, trans, exp_trans, outside, labels, probs):
    """Viterbi labels (and, in sentences with an entity, their marginals) of every sentence."""
    L = trans.shape[0]
    n_sent = sent_off.shape[0] - 1
    maxlen = 0
    for s in range(n_sent):
        maxlen = max(maxlen, sent_off[s + 1] - sent_off[s])
    E = np.empty((maxlen, L))
    delta = np.empty((maxlen, L))
    back = np.zeros((maxlen, L), dtype=np.int64)
    alpha = np.empty((maxlen, L))
    beta = np.empty((maxlen, L))
    scale = np.empty(maxlen)
    row = np.empty(L)
    for s in range(n_sent):
        a = sent_off[s]
        T = sent_off[s + 1] - a
        if T == 0:
            continue
        # state scores, in the order of the feature list of features.sentence_features
        for i in range(T):
            k = a + i
            for j in range(L):
                E[i, j] = table[types[k], 0, j]
            if i > 0:
                for j in range(L):
                    E[i, j] += table[types[k - 1], 1, j]
            else:
                for j in range(L):
                    E[i, j] += bos[j]
            if i > 1:
                for j in range(L):
                    E[i, j] += table[types[k - 2], 2, j]
            if i == T - 1:
                for j in range(L):
                    E[i, j] += eos[j]
            else:
                for j in range(L):
                    E[i, j] += table[types[k + 1], 3, j]
                if i < T - 2:
                    for j in range(L):
                        E[i, j] += table[types[k + 2], 4, j]
            for g in range(gaz.shape[1]):
                r = gaz[k, g]
                if r >= 0:
                    for j in range(L):
                        E[i, j] += weights[r, j]
        # Viterbi (crf1dc_viterbi)
        for j in range(L):
            delta[0, j] = E[0, j]
        for t in range(1, T):
            for j in range(L):
                best = -1.7976931348623157e308
                arg = -1
                for i in range(L):
                    score = delta[t - 1, i] + trans[i, j]
                    if best < score:
                        best = score
                        arg = i
                if arg >= 0:
                    back[t, j] = arg
                delta[t, j] = best + E[t, j]
        best = -1.7976931348623157e308
        last = 0
        for i in range(L):
            if best < delta[T - 1, i]:
                best = delta[T - 1, i]
                last = i
        labels[a + T - 1] = last
        for t in range(T - 1, 0, -1):
            labels[a + t - 1] = back[t, labels[a + t]]
        entity = False
        for t in range(T):
            if labels[a + t] != outside:
                entity = True
        if not entity:
            continue
        # marginals (crf1dc_exp_state, crf1dc_alpha_score, crf1dc_beta_score, crf1dc_marginal_point)
        for t in range(T):
            for j in range(L):
                E[t, j] = np.exp(E[t, j])
        total = 0.0
        for j in range(L):
            alpha[0, j] = E[0, j]
            total += alpha[0, j]
        scale[0] = 1.0 / total if total != 0.0 else 1.0
        for j in range(L):
            alpha[0, j] *= scale[0]
        for t in range(1, T):
            for j in range(L):
                alpha[t, j] = 0.0
            for i in range(L):
                p = alpha[t - 1, i]
                for j in range(L):
                    alpha[t, j] += p * exp_trans[i, j]
            total = 0.0
            for j in range(L):
                alpha[t, j] *= E[t, j]
                total += alpha[t, j]
            scale[t] = 1.0 / total if total != 0.0 else 1.0
            for j in range(L):
                alpha[t, j] *= scale[t]
        for j in range(L):
            beta[T - 1, j] = scale[T - 1]
        for t in range(T - 2, -1, -1):
            for j in range(L):
                row[j] = beta[t + 1, j] * E[t + 1, j]
            for i in range(L):
                dot = 0.0
                for j in range(L):
                    dot += exp_trans[i, j] * row[j]
                beta[t, i] = dot * scale[t]
        for t in range(T):
            lab = labels[a + t]
            probs[a + t] = alpha[t, lab] * beta[t, lab] / scale[t]


class TypeTable:
    """Per word type, the summed weights of its five feature blocks under one model and recipe."""

    def __init__(self, model: CRFModel, featurizer, capacity: int = TYPE_CACHE) -> None:
        self.model = model
        self.featurizer = featurizer
        self.capacity = capacity
        self.index: dict[str, int] = {}
        # np.zeros maps pages lazily: memory grows with the types actually seen
        self.table = np.zeros((capacity, 5, len(model.labels)), dtype=np.float64)

    def rows(self, words: list[str]) -> np.ndarray:
        index = self.index
        get = index.get
        out = [get(w, -1) for w in words]
        if -1 in out:
            missing = list(dict.fromkeys(w for w, r in zip(words, out) if r < 0))
            if len(index) + len(missing) > self.capacity:
                index.clear()
                missing = list(dict.fromkeys(words))
            get_attr, unknown = self.model.attributes.get, len(self.model.attributes)
            compute = self.featurizer._compute
            flat: list[int] = []
            sizes = [0]
            start = len(index)
            for w in missing:
                index[w] = len(index)
                for b in compute(w):
                    flat.extend([get_attr(f, unknown) for f in b])
                    sizes.append(len(b))
            _fill(self.table, np.arange(start, len(index), dtype=np.int64), np.array(flat, dtype=np.int64),
                  np.cumsum(sizes), self.model.weights)
            out = [index[w] for w in words]
        return np.array(out, dtype=np.int64)
