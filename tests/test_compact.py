"""Compact read-only tables (sitrep.compact): the same answers as the dicts and sets they replace."""

from __future__ import annotations

import pytest

from sitrep import compact
from sitrep.compact import BoundedDict, KeyIndex, KeySet, StrList, WordTable


def test_str_list_round_trip(tmp_path):
    items = ["Kyiv", "", "Харків", "Île-de-France", "北京", "x" * 1000]
    built = StrList.build(items)
    assert list(built) == items and len(built) == len(items)
    built.save(tmp_path, "names")
    opened = StrList.open(tmp_path, "names")
    assert [opened[i] for i in range(len(items))] == items
    assert opened[-1] == items[-1] and opened[1:3] == items[1:3]


def test_key_index_gives_tuples_like_the_dict(tmp_path):
    mapping = {"kyiv": 5, "paris": (1, 2, 3), "харків": (7,), "big": (2**40,)}
    KeyIndex.build(mapping).save(tmp_path, "index")
    index = KeyIndex.open(tmp_path, "index")
    assert index.get("kyiv") == (5,) and index["paris"] == (1, 2, 3) and index.get("харків") == (7,)
    assert index.get("big") == (2**40,)  # values past 32 bits are kept whole
    assert index.get("london") is None and index.get("london", ()) == ()
    assert "paris" in index and "lon" not in index and 3 not in index
    assert len(index) == 4 and set(index) == set(mapping)
    assert dict(index.items())["paris"] == (1, 2, 3)
    with pytest.raises(KeyError):
        index["nowhere"]


def test_word_table_stores_each_distinct_value_once(tmp_path):
    rows = [("путин", ("3", "17", "412")), ("москва", ("3", "17", "412")), ("газ", ("1", "2", "3")),
            ("газ", ("9", "9", "9"))]  # a repeated word keeps its last value, as a dict would
    WordTable.build(rows).save(tmp_path)
    table = WordTable.open(tmp_path)
    assert table["путин"] == ("3", "17", "412") and table.get("газ") == ("9", "9", "9")
    assert table.get("лондон") is None and "москва" in table and len(table) == 3
    assert table["путин"] is table["москва"]  # one tuple shared


def test_key_set(tmp_path):
    KeySet.build({"smith", "o'brien", "иванов"}).save(tmp_path)
    names = KeySet.open(tmp_path)
    assert "smith" in names and "иванов" in names and "jones" not in names and None not in names
    assert sorted(names) == sorted({"smith", "o'brien", "иванов"})


def test_cached_builds_once_and_rebuilds_a_damaged_copy(tmp_path):
    calls = []

    def build():
        calls.append(1)
        return KeySet.build(["a", "b"])

    def get():
        return compact.cached("words", "k1", build, KeySet.save, KeySet.open, folder=tmp_path)

    assert "a" in get() and "a" in get()
    assert len(calls) == 1
    (tmp_path / "words-k1" / "table.marisa").write_bytes(b"garbage")
    assert "b" in get() and len(calls) == 2
    # a new fingerprint replaces the old copy
    compact.cached("words", "k2", build, KeySet.save, KeySet.open, folder=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["words-k2"]


def test_cached_build_error_leaves_nothing_behind(tmp_path):
    def build():
        raise ValueError("bad source line 3")

    with pytest.raises(ValueError, match="line 3"):
        compact.cached("words", "k1", build, KeySet.save, KeySet.open, folder=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_bounded_dict_never_passes_its_limit():
    memo = BoundedDict(3)
    for i in range(10):
        memo[i] = i * i
        assert len(memo) <= 3
    assert memo[9] == 81
