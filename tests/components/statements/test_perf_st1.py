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
