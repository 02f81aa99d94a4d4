"""times.v1 on sentences written for these tests, in fr, en, ru and uk."""

from __future__ import annotations

import pytest

from sitrep.article import Article, Published, validate
from sitrep.components.times import extract, grammar
from sitrep.pipeline import default_pipeline

DAY = Published("2022-09-10", "day")  # a Saturday
MONTH = Published("2022-09", "month")


def found(text: str, lang: str, published=DAY) -> dict[str, dict]:
    return {text[t.start : t.end]: {"label": t.label, **t.attrs} for t in extract(text, lang, published)}


def test_french_weekdays_with_day_precision():
    got = found("L'offensive a commencé jeudi ; samedi, Moscou a annoncé un retrait.", "fr")
    assert got["jeudi"]["value"] == "2022-09-08"
    assert got["samedi"]["value"] == "2022-09-10"


def test_french_weekday_with_month_precision_is_an_interval():
    got = found("Le ministère a annoncé samedi le retrait des troupes.", "fr", MONTH)
    sat = got["samedi"]
    assert sat["value"] == "XXXX-WXX-6"
    assert (sat["earliest"], sat["latest"]) == ("2022-08-27", "2022-09-24")
    assert sat["anchor"] == {"source": "published", "value": "2022-09", "precision": "month"}


def test_french_summer_february_and_years():
    text = "Tout a changé au cours de l’été. La Russie a envahi l'Ukraine le 24 février, après 2014 et en février 2022."
    got = found(text, "fr")
    assert got["l’été"]["value"] == "2022-SU"
    assert got["le 24 février"]["value"] == "2022-02-24"
    assert got["2014"]["value"] == "2014"
    assert got["février 2022"]["value"] == "2022-02"
    assert "été" not in found("Il a été blessé.", "fr")  # the verb, not the season


def test_french_relative_and_text_anchored():
    text = "Le sommet s'est ouvert le 3 mars 2021. Deux jours plus tard, les ministres sont partis. Il y a deux ans, rien."
    got = found(text, "fr")
    assert got["Deux jours plus tard"]["value"] == "2021-03-05"
    assert got["Deux jours plus tard"]["anchor"]["source"] == "text"
    assert got["Il y a deux ans"]["value"] == "2020"
    assert found("Les combats ont repris la semaine dernière.", "fr")["la semaine dernière"]["value"] == "2022-W35"


def test_english_dates_durations_and_sets():
    text = (
        "On March 3, 1998, the company said third-quarter profit rose. Two years ago it lost money; "
        "last Monday it hired staff for six months, and it reports weekly."
    )
    got = found(text, "en")
    assert got["March 3, 1998"]["value"] == "1998-03-03"
    assert got["Two years ago"]["value"] == "2020"
    assert got["last Monday"]["value"] == "2022-09-05"
    assert got["six months"] == {"label": "DURATION", "value": "P6M"}
    assert got["weekly"]["label"] == "SET"


def test_english_ignores_ages_and_counts():
    got = found("A 6-year-old boy and 2000 people were there.", "en")
    assert not got


def test_english_clock_time_joins_its_day():
    got = found("The vote closes at 9 a.m. Tuesday.", "en", Published("2022-09-12", "day"))
    assert got["9 a.m. Tuesday"]["label"] == "TIME"
    assert got["9 a.m. Tuesday"]["value"] == "2022-09-13T09:00" or got["9 a.m. Tuesday"]["value"] == "2022-09-06T09:00"


def test_russian_inflected_forms():
    text = "В субботу армия отступила. Вторжение началось 24 февраля 2022 года, а два года назад было тихо. В прошлом году"
    got = found(text, "ru")
    assert got["субботу"]["value"] == "2022-09-10"
    assert got["24 февраля 2022 года"]["value"] == "2022-02-24"
    assert got["два года назад"]["value"] == "2020"
    assert got["В прошлом году"]["value"] == "2021"


def test_ukrainian_inflected_forms():
    text = "У суботу війська відступили. Це сталося 24 лютого, а минулого року та два роки тому було інакше."
    got = found(text, "uk")
    assert got["суботу"]["value"] == "2022-09-10"
    assert got["24 лютого"]["value"] == "2022-02-24"
    assert got["минулого року"]["value"] == "2021"
    assert got["два роки тому"]["value"] == "2020"


def test_unknown_publication_date_leaves_values_relative():
    got = found("Hier, Kiev a repris trois villes, deux ans après 2020.", "fr", None)
    assert got["Hier"]["value"] == "XXXX-XX-XX"
    assert got["Hier"]["relative"] == "-P1D"
    assert got["Hier"]["anchor"] is None
    assert "unknown" in got["Hier"]["note"]
    assert got["2020"]["value"] == "2020"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Ukraine launched its counteroffensive on Thursday, officials said."),
        ("fr", "L'Ukraine a lancé jeudi sa contre-offensive, ont déclaré des responsables."),
        ("ru", "Украина начала контрнаступление в четверг, заявили чиновники."),
        ("uk", "Україна розпочала контрнаступ у четвер, заявили посадовці."),
    ],
)
def test_pipeline_layer_is_valid_json(lang, text):
    article = Article(id="t", text=text, language=lang, published=DAY)
    default_pipeline()(article)
    times = article.layers["times"]
    assert [article.surface(a) for a in times] == [text[times[0].start : times[0].end]]
    assert times[0].producer == "times.v1" and times[0].attrs["value"] == "2022-09-08"
    validate(article.to_dict())


def _seed_values(seed_path, published=None):
    from sitrep.readers import read_paths
    from sitrep.settings import Config

    (article,) = list(read_paths([seed_path], Config()))
    if published is not None:
        article.published = published
    default_pipeline()(article)
    return article, {article.surface(a).lower(): a.attrs for a in article.layers["times"]}


def test_seed_with_month_precision(seed_path):
    article, got = _seed_values(seed_path)
    assert article.published == MONTH  # from the "date 2022-09" header
    assert (got["samedi"]["earliest"], got["samedi"]["latest"]) == ("2022-08-27", "2022-09-24")
    assert got["jeudi"]["value"] == "XXXX-WXX-4"
    assert got["plus tôt dans le conflit"]["value"] == "PAST_REF"
    assert got["l’été"]["value"] == "2022-SU"
    assert got["le 24 février"]["value"] == "2022-02-24"
    assert got["2014"]["value"] == "2014"
    assert got["février 2022"]["value"] == "2022-02"


def test_seed_with_day_precision(seed_path):
    _, got = _seed_values(seed_path, DAY)
    assert got["samedi"]["value"] == "2022-09-10"
    assert got["jeudi"]["value"] == "2022-09-08"
    assert got["l’été"]["value"] == "2022-SU"
    assert got["le 24 février"]["value"] == "2022-02-24"


def test_english_weekend_said_on_a_weekday_is_the_one_past():
    monday = Published("1989-10-30", "day")
    assert found("Over the weekend, prices fell.", "en", monday)["the weekend"]["value"] == "1989-W43-WE"
    assert found("This weekend, the team plays.", "en", monday)["This weekend"]["value"] == "1989-W44-WE"


# -- the required-slot shortcut of grammar.find ------------------------------------------

SHORTCUT_TEXTS = {
    "en": ["Three days ago the army said the attack came two weeks later, at 9 a.m. EST, not at "
           "nine o'clock; in the first quarter of 2022 and the 20th century, a week earlier.",
           "The mayor met 40 people, 12 of them children, in Kyiv; 3 tanks and 2,500 troops."],
    "fr": ["Il y a trois jours, deux semaines plus tard, à 9 h du matin, au premier trimestre 2022, "
           "au XXe siècle, la semaine dernière.", "Le maire a reçu 40 personnes, dont 12 enfants."],
    "ru": ["Три дня назад, спустя две недели, в 9 часов утра, в первом квартале 2022 года, в XX веке.",
           "Мэр принял 40 человек, из них 12 детей."],
    "uk": ["Три дні тому, через два тижні, о 9 годині ранку, у першому кварталі 2022 року, у XX столітті.",
           "Мер прийняв 40 людей, з них 12 дітей."],
}


def test_required_slots_are_checked_on_the_templates():
    table = grammar.slots(grammar.load("en"))
    templates = dict(grammar.TEMPLATES)
    assert grammar.slots_required(templates["ago"], ("AGO",), table)
    assert grammar.slots_required(templates["ago"], ("UNIT",), table)
    assert not grammar.slots_required(templates["ago"], ("QTY",), table)  # an optional quantity
    assert not grammar.slots_required(templates["dmy"], ("WEEKDAY",), table)
    assert grammar.slots_required(templates["later"], ("LATER", "EARLIER"), table)
    assert not grammar.slots_required(templates["later"], ("LATER",), table)  # EARLIER is the other way
    for lang in SHORTCUT_TEXTS:
        assert sorted(grammar.required(lang)) == sorted(grammar.REQUIRED_SLOTS)


@pytest.mark.parametrize("lang", sorted(SHORTCUT_TEXTS))
def test_required_slot_shortcut_finds_the_same_matches(lang, monkeypatch):
    texts = SHORTCUT_TEXTS[lang] + [" ".join(SHORTCUT_TEXTS[lang]) * 3]
    fast = [[(m.start, m.end, m.rule, m.groups) for m in grammar.find(t, lang)] for t in texts]
    monkeypatch.setattr(grammar, "required", lambda _lang: {})
    slow = [[(m.start, m.end, m.rule, m.groups) for m in grammar.find(t, lang)] for t in texts]
    assert fast == slow
    assert {m[2] for m in fast[0]} & set(grammar.REQUIRED_SLOTS)  # the shortcut's rules did match
