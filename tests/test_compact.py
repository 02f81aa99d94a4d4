"""Compact read-only tables (sitrep.compact): the same answers as the dicts and sets they replace."""

from __future__ import annotations

import os
import threading
from pathlib import Path

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


def _recording_build(log: Path, words=("a", "b")):
    """A build that writes the id of the process running it to ``log`` (builds may run in a child)."""
    def build():
        with open(log, "a") as fh:
            fh.write(f"{os.getpid()}\n")
        return KeySet.build(list(words))
    return build


def _builders(log: Path) -> list[int]:
    return [int(x) for x in log.read_text().split()] if log.exists() else []


def test_cached_builds_once_and_rebuilds_a_damaged_copy(tmp_path):
    folder, log = tmp_path / "cache", tmp_path / "builds.log"
    build = _recording_build(log)

    def get():
        return compact.cached("words", "k1", build, KeySet.save, KeySet.open, folder=folder)

    assert "a" in get() and "a" in get()
    assert len(_builders(log)) == 1
    (folder / "words-k1" / "table.marisa").write_bytes(b"garbage")
    assert "b" in get() and len(_builders(log)) == 2
    # a new fingerprint replaces the old copy
    compact.cached("words", "k2", build, KeySet.save, KeySet.open, folder=folder)
    assert sorted(p.name for p in folder.iterdir()) == ["words-k2"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system: tables are built in-process")
def test_a_table_is_built_in_a_child_process_whose_memory_goes_back(tmp_path, monkeypatch):
    """What a build allocates (the gazetteer's tables, memos filled on the way) must not stay in
    the process that only reads the table afterwards: a first run would hold twice the memory."""
    # (threads other tests of the session left running would send the build in-process)
    monkeypatch.setattr(compact.threading, "active_count", lambda: 1)
    log, kept = tmp_path / "builds.log", []
    inner = _recording_build(log, ("kyiv", "kharkiv"))

    def build():
        kept.append("x" * 1000)  # a side effect of building, in the builder's memory
        return inner()

    table = compact.cached("places", "k1", build, KeySet.save, KeySet.open, folder=tmp_path / "cache")
    assert "kharkiv" in table
    assert _builders(log) != [os.getpid()] and len(_builders(log)) == 1
    assert kept == []  # it happened in the child, not here


def test_a_table_is_built_in_process_while_another_thread_runs(tmp_path):
    """Forking a process with other threads can copy a lock another thread holds: then the build
    runs here, as before."""
    log, stop = tmp_path / "builds.log", threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        table = compact.cached("places", "k1", _recording_build(log), KeySet.save, KeySet.open,
                               folder=tmp_path / "cache")
    finally:
        stop.set()
        other.join()
    assert "a" in table and _builders(log) == [os.getpid()]


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


def _build_in_pool_worker(folder: str) -> bool:
    table = compact.cached("words", "k1", lambda: KeySet.build(["a"]), KeySet.save, KeySet.open, folder=Path(folder))
    return "a" in table


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")
def test_a_daemonic_pool_worker_builds_its_table_in_process(tmp_path):
    """A multiprocessing pool's workers may not start children: the build falls back to the worker."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_build_in_pool_worker, (str(tmp_path),)) is True
    assert (tmp_path / "words-k1" / "complete").is_file()
