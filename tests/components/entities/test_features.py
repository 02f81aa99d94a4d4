"""The CRF token features: word shape and affixes, morphology (ru, uk), name lists (en, fr)."""

from __future__ import annotations

from sitrep.components.entities import model_info
from sitrep.components.entities.features import sentence_features
from sitrep.components.entities.morph import morph_features
from sitrep.components.entities.namelists import name_features


def test_inflected_forms_share_a_stem_feature():
    a = sentence_features(["Зеленського"])[0]
    b = sentence_features(["Зеленському"])[0]
    assert "st=зеленсько" in a
    assert "st=зеленсько" in b


def test_russian_morphology_marks_names_and_places():
    assert "m=Surn" in morph_features("ru", "Путина")
    assert "l=путин" in morph_features("ru", "Путина")
    assert "m=Geox" in morph_features("ru", "Москве")
    assert morph_features("ru", "москве") == ()  # only capitalised words are analysed


def test_ukrainian_morphology_gives_lemma():
    assert "l=харків" in morph_features("uk", "Харкова")
    assert "l=зеленський" in morph_features("uk", "Зеленського")


def test_morph_features_reach_neighbours():
    feats = sentence_features(["Владимир", "Путин", "заявил"], morph="ru")
    assert any(f.startswith("-1m=") for f in feats[1])
    assert "l=путин" in feats[1]


def test_name_lists():
    assert set(name_features("John")) >= {"nf"}
    assert "nl" in name_features("Johnson")
    assert "pl" in name_features("Marseille")
    assert name_features("house") == ()
    feats = sentence_features(["Jennifer", "Lopez", "sang"], names=True)
    assert "nf" in feats[0]
    assert "nf" not in sentence_features(["Jennifer", "Lopez", "sang"])[0]


def test_manifest_says_which_features_each_model_uses():
    assert model_info("ru")["morph"] == "ru"
    assert model_info("uk")["morph"] == "uk"
    assert model_info("en")["names"] is True
    assert not model_info("en").get("morph")


def test_manifest_says_which_word_tables_each_model_uses():
    assert model_info("ru")["lexicon"] == {"clusters": "navec-ru", "wordfreq": "ru"}
    assert model_info("en")["lexicon"]["clusters"] == "w2v-en"
    assert not model_info("uk").get("lexicon")


def test_analyzer_reads_the_dictionary_pymorphy3_finds_by_its_entry_points():
    import pymorphy3
    from pymorphy3.analyzer import lang_dict_path

    from sitrep.components.entities.morph import analyzer

    words = {"ru": ["Путина", "Москве", "Зеленского", "Думаю", "НАТО", "Шойгу"],
             "uk": ["Харкова", "Зеленського", "Києві", "Байденом", "ЗСУ"]}
    for lang, ws in words.items():
        ours, theirs = analyzer(lang), pymorphy3.MorphAnalyzer(lang=lang)
        assert ours.dictionary.path == lang_dict_path(lang) and ours.lang == theirs.lang == lang
        for w in ws:
            assert [(p.normal_form, str(p.tag), p.score) for p in ours.parse(w)] == \
                [(p.normal_form, str(p.tag), p.score) for p in theirs.parse(w)]
