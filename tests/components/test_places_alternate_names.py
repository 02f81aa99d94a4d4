"""places.v1: a town's alternate names (GeoNames') against the names other places bear as their own.

On 2,057 real articles main read "Google" as Topeka (a stunt name the city took for a month), "Fox"
as Victor, "Internet" as a Russian village; it chose Amman for "Philadelphia"
(its Hellenistic name) in articles about the Middle East, Carmel for "Bethlehem" and Piqua for
"Washington". A frequent word that only alternate names of towns answer is no place; a town that bears
a name only as an alternate name loses to those that bear it as their own, unless it is a hundred times
as large ("Londres" is London). "Nice" is the French city again (it was on the never-alone list).
"""

from __future__ import annotations

from sitrep.article import Article
from sitrep.components.places.disambiguate import other_name
from sitrep.pipeline import Pipeline
from tests.components.places_text import places


def names(text: str, lang: str = "en") -> list[tuple[str, str, str]]:
    """``(surface, GeoNames name, country)`` of each place found in ``text``."""
    article = Article(id="t", text=text, language=lang, source={})
    pipeline = Pipeline.from_names(["paragraphs.v1", "sentences.v1", "places.v1"], provided=["language"])
    for comp in pipeline.components:
        comp(article)
    return [(text[a.start:a.end], a.attrs.get("name"), a.attrs.get("country")) for a in article.layers["places"]]


def test_frequent_words_that_only_alternate_names_answer_are_no_places():
    found = places("The lawsuit names Apple and Google. Fox reported that Internet access was cut in Chicago.")
    assert [s for s, _ in found] == ["Chicago"], found


def test_large_towns_keep_their_alternate_names():
    found = names("Fire crews in the Bronx were sent to help. Officials in Kiev said the talks would go on.")
    assert ("Bronx", "The Bronx", "US") in found and ("Kiev", "Kyiv", "UA") in found, found


def test_a_town_bearing_the_name_as_its_own_wins_over_an_alternate_name():
    found = names("Diplomats from the Middle East met in Philadelphia on Monday to discuss the region.")
    assert ("Philadelphia", "Philadelphia", "US") in found, found
    found = names("Lawmakers in Washington voted on Tuesday.")
    assert found[0][:2] == ("Washington", "Washington"), found


def test_a_much_larger_town_keeps_an_exonym():
    found = names("Le président est arrivé à Londres, puis à Moscou.", "fr")
    assert [(s, n) for s, n, _ in found] == [("Londres", "London"), ("Moscou", "Moscow")], found


def test_nice_is_the_city():
    found = places("Le procès de l'attentat de Nice s'ouvre à Paris. Les victimes venues de Nice témoigneront.", "fr")
    assert found == [("Nice", "FR"), ("Paris", "FR"), ("Nice", "FR")], found
    assert ("Nice", "FR") in places("Another horrific attack, this time in Nice, France.")


def test_a_party_and_state_label_names_the_state():
    found = names("Sen. Tim Kaine (D-Va.) and Rep. John Mica (R-Fla.) spoke on Tuesday.")
    assert [(s, n) for s, n, _ in found] == [("Va", "Virginia"), ("Fla", "Florida")], found


def test_other_names_and_spellings():
    assert other_name("amman", "philadelphia") and other_name("piqua", "washington")
    assert not other_name("rodos", "rhodes") and not other_name("hannover", "hanover")
    assert not other_name("new york city", "new york") and not other_name("kuwait city", "kuwait")


def test_russian_common_words_and_surnames_are_not_foreign_towns():
    # "Дэвис" (David Davis) had been Davis, California; "Полиция" Police in Poland; "Института" a village of
    # Azerbaijan. A name pymorphy3 knows as a place's stays.
    found = places("Дэвис заявил, что Полиция и сотрудники Института прибыли из Вашингтона.", "ru")
    assert found == [("Вашингтона", "US")], found


def test_places_asks_pymorphy3_for_the_languages_it_analyses():
    from sitrep.components.entities.morph import LANGUAGES
    from sitrep.components.places.matching import MORPH_LANGUAGES

    assert MORPH_LANGUAGES == LANGUAGES
