"""Content boundaries of the twelfth attribution round (issue 13, branch ``attrib13``), on sentences
written for the purpose: where a content ends and on which side of its cue it lies."""

from __future__ import annotations

import pytest


def _found(article):
    return [((a.attrs["source"] or {}).get("text"), (a.attrs["cue"] or {}).get("text"),
             " || ".join(article.text[s:e] for s, e in a.attrs["parts"]))
            for a in article.layers["statements"]]


@pytest.mark.parametrize("lang,text,expected", [
    # an opening phrase, then the subject, the verb and a comma before a quotation: the quotation is
    # what was said (before, the opening phrase was the content and the quotation a second part)
    ("en", "Asked about the leak during the debate, Clinton said, “I do take responsibility for it.”",
     ("Clinton", "said", "I do take responsibility for it.")),
    ("en", "On the same day that the footage emerged, Mr. Trump said, “I don’t like it at all.”",
     ("Mr. Trump", "said", "I don’t like it at all.")),
    ("fr", "Interrogé sur ce point lors du débat télévisé, le ministre a déclaré, « Nous ne reculerons pas devant la menace. »",
     ("le ministre", "a déclaré", "Nous ne reculerons pas devant la menace.")),
    ("ru", "Отвечая на вопрос журналистов о переговорах, министр заявил, «Мы не отступим перед угрозой».",
     ("министр", "заявил", "Мы не отступим перед угрозой")),
    ("uk", "Відповідаючи на запитання журналістів про переговори, міністр заявив, «Ми не відступимо перед загрозою».",
     ("міністр", "заявив", "Ми не відступимо перед загрозою")),
])
def test_a_quotation_after_the_verb_and_a_comma_is_the_content(analyse, lang, text, expected):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert expected in found, found


@pytest.mark.parametrize("text,expected", [
    # a quotation split by its cue stays one statement in two parts
    ("“It is a better use of political capital,” he added, “to pursue a hybrid system.”",
     ("he", "added", "It is a better use of political capital, || to pursue a hybrid system.")),
    # a passive subject is asked, it does not speak
    ("At the end of the hearing, the senator was asked, “Will you resign?”", None),
])
def test_the_comma_reading_leaves_split_quotations_and_passives(analyse, text, expected):
    found = _found(analyse("Hearing\n\n" + text, "en"))
    if expected is not None:
        assert expected in found, found
    else:
        assert not any(src == "the senator" and content == "Will you resign?" for src, _cue, content in found), found


@pytest.mark.parametrize("lang,text,expected", [
    # a quotation opening after a colon, its cue after it: the quotation alone is the content (before,
    # the clause before the colon was taken with it)
    ("en", "At the time, Trump seemed to suggest he had silenced his former wife: \"She signed a confidentiality "
           "agreement,\" he told the newspaper.",
     ("he", "told", "She signed a confidentiality agreement,")),
    ("fr", "Le président semblait alors suggérer qu'il avait réduit son ex-femme au silence : « Elle a signé un "
           "accord de confidentialité », a-t-il dit au journal.",
     ("il", "dit", "Elle a signé un accord de confidentialité")),
    ("ru", "Тогда президент, казалось, намекнул, что заставил бывшую жену молчать: «Она подписала соглашение "
           "о конфиденциальности», — сказал он газете.",
     ("он", "сказал", "Она подписала соглашение о конфиденциальности")),
])
def test_a_quotation_after_a_colon_is_the_content_of_the_cue_after_it(analyse, lang, text, expected):
    found = _found(analyse("Interview\n\n" + text, lang))
    assert expected in found, found


@pytest.mark.parametrize("lang,text,expected", [
    # "that" inside the clause, a relative "that" / "que", a noun's complement: no jump to it
    ("en", "The governor also said he understands how hard that can be.",
     ("The governor", "also said", "he understands how hard that can be")),
    ("en", "Carson rejected the notion that the episode should be forgotten.",
     ("Carson", "rejected", "the notion that the episode should be forgotten")),
    ("fr", "Le ministre a rappelé la promesse que le gouvernement avait faite aux agriculteurs.",
     ("Le ministre", "a rappelé", "la promesse que le gouvernement avait faite aux agriculteurs")),
    # an adjunct, an addressee, a verb cue after the cue: "that" still opens the content
    ("en", "The minister said on Sunday that the talks had failed.", ("The minister", "said", "the talks had failed")),
    ("en", "The governor assured them that the order was lawful.", ("The governor", "assured", "the order was lawful")),
    ("fr", "Le ministre a déclaré hier que les négociations avaient échoué.",
     ("Le ministre", "a déclaré", "les négociations avaient échoué")),
])
def test_the_complementiser_is_skipped_only_after_an_adjunct_or_an_addressee(analyse, lang, text, expected):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert expected in found, found


@pytest.mark.parametrize("lang,text,expected", [
    # a quotation whose sentence goes on, unquoted, after its postposed cue
    ("en", "“It is a better use of political capital,” he added, to pursue a hybrid system of taxes.",
     ("he", "added", "It is a better use of political capital, || to pursue a hybrid system of taxes")),
    ("en", "“We are gravely concerned,” the senators wrote, that the agency may have deported families.",
     ("the senators", "wrote", "We are gravely concerned, || that the agency may have deported families")),
])
def test_an_unquoted_continuation_after_the_cue_is_content(analyse, lang, text, expected):
    found = _found(analyse("Letter\n\n" + text, lang))
    assert expected in found, found


@pytest.mark.parametrize("text,cue,content", [
    # a new predicate ("and started to cry") or a participle with its own cue is no continuation
    ("“I can't give her up,” she told me, and started to cry.", "told", "I can't give her up,"),
    ("“The plan is dead,” the minister said, adding that it would not be revived.", "said", "The plan is dead,"),
])
def test_a_new_predicate_after_the_cue_is_no_continuation(analyse, text, cue, content):
    found = _found(analyse("Interview\n\n" + text, "en"))
    assert any(c == cue and got == content for _s, c, got in found), found


@pytest.mark.parametrize("text,source,content", [
    # the agent of a passive cue ends before "for": what it blames is a second content part
    ("The governor has been rebuked by opponents for his plan to close the border.",
     "opponents", "The governor || for his plan to close the border"),
    ("The policy was criticized by Democrats over its cost.", "Democrats", "The policy || over its cost"),
])
def test_the_agent_of_a_passive_cue_ends_before_its_reason(analyse, text, source, content):
    found = _found(analyse("Border\n\n" + text, "en"))
    assert any(s == source and c == content for s, _cue, c in found), found


def test_the_topic_after_said_of_is_a_content_part(analyse):
    found = _found(analyse("Council\n\n“It’s unanimous,” she said of the council’s support for ending the contracts.", "en"))
    assert ("she", "said", "It’s unanimous, || the council’s support for ending the contracts") in found, found


def test_a_count_after_a_comma_is_the_subject_of_the_next_statement(analyse):
    text = "So far, 520 delegates have publicly said they back Clinton, 39 have said they back Sanders."
    found = _found(analyse("Delegates\n\n" + text, "en"))
    assert ("520 delegates", "have publicly said", "they back Clinton") in found, found
    assert ("39", "have said", "they back Sanders") in found, found


@pytest.mark.parametrize("lang,text,first,second", [
    ("en", "At the time, Trump seemed to suggest he had silenced his former wife: \"She signed a confidentiality "
           "agreement,\" he told the newspaper.",
     ("Trump", "seemed", "to suggest he had silenced his former wife"),
     ("he", "told", "She signed a confidentiality agreement,")),
    # the cue of the quotation at the sentence end: the first content still ends at the colon
    ("fr", "Mitzna a accusé Sharon d'avoir fait échouer la négociation : « S'il avait voulu la paix, il aurait "
           "préféré les travaillistes aux colons », a-t-il dit.",
     ("Mitzna", "a accusé", "Sharon d'avoir fait échouer la négociation"),
     ("il", "dit", "S'il avait voulu la paix, il aurait préféré les travaillistes aux colons")),
])
def test_a_content_ends_at_the_colon_of_a_later_quotation(analyse, lang, text, first, second):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert first in found and second in found, found


def test_an_adverb_inside_the_verb_group_is_no_conjunction(analyse):
    # "had since apologized": "since" is no conjunction ending the content of "said" before it
    found = _found(analyse("Debate\n\nCruz said that he had since apologized to Carson for the remark.", "en"))
    assert ("Cruz", "said", "he had since apologized to Carson for the remark") in found, found


@pytest.mark.parametrize("text,source,content", [
    # a name and its apposition before the verb, a clause after it: the clause is what was said
    ("California Rep. Jared Huffman, a member of the caucus who now wants Grayson removed from the group, said he "
     "had heard that account.", "California Rep. Jared Huffman", "he had heard that account"),
    ("Appearing before cheering supporters on Monday, Suu Kyi, 70, said it was too early to congratulate winners.",
     "Suu Kyi, 70", "it was too early to congratulate winners"),
])
def test_a_subject_with_its_apposition_before_the_verb_speaks(analyse, text, source, content):
    found = _found(analyse("Caucus\n\n" + text, "en"))
    assert (source, "said", content) in found, found


def test_an_incise_with_its_pronoun_after_the_verb_stays_an_incise(analyse):
    text = "До того ж, сказала вона своїм критикам, ніхто не запропонував кращого рішення."
    found = _found(analyse("Рішення\n\n" + text, "uk"))
    assert not any(src == "До того ж" for src, _cue, _content in found), found
