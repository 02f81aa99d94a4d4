"""Twenty-second session: non-responses, asides between a subject and its verb, a participle after a
refusal, agency acronyms, agentless passive reports, a French verb governing the cue.

- "The Kremlin did not respond to a request for comment" made a statement ("to a request for comment");
  a non-response or a refusal to say ("declined to give a death toll", "n'a pas répondu", "не ответили на
  запрос", "відмовився коментувати", "отказался отвечать") is no statement now (``noncue``).
- "Президент, в свою очередь, назвал происходящее …", "Украина, в свою очередь, обвинила Россию в …": the
  words after the verb read as a postposed source, the subject and its aside as the content; an ``aside``
  set off between the subject and its verb makes the subject the source.
- "Песков отказался отвечать, отметив, что …", "Interrogé sur ce bilan, le porte-parole a refusé de
  commenter, en ajoutant que …": the participle's statement took a wrong source (the question's opening,
  none); it is the refusal's subject's now.
- "UKMTO said …", "OCHA said …": an upper-case word of more than three letters, no actor of the layer,
  was taken for a dateline and the statement dropped; right before its cue it is a source.
- "No casualties were reported", "Aucune victime n'a été signalée", "New outbreaks have been confirmed …": the passive's
  subject was the source and the rest the content; an agentless passive report makes no statement.
- "Le président s'est contenté d'évoquer …": the governing verb ended the source; it belongs to the cue.
"""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize("paragraph, lang", [
    ("The Pentagon did not respond to a request for comment on the convoy.", "en"),
    ("The interior ministry did not immediately respond to requests for comment about the raid.", "en"),
    ("A coast guard spokesman declined to give a figure for the migrants rescued.", "en"),
    ("La présidence n'a pas répondu aux questions de l'AFP sur ces accusations.", "fr"),
    ("В Минобороны Армении не ответили на запрос о гибели военнослужащего.", "ru"),
    ("Официальный представитель МИД отказалась отвечать на вопросы журналистов о переговорах.", "ru"),
    ("Речник Генштабу відмовився коментувати втрати під Покровськом.", "uk"),
])
def test_a_non_response_is_no_statement(analyse, paragraph, lang):
    assert found(analyse(f"Update\n\n{paragraph}", lang)) == []


@pytest.mark.parametrize("paragraph, lang, source, cue", [
    ("Украина, в свою очередь, обвинила Россию в срыве обмена пленными.", "ru", "Украина", "обвинила"),
    ("Глава республики, в свою очередь, назвал задержание активистов провокацией.", "ru", "Глава республики", "назвал"),
    ("Міністерство оборони Молдови, своєю чергою, звинуватило Москву в провокації.", "uk",
     "Міністерство оборони Молдови", "звинуватило"),
    ("Le ministère ivoirien de la Défense, de son côté, a démenti toute présence de troupes étrangères.", "fr",
     "Le ministère ivoirien de la Défense", "a démenti"),
    ("The Georgian interior ministry, for its part, accused opposition leaders of organising the clashes.", "en",
     "The Georgian interior ministry", "accused"),
])
def test_an_aside_between_subject_and_verb(analyse, paragraph, lang, source, cue):
    got = found(analyse(f"Update\n\n{paragraph}", lang))
    assert [g[:2] for g in got] == [(source, cue)]


def test_an_aside_after_a_one_word_subject_stays_as_it_was(analyse):
    # (the frames already read this one: the guard that the aside rule leaves it so)
    got = found(analyse("Update\n\nМинобороны, в свою очередь, заявило, что ночью сбиты девять дронов.", "ru"))
    assert got == [("Минобороны", "заявило", "ночью сбиты девять дронов")]


@pytest.mark.parametrize("paragraph, lang, source, cue, content", [
    ("На вопрос о возможном обмене пленными Дмитрий Песков отказался отвечать, отметив, что переговоры "
     "ведут профильные ведомства.", "ru", "Дмитрий Песков", "отметив", "переговоры ведут профильные ведомства"),
    ("Interrogé sur les pertes, le porte-parole de l'état-major a refusé de commenter, en ajoutant que "
     "l'opération se poursuivait.", "fr", "le porte-parole de l'état-major", "ajoutant",
     "l'opération se poursuivait"),
    ("Asked about the strike, a navy spokesman declined to comment, adding that an investigation had been opened.",
     "en", "a navy spokesman", "adding", "an investigation had been opened"),
    ("Речник Кремля Дмитро Пєсков відмовився коментувати обстріл Херсона, зазначивши, що армія діє за планом.",
     "uk", "Дмитро Пєсков", "зазначивши", "армія діє за планом"),
])
def test_a_participle_after_a_refusal_speaks_for_its_subject(analyse, paragraph, lang, source, cue, content):
    # (an opening question, "Interrogé sur les pertes,", stays the agentless statement it was)
    got = found(analyse(f"Update\n\n{paragraph}", lang))
    assert [(s, c, t.strip("«».")) for s, c, t in got if c == cue] == [(source, cue, content)]


def test_a_participle_after_a_statement_keeps_that_statement_source(analyse):
    # no refusal before the participle: the statement before it in the sentence gives its source, as before
    got = found(analyse("Update\n\nThe governor said the bridge had been hit, adding that traffic had stopped.", "en"))
    assert [g[:2] for g in got] == [("The governor", "said"), ("The governor", "adding")]


@pytest.mark.parametrize("paragraph", [
    "UNHCR said more than 2,000 refugees had crossed the border since Monday.",
    "OCHA said the convoy had been turned back at a checkpoint.",
    "UKMTO said the master had reported an explosion close to the vessel.",
])
def test_an_acronym_right_before_its_cue_is_a_source(analyse, paragraph):
    got = found(analyse(f"Update\n\n{paragraph}", "en"))
    assert [g[0] for g in got] == [paragraph.split()[0]]


def test_a_dateline_is_still_no_source(analyse):
    got = found(analyse("Update\n\nKHARTOUM — Fighting resumed in the capital on Sunday, residents said.", "en"))
    assert [g[:2] for g in got] == [("residents", "said")]


@pytest.mark.parametrize("paragraph, lang", [
    ("Two explosions were reported near the port of Sevastopol on Sunday.", "en"),
    ("Heavy gunfire was reported in the north of the city overnight.", "en"),
    ("New outbreaks of bird flu have been confirmed in the north of the country.", "en"),
    ("An arrest warrant was issued for the former minister on Friday.", "en"),
    ("Aucun blessé n'a été signalé après l'explosion.", "fr"),
    ("Des tirs ont été signalés près de la frontière dans la nuit.", "fr"),
])
def test_an_agentless_passive_report_is_no_statement(analyse, paragraph, lang):
    assert found(analyse(f"Update\n\n{paragraph}", lang)) == []


def test_a_passive_report_with_its_agent_keeps_it(analyse):
    got = found(analyse("Update\n\nThe explosion was reported by local residents shortly after midnight.", "en"))
    assert [g[:2] for g in got] == [("local residents", "was reported by")]


@pytest.mark.parametrize("paragraph, source, cue", [
    ("Le ministre de l'Intérieur s'est contenté d'évoquer « des interpellations en cours ».",
     "Le ministre de l'Intérieur", "s'est contenté d'évoquer"),
    ("La porte-parole du gouvernement s'est bornée à rappeler que l'enquête était en cours.",
     "La porte-parole du gouvernement", "s'est bornée à rappeler"),
])
def test_a_french_governing_verb_belongs_to_the_cue(analyse, paragraph, source, cue):
    got = found(analyse(f"Bilan\n\n{paragraph}", "fr"))
    assert [g[:2] for g in got] == [(source, cue)]
