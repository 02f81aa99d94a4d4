"""A refusal to comment and an armed attack are no statements (twentieth session).

- "The army's spokesman declined to comment" was a statement (content "to comment"): ``noncue``
  entries ("declined / refused to comment"); fr / ru / uk made none already.
- English "attacked" is a cue in its speech sense ("attacked the plan as reckless"), so "Fighters
  attacked a base near Gao" made the attack the fighters' words: a ``target`` noun among the four words
  after an ``attackverb`` is an armed attack (``statements._attack_on_target``)."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize("paragraph", [
    "A spokesman for the Ethiopian army declined to comment.",
    "The ministry refused to comment on the figures.",
])
def test_a_refusal_to_comment_is_no_statement(analyse, paragraph):
    assert found(analyse(f"Ethiopia\n\n{paragraph}", "en")) == []


def test_a_statement_about_a_refusal_stays(analyse):
    paragraph = "The Kremlin declined to comment on the strikes, the Interfax news agency said."
    got = found(analyse(f"Russia\n\n{paragraph}", "en"))
    assert got == [("the Interfax news agency", "said", "The Kremlin declined to comment on the strikes")]


@pytest.mark.parametrize("paragraph", [
    "Islamist fighters attacked an army base near Menaka on Sunday.",
    "Gunmen attacked a police checkpoint on the road to Bunia.",
    "Houthi forces attacked a tanker off the coast of Hodeidah.",
])
def test_an_armed_attack_is_no_statement(analyse, paragraph):
    assert found(analyse(f"Attack\n\n{paragraph}", "en")) == []


@pytest.mark.parametrize("paragraph, expected", [
    ("Opposition leader Tundu Lissu attacked the election law as \"a licence to rig.\"",
     ("Opposition leader Tundu Lissu", "attacked")),
    ("The senator attacked the administration's handling of the border crisis.",
     ("The senator", "attacked")),
])
def test_attacked_in_its_speech_sense_stays(analyse, paragraph, expected):
    got = found(analyse(f"Politics\n\n{paragraph}", "en"))
    assert [g[:2] for g in got] == [expected]
