"""Shortcuts of the entity tagger against the plain rule they stand for: model attribute keys
(:func:`sitrep.components.entities.decoder.attribute_keys`) read from a model file at once, and a
chunk's word features keyed from the word's slices without building their names, equal the keys
of the names themselves; the state scores' neighbour rows; the type rows of a batch."""

from __future__ import annotations

import struct
from collections import defaultdict

import numpy as np
import pytest

from sitrep.components import entities as ent
from sitrep.components.entities import blocks
from sitrep.components.entities import decoder as dec

LOWS = ["the", "a", "", "ab", "abcd", "abcde", "abcdef", "kharkiv's", "mcdonald's", "2022", "3.5", "covid-19",
        "e-mail", "=", "w=x", "a=b=c", "émile", "naïve", "—", "日本", "министр", "россии", "зеленського",
        "з'явився", "ґанок", "no-such-word-anywhere", "x" * 40]


@pytest.mark.parametrize("lang", ent.NER_LANGUAGES)
def test_keys_read_from_the_model_file_equal_the_keys_of_its_names(lang):
    data = ent._model_path(lang).read_bytes()
    head = struct.unpack_from("<4sI4sIIIIIIIII", data, 0)
    n_attrs, off_attrs = head[6], head[9]
    names = dec._cqdb_strings(data, off_attrs, n_attrs)
    assert len(names) == n_attrs and any("=" not in x for x in names)
    assert np.array_equal(dec._cqdb_attribute_keys(data, off_attrs, n_attrs), dec.attribute_keys(names))


def test_a_name_is_keyed_by_its_head_up_to_the_first_equals_sign():
    names = ["w=abc", "w==", "w=a=b", "BOS", "T", "-1w=abc", "+1w=abc", "g|w=B-PER|T", "=", "=x", ""]
    want = [hash(h + s) ^ hash(v) for h, s, v in (x.partition("=") for x in names)]
    assert dec.attribute_keys(names).tolist() == want
    keys = dec.attribute_keys(names)
    assert len(set(keys.tolist())) == len(names)  # the same value under two heads: two keys
    assert dec.attribute_keys([]).tolist() == []


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_direct_keys_equal_the_keys_of_the_direct_feature_names_in_order(lang):
    """Per segment (group, word, block), the keys :meth:`BlockScorer._direct_keys` makes from the
    words' slices are the keys of the names :data:`blocks.DIRECT` lists, in the same order (the
    order their weights are added in)."""
    n = len(LOWS)
    keys, segments = blocks.BlockScorer._direct_keys(LOWS)
    got: dict[int, list[int]] = defaultdict(list)
    for k, seg in zip(keys.tolist(), segments.tolist()):
        got[seg].append(k)
    want: dict[int, list[int]] = {}
    for g, group in enumerate(blocks.DIRECT):
        for i, low in enumerate(LOWS):
            for b, names in enumerate(group(low)):
                if names:
                    want[(g * n + i) * 5 + b] = dec.attribute_keys(names).tolist()
    assert dict(got) == want
    model = ent._decoder(lang)[0].model
    names = [x for group in blocks.DIRECT for low in LOWS for block in group(low) for x in block]
    assert sorted(model.key_ids(keys).tolist()) == sorted(model.ids(names).tolist())
    assert model.n_attributes in model.key_ids(keys).tolist()  # (some of them unknown to the model)


def test_state_scores_add_each_tokens_neighbours_in_its_sentence_only():
    """``TypeTable.scores`` (neighbour rows by shifting the batch's type rows and putting the edge
    row at each sentence's ends) against the sum written token by token, in the same order."""
    import random

    ent.tag_text("John Smith went to Paris on Monday with Mary Jones and the Red Cross.", "en")
    table, _decoder, bos, eos = ent._decoder("en")
    rnd = random.Random(3)
    n_types = len(table.index)
    assert n_types > 10
    flat = table.table.reshape(-1, table.table.shape[2])
    edge = (len(table.table) - 1) * 5
    for _ in range(200):
        lens = [rnd.choice([1, 1, 2, 3, 5, 9]) for _ in range(rnd.randint(1, 7))]
        offsets = np.concatenate(([0], np.cumsum(lens))).astype(np.int64)
        types = np.array([rnd.randrange(n_types) for _ in range(int(offsets[-1]))], dtype=np.int64)
        got = table.scores(types, offsets, bos, eos)
        want = np.empty_like(got)
        for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist()):
            for i in range(a, b):
                def row(j, k):
                    return flat[(5 * int(types[j]) if a <= j < b else edge) + k]
                want[i] = row(i, 0) + row(i - 1, 1) + row(i - 2, 2) + row(i + 1, 3) + row(i + 2, 4)
        assert np.array_equal(got, want)


def test_type_rows_of_known_new_and_repeated_words_are_their_block_rows():
    """``TypeTable.rows`` finds the types new to the table with numpy (-1 for a missing one): every
    token gets its own type's row, new types once each, in the order they first occur; a table too
    small for a batch starts afresh."""
    from sitrep.components.entities.decoder import TypeTable

    model, featurizer = ent._decoder("en")[0].model, ent._decoder("en")[0].featurizer
    scorer = blocks.BlockScorer(model, featurizer)
    for capacity in (64, 12):  # (12: the second batch starts the table afresh, and the third again)
        table = TypeTable(model, featurizer, capacity=capacity)
        first = ["The", "army", "said", "the", "army", "of", "Ukraine", "said", "."]
        second = ["Ukraine", "'s", "army", "and", "NATO", "NATO", "met", "in", "Brussels", "the"]
        for words in (first, second, first):
            rows = table.rows(words)
            assert rows.dtype == np.int64 and len(rows) == len(words)
            assert all(table.index[w] == r for w, r in zip(words, rows.tolist()))
            assert np.array_equal(table.table[rows], scorer.blocks(words))
        assert list(table.index)[:3] == ["The", "army", "said"]
