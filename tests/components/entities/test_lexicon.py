"""Word tables learnt from unlabelled text: the shipped files load and give real words features."""

from __future__ import annotations

import gzip

import pytest

from sitrep.components.entities import lexicon
from sitrep.components.entities.features import sentence_features


def test_navec_clusters_cover_russian_names_and_words():
    table = lexicon.clusters("navec-ru")
    assert len(table) > 200_000
    for word in ("путин", "москва", "газпром", "сказал"):
        c50, c200, c1k = table[word]
        assert 0 <= int(c1k) < 1000 and 1 <= int(c200) <= 200 and 1 <= int(c50) <= 50
    feats = lexicon.cluster_features("navec-ru", "Путин")
    assert [f.split("=")[0] for f in feats] == ["k50", "k200", "k1k"]


def test_clusters_group_similar_words():
    table = lexicon.clusters("navec-ru")
    # surnames of Ukrainian politicians share a fine cluster more often than not with each other
    same = sum(table[a][2] == table[b][2] for a, b in [("порошенко", "яценюк"), ("аваков", "турчинов")])
    assert same >= 1
    assert table["газ"][1] != table["порошенко"][1]


def test_ukrainian_word_found_through_russian_spelling():
    assert lexicon.ru_forms("україни") == ["украини", "украины"]
    assert "зеленский" in lexicon.ru_forms("зеленський")
    feats = lexicon.cluster_features("navec-ru", "України", ruify=True)
    assert feats and all(f.startswith("~k") for f in feats)
    assert lexicon.cluster_features("navec-ru", "України") == ("k=none",)


def test_w2v_clusters_load_and_group_words():
    table = lexicon.clusters("w2v-en")
    assert len(table) > 15_000
    assert lexicon.cluster_features("w2v-en", "President")[0].startswith("k50=")
    # reporting verbs end up together
    assert table["said"][1] == table["announced"][1]


def test_wordfreq_bands():
    assert lexicon.freq_features("en", "the") == ("zf=8",)
    assert lexicon.freq_features("en", "Parliament")[1] == "Tzf=" + lexicon.zipf("en")["parliament"][0]
    assert lexicon.freq_features("en", "Xqzwvk") == ("zf=0", "Tzf=0")
    assert lexicon.freq_features("ru", "2024") == ()
    assert int(lexicon.zipf("ru")["украина"][0]) >= 4


def test_names_dataset_bands():
    assert "ndf=1" in lexicon.name_features("John")
    assert "ndl=1" in lexicon.name_features("Smith")
    assert any(f.startswith("ndf=") for f in lexicon.name_features("Олег"))
    assert lexicon.name_features("john") == ()
    # an inflected form is found through its lemma
    assert lexicon.name_features("Олегом", "олег") == lexicon.name_features("Олег")


def test_sentence_features_take_the_lexicon_spec():
    words = ["Олег", "Сенцов", "приехал", "в", "Москву"]
    spec = {"clusters": "navec-ru", "wordfreq": "ru", "names_dataset": True}
    feats = sentence_features(words, None, "ru", False, spec)
    assert any(f.startswith("k1k=") for f in feats[4])
    assert "zf=8" in feats[3]
    assert any(f.startswith("ndf=") for f in feats[0])
    plain = sentence_features(words, None, "ru", False, None)
    assert not any(f.startswith(("k1k=", "zf=", "ndf=")) for f in plain[0])


def test_malformed_table_names_the_file(tmp_path):
    bad = tmp_path / "clusters-x.tsv.gz"
    with gzip.open(bad, "wt", encoding="utf-8") as fh:
        fh.write("слово\t1\t2\t3\nnovalue\n")
    with pytest.raises(lexicon.LexiconMissing, match=r"clusters-x.tsv.gz:2"):
        lexicon.read_table(bad)
    with pytest.raises(lexicon.LexiconMissing, match="missing"):
        lexicon.read_table(tmp_path / "absent.tsv.gz")
    (tmp_path / "plain.tsv.gz").write_text("not gzip")
    with pytest.raises(lexicon.LexiconMissing, match="plain.tsv.gz"):
        lexicon.read_table(tmp_path / "plain.tsv.gz")


def test_tagger_reads_the_word_tables_its_model_was_trained_with():
    from sitrep.components.entities import lexicon_spec, tag_text

    spec = lexicon_spec("ru")
    assert spec and spec["clusters"] == "navec-ru"
    feats = sentence_features(["Газпром"], None, "ru", False, spec)[0]
    assert any(f.startswith("k1k=") for f in feats) and any(f.startswith("zf=") for f in feats)
    text = "Министр обороны Сергей Шойгу прилетел в Севастополь."
    found = {(text[s:e], t) for s, e, t, _ in tag_text(text, "ru")}
    assert ("Сергей Шойгу", "PER") in found and ("Севастополь", "LOC") in found


def test_brown_table_loads_with_case_and_paths():
    table = lexicon.brown("en")
    assert len(table) > 150_000
    # newswire-cased: the capitalised and lower-case forms are separate entries
    assert table["Paris"] != table["paris"]
    assert all(set(table[w][0]) <= {"0", "1"} for w in ("Paris", "said", "the", "Smith"))
    # words spaCy left unclustered (id 0) are not in the table
    assert "Obama" not in table


def test_brown_paths_group_cities_and_surnames():
    table = lexicon.brown("en")
    city = {table[w][0][:6] for w in ("Paris", "London", "Berlin", "Chicago", "Moscow")}
    surname = {table[w][0][:6] for w in ("Smith", "Johnson", "Clinton", "Merkel")}
    assert len(city) == 1 and len(surname) == 1 and city != surname
    # weekdays share their whole path; a verb of saying sits elsewhere
    assert table["Monday"] == table["Tuesday"]
    assert table["said"][0][:4] != table["Monday"][0][:4]


def test_brown_features_prefixes_and_fallbacks():
    feats = lexicon.brown_features("en", "Chicago")
    path = lexicon.brown("en")["Chicago"][0]
    assert feats == tuple(f"b{n}={path[:n]}" for n in (4, 6, 10, 20))
    # a capitalised form the table lacks falls back to the lower-case entry, an all-caps one
    # to the capitalised entry first
    table = lexicon.brown("en")
    assert "Cheeseburger" not in table and "KREMLIN" not in table
    assert lexicon.brown_features("en", "Cheeseburger") == lexicon.brown_features("en", "cheeseburger") != ("b=none",)
    assert lexicon.brown_features("en", "KREMLIN") == lexicon.brown_features("en", "Kremlin")
    assert lexicon.brown_features("en", "Obama") == ("b=none",)
    # a missing non-alphabetic token gets nothing; a number in the table gets its path
    assert lexicon.brown_features("en", "12,345.678") == ()
    assert lexicon.brown_features("en", "1997")[0].startswith("b4=")


def test_sentence_features_take_brown_and_neighbours():
    words = ["Mr", "Smith", "visited", "Paris", "."]
    own = sentence_features(words, None, None, False, {"brown": "en"})
    assert lexicon.brown_features("en", "Paris")[2] in own[3]
    assert not any(f.startswith(("-1b", "+1b")) for f in own[3])
    ctx = sentence_features(words, None, None, False, {"brown": "en", "brown_context": True})
    b4, b6 = lexicon.brown_features("en", "visited")[:2]
    assert "-1" + b4 in ctx[3] and "-1" + b6 in ctx[3] and "+1" + b4 in ctx[1]
    assert not any(f.startswith("-1b10") for f in ctx[3])


def test_brown_options_mark_fallbacks_and_change_prefixes():
    marked = sentence_features(["The", "Cheeseburger"], None, None, False, {"brown": "en", "brown_mark": True})
    path = lexicon.brown("en")["cheeseburger"][0]
    assert "~b4=" + path[:4] in marked[1] and "b4=" + path[:4] not in marked[1]
    # a word found as written is never marked
    assert any(f.startswith("b4=") for f in marked[0])
    long = sentence_features(["Chicago"], None, None, False, {"brown": "en", "brown_prefixes": [2, 8]})
    city = lexicon.brown("en")["Chicago"][0]
    assert [f for f in long[0] if f.startswith("b")] == ["b2=" + city[:2], "b8=" + city[:8]]


def test_english_model_is_trained_with_brown_clusters():
    from sitrep.components.entities import lexicon_spec

    assert lexicon_spec("en")["brown"] == "en"


def test_batch_key_look_ups_equal_the_word_by_word_ones():
    # cased and lower-case words, all-caps, a word missing from every table, digits, punctuation,
    # a Ukrainian word found through its Russian spelling, an empty-looking mix
    words = ["Paris", "paris", "NATO", "Nato", "Kharkiv", "Zelensky", "the", "THE", "qwzxjk", "2022",
             "«", "U.S.", "COVID-19", "Київ", "Харків", "Лавров", "москва", "a1", "Ёлка"]
    lows = [w.lower() for w in words]
    for table, ruify in (("w2v-en", False), ("navec-ru", True), ("navec-ru", False)):
        want = [lexicon.cluster_key(table, w, ruify) for w in words]
        assert lexicon.cluster_keys(table, words, lows, ruify) == want
        assert any(k not in (None, "none") for k in want) and "none" in want
    for mark in (False, True):
        want = [lexicon.brown_key("en", w, mark) for w in words]
        assert lexicon.brown_keys("en", words, mark) == want
        assert any(k not in (None, "none") for k in want)
    for lang in ("en", "ru"):
        want = [lexicon.freq_key(lang, w) for w in words]
        assert lexicon.freq_keys(lang, words, lows) == want
        assert None in want and any(k and k[0] != "0" for k in want)
    table = lexicon.zipf("en")
    assert table.get_many(lows) == [table.get(w) for w in lows]


_MIXED = ["Paris", "paris", "NATO", "Nato", "Kharkiv", "Zelensky", "the", "THE", "qwzxjk", "2022", "«",
          "U.S.", "COVID-19", "Київ", "Харків", "Лавров", "москва", "a1", "Ёлка", "John", "Smith", "Mary",
          "Washington", "Jordan", "Hillary", "Ivanov", "Иванов", "Сергей", "Berlin", "Émile", "McDonald's"]


@pytest.mark.parametrize("recipe", [("w2v-en", "en", True, True), (None, None, False, True),
                                    ("navec-ru", "ru", False, False), (None, None, True, False)])
def test_merged_lower_case_table_holds_what_each_table_gives(recipe):
    """``lower_table``: one search of the lower-cased word gives the cluster values, the Zipf band,
    the names-dataset and the name-list features that each table gives for it (None / () where a
    table lacks it or the recipe does not read it)."""
    from sitrep.components.entities import namelists

    clusters_name, freq_lang, nd, lists = recipe
    table = lexicon.lower_table(*recipe)
    lows = [w.lower() for w in _MIXED] + ["", "zzzzzzzz", "moscow", "ukraine"]
    found = 0
    for low, hit in zip(lows, table.get_many(lows)):
        cl = lexicon.clusters(clusters_name).get(low) if clusters_name else None
        zf = (lexicon.zipf(freq_lang).get(low) or (None,))[0] if freq_lang else None
        in_nd = nd and lexicon.name_bands().get(low) is not None
        cap = low[:1].upper() + low[1:]  # a capitalised word of that lower-case form
        names = namelists.name_features.__wrapped__(cap) if lists else ()
        if hit is None:
            assert (cl, zf, in_nd, names) == (None, None, False, ()), low
            continue
        found += 1
        assert hit[0] == cl and hit[1] == zf, low
        assert (hit[2] is not None) == in_nd, low
        if cap[:1].isupper():  # what the per-table functions give a capitalised word
            assert (hit[2] or ()) == (lexicon.name_features.__wrapped__(cap, None) if nd else ()), low
            assert hit[3] == names, low
    assert found >= 5
