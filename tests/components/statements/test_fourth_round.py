"""The error kinds fixed in the fourth attribution round (issue 13, branch ``attrib5``), each read
on PolNeAR train and tested here on sentences written for the purpose: a quotation continued after
an indirect clause, titles and appositions around a postposed source, names ending in -ly, clauses
read backwards, opening questions, typed-over quotation marks, relative clauses in a source."""

from __future__ import annotations

import pytest


def _statements(analyse, by_cue, text, lang):
    return by_cue(analyse(text, lang))


def _parts(text, st):
    return [text[a:b] for a, b in st["parts"]]


@pytest.mark.parametrize("lang,text,cue,first,continued", [
    ("en", "Campaign\n\n“We will not give up,” Buchanan said, noting that the party had won two states. "
           "“This will be a long fight and we are ready for it.”",
     "said", "We will not give up,", "This will be a long fight and we are ready for it."),
    ("fr", "Campagne\n\n« Nous ne céderons rien », a déclaré la ministre, soulignant que le parti avait gagné. "
           "« Ce sera un long combat et nous y sommes prêts. »",
     "a déclaré", "Nous ne céderons rien", "Ce sera un long combat et nous y sommes prêts."),
])
def test_floating_quotation_continues_the_quotation(analyse, by_cue, lang, text, cue, first, continued):
    """A quotation after "“X,” B said, noting that Y." continues X's statement, not Y's."""
    st = _statements(analyse, by_cue, text, lang)
    assert _parts(text, st[cue]) == [first, continued]
    noting = next(s for c, s in st.items() if c != cue)
    assert continued not in _parts(text, noting)


def test_title_before_a_postposed_name(analyse, by_cue):
    text = "Economy\n\nThe government cannot control the economy through central planning any longer, Mr. Lou said."
    st = _statements(analyse, by_cue, text, "en")["said"]
    assert st["source"]["text"] == "Mr. Lou"
    assert st["content"] == "The government cannot control the economy through central planning any longer"


@pytest.mark.parametrize("name", ["Jolly", "Kelly"])
def test_a_name_ending_in_ly_speaks(analyse, by_cue, name):
    text = f"Loans\n\nThe candidates spoke about student debt. {name} said he had worked with both parties on the bill."
    st = _statements(analyse, by_cue, text, "en")["said"]
    assert st["source"]["text"] == name
    assert st["content"] == "he had worked with both parties on the bill"


def test_a_sentence_adverb_in_ly_is_no_source(analyse, by_cue):
    text = "Loans\n\nThe governor left the room. Similarly, the mayor said the plan was too costly."
    st = _statements(analyse, by_cue, text, "en")["said"]
    assert st["source"]["text"] == "the mayor"


@pytest.mark.parametrize("text,cue,source,content", [
    ("Attacks\n\nAlthough most of the hijackers were Saudis, the government in Riyadh has denied any role in the attacks.",
     "has denied", "the government in Riyadh", "any role in the attacks"),
    ("Debate\n\nDuring their first debate on Thursday night, both candidates said the dispute was no big deal.",
     "said", "both candidates", "the dispute was no big deal"),
])
def test_subject_verb_object_after_a_clause_reads_forwards(analyse, by_cue, text, cue, source, content):
    """"CLAUSE, SUBJECT VERB OBJECT": the object is the content, not the clause before the comma."""
    st = _statements(analyse, by_cue, text, "en")[cue]
    assert st["source"]["text"] == source
    assert st["content"] == content


def test_a_quotation_then_she_said_to_someone_stays_postposed(analyse, by_cue):
    text = "Vote\n\n“The fight goes on,” she told reporters. “We have only started.”"
    st = _statements(analyse, by_cue, text, "en")["told"]
    assert _parts(text, st)[0] == "The fight goes on,"


@pytest.mark.parametrize("lang,text,cue,content", [
    ("en", "Rules\n\nIn 2008, the party proposed stricter rules on naturalisation.", "proposed",
     "stricter rules on naturalisation"),
    # (was "the senator declined to comment on the report": a refusal to comment is no statement since the
    # twentieth session, a ``noncue``)
    ("en", "Rules\n\nThrough a spokeswoman, the senator denied the report on Tuesday.", "denied",
     "the report on Tuesday"),
    ("fr", "Règles\n\nEn 2008, le parti a proposé des règles plus strictes sur la naturalisation.", "a proposé",
     "des règles plus strictes sur la naturalisation"),
])
def test_a_short_prepositional_opening_is_no_content(analyse, by_cue, lang, text, cue, content):
    st = _statements(analyse, by_cue, text, lang)[cue]
    assert st["content"] == content


def test_a_french_incise_after_an_opening_phrase_keeps_its_pronoun(analyse, by_cue):
    text = ("Retrait\n\nLe ministère a annoncé le retrait des troupes. Au cours de l’opération, a-t-il ajouté, "
            "l’armée avait mené des manœuvres de diversion.")
    st = _statements(analyse, by_cue, text, "fr")["ajouté"]
    assert st["source"]["text"] == "il"


def test_an_opening_curly_quote_typed_for_the_closing_one(analyse, by_cue):
    """“rapists“ closes its quotation: the quotation after it is found with its speaker."""
    text = ("Border\n\nHe called them “rapists“ and promised a wall on the border. "
            "“There is great danger at the border,” Trump told reporters.")
    st = _statements(analyse, by_cue, text, "en")["told"]
    assert st["source"]["text"] == "Trump"
    assert _parts(text, st) == ["There is great danger at the border,"]


def test_a_restrictive_relative_clause_belongs_to_the_source(analyse, by_cue):
    text = "Caucus\n\nMany Democrats in Iowa who watched the debate said they were unfazed by the dispute."
    st = _statements(analyse, by_cue, text, "en")["said"]
    assert st["source"]["text"] == "Many Democrats in Iowa who watched the debate"
    assert st["content"] == "they were unfazed by the dispute"


@pytest.mark.parametrize("lang,text,cue,content,speaker_cue", [
    ("en", "Ballot\n\nAsked whether he would endorse the nominee, Johnson said he would wait.", "Asked",
     "whether he would endorse the nominee", "said"),
    ("fr", "Budget\n\nInterrogé sur ses projets pour le budget, le ministre a déclaré qu’il attendrait.", "Interrogé sur",
     "ses projets pour le budget", "a déclaré"),
])
def test_an_opening_question(analyse, by_cue, lang, text, cue, content, speaker_cue):
    """"Asked whether X, Y said Z": the question is a statement of its own, with no source; the
    answer keeps its speaker."""
    st = _statements(analyse, by_cue, text, lang)
    q = st[cue]
    assert q["content"] == content
    assert q["source"] is None and q["speaker"] is None and q["kind"] == "passive"
    assert st[speaker_cue]["source"] is not None


def test_an_opening_question_names_who_asked(analyse, by_cue):
    text = "Interview\n\nAsked by Stephanopoulos to respond to the criticism, Carson said it meant nothing."
    q = _statements(analyse, by_cue, text, "en")["Asked"]
    assert q["source"]["text"] == "Stephanopoulos"
    assert q["content"] == "to respond to the criticism"


@pytest.mark.parametrize("text,source", [
    ("White House\n\n''It is long and tiring,'' Tina Tchen, Mrs. Obama's chief of staff, said in an interview.",
     "Tina Tchen, Mrs. Obama's chief of staff"),
    ("Courts\n\n\"The winds are changing in the courts,\" J. Gerald Hebert, executive director of the "
     "Campaign Legal Center, said in a recent interview.",
     "J. Gerald Hebert, executive director of the Campaign Legal Center"),
])
def test_a_quotation_before_an_apposition_with_abbreviations(analyse, by_cue, text, source):
    st = _statements(analyse, by_cue, text, "en")["said"]
    assert st["source"]["text"] == source
    assert st["direct"]


def test_a_prepositional_phrase_is_no_postposed_source(analyse, by_cue):
    text = "Unity\n\n“Do not let the perfect be the enemy of the good,” she said, in an implicit caution to his backers."
    st = _statements(analyse, by_cue, text, "en")
    assert _parts(text, st["said"]) == ["Do not let the perfect be the enemy of the good,"]
    assert st["said"]["source"]["text"] == "she"
    assert all((s["source"] or {}).get("text") != "in an implicit" for s in st.values())


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "Sanders: The email story has moved on\n\nDemocratic candidate Senator Bernie Sanders said on Friday "
           "that voters cared about wages.", "Bernie Sanders"),
    ("fr", "Macron : la réforme des retraites ira à son terme\n\nLe président Emmanuel Macron a répété mardi "
           "que le texte serait voté.", "Emmanuel Macron"),
])
def test_a_headline_surname_named_later_speaks(analyse, by_cue, lang, text, speaker):
    article = analyse(text, lang)
    head = next(a for a in article.layers["statements"] if a.attrs["kind"] == "headline")
    assert head.attrs["source"]["text"] in ("Sanders", "Macron")
    assert speaker in head.attrs["speaker"]["name"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Poll: Voters in Florida turn away from the front-runner\n\nA survey of 800 voters was published on Monday."),
    ("fr", "Sondage : les électeurs se détournent du favori\n\nUne enquête auprès de 800 électeurs a été publiée lundi."),
    ("ru", "Опрос: избиратели отворачиваются от фаворита\n\nОпрос 800 избирателей опубликован в понедельник."),
    ("uk", "Опитування: виборці відвертаються від фаворита\n\nОпитування 800 виборців оприлюднили в понеділок."),
])
def test_a_headline_opened_by_a_source_of_information(analyse, lang, text):
    article = analyse(text, lang)
    head = [a for a in article.layers["statements"] if a.attrs["kind"] == "headline"]
    assert len(head) == 1 and head[0].attrs["source"]["text"] in ("Poll", "Sondage", "Опрос", "Опитування")
    assert text[head[0].start:head[0].end].startswith(("Voters", "les électeurs", "избиратели", "виборці"))


def test_a_plain_title_with_a_colon_stays_a_title(analyse):
    article = analyse("Sommet : Ukraine, climat et sanctions\n\nLes dirigeants se réunissent à Bruxelles.", "fr")
    assert not [a for a in article.layers["statements"] if a.attrs["kind"] == "headline"]


@pytest.mark.parametrize("lang,text,cue,content,participle,said", [
    ("en", "Trade\n\nWashington did not complain about the spending, a Chinese official said, adding that the impact "
           "of closing factories was hard to estimate.", "said", "Washington did not complain about the spending",
     "adding", "the impact of closing factories was hard to estimate"),
    ("fr", "Front\n\nLa situation reste très difficile, a déclaré le ministre, ajoutant que l’armée tenait ses positions.",
     "a déclaré", "La situation reste très difficile", "ajoutant", "l’armée tenait ses positions"),
])
def test_a_participle_after_a_postposed_cue_is_its_own_statement(analyse, by_cue, lang, text, cue, content,
                                                                 participle, said):
    """"X, an official said, adding that Y": Y is the participle's statement, not a part of X's."""
    st = _statements(analyse, by_cue, text, lang)
    assert _parts(text, st[cue]) == [content]
    assert st[participle]["content"] == said
    assert st[participle]["speaker"] == st[cue]["speaker"] or st[participle]["inherited"]


@pytest.mark.parametrize("lang,text,cue,source,content", [
    ("en", "Poll\n\nClinton now leads Trump by 46 percent to 39 percent according to a CBS poll released Monday.",
     "according to", "a CBS poll released Monday", "Clinton now leads Trump by 46 percent to 39 percent"),
    ("fr", "Bilan\n\nDouze personnes ont été tuées dans la nuit selon la police régionale.",
     "selon", "la police régionale", "Douze personnes ont été tuées dans la nuit"),
])
def test_a_prepositional_cue_ending_the_sentence_without_a_comma(analyse, by_cue, lang, text, cue, source, content):
    st = _statements(analyse, by_cue, text, lang)[cue]
    assert st["source"]["text"] == source
    assert st["content"] == content


def test_per_with_no_source_after_it_is_no_cue(analyse, by_cue):
    st = _statements(analyse, by_cue, "Prices\n\nThe price of bread rose by five percent per year.", "en")
    assert "per" not in st
