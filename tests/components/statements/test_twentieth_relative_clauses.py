"""Relative clauses around a cue (twentieth session).

- A source with a relative clause before its cue: "A soldier, who requested anonymity because he was not
  authorised to speak, said the unit had withdrawn" took the content for the source ("the unit had
  withdrawn", content "A soldier, who …"); "Военный, который попросил не называть его имени, сказал, что …"
  took "попросил" for the source (and "попросил не называть его имени" for a statement).  The opening is
  the subject when the relative clause runs to the cue's comma and a clause follows the cue.
- A content subject with a relative clause before a trailing speaker: "The strike, which caused a fire on
  deck, injured two crew members, said the maritime agency UKMTO" took "The strike" for the source.  The
  relative clause closes before a predicate of its own, and the words after the cue are a source.
(``SentenceFrames._relative_then_predicate``; ru/uk anonymity formulas are ``noncue`` entries.)"""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize("lang, paragraph, expected", [
    ("en", "A Malian officer, who requested anonymity because he was not authorised to speak to reporters, said "
           "the garrison had pulled back to Kidal overnight.",
     ("A Malian officer", "said", "the garrison had pulled back to Kidal overnight")),
    ("en", "A senior diplomat, who asked to remain anonymous, said the talks in Doha would resume next week.",
     ("A senior diplomat", "said", "the talks in Doha would resume next week")),
    ("ru", "Собеседник агентства, который попросил не называть его имени, сказал, что колонна вышла из Херсона ночью.",
     ("Собеседник агентства", "сказал", "колонна вышла из Херсона ночью")),
    ("uk", "Офіцер бригади, який попросив не називати його імені, розповів, що колона вийшла з Покровська вночі.",
     ("Офіцер бригади", "розповів", "колона вийшла з Покровська вночі")),
])
def test_a_source_with_a_relative_clause_before_its_cue(analyse, lang, paragraph, expected):
    assert found(analyse(f"Conflict\n\n{paragraph}", lang)) == [expected]


@pytest.mark.parametrize("lang, paragraph, expected", [
    ("en", "The blast, which tore through a bus station in Quetta, killed at least 20 people, said the provincial "
           "health minister.",
     ("the provincial health minister", "said",
      "The blast, which tore through a bus station in Quetta, killed at least 20 people")),
    ("ru", "Взрыв, который прогремел на автовокзале в Кветте, унес жизни 20 человек, сообщил министр здравоохранения "
           "провинции.",
     ("министр здравоохранения провинции", "сообщил",
      "Взрыв, который прогремел на автовокзале в Кветте, унес жизни 20 человек")),
    ("uk", "Вибух, який пролунав на автовокзалі в Кветті, забрав життя 20 людей, повідомив міністр охорони здоров'я "
           "провінції.",
     ("міністр охорони здоров'я провінції", "повідомив",
      "Вибух, який пролунав на автовокзалі в Кветті, забрав життя 20 людей")),
])
def test_a_trailing_speaker_after_a_relative_clause_in_the_content(analyse, lang, paragraph, expected):
    assert found(analyse(f"Conflict\n\n{paragraph}", lang)) == [expected]


def test_a_short_phrase_after_the_cue_stays_its_source(analyse):
    # (the relative clause runs to the cue, but no clause follows it: the speaker is after the cue)
    paragraph = ("The marchers opposed the new curfew, which would close every shop after dark, said Jane Okafor, "
                 "a shop owner in Lagos.")
    got = found(analyse(f"Nigeria\n\n{paragraph}", "en"))
    assert [g[0] for g in got] == ["Jane Okafor"]
