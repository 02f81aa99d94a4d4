"""The eighth round's faster worker steps give what the plain ones gave (docs/performance.md,
"Eighth round: ingest"): orjson's JSON with json's bytes, packed layers byte for byte, MinHash
values by numpy equal to datasketch's, the stories profile's name keys and incident origins as
the one-by-one loops made them."""

from __future__ import annotations

import json
import math
import re
from datetime import datetime

import numpy as np
import pytest
from datasketch import MinHash

from sitrep.article import Annotation, Article
from sitrep.corpus import identity, jsonenc
from sitrep.corpus.schema import pack_columns, pack_layer, unpack_layer
from sitrep.corpus.writer import annotation_rows
from sitrep.stories import features, incidents

_PLAIN = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

VALUES = [
    {"name": "Харків", "quote": "« Nous répondrons », a dit le ministre", "n": 12, "ok": True, "none": None},
    {"ctrl": "a\x00b\x1fc\x7f\u2028\u2029\t\n\r\b\f\"\\/"},
    {"score": 0.85, "tiny": 1e-05, "tinier": 2.5e-07, "edge": 1e-4, "below": 9.99e-05, "exp": 5e-324},
    {"big": 1e16, "huge": 1.5e300, "neg": -0.0, "round": 100.0, "long": 123456789012345.6},
    {1: "int key", "x": [1, 2, (3, 4)]},
    {"beyond 64 bits": 2 ** 70, "nested": [[[{"a": []}]]], "emoji": "🛰️"},
    ["text 1e-5 in a string", "0.00001 as text", "e-mail", "3e-"],
    [],
    {},
    "plain string",
    12,
]


@pytest.mark.parametrize("value", VALUES, ids=range(len(VALUES)))
def test_jsonenc_writes_the_bytes_json_writes(value):
    assert jsonenc.dumps(value) == _PLAIN(value)
    assert jsonenc.dumps_bytes(value) == _PLAIN(value).encode()


def test_jsonenc_random_floats_as_json_writes_them():
    rng = np.random.default_rng(3)
    values = (rng.standard_normal(3000) * 10.0 ** rng.integers(-330, 300, 3000)).tolist()
    values += [round(v, 6) for v in rng.random(500).tolist()]
    assert [jsonenc.dumps({"v": v}) for v in values] == [_PLAIN({"v": v}) for v in values]


def test_jsonenc_refuses_what_json_refuses_and_writes_nan_as_null():
    with pytest.raises(TypeError):
        jsonenc.dumps({"when": datetime(2022, 3, 3)})  # json refuses it; orjson would write it
    with pytest.raises(UnicodeEncodeError):
        jsonenc.dumps_bytes({"lone": "\ud800"})
    # the one difference, on purpose: standard JSON, which SQLite's JSON functions read
    assert jsonenc.dumps({"x": math.nan, "y": math.inf}) == '{"x":null,"y":null}'


def _article() -> Article:
    text = ("Strikes on Kharkiv\n\nOn 3 March 2022 Russian troops shelled Kharkiv, the mayor said. "
            "« Nous répondrons », a dit le ministre à Paris. Мэр Харькова заявил, что обстрел продолжался.")
    art = Article(id="a1", text=text, title="Strikes on Kharkiv", language="en")
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+", text)]
    art.layers["entities"] = [Annotation(s, e, "LOC" if w[0].isupper() else "O", "entities.v1", 0.5 + i / 100,
                                         {"surface": w, "p": 1e-05 * i, "k": [i, None]} if i % 2 else {})
                              for i, (s, e, w) in enumerate(words)]
    art.layers["sentences"] = [Annotation(0, 18, "sentence", "sentences.v1", 1.0)]
    return art


def test_annotation_rows_pack_the_columns_as_pack_layer_packs_the_rows():
    art = _article()
    counts, rows = annotation_rows(art)
    assert counts == {"entities": len(art.layers["entities"]), "sentences": 1}
    anns = art.layers["entities"]
    records = [(a.start, a.end, a.label, _PLAIN(a.attrs) if a.attrs else None, a.producer, a.confidence)
               for a in anns]
    expected = pack_layer(records, name="entities")
    assert rows[0] == ("entities", *expected)
    assert rows[0] == ("entities", *pack_columns(*zip(*records), name="entities"))
    items = json.loads(unpack_layer(rows[0][3]))
    assert [json.loads(i[3]) if len(i) > 3 and i[3] else {} for i in items] == [a.attrs for a in anns]


@pytest.mark.parametrize("scheme", ["default", "legacy"])
def test_minhash_by_numpy_equals_datasketch(monkeypatch, scheme):
    if scheme == "legacy":
        empty = MinHash(num_perm=identity.NUM_PERM, seed=1, hashfunc=int, scheme="legacy")
        monkeypatch.setattr(identity, "_empty", lambda: empty)
    identity._numpy_agrees.cache_clear()
    try:
        rng = np.random.default_rng(11)
        for n in (1, 8, 700):
            hashes = rng.integers(0, 1 << 32, n, dtype=np.uint64).astype("<u4")
            assert np.array_equal(identity._numpy_values(hashes), identity._datasketch_values(hashes))
        assert identity._numpy_agrees()
    finally:
        identity._numpy_agrees.cache_clear()


def test_signature_equals_datasketch_default_minhash_of_the_shingles():
    art = _article()
    sig = identity.signature(art)
    mh = MinHash(num_perm=identity.NUM_PERM, seed=1)
    mh.update_batch(sorted(identity.shingles(identity.body(art))))
    assert np.frombuffer(sig, "<u8").tolist() == mh.hashvalues.astype("<u8").tolist()


def _name_keys_loop(text: str) -> list[str]:
    """features.name_keys as the seventh round wrote it (one word at a time)."""
    out = []
    for m in re.finditer(r"\w+", text):
        w = m.group()
        if len(w) < 3 or not w[0].isupper() or w.isupper() and len(w) > 5:
            continue
        i = m.start() - 1
        while i >= 0 and text[i] == " ":
            i -= 1
        if i < 0 or text[i] in features._OPENERS:
            continue
        k = features.skeleton(features.latin(w))
        if len(k) >= 2:
            out.append("n:" + k)
    return out


def test_name_keys_as_the_word_by_word_loop():
    text = ("Le président Emmanuel Macron a reçu Volodymyr Zelensky à Paris.  Then NATO and the UNITED "
            "Nations met Joe Biden in Washington; «Путин» и Зеленский говорили в Києві. Ab Oz Élysée "
            "«Quote» — Дмитро Кулеба, 2022 Kharkiv\nKyiv  Odesa")
    assert features.name_keys(text) == _name_keys_loop(text)
    assert features.name_keys(text)  # names were found
    # the text's first word, spaces before it, a name after spaces after a word, after an opener
    # and spaces, after other punctuation, words with underscores and digits (nineteenth session:
    # the words by re.split, the check on the separator before each)
    for text in ("Kyiv", " Kyiv Lviv", "x Kyiv", "", "...", "Kyiv.", "a  «  Kyiv", "(Paris) Lviv, Odesa",
                 "— Le président a dit: Nous aiderons l'Ukraine, a_b Cd_Ef 2022 Kharkiv\nOdesa…Lviv"):
        assert features.name_keys(text) == _name_keys_loop(text), text


def _origin_loop(statements, s, e):
    """incidents' origin of a span as the seventh round wrote it (every statement for every span)."""
    for _, _, _, attrs in statements:
        for ps, pe in attrs.get("parts") or ():
            if ps < e and pe > s:
                return incidents._source_key(attrs)
    return None


def test_origins_as_the_statement_loop():
    statements = [
        (0, 10, "statement", {"parts": [[0, 10], [40, 50]], "speaker": {"actor": "Q1"}}),
        (20, 30, "statement", {"parts": [[20, 30]], "chain": ["article", "Reuters", "the mayor"]}),
        (35, 60, "statement", {"parts": [[35, 60]], "source": {"text": "officials"}}),
        (70, 80, "statement", {"parts": [], "speaker": {"actor": "Q2"}}),
        (80, 90, "statement", {"parts": [[80, 90]]}),
    ]
    origin = incidents._origins(statements)
    for s in range(0, 95, 3):
        for e in range(s + 1, 96, 7):
            assert origin(s, e) == _origin_loop(statements, s, e)
