"""Boundaries between neighbouring statements, thirteenth attribution round (issue 13, branch
``attrib20``), on sentences written for the purpose: one gold statement read as two predictions,
two statements read as one."""

from __future__ import annotations

import pytest


def _found(article):
    return [((a.attrs["source"] or {}).get("text"), (a.attrs["cue"] or {}).get("text"),
             " || ".join(article.text[s:e] for s, e in a.attrs["parts"]))
            for a in article.layers["statements"]]


@pytest.mark.parametrize("text,first,second", [
    # "and" / "but" before a later verb of saying with its own subject: the first content ends there
    ("At the rally a farmer asked for a ceasefire and the governor said, “We will talk to them.”",
     ("a farmer", "asked"), ("the governor", "said", "We will talk to them.")),
    ("The ministry denied the report but a senior official told reporters the convoy had been hit.",
     ("The ministry", "denied"), ("a senior official", "told", "the convoy had been hit")),
])
def test_a_later_speaker_after_and_ends_the_first_content(analyse, text, first, second):
    found = _found(analyse("Talks\n\n" + text, "en"))
    assert second in found, found
    for src, cue, content in found:
        if (src, cue) == first:
            assert "said" not in content and "told" not in content, found


def test_a_coordinated_clause_of_no_saying_verb_stays_in_the_content(analyse):
    # a later verb that is no verb of saying proper ("believe") does not end the content
    found = _found(analyse("Talks\n\nThe minister said the talks had failed and the rebels believe the war will go on.", "en"))
    assert any(cue == "said" and "believe the war" in content for _s, cue, content in found), found


@pytest.mark.parametrize("lang,text,cue,inner", [
    # a later verb whose subject is a relative pronoun inside the content ("a plan that calls for"):
    # no second statement of the same speaker, the first content runs over it
    ("en", "The minister said he wants a peace plan that calls for a ceasefire in the east.", "said", "calls for"),
    ("en", "The governor said she had seen villages in the north that reminded her of a war zone.", "said", "reminded her"),
])
def test_a_relative_clause_stays_in_the_content(analyse, lang, text, cue, inner):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert any(c == cue and inner in content for _s, c, content in found), found
    assert not any(inner.split()[0] in (c or "") for _s, c, _content in found), found
