"""The article model: JSON form, schema, offsets, publication dates."""

from __future__ import annotations

import jsonschema
import pytest

from sitrep.article import Annotation, Article, Published, load_schema, parse_published, validate
from sitrep.pipeline import default_pipeline
from sitrep.readers import read_paths


def _analysed(path) -> Article:
    (article,) = list(read_paths([path]))
    return default_pipeline()(article)


def test_analysed_example_validates_and_round_trips(examples):
    article = _analysed(examples / "kharkiv_en.txt")
    data = article.to_dict()
    validate(data)
    again = Article.from_json(article.to_json())
    assert again.to_dict() == data
    assert again.layers.keys() == article.layers.keys()


def test_every_annotation_surface_is_its_slice(examples):
    article = _analysed(examples / "kharkiv_ru.txt")
    for name, anns in article.layers.items():
        for a in anns:
            assert 0 <= a.start <= a.end <= len(article.text), name
    words = [article.surface(t) for t in article.layers["tokens"]]
    assert "Изюма" in words
    assert all(w == w.strip() and w for w in words)


def test_schema_rejects_broken_annotation(examples):
    data = _analysed(examples / "kharkiv_fr.txt").to_dict()
    data["layers"]["sentences"][0].pop("producer")
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


def test_schema_rejects_unversioned_producer():
    art = Article(id="a", text="Bonjour.")
    art.add("sentences", [Annotation(0, 8, "sentence", "sentences")])
    with pytest.raises(jsonschema.ValidationError):
        validate(art.to_dict())


def test_validate_catches_offsets_outside_text():
    data = Article(id="a", text="abc").to_dict()
    data["layers"]["x"] = [Annotation(1, 9, "y", "x.v1").to_dict()]
    with pytest.raises(jsonschema.ValidationError, match="outside the text"):
        validate(data)


def test_add_refuses_offsets_outside_text():
    art = Article(id="a", text="abc")
    with pytest.raises(ValueError):
        art.add("x", [Annotation(2, 4, "y", "x.v1")])


def test_schema_file_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(load_schema())


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2022", Published("2022", "year")),
        ("2022-09", Published("2022-09", "month")),
        ("2022-09-10", Published("2022-09-10", "day")),
        ("2022-09-10T14:05", Published("2022-09-10T14:05", "minute")),
        ("2022-09-10T14:05:09Z", Published("2022-09-10T14:05:09", "second")),
        (" 2024-02-29 ", Published("2024-02-29", "day")),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2022-13-45", "2023-02-29", "yesterday", "", "3000-01-01", "22-09-10", "2022-09-10T25:00"])
def test_parse_published_rejects(value):
    with pytest.raises(ValueError):
        parse_published(value)
