"""A verb of responding whose words after it name the means of an act is no statement: "Israel
responded with artillery fire on southern Lebanon" was Israel's statement (content "with artillery
fire ..."), so the shelling was *claimed* by Israel and had no actor. "Responded with a statement" and
"a répondu par un communiqué" name words said, and stay."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Israel responded with artillery fire on southern Lebanon."),
    ("en", "The army responded by shelling the villages near the border."),
    ("fr", "Israël a répondu par des frappes d'artillerie sur le sud du Liban."),
    ("fr", "L'armée a riposté par des tirs de mortier."),
])
def test_an_act_in_response_is_no_statement(analyse, lang, sentence):
    title = {"en": "Strikes", "fr": "Frappes"}[lang]
    assert found(analyse(f"{title}\n\n{sentence}", lang)) == []


def test_the_shelling_in_response_is_asserted_with_its_actor(analyse):
    article = analyse("Strikes\n\nIsrael responded with artillery fire on southern Lebanon.", "en")
    (event,) = [e for e in article.layers["events"] if e.attrs["trigger"] == "artillery fire"]
    assert event.attrs["modality"] == "asserted"
    assert [a["name"] for a in event.attrs["actor"]] == ["Israel"]


@pytest.mark.parametrize("lang, sentence, source", [
    ("en", "The ministry responded with a statement calling the report false.", "The ministry"),
    ("en", "The Kremlin responded that the talks were over.", "The Kremlin"),
])
def test_words_in_response_stay(analyse, lang, sentence, source):
    assert source in [f[0] for f in found(analyse(f"Talks\n\n{sentence}", lang))]


def test_responding_by_arguing_stays(analyse):
    article = analyse("Debate\n\nTrump responded by using the example of Chicago to prove that gun control is not working.", "en")
    assert "Trump" in [f[0] for f in found(article)]


def test_a_quotation_after_the_response_keeps_it(analyse):
    article = analyse('Grafts\n\nShe reacted with shock, "I was flabbergasted because I did not know."', "en")
    assert any("flabbergasted" in f[2] for f in found(article))


def test_responding_by_first_saying_is_no_act(analyse):
    # ("first" is no "fire": the act words are whole words)
    article = analyse("Debate\n\nMr. Bush responded by first saying some good things about Mr. Trump.", "en")
    assert any(f[1] == "responded" for f in found(article))
