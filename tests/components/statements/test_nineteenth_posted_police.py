"""Two English verbs that report words only in some senses.  "posted" speaks with words after it ("posted on
Twitter that …", "posted a message"), not with a result ("Unisys posted a $648.2 million loss for the third
quarter") or an object that is no words ("posted a sexually explicit image").  A crime "reported to police"
is no statement: "The attack was reported to police by residents" made the residents speak the attack."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize("paragraph", [
    "Unisys posted a $648.2 million loss for the third quarter as it moved to cut costs.",
    "The former congressman accidentally posted a sexually explicit image of himself on Twitter.",
    "The attack was reported to police by residents of Saravena, who heard two explosions before dawn.",
    "A neighbour reported it to police on Monday morning.",
])
def test_no_statement(analyse, paragraph):
    assert found(analyse(f"News\n\n{paragraph}", "en")) == []


@pytest.mark.parametrize("paragraph, expected", [
    ("Trump posted on Twitter that the election was rigged.", ("Trump", "posted", "the election was rigged")),
    ("Clinton posted a message on Facebook thanking her supporters.",
     ("Clinton", "posted", "a message on Facebook thanking her supporters")),
])
def test_words_posted_stay_statements(analyse, paragraph, expected):
    assert expected in found(analyse(f"News\n\n{paragraph}", "en"))
