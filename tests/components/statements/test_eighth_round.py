"""The error kinds fixed in the eighth attribution round (issue 13, branch ``attrib7``), each read
on PolNeAR train and tested here on sentences written for the purpose."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,cue,source,content", [
    ("Politics\n\nJust after the attack on the nightclub, the senator was calling for tighter gun laws.",
     "was calling", "the senator", "for tighter gun laws"),
    ("Politics\n\nWith so many voters touched by the crisis, the two candidates want to reform the law.",
     "want", "the two candidates", "to reform the law"),
])
def test_opening_adverbial_is_no_content_of_a_verb_that_is_no_verb_of_saying(analyse, by_cue, text, cue, source, content):
    """An opening phrase before "SUBJECT VERB PREP ..." is no postposed content when the verb is no
    verb of saying proper ("calling for", "want to"): the clause reads forwards."""
    st = by_cue(analyse(text, "en"))[cue]
    assert st["source"]["text"] == source
    assert st["content"] == content


def test_verb_of_saying_before_a_preposition_still_reads_backwards(analyse, by_cue):
    text = "Politics\n\nThe economy will recover next year, the minister said on Tuesday."
    st = by_cue(analyse(text, "en"))["said"]
    assert st["source"]["text"] == "the minister"
    assert st["content"] == "The economy will recover next year"
