"""places.v1 on headlines written in title case: a capitalised common word there is no place.

In "A Curious Plan to Fight Climate Change: Buy Mines, Sell Coal" every word is capitalised, so the
capitals say nothing: "Plan", "Change", "Sell" are not the towns of those names. Real places in such
headlines, and places the article names again in its body, stay.
"""

from __future__ import annotations

from tests.components.places_text import places


def place_surfaces(text: str, lang: str = "en") -> list[str]:
    return [surface for surface, _country in places(text, lang)]


def test_common_words_of_a_title_case_headline_are_no_places():
    text = ("A Curious Plan to Fight Climate Change: Buy Mines, Sell Coal.\n\n"
            "The proposal was presented in Washington on Monday by a group of economists.")
    found = place_surfaces(text)
    for word in ("Plan", "Change", "Buy", "Sell", "Coal"):
        assert word not in found
    assert "Washington" in found


def test_more_headlines_with_capitalised_common_words():
    for headline, words in [
        ("Stealth Over Health: Senator Was Headed to Hospital But Diverted to Avoid Bad Optics.", ["Bad"]),
        ("Endorsement Couldn't Come At A Better Time For The Governor.", ["Come", "Time"]),
        ("New Poll Shows Wealthy Voters Abandon The Party.", ["Poll", "Voters"]),
    ]:
        found = place_surfaces(headline + "\n\nThe story is developing.")
        assert not set(words) & set(found), (headline, found)


def test_places_of_a_title_case_headline_are_kept():
    found = place_surfaces("Russian Shelling Kills Three Civilians In Kharkiv And Izium.\n\n"
                           "Officials said the strikes hit residential buildings overnight.")
    assert "Kharkiv" in found and "Izium" in found
    # a town of over 100,000 whose name is also a common word stays; the common words go
    found = place_surfaces("Protesters March Through Bath Against New Housing Plan.\n\nThe council meets on Monday.")
    assert "Bath" in found and "Plan" not in found


def test_a_common_word_the_body_names_as_a_place_is_kept_in_the_headline():
    text = ("Dutch Farmers Drive Tractors Into Goes.\n\n"
            "Hundreds of farmers drove their tractors into Goes, in the province of Zeeland, on Friday.")
    found = place_surfaces(text)
    assert found.count("Goes") == 2


def test_sentence_case_headlines_and_body_text_are_unchanged():
    # the same word mid-sentence in a sentence-case headline: capitalisation means something there
    found = place_surfaces("Fire destroys a barn near Goes in Zeeland.\n\nNobody was hurt.")
    assert "Goes" in found
