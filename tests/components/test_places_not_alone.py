"""places.v1: titles, institutions and common nouns that name a hamlet somewhere are no places alone.

On real news main read "Supreme" (the Supreme Court) as a US hamlet 85 times in 2,057 articles,
"Secretary" 55 times, "Enter", "English", "Constitution", "Pope" and "Section" likewise.
"""

from __future__ import annotations

from tests.components.places_text import places


def test_institutions_and_titles_are_no_places():
    found = places("The Supreme Court ruled on Tuesday, and the Secretary of State flew to Damascus. "
                   "The Constitution of Ukraine, Section 5, was read out in English in Kyiv.")
    surfaces = {s for s, _ in found}
    assert not {"Supreme", "Secretary", "Constitution", "Section", "English"} & surfaces, found
    assert ("Kyiv", "UA") in found
    assert ("Damascus", "SY") in found


def test_a_region_of_no_one_country_outranks_the_hamlet_of_its_name():
    # "Middle East" is also a US hamlet of 1,900, and the article's other places are American
    found = places("Officials in Washington, New York and Chicago discussed the Middle East and the Balkans.")
    assert ("Middle East", None) in found and ("Balkans", None) in found
    assert ("Chicago", "US") in found
