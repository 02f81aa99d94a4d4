"""The building blocks on their own: quotations, cue lexicons, pronoun speakers."""

from __future__ import annotations

from sitrep.components.statements.cues import lexicon, tokens
from sitrep.components.statements.quotes import find_quotes


def _blocks(text):
    out, pos = [], 0
    for part in text.split("\n\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out


def test_quotation_styles():
    text = "« Oui », dit-il. “Yes,” he said. „Так“, сказал он. He said \"no\". ‹ Non › et ‘maybe’ but it’s l’avancée."
    found = [text[q.start:q.end] for q in find_quotes(text, _blocks(text))]
    assert found == ["Oui", "Yes,", "Так", "no", "Non", "maybe"]


def test_quotation_over_paragraphs():
    text = "« Nous gagnerons.\n\n« Nous reconstruirons. »\n\nFin."
    (q,) = find_quotes(text, _blocks(text))
    assert text[q.start:q.end] == "Nous gagnerons.\n\n« Nous reconstruirons."
    text = "“We will win.\n\n“We will rebuild,” she said."
    (q,) = find_quotes(text, _blocks(text))
    assert text[q.start:q.end] == "We will win.\n\n“We will rebuild,"


def test_unclosed_quotation_ends_with_its_paragraph():
    text = "He said “we will see\n\nNext paragraph."
    (q,) = find_quotes(text, _blocks(text))
    assert text[q.start:q.end] == "we will see"


def test_lexicons_hold_inflected_and_multiword_cues():
    for lang, words in {
        "fr": ["déclaré", "affirme", "annonça", "mis en garde"],
        "en": ["said", "tells", "according to"],
        "ru": ["заявил", "заявила", "сообщили", "по словам"],
        "uk": ["заявив", "повідомила", "за словами", "як повідомляє"],
    }.items():
        lex = lexicon(lang)
        for w in words:
            forms = [t[2] for t in tokens(w)]
            assert lex.verbs.match(forms, 0) == len(forms) or lex.prep.match(forms, 0) == len(forms), (lang, w)


def test_pronoun_does_not_refer_into_the_quotation(analyse, by_cue):
    text = "Talks stall\n\nJohn Smith spoke in Paris on Monday.\n\n“Anna Petrova lied,” he said."
    st = by_cue(analyse(text, "en"))["said"]
    assert st["source"]["text"] == "he"
    assert st["speaker"]["name"] == "John Smith"


def test_pronoun_prefers_the_previous_speaker(analyse, by_cue):
    text = ("Talks stall\n\nAnna Petrova said the talks had failed. Later John Smith arrived in Paris.\n\n"
            "“We will try again,” she said.")
    a = analyse(text, "en")
    st = [x.attrs for x in a.layers["statements"] if x.attrs["source"]["text"] == "she"][0]
    assert st["speaker"]["name"] == "Anna Petrova"


def test_two_apostrophes_make_a_quotation_mark():
    text = "''Swaps are tricky,'' he said, but it's fine."
    (q,) = find_quotes(text, _blocks(text))
    assert text[q.start:q.end] == "Swaps are tricky,"
