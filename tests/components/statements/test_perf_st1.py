"""Eleventh speed round (branch perf-st1): every shortcut gives what the long way gives, on sentences
written for the purpose in en/fr/ru/uk."""

from sitrep.components.statements.cues import KINDS, _key, lexicon, tokens

SENTENCES = {
    "en": ["According to the ministry, the strike killed 12 people, officials said on Monday.",
           "“We will not back down,” she told reporters, adding that he had also been warned.",
           "Analysts expect the Fed to raise rates, and many see it as a mistake, the report says."],
    "fr": ["Selon le ministère, la frappe a fait 12 morts, a déclaré un responsable lundi.",
           "« Nous ne céderons pas », a-t-elle dit, d'après l'AFP, en mettant en garde contre l'escalade."],
    "ru": ["По словам министра, удар унёс жизни 12 человек, сообщил в понедельник источник.",
           "«Мы не отступим», — заявила она журналистам, пришёл к выводу эксперт."],
    "uk": ["За словами міністра, удар забрав життя 12 людей, повідомило джерело в понеділок.",
           "«Ми не відступимо», — заявила вона журналістам, наголосивши, що ситуація складна."],
}


def _long_match(phrases, forms, i):
    """PhraseSet.match the long way: every entry of the first token, longest first, as a tuple."""
    for k in phrases.by_first.get(forms[i], ()):
        if tuple(forms[i:i + len(k)]) == k:
            return len(k)
    return 0


def test_phrase_set_membership_and_match_as_the_long_way():
    for lang, sents in SENTENCES.items():
        lex = lexicon(lang)
        for phrases in [lex.verbs] + [getattr(lex, k) for k in KINDS]:
            one_word = {k[0] for ks in phrases.by_first.values() for k in ks if len(k) == 1}
            assert set(phrases) == one_word
            for sent in sents:
                forms = [f for _s, _e, f in tokens(sent)]
                for i, f in enumerate(forms):
                    assert (f in phrases) == ((f,) in phrases.by_first.get(f, ()))
                    assert phrases.match(forms, i) == _long_match(phrases, forms, i)


def test_phrase_set_add_keeps_one_word_entries():
    lex = lexicon("en")
    assert "expect" in lex.thatverb and _key("according to") in lex.prep.by_first["according"]
    assert "according" not in lex.prep  # (a two-word entry only)


QUOTED = {
    "en": "“We will not back down,” she said. He added: “It is over.” Then \"another one, never closed\n\n"
          "A new paragraph, “and a last one,” the aide said, ‘single’ too.",
    "fr": "« Nous ne céderons pas », a-t-elle dit. Il a ajouté : « C'est fini. » Puis « une autre,\n\nSans fin.",
    "ru": "«Мы не отступим», — заявила она. Он добавил: «Всё кончено». «Ещё одна, „вложенная“ цитата», — сказал он.",
    "uk": "«Ми не відступимо», — заявила вона. Він додав: «Усе скінчено». Потім «ще одна\n\nбез кінця.",
}


def _long_quote_at(sf, pos):
    """SentenceFrames.quote_at the long way: every quotation of the 20,000 characters before."""
    from bisect import bisect_right
    i = bisect_right(sf.q_starts, pos) - 1
    while i >= 0:
        q = sf.quotes[i]
        end = q.close if q.close is not None else q.end
        if q.open < pos < end + (q.close is None):
            return q
        if q.open < pos - 20000:
            break
        i -= 1
    return None


def _long_closing_before(sf, pos, lo):
    from bisect import bisect_left
    i = bisect_left(sf.q_starts, pos) - 1
    while i >= 0:
        q = sf.quotes[i]
        if q.close is not None and lo - 2 <= q.close < pos and not sf.text[q.close + 1:pos].strip(" ,—–-'"):
            return q
        if q.open < lo - 20000:
            break
        i -= 1
    return None


def _long_quoted(sf, toks, s0, s1):
    return [_long_quote_at(sf, t[0]) is not None or any(
        q.open < t[0] < (q.close if q.close is not None else q.end + 1) for q in sf.quotes if q.open <= s1)
        for t in toks]


def test_quotation_look_ups_as_the_long_way():
    from sitrep.components.statements.extract import SentenceFrames
    from sitrep.components.statements.quotes import find_quotes

    for lang, text in QUOTED.items():
        blocks, start = [], 0
        for part in text.split("\n\n"):
            blocks.append((start, start + len(part)))
            start += len(part) + 2
        quotes = find_quotes(text, blocks)
        assert quotes
        sf = SentenceFrames(text, lexicon(lang), quotes, blocks)
        for pos in range(len(text) + 2):
            assert sf.quote_at(pos) == _long_quote_at(sf, pos)
            for lo in (pos - 30, pos - 5, pos - 1, pos):
                assert sf.quote_closing_before(pos, lo) == _long_closing_before(sf, pos, lo)
        for s0 in range(0, len(text), 7):
            for s1 in (s0 + 10, s0 + 60, len(text)):
                toks = tokens(text[s0:s1], s0)
                assert sf._quoted(toks, s0, s1) == _long_quoted(sf, toks, s0, s1)
