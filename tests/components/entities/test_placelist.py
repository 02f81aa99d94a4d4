"""Ukrainian place-name features matched through pymorphy3 lemmas."""

from __future__ import annotations

from sitrep.components.entities.features import sentence_features
from sitrep.components.entities.placelist import place_features, places


def test_inflected_city_and_village_names_hit():
    assert "gp" in place_features("Харкові")  # locative of Харків
    assert "gp" in place_features("Маріуполя")
    assert "gp" in place_features("Андріївці")  # a KATOTTG village, inflected


def test_words_of_multiword_names():
    assert "gpw" in place_features("Кривого")  # Кривий Ріг
    assert "gpw" in place_features("Рогу")


def test_only_capitalised_cyrillic_words():
    assert place_features("харкові") == ()
    assert place_features("Kharkiv") == ()
    assert place_features("Зеленського") == ()


def test_list_is_built_from_shipped_data():
    single, parts = places()
    assert "київ" in single and "сонячний" in single
    assert all(not w.isascii() for w in list(single)[:1000])


def test_feature_reaches_neighbours_when_asked():
    words = ["у", "Харкові", "вибухи"]
    feats = sentence_features(words, None, "uk", False, {"places": "uk"})
    assert "gp" in feats[1] and "+1gp" in feats[0] and "-1gp" in feats[2]
    assert not any(f.endswith("gp") for f in sentence_features(words, None, "uk")[1])
