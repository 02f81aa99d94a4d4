"""Headlines and proper names, fourteenth attribution round (issue 13, branch ``attrib34``), on
sentences written for the purpose: a capitalised cue word right after another capitalised word in
running text is part of a name, not a cue (a title-case headline keeps its verbs; a title with a colon stays
no quotation).  The short-headline rule of this round is on branch ``attrib34-with``, not kept."""

from __future__ import annotations

import pytest

from sitrep.components.statements import _inside_name
from sitrep.components.statements.cues import tokens

from .conftest import found as _found


@pytest.mark.parametrize("text,cue", [
    ("The delegates met outside the Holiday Inn Express in the capital, where the governor spoke.", "Express"),
    ("The rebels shelled the Grand Hotel Announce building in the centre of the town.", "Announce"),
])
def test_a_capitalised_cue_inside_a_name_is_no_statement(analyse, text, cue):
    found = _found(analyse("Talks\n\n" + text, "en"))
    assert not any(c == cue for _s, c, _content in found), found


@pytest.mark.parametrize("text,cue,inside", [
    # a capitalised cue right after a capitalised word, in running text: a name
    ("the delegates met at the Holiday Inn Express in the capital on Monday", "Express", True),
    ("officials at the Clean Power Plan office said nothing about the talks", "Plan", True),
    # a title-case headline: every word capitalised, the verb stays a cue
    ("Ted Cruz Says Rebels Will Lose The War In The East", "Says", False),
    # the opening of a sentence, a lower-case word before it: no name
    ("Says the army will leave the town before the winter", "Says", False),
    ("the minister Announced the plan to the press on Monday", "Announced", False),
    # a lower-case cue: never
    ("the Red Cross said the convoy had reached the town", "said", False),
])
def test_inside_name(text, cue, inside):
    toks = tokens(text)
    at = text.index(cue)
    assert _inside_name(text, toks, (at, at + len(cue))) is inside


def test_a_title_case_headline_verb_stays_a_cue(analyse):
    found = _found(analyse("Ted Cruz Says Rebels Will Lose The War\n\nThe senator spoke on Monday.", "en"))
    assert any(c == "Says" for _s, c, _content in found), found


def test_a_title_with_a_colon_is_still_no_quotation(analyse):
    # the error list: "Sommet : Ukraine, climat et sanctions" read as a quotation
    found = _found(analyse("Sommet : Ukraine, climat et sanctions\n\nLes dirigeants se retrouvent lundi à Bruxelles.", "fr"))
    assert not any(c == ":" for _s, c, _content in found), found
