""""передать" / "передати" is a verb of saying ("передал, что …", "— передает корреспондент") and a verb of
handing over ("Германия передаст Украине две системы ПВО"); "lancer" reports words ("a lancé un appel") and
launches weapons ("la Russie a lancé 67 drones").  The second sense made the weapons the words of whoever
sends them, and the deliveries and strikes *claimed* events.  The sense of saying now needs words said: a
content before the cue, a quotation, a что / що / que clause or a noun of words ("передал слова")."""

from __future__ import annotations

import pytest

from .conftest import found


def _cues(article) -> list[str]:
    return [cue for _, cue, _ in found(article)]


@pytest.mark.parametrize("lang, title, paragraph", [
    ("ru", "Поставки оружия", "Германия передаст Украине еще две системы ПВО IRIS-T до конца года. Берлин уже "
                              "поставил Киеву три такие системы."),
    ("ru", "Поставки оружия", "Иран передал России партию баллистических ракет малой дальности в начале года, "
                              "утверждают западные разведки."),
    ("uk", "Обмін полоненими", "Росія також передала Україні тіла 250 загиблих військових. Їх доправили до "
                               "Києва для ідентифікації."),
    ("uk", "Військова допомога", "Раніше Литва передала Україні партію боєприпасів і генератори для "
                                 "енергосистеми."),
])
def test_a_thing_handed_over_is_no_statement(analyse, lang, title, paragraph):
    assert not [c for c in _cues(analyse(f"{title}\n\n{paragraph}", lang)) if c.lower().startswith("переда")]


@pytest.mark.parametrize("lang, title, paragraph, expected", [
    ("ru", "Переговоры", "Премьер-министр Никол Пашинян передал через посредников, что Ереван готов к переговорам.",
     ("Премьер-министр Никол Пашинян", "передал", "Ереван готов к переговорам")),
    ("uk", "Обмін полоненими", "Омбудсман Дмитро Лубінець передав, що серед звільнених є поранені з Маріуполя.",
     ("Омбудсман Дмитро Лубінець", "передав", "серед звільнених є поранені з Маріуполя")),
    ("ru", "Красное море", "Британское агентство UKMTO передало, что судно получило повреждения, но экипаж не "
                           "пострадал.",
     ("Британское агентство UKMTO", "передало", "судно получило повреждения, но экипаж не пострадал")),
])
def test_words_passed_on_stay_statements(analyse, lang, title, paragraph, expected):
    source, cue, content = expected  # (the content may keep an adjunct before "что": "через посредников, что …")
    assert any(s == source and c == cue and content in text for s, c, text in found(analyse(f"{title}\n\n{paragraph}", lang)))


def test_a_quotation_passed_on_stays(analyse):
    art = analyse("Переговоры\n\nПредставитель Кремля передал: «Москва готова к диалогу без предварительных "
                  "условий».", "ru")
    assert "передал" in _cues(art)


@pytest.mark.parametrize("lang, paragraph, expected", [
    ("ru", "Как передавало ИА REGNUM, ранее сегодня Борис Джонсон подал в отставку с поста главы МИД Великобритании.",
     ("ИА REGNUM", "Как передавало", "ранее сегодня Борис Джонсон подал в отставку с поста главы МИД Великобритании")),
    ("uk", "Як передає Укрінформ, у Києві пролунали вибухи.", ("Укрінформ", "Як передає", "у Києві пролунали вибухи")),
])
def test_as_relayed_by_an_outlet(analyse, lang, paragraph, expected):
    """"Как передавало ИА REGNUM, …": a prepositional cue, as "как передает" was (not a verb whose subject is "Как")."""
    title = {"ru": "Новости", "uk": "Новини"}[lang]
    assert expected in found(analyse(f"{title}\n\n{paragraph}", lang))


@pytest.mark.parametrize("paragraph", [
    "D'après l'état-major ukrainien, la Russie a lancé 67 drones et six missiles dans la nuit.",
    "Selon des sources sécuritaires, l'armée malienne a lancé une vaste offensive contre les jihadistes près de Ménaka.",
])
def test_launching_is_no_statement(analyse, paragraph):
    """"lancer" reports words only with words: "la Russie a lancé 67 drones" made the drones Russia's words."""
    assert not [c for c in _cues(analyse(f"Conflit\n\n{paragraph}", "fr")) if c.lower().startswith("a lancé")]


@pytest.mark.parametrize("paragraph, expected", [
    ("« Nous ne céderons pas », a lancé le président devant les députés.",
     ("le président", "a lancé", "Nous ne céderons pas")),
    ("Le secrétaire général de l'ONU a lancé : « Assez de sang versé ! »",
     ("Le secrétaire général de l'ONU", "a lancé", "Assez de sang versé !")),
])
def test_words_launched_stay_statements(analyse, paragraph, expected):
    assert expected in found(analyse(f"Conflit\n\n{paragraph}", "fr"))
