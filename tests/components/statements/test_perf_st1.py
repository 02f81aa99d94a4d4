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


def _long_trailing(lex, text, span):
    """_without_trailing_adverbs the long way (the code before the memo)."""
    import re
    toks = list(re.finditer(r"\w+|[^\w\s]", text[:span[1]]))
    toks = [m for m in toks if m.start() >= span[0]]
    from sitrep.components.statements import _LY_NOUNS
    k = len(toks)
    while k > 1:
        w = toks[k - 1].group()
        f = w.lower()
        if not (f in lex.adverb or w.islower() and len(f) >= 6 and (
                lex.lang == "en" and f.endswith("ly") and f not in _LY_NOUNS or lex.lang in ("ru", "uk") and f.endswith("но"))):
            break
        k -= 1
    if k == len(toks) or not toks[k - 1].group()[0].isalnum():
        return span
    return (span[0], toks[k - 1].end())


def test_source_memos_give_what_the_long_way_gives():
    from sitrep.components.statements import (_adverbs_opening, _not_a_mention, _trailing_adverbs_end,
                                              _without_adverbs, _without_trailing_adverbs, not_a_mention)
    samples = {
        "en": "However, the minister strongly said. Indeed officials repeatedly, the family, WASHINGTON — Will Hurd , he",
        "fr": "Pourtant, le ministre publiquement a dit. Selon lui, de son côté, sur Twitter, Il",
        "ru": "Там он решительно сказал, однако министр, По словам Лаврова, также, Он",
        "uk": "Там він рішуче сказав, однак міністр, За словами Кулеби, також, Вона",
    }
    for lang, text in samples.items():
        lex = lexicon(lang)
        bounds = [s for s, _e, _f in tokens(text)] + [len(text)]
        for _round in range(2):  # (the second time from the memos)
            for i, s in enumerate(bounds):
                for e in bounds[i:i + 8]:
                    src = text[s:e]
                    assert _not_a_mention(lex, src) == _not_a_mention.__wrapped__(lex, src)
                    assert _adverbs_opening(lex, src) == _adverbs_opening.__wrapped__(lex, src)
                    assert _trailing_adverbs_end(lex, src) == _trailing_adverbs_end.__wrapped__(lex, src)
                    assert _without_trailing_adverbs(lex, text, (s, e)) == _long_trailing(lex, text, (s, e))
                    # shifted into a longer text, the same answers at the new offsets
                    pad = "x " * 7
                    shifted = _without_adverbs(lex, pad + text, (s + len(pad), e + len(pad)))
                    here = _without_adverbs(lex, text, (s, e))
                    assert shifted == (None if here is None else (here[0] + len(pad), here[1] + len(pad)))
                    assert not_a_mention(lex, pad + text, (s + len(pad), e + len(pad))) == not_a_mention(lex, text, (s, e))


def test_discarding_an_entry_keeps_the_one_word_set_in_step():
    from sitrep.components.statements.cues import PhraseSet

    phrases = PhraseSet()
    for p in ("said", "according to", "warned"):
        phrases.add(p)
    assert "said" in phrases and phrases.match(["said", "x"], 0) == 1
    assert phrases.discard_key(("said",))
    assert "said" not in phrases and phrases.match(["said", "x"], 0) == 0
    assert phrases.discard_key(("according", "to"))
    assert phrases.match(["according", "to", "him"], 0) == 0
    assert not phrases.discard_key(("said",))  # already gone
    phrases.add("said")  # what the tools do to put an entry back
    assert "said" in phrases and phrases.match(["said"], 0) == 1
