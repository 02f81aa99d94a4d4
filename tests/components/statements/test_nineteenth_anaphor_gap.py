""""Об этом заявил министр", "Про це повідомив мер": the content is the sentence before.  A day, a date or a
channel between the anaphor and its verb ("Об этом в понедельник заявил", "Об этом в своем Telegram-канале
сообщил губернатор", "Про це в інтерв'ю агентству Reuters сказав Буданов") made the anaphor and the
adjunct the source and the speaker's name the content."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize("lang, paragraph, source, content", [
    ("ru", "Германия передаст Украине еще две системы ПВО IRIS-T до конца года. Об этом в понедельник заявил министр "
           "обороны ФРГ Борис Писториус.",
     "министр обороны ФРГ Борис Писториус", "Германия передаст Украине еще две системы ПВО IRIS-T до конца года"),
    ("ru", "Беспилотники атаковали нефтебазу в Брянской области. Об этом в своем Telegram-канале сообщил губернатор "
           "Александр Богомаз.",
     "губернатор Александр Богомаз", "Беспилотники атаковали нефтебазу в Брянской области"),
    ("ru", "Ночью Россия выпустила по Украине 60 дронов. Об этом 12 марта сообщили в Воздушных силах ВСУ.",
     "в Воздушных силах ВСУ", "Ночью Россия выпустила по Украине 60 дронов"),
    ("uk", "Російська армія не має достатніх резервів для масштабного наступу влітку. Про це в інтерв'ю агентству "
           "Reuters сказав начальник ГУР Кирило Буданов.",
     "начальник ГУР Кирило Буданов", "Російська армія не має достатніх резервів для масштабного наступу влітку"),
])
def test_an_adjunct_between_the_anaphor_and_its_verb(analyse, lang, paragraph, source, content):
    title = {"ru": "Новости", "uk": "Новини"}[lang]
    got = [(s, c) for s, _, c in found(analyse(f"{title}\n\n{paragraph}", lang))]
    assert (source, content) in got


def test_a_noun_after_the_anaphor_is_no_adjunct(analyse):
    """"Об этом деле судья заявил": "этом деле" is what the judge spoke of, the sentence before is no content."""
    art = analyse("Новости\n\nСуд приговорил активиста к трем годам. Об этом деле судья заявил журналистам, что "
                  "приговор справедлив.", "ru")
    assert all(c != "Суд приговорил активиста к трем годам" for _, _, c in found(art))
