"""Twenty-third session (``stq24``): a long source after its verb (an acting office, a name with elided
articles), a decision verb with no clause, the chain of a nested statement.

- "…, заявил исполняющий обязанности министра внутренних дел республики Андрей Ковалев", "…, — сказав
  виконувач обов'язків міністра енергетики Віктор Гончаренко", "…, said the acting head of the
  Presidential Council, Moussa al-Koni": the source after the verb was over its length limit, so the
  statement was dropped or read backwards (source "Російські війська", content the office); "…, a rapporté
  samedi l'Observatoire syrien des droits de l'homme": the same, the elided "l'" counted as words.
- "the board decided at a recent quarterly meeting": a statement with the content "at a recent quarterly
  meeting".
- "Manila said Beijing claimed that …": Beijing's statement had the chain article → Beijing, as if the
  article had it from Beijing; now article → Manila → Beijing.
- "…, сообщило в субботу вечером Минобороны России": the source held "вечером".
"""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize("paragraph, lang, source, content", [
    ("Боевики обстреляли блокпост у села Гимры, заявил исполняющий обязанности министра внутренних дел "
     "республики Андрей Ковалев.", "ru",
     "исполняющий обязанности министра внутренних дел республики Андрей Ковалев",
     "Боевики обстреляли блокпост у села Гимры"),
    ("Силы ПВО сбили три беспилотника над Балаклавой, сообщил временно исполняющий обязанности губернатора "
     "города Сергей Лукин.", "ru",
     "временно исполняющий обязанности губернатора города Сергей Лукин",
     "Силы ПВО сбили три беспилотника над Балаклавой"),
    ("Російські війська атакували підстанцію в Запорізькій області, — сказав виконувач обов'язків міністра "
     "енергетики Віктор Гончаренко.", "uk",
     "виконувач обов'язків міністра енергетики Віктор Гончаренко",
     "Російські війська атакували підстанцію в Запорізькій області"),
    ("Трьох людей поранено внаслідок обстрілу Нікополя, повідомила виконувачка обов'язків голови міської "
     "ради Олена Шевчук.", "uk",
     "виконувачка обов'язків голови міської ради Олена Шевчук",
     "Трьох людей поранено внаслідок обстрілу Нікополя"),
    ("Trois personnes ont été tuées dans l'explosion, a déclaré le ministre de l'Intérieur par intérim Jean "
     "Dupont.", "fr",
     "le ministre de l'Intérieur par intérim Jean Dupont", "Trois personnes ont été tuées dans l'explosion"),
    ("The fighting stopped after mediation by elders from Zawiya, said the acting head of the Presidential "
     "Council, Moussa al-Koni.", "en",
     "the acting head of the Presidential Council", "The fighting stopped after mediation by elders from Zawiya"),
])
def test_an_acting_office_after_the_verb_is_the_source(analyse, paragraph, lang, source, content):
    [(got_source, _cue, got_content)] = found(analyse(f"Update\n\n{paragraph}", lang))
    assert got_source.startswith(source) and got_content == content


@pytest.mark.parametrize("paragraph, cue, source, content", [
    ("Des combattants rebelles sont entrés dans Alep, a rapporté samedi l'Observatoire syrien des droits de "
     "l'homme.", "a rapporté",
     "l'Observatoire syrien des droits de l'homme", "Des combattants rebelles sont entrés dans Alep"),
    ("Douze migrants se sont noyés au large de Sfax, a indiqué dimanche soir l'Agence de l'ONU pour les "
     "réfugiés.", "a indiqué",
     "l'Agence de l'ONU pour les réfugiés", "Douze migrants se sont noyés au large de Sfax"),
])
def test_a_long_name_with_elided_articles_after_the_verb(analyse, paragraph, cue, source, content):
    assert found(analyse(f"Update\n\n{paragraph}", "fr")) == [(source, cue, content)]


@pytest.mark.parametrize("paragraph, lang, source, content", [
    # (guards: a short source after a time word, read as on main)
    ("Атака отражена, сообщило в субботу Минобороны России.", "ru", "Минобороны России", "Атака отражена"),
    ("Les forces de l'ordre ont dispersé la foule, a indiqué jeudi soir la gendarmerie nationale.", "fr",
     "la gendarmerie nationale", "Les forces de l'ordre ont dispersé la foule"),
])
def test_a_short_source_after_a_time_word_stays(analyse, paragraph, lang, source, content):
    [(got_source, _cue, got_content)] = found(analyse(f"Update\n\n{paragraph}", lang))
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize("paragraph", [
    "A household disposal day will be held on May 16, the board decided at a recent quarterly meeting.",
    "Its board decided at an emergency meeting on Sunday.",
    "The National Security Council is due to decide at a meeting on Thursday.",
    "The appeals court decided against the two former ministers.",
])
def test_a_decision_with_no_clause_is_no_statement(analyse, paragraph):
    assert found(analyse(f"Update\n\n{paragraph}", "en")) == []


@pytest.mark.parametrize("paragraph, lang", [
    # (French, Russian and Ukrainian verbs of deciding are no cues: guards)
    ("Le conseil municipal de Sfax a décidé lors de sa réunion de lundi.", "fr"),
    ("Совет безопасности республики решил на заседании в понедельник.", "ru"),
    ("Обласна рада вирішила на засіданні в п'ятницю.", "uk"),
])
def test_a_decision_with_no_clause_elsewhere(analyse, paragraph, lang):
    assert found(analyse(f"Update\n\n{paragraph}", lang)) == []


@pytest.mark.parametrize("paragraph, content", [
    ("NATO leaders decided at last year's summit to invite the three countries.",
     "at last year's summit to invite the three countries"),
    ("The president and his aides decided on Feb. 11 that the plan would go ahead.",
     "on Feb. 11 that the plan would go ahead"),
])
def test_a_decision_with_a_clause_stays(analyse, paragraph, content):
    [(_source, cue, got)] = found(analyse(f"Update\n\n{paragraph}", "en"))
    assert (cue, got) == ("decided", content)


@pytest.mark.parametrize("paragraph, lang, inner_cue, chain", [
    ("Manila said Beijing claimed that the supply boat had entered Chinese waters illegally.", "en", "claimed",
     ["article", "Government of Philippines", "Government of China"]),
    ("Londres a déclaré que Téhéran affirmait ne pas armer les rebelles.", "fr", "affirmait",
     ["article", "Government of United Kingdom", "Government of Iran"]),
    ("В Вашингтоне заявили, что Пекин утверждает, что учения носят плановый характер.", "ru", "утверждает",
     ["article", "Government of United States", "Government of China"]),
    ("У Лондоні заявили, що Москва стверджує, що вразила лише військові об'єкти.", "uk", "стверджує",
     ["article", "Government of United Kingdom", "Government of Russia"]),
])
def test_a_nested_statement_is_relayed_by_the_outer_one(analyse, by_cue, paragraph, lang, inner_cue, chain):
    statements = by_cue(analyse(f"Update\n\n{paragraph}", lang))
    inner = statements[inner_cue]
    assert inner["outer"] is not None and inner["chain"] == chain
    [outer] = [s for c, s in statements.items() if c != inner_cue]
    assert outer["chain"] == chain[:2]


def test_a_statement_nested_two_deep_gets_both_relays(analyse, by_cue):
    statements = by_cue(analyse("Update\n\nThe State Department said Kyiv had told Reuters that Moscow claimed "
                                "the strike hit a depot.", "en"))
    assert statements["had told"]["chain"] == ["article", "Ministry of Foreign Affairs of United States", "Reuters",
                                               "Government of Ukraine"]
    assert statements["claimed"]["chain"] == statements["had told"]["chain"] + ["Government of Russia"]


def test_a_statement_nested_before_a_postposed_cue(analyse, by_cue):
    statements = by_cue(analyse("Update\n\nBeijing claimed that the supply boat had entered Chinese waters "
                                "illegally, a Philippine official told Reuters.", "en"))
    assert statements["claimed"]["chain"] == statements["told"]["chain"] + ["Government of China"]
    assert statements["told"]["chain"][:2] == ["article", "Reuters"]


def test_a_statement_standing_alone_keeps_its_chain(analyse, by_cue):
    statements = by_cue(analyse("Update\n\nBeijing claimed that the supply boat had entered Chinese waters "
                                "illegally. A Philippine official told Reuters that the boat was in Philippine "
                                "waters.", "en"))
    assert statements["claimed"]["chain"] == ["article", "Government of China"]
    assert statements["told"]["chain"][:2] == ["article", "Reuters"] and len(statements["told"]["chain"]) == 3


@pytest.mark.parametrize("paragraph, lang, source, content", [
    ("Обломки упали на территорию порта, сообщило в субботу вечером Минобороны России.", "ru",
     "Минобороны России", "Обломки упали на территорию порта"),
    ("Уламки дрона впали на територію порту, повідомило в суботу ввечері командування Повітряних сил.", "uk",
     "командування Повітряних сил", "Уламки дрона впали на територію порту"),
])
def test_a_part_of_the_day_after_the_verb_is_no_source(analyse, paragraph, lang, source, content):
    [(got_source, _cue, got_content)] = found(analyse(f"Update\n\n{paragraph}", lang))
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize("paragraph, content", [
    ("The FBI decided against recommending charges against her in July.",
     "against recommending charges against her in July"),
    ("The moderator decided against fact-checking the candidate during the forum.",
     "against fact-checking the candidate during the forum"),
])
def test_a_decision_against_doing_something_stays(analyse, paragraph, content):
    # (a participle after "against" opens a non-finite clause: PolNeAR marks "decided | against recommending …")
    [(_source, cue, got)] = found(analyse(f"Update\n\n{paragraph}", "en"))
    assert (cue, got) == ("decided", content)
