"""Conflict-news attribution: thirteenth round (issue 13, branch ``attrib26``), on sentences written for
the purpose."""

from __future__ import annotations

import pytest

from .conftest import found as _found


@pytest.mark.parametrize("lang,text,source,content", [
    # a passive participle with its agent, between commas, inside the content of an earlier verb: an aside,
    # neither a cue nor a cut of that content
    ("en", "The ministry said the rebels, backed by Iran, had seized the town.",
     "The ministry", "the rebels, backed by Iran, had seized the town"),
    ("en", "The army said the militia, supported by foreign fighters, had shelled the port.",
     "The army", "the militia, supported by foreign fighters, had shelled the port"),
    ("en", "The governor said the fighters, trained by the old regime, had crossed the river.",
     "The governor", "the fighters, trained by the old regime, had crossed the river"),
    ("fr", "Le ministère a déclaré que les rebelles, soutenus par l'Iran, ont pris la ville.",
     "Le ministère", "les rebelles, soutenus par l'Iran, ont pris la ville"),
    ("ru", "Министерство заявило, что повстанцы, поддерживаемые Ираном, захватили город.",
     "Министерство", "повстанцы, поддерживаемые Ираном, захватили город"),
    ("uk", "Міністерство заявило, що повстанці, підтримувані Іраном, захопили місто.",
     "Міністерство", "повстанці, підтримувані Іраном, захопили місто"),
])
def test_a_participle_aside_is_no_cue(analyse, lang, text, source, content):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert any(s == source and f == content for s, _c, f in found), found
    assert not any(c and c.lower() in ("backed", "supported", "trained") for _s, c, _f in found), found


def test_a_participle_at_the_head_of_its_clause_still_reads(analyse):
    # no earlier content around it: the rule does not apply ("backed" opens no statement here either way)
    found = _found(analyse("Talks\n\nThe rebels, backed by Iran, seized the town, the ministry said.", "en"))
    assert any(s == "the ministry" and "seized the town" in f for s, _c, f in found), found


@pytest.mark.parametrize("lang,text,source,content", [
    # a call to act: "appeler (X) à", "inviter X à", "exhorter X à" + infinitive, and the counterparts
    ("fr", "Le ministère a appelé les habitants à quitter la ville.", "Le ministère", "les habitants à quitter la ville"),
    ("fr", "Le ministère a appelé à quitter la ville.", "Le ministère", "quitter la ville"),
    ("fr", "Le gouverneur a invité la population à rester chez elle.", "Le gouverneur", "la population à rester chez elle"),
    ("fr", "L'armée a exhorté les civils à se mettre à l'abri.", "L'armée", "les civils à se mettre à l'abri"),
    ("fr", "Le gouvernement appelle la population à ne pas sortir.", "Le gouvernement", "la population à ne pas sortir"),
    ("en", "The ministry urged residents to leave the town.", "The ministry", "residents to leave the town"),
    ("ru", "Министерство призвало жителей покинуть город.", "Министерство", "жителей покинуть город"),
    ("uk", "Міністерство закликало мешканців залишити місто.", "Міністерство", "мешканців залишити місто"),
])
def test_a_call_to_act(analyse, lang, text, source, content):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert any(s == source and f == content for s, _c, f in found), found


@pytest.mark.parametrize("text", [
    "Le ministre a appelé son frère lundi.",
    "Le ministre a appelé son frère à Paris lundi.",
    "Le ministre a invité les journalistes à la conférence de presse.",
])
def test_appeler_without_a_call_to_act_is_no_cue(analyse, text):
    assert _found(analyse("Talks\n\n" + text, "fr")) == []
