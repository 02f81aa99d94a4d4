"""The errors reported in issue 14, each on the text that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.article import Article, validate
from sitrep.cli import main
from sitrep.pipeline import default_pipeline

RU_LAW = (
    "Закон о здоровье\n\n"
    'Согласно 77 статье Кодекса РК "О здоровье народа и системе здравоохранения", '
    "любая медицинская процедура проводится только с согласия."
)


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


def _run(pipeline, text: str, lang: str) -> Article:
    article = Article(id="t", text=text, language=lang)
    failures = []
    done = list(pipeline.pipe([article], on_error=failures.append))
    assert not failures, failures[0].line()
    validate(done[0].to_dict())
    return done[0]


def _surfaces(article: Article, layer: str) -> list[str]:
    return [article.surface(a) for a in article.layers.get(layer, [])]


def test_a_quoted_law_title_inside_the_source_stays_out_of_the_content(pipeline):
    art = _run(pipeline, RU_LAW, "ru")
    (st,) = art.layers["statements"]
    assert art.surface(st) == "любая медицинская процедура проводится только с согласия"
    assert st.attrs["source"]["text"].startswith("77 статье Кодекса РК")
    assert st.attrs["parts"] == [[st.start, st.end]]


def test_a_quotation_after_the_statement_still_continues_it(pipeline):
    text = ("Talks\n\n“We will not give up,” the minister said. “We have never been reluctant to defend "
            "our land and we never will be.”")
    art = _run(pipeline, text, "en")
    (st,) = art.layers["statements"]
    assert len(st.attrs["parts"]) == 2 and st.end == len(text) - 1


@pytest.mark.parametrize("text, lang, word", [
    ("Réunion\n\nUn responsable américain a confirmé la livraison. Un diplomate a refusé de commenter.", "fr", "Un"),
    ("Talks\n\nIn 2020, I said the talks would fail. May brought no progress.", "en", None),
    ("Переговоры\n\nИ тогда Ким не ответил. Али сказал, что всё в порядке.", "ru", None),
])
def test_no_capitalised_function_word_is_a_known_person(pipeline, text, lang, word):
    art = _run(pipeline, text, lang)
    linked = {(art.surface(a), a.attrs.get("actor")) for a in art.layers["actors"]}
    assert not [s for s, actor in linked if s in ("Un", "In", "I", "May", "И", "Ким", "Али") and not str(actor).startswith("new:")], linked


def test_the_full_name_still_links(pipeline):
    art = _run(pipeline, "Summit\n\nKim Jong Un met Wang Yi in Pyongyang.", "en")
    actors = {a.attrs.get("actor") for a in art.layers["actors"]}
    assert {"kim_jong_un", "wang_yi"} <= actors


def test_an_oblast_abbreviation_is_never_cut_inside_a_word(pipeline):
    text = ("Новини області\n\nУ Харківської обласної військової адміністрації повідомили про обстріл. "
            "Голова Харківської обл. ради відповів.")
    art = _run(pipeline, text, "uk")
    places = _surfaces(art, "places")
    assert "Харківської обл" not in places
    assert "Харківської обл." in places
    for a in art.layers["places"]:
        assert not (a.end < len(text) and text[a.end - 1].isalnum() and text[a.end].isalnum()), art.surface(a)


def test_a_name_glued_to_digits_is_no_place(pipeline):
    art = _run(pipeline, "Videoconference\n\nThe videoconference with #EU27 on #COVID19 ended in Brussels.", "en")
    assert _surfaces(art, "places") == ["Brussels"]


def test_eval_geo_refuses_an_xml_file_it_cannot_read(tmp_path, capsys):
    gold = tmp_path / "wiktor.xml"
    gold.write_text('<?xml version="1.0"?><pages><article><text>Paris is in France.</text>'
                    "<toponymIndices><toponymIndex>0</toponymIndex></toponymIndices></article></pages>",
                    encoding="utf-8")
    assert main(["eval", "geo", "--gold", str(gold)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"sitrep: error: {gold}: no <toponyms>/<toponym> or <locations>/<location> in any <article>: not an LGL or GeoVirus file\n"


@pytest.mark.parametrize("task", ["geo", "time-ner", "time", "sentences", "ner", "statements", "ucdp"])
def test_every_eval_refuses_a_file_of_another_kind(tmp_path, capsys, task):
    gold = tmp_path / "other.xml"
    gold.write_text('<?xml version="1.0" encoding="utf-8"?>\n<pages><page n="1">Paris</page></pages>\n',
                    encoding="utf-8")
    assert main(["eval", task, "--gold", str(gold)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(f"sitrep: error: {gold}") and err.count("\n") == 1, err


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_a_letter_without_a_unicode_name_does_not_stop_morphology(pipeline, lang):
    """Found by the property test: pymorphy3 asked unicodedata for the name of a Tangut letter."""
    art = _run(pipeline, "A\U00017000\n\nA\U00017000 Киев", lang)
    assert "entities" in art.layers


def test_slavicner_article_with_the_law_title(shared_data: Path, pipeline):
    """The whole SlavicNER covid-19 file that first showed the start > end span."""
    path = next((shared_data / "ner" / "slavicner" / "raw").glob("*/ru/coronavirus_ru_19.txt"), None)
    if path is None:
        pytest.skip("coronavirus_ru_19 not in this copy of SlavicNER")
    text = path.read_text(encoding="utf-8")
    _run(pipeline, text, "ru")
