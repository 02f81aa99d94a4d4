"""The shortcuts of statements.v1 (issue 14) give what the plain forms gave."""

from __future__ import annotations

import random

from sitrep.components.statements import _without_adverbs, extract, not_a_mention
from sitrep.components.statements.cues import TOKEN_RE, lexicon, tokens
from sitrep.components.statements.extract import SentenceFrames
from sitrep.components.statements.quotes import OPENERS, PAIRS, Quote, _find, _is_opener, _mixed_close


def reference_close(text, i, end, ch):
    """``quotes._close`` with every character looked at (and the typed-over closer “rapists“)."""
    closers = PAIRS[ch]
    depth = 0
    j = i + 1
    while j < end:
        c = text[j]
        if (c in closers or (c in '"“' and ch == "“" and _mixed_close(text, j, end))) \
                and not (c == "’" and j + 1 < end and text[j + 1].isalpha() and text[j - 1].isalpha()):
            if ch == '"' or depth == 0:
                return j
            depth -= 1
        elif c == ch and ch not in ('"', "‘") and _is_opener(text, j, c):
            depth += 1
        j += 1
    return None


def reference_find(text, blocks):
    """``quotes._find`` as first written, with :func:`reference_close`."""
    quotes = []
    open_q = None
    for bi, (bs, be) in enumerate(blocks):
        i = bs
        if open_q is not None:
            q_open, ch = open_q
            k = bs
            reopen = text[k] in OPENERS
            j = reference_close(text, k if reopen else k - 1, be, ch)
            if j is not None:
                quotes.append(Quote(q_open + 1, j, q_open, j))
                open_q = None
                i = j + 1
            elif reopen:
                continue
            else:
                quotes.append(Quote(q_open + 1, blocks[bi - 1][1], q_open, None))
                open_q = None
        while i < be:
            ch = text[i]
            if ch in OPENERS and _is_opener(text, i, ch):
                j = reference_close(text, i, be, ch)
                if j is None:
                    if ch in ("‘",):
                        i += 1
                        continue
                    open_q = (i, ch)
                    break
                if j > i + 1:
                    quotes.append(Quote(i + 1, j, i, j))
                i = j + 1
                continue
            i += 1
        if open_q is not None and bi + 1 < len(blocks):
            if not (text[blocks[bi + 1][0]] in OPENERS):
                quotes.append(Quote(open_q[0] + 1, be, open_q[0], None))
                open_q = None
    if open_q is not None:
        quotes.append(Quote(open_q[0] + 1, blocks[-1][1], open_q[0], None))
    return quotes


ALPHABET = "ab cd,.:«»“”„‹›‘’'\"‚-—\nX"


def _random_texts(n, seed=3):
    rng = random.Random(seed)
    for _ in range(n):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(2, 60)))
        cuts = sorted({0, len(text), *(rng.randrange(1, len(text)) for _ in range(rng.randint(0, 3)))})
        yield text, [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def test_quotation_scan_jumping_from_mark_to_mark_finds_the_same_quotations():
    written = ("« Nous ne céderons pas », a déclaré le ministre. « Jamais. »\n\n"
               "“It was the Kremlin’s decision,\" he said, ‘not ours’ and „das“ ‹ok›.")
    blocks = [(0, written.index("\n\n")), (written.index("\n\n") + 2, len(written))]
    assert _find(written, blocks) == reference_find(written, blocks)
    assert len(_find(written, blocks)) >= 4
    for text, blocks in _random_texts(6000):
        assert _find(text, blocks) == reference_find(text, blocks), (text, blocks)


def test_quoted_by_bisection_equals_the_any_test():
    rng = random.Random(11)
    text = "x" * 400
    for _ in range(500):
        opens = sorted(rng.sample(range(0, 380), rng.randint(0, 6)))
        quotes = [Quote(o + 1, o + rng.randint(1, 40), o, rng.choice([None, o + rng.randint(1, 40)])) for o in opens]
        finder = SentenceFrames(text, lexicon("en"), quotes)
        s0 = rng.randrange(0, 300)
        starts = sorted(rng.sample(range(s0, s0 + 100), rng.randint(0, 30)))
        toks = [(s, s + 1, "w") for s in starts]
        spans = []
        for q in quotes:
            end = q.close if q.close is not None else q.end + 1
            if end > s0:
                spans.append((q.open, end))
        expected = [any(a < t[0] < b for a, b in spans) for t in toks]
        assert finder._quoted(toks, s0, s0 + 100) == expected


def test_word_counts_from_the_running_sum_equal_the_plain_count():
    text = "Le ministre, « en colère », a dit : non ! 3 fois , said (the) U.S. official"
    toks = tokens(text)
    finder = SentenceFrames(text, lexicon("fr"), [])
    n = len(toks)
    for a in range(-2, n + 3):
        for b in [None, *range(-2, n + 3)]:
            assert finder._words(toks, a, b) == sum(1 for t in toks[a:b] if t[2][0].isalnum()), (a, b)
    other = tokens("deux mots")
    assert finder._words(other, 0, 2) == 2  # another sentence's tokens: counted afresh


def reference_without_adverbs(lex, text, span):
    toks = tokens(text[span[0]:span[1]], span[0])
    k = 0
    while k < len(toks) and (toks[k][2] in lex.adverb or toks[k][2] == ","):
        k += 1
    if k == 0:
        return span
    return (toks[k][0], span[1]) if k < len(toks) else None


def reference_not_a_mention(lex, text, span):
    forms = [t[2] for t in tokens(text[span[0]:span[1]]) if t[2][0].isalnum()]
    if not forms:
        return True
    surface = text[span[0]:span[1]].strip()
    if len(forms) == 1 and (surface.isupper() and len(surface) > 3 or forms[0].endswith(("ly", "ment")) and len(forms[0]) > 4):
        return True
    if forms[0] in lex.nonsource or lex.nonsource.match(forms, 0) or forms[-1] in lex.nonsource_end:
        return True
    return all(f in lex.aux or f in lex.nonsource or f in lex.nonsource_end for f in forms)


def test_source_tests_reading_only_the_tokens_they_need_agree_with_the_full_token_lists():
    samples = {
        "en": "However, officials said. Indeed the minister, for his part, In WASHINGTON — Similarly , , he",
        "fr": "Pourtant, le ministre a dit. Selon lui, publiquement, de son côté, sur Twitter, Il",
        "ru": "Там он сказал, однако министр, По словам Лаврова, также, Он",
    }
    for lang, text in samples.items():
        lex = lexicon(lang)
        bounds = [m.start() for m in TOKEN_RE.finditer(text)] + [len(text)]
        for i, s in enumerate(bounds):
            for e in bounds[i:i + 8]:
                assert _without_adverbs(lex, text, (s, e)) == reference_without_adverbs(lex, text, (s, e))
                assert not_a_mention(lex, text, (s, e)) == reference_not_a_mention(lex, text, (s, e))


def test_sentences_without_a_cue_are_skipped_without_losing_a_statement(analyse):
    text = ("Ceasefire talks\n\nThe weather was mild in Kyiv on Monday. Trains ran on time. "
            "The minister said the talks would resume. “We are ready,” she told reporters.\n")
    article = analyse(text, "en")
    cues = sorted(a.attrs["cue"]["text"] for a in article.layers["statements"])
    assert cues == ["said", "told"]
    assert [(d["start"], d["end"]) for d in extract(article)] == [(a.start, a.end) for a in article.layers["statements"]]
