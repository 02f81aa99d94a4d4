"""places.v1: names the actor file gives people and bodies, and peoples' names, are not small towns.

On real news main read "Obama" as the Japanese town (307 times in 2,057 articles), "Democrat" as a
US village, "Canadian", "German" and "Spanish" as towns of those names in Texas, Mexico and Ontario.
A people's name that a town bears is left out (a town of 100,000 or more keeps it).
"""

from __future__ import annotations

from tests.components.places_text import places


def test_people_and_bodies_of_the_actor_file_are_no_places():
    found = places("Obama praised the decision, a Democrat told reporters. Putin spoke in Moscow the same day, "
                   "and Xinhua said the talks would go on in Beijing.")
    surfaces = [s for s, _ in found]
    for name in ("Obama", "Democrat", "Putin", "Xinhua"):
        assert name not in surfaces, found
    assert ("Moscow", "RU") in found and ("Beijing", "CN") in found


def test_the_same_names_in_russian_and_french():
    found = places("Обама заявил, что Путин находится в Москве.", "ru")
    assert [s for s, _ in found] == ["Москве"]
    found = places("Obama a rencontré Poutine à Genève.", "fr")
    assert [s for s, _ in found] == ["Genève"]


def test_capitals_that_name_a_government_stay_places():
    found = places("Washington and Paris reacted within hours; talks are planned in Kyiv.")
    assert {"Washington", "Paris", "Kyiv"} <= {s for s, _ in found}


def test_a_peoples_name_is_not_the_small_town_of_that_name():
    found = places("Canadian officials met German and Spanish diplomats in Brussels.")
    assert found == [("Brussels", "BE")]
