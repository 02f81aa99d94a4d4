"""The end of a statement inside a longer sentence, thirteenth attribution round (issue 13, branch
``attrib25``), on sentences written for the purpose: a postposed cue after an earlier statement of its
sentence (the back cut), and a parenthetical prepositional cue ("X, according to Y, Z")."""

from __future__ import annotations

import pytest

from .conftest import found as _found


@pytest.mark.parametrize("lang,text,first,second", [
    # an earlier verb of saying with its own subject, read forwards, then ", but" / ";" and a postposed cue
    ("en", "The army said it had repelled the attack, but the town remained under fire, officials said.",
     ("The army", "said", "it had repelled the attack"), ("officials", "said", "the town remained under fire")),
    ("en", "The army said it had repelled the attack; the town remained under fire, officials said.",
     ("The army", "said", "it had repelled the attack"), ("officials", "said", "the town remained under fire")),
    ("fr", "L'armée a affirmé avoir repoussé l'attaque, mais la ville restait sous le feu, ont indiqué des responsables.",
     ("L'armée", "a affirmé", "avoir repoussé l'attaque"), ("des responsables", "ont indiqué", "la ville restait sous le feu")),
    ("ru", "Армия заявила, что отразила атаку, но город остается под обстрелом, сообщили чиновники.",
     ("Армия", "заявила", "отразила атаку"), ("чиновники", "сообщили", "город остается под обстрелом")),
    ("uk", "Армія заявила, що відбила атаку, але місто залишається під обстрілом, повідомили посадовці.",
     ("Армія", "заявила", "відбила атаку"), ("посадовці", "повідомили", "місто залишається під обстрілом")),
    # an earlier postposed statement, then ", and" / ", but" / ", while" and another postposed cue
    ("en", "Two soldiers were killed, the army said, and three villages were shelled, officials said.",
     ("the army", "said", "Two soldiers were killed"), ("officials", "said", "three villages were shelled")),
    ("en", "Shelling hit the port overnight, the governor said, but the ministry denied any damage, Reuters reported.",
     ("the governor", "said", "Shelling hit the port overnight"), ("Reuters", "reported", "the ministry denied any damage")),
    ("en", "In Kharkiv, the market was shelled at dawn, local television reported, while in Izium the bridge was hit, "
           "the regional newspaper reported.",
     ("local television", "reported", "In Kharkiv, the market was shelled at dawn"),
     ("the regional newspaper", "reported", "in Izium the bridge was hit")),
])
def test_a_postposed_cue_reads_back_to_the_earlier_statement_only(analyse, lang, text, first, second):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert first in found, found
    assert second in found, found


@pytest.mark.parametrize("lang,text,cue,content", [
    # no boundary after the earlier statement: the postposed content runs back over it (it is nested)
    ("en", "The governor said the town would hold, the ministry reported.", "reported", "The governor said the town would hold"),
    # an earlier verb read forwards that is no verb of saying proper: no cut
    ("en", "The army wants a ceasefire, but the town remained under fire, officials said.", "said",
     "The army wants a ceasefire, but the town remained under fire"),
])
def test_no_back_cut_without_a_saying_verb_and_a_boundary(analyse, lang, text, cue, content):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert any(c == cue and got == content for _s, c, got in found), found


@pytest.mark.parametrize("lang,text,source,parts", [
    # a parenthetical "according to": the words before it and the rest of the sentence after its source
    ("en", "Since last November, according to Human Rights Watch, security forces have killed more than 400 protesters.",
     "Human Rights Watch", "Since last November || security forces have killed more than 400 protesters"),
    ("en", "Three civilians, according to the regional governor, were killed in the shelling overnight.",
     "the regional governor", "Three civilians || were killed in the shelling overnight"),
    ("fr", "Depuis novembre, selon Human Rights Watch, les forces de sécurité ont tué plus de 400 manifestants.",
     "Human Rights Watch", "Depuis novembre || les forces de sécurité ont tué plus de 400 manifestants"),
    ("ru", "С ноября, по данным Human Rights Watch, силы безопасности убили более 400 протестующих.",
     "Human Rights Watch", "С ноября || силы безопасности убили более 400 протестующих"),
])
def test_a_parenthetical_prepositional_cue_takes_the_rest(analyse, lang, text, source, parts):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert any(s == source and got == parts for s, _c, got in found), found


@pytest.mark.parametrize("text,source,content", [
    # a relative clause or nothing after the source: the content is the words before the cue only
    ("Three civilians were killed, according to the regional governor, who blamed the rebels.",
     "the regional governor", "Three civilians were killed"),
    ("Three civilians were killed, according to the regional governor.", "the regional governor", "Three civilians were killed"),
])
def test_no_rest_after_a_final_or_relative_prepositional_source(analyse, text, source, content):
    found = _found(analyse("Talks\n\n" + text, "en"))
    assert any(s == source and got == content for s, _c, got in found), found
