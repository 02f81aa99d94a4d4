"""Two statements read as one, fourteenth attribution round (issue 13, branch ``attrib29``), on
sentences written for the purpose: a postposed source after a quotation that ends at a relative
pronoun ("“…,” said Mayor Ivan Petrenko who has run the town since 2015"), and a noun set off by a
comma whose relative clause holds a verb cue with no object ("…, a claim the rebels denied"): the noun is
that verb's content, the content before ends at the comma."""

from __future__ import annotations

import pytest

from .conftest import found as _found


@pytest.mark.parametrize("lang,text,expected", [
    # the source after the verb ends at the relative pronoun; the relative clause is about it
    ("en", "“We will not leave the city,” said Mayor Ivan Petrenko who has run the town since 2015 and knows "
           "every street of the old quarter.",
     ("Mayor Ivan Petrenko", "said", "We will not leave the city,")),
    ("en", "“The bridge is still standing,” said a spokesman for the regional administration who asked not to be named.",
     ("a spokesman for the regional administration", "said", "The bridge is still standing,")),
    ("fr", "« Nous ne quitterons pas la ville », a déclaré le maire Jean Dupont qui dirige la commune depuis 2015.",
     ("le maire Jean Dupont", "a déclaré", "Nous ne quitterons pas la ville")),
])
def test_a_postposed_source_ends_at_a_relative_pronoun(analyse, lang, text, expected):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert expected in found, found


@pytest.mark.parametrize("lang,text,first,second", [
    ("en", "Moscow said the drone was shot down over the sea, an account Kyiv has rejected.",
     ("Moscow", "said", "the drone was shot down over the sea"), ("Kyiv", "rejected", "an account")),
    ("en", "The army said it had retaken the village, a claim the rebels denied on Sunday.",
     ("The army", "said", "it had retaken the village"), ("the rebels", "denied", "a claim")),
    ("en", "The governor complained that the vote had been rigged against him, a charge that election officials "
           "strongly denied.",
     ("The governor", "complained", "the vote had been rigged against him"),
     ("election officials", "denied", "a charge")),
    ("fr", "L'armée a affirmé avoir repris le village, une affirmation que les rebelles démentent.",
     ("L'armée", "a affirmé", "avoir repris le village"), ("les rebelles", "démentent", "une affirmation")),
    ("ru", "Армия заявила, что отбила деревню, — утверждение, которое повстанцы опровергли в воскресенье.",
     ("Армия", "заявила", "отбила деревню"), ("повстанцы", "опровергли", "утверждение")),
    ("uk", "Армія заявила, що відбила село, — твердження, яке повстанці спростували в неділю.",
     ("Армія", "заявила", "відбила село"), ("повстанці", "спростували", "твердження")),
])
def test_a_noun_and_its_relative_cue_end_the_content_before(analyse, lang, text, first, second):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert first in found, found
    assert second in found, found


@pytest.mark.parametrize("text,expected", [
    # a definite noun phrase before a verb of reporting is the postposed subject, not a noun and its relative
    ("Two soldiers were killed near the river, the news agency Interfax reported on Monday.",
     ("the news agency Interfax", "reported", "Two soldiers were killed near the river")),
    # a passive relative clause ("the day the agreement was announced") is no statement of its own
    ("The ceasefire collapsed on the day the agreement was announced, officials said.",
     ("officials", "said", "The ceasefire collapsed on the day the agreement was announced")),
])
def test_no_relative_cue_where_the_words_are_a_subject_or_a_passive(analyse, text, expected):
    found = _found(analyse("Talks\n\n" + text, "en"))
    assert found == [expected], found


@pytest.mark.parametrize("text,first,second", [
    # an adverb before "but" does not cancel the conjunction that ends the first content
    ("A spokesman for the ministry declined to address the report specifically but said in a statement that "
     "\"the army did not, at any time, target civilians.\"",
     ("A spokesman for the ministry", "declined", "to address the report specifically"),
     ("A spokesman for the ministry", "said", "the army did not, at any time, target civilians.")),
    ("The governor flatly rejected the claims publicly and added that the port had not been hit.",
     ("The governor", "flatly rejected", "the claims publicly"),
     ("The governor", "added", "the port had not been hit")),
])
def test_an_adverb_before_the_conjunction_keeps_the_cut(analyse, text, first, second):
    found = _found(analyse("Talks\n\n" + text, "en"))
    assert first in found, found
    assert second in found, found
