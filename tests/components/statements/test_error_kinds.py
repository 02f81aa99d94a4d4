"""One test per error kind of the second attribution round (issue 13), in each language where
it occurs, on sentences written for the purpose. Each text opens with a title line, as news does."""

from __future__ import annotations

import pytest


def _one(analyse, by_cue, text, lang, cue):
    st = by_cue(analyse(text, lang))
    assert cue in st, sorted(st)
    return st[cue]


# -- cues missing from the lexicons: multi-word, evaluative, "selon lesquelles" -------------------
@pytest.mark.parametrize("lang,text,cue,source,content", [
    ("fr", "Négociations\n\nLe gouvernement a exprimé le souhait de reprendre les négociations rapidement.",
     "a exprimé le souhait", "Le gouvernement", "de reprendre les négociations rapidement"),
    ("fr", "Prix\n\nLe ministre a fait part de son inquiétude face à la hausse des prix.",
     "a fait part de", "Le ministre", "son inquiétude face à la hausse des prix"),
    ("fr", "Retraites\n\nLe président a redit que la France ne céderait pas sur la réforme.",
     "a redit", "Le président", "la France ne céderait pas sur la réforme"),
    ("fr", "Crise\n\nLe député a fustigé la gestion de la crise par le gouvernement.",
     "a fustigé", "Le député", "la gestion de la crise par le gouvernement"),
    ("fr", "Déficit\n\nLe ministre s'est engagé à réduire le déficit avant 2027.",
     "s'est engagé à", "Le ministre", "réduire le déficit avant 2027"),
    ("fr", "Climat\n\nLa commissaire pousse l'idée d'une taxe carbone aux frontières.",
     "pousse l'idée", "La commissaire", "d'une taxe carbone aux frontières"),
    ("en", "Talks\n\nThe government expressed the hope that talks would resume soon.",
     "expressed the hope", "The government", "talks would resume soon"),
    ("en", "Prices\n\nThe minister voiced concern about the rise in food prices.",
     "voiced concern", "The minister", "about the rise in food prices"),
    ("en", "Reform\n\nThe opposition slammed the reform as unfair and rushed.",
     "slammed", "The opposition", "the reform as unfair and rushed"),
    ("ru", "Переговоры\n\nМинистр выразил надежду, что переговоры скоро возобновятся.",
     "выразил надежду", "Министр", "переговоры скоро возобновятся"),
    ("ru", "Реформа\n\nОппозиция раскритиковала пенсионную реформу правительства.",
     "раскритиковала", "Оппозиция", "пенсионную реформу правительства"),
    ("uk", "Переговори\n\nМіністр висловив сподівання, що переговори незабаром відновляться.",
     "висловив сподівання", "Міністр", "переговори незабаром відновляться"),
    ("uk", "Реформа\n\nОпозиція розкритикувала пенсійну реформу уряду.",
     "розкритикувала", "Опозиція", "пенсійну реформу уряду"),
])
def test_multiword_and_evaluative_cues(analyse, by_cue, lang, text, cue, source, content):
    st = _one(analyse, by_cue, text, lang, cue)
    assert st["source"]["text"] == source
    assert st["content"] == content


@pytest.mark.parametrize("lang,text,cue,source", [
    ("fr", "Rumeurs\n\nDes rumeurs selon lesquelles le ministre allait démissionner ont circulé.", "selon lesquelles", "Des rumeurs"),
    ("en", "Rumours\n\nRumours according to which the minister would resign circulated all day.", "according to which", "Rumours"),
])
def test_relative_prepositional_cues(analyse, by_cue, lang, text, cue, source):
    st = _one(analyse, by_cue, text, lang, cue)
    assert st["source"]["text"] == source
    assert st["content"].startswith(("le ministre allait démissionner", "the minister would resign"))


# -- the speaker after the verb -----------------------------------------------------------------
@pytest.mark.parametrize("lang,text,cue,speaker", [
    ("fr", "Tensions\n\nLa situation reste tendue, a déclaré le porte-parole du ministère, Jean Dupont.", "a déclaré", "Jean Dupont"),
    ("en", "Tensions\n\nThe situation remains tense, said the ministry spokesman, John Smith.", "said", "John Smith"),
    ("ru", "Обстрелы\n\nСитуация остается напряженной, сообщил глава областной администрации Олег Синегубов.", "сообщил", "Олег Синегубов"),
    ("uk", "Обстріли\n\nСитуація залишається напруженою, повідомив голова обласної адміністрації Олег Синєгубов.", "повідомив", "Олег Синєгубов"),
])
def test_speaker_after_the_verb(analyse, by_cue, lang, text, cue, speaker):
    st = _one(analyse, by_cue, text, lang, cue)
    assert st["speaker"] is not None and speaker in st["source"]["text"]
    assert speaker not in st["content"]
    assert st["content"].startswith(("La situation", "The situation", "Ситуация", "Ситуація"))


@pytest.mark.parametrize("lang,text,cue,speaker,content", [
    ("fr", "Couvre-feu\n\nOleh Kiper, le gouverneur de la région, a annoncé un couvre-feu.", "a annoncé", "Oleh Kiper", "un couvre-feu"),
    ("ru", "Комендантский час\n\nОлег Кипер, глава области, объявил комендантский час.", "объявил", "Олег Кипер", "комендантский час"),
    ("uk", "Комендантська година\n\nОлег Кіпер, голова області, оголосив комендантську годину.", "оголосив", "Олег Кіпер", "комендантську годину"),
])
def test_name_and_apposition_before_the_verb_is_the_source(analyse, by_cue, lang, text, cue, speaker, content):
    st = _one(analyse, by_cue, text, lang, cue)
    assert st["source"]["text"] == speaker
    assert st["content"] == content


# -- participial and coordinated cues, agentless passives, sources that are not mentions --------
@pytest.mark.parametrize("lang,text,cue,source,content", [
    ("fr", "Réforme\n\nLe ministre a quitté la salle, réaffirmant que la réforme serait votée.", "réaffirmant", "Le ministre", "la réforme serait votée"),
    ("fr", "Exode\n\nLes habitants ont fui la ville, craignant de nouveaux bombardements.", "craignant", "Les habitants", "de nouveaux bombardements"),
    ("en", "Reform\n\nThe minister left the room, reaffirming that the reform would pass.", "reaffirming", "The minister", "the reform would pass"),
    ("ru", "Реформа\n\nМинистр покинул зал, заявив, что реформа будет принята.", "заявив", "Министр", "реформа будет принята"),
    ("uk", "Реформа\n\nМіністр залишив зал, заявивши, що реформа буде ухвалена.", "заявивши", "Міністр", "реформа буде ухвалена"),
])
def test_participle_takes_the_subject_of_the_clause(analyse, by_cue, lang, text, cue, source, content):
    st = _one(analyse, by_cue, text, lang, cue)
    assert st["source"]["text"] == source
    assert st["content"] == content
    assert st["inherited"] is True


@pytest.mark.parametrize("lang,text,cue", [
    ("fr", "Pertes\n\nIl a été rapporté que plusieurs soldats avaient été tués.", "a été rapporté"),
    ("en", "Losses\n\nIt was reported that several soldiers had been killed.", "was reported"),
    ("ru", "Потери\n\nСообщалось, что несколько солдат погибли.", "Сообщалось"),
    ("uk", "Втрати\n\nПовідомлялося, що кілька солдатів загинули.", "Повідомлялося"),
])
def test_agentless_passive_has_no_speaker(analyse, by_cue, lang, text, cue):
    st = _one(analyse, by_cue, text, lang, cue)
    assert st["source"] is None and st["speaker"] is None
    assert st["kind"] == "passive" and st["chain"] == ["article"]


@pytest.mark.parametrize("lang,text,cue,source", [
    ("fr", "Négociations\n\nLe président s'est de son côté dit prêt à négocier.", "s'est de son côté dit", "Le président"),
    ("fr", "Frontière\n\nLe ministre a écrit sur Twitter que la frontière resterait fermée.", "a écrit", "Le ministre"),
])
def test_source_is_a_mention(analyse, by_cue, lang, text, cue, source):
    st = _one(analyse, by_cue, text, lang, cue)
    assert st["source"]["text"] == source


def test_channel_after_the_verb_is_not_the_source(analyse, by_cue):
    st = _one(analyse, by_cue, "Frontière\n\nLa frontière restera fermée, a écrit sur Twitter le ministre.", "fr", "a écrit")
    assert st["source"]["text"] == "le ministre"


@pytest.mark.parametrize("lang,span,expected", [
    ("en", "In", True), ("en", "By offering", True), ("en", "Carly Fiorina for", True), ("en", "the", True),
    ("en", "Speaking", True), ("en", "Hillary Clinton", False), ("en", "the Washington Post fact checker", False),
    ("fr", "sur Twitter", True), ("fr", "en", True), ("fr", "Le président", False), ("fr", "de source policière", False),
    ("ru", "в Кремле", True), ("ru", "Министр обороны", False),
    ("uk", "у Києві", True), ("uk", "Міністр оборони", False),
])
def test_spans_that_name_no_one(lang, span, expected):
    from sitrep.components.statements import not_a_mention
    from sitrep.components.statements.cues import lexicon

    assert not_a_mention(lexicon(lang), span, (0, len(span))) is expected


# -- nested statements ----------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,outer_cue,inner_cue,inner_source", [
    ("fr", "Offensive\n\nLe ministre a affirmé que le général Valeri Zaloujny avait déclaré que l'offensive était terminée.",
     "a affirmé", "avait déclaré", "le général Valeri Zaloujny"),
    ("en", "Offensive\n\nThe minister said General Mark Milley had told reporters that the offensive was over.",
     "said", "had told", "General Mark Milley"),
    ("ru", "Наступление\n\nМинистр заявил, что генерал Валерий Герасимов сообщил, что наступление завершено.",
     "заявил", "сообщил", "генерал Валерий Герасимов"),
    ("uk", "Наступ\n\nМіністр заявив, що генерал Валерій Залужний повідомив, що наступ завершено.",
     "заявив", "повідомив", "генерал Валерій Залужний"),
])
def test_nested_statement_is_its_own_annotation_linked_to_the_outer(analyse, by_cue, lang, text, outer_cue, inner_cue, inner_source):
    st = by_cue(analyse(text, lang))
    outer, inner = st[outer_cue], st[inner_cue]
    assert inner_source in outer["content"]  # the outer content keeps the whole clause
    assert inner["source"]["text"] == inner_source and inner["speaker"] is not None
    assert inner["outer"] == [outer["cue"]["start"], outer["cue"]["end"]]
    assert outer["nested"] == [[inner["cue"]["start"], inner["cue"]["end"]]]
    assert outer["outer"] is None


# -- a surname alone after the full name -----------------------------------------------------------
@pytest.mark.parametrize("lang,text,cue", [
    ("fr", "Écoles\n\nOleh Kiper, le gouverneur de la région, a annoncé un couvre-feu. Kiper a précisé que les écoles resteraient fermées.", "a précisé"),
    ("en", "Schools\n\nOleh Kiper, the regional governor, announced a curfew. Kiper said schools would stay closed.", "said"),
    ("ru", "Школы\n\nОлег Кипер, глава области, объявил комендантский час. Кипер уточнил, что школы будут закрыты.", "уточнил"),
    ("uk", "Школи\n\nОлег Кіпер, голова області, оголосив комендантську годину. Кіпер уточнив, що школи будуть зачинені.", "уточнив"),
])
def test_surname_is_linked_to_the_full_name(analyse, by_cue, lang, text, cue):
    article = analyse(text, lang)
    st = by_cue(article)[cue]
    full = next(a for a in article.layers["actors"] if article.text[a.start:a.end] in ("Oleh Kiper", "Олег Кипер", "Олег Кіпер"))
    assert st["speaker"] is not None and st["speaker"]["cluster"] == full.attrs["cluster"]


# -- headlines: dash and colon, plain titles excluded ----------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Sommet : Ukraine, climat et sanctions\n\nLes dirigeants se retrouvent lundi à Bruxelles."),
    ("en", "Summit: Ukraine, climate and sanctions\n\nLeaders meet in Brussels on Monday."),
    ("ru", "Саммит: Украина, климат и санкции\n\nЛидеры встретятся в понедельник в Брюсселе."),
    ("uk", "Саміт: Україна, клімат і санкції\n\nЛідери зустрінуться в понеділок у Брюсселі."),
])
def test_plain_title_with_a_colon_is_no_statement(analyse, lang, text):
    article = analyse(text, lang)
    assert not [a for a in article.layers["statements"] if a.attrs["kind"] == "headline"]


@pytest.mark.parametrize("lang,text,speaker,content", [
    ("fr", "Zelensky : « Nous ne céderons pas »\n\nLe président s'est adressé à la nation.", "zelensky", "Nous ne céderons pas"),
    ("en", "Kremlin — Ukraine must accept the new reality\n\nThe statement came on Monday.", "kremlin", "Ukraine must accept the new reality"),
    ("fr", "L'Ukraine doit accepter la nouvelle réalité — Kremlin\n\nLa déclaration a été faite lundi.", "kremlin", "L'Ukraine doit accepter la nouvelle réalité"),
])
def test_headline_names_its_speaker(analyse, by_cue, lang, text, speaker, content):
    article = analyse(text, lang)
    heads = [a for a in article.layers["statements"] if a.attrs["kind"] == "headline"]
    assert len(heads) == 1
    assert heads[0].attrs["speaker"]["actor"] == speaker
    assert article.text[heads[0].start:heads[0].end] == content


# -- the span bug: a quotation inside a prepositional source ---------------------------------------
def test_quotation_inside_a_source_is_not_appended_to_the_content(analyse):
    text = ("Медицина\nСогласно 77 статье Кодекса РК \"О здоровье народа и системе здравоохранения\", "
            "любая медицинская процедура проводится только с согласия.")
    article = analyse(text, "ru")
    for a in article.layers["statements"]:
        assert a.start <= a.end
        assert all(s < e for s, e in a.attrs["parts"])
        assert a.attrs["parts"] == sorted(a.attrs["parts"])
    st = next(a for a in article.layers["statements"] if a.attrs["cue"]["text"] == "Согласно")
    assert article.text[st.start:st.end] == "любая медицинская процедура проводится только с согласия"
