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
    ("ru", "Министр заявил, что хотя перемирие соблюдается, командование обвиняет повстанцев в систематических обстрелах "
           "мирных кварталов города.",
     ("Министр", "заявил", "хотя перемирие соблюдается, командование обвиняет повстанцев в систематических обстрелах "
                           "мирных кварталов города")),
    ("uk", "Міністр заявив, що хоча перемир'я дотримується, командування звинувачує повстанців у систематичних обстрілах "
           "мирних кварталів міста.",
     ("Міністр", "заявив", "хоча перемир'я дотримується, командування звинувачує повстанців у систематичних обстрілах "
                           "мирних кварталів міста")),
])
def test_a_fronted_adverbial_clause_does_not_end_the_content(analyse, lang, text, first):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert first in found, found


@pytest.mark.parametrize("lang,text,first,second", [
    # no fronted clause: the comma before a later statement's own subject still ends the first content
    ("en", "The minister said the ceasefire held overnight, rebels claimed the town.",
     ("The minister", "said", "the ceasefire held overnight"), ("rebels", "claimed", "the town")),
    ("ru", "Министр заявил, что перемирие соблюдается, командование обвиняет повстанцев в систематических обстрелах "
           "мирных кварталов города.",
     ("Министр", "заявил", "перемирие соблюдается"),
     ("командование", "обвиняет", "повстанцев в систематических обстрелах мирных кварталов города")),
    # "when", "as", "whether" open a content of their own as often: the cut stays
    ("en", "The minister asked whether the ceasefire held, and the general said it did.",
     ("The minister", "asked", "whether the ceasefire held"), ("the general", "said", "it did")),
])
def test_the_cut_stays_without_a_fronted_clause(analyse, lang, text, first, second):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert first in found, found
    assert second in found, found


@pytest.mark.parametrize("text,first", [
    # a verb of wish or belief after "and" goes on with the content's own subject
    ("The mayor said he was alarmed by the shelling and wanted to see the damage for himself.",
     ("The mayor", "said", "he was alarmed by the shelling and wanted to see the damage for himself")),
    # a later verb in the present after a cue in the past
    ("The army said the rebels have withdrawn and promise to respect the truce.",
     ("The army", "said", "the rebels have withdrawn and promise to respect the truce")),
    ("The officials said they are worried about the offensive and want to evacuate the town.",
     ("The officials", "said", "they are worried about the offensive and want to evacuate the town")),
])
def test_a_later_verb_of_the_content_clause_stays_in_the_content(analyse, text, first):
    found = _found(analyse("Talks\n\n" + text, "en"))
    assert first in found, found


@pytest.mark.parametrize("text,first,second", [
    # a verb of saying proper: a second statement of the first cue's speaker
    ("The mayor said he was alarmed by the shelling and added that the town would hold.",
     ("The mayor", "said", "he was alarmed by the shelling"), ("The mayor", "added", "the town would hold")),
    # the same tense, no verb of wish or belief: the first cue's subject goes on
    ("The governor said the bridge was destroyed and accused the rebels of shelling it.",
     ("The governor", "said", "the bridge was destroyed"), ("The governor", "accused", "the rebels of shelling it")),
    # a cue in the present of reporting, then the past: the first cue's subject goes on
    ("The governor says the rebels are in the town and demanded a ceasefire.",
     ("The governor", "says", "the rebels are in the town"), ("The governor", "demanded", "a ceasefire")),
    # no finite verb before "and": a noun phrase content, the cut stays
    ("The governor condemned the attack and hopes to rebuild the bridge.",
     ("The governor", "condemned", "the attack"), ("The governor", "hopes", "to rebuild the bridge")),
])
def test_a_second_predicate_of_the_first_cue_still_ends_the_content(analyse, text, first, second):
    found = _found(analyse("Talks\n\n" + text, "en"))
    assert first in found, found
    assert second in found, found
