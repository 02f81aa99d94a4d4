"""Errors read in the bundled example articles (twenty-first session).

- "Selon M. Igor Konachenkov, porte-parole du ministère, il s'agit …": the title set off after a prepositional
  cue's source was read as the start of the content; it belongs to the source (a ``role`` word of cues.tsv in its
  first words: en and fr; a content clause opening in lower case holds none).
- "D'après le New York Times, qui cite des responsables américains anonymes, Kiev et Washington …": the
  relative clause after the source was the start of the content; the content follows its closing comma, and
  the people it cites are the relayed source of the chain.
- "Dr. Anna K. Smith, a military analyst …, said the retreat was “…”": the stops of the title and the initial
  counted as words of the name, so the opening was no subject, and "the retreat was" was read as a source
  after its verb, the whole sentence as the content. A source after its verb holds no finite verb."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize("lang, paragraph, expected", [
    ("fr", "Selon M. Igor Konachenkov, porte-parole du ministère, il s'agit d'une décision « planifiée ».",
     ("M. Igor Konachenkov, porte-parole du ministère", "Selon", "il s'agit d'une décision « planifiée »")),
    ("en", "According to John Smith, spokesman for the ministry, the strike killed 12 people.",
     ("John Smith, spokesman for the ministry", "According to", "the strike killed 12 people")),
    ("en", "According to Ben Gale, a director of environmental health for the county, the finger did not come from any "
           "employee.",
     ("Ben Gale, a director of environmental health for the county", "According to",
      "the finger did not come from any employee")),
])
def test_a_title_after_a_prepositional_source_is_the_source(analyse, lang, paragraph, expected):
    assert found(analyse(f"News\n\n{paragraph}", lang)) == [expected]


@pytest.mark.parametrize("lang, paragraph, expected, relayed", [
    ("fr", "D'après le New York Times, qui cite des responsables américains anonymes, Kiev et Washington avaient "
           "échangé des renseignements pendant l'été.",
     ("le New York Times", "D'après", "Kiev et Washington avaient échangé des renseignements pendant l'été"), "officials"),
    ("en", "According to Reuters, which cited two senior officials, the convoy was hit near the border.",
     ("Reuters", "According to", "the convoy was hit near the border"), "officials"),
    ("ru", "По данным агентства Reuters, которое ссылается на двух чиновников, колонна попала под удар у границы.",
     ("агентства Reuters", "По данным", "колонна попала под удар у границы"), "чиновник"),
])
def test_a_relative_clause_after_a_prepositional_source_names_its_relay(analyse, lang, paragraph, expected, relayed):
    art = analyse(f"News\n\n{paragraph}", lang)
    assert found(art) == [expected]
    chain = art.layers["statements"][0].attrs["chain"]
    assert len(chain) == 3 and relayed in chain[-1]


@pytest.mark.parametrize("lang, paragraph, expected", [
    # no aside: an adverbial, a subject with an incise, a number
    ("fr", "Selon l'armée, depuis lundi, les forces ont reculé de dix kilomètres.",
     ("l'armée", "Selon", "depuis lundi, les forces ont reculé de dix kilomètres")),
    ("fr", "Selon Jean Dupont, les troupes, épuisées, ont reculé.",
     ("Jean Dupont", "Selon", "les troupes, épuisées, ont reculé")),
    ("en", "According to police, a man, 35, was arrested at the scene.",
     ("police", "According to", "a man, 35, was arrested at the scene")),
    # a content clause opening in lower case: no title in it (read on real news)
    ("en", "According to Wikipedia, mercury exposure in humans can result in brain damage, birth defects and death.",
     ("Wikipedia", "According to", "mercury exposure in humans can result in brain damage, birth defects and death")),
    ("ru", "По данным СМИ, речь идет о предоставлении убежища, однако эта информация не была подтверждена.",
     ("СМИ", "По данным", "речь идет о предоставлении убежища, однако эта информация не была подтверждена")),
])
def test_no_aside_where_the_content_starts(analyse, lang, paragraph, expected):
    assert found(analyse(f"News\n\n{paragraph}", lang)) == [expected]


@pytest.mark.parametrize("paragraph, expected", [
    ('Dr. Anna K. Smith, a military analyst at the U.K.-based institute, said the retreat was "the most significant '
     'since the withdrawal from Kyiv in March."',
     ("Dr. Anna K. Smith", "said", 'the retreat was "the most significant since the withdrawal from Kyiv in March."')),
    ("Gen. Mark A. Milley, the chairman of the Joint Chiefs, said the army would hold.",
     ("Gen. Mark A. Milley", "said", "the army would hold")),
])
def test_a_name_with_initials_opens_the_sentence(analyse, paragraph, expected):
    assert found(analyse(f"News\n\n{paragraph}", "en")) == [expected]


@pytest.mark.parametrize("paragraph, expected", [
    ("Twelve people were killed in the strike, said the governor.",
     ("the governor", "said", "Twelve people were killed in the strike")),
    ("The plan is dead, said the man who was injured in the blast.",
     ("the man", "said", "The plan is dead")),
])
def test_a_source_after_its_verb(analyse, paragraph, expected):
    assert found(analyse(f"News\n\n{paragraph}", "en")) == [expected]


@pytest.mark.parametrize("lang, paragraph", [
    ("ru", "Песков отказался комментировать отступление из Харьковской области."),
])
def test_a_russian_refusal_to_comment_or_answer_is_no_statement(analyse, lang, paragraph):
    assert found(analyse(f"News\n\n{paragraph}", lang)) == []


def test_a_statement_after_a_refusal_stays(analyse):
    art = analyse("News\n\nПесков отказался комментировать отступление, но заявил, что операция продолжается.", "ru")
    assert found(art) == [("Песков", "заявил", "операция продолжается")]


@pytest.mark.parametrize("lang, paragraph, expected", [
    ("uk", "Десять вантажівок із продуктами, ліками та генераторами прибули в понеділок до Балаклії, повідомила "
           "Харківська обласна військова адміністрація.",
     ("Харківська обласна військова адміністрація", "повідомила",
      "Десять вантажівок із продуктами, ліками та генераторами прибули в понеділок до Балаклії")),
    ("ru", "Десять грузовиков с продуктами, лекарствами и генераторами прибыли в Балаклею, сообщила Харьковская "
           "областная администрация.",
     ("Харьковская областная администрация", "сообщила",
      "Десять грузовиков с продуктами, лекарствами и генераторами прибыли в Балаклею")),
])
def test_a_comma_inside_the_content_leaves_the_source_after_the_verb(analyse, lang, paragraph, expected):
    """A list's comma inside the content was read as the end of an opening subject ("Десять вантажівок із
    продуктами"), and the source after the verb as the content: a verb of saying is followed by its content
    only after a complementiser in Russian and Ukrainian, so capitalised words after it, to the sentence's
    end, are its source."""
    assert found(analyse(f"News\n\n{paragraph}", lang)) == [expected]


def test_a_participle_takes_the_whole_subject(analyse):
    art = analyse("News\n\nРоссийские военные обстреляли город, заявив, что уничтожили склад.", "ru")
    st = art.layers["statements"][0]
    assert st.attrs["source"]["text"] == "Российские военные"
