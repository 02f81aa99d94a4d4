"""The anonymity formula reports nothing: "said a resident who asked not to be named for fear of reprisals" made
a second statement (source "who", cue "asked", content "not to be named …"); "qui a demandé à ne pas être
nommé" alike.  The formulas are ``noncue`` entries of the cue lexicon."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize("lang, paragraph, expected", [
    ("en", "\"The jets came twice, the second time when people were pulling the wounded from the rubble,\" said a "
           "resident who asked not to be named for fear of reprisals.",
     ("a resident", "said", "The jets came twice, the second time when people were pulling the wounded from the rubble,")),
    ("en", "The convoy was stopped at a checkpoint near Kidal, said a local official who declined to be named.",
     ("a local official", "said", "The convoy was stopped at a checkpoint near Kidal")),
    ("fr", "« Ils sont venus à l'aube et ont tout brûlé », a raconté un habitant qui a demandé à ne pas être nommé.",
     ("un habitant", "a raconté", "Ils sont venus à l'aube et ont tout brûlé")),
])
def test_the_anonymity_formula_is_no_statement(analyse, lang, paragraph, expected):
    got = found(analyse(f"Myanmar\n\n{paragraph}", lang))
    assert got == [expected]
