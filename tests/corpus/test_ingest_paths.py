"""The faster ingest paths give exactly what the plain ones gave (docs/performance.md, fifth round,
branch ``perf-ingest``): packed layers byte for byte, MinHash signatures value for value, the
stories linker's weights float for float."""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter

from datasketch import MinHash

from sitrep.article import Annotation, Article, RowLayer, SpanLayer
from sitrep.corpus import identity
from sitrep.corpus.ingest import _without_layers
from sitrep.corpus.schema import connect, pack_layer, pack_spans, unpack_layer
from sitrep.corpus.writer import annotation_rows
from sitrep.stories import align
from sitrep.stories.linker import Linker, _IdfMemo

TEXT = ("Strikes on Kharkiv\n\nOn 3 March 2022 Russian troops shelled Kharkiv, killing 12 people, the mayor "
        "said. « Nous répondrons », a dit le ministre à Paris. Мэр Харькова заявил, что обстрел продолжался "
        "всю ночь. The mayor said again that the shelling of Kharkiv went on all night long.")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    import re

    return [(m.start(), m.end(), "WORD" if m.group()[0].isalnum() else "PUNCT")
            for m in re.finditer(r"\w+|[^\w\s]", text)]


def _reference_pack(rows, delta):
    """pack_layer's items as its one-by-one loop built them (before the fast path)."""
    producer, conf = rows[0][4], float(rows[0][5])
    items, prev = [], 0
    for s, e, label, attrs, prod, c in rows:
        c = float(c)
        if delta:
            s, e, prev = s - prev, e - s, s
        if prod != producer or c != conf:
            items.append([s, e, label, attrs, prod, c])
        elif attrs is not None:
            items.append([s, e, label, attrs])
        else:
            items.append([s, e, label])
    return items


def test_pack_layer_fast_and_mixed_rows_give_the_reference_items():
    spans = _tokens(TEXT)
    uniform = [(s, e, k, None, "sentences.v1", 1.0) for s, e, k in spans]
    with_attrs = [(s, e, k, json.dumps({"n": i}) if i % 3 else None, "entities.v1", 0.9)
                  for i, (s, e, k) in enumerate(spans)]
    mixed = [(s, e, k, None, "a.v1" if i % 5 else "b.v1", 0.5 if i % 7 else 1)
             for i, (s, e, k) in enumerate(spans)]
    for rows in (uniform, with_attrs, mixed):
        for delta in (False, True):
            producer, conf, data, n = pack_layer(rows, delta=delta, name="tokens")
            assert (producer, conf, n) == (rows[0][4], float(rows[0][5]), len(rows))
            expected = _reference_pack(rows, delta)
            stored = json.loads(unpack_layer(data))
            if delta:  # unpack_layer gives absolute offsets back
                assert [i[2:] for i in stored] == [i[2:] for i in expected]
                assert [(i[0], i[1]) for i in stored] == [(r[0], r[1]) for r in rows]
            else:
                assert stored == expected


def test_pack_spans_gives_pack_layers_bytes():
    spans = _tokens(TEXT)
    for delta in (False, True):
        assert pack_spans(spans, "sentences.v1", 1, delta, "tokens") == pack_layer(
            [(s, e, k, None, "sentences.v1", 1) for s, e, k in spans], delta, "tokens")


def _article(tokens_packed: bool) -> Article:
    art = Article(id="t", text=TEXT, title="Strikes on Kharkiv", language="en")
    spans = _tokens(TEXT)
    if tokens_packed:
        art.add_spans("tokens", spans, "sentences.v1")
    else:
        art.add("tokens", [Annotation(s, e, k, "sentences.v1") for s, e, k in spans])
    art.add("places", [Annotation(TEXT.index("Kharkiv"), TEXT.index("Kharkiv") + 7, "Kharkiv", "places.v1", 0.8,
                                  {"geonameid": 706483, "country": "UA"}),
                       Annotation(TEXT.index("Paris"), TEXT.index("Paris") + 5, "Paris", "places.v1", 0.7, {})])
    art.add_rows("event_mentions", [(TEXT.index("shelled"), TEXT.index("shelled") + 7, "ATTACK", 0.6, "POS")],
                 "events.v1", ("polarity",))
    return art


def test_annotation_rows_same_for_packed_and_listed_tokens():
    packed, listed = _article(True), _article(False)
    assert isinstance(packed.layers["tokens"], SpanLayer) and packed.layers["tokens"].packed() is not None
    assert isinstance(packed.layers["event_mentions"], RowLayer) and packed.layers["event_mentions"].packed() is None
    assert annotation_rows(packed) == annotation_rows(listed)
    packed.layers["tokens"][0]  # annotations made: the layer is read item by item again
    assert packed.layers["tokens"].packed() is None
    assert annotation_rows(packed) == annotation_rows(listed)


def test_article_sent_without_layers_keeps_them():
    art = _article(True)
    data = _without_layers(art)
    expected = art.to_dict()
    expected["layers"] = {}
    assert data == expected
    assert set(art.layers) == {"tokens", "places", "event_mentions"}


def test_signature_is_datasketchs_default_minhash():
    art = Article(id="s", text=TEXT, title="Strikes on Kharkiv")
    mh = MinHash(num_perm=identity.NUM_PERM, seed=1)
    mh.update_batch(list(identity.shingles(identity.body(art))))
    assert identity.signature(art) == mh.hashvalues.astype("<u8").tobytes()
    assert identity.signature(Article(id="short", text="Too short to sign.")) is None


def test_shingles_of_short_and_long_texts():
    assert identity.shingles("") == set()
    assert identity.shingles("Un deux") == {b"un deux"}
    assert identity.shingles("A b C d") == {b"a b c", b"b c d"}


def test_idf_memo_and_dot_are_the_same_floats():
    con = connect(":memory:", create=True)
    linker = Linker(con)
    linker.n_docs = 1234
    linker.df.update({"zns": 17, "#12": 3, "~kha": 400})
    memo = _IdfMemo(linker.n_docs, linker.df)
    for key in ("zns", "#12", "~kha", "unseen"):
        assert memo[key] == linker.idf(key) == math.log(1235 / (linker.df.get(key, 0) + 1)) + 0.1
    terms = Counter({"zns": 3, "#12": 1, "n:krkv": 2})
    assert linker.vector(terms, Counter({"p:706483": 1}), memo.__getitem__) == linker.vector(terms, Counter({"p:706483": 1}))
    x, y = {"a": 0.1, "b": 0.7, "c": 1e-9}, {"b": 0.3, "c": 2.5, "d": 1.0}
    assert align.dot(x, y) == sum(v * y.get(k, 0.0) for k, v in x.items())
    assert align.cosine(x, y) == align.cosine(y, x)
    assert isinstance(con, sqlite3.Connection)
