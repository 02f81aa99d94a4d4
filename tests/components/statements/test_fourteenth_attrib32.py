"""An outer statement cut short at an inner cue, fourteenth attribution round (issue 13, branch ``attrib32``),
on sentences written for the purpose: a content that opens with a fronted adverbial clause ("said that
although X, Y") goes on over the comma into its main clause, and a later verb after "and" that goes on
with the subject of the content's own clause ("said he was alarmed and wanted to see …") stays in it."""

from __future__ import annotations

import pytest

from .conftest import found as _found


@pytest.mark.parametrize("lang,text,first", [
    ("en", "Prosecutors argued that although the commander confessed, he showed no remorse for the shelling.",
     ("Prosecutors", "argued", "although the commander confessed, he showed no remorse for the shelling")),
    ("en", "The governor said if the talks failed, he believed the army would resume the offensive.",
     ("The governor", "said", "if the talks failed, he believed the army would resume the offensive")),
    ("en", "The minister said that despite the ceasefire, rebels claimed the town overnight.",
     ("The minister", "said", "despite the ceasefire, rebels claimed the town overnight")),
    ("fr", "Le ministre a déclaré que si les négociations échouaient, l'armée affirmait qu'elle reprendrait l'offensive.",
     ("Le ministre", "a déclaré", "si les négociations échouaient, l'armée affirmait qu'elle reprendrait l'offensive")),
])
def test_a_fronted_adverbial_clause_does_not_end_the_content(analyse, lang, text, first):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert first in found, found


@pytest.mark.parametrize("lang,text,first,second", [
    # no fronted clause: the comma before a later statement's own subject still ends the first content
    ("en", "The minister said the ceasefire held overnight, rebels claimed the town.",
     ("The minister", "said", "the ceasefire held overnight"), ("rebels", "claimed", "the town")),
    # "when", "as", "whether" open a content of their own as often: the cut stays
    ("en", "The minister asked whether the ceasefire held, and the general said it did.",
     ("The minister", "asked", "whether the ceasefire held"), ("the general", "said", "it did")),
])
def test_the_cut_stays_without_a_fronted_clause(analyse, lang, text, first, second):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert first in found, found
    assert second in found, found
