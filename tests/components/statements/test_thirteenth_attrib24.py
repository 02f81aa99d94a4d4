"""The right cue, the wrong content: thirteenth attribution round (issue 13, branch ``attrib24``), on
sentences written for the purpose."""

from __future__ import annotations

import pytest

from .conftest import found as _found


@pytest.mark.parametrize("text,source,cue,content", [
    # a postposed verb that is no verb of saying proper, followed by a time expression only: the content is
    # the clause before the comma, not "on Wednesday"
    ("The ceasefire is collapsing, the ministry warned on Tuesday.",
     "the ministry", "warned", "The ceasefire is collapsing"),
    ("The rebels took the airport, the agency reported on Thursday, two days after the attack.",
     "the agency", "reported", "The rebels took the airport"),
    # a verb of saying proper reads backwards as before
    ("The ceasefire is collapsing, the ministry said on Tuesday.",
     "the ministry", "said", "The ceasefire is collapsing"),
])
def test_a_time_expression_after_a_postposed_verb_is_no_content(analyse, text, source, cue, content):
    found = _found(analyse("Talks\n\n" + text, "en"))
    assert any(s == source and c == cue and f.startswith(content) for s, c, f in found), found
    assert not any(f.startswith(("on ", "Tuesday", "Thursday")) for _s, _c, f in found), found


def test_a_verb_with_an_object_after_an_opening_adverbial_still_reads_forwards(analyse):
    found = _found(analyse("Talks\n\nJust after the attack, the senator was calling for change.", "en"))
    assert any(s == "the senator" and "change" in f for s, _c, f in found), found


@pytest.mark.parametrize("lang,text,source,first,second", [
    # "X, according to Y, Z": the sentence goes on after the source; the content is both sides
    ("en", "In addition, according to the ministry, 40 people were killed in the strike.",
     "the ministry", "In addition", "40 people were killed in the strike"),
    ("en", "Since last November, according to the monitors, security forces have killed 400 protesters.",
     "the monitors", "Since last November", "security forces have killed 400 protesters"),
    ("fr", "Depuis lundi, selon le ministère, 40 personnes ont été tuées dans la ville.",
     "le ministère", "Depuis lundi", "40 personnes ont été tuées dans la ville"),
    ("ru", "С понедельника, по данным министерства, в городе погибли 40 человек.",
     "министерства", "С понедельника", "в городе погибли 40 человек"),
    ("uk", "З понеділка, за даними міністерства, у місті загинули 40 людей.",
     "міністерства", "З понеділка", "у місті загинули 40 людей"),
])
def test_a_source_in_the_middle_of_its_content(analyse, lang, text, source, first, second):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert (source, next(c for s, c, _f in found if s == source), f"{first} || {second}") in found, found


@pytest.mark.parametrize("text,content", [
    # a relative clause after the source, or nothing after it: the content is the clause before
    ("The convoy was hit, according to officials, who spoke on condition of anonymity.", "The convoy was hit"),
    ("The convoy was hit near the border, according to the ministry.", "The convoy was hit near the border"),
])
def test_according_to_at_the_end_keeps_one_part(analyse, text, content):
    found = _found(analyse("Talks\n\n" + text, "en"))
    assert any(cue == "according to" and f == content for _s, cue, f in found), found


@pytest.mark.parametrize("lang,text,source,cue,content", [
    # after a quotation, the source after any verb cue, not only a verb of saying proper
    ("en", "“We will not leave the city,” declared the mayor.", "the mayor", "declared", "We will not leave the city,"),
    ("en", "“The front is holding,” warned General Oleksandr Syrskyi, the army commander.",
     "General Oleksandr Syrskyi", "warned", "The front is holding,"),
    ("fr", "« Nous ne quitterons pas la ville », a déclaré le maire.", "le maire", "a déclaré",
     "Nous ne quitterons pas la ville"),
    ("ru", "«Мы не уйдем из города», — заявил мэр.", "мэр", "заявил", "Мы не уйдем из города"),
])
def test_a_quotation_then_a_verb_then_its_speaker(analyse, lang, text, source, cue, content):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert (source, cue, content) in found, found


@pytest.mark.parametrize("lang,text,source,inner", [
    # an object then an infinitive: the statement is found, its content holds the infinitive
    ("en", "The ministry urged residents to leave the city.", "The ministry", "to leave the city"),
    ("ru", "Министерство призвало жителей покинуть город.", "Министерство", "покинуть город"),
    ("uk", "Міністерство закликало мешканців залишити місто.", "Міністерство", "залишити місто"),
])
def test_an_appeal_with_an_object_and_an_infinitive(analyse, lang, text, source, inner):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert any(s == source and inner in f for s, _c, f in found), found
