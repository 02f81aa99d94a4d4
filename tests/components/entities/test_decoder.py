"""entities.v1's vectorised tagger (:mod:`sitrep.components.entities.decoder`) against CRFsuite's own.

The reference is ``tag_tokens``: ``pycrfsuite.Tagger`` fed the feature strings of
:func:`features.sentence_features`, one sentence at a time.  Everything the fast
path does differently (reading the model file, per-word-type score rows, batches
of sentences, gazetteer matching over a whole batch, CRFsuite's decoding called
through ctypes) must give the same entities and the same confidences.
"""

from __future__ import annotations

import struct
import threading
from importlib import resources

import pytest

from sitrep.components import entities as ent
from sitrep.components.entities import decoder as dec
from sitrep.components.entities.gazetteer import group_tags, token_tags
from sitrep.components.segment import segment_lines

TEXTS = {
    "en": (
        "Boris Johnson met Emmanuel Macron in Paris on Monday. They discussed Ukraine.\n"
        "The European Union and NATO said Vladimir Putin's forces shelled Kharkiv and Izium overnight.\n"
        "Yes. No! \"Trust me,\" said the spokesman of the Pentagon, John Kirby.\n"
        "Hillary Clinton, Joe Biden and Donald Trump spoke to CNN, the BBC and The New York Times.\n"
        "x\n"
    ),
    "fr": (
        "Le président Emmanuel Macron s'est rendu à Berlin pour rencontrer Olaf Scholz.\n"
        "Selon le ministère russe de la Défense, l'armée ukrainienne a reculé près de Bakhmout. "
        "L'OTAN et l'Union européenne ont réagi.\n"
        "Oui.\n"
    ),
    "ru": (
        "Министр иностранных дел России Сергей Лавров прибыл в Анкару для переговоров.\n"
        "Министерство обороны России сообщило об ударах по Харькову. Владимир Зеленский ответил.\n"
        "Согласно 77 статье Кодекса РК \"О здоровье народа и системе здравоохранения\", любая процедура "
        "проводится только с согласия.\n"
    ),
    "uk": (
        "Президент України Володимир Зеленський провів зустріч у Києві з Джо Байденом.\n"
        "Збройні сили України звільнили Ізюм, повідомило Міністерство оборони України.\n"
    ),
}


def _segment(text: str, lang: str):
    out = segment_lines(text, lang)
    toks = [(s, e) for s, e, _ in out.tokens]
    groups, ti = [], 0
    for s0, s1, *_ in out.sentences:
        while ti < len(toks) and toks[ti][0] < s0:
            ti += 1
        j = ti
        while j < len(toks) and toks[j][0] < s1:
            j += 1
        if j > ti:
            groups.append((ti, j))
        ti = j
    return toks, groups


def _reference(text, toks, groups, lang):
    return [e for a, b in groups for e in ent.tag_tokens(text, toks[a:b], lang)]


def test_crfsuite_decoding_functions_are_reachable():
    # otherwise entities.v1 falls back to pycrfsuite.Tagger and the comparisons below compare it with itself
    assert dec.Decoder.available()


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "uk"])
def test_model_file_reader_matches_crfsuite_dump(lang):
    path = resources.files("sitrep") / "models" / f"ner-{lang}.crfsuite"
    model = dec.CRFModel(str(path))
    info = ent.tagger(lang).info()
    assert model.labels == ent.tagger(lang).labels()
    names = list(info.attributes)
    assert model.ids(names).tolist() == [int(info.attributes[a]) for a in names]
    lab = {x: i for i, x in enumerate(model.labels)}
    # the dump prints weights with 6 decimals; the file holds the float64 CRFsuite adds up
    sample = list(info.state_features.items())[::97]
    dense = model.dense(model.ids([attr for (attr, _), _ in sample]))
    for k, ((attr, label), w) in enumerate(sample):
        assert dense[k, lab[label]] == pytest.approx(w, abs=5e-7)
    for (a, b), w in info.transitions.items():
        assert model.transitions[lab[a], lab[b]] == pytest.approx(w, abs=5e-7)
    assert len(info.state_features) == int((model._weights != 0).sum())
    assert model.row("w=no-such-word-anywhere") == model.n_attributes
    assert not model.vector(["w=no-such-word-anywhere", "another one"]).any()
    one = names[len(names) // 2]
    assert model.vector([one, one]).tolist() == (2 * model.dense([model.row(one)])[0]).tolist()


def _cqdb_strings_one_by_one(data: bytes, offset: int, count: int) -> list[str]:
    """CQDB's records read one at a time (the plain form of ``decoder._cqdb_strings``)."""
    _magic, _size, _flag, _order, _bwd_size, bwd_offset = struct.unpack_from("<4sIIIII", data, offset)
    out = []
    for i, ref in enumerate(struct.unpack_from(f"<{count}I", data, offset + bwd_offset)):
        rid, ksize = struct.unpack_from("<II", data, offset + ref)
        assert rid == i
        out.append(data[offset + ref + 8:offset + ref + 8 + ksize - 1].decode("utf-8"))
    return out


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "uk"])
def test_cqdb_strings_gathered_at_once_equal_record_by_record(lang):
    data = (resources.files("sitrep") / "models" / f"ner-{lang}.crfsuite").read_bytes()
    n_labels, n_attrs, _off_feat, off_labels, off_attrs = struct.unpack_from("<4sI4sIIIIIIIII", data, 0)[5:10]
    for offset, count in ((off_labels, n_labels), (off_attrs, n_attrs)):
        assert dec._cqdb_strings(data, offset, count) == _cqdb_strings_one_by_one(data, offset, count)
    # a key without its terminating NUL is refused
    refs = struct.unpack_from(f"<{n_labels}I", data, off_labels + struct.unpack_from("<4sIIIII", data, off_labels)[5])
    last = off_labels + refs[-1]
    end = last + 8 + struct.unpack_from("<I", data, last + 4)[0] - 1
    with pytest.raises(dec.ModelFormatError):
        dec._cqdb_strings(data[:end] + b"x" + data[end + 1:], off_labels, n_labels)


def test_model_file_reader_refuses_other_files(tmp_path):
    bad = tmp_path / "x.crfsuite"
    bad.write_bytes(b"not a model" + bytes(64))
    with pytest.raises(dec.ModelFormatError, match="not a CRFsuite"):
        dec.CRFModel(bad)


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "uk"])
def test_same_entities_and_confidences_as_crfsuite(lang):
    text = TEXTS[lang]
    toks, groups = _segment(text, lang)
    fast = ent.tag_groups(text, toks, groups, lang)
    assert fast == _reference(text, toks, groups, lang)
    assert len(fast) >= 4
    assert ent.tag_text(text, lang) == fast


def test_same_result_on_every_bundled_example(examples):
    for lang in ("en", "fr", "ru", "uk"):
        text = (examples / f"kharkiv_{lang}.txt").read_text(encoding="utf-8")
        toks, groups = _segment(text, lang)
        assert ent.tag_groups(text, toks, groups, lang) == _reference(text, toks, groups, lang)


def test_sentences_cut_inside_words_and_names():
    # hand-made sentence boundaries that cut a word ("Mac|ron") and split a known name across
    # two sentences: the batch-wide gazetteer pass must notice and match each sentence alone
    text = "Emmanuel Macron met Joe Biden in Paris. Vladimir Putin stayed in Moscow."
    toks = [(0, 8), (9, 12), (12, 15), (16, 19), (20, 23), (24, 29), (30, 32), (33, 38), (38, 39),
            (40, 48), (49, 54), (55, 61), (62, 64), (65, 71), (71, 72)]
    for cuts in ([2], [5], [9], [2, 5, 9], [1, 2, 3, 4]):
        groups = list(zip([0] + cuts, cuts + [len(toks)]))
        tags = group_tags(text, toks, groups)
        assert tags == [t for a, b in groups for t in token_tags(text, toks[a:b])]
        assert ent.tag_groups(text, toks, groups, "en") == _reference(text, toks, groups, "en")
    whole = group_tags(text, toks, [(0, 9), (9, 15)])
    assert whole[0] == "B-PER" and whole[9] == "B-PER"


def test_one_and_two_token_sentences():
    text = "Paris. Kyiv Kharkiv. Berlin"
    toks = [(0, 5), (5, 6), (7, 11), (12, 19), (19, 20), (21, 27)]
    for groups in ([(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6)], [(0, 2), (2, 5), (5, 6)]):
        assert ent.tag_groups(text, toks, groups, "en") == _reference(text, toks, groups, "en")


def test_word_type_table_stays_bounded(monkeypatch):
    text = TEXTS["en"] * 3
    toks, groups = _segment(text, "en")
    expected = _reference(text, toks, groups, "en")
    table = ent._decoder("en")[0]
    table.index.clear()  # a cache: emptying it changes nothing but the work done
    # a table that must start afresh several times within one article, and batches of one sentence
    monkeypatch.setattr(table, "capacity", 40)
    monkeypatch.setattr(ent, "BATCH_TOKENS", 30)
    assert ent.tag_groups(text, toks, groups, "en") == expected
    assert len(table.index) <= 40
    # a sentence with more word types than the table holds is tagged by CRFsuite's tagger
    monkeypatch.setattr(table, "capacity", 5)
    assert ent.tag_groups(text, toks, groups, "en") == expected


def test_fallback_without_crfsuite_functions(monkeypatch):
    text = TEXTS["fr"]
    toks, groups = _segment(text, "fr")
    expected = ent.tag_groups(text, toks, groups, "fr")
    monkeypatch.setattr(dec, "_LIB", False)
    assert not dec.Decoder.available()
    assert ent.tag_groups(text, toks, groups, "fr") == expected


def test_threads_share_models_not_decoding_state():
    jobs = [(TEXTS[lang] * k, lang) for lang in ("en", "ru") for k in (1, 2, 3)]
    expected = [ent.tag_text(t, lang) for t, lang in jobs]
    results: dict[int, list] = {}

    def work(i):
        for _ in range(3):
            results[i] = [ent.tag_text(t, lang) for t, lang in jobs]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results.values()) and len(results) == 3


def test_sentences_longer_than_the_decoding_buffers():
    # 600-token sentences make CRFsuite's context grow its arrays between two sentences
    names = ", ".join(["Joe Biden", "Paris", "the Kremlin", "Angela Merkel", "Kyiv", "NATO"] * 50)
    text = f"Short one. They met {names} and went home. Another short one.\n{names}."
    toks, groups = _segment(text, "en")
    assert max(b - a for a, b in groups) > 500
    assert ent.tag_groups(text, toks, groups, "en") == _reference(text, toks, groups, "en")


def test_entity_spans_from_entity_tokens_equal_sentence_by_sentence_decoding():
    # every label sequence a CRF can output, stray I-/E- included, cut into sentences
    import random

    import numpy as np

    names = ["O", "B-PER", "I-PER", "E-PER", "S-PER", "B-LOC", "I-LOC", "E-LOC", "S-LOC"]
    rnd = random.Random(7)
    for _ in range(500):
        lens = [rnd.randint(1, 8) for _ in range(rnd.randint(1, 6))]
        offsets = np.concatenate(([0], np.cumsum(lens)))
        n = int(offsets[-1])
        labels = [rnd.choice([0, 0, 0] + list(range(1, len(names)))) for _ in range(n)]
        probs = {i: rnd.random() for i in range(n) if labels[i]}
        btoks = [(3 * i, 3 * i + 2) for i in range(n)]
        want = []
        for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist()):
            for i0, i1, typ in ent.decode([names[x] for x in labels[a:b]]):
                conf = sum(probs[a + i] for i in range(i0, i1)) / (i1 - i0)
                want.append((btoks[a + i0][0], btoks[a + i1 - 1][1], typ, round(conf, 3)))
        assert ent._entity_spans(labels, probs, offsets, names, btoks) == want


def test_decoding_leaves_the_context_its_own_arrays():
    # the sentences' state scores are read in place: the context's pointer is put back after
    import ctypes

    text = TEXTS["en"]
    toks, groups = _segment(text, "en")
    decoder = ent._decoder("en")[1]
    ctx = decoder._context()
    own = ctypes.cast(ctx.contents.state, ctypes.c_void_p).value
    assert ent.tag_groups(text, toks, groups, "en") == _reference(text, toks, groups, "en")
    assert ctypes.cast(ctx.contents.state, ctypes.c_void_p).value == own


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "uk"])
def test_token_columns_given_by_the_caller_change_nothing(lang):
    """``tag_groups`` given the tokens' starts, and ``group_tags`` given the batch's token starts and
    ends (what ``_tag_segmented`` passes on), tag as when they make those lists themselves."""
    text = TEXTS[lang]
    toks, groups = _segment(text, lang)
    assert ent.tag_groups(text, toks, groups, lang, [s for s, _ in toks]) == ent.tag_groups(text, toks, groups, lang)
    columns = ([s for a, b in groups for s, _ in toks[a:b]], [e for a, b in groups for _, e in toks[a:b]])
    assert group_tags(text, toks, groups, columns) == group_tags(text, toks, groups)


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "uk"])
def test_marginals_read_in_place_equal_crfsuites_marginal_point(lang):
    """``Decoder.decode`` reads each entity token's marginal from the context's forward, backward and
    scale arrays: the same floats as ``crf1dc_marginal_point`` after the sentence's state scores are
    copied into the context (what CRFsuite's tagger does), for every entity token; also after one
    sentence longer than the context's first arrays (256 tokens) has moved them."""
    import ctypes

    import numpy as np

    text = TEXTS[lang] * 16
    toks, sentences = _segment(text, lang)
    table, decoder, bos, eos = ent._decoder(lang)
    lib, ctx = decoder.lib, decoder._context()
    for groups in (sentences, [(0, len(toks))], sentences):
        offsets = np.array([a for a, _ in groups] + [groups[-1][1]], dtype=np.int64)
        E = table.scores(table.rows([text[s:e] for s, e in toks]), offsets, bos, eos)
        found, probs = decoder.decode(E, offsets)
        assert len(probs) >= 4
        checked = 0
        for s in range(len(groups)):
            a, b = int(offsets[s]), int(offsets[s + 1])
            mine = [i for i in probs if a <= i < b]
            if not mine:
                continue
            lib.crf1dc_set_num_items(ctx, b - a)
            rows = np.ascontiguousarray(E[a:b])
            ctypes.memmove(ctx.contents.state, rows.ctypes.data, rows.nbytes)
            lib.crf1dc_exp_state(ctx)
            lib.crf1dc_alpha_score(ctx)
            lib.crf1dc_beta_score(ctx)
            for i in mine:
                assert probs[i] == lib.crf1dc_marginal_point(ctx, found[i], i - a)
                checked += 1
        assert checked == len(probs)
    assert ctx.contents.cap_items >= len(toks) > 256


def test_tokens_as_layer_rows_tag_like_pairs():
    """``_tag_segmented`` / ``tag_groups`` take the tokens layer's ``(start, end, kind)`` rows as they
    are (what ``entities.v1`` passes when the layer is still rows): the same entities as from
    ``(start, end)`` pairs, also on the paths that tag a sentence alone (a sentence cut inside a
    name: ``token_tags``; the reference tagger: ``tag_tokens``)."""
    from sitrep.article import Article
    from sitrep.pipeline import Pipeline

    for lang, text in TEXTS.items():
        toks, groups = _segment(text, lang)
        rows = [(s, e, "w") for s, e in toks]
        assert ent.tag_groups(text, rows, groups, lang) == ent.tag_groups(text, toks, groups, lang)
        assert ent.tag_tokens(text, rows[groups[0][0]:groups[0][1]], lang) == ent.tag_tokens(text, toks[groups[0][0]:groups[0][1]], lang)
        art = Article(id=lang, text=text, language=lang)
        Pipeline.from_names(["paragraphs.v1", "language.v1", "sentences.v1"])(art)
        assert art.layers["tokens"].packed() is not None  # the rows are read as they are
        sents = art.spans("sentences")
        assert ent.EntityRecognizer().predict(art).spans == ent._tag_segmented(text, sents, art.spans("tokens"), lang)
    text = "Emmanuel Macron met Joe Biden in Paris. Vladimir Putin stayed in Moscow."
    toks = [(0, 8), (9, 12), (12, 15), (16, 19), (20, 23), (24, 29), (30, 32), (33, 38), (38, 39),
            (40, 48), (49, 54), (55, 61), (62, 64), (65, 71), (71, 72)]
    rows = [[s, e, "w"] for s, e in toks]  # (rows read back from JSON are lists)
    for groups in ([(0, 2), (2, 15)], [(0, 9), (9, 15)]):
        assert group_tags(text, rows, groups) == group_tags(text, toks, groups)
        assert ent.tag_groups(text, rows, groups, "en") == ent.tag_groups(text, toks, groups, "en")
