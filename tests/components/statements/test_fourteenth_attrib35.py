"""A source ends before the manner adverb standing between it and its verb, fourteenth attribution round
(issue 13, branch ``attrib35``), on sentences written for the purpose: "The minister strongly denied
that …" has the source "The minister", not "The minister strongly"; a noun in "-ly" ("the family")
stays.  In ru/uk an adverb in "-но" goes the same way ("Министр решительно опроверг"); the listed ones
are already part of the cue ("также заявил") and stay there."""

from __future__ import annotations

import pytest

from .conftest import found as _found


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The minister strongly denied that the army had shelled the village.",
     ("The minister", "denied", "the army had shelled the village")),
    ("en", "The governor angrily rejected the claim that the vote had been rigged.",
     ("The governor", "rejected", "the claim that the vote had been rigged")),
    ("en", "Rebel commanders have consistently insisted that the ceasefire is holding.",
     ("Rebel commanders have", "insisted", "the ceasefire is holding")),
    # a noun in "-ly" is no adverb
    ("en", "The Clinton family said that the foundation would close.",
     ("The Clinton family", "said", "the foundation would close")),
    # ru/uk: a lowercase adverb in "-но" (six letters or more) between the subject and a verb the cue
    # does not take it into ("решительно опроверг")
    ("ru", "Министр решительно опроверг, что армия обстреляла деревню.",
     ("Министр", "опроверг", "армия обстреляла деревню")),
    ("uk", "Міністр категорично спростував, що армія обстріляла село.",
     ("Міністр", "спростував", "армія обстріляла село")),
    ("ru", "Министр также заявил, что армия не обстреливала деревню.",
     ("Министр", "также заявил", "армия не обстреливала деревню")),
    ("uk", "Міністр також заявив, що армія не обстрілювала село.",
     ("Міністр", "також заявив", "армія не обстрілювала село")),
])
def test_a_source_ends_before_a_manner_adverb(analyse, lang, text, expected):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert expected in found, found


def test_trailing_adverbs_alone():
    from sitrep.components.statements import _without_trailing_adverbs
    from sitrep.components.statements.cues import lexicon

    lex = lexicon("en")
    for text, want in (("Voters increasingly", "Voters"), ("She quickly", "She"), ("The monthly", "The monthly"),
                       ("the assembly", "the assembly"), ("Sanders has publicly", "Sanders has"), ("Kelly", "Kelly")):
        s, e = _without_trailing_adverbs(lex, text, (0, len(text)))
        assert text[s:e] == want, (text, text[s:e])
    ru = lexicon("ru")
    for text, want in (("Министр решительно", "Министр"), ("Агентство", "Агентство"), ("Компания Рено", "Компания Рено")):
        s, e = _without_trailing_adverbs(ru, text, (0, len(text)))
        assert text[s:e] == want, (text, text[s:e])
