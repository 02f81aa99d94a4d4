"""Word-type scoring from shared parts (:mod:`sitrep.components.entities.blocks`) and the
batch-wide gazetteer tag assignment: the same features and tags as the reference code."""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
import pytest

from sitrep.components import entities as ent
from sitrep.components.entities import blocks
from sitrep.components.entities.gazetteer import _assign, _assign_all

WORDS = {
    "en": ["a", "I", "US", "USA", "x", "Boris", "Johnson", "johnson", "JOHNSON", "running", "Kharkiv's",
           "McDonald's", "2022", "3.5", "COVID-19", "e-mail", "Ukraine", "the", "The", "Paris", "paris",
           "Washington", "Hillary", "Izium", "zzqxv", "Émile", "naïve", "!", "\"", "—", "ab", "abcd",
           "abcde", "abcdef", "Mr", "Mr.", "Ok", "OK", "Zelensky", "Pentagon", "Kirby", "ΑΒΓ", "日本"],
    "fr": ["Le", "président", "Macron", "l'armée", "OTAN", "Défense", "près", "Bakhmout", "à", "Oui",
           "été", "ÉTÉ", "Union", "européenne", "1er", "s'est", "aujourd'hui"],
    "ru": ["Министр", "России", "Сергей", "Лавров", "Анкару", "переговоров", "ёлка", "Ёлка", "США",
           "РК", "Кодекса", "Зеленского", "Харькову", "77", "и", "Иванов", "Петрович", "Москва", "ЦСКА",
           "Київ", "Abc", "Mixedрусский"],
    "uk": ["Президент", "України", "Володимир", "Зеленський", "Києві", "Байденом", "Ізюм", "ЗСУ",
           "Міністерство", "оборони", "з'явився", "Ґанок", "єдиний", "2023"],
}


def _reference(f, word: str) -> list[Counter]:
    return [Counter(b) for b in f._compute(word)]


def _parts(f, word: str) -> list[Counter]:
    low = word.lower()
    out = [Counter() for _ in range(5)]
    for group in blocks.DIRECT:
        for c, b in zip(out, group(low)):
            c.update(b)
    for key in blocks.part_keys(f, word):
        for c, b in zip(out, blocks.part_features(key)):
            c.update(b)
    return out


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_parts_hold_exactly_the_features_of_the_reference(lang):
    table = ent._decoder(lang)[0]
    f = table.featurizer
    for word in WORDS[lang]:
        assert _parts(f, word) == _reference(f, word), word


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_block_sums_match_the_model_weights_of_the_reference_features(lang):
    table = ent._decoder(lang)[0]
    model, f = table.model, table.featurizer
    words = WORDS[lang] * 2  # a word twice in one call: the same rows
    got = blocks.BlockScorer(model, f).blocks(words)
    want = np.stack([np.stack([model.vector(b) for b in f._compute(w)]) for w in words])
    assert got.shape == want.shape
    assert np.allclose(got, want, rtol=1e-12, atol=1e-12)
    # a part table too small for one chunk's parts starts afresh for every chunk: same sums
    small = blocks.BlockScorer(model, f, capacity=64)
    assert small.capacity == 64
    old = blocks.CHUNK
    blocks.CHUNK = 3
    try:
        again = small.blocks(words)
    finally:
        blocks.CHUNK = old
    assert np.array_equal(again, got)
    assert len(small.index) < 64


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_direct_groups_are_summed_like_one_list_per_group(lang):
    """The word, prefix and suffix features of a chunk, made family by family, give bit for bit
    the sums of each word's lists (the same additions in the same order)."""
    table = ent._decoder(lang)[0]
    scorer = blocks.BlockScorer(table.model, table.featurizer)
    lows = [w.lower() for w in WORDS[lang]] + ["", "a", "ab", "abcde", "abcdef"]
    want = scorer._sums([blocks.word_features(x) for x in lows])
    want += scorer._sums([blocks.prefix_features(x) for x in lows])
    want += scorer._sums([blocks.suffix_features(x) for x in lows])
    assert np.array_equal(scorer._direct(lows), want)
    assert np.count_nonzero(want) > 0


def test_key_columns_list_one_key_or_none_per_word_and_family():
    table = ent._decoder("en")[0]
    words = ["Boris", "the", "2022", "Johnson"]
    cols = blocks.key_columns(table.featurizer, words)
    assert all(len(c) == len(words) for c in cols)
    assert [k[0] for k in cols[0]] == ["h"] * 4  # every word has a shape
    assert cols[0][0] == ("h", "Xx", True, False)
    kinds = {k[0] for c in cols[1:] for k in c if k is not None}
    assert kinds <= {"n", "k", "b", "z", "d"} and {"k", "z"} <= kinds
    # "2022" has no frequency band (no letter): no key of that family
    z = next(c for c in cols if any(k and k[0] == "z" for k in c))
    assert z[2] is None and z[1] == ("z", (z[1][1][0], False))


def _random_case(rng: random.Random):
    """Sorted tokens of a few sentences and, per sentence, spans in matcher order (an outer
    span may be followed by spans nested inside it)."""
    tokens, sentences, pos = [], [], 0
    for _ in range(rng.randint(1, 5)):
        first = len(tokens)
        for _ in range(rng.randint(1, 12)):
            pos += rng.randint(0, 2)
            n = rng.randint(1, 6)
            tokens.append((pos, pos + n))
            pos += n
        sentences.append((first, len(tokens)))
        pos += rng.randint(1, 3)
    spans_per = []
    for a, b in sentences:
        spans, i = [], a
        while i < b:
            if rng.random() < 0.4:
                j = min(b, i + rng.randint(1, 4))
                s0 = tokens[i][0] + rng.choice([0, 0, 1])
                e0 = tokens[j - 1][1] - rng.choice([0, 0, 1])
                if s0 < e0:
                    spans.append((s0, e0, rng.choice(["PER", "LOC", "DESC"])))
                    if j - i > 1 and rng.random() < 0.5:  # nested
                        k = rng.randint(i, j - 1)
                        spans.append((tokens[k][0], tokens[k][1], "LOC"))
                i = j
            else:
                i += 1
        spans_per.append(spans)
    return tokens, sentences, spans_per


def test_batch_assignment_equals_sentence_by_sentence():
    rng = random.Random(14)
    for _ in range(2000):
        tokens, sentences, spans_per = _random_case(rng)
        want = [t for (a, b), spans in zip(sentences, spans_per) for t in _assign(tokens[a:b], spans)]
        starts = [s for a, b in sentences for s, _ in tokens[a:b]]
        ends = [e for a, b in sentences for _, e in tokens[a:b]]
        assert _assign_all(starts, ends, [s for spans in spans_per for s in spans]) == want


def test_sentence_groups_by_bisection_equal_the_token_walk(monkeypatch):
    """``_tag_segmented`` finds each sentence's tokens by bisection when the tokens are in text
    order, and by walking them otherwise: the same groups (gaps, empty and overlapping sentences)."""
    seen = []
    monkeypatch.setattr(ent, "tag_groups", lambda text, tokens, groups, lang, *starts: seen.append(groups) or [])
    rng = random.Random(7)
    for _ in range(300):
        tokens, pos = [], 0
        for _ in range(rng.randint(0, 30)):
            pos += rng.randint(1, 3)
            tokens.append((pos, pos + 1))
        sentences = sorted((rng.randint(0, pos + 2), rng.randint(0, pos + 2)) for _ in range(rng.randint(0, 6)))
        ent._tag_segmented("", sentences, tokens, "en")
        fast = seen.pop()
        # two more tokens with one start (not strictly in order: the walk), after every sentence
        ent._tag_segmented("", sentences, tokens + [(pos + 9, pos + 9), (pos + 9, pos + 10)], "en")
        assert seen.pop() == fast


def test_a_chunk_without_any_known_feature_scores_zeros():
    """A word none of whose features the model knows (found by the fuzz test: "½" alone) sums
    to float zeros in the direct groups, and the whole text is tagged without an error."""
    table = ent._decoder("en")[0]
    scorer = blocks.BlockScorer(table.model, table.featurizer)
    got = scorer._direct(["½"])
    assert got.dtype == np.float64 and not got.any()
    assert scorer.blocks(["½"]).dtype == np.float64
    assert ent.tag_text("½\n\n", None) == []


def _key_columns_table_by_table(f, words):
    """``key_columns`` the long way: each table searched by its own function (before the merged
    lower-case table)."""
    upper = [w[:1].isupper() for w in words]
    cols = [[("h", blocks._shape(w), u, u and len(w) > 1 and w.isupper()) for w, u in zip(words, upper)]]
    if f.names:
        cols.append([("n", x) if x else None for x in map(f._name_features.__wrapped__, words)])
    mfs = None
    if f.morph:
        mfs = [f._morph_features.__wrapped__(f.morph, w) for w in words]
        cols.append([("m", x) if x else None for x in mfs])
    lex, L = f.lexicon, f._lex
    if not lex:
        return cols
    lemmas = None
    if mfs is not None and (lex.get("cluster_lemma") or lex.get("names_dataset")):
        lemmas = [next((x[2:] for x in m if x.startswith("l=")), None) if m else None for m in mfs]
    lows = [w.lower() for w in words]
    if lex.get("clusters"):
        table, ruify, ctx = lex["clusters"], bool(lex.get("ruify")), bool(lex.get("cluster_context"))
        ck = L.cluster_keys(table, words, lows, ruify)
        if lex.get("cluster_lemma") and lemmas is not None:
            ck = [L.cluster_key(table, lm, ruify) if k == "none" and lm else k for k, lm in zip(ck, lemmas)]
        cols.append([None if k is None else ("k", k, ctx) for k in ck])
    if lex.get("brown"):
        lang, mark = lex["brown"], bool(lex.get("brown_mark"))
        ctx, bpre = bool(lex.get("brown_context")), tuple(lex.get("brown_prefixes") or L.BROWN_PREFIXES)
        cols.append([None if k is None else ("b", k, ctx, bpre) for k in L.brown_keys(lang, words, mark)])
    if lex.get("wordfreq"):
        cols.append([None if k is None else ("z", k) for k in L.freq_keys(lex["wordfreq"], words, lows)])
    if lex.get("names_dataset"):
        nd = L.name_features.__wrapped__
        found = [nd(w, None) for w in words] if lemmas is None else [nd(w, lm) for w, lm in zip(words, lemmas)]
        cols.append([("d", x) if x else None for x in found])
    return cols


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_key_columns_from_the_merged_table_equal_table_by_table(lang):
    """The shared parts' keys read from the merged lower-case table (one search a word) are those
    of each table's own look-up, for the words of every language under every shipped recipe, and
    under a recipe that reads the names-dataset bands of morphological lemmas (no word-table
    search for words that are not capitalised there)."""
    from sitrep.components.entities.features import _Featurizer

    words = [w for ws in WORDS.values() for w in ws] + ["John", "Smith", "Mary", "Jordan", "Иванов", "Сергей",
                                                         "Иванова", "Петрову", "Москвы"]
    f = ent._decoder(lang)[0].featurizer
    assert blocks.key_columns(f, words) == _key_columns_table_by_table(f, words)
    other = _Featurizer("ru", False, (("names_dataset", True),))
    cols = blocks.key_columns(other, words)
    assert cols == _key_columns_table_by_table(other, words)
    assert any(k is not None for k in cols[-1])
