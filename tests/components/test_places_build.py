"""The gazetteer build's own readers: a JSON object read one value at a time, and the build-time
multimap. The gazetteer built with them is checked by the other places tests (and by
``tests/test_first_run.py``, which builds it from an empty cache)."""

import json
from unittest import mock

import pytest

from sitrep.components.places import gazetteer


def _values(tmp_path, text: str, chunk: int):
    (tmp_path / "pkg").mkdir(exist_ok=True)
    (tmp_path / "pkg" / "file.json").write_text(text, encoding="utf-8")
    with mock.patch.object(gazetteer.resources, "files", lambda package: tmp_path / package):
        return list(gazetteer._json_object_values("pkg", "file.json", chunk=chunk))


OBJECT = {
    "1": {"name": "Харків", "alternatenames": ["Kharkiv", "Kharkov", "Charkiw"], "population": 1430885},
    "2": {"name": "Ізюм", "alternatenames": [], "population": 45884, "note": "\"quoted\" , { } : ["},
    "3": {"name": "Kyiv", "alternatenames": ["Kiev", "Київ", "Киев"] * 50, "latitude": 50.45},
}


@pytest.mark.parametrize("chunk", [1, 7, 64, 1 << 20])
def test_values_read_through_a_small_window_equal_the_whole_file_read_at_once(tmp_path, chunk):
    for text in (json.dumps(OBJECT), json.dumps(OBJECT, indent=2, ensure_ascii=False)):
        assert _values(tmp_path, text, chunk) == list(OBJECT.values())


def test_an_empty_object_gives_no_values(tmp_path):
    assert _values(tmp_path, " {\n } ", 4) == []


@pytest.mark.parametrize("text", ['["not", "an object"]', '{"1": {"a": 1} "2": {}}', '{"1" {"a": 1}}', '{"1": {"a": 1'])
def test_a_broken_file_is_refused_with_its_name(tmp_path, text):
    with pytest.raises(ValueError, match="file.json"):
        _values(tmp_path, text, 8)


def test_the_multimap_keeps_one_int_then_a_list_without_repeats():
    multi = {}
    for key, i in (("kharkiv", 3), ("kharkiv", 3), ("izium", 5), ("kharkiv", 1), ("kharkiv", 3)):
        gazetteer._put(multi, key, i)
    assert multi == {"kharkiv": [3, 1], "izium": 5}
    assert gazetteer._ids(multi.get("izium")) == (5,) and gazetteer._ids(None) == ()
    assert gazetteer._sorted_ids(multi) == {"kharkiv": (1, 3), "izium": (5,)}
