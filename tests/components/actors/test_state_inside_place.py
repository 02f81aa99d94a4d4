"""A state's name inside a longer place name of another country is part of that place's name, not
the state: "Northern Ireland" is no mention of Ireland, "New Mexico" none of Mexico (the places
layer resolves the whole name). Before the twenty-second session "Ірландії" in "Північної Ірландії"
made Ireland the actor of Brexit articles' events."""

from __future__ import annotations

import pytest

from sitrep.article import Article
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def actors():
    pipe = default_pipeline()

    def run(text: str, lang: str) -> list[tuple[str, str | None]]:
        art = Article(id="t", text=text, title="", source={})
        art.language = lang
        pipe(art)
        return [(art.surface(a), a.attrs.get("country")) for a in art.layers["actors"]]

    return run


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The minister for Northern Ireland resigned in protest against the agreement.", "Ireland"),
    ("uk", "Міністр у справах Північної Ірландії подав у відставку на знак протесту.", "Ірландії"),
    ("en", "Police in New Mexico arrested two men after a shooting in Albuquerque.", "Mexico"),
])
def test_a_state_name_inside_a_place_of_another_country_is_no_state(actors, lang, text, name):
    found = actors(text, lang)
    assert (name, "IRL" if "rland" in name or "рланд" in name else "MEX") not in found, found


@pytest.mark.parametrize("lang, text, name, country", [
    ("en", "Ireland and Britain agreed on a new border regime for Northern Ireland.", "Ireland", "IRL"),
    ("uk", "Ірландія та Британія домовилися про кордон.", "Ірландія", "IRL"),
    ("en", "Mexico condemned the shooting in New Mexico.", "Mexico", "MEX"),
])
def test_the_state_itself_is_still_the_state(actors, lang, text, name, country):
    assert (name, country) in actors(text, lang)


def test_an_organisation_named_after_such_a_place_takes_the_place_country(actors):
    """"Northern Ireland Office" is British: the state's name inside its name is part of the place's."""
    found = actors("The Northern Ireland Office said the talks would resume on Monday.", "en")
    assert ("Northern Ireland Office", "GBR") in found, found
