"""Twenty-second session, second round: a noun after a non-response, a capital and an aside before its
verb, French verbs governing the cue ("s'est contenté de dire", "a tenu à souligner", "a préféré
rappeler"), English reduced relatives, a headline's speaker after a hyphen, datelines with an apostrophe,
a hyphen or a space in the place, and the WHO acronym.

- "Le Kremlin n'a pas répondu à une demande de commentaire" was a statement of the Kremlin, cue
  "demande"; "Минобороны не ответило на запросы журналистов" one with the cue "не ответило": no statement.
- "У Москві, своєю чергою, заявили, що …", "À Kyiv, de son côté, on affirme que …": dropped (the capital
  rule wanted the place next to its cue); an aside set off by commas between them no longer counts.
- "s'est contenté de dire que …": no statement ("dire" is no cue alone: ``govcue``); "a tenu à souligner
  que …": no statement (the "à" block); "a préféré rappeler": the source held "a préféré".
- "the 1255 cases reported in 2004 were …", "The funding cuts announced by donors in March had forced …":
  the participle was a cue with the noun for its source.
- "Россия не будет выводить войска с базы Хмеймим - Песков": skipped (a spaced hyphen between two
  capitalised words read as a hyphenated name; and without "не" the cheap filter skipped the title).
- "N'DJAMENA, 10 janvier (AFP) - …", "NEW YORK, May 2 (Reuters) - …": no dateline read; "a WHO
  spokeswoman told reporters": "WHO" read as the relative pronoun, no statement.
"""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize("paragraph, lang", [
    ("Le Kremlin n'a pas répondu à une demande de commentaire.", "fr"),
    ("Téhéran n'a pas répondu à une demande de commentaire de l'AFP.", "fr"),
    ("L'ambassade de Russie n'a pas donné suite aux demandes de Reuters.", "fr"),
    ("La présidence n'a pas encore répondu à une demande de précisions.", "fr"),
    ("Минобороны Армении не ответило на запросы журналистов о гибели военнослужащего.", "ru"),
    ("Міноборони Молдови не відповіло на запити журналістів щодо інциденту.", "uk"),
    ("The Venezuelan foreign ministry did not respond to a request for comment on the detentions.", "en"),
])
def test_a_noun_after_a_non_response_is_no_cue(analyse, paragraph, lang):
    assert found(analyse(f"Update\n\n{paragraph}", lang)) == []


@pytest.mark.parametrize("paragraph, lang, source, cue, content", [
    ("У Москві, своєю чергою, заявили, що удар завдали по військовому аеродрому.", "uk",
     "У Москві", "заявили", "удар завдали по військовому аеродрому"),
    ("В Киеве, в свою очередь, заявили, что российские войска обстреляли пригород Херсона.", "ru",
     "В Киеве", "заявили", "российские войска обстреляли пригород Херсона"),
    ("À Kyiv, de son côté, on affirme que les troupes russes reculent près de Koupiansk.", "fr",
     "À Kyiv", "on affirme", "les troupes russes reculent près de Koupiansk"),
])
def test_a_capital_with_an_aside_before_its_verb(analyse, paragraph, lang, source, cue, content):
    got = found(analyse(f"Update\n\n{paragraph}", lang))
    assert got == [(source, cue, content)]


def test_a_capital_statement_names_the_government(analyse):
    article = analyse("Update\n\nУ Москві, своєю чергою, заявили, що звинувачення Варшави безпідставні.", "uk")
    [st] = article.layers["statements"]
    assert st.attrs["speaker"]["name"] == "Government of Russia"


@pytest.mark.parametrize("paragraph, source, cue, content", [
    ("Le ministre de l'Intérieur s'est contenté de dire que « l'enquête suit son cours ».",
     "Le ministre de l'Intérieur", "s'est contenté de dire", "l'enquête suit son cours"),
    ("La porte-parole de l'armée a tenu à souligner que les soldats avaient respecté les règles.",
     "La porte-parole de l'armée", "a tenu à souligner", "les soldats avaient respecté les règles"),
    ("Le porte-parole de la présidence a préféré rappeler que « l'État reprendra chaque village ».",
     "Le porte-parole de la présidence", "a préféré rappeler", "l'État reprendra chaque village"),
    ("Le président serbe s'est borné à affirmer que la Serbie n'était pas impliquée.",
     "Le président serbe", "s'est borné à affirmer", "la Serbie n'était pas impliquée"),
])
def test_a_french_governing_verb_before_an_infinitive_cue(analyse, paragraph, source, cue, content):
    assert found(analyse(f"Point de presse\n\n{paragraph}", "fr")) == [(source, cue, content)]


def test_dire_alone_is_still_no_cue(analyse):
    # ("dire" is a cue only after a ``govern`` verb: "veut dire", "pour dire" say nothing of anyone)
    assert found(analyse("Analyse\n\nCette décision veut dire que la guerre va durer.", "fr")) == []


@pytest.mark.parametrize("paragraph, gone", [
    ("The number was up from the 1255 cases reported in 2004 in the same provinces.", "reported"),
    ("The number of deaths rose to 40, up from the 1255 cases reported in 2004.", "reported"),
    ("The funding cuts announced by donors in March had forced the clinics to close.", "announced"),
    ("The 11,000 people displaced reported by the IOM last month were still sheltering in Pemba.", "reported"),
])
def test_an_english_reduced_relative_is_no_cue(analyse, paragraph, gone):
    assert gone not in [g[1] for g in found(analyse(f"Update\n\n{paragraph}", "en"))]


@pytest.mark.parametrize("paragraph, source, cue, content", [
    ("The ministry announced on Monday it would extend the curfew.", "The ministry", "announced",
     "on Monday it would extend the curfew"),
    ("Police reported on Monday that two people had died in the clashes.", "Police", "reported",
     "two people had died in the clashes"),
    ("Officials said the curfew announced on Sunday would stay in place until Friday.", "Officials", "said",
     "the curfew announced on Sunday would stay in place until Friday"),
])
def test_a_report_verb_with_its_subject_stays_a_cue(analyse, paragraph, source, cue, content):
    assert found(analyse(f"Update\n\n{paragraph}", "en")) == [(source, cue, content)]


@pytest.mark.parametrize("text, lang, source, content", [
    ("Россия не будет выводить войска с базы Хмеймим - Песков\n\nМОСКВА, 9 декабря — Пресс-секретарь "
     "президента Дмитрий Песков заявил журналистам, что судьба баз будет обсуждаться.", "ru",
     "Песков", "Россия не будет выводить войска с базы Хмеймим"),
    ("Переговоры с Баку зашли в тупик - Пашинян\n\nЕРЕВАН, 14 мая — Премьер-министр Армении Никол Пашинян "
     "заявил в парламенте, что Азербайджан выдвигает новые условия.", "ru",
     "Пашинян", "Переговоры с Баку зашли в тупик"),
    ("Україна отримає ще дві системи Patriot - Умєров\n\nКИЇВ, 12 вересня — Міністр оборони Рустем Умєров "
     "заявив, що батареї прибудуть до кінця року.", "uk",
     "Умєров", "Україна отримає ще дві системи Patriot"),
])
def test_a_headline_speaker_after_a_hyphen(analyse, text, lang, source, content):
    got = found(analyse(text, lang))
    assert (source, "-", content) in got


def test_a_headline_hyphen_before_no_person_is_no_statement(analyse):
    # (the speaker must be an actor: "… - фото" or a place names no one)
    text = "Пожар на нефтебазе в Новороссийске - фото\n\nНОВОРОССИЙСК, 3 мая — Пожар потушен к утру."
    assert [g for g in found(analyse(text, "ru")) if g[1] == "-"] == []


def test_a_spaced_hyphenated_name_is_still_one_name(analyse):
    text = "Наука\n\nТимофеев - Ресовский на вопрос о происхождении человека отвечал, что это не нашего ума дело."
    assert found(analyse(text, "ru"))[0][0].startswith("Тимофеев - Ресовский")


@pytest.mark.parametrize("text, lang, source, content", [
    ("Attaque\n\nN'DJAMENA, 10 janvier (AFP) - Des hommes armés ont attaqué la présidence, a annoncé le "
     "porte-parole du gouvernement.", "fr", "le porte-parole du gouvernement",
     "Des hommes armés ont attaqué la présidence"),
    ("Storm\n\nNEW YORK, May 2 (Reuters) - Three people were killed by falling trees, said the city's emergency "
     "management office.", "en", "the city's emergency management office", "Three people were killed by falling trees"),
])
def test_a_dateline_with_an_apostrophe_or_a_space(analyse, text, lang, source, content):
    got = found(analyse(text, lang))
    assert [(g[0], g[2]) for g in got] == [(source, content)]


def test_an_upper_case_subhead_is_no_dateline():
    # (a dateline's place has at most three words: not "HE'S BEEN CALLED OUT BY FELLOW DOCTORS —")
    from sitrep.components.statements import DATELINE
    assert DATELINE.match("HE'S BEEN CALLED OUT BY FELLOW DOCTORS — He has been dragged before a subcommittee.") is None
    assert DATELINE.match("SALT LAKE CITY (AP) — A storm") is not None


@pytest.mark.parametrize("paragraph, source, content", [
    ("Clinics had closed in March, a WHO spokeswoman told reporters.", "a WHO spokeswoman", "Clinics had closed in March"),
    ("WHO said the outbreak was spreading to two more provinces.", "WHO", "the outbreak was spreading to two more provinces"),
])
def test_the_who_acronym_is_no_relative_pronoun(analyse, paragraph, source, content):
    got = found(analyse(f"Update\n\n{paragraph}", "en"))
    assert [(g[0], g[2]) for g in got] == [(source, content)]


def test_a_relative_who_stays_a_relative(analyse):
    got = found(analyse("Update\n\nThe officer who said the convoy was attacked has resigned.", "en"))
    assert ("The officer who", "said", "the convoy was attacked") not in got
