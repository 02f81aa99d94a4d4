"""A first name that is also an English modal or auxiliary, fourteenth attribution round (issue 13,
branch ``attrib37``), on sentences written for the purpose: "“We will win,” Will Hurd said" names
"Will Hurd", not "Hurd" (nor no one).  "will" is an auxiliary in the lexicon, but the source is taken
back from the cue over the auxiliaries only when they stand right before the verb, so a capitalised
"Will" before a surname stays in the source; "May" and "Can" are kept when the actors layer knows the
name.  A rule that read a capitalised "Can"/"May" before a capitalised word as a first name even where
no actor is found changed nothing on PolNeAR train and was not kept (see docs/statements.md): the case
it would fix is marked as an expected failure."""

from __future__ import annotations

import pytest

from .conftest import found as _found


@pytest.mark.parametrize("text,expected", [
    # after a quotation's closing mark
    ("“We will win this seat,” Will Hurd said on Tuesday.", ("Will Hurd", "said", "We will win this seat,")),
    ("“The vote was rigged,” May Thompson told reporters.", ("May Thompson", "told", "The vote was rigged,")),
    ("“We need more troops,” Mark Rutte said.", ("Mark Rutte", "said", "We need more troops,")),
    # an apposition after the name
    ("“The ceasefire will hold,” Will Smith, a spokesman for the mission, said.",
     ("Will Smith, a spokesman for the mission", "said", "The ceasefire will hold,")),
    # at a sentence start, also after a sentence with a modal of its own
    ("Will Hurd said the border wall was a waste of money.",
     ("Will Hurd", "said", "the border wall was a waste of money")),
    ("The governor said the bridge will reopen. Will Hurd said it would not.",
     ("Will Hurd", "said", "it would not")),
])
def test_a_modal_first_name_stays_in_the_source(analyse, text, expected):
    found = _found(analyse("Talks\n\n" + text, "en"))
    assert expected in found, found


def test_a_modal_opening_a_question_names_no_one(analyse):
    # "Will Congress …?": a question, the capitalised modal is no name and no statement is made of it
    found = _found(analyse("Talks\n\nOfficials said the army will retake the town. Will Congress said nothing?", "en"))
    assert ("Officials", "said", "the army will retake the town") in found, found
    assert not any(f[0] and f[0].startswith("Will") for f in found), found


def test_a_modal_first_name_unknown_to_the_actors(analyse):
    found = _found(analyse("Talks\n\n“It is over,” Can Dundar wrote on Twitter.", "en"))
    assert ("Can Dundar", "wrote", "It is over,") in found, found
