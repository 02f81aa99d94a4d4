"""Twenty-third session, second wave (``stq25``): an acting office abbreviated with stops, a statement in a
headline after a topic and a colon.

- "…, повідомив в.о. міського голови Артем Коваль", "…, сообщил и.о. министра внутренних дел республики
  Виталий Нейгер": the sentences layer ended the sentence at "в.о." (uk), and the statements layer read the
  source after the verb only to the first stop (ru: "и.о." kept the sentence, but the source was cut at
  its stop): no statement.  The sentences layer's abbreviation data now hold "в.о", "т.в.о" (uk), "и.о",
  "в.р.и.о" (ru), and the ``acting`` entries "и.о.", "в.р.и.о.", "в.о.", "т.в.о." let a source read over
  their stops, after its verb and before it.
- "Mali : l'armée affirme avoir repris Kidal" (a title): the colon made a headline frame of Mali's, dropped
  later as the story's country, but "l'armée affirme" inside its content had been left out as nested in
  it; the headline's verdict now comes before the nesting.
- "Отвечая на вопрос журналистов о сроках переговоров, Песков сказал, что их пока нет": the adverbial
  participle before the first comma was read as a first part of the content ("X, Песков сказал, Y");
  data ``participle_opening`` (ru, uk) marks it as an adverbial, so the sentence reads forwards.
- "Як повідомляє Укрінформ із посиланням на Генштаб, …": "із" (the form of "з" after a vowel) was not
  read as a relay, so the source ran to the comma and the chain lacked the General Staff.
- "DAKAR, 3 mars (AFP) - « … », a assuré le ministre. « … », a-t-il ajouté": with no actor named before it,
  "il" took the agency credited in the dateline as its antecedent (chain article → Agence France-Presse).
"""

from __future__ import annotations

import pytest

from sitrep.components.segment import segment_text

from .conftest import found


@pytest.mark.parametrize("lang, text, first", [
    ("uk", "Загинули троє людей, повідомив в.о. міського голови Артем Коваль. За даними ДСНС, пошкоджено 14 будинків.",
     "Загинули троє людей, повідомив в.о. міського голови Артем Коваль."),
    ("uk", "Пожежу локалізовано, повідомив т.в.о. начальника обласної військової адміністрації Іван Руднік. Далі.",
     "Пожежу локалізовано, повідомив т.в.о. начальника обласної військової адміністрації Іван Руднік."),
    ("uk", "Про це повідомив в. о. міського голови Ігор Поліщук. Пожежу загасили.",
     "Про це повідомив в. о. міського голови Ігор Поліщук."),
    ("ru", "Об этом сообщил и. о. главы города Иван Петров. Пострадавших нет.",
     "Об этом сообщил и. о. главы города Иван Петров."),
    ("ru", "Об этом сообщил в.р.и.о. главы города Иван Петров. Пострадавших нет.",
     "Об этом сообщил в.р.и.о. главы города Иван Петров."),
])
def test_an_acting_abbreviation_ends_no_sentence(lang, text, first):
    s, e = segment_text(text, lang)[0]
    assert text[s:e] == first


@pytest.mark.parametrize("lang, sentence", [
    ("uk", "Його призначено в.о. Наступного дня він приступив до роботи."),
    ("ru", "Его назначили и.о. Через неделю он приступил к работе."),
])
def test_an_acting_abbreviation_still_ends_one_before_a_capital(lang, sentence):
    assert len(segment_text(sentence, lang)) == 2


@pytest.mark.parametrize("text, lang, source, content", [
    ("ТИРАСПОЛЬ, 6 марта — Беспилотник атаковал воинскую часть в Приднестровье, сообщил и.о. министра внутренних "
     "дел республики Виталий Нейгер. Пострадавших нет.", "ru",
     "и.о. министра внутренних дел республики Виталий Нейгер", "Беспилотник атаковал воинскую часть в Приднестровье"),
    ("АЛМАТЫ, 5 января — Участники беспорядков захватили здание администрации, сообщил в.р.и.о. главы города Иван "
     "Петров. Пострадавших нет.", "ru",
     "в.р.и.о. главы города Иван Петров", "Участники беспорядков захватили здание администрации"),
    ("МИКОЛАЇВ, 2 липня — Унаслідок ракетного удару по Миколаєву пошкоджено дві школи, повідомив в.о. міського "
     "голови Олег Сєнкевич. Евакуацію не планують.", "uk",
     "в.о. міського голови Олег Сєнкевич", "Унаслідок ракетного удару по Миколаєву пошкоджено дві школи"),
    ("ЛУЦЬК, 21 березня — Пожежу на промисловому об'єкті локалізовано, повідомив т.в.о. начальника обласної "
     "військової адміністрації Іван Руднік. Постраждалих немає.", "uk",
     "т.в.о. начальника обласної військової адміністрації Іван Руднік", "Пожежу на промисловому об'єкті локалізовано"),
    ("ТИРАСПОЛЬ, 6 марта — И.о. министра внутренних дел республики Виталий Нейгер заявил, что пострадавших нет.",
     "ru", "И.о. министра внутренних дел республики Виталий Нейгер", "пострадавших нет"),
    ("МИКОЛАЇВ, 2 липня — В.о. міського голови Олег Сєнкевич заявив, що евакуацію не планують.", "uk",
     "В.о. міського голови Олег Сєнкевич", "евакуацію не планують"),
])
def test_an_abbreviated_acting_office_is_in_the_source(analyse, text, lang, source, content):
    got = [f for f in found(analyse(text, lang)) if f[2] == content]
    assert [f[0] for f in got] == [source]


@pytest.mark.parametrize("lang, headline, source, cue, content", [
    ("fr", "Mali : l'armée affirme avoir repris Kidal", "l'armée", "affirme", "avoir repris Kidal"),
    ("fr", "Niger : la junte dit avoir arrêté trois ministres", "la junte", "dit", "avoir arrêté trois ministres"),
    ("en", "Sudan: army says it retook Omdurman bridge", "army", "says", "it retook Omdurman bridge"),
    ("ru", "Сирия: армия заявила о взятии Алеппо", "армия", "заявила", "о взятии Алеппо"),
])
def test_a_statement_in_a_headline_after_a_topic(analyse, lang, headline, source, cue, content):
    body = {"fr": "BAMAKO, 14 novembre (AFP) - Le ministère a publié un bilan lundi soir.",
            "en": "KHARTOUM, May 2 (Reuters) - The ministry published a toll on Monday.",
            "ru": "ДАМАСК, 2 мая — Министерство опубликовало данные в понедельник."}[lang]
    article = analyse(f"{headline}\n\n{body}\n", lang)
    assert (source, cue, content) in found(article)
    assert [f for f in found(article) if f[1] == ":"] == []  # (the country before the colon still speaks not)


@pytest.mark.parametrize("lang, headline, source, content", [
    ("en", "Zelensky: Russia must withdraw from Zaporizhzhia plant", "Zelensky",
     "Russia must withdraw from Zaporizhzhia plant"),
    ("ru", "Лавров: Запад провоцирует эскалацию в Закавказье", "Лавров", "Запад провоцирует эскалацию в Закавказье"),
])
def test_a_person_before_a_headline_colon_still_speaks(analyse, lang, headline, source, content):
    body = {"en": "KYIV, May 2 (Reuters) - The ministry published a toll on Monday.",
            "ru": "МОСКВА, 19 сентября — Министерство опубликовало данные в понедельник."}[lang]
    assert (source, ":", content) in found(analyse(f"{headline}\n\n{body}\n", lang))


@pytest.mark.parametrize("lang, text, source, content", [
    ("ru", "МОСКВА, 3 марта — Отвечая на вопрос журналистов о сроках переговоров, Песков сказал, что их пока нет.",
     "Песков", "их пока нет"),
    ("ru", "МОСКВА, 3 марта — Комментируя заявление Вашингтона, Захарова заявила, что Москва не признает санкций.",
     "Захарова", "Москва не признает санкций"),
    ("uk", "КИЇВ, 3 березня — Відповідаючи на запитання журналістів про обмін, Зеленський сказав, що він готується.",
     "Зеленський", "він готується"),
    ("uk", "КИЇВ, 3 березня — Коментуючи заяву Москви, речник МЗС Георгій Тихий сказав, що Україна не визнає "
     "цих умов.", "речник МЗС Георгій Тихий", "Україна не визнає цих умов"),
])
def test_an_opening_participle_is_no_content(analyse, lang, text, source, content):
    assert (source, next(f[1] for f in found(analyse(text, lang)) if f[0] == source), content) \
        in found(analyse(text, lang))


@pytest.mark.parametrize("lang, text, source, content", [
    ("ru", "МОСКВА, 3 марта — Силы ПВО сбили беспилотник над Брянском, сообщил губернатор области Александр "
     "Богомаз.", "губернатор области Александр Богомаз", "Силы ПВО сбили беспилотник над Брянском"),
    ("ru", "МОСКВА, 3 марта — Песков, отвечая на вопрос журналистов, сказал, что переговоры продолжатся.",
     "Песков", "переговоры продолжатся"),
])
def test_a_participle_elsewhere_keeps_its_reading(analyse, lang, text, source, content):
    got = [f for f in found(analyse(text, lang)) if f[2] == content]
    assert got and (source is None or got[0][0] == source)


def test_a_relay_after_a_vowel_in_ukrainian(analyse):
    text = "КИЇВ, 3 березня — Як повідомляє Укрінформ із посиланням на Генштаб, атаку відбито.\n"
    article = analyse(text, "uk")
    st = [a.attrs for a in article.layers["statements"] if text[a.start:a.end] == "атаку відбито"]
    assert [s["source"]["text"] for s in st] == ["Укрінформ"]
    assert st[0]["chain"][-1] == "Генштаб"


@pytest.mark.parametrize("text, lang, cue", [
    ("DAKAR, 3 mars (AFP) - « Nous sommes prêts à négocier », a assuré le ministre. « Mais pas à n'importe quel "
     "prix », a-t-il ajouté.\n", "fr", "ajouté"),
    ("BAMAKO, 3 mars (AFP) - Trois soldats ont été tués près de Gao, selon des sources sécuritaires. « Les "
     "assaillants ont fui vers la frontière », ont-elles précisé.\n", "fr", "précisé"),
])
def test_a_pronoun_never_names_the_agency_of_the_dateline(analyse, text, lang, cue):
    st = [a.attrs for a in analyse(text, lang).layers["statements"] if a.attrs["cue"]["text"] == cue]
    assert st and "Agence France-Presse" not in st[0]["chain"] and (st[0]["speaker"] or {}).get("name") \
        != "Agence France-Presse"


def test_a_pronoun_after_a_named_speaker_keeps_it(analyse):
    text = ("N'DJAMENA, 9 janvier (Reuters) - Des hommes armés ont attaqué la présidence, a déclaré le porte-parole du "
            "gouvernement, Abderaman Koulamallah. « La situation est sous contrôle », a-t-il assuré.\n")
    st = [a.attrs for a in analyse(text, "fr").layers["statements"] if a.attrs["cue"]["text"].endswith("assuré")]
    assert st and "Koulamallah" in (st[0]["speaker"] or {}).get("name", "")
