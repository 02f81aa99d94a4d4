"""Speed round of branch perf-st2: every shortcut gives what the long way gives, on sentences written
for the purpose in en/fr/ru/uk."""

import re

from sitrep.components.statements.cues import KINDS, lexicon, lowered, tokens, tokens_between

TEXTS = {
    "en": "According to the ministry, the strike killed 12 people, officials said on Monday. “We will not back "
          "down,” she told reporters -- adding that he'd been warned. The U.S. envoy, Mr. O'Brien, wrote: $500,000.",
    "fr": "Selon le ministère, la frappe a fait 12 morts, a déclaré un responsable lundi. « Nous ne céderons pas », "
          "a-t-elle dit, d'après l'AFP. L'ÉLYSÉE a réagi : « C'EST FINI ».",
    "ru": "По словам министра, удар унёс жизни 12 человек, сообщил в понедельник источник. «Мы не отступим», — "
          "заявила она журналистам. ЁЛКИ ПРИШЁЛ к выводу эксперт Ёлкин.",
    "uk": "За словами міністра, удар забрав життя 12 людей, повідомило джерело в понеділок. «Ми не відступимо», — "
          "заявила вона журналістам, наголосивши, що ситуація складна. Її ЗАЯВА — офіційна.",
}


def test_tokens_between_as_tokens_of_the_slice():
    for text in TEXTS.values():
        low = lowered(text)
        assert low is not None and len(low) == len(text)
        # every window, sentence-sized or cutting a word in two
        for s0 in range(0, len(text), 3):
            for s1 in (s0 + 1, s0 + 17, s0 + 80, len(text)):
                assert tokens_between(low, s0, s1) == tokens(text[s0:s1], s0)


def test_lowered_declines_where_lower_casing_the_whole_differs():
    assert lowered("İstanbul'da dedi") is None  # ("İ" lower-cases to two characters)
    assert lowered("ΟΔΟΣ'Α") is None  # (a capital sigma's lower case depends on its neighbours)
    assert tokens("ΟΔΟΣ'Α")[0][2] == "οδος" and "ΟΔΟΣ'Α".lower().startswith("οδοσ")
    assert lowered("Пришёл ЁЖ") == "пришел еж"


def test_lower_case_keeps_word_characters_and_lengths():
    """What :func:`tokens_between` relies on: a character's lower case is one character but for "İ",
    and a word character exactly when the character is (every code point)."""
    word = re.compile(r"\w")
    for cp in range(0x110000):
        c = chr(cp)
        low = c.lower()
        if cp == 0x130:
            assert len(low) == 2
            continue
        assert len(low) == 1
        assert (word.match(c) is None) == (word.match(low) is None)


def test_match_is_zero_off_its_first_words():
    """The frame loop asks ``match`` only for a word some entry starts with: elsewhere it is 0."""
    for lang, text in TEXTS.items():
        lex = lexicon(lang)
        forms = [f for _s, _e, f in tokens(text)]
        for phrases in [lex.verbs] + [getattr(lex, k) for k in KINDS]:
            for i, f in enumerate(forms):
                if f not in phrases.by_first:
                    assert phrases.match(forms, i) == 0


def test_no_quotation_at_a_token_outside_the_quoted_pretest():
    """:meth:`SentenceFrames._preposed` asks ``quote_at`` only where ``_quoted`` says a token may be quoted."""
    from sitrep.components.statements.extract import SentenceFrames
    from sitrep.components.statements.quotes import find_quotes

    for lang, text in TEXTS.items():
        blocks = [(0, len(text))]
        quotes = find_quotes(text, blocks)
        assert quotes
        sf = SentenceFrames(text, lexicon(lang), quotes, blocks)
        for s0 in range(0, len(text), 5):
            for s1 in (s0 + 40, len(text)):
                toks = tokens(text[s0:s1], s0)
                for t, flag in zip(toks, sf._quoted(toks, s0, s1)):
                    if not flag:
                        assert sf.quote_at(t[0]) is None


def test_word_counts_as_the_long_way():
    from sitrep.components.statements.extract import SentenceFrames

    for lang, text in TEXTS.items():
        sf = SentenceFrames(text, lexicon(lang), [])
        toks = tokens(text)
        for a in range(len(toks) + 1):
            for b in range(a, len(toks) + 2):
                assert sf._words(toks, a, b) == sum(1 for t in toks[a:b] if t[2][0].isalnum())
