"""A cue verb joined by "and" / "or" to a second verb ("attacked and shelled", "said and did") is one
of two acts of one subject, not the opening of what was said: no statement; a quotation opening
with a capital "And" stays one."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize("lang,text", [
    ("en", "Russian forces attacked and shelled Kharkiv overnight."),
    ("en", "The senator said and did the same things as his rival during the campaign."),
    ("fr", "Les soldats ont attaqué et bombardé le village à l'aube."),
    ("ru", "Российские войска атаковали и обстреляли Харьков ночью."),
])
def test_a_cue_joined_to_a_second_verb_makes_no_statement(analyse, lang, text):
    assert found(analyse(text, lang)) == []


def test_a_quotation_opening_with_and_stays(analyse):
    article = analyse('"And they are terrifying," said the mayor of the town on Sunday.', "en")
    assert [(cue, content) for _src, cue, content in found(article)] == [("said", "And they are terrifying,")]


def test_said_that_stays(analyse):
    article = analyse("The ministry said and repeated on Monday that the convoy was attacked near the border.", "en")
    assert any("convoy was attacked" in content for _src, _cue, content in found(article))
