"""Self-training material: unlabelled uk text, NER-UK kept out, confident sentences only."""

from __future__ import annotations

import zlib

import pytest

from sitrep_tools.ner import selftrain as S
from sitrep.eval.ner_corpora import HOLDOUT_MOD


def test_shingles_find_the_same_sentence_in_other_punctuation():
    a = S.shingles("Президент України Володимир Зеленський заявив, що війна триває.")
    b = S.shingles("«Президент України Володимир Зеленський заявив що війна триває»")
    assert a == b
    assert S.shingles("Інше речення про зовсім інші речі сьогодні вранці").isdisjoint(a)


def test_unlabelled_text_leaves_out_the_linking_held_out_part(shared_data):
    ids = [doc_id for doc_id, _ in S.unlabelled(shared_data)]
    slavic = [i for i in ids if "#" not in i]
    assert slavic and all("/uk/" in i for i in slavic)
    assert not any(zlib.crc32(i.encode()) % HOLDOUT_MOD == 0 for i in slavic)
    assert any(i.startswith("uk_iu-ud-") for i in ids)


def test_sentences_from_ner_uk_are_excluded(shared_data):
    from sitrep.eval import ner_corpora as corpora

    gold = next(iter(corpora.read(shared_data / "ner" / "ner-uk" / "train.iob")))
    exclude = S.shingles(gold.text)
    sents = S.sentences(shared_data, "uk", exclude)
    assert sents
    assert all(S.shingles(" ".join(s.words)).isdisjoint(exclude) for s in sents[:2000])


def _toy_model(tmp_path):
    import pycrfsuite

    from sitrep_tools.ner import train as T

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(T.PARAMS)
    text = "Ми були в Києві . Ми були в Одесі . Ми були вдома ."
    for words, labels in [(["Ми", "були", "в", "Києві", "."], ["O", "O", "O", "B-LOC", "O"]),
                          (["Ми", "були", "в", "Одесі", "."], ["O", "O", "O", "B-LOC", "O"]),
                          (["Ми", "були", "вдома", "."], ["O", "O", "O", "O"])] * 5:
        spans, pos = [], 0
        for w in words:
            spans.append((pos, pos + len(w)))
            pos += len(w) + 1
        trainer.append(S.features("uk", S.Sentence(words, spans, " ".join(words))), labels)
    path = str(tmp_path / "toy.crfsuite")
    trainer.train(path)
    return path


def _sentence(text):
    spans, pos = [], 0
    for w in text.split():
        spans.append((pos, pos + len(w)))
        pos += len(w) + 1
    return S.Sentence(text.split(), spans, text)


def test_select_keeps_confident_sentences_with_an_entity(tmp_path):
    model = _toy_model(tmp_path)
    kept = S.select(model, "uk", [_sentence("Ми були в Києві ."), _sentence("Ми були вдома .")], min_prob=0.5)
    assert [s.text for _, s, _ in kept] == ["Ми були в Києві ."]
    assert kept[0][2] == ["O", "O", "O", "B-LOC", "O"]
    assert S.select(model, "uk", [_sentence("Ми були в Києві .")], min_prob=1.01) == []


def test_only_ukrainian_text_is_gathered(shared_data):
    with pytest.raises(ValueError):
        next(S.unlabelled(shared_data, "ru"))
