"""sentences.v1: news rules in fr, en, ru, uk; tokens exactly spaCy's; the component on articles."""

from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.article import Article
from sitrep.components import segment
from sitrep.components.segment import Tokens, segment_text, split_tokens
from sitrep.pipeline import default_pipeline
from sitrep.readers import read_bytes


def sentences(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in segment_text(text, lang)]


# -- quotations ---------------------------------------------------------------

QUOTES = [
    (
        "fr",
        "« Nous ne céderons pas. Nous tiendrons la ligne », a déclaré le général. Les combats ont repris à l'aube.",
        ["« Nous ne céderons pas.", "Nous tiendrons la ligne », a déclaré le général.", "Les combats ont repris à l'aube."],
    ),
    (
        "fr",
        "« Qui va payer ? » demande un habitant. Personne ne répond.",
        ["« Qui va payer ? » demande un habitant.", "Personne ne répond."],
    ),
    (
        "fr",
        "Selon lui, “la situation est grave.” Les secours sont sur place.",
        ["Selon lui, “la situation est grave.”", "Les secours sont sur place."],
    ),
    (
        "en",
        '"We will not give up. We will hold the line," the general said. Fighting resumed at dawn.',
        ['"We will not give up.', 'We will hold the line," the general said.', "Fighting resumed at dawn."],
    ),
    (
        "en",
        '"Who will pay?" asked a resident. Nobody answered.',
        ['"Who will pay?" asked a resident.', "Nobody answered."],
    ),
    (
        "en",
        'He called the deal "a disaster." Then he left the room.',
        ['He called the deal "a disaster."', "Then he left the room."],
    ),
    (
        "ru",
        "«Мы не отступим. Мы удержим позиции», — заявил генерал. Бои возобновились утром.",
        ["«Мы не отступим.", "Мы удержим позиции», — заявил генерал.", "Бои возобновились утром."],
    ),
    (
        "ru",
        "«Хватит!» — крикнул он. Все замолчали.",
        ["«Хватит!» — крикнул он.", "Все замолчали."],
    ),
    (
        "ru",
        "Кто заплатит? — спрашивает житель. Никто не отвечает.",
        ["Кто заплатит? — спрашивает житель.", "Никто не отвечает."],
    ),
    (
        "uk",
        "„Ми готові. Ми чекаємо“, — сказав він. Потім поїхав.",
        ["„Ми готові.", "Ми чекаємо“, — сказав він.", "Потім поїхав."],
    ),
    (
        "uk",
        "«Досить!» — вигукнув офіцер. Усі замовкли.",
        ["«Досить!» — вигукнув офіцер.", "Усі замовкли."],
    ),
]


@pytest.mark.parametrize("lang,text,expected", QUOTES)
def test_quotations_keep_their_closing_quote(lang, text, expected):
    assert sentences(text, lang) == expected


# -- abbreviations ------------------------------------------------------------

ABBREVIATIONS = [
    ("fr", ["M. Dupont et Mme Martin sont arrivés à Kyiv.", "Le Dr. Morel les accompagnait."]),
    ("fr", ["Les villes de Kharkiv, Izioum, etc. ont été touchées.", "La nuit a été calme."]),
    ("fr", ["Le bilan, voir p. 12, est lourd.", "Les secours continuent."]),
    ("en", ["Mr. Smith met Dr. Jones in Kyiv on Sept. 12.", "They discussed aid."]),
    ("en", ["The U.S. sent more aid.", "The U.K. did too."]),
    ("en", ["Troops arrived at 5 p.m. on Monday.", "They left at dawn."]),
    ("en", ["He met them at No. 10 Downing Street.", "They said no.", "Talks ended."]),
    ("ru", ["Он родился в 1950 г. в Киеве.", "Учился в МГУ."]),
    ("ru", ["Штаб находится на ул. Ленина, д. 5.", "Там же работает пресс-служба."]),
    ("ru", ["Помогли США, Великобритания и т. д.", "Помощь продолжится."]),
    ("uk", ["Він народився у 1960 р. у Харкові.", "Навчався в Києві."]),
    ("uk", ["Штаб розташований на вул. Сумській, 10.", "Там працює пресслужба."]),
    ("uk", ["Втрати становлять 5 тис. осіб.", "Бої тривають."]),
    # "г." / "р." end a sentence after a year, never before a town's name.
    ("ru", ["Бои начались в 2014 г.", "Они продолжаются."]),
    ("ru", ["Подразделения вошли в г. Балаклея в четверг.", "Бои идут."]),
    ("ru", ["Это было в XIX в.", "Потом всё изменилось."]),
    ("uk", ["Війна почалася у 2014 р.", "Вона триває."]),
]


@pytest.mark.parametrize("lang,expected", ABBREVIATIONS)
def test_abbreviations(lang, expected):
    assert sentences(" ".join(expected), lang) == expected


# -- initials -----------------------------------------------------------------

INITIALS = [
    ("fr", "Le président V. Zelensky a remercié les alliés. Il a ensuite quitté la salle."),
    ("en", "President V. Zelensky thanked the allies. J. R. R. Tolkien wrote the book."),
    ("ru", "Об этом сообщил И. Е. Конашенков. Брифинг длился час."),
    ("uk", "Президент В. О. Зеленський підписав указ. Він набув чинності."),
]


@pytest.mark.parametrize("lang,text", INITIALS)
def test_initials_do_not_end_a_sentence(lang, text):
    got = sentences(text, lang)
    assert len(got) == 2, got


# A capital letter that names something after its word (data/xx/letter_names.txt: the network X)
# ends a sentence; the same letter after other words, or before a lower-case word, stays inside one.
LETTER_NAMES = [
    ("en", ["The ministry said in a post on X.", "Russian forces shelled the city overnight."]),
    ("en", ["The governor wrote on X.", "Smith, a local official, confirmed the strike."]),
    ("fr", ["Le ministère l'a annoncé sur X.", "Les troupes russes ont bombardé la ville."]),
    ("ru", ["Об этом он написал в X.", "Российские войска обстреляли город."]),
    ("uk", ["Про це він написав у соцмережі X.", "Російські війська обстріляли місто."]),
    ("en", ["He posted on X. on Monday and left."]),
    ("en", ["The plan was drafted by X. Smith and approved."]),
    ("ru", ["Об этом сообщил в \u0425. Иванов, глава района."]),  # a Cyrillic "Х.": an initial
]


@pytest.mark.parametrize("lang,expected", LETTER_NAMES)
def test_a_letter_that_names_a_network_ends_a_sentence(lang, expected):
    assert sentences(" ".join(expected), lang) == expected


# An initialism ("U.S.", "U.N.") before a word it modifies (data/en/initialism_heads.txt) ends no sentence;
# before another capitalised word it may.
INITIALISM_HEADS = [
    ["He met U.S. President Joe Biden on Monday."],
    ["According to the U.S. State Department, the strike killed 12 people."],
    ["The U.N. Security Council met on Friday.", "Russia vetoed the draft."],
    ["The talks were held in the U.S.", "Officials said they went well."],
    ["Troops moved into the U.K.", "The Ministry of Defence said nothing."],
]


@pytest.mark.parametrize("expected", INITIALISM_HEADS)
def test_an_initialism_before_the_word_it_modifies(expected):
    assert sentences(" ".join(expected), "en") == expected


# -- datelines ----------------------------------------------------------------

DATELINES = [
    ("en", "KYIV, Sept. 11 (Reuters) - Ukrainian forces retook Izium on Saturday. Moscow denied it."),
    ("fr", "KIEV, 11 sept. (Reuters) - Les forces ukrainiennes ont repris Izioum. Moscou dément."),
    ("ru", "МОСКВА, 10 сен. (ТАСС) - Российские войска отошли от Изюма. Об этом сообщил штаб."),
    ("uk", "КИЇВ, 11 вер. (Укрінформ) - Українські сили звільнили Ізюм. Про це повідомив штаб."),
]


@pytest.mark.parametrize("lang,text", DATELINES)
def test_dateline_stays_with_the_first_sentence(lang, text):
    got = sentences(text, lang)
    assert len(got) == 2, got
    assert got[0].startswith(text.split(",")[0]) and got[0].endswith(".")


def test_lower_case_start_after_a_plain_stop():
    assert sentences("the talks failed. talks resume monday.", "en") == [
        "the talks failed.",
        "talks resume monday.",
    ]


def test_ellipsis_before_lower_case_continues():
    assert len(sentences("Il a attendu… puis il est parti. Fin.", "fr")) == 2


def test_paragraph_end_always_ends_a_sentence_and_offsets_point_into_text():
    text = "Premier paragraphe sans point\n\nSecond paragraphe. Avec deux phrases."
    spans = segment_text(text, "fr")
    assert [text[s:e] for s, e in spans] == [
        "Premier paragraphe sans point",
        "Second paragraphe.",
        "Avec deux phrases.",
    ]


def test_split_tokens_on_token_lists():
    words = ["Il", "pleut", ".", "Il", "vente", "."]
    assert split_tokens(words, "fr") == [(3, 0.95), (6, 1.0)]
    assert split_tokens([], "fr") == [(0, 1.0)]


# -- tokens -------------------------------------------------------------------

TOKEN_TEXTS = [
    ("fr", "L’armée d’Ukraine a repris aujourd'hui Izioum (région de Kharkiv) : 3 000 soldats, etc."),
    ("en", "Don't panic: the U.S. sent $1.5bn in aid, e.g. HIMARS... (AP) http://example.org/x"),
    ("ru", "В т.ч. Москва и д-р мед. наук Иванов: 10 тыс. руб., т.е. «много»."),
    ("uk", "Зеленський: «Ми переможемо!» — 24 лют. 2022 р. о 5:00."),
]


@pytest.mark.parametrize("lang,text", TOKEN_TEXTS)
def test_tokens_are_spacys(lang, text):
    import spacy

    reference = spacy.blank(lang)(text)  # a pristine tokeniser, all attributes
    expected = [(t.idx, t.idx + len(t.text)) for t in reference if not t.is_space]
    tokens = Tokens(lang)
    for _ in range(2):  # the second time from remembered chunks
        assert [(s, e) for s, e, _ in tokens(text)] == expected
    assert tokens(text) == tokens._direct(text)


def test_token_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(segment, "MEMO_SIZE", 5)
    tokens = Tokens("en")
    text = "one two three four five six seven eight nine ten eleven"
    assert [text[s:e] for s, e, _ in tokens(text)] == text.split()
    assert len(tokens.memo) <= 11
    tokens("alpha beta gamma delta")
    assert len(tokens.memo) <= 5 and len(tokens.old) <= 11
    tokens("one two epsilon zeta")  # "one", "two" come back from the previous generation
    assert len(tokens.memo) <= 5 and "one" in tokens.memo and "alpha" in tokens.old and "three" not in tokens.old
    assert [text[s:e] for s, e, _ in tokens(text)] == text.split()


def test_token_kinds():
    tokens = Tokens("en")
    text = "Kyiv got 40 tanks, $ ok"
    kinds = {text[s:e]: k for s, e, k in tokens(text)}
    assert kinds["Kyiv"] == "WORD" and kinds["40"] == "NUM" and kinds[","] == "PUNCT"
    assert kinds["$"] == "SYM"


# -- the component ------------------------------------------------------------


def analyse(raw: str, lang: str | None = None) -> Article:
    (article,) = list(read_bytes(raw.encode("utf-8"), "test.txt", "t1", ".txt"))
    article.language = lang
    return default_pipeline()(article)


def test_component_layers_on_an_article():
    article = analyse(
        "Kharkiv : la contre-offensive avance\n\n"
        "M. Dupont l'a confirmé samedi. « Les troupes avancent. Elles tiennent », a-t-il dit.\n\n"
        "La nuit a été calme.",
        "fr",
    )
    surfaces = [article.surface(a) for a in article.layers["sentences"]]
    assert surfaces == [
        "Kharkiv : la contre-offensive avance",
        "M. Dupont l'a confirmé samedi.",
        "« Les troupes avancent.",
        "Elles tiennent », a-t-il dit.",
        "La nuit a été calme.",
    ]
    assert all(a.producer == "sentences.v1" for a in article.layers["sentences"])
    tokens = article.layers["tokens"]
    assert [article.surface(t) for t in tokens[:3]] == ["Kharkiv", ":", "la"]
    assert {t.label for t in tokens} <= {"WORD", "PUNCT", "NUM", "SYM"}
    assert all(not article.surface(t).isspace() for t in tokens)


def test_seed_article_sentences(seed_path):
    (article,) = list(read_bytes(seed_path.read_bytes(), str(seed_path), "seed", ".txt"))
    article = default_pipeline()(article)
    assert article.language == "fr"
    paragraphs = article.layers["paragraphs"]
    assert len(paragraphs) == 12
    per_paragraph = [
        [article.surface(s) for s in article.layers["sentences"] if p.start <= s.start < p.end]
        for p in paragraphs
    ]
    assert [len(p) for p in per_paragraph] == [1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 3, 2]
    assert per_paragraph[7][0].endswith("de Donetsk.”")
    assert per_paragraph[10][2].endswith("“créer des forces armées puissantes.”")


def test_other_languages_use_the_shared_list_and_keep_lower_case_words():
    text = "Die Truppen rücken vor, u.a. bei Isjum. Das ist z.B. neu. Die Lage bleibt ernst."
    assert sentences(text, "de") == [
        "Die Truppen rücken vor, u.a. bei Isjum.",
        "Das ist z.B. neu.",
        "Die Lage bleibt ernst.",
    ]


def test_spacy_vocabulary_does_not_keep_new_words():
    tokens = Tokens("en")
    text = "Zxqvor Blimpfard and Qwontrelix met at Vortnapple on Plaxday."
    assert [text[s:e] for s, e, _ in tokens(text)][:2] == ["Zxqvor", "Blimpfard"]
    assert "Zxqvor" not in tokens.nlp.vocab and "Qwontrelix" not in tokens.nlp.vocab


# Words that spaCy's tokeniser is not asked about (letters only, or one mark before and/or
# after a word) must still get exactly its tokens and kinds.
CHUNKS = {
    "en": ["cannot", "Gonna", "one", "Twenty", "first", "(Kyiv,", "said.", "Smith.", "McD.", "A.", "US.", "U.S.",
           "Dr.", "(Dr.", "etc.,", "“Yes”", "\"Ok\"", "(cannot)", "it's", "Kyiv’s", "(AP)", "[sic]", "#Ukraine",
           "$5", "5%", "e.g.,", "no.", "Mr.)", "-Kyiv", "war—", "Putin!", "why?", "one,", "ONE;", "x:", "ſ."],
    "fr": ["l'armée", "d'Izioum,", "(région", "Kharkiv)", "aujourd'hui", "«Les", "avancent»", "M.", "est-ce",
           "vingt,", "premier.", "Mme.", "etc.", "c.-à-d.", "«", "»,", "Chef-lieu,"],
    "ru": ["Москва,", "(Иванов)", "т.е.", "«много»", "д-р", "тыс.", "руб.,", "двадцать", "ДВАДЦАТЬ,", "г.",
           "ул.", "Путин:", "(ТАСС)", "миллион."],
    "uk": ["Зеленський:", "«Ми", "переможемо!»", "лют.", "р.", "м'ясо", "(Укрінформ)", "двадцять,", "ім’я."],
}


@pytest.mark.parametrize("lang", sorted(CHUNKS))
def test_fast_paths_give_spacys_tokens_and_kinds(lang):
    import spacy

    reference = spacy.blank(lang)
    tokens = Tokens(lang)
    for chunk in CHUNKS[lang]:
        doc = reference(chunk)
        expected = [(t.idx, t.idx + len(t.text), segment._kind(t.is_punct, t.like_num, t.is_alpha, t.text))
                    for t in doc if not t.is_space]
        tokens.memo.clear()
        assert tokens(chunk) == expected, chunk
    text = " ".join(CHUNKS[lang])
    doc = reference(text)
    assert [(s, e) for s, e, _ in tokens(text)] == [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]


WORDS = st.sampled_from(["Kyiv", "cannot", "one", "Dr", "US", "McD", "A", "etc", "l", "д", "Москва", "ſ", "gonna"])
MARKS_ = st.sampled_from(["", "(", ")", ",", ".", "«", "»", "“", "”", '"', "'", "’", ":", "!", "?", "-", "$", "%", "#"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(MARKS_, WORDS, MARKS_), min_size=1, max_size=6), st.sampled_from(["en", "fr", "ru", "uk"]))
def test_wrapped_words_are_tokenised_as_spacy_does(parts, lang):
    text = " ".join(a + w + b for a, w, b in parts)
    tokens = segment.tokens_for(lang)
    expected = [(t.idx, t.idx + len(t.text)) for t in _pristine(lang)(text) if not t.is_space]
    assert [(s, e) for s, e, _ in tokens(text)] == expected


@lru_cache(maxsize=None)
def _pristine(lang):
    import spacy

    return spacy.blank(lang)


SPACES = st.sampled_from([" ", " ", " ", "  ", "\t", " \u00a0", "\u2009"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(MARKS_, WORDS, MARKS_, SPACES), min_size=1, max_size=8),
       st.sampled_from(["en", "fr", "ru", "uk"]), st.sampled_from(["", " ", "  "]))
def test_rows_words_and_spacing_agree(parts, lang, lead):
    """``Tokens.rows`` and ``tokens_and_words`` give the tokens and texts ``scan`` gives, and
    ``_Spaced`` the spacing, on texts with all kinds of whitespace between the chunks."""
    text = lead + "".join(a + w + b + sp for a, w, b, sp in parts)
    tokens = segment.tokens_for(lang)
    toks, words, spaced = tokens.scan(text, 7)
    assert tokens.rows(text, 7) == toks
    assert tokens.tokens_and_words(text, 7, learned=True) == (toks, words)
    padded = "#" * 7 + text
    assert [padded[s:e] for s, e, _ in toks] == words
    assert spaced == [j == 0 or padded[s - 1].isspace() for j, (s, _, _) in enumerate(toks)]
    assert split_tokens(words, lang, segment._Spaced(toks)) == split_tokens(words, lang, spaced)


SINGLE_SPACED = [
    ("en", "Kyiv, Lviv and Odesa. (AP) The U.S. sent $1.5bn, e.g. HIMARS... “Enough,” he said.\nNext line"),
    ("fr", "« Assez ! » crie-t-il. L’armée a repris aujourd'hui Izioum (région de Kharkiv) : 3 000 soldats."),
    ("ru", "Москва и д-р мед. наук Иванов: 10 тыс. руб., т.е. «много». Он сказал: «Нет» (ТАСС)."),
    ("uk", "Зеленський: «Ми переможемо!» — 24 лют. 2022 р. о 5:00. (Харків, Одеса)"),
]


@pytest.mark.parametrize("lang,text", SINGLE_SPACED)
def test_single_spaced_text_gives_what_the_search_gives(lang, text):
    """A text whose chunks are one whitespace character apart takes the short way (offsets from
    the chunks' lengths); with one more space in front it takes the long way (each chunk searched
    in the text): the same tokens and texts."""
    tokens = Tokens(lang)
    for learned in (False, True):  # the first time learning the chunks, then from the memo
        short = tokens.tokens_and_words(text, 10, learned)
        assert tokens.tokens_and_words(" " + text, 9, learned) == short
        assert tokens.tokens_and_words(text.replace(" ", "  "), 10, learned)[1] == short[1]
    assert [(s, e) for s, e, _ in short[0]] == [(s + 10, e + 10) for s, e, _ in tokens._direct(text)]


def test_memo_holds_small_codes_and_shared_layouts():
    tokens = Tokens("en")
    text = "Kyiv, Lviv, Odesa. (Kharkiv)"
    rows = tokens(text)
    assert [text[s:e] for s, e, _ in rows] == ["Kyiv", ",", "Lviv", ",", "Odesa", ".", "(", "Kharkiv", ")"]
    assert all(type(code) is int for code in tokens.memo.values())
    assert tokens.memo["Kyiv,"] == tokens.memo["Lviv,"]  # one layout for both
    assert len(tokens.shapes) == 3  # "Kyiv," / "Odesa." / "(Kharkiv)"
    assert tokens(text) == rows


AFFIX_WORDS = st.sampled_from(["Kyiv", "said", "anti", "war", "U.S", "etc", "l", "aujourd", "hui", "Москва", "д", "р",
                               "ім", "я", "2022", "10", "5km", "can", "t", "Dr", "e.g", "x", "McD"])
AFFIX_MARKS = st.sampled_from(["", "(", ")", ",", ".", "«", "»", "“", "”", '"', "''", "``", "'", "’", ":", "!", "?",
                               "-", "–", "—", "/", "$", "%", "#", "...", "…", "°", "[", "]", ";", "+"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.lists(AFFIX_MARKS, max_size=3), AFFIX_WORDS, st.sampled_from(["", "-", "'", "’", "/", "."]),
                          AFFIX_WORDS, st.lists(AFFIX_MARKS, max_size=3)), min_size=1, max_size=5),
       st.sampled_from(["en", "fr", "ru", "uk"]))
def test_chunks_with_several_affixes_are_tokenised_as_spacy_does(parts, lang):
    """``Tokens._affixed`` (spaCy's affix loop run in Python) on chunks with several marks on
    each side and a joint inside: the tokens and kinds of a pristine spaCy."""
    chunks = ["".join(a) + w1 + j + w2 + "".join(b) for a, w1, j, w2, b in parts]
    tokens = Tokens(lang)
    reference = _pristine(lang)
    for chunk in chunks:
        doc = reference(chunk)
        expected = [(t.idx, t.idx + len(t.text), segment._kind(t.is_punct, t.like_num, t.is_alpha, t.text))
                    for t in doc if not t.is_space]
        got = tokens._affixed(chunk)
        if got is not None:
            assert list(got) == expected, chunk
        tokens.memo.clear()
        assert tokens(chunk) == expected, chunk


def test_affixed_chunks_skip_spacy():
    tokens = Tokens("en")
    assert tokens._affixed('said.”') == ((0, 4, "WORD"), (4, 5, "PUNCT"), (5, 6, "PUNCT"))
    assert tokens._affixed("anti-war") == ((0, 4, "WORD"), (4, 5, "PUNCT"), (5, 8, "WORD"))
    assert tokens._affixed("can't") is None  # a special case: spaCy decides


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "uk", "de"])
def test_like_num_of_letter_words_as_a_set_look_up(lang):
    """:func:`segment.letter_numbers` answers as spaCy's ``like_num`` for words of letters:
    every number word of the language as written, upper-cased, title-cased, with a letter more
    or less, and words written for the purpose (en/fr/ru/uk)."""
    import sys

    tokens = segment.tokens_for(lang)
    like_num = tokens._like_num
    found = segment.letter_numbers(like_num)
    assert found is not None
    module = sys.modules[like_num.__module__]
    listed = [w for name in ("_num_words", "_ordinal_words") for w in getattr(module, name, ())]
    words = ["Kyiv", "twenty", "Twenty", "TWENTY", "first", "premier", "vingt", "Vingt", "двадцать", "Двадцать",
             "двадцять", "Двадцять", "мільйон", "million", "millions", "ſix", "İki", "ΣΙΓΜΑ", "ten", "dix", "десять"]
    for w in listed:
        words += [w, w.upper(), w.title(), w[:-1], w + "s", "x" + w]
    words = [w for w in words if w.isalpha()]
    assert len(words) > (40 if listed else 15)
    for w in words:
        expected = bool(like_num(w))
        assert tokens._letters_like_num(w) is expected, w
        numbers, lowered = found
        assert ((w.lower() if lowered else w) in numbers) is expected, w


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aeinorstuvwxyzTOFIſİкдвадцятьиДМЁё", min_size=1, max_size=9), st.sampled_from(["en", "fr", "ru", "uk"]))
def test_like_num_of_random_letter_words(word, lang):
    tokens = segment.tokens_for(lang)
    if word.isalpha():
        assert tokens._letters_like_num(word) is bool(tokens._like_num(word))


def _abbreviation_long_way(words, i, abbr):
    """``segment._abbreviation`` as it was, asking ``_is_initials`` about every stem."""
    found = segment._stem(words, i)
    if found is None:
        return segment.NONE
    stem, before = found
    if len(stem) == 1 and stem.isupper():
        return segment.INITIAL
    low = stem.lower()
    if low in abbr.never:
        return segment.NEVER
    if low in abbr.maybe:
        return segment.MAYBE
    if low in abbr.before_number:
        return segment.NEVER if i + 1 < len(words) and words[i + 1][0].isdigit() else segment.NONE
    if low in abbr.after_number:
        return segment.MAYBE if before >= 0 and segment._NUMBER.match(words[before]) else segment.NEVER
    if segment._is_initials(stem):
        return segment.INITIAL
    if len(stem) == 1 and stem.isalpha():
        return segment.NEVER
    if words[i] != ".":
        return segment.MAYBE
    return segment.NONE


@pytest.mark.parametrize("lang,text", [
    ("en", "W.H. Smith met V. Putin, J.-P. Raffarin, Dr. No. 5 and Mr. X. at 5 p.m. in the U.S. A. B. Ⅻ. ²."),
    ("fr", "M. Macron et J.-P. Raffarin, etc. Le 3 janv. à Paris. Ch. de Gaulle, p. 12, É. Philippe."),
    ("ru", "И. Е. Конашенков, т. п. и г. Киев, в 2022 г. Он сказал. Ул. Ленина, д. 5, с. 5. ХХ в. Потом."),
    ("uk", "В. Зеленський, м. Київ, 2022 р. Він сказав. Вул. Хрещатик, буд. 1, ст. 5. А.Б. Коваль."),
])
def test_abbreviation_as_the_long_way(lang, text):
    words = [text[s:e] for s, e, _ in segment.tokens_for(lang)(text)]
    abbr = segment.abbreviations(lang)
    dots = [i for i, w in enumerate(words) if w.endswith(".")]
    assert len(dots) > 5
    for i in dots:
        assert segment._abbreviation(words, i, abbr) == _abbreviation_long_way(words, i, abbr), (words[i], i)
