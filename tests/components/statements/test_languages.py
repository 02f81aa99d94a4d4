"""Articles written for these tests, one per language."""

from __future__ import annotations


FR = """Le ministre annonce un nouveau plan

Le ministre français des Affaires étrangères a déclaré mardi que la France enverrait une aide supplémentaire.

« Nous ne reculerons pas, a-t-il ajouté. Nous resterons aux côtés de nos partenaires. »

Selon l'agence Reuters, les discussions reprendront la semaine prochaine."""

EN = """Officials warn of new delays

The project will be delayed by two years, a senior official told Reuters on Monday.

"We are doing everything we can," the spokesman said. "But the weather has not helped."

According to the ministry, about 300 workers have left the site."""

RU = """Министерство обороны сделало заявление

Министерство обороны России заявило, что войска отошли на новые позиции.

«Мы продолжим операцию», — сказал он журналистам.

По словам губернатора, обстрелы продолжаются уже третий день."""

UK = """Президент звернувся до громадян

Президент України Володимир Зеленський заявив, що армія звільнила ще два села.

«Ми повернемо кожне місто», — наголосив він.

За словами мера, у місті відновили електропостачання."""


def test_french(analyse, by_cue):
    a = analyse(FR, "fr")
    st = by_cue(a)
    assert st["a déclaré"]["content"] == "la France enverrait une aide supplémentaire"
    assert st["a déclaré"]["source"]["text"] == "Le ministre français des Affaires étrangères"
    split = st["a-t-il ajouté"]
    assert split["direct"] is True and split["source"]["text"] == "il"
    # a quotation split by the cue: both parts belong to the statement
    assert [a.text[s:e] for s, e in split["parts"]] == ["Nous ne reculerons pas", "Nous resterons aux côtés de nos partenaires"]
    assert st["Selon"]["content"] == "les discussions reprendront la semaine prochaine"
    assert st["Selon"]["source"]["text"] == "l'agence Reuters"


def test_english(analyse, by_cue):
    a = analyse(EN, "en")
    st = by_cue(a)
    told = st["told"]
    assert told["content"] == "The project will be delayed by two years"
    assert told["source"]["text"] == "a senior official"
    assert told["channel"].startswith("Reuters") or "Reuters" in told["chain"][1]
    said = st["said"]
    assert said["direct"] is True and said["source"]["text"] == "the spokesman"
    # the next quotation with no cue of its own continues the statement
    assert len(said["parts"]) == 2
    assert st["According to"]["source"]["text"] == "the ministry"
    assert st["According to"]["content"] == "about 300 workers have left the site"


def test_russian(analyse, by_cue):
    a = analyse(RU, "ru")
    st = by_cue(a)
    moscow = st["заявило"]
    assert moscow["content"] == "войска отошли на новые позиции"
    assert moscow["speaker"]["actor"] == "RUS.MOD"
    quote = st["сказал"]
    assert quote["direct"] is True and quote["content"] == "Мы продолжим операцию"
    # "сказал он": the pronoun is the ministry named before
    assert quote["source"]["text"] == "он"
    assert quote["speaker"]["actor"] == "RUS.MOD"
    assert quote["channel"] == "журналистам"
    assert st["По словам"]["content"] == "обстрелы продолжаются уже третий день"


def test_ukrainian(analyse, by_cue):
    a = analyse(UK, "uk")
    st = by_cue(a)
    z = st["заявив"]
    assert z["speaker"]["actor"] == "zelensky"
    assert z["content"] == "армія звільнила ще два села"
    q = st["наголосив"]
    assert q["direct"] is True and q["speaker"]["actor"] == "zelensky"
    assert st["За словами"]["source"]["text"] == "мера"


def test_outlet_starts_the_chain(analyse, by_cue):
    a = analyse(EN, "en", source={"outlet": "RT"})
    for ann in a.layers["statements"]:
        assert ann.attrs["chain"][0] == "RT"


def test_french_incises(analyse, by_cue):
    text = ("Les prix de l'énergie\n\n« La situation reste tendue », juge le ministre de l'Économie. "
            "« Nous verrons cet hiver », poursuit-il.\n\nLes prix vont baisser, avance l'économiste Jean Dupont.")
    st = by_cue(analyse(text, "fr"))
    assert st["juge"]["content"] == "La situation reste tendue" and st["juge"]["direct"] is True
    assert st["juge"]["source"]["text"] == "le ministre de l'Économie"
    assert st["poursuit"]["source"]["text"] == "il"
    assert st["avance"]["content"] == "Les prix vont baisser"
    assert st["avance"]["source"]["text"] == "l'économiste Jean Dupont"
    # an incise verb before its object is no cue: "Le gouvernement juge les faits"
    assert "juge" not in by_cue(analyse("Titre\n\nLe tribunal juge les faits graves depuis lundi.", "fr"))


def test_anaphoric_attribution_takes_the_sentence_before(analyse, by_cue):
    ru = by_cue(analyse("Новости\n\nАрмия отошла от города. Об этом заявил министр обороны Сергей Шойгу.", "ru"))
    st = ru["Об этом заявил"]
    assert st["content"] == "Армия отошла от города"
    assert st["source"]["text"] == "министр обороны Сергей Шойгу"
    uk = by_cue(analyse("Новини\n\nАрмія звільнила село. Про це повідомив Генштаб ЗСУ в телеграмі.", "uk"))
    st = uk["Про це повідомив"]
    assert st["content"] == "Армія звільнила село"
    assert st["channel"] == "в телеграмі"


def test_relayed_sources_lengthen_the_chain(analyse, by_cue):
    st = by_cue(analyse("Новости дня\n\nПереговоры продолжатся, сообщает ТАСС, со ссылкой на источник в Кремле.", "ru"))
    assert st["сообщает"]["content"] == "Переговоры продолжатся"
    assert st["сообщает"]["chain"] == ["article", "TASS", "Kremlin"]
    st = by_cue(analyse("Talks resume\n\nThe talks will resume next week, CNN reported, citing two officials.", "en"))
    assert st["reported"]["chain"] == ["article", "CNN", "two officials"]


def test_french_news_phrasings(analyse, by_cue):
    text = ("Réouverture des écoles\n\nLes écoles rouvriront lundi, indique un communiqué du ministère. "
            "Le suspect a été interpellé mardi, a-t-on appris de source policière.")
    st = by_cue(analyse(text, "fr"))
    assert st["indique"]["source"]["text"] == "un communiqué du ministère"
    assert "communiqué" not in st  # a noun inside a source is no cue
    assert st["on appris"]["source"]["text"] == "de source policière"
    assert st["on appris"]["content"] == "Le suspect a été interpellé mardi"
