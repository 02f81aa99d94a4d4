"""Attribution in conflict news, second round (issue 13, branch ``attrib19``): the addressee of "told"
before a bare complement clause is the channel, not part of the content.  docs/statements.md
("Twelfth round (branch `attrib19`)") gives the figures and the errors left open."""

from __future__ import annotations

import pytest


def _found(article):
    return [((a.attrs["source"] or {}).get("text"), (a.attrs["cue"] or {}).get("text"),
             article.text[a.start:a.end], a.attrs.get("channel"))
            for a in article.layers["statements"]]


BARE = [
    ("The governor told reporters the strike killed three people.", "The governor", "told",
     "the strike killed three people", "reporters"),
    ("A Ukrainian commander told the BBC his unit had lost half its men.", "A Ukrainian commander", "told",
     "his unit had lost half its men", "the BBC"),
    ("The mayor told residents there was no water in the eastern districts.", "The mayor", "told",
     "there was no water in the eastern districts", "residents"),
    ("The spokesman told them the convoy was attacked near the border.", "The spokesman", "told",
     "the convoy was attacked near the border", "them"),
]


@pytest.mark.parametrize("text, source, cue, content, channel", BARE)
def test_the_addressee_of_told_before_a_bare_clause_is_the_channel(analyse, text, source, cue, content, channel):
    found = _found(analyse("Report\n\n" + text, "en"))
    assert (source, cue, content) in [f[:3] for f in found]
    assert not any(f[2].startswith(channel) for f in found)


def test_a_media_addressee_is_kept_as_the_channel(analyse):
    found = _found(analyse("Report\n\nA Ukrainian commander told the BBC his unit had lost half its men.", "en"))
    assert ("A Ukrainian commander", "told", "his unit had lost half its men", "the BBC") in found


@pytest.mark.parametrize("text, content", [
    # not an addressee: the story told, a clause with no verb after the determiner
    ("The veteran told the story of how his brigade crossed the river.",
     "the story of how his brigade crossed the river"),
    ("The minister told lawmakers that the front line was holding.", "the front line was holding"),
])
def test_no_bare_addressee_where_there_is_none(analyse, text, content):
    contents = [f[2] for f in _found(analyse("Report\n\n" + text, "en"))]
    assert content in contents


@pytest.mark.parametrize("text, source, content", [
    ("Russia accused Kyiv of attacking the plant.", "Russia", "Kyiv of attacking the plant"),
    ("The army accused the rebels of attacking a convoy near the border.", "The army",
     "the rebels of attacking a convoy near the border"),
])
def test_an_attack_one_is_accused_of_is_no_statement_of_its_own(analyse, text, source, content):
    assert _found(analyse("Report\n\n" + text, "en")) == [(source, "accused", content, None)]


def test_a_claim_one_is_accused_of_stays_a_statement(analyse):
    # PolNeAR annotates "accused X of saying/claiming ...": only deeds are dropped
    found = _found(analyse("Report\n\nRussia accused Kyiv of claiming the plant was safe.", "en"))
    assert ("Russia", "accused", "Kyiv of claiming the plant was safe", None) in found
    assert [f[1:3] for f in found if f[0] != "Russia"] == [("claiming", "the plant was safe")]
