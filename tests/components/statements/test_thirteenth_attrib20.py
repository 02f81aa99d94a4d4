"""Boundaries between neighbouring statements, thirteenth attribution round (issue 13, branch
``attrib20``), on sentences written for the purpose: one gold statement read as two predictions,
two statements read as one."""

from __future__ import annotations

import pytest

from .conftest import found as _found


@pytest.mark.parametrize("text,first,second", [
    # "and" / "but" before a later verb of saying with its own subject: the first content ends there
    ("At the rally a farmer asked for a ceasefire and the governor said, “We will talk to them.”",
     ("a farmer", "asked"), ("the governor", "said", "We will talk to them.")),
    ("The ministry denied the report but a senior official told reporters the convoy had been hit.",
     ("The ministry", "denied"), ("a senior official", "told", "the convoy had been hit")),
])
def test_a_later_speaker_after_and_ends_the_first_content(analyse, text, first, second):
    found = _found(analyse("Talks\n\n" + text, "en"))
    assert second in found, found
    for src, cue, content in found:
        if (src, cue) == first:
            assert "said" not in content and "told" not in content, found


def test_a_coordinated_clause_of_no_saying_verb_stays_in_the_content(analyse):
    # a later verb that is no verb of saying proper ("believe") does not end the content
    found = _found(analyse("Talks\n\nThe minister said the talks had failed and the rebels believe the war will go on.", "en"))
    assert any(cue == "said" and "believe the war" in content for _s, cue, content in found), found


@pytest.mark.parametrize("lang,text,cue,inner", [
    # a later verb whose subject is a relative pronoun inside the content ("a plan that calls for"):
    # no second statement of the same speaker, the first content runs over it
    ("en", "The minister said he wants a peace plan that calls for a ceasefire in the east.", "said", "calls for"),
    ("en", "The governor said she had seen villages in the north that reminded her of a war zone.", "said", "reminded her"),
])
def test_a_relative_clause_stays_in_the_content(analyse, lang, text, cue, inner):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert any(c == cue and inner in content for _s, c, content in found), found
    assert not any(inner.split()[0] in (c or "") for _s, c, _content in found), found


@pytest.mark.parametrize("lang,text,cue,parts", [
    # a first- or second-person verb inside a quotation is the quoted speaker's own words, no incise
    # naming a new speaker: the quotation continues the statement before it
    ("en", "“The shelling has not stopped,” the governor said. “If you ask me, I think the town will fall. We need help.”",
     "said", 2),
    ("en", "\"You can't ignore the shelling,\" he said. \"If you say the army is tired, I agree with you totally. "
           "But we will not leave.\"", "said", 2),
    ("fr", "« Le bombardement continue », a déclaré le gouverneur. « Si vous voulez mon avis, je pense que la ville "
           "va tomber. Nous avons besoin d'aide. »", "a déclaré", 2),
    ("ru", "«Обстрелы не прекращаются», — сказал губернатор. «Если хотите знать, я думаю, город падет. Нам нужна помощь».",
     "сказал", 2),
    ("uk", "«Обстріли не припиняються», — сказав губернатор. «Якщо хочете знати, я думаю, місто впаде. Нам потрібна допомога».",
     "сказав", 2),
])
def test_a_first_person_verb_in_a_quotation_is_no_incise(analyse, lang, text, cue, parts):
    article = analyse("Talks\n\n" + text, lang)
    found = {(a.attrs["cue"] or {}).get("text"): a for a in article.layers["statements"]}
    assert set(found) == {cue}, _found(article)
    assert len(found[cue].attrs["parts"]) == parts, _found(article)


def test_a_third_person_incise_inside_a_quotation_still_names_its_speaker(analyse):
    found = _found(analyse("Talks\n\n« Nous ne reculerons pas, a-t-il ajouté. Nous resterons ici. »", "fr"))
    assert ("il", "a-t-il ajouté", "Nous ne reculerons pas || Nous resterons ici") in found, found


@pytest.mark.parametrize("lang,text,expected", [
    # conflict news: a participial or coordinated second cue is its own statement with the first speaker
    ("en", "The ministry said the strike killed three people, adding that the rescue operation was continuing.",
     [("The ministry", "said", "the strike killed three people"),
      ("The ministry", "adding", "the rescue operation was continuing")]),
    ("en", "The governor said the town was shelled overnight and the mayor said two schools were hit.",
     [("The governor", "said", "the town was shelled overnight"), ("the mayor", "said", "two schools were hit")]),
    ("fr", "Le ministère a affirmé que la frappe avait tué trois personnes, ajoutant que les secours étaient sur place.",
     [("Le ministère", "a affirmé", "la frappe avait tué trois personnes"),
      ("Le ministère", "ajoutant", "les secours étaient sur place")]),
    ("ru", "Министерство заявило, что удар унес жизни трех человек, добавив, что спасатели работают на месте.",
     [("Министерство", "заявило", "удар унес жизни трех человек"),
      ("Министерство", "добавив", "спасатели работают на месте")]),
    ("uk", "Міністерство заявило, що удар забрав життя трьох людей, додавши, що рятувальники працюють на місці.",
     [("Міністерство", "заявило", "удар забрав життя трьох людей"),
      ("Міністерство", "додавши", "рятувальники працюють на місці")]),
])
def test_two_statements_of_one_sentence_stay_two(analyse, lang, text, expected):
    found = _found(analyse("Talks\n\n" + text, lang))
    for e in expected:
        assert e in found, found


def test_a_quotation_ending_the_paragraph_before_is_no_content_of_a_later_cue(analyse):
    # the quotation continues the statement of its own paragraph, not a cue opening the next one
    text = ("Talks\n\n“The shelling has not stopped,” the governor said. “Three more villages were hit overnight "
            "and no one is helping them.”\n\nIt’s a situation the governor said could get worse this week.")
    found = _found(analyse(text, "en"))
    assert ("the governor", "said", "The shelling has not stopped, || Three more villages were hit overnight and "
            "no one is helping them.") in found, found
    assert not any("Three more villages" in content for src, _c, content in found if src != "the governor"), found


def test_a_quotation_ending_the_sentence_before_in_the_paragraph_is_still_the_content(analyse):
    found = _found(analyse("Talks\n\n“We will not leave the town!” The mayor said on Twitter.", "en"))
    assert ("The mayor", "said", "We will not leave the town!") in found, found


@pytest.mark.parametrize("lang,text,cue", [
    # two cues reading the very same content: one statement, the first cue's
    ("en", "The governor explained the decision by saying: “We had no other choice. The town was surrounded.”", "explained"),
    ("en", "The ministry reacted on Twitter, saying: “The strike on the hospital was a war crime.”", "reacted"),
    ("fr", "Le gouverneur a expliqué sa décision en déclarant : « Nous n'avions pas le choix. La ville était encerclée. »",
     "a expliqué"),
])
def test_one_statement_per_content(analyse, lang, text, cue):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert [c for _s, c, _content in found] == [cue], found


@pytest.mark.parametrize("text,first,second", [
    # a relative pronoun speaking with a verb of saying after a comma and its antecedent: two statements
    ("Most residents said they wanted the army to stay, compared with a third who said they would rather leave.",
     ("Most residents", "said", "they wanted the army to stay"), ("who", "said", "they would rather leave")),
    ("The governor said the town was calm, unlike the refugees who told reporters that the shelling went on all night.",
     ("The governor", "said", "the town was calm"), ("who", "told", "the shelling went on all night")),
])
def test_a_relative_speaker_after_a_comma_ends_the_first_content(analyse, text, first, second):
    found = _found(analyse("Poll\n\n" + text, "en"))
    assert first in found and second in found, found
