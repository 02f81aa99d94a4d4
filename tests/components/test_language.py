"""language.v1: articles in the issue's languages, others by code, and text too short to tell."""

from __future__ import annotations

import pytest

from sitrep.article import Article
from sitrep.components.language import MIN_LETTERS, LanguageId, identify, identify_article, sample
from sitrep.settings import Config

ARTICLES = {
    "fr": (
        "Les forces ukrainiennes ont repris plusieurs villages au sud de Kharkiv\n\n"
        "Selon l'état-major, les troupes ont progressé d'une dizaine de kilomètres pendant la nuit. "
        "Les habitants, restés dans les caves depuis le début des bombardements, ont vu arriver "
        "les premiers blindés au petit matin."
    ),
    "en": (
        "Ukrainian forces retake several villages south of Kharkiv\n\n"
        "According to the general staff, the troops advanced about ten kilometres overnight. "
        "Residents who had sheltered in basements since the shelling began saw the first armoured "
        "vehicles arrive early in the morning."
    ),
    "ru": (
        "Украинские войска вернули несколько сёл к югу от Харькова\n\n"
        "По данным генштаба, за ночь подразделения продвинулись примерно на десять километров. "
        "Жители, которые с начала обстрелов прятались в подвалах, увидели первую бронетехнику "
        "рано утром."
    ),
    "uk": (
        "Українські сили звільнили кілька сіл на південь від Харкова\n\n"
        "За даними генштабу, за ніч підрозділи просунулися приблизно на десять кілометрів. "
        "Мешканці, які від початку обстрілів ховалися в підвалах, побачили першу бронетехніку "
        "рано вранці."
    ),
    "de": (
        "Ukrainische Truppen erobern mehrere Dörfer südlich von Charkiw zurück\n\n"
        "Nach Angaben des Generalstabs rückten die Einheiten über Nacht etwa zehn Kilometer vor. "
        "Die Bewohner, die sich seit Beginn des Beschusses in Kellern versteckt hatten, sahen am "
        "frühen Morgen die ersten gepanzerten Fahrzeuge."
    ),
    "it": (
        "Le forze ucraine riconquistano diversi villaggi a sud di Kharkiv\n\n"
        "Secondo lo stato maggiore, le truppe sono avanzate di circa dieci chilometri durante la notte. "
        "Gli abitanti, rimasti nelle cantine dall'inizio dei bombardamenti, hanno visto arrivare i "
        "primi blindati la mattina presto."
    ),
    "pl": (
        "Ukraińskie siły odbiły kilka wsi na południe od Charkowa\n\n"
        "Według sztabu generalnego oddziały posunęły się w nocy o około dziesięć kilometrów. "
        "Mieszkańcy, którzy od początku ostrzału ukrywali się w piwnicach, wczesnym rankiem "
        "zobaczyli pierwsze pojazdy opancerzone."
    ),
    "es": (
        "Las fuerzas ucranianas recuperan varias aldeas al sur de Járkov\n\n"
        "Según el estado mayor, las tropas avanzaron unos diez kilómetros durante la noche. "
        "Los vecinos, que se refugiaban en los sótanos desde el comienzo de los bombardeos, vieron "
        "llegar los primeros blindados a primera hora de la mañana."
    ),
}

OTHERS = {
    "pt": (
        "As forças ucranianas recuperaram várias aldeias ao sul de Kharkiv\n\n"
        "Segundo o estado-maior, as tropas avançaram cerca de dez quilómetros durante a noite. "
        "Os moradores, que se abrigavam nas caves desde o início dos bombardeamentos, viram chegar "
        "os primeiros blindados de manhã cedo."
    ),
    "nl": (
        "Oekraïense troepen heroveren meerdere dorpen ten zuiden van Charkiv\n\n"
        "Volgens de generale staf rukten de eenheden 's nachts ongeveer tien kilometer op. "
        "Bewoners die sinds het begin van de beschietingen in kelders schuilden, zagen 's ochtends "
        "vroeg de eerste pantservoertuigen aankomen."
    ),
}


def run(text: str, language: str | None = None) -> Article:
    article = Article(id="t", text=text, language=language)
    return LanguageId(Config())(article)


@pytest.mark.parametrize("code", sorted(ARTICLES))
def test_issue_languages_identified(code):
    article = run(ARTICLES[code])
    assert article.language == code
    (ann,) = article.layers["language"]
    assert ann.label == code and ann.producer == "language.v1" and ann.confidence > 0.9
    assert 0 < ann.end <= len(article.text)


@pytest.mark.parametrize("code", sorted(OTHERS))
def test_language_outside_the_list_reported_by_code(code):
    assert run(OTHERS[code]).language == code


@pytest.mark.parametrize("text", ["", "   \n\n  ", "!!! --- ??? 123 456 ***", "© 2022 — 12:45"])
def test_empty_or_symbol_only_text_gives_null(text):
    article = run(text)
    assert article.language is None
    assert article.layers["language"][0].label == "und"


def test_too_little_text_is_not_guessed():
    article = run("Kyiv, 12:00")
    assert article.language is None
    assert "too little text" in article.layers["language"][0].attrs["reason"]
    assert identify_article("x" * (MIN_LETTERS - 1), 600)[0] == []


def test_given_language_wins():
    article = run(ARTICLES["fr"], language="uk")
    assert article.language == "uk"
    assert article.layers["language"][0].attrs == {"given": True}


def test_short_sentences_among_the_core_languages():
    assert identify("Les troupes ont repris la ville hier soir.")[0][0] == "fr"
    assert identify("Війська звільнили місто вчора ввечері.")[0][0] == "uk"
    assert identify("Войска освободили город вчера вечером.")[0][0] == "ru"
    assert identify("Troops retook the town last night.")[0][0] == "en"


def test_first_pass_reads_only_the_opening():
    text = ARTICLES["en"] + " " + " ".join(["More paragraphs follow here."] * 100)
    ranked, read, reason = identify_article(text, 600)
    assert ranked[0][0] == "en" and reason is None
    assert read < 300


def test_sample_ends_at_a_word_end():
    text = "Ukrainian forces retake several villages south of Kharkiv"
    cut = sample(text, 10, 600)
    assert text.startswith(cut) and text[len(cut)] == " " and sum(c.isalpha() for c in cut) >= 10


def test_mixed_opening_reads_more(monkeypatch):
    # A title in one language and a body in another: an unsure first pass reads on.
    import sitrep.components.language as language

    monkeypatch.setattr(language, "FIRST_PASS_CONFIDENCE", 1.01)
    ranked, read, _ = identify_article(ARTICLES["de"] + " " + ARTICLES["de"], 600)
    assert read > 300 and ranked[0][0] == "de"


@pytest.mark.slow  # about 35 s: every UD sentence of >= 40 characters
def test_langid_floor_on_ud(shared_data):
    from sitrep.eval.langid import evaluate

    result = evaluate(shared_data / "ud")
    for code in ("fr", "en", "ru", "uk"):
        assert result["languages"][code]["accuracy"] >= 0.98, result["languages"][code]
