"""places.v1: a word that GeoNames gives only as another name of a far-away town ("Boni" for Bonn,
"Flea" for Flöha, "Nega" for Mega, "Dawn" for Fajar) is left unresolved when the article's other
places are all in other countries (eighteenth session, ``FOREIGN_ALIAS_CONTEXT`` in
``disambiguate.py``). Capitals, cities of a million, and Ukrainian, Russian and Belarusian towns keep
their other names ("Bruxelles", "Kiev")."""

from __future__ import annotations

import pytest

from tests.components.places_text import places


@pytest.mark.parametrize("text, lang, name", [
    ("Neuf soldats maliens ont été tués lundi dans une embuscade près de Boni, dans le centre du Mali, "
     "a annoncé l'armée à Bamako. Le gouvernement de Bamako a décrété un deuil national.", "fr", "Boni"),
    ("The band played a benefit concert in Los Angeles and San Francisco for the Sanders campaign in "
     "California. Band member Flea shared the news on social media.", "en", "Flea"),
    ("After ten months in Asmara, Eritrea, Nega flew back to Lewisburg, Pennsylvania, and then to "
     "Washington. Nega said he would return to Asmara.", "en", "Nega"),
])
def test_a_far_town_of_another_name_is_not_chosen(text, lang, name):
    found = [cc for surface, cc in places(text, lang) if surface == name]
    assert found and all(cc is None for cc in found)


@pytest.mark.parametrize("text, lang, name, cc", [
    # the other places (Kyiv, Moscow) are elsewhere, but Brussels is a capital
    ("Le président ukrainien a quitté Kiev pour Varsovie avant de rejoindre Bruxelles, où l'attendaient "
     "les ministres. Moscou a dénoncé la visite.", "fr", "Bruxelles", "BE"),
    ("Talks in Minsk and Moscow stalled, and Kiev recalled its envoy.", "en", "Kiev", "UA"),
])
def test_other_names_of_capitals_and_of_the_former_soviet_towns_stay(text, lang, name, cc):
    assert (name, cc) in places(text, lang)
