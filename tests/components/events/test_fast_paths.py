"""The speed paths of events.v1 decide exactly what the plain per-token rules decide.

``tokenise`` splits once with ``re.split``; ``find`` selects its candidate tokens with array
operations over the columns of a per-lexicon vocabulary and runs ``decide``'s first test by
prefix sums.  Each is checked here
against the plain definition it replaces, written out token by token, on the bundled example
articles of the four languages and on hostile text (punctuation runs, numbers with separators,
a letter whose lower case is longer).
"""

from __future__ import annotations

import re
from functools import reduce
from importlib import resources
from operator import or_

import pytest

from sitrep.article import Annotation
from sitrep.components.events import arguments, mentions
from sitrep.components.events.lexicon import ACLED_EVENT_CUES, TypeCache, WordSet, _w_match, lexicon, violence_words

EXAMPLES = {"en": "kharkiv_en.txt", "fr": "kharkiv_fr.txt", "ru": "kharkiv_ru.txt", "uk": "kharkiv_uk.txt"}
HOSTILE = ("İstanbul’s «mayor» said: 1 000 soldiers — and 12,500 more — would not withdraw!!! (;;) "
           "ne pas  \n\n  Київ, обл. «обстріл» [x] 3.5 t'is n't ")


#: words and phrases the trigger tables mark as no event ("-")
NO_EVENT_WORDS = {
    "en": "Officials want talks; they are going to meet, he argued, and declined to comment on the debate.",
    "fr": "Avec l'aide de la France, la trêve estivale a tenu et les combats ont cessé.",
    "ru": "С помощью России, к сожалению, переговоры сорвались, и обстрел продолжился.",
    "uk": "За допомогою Польщі переговори відбулися, але обстріл тривав.",
}


def _example(lang: str) -> str:
    return (resources.files("sitrep") / "examples" / EXAMPLES[lang]).read_text(encoding="utf-8")


def _plain_tokenise(text: str, lang: str) -> mentions.Tokens:
    """One regex pass, word by word: a clause boundary between two words counts once."""
    word = mentions._WORD["cyrillic" if lang in ("ru", "uk") else "latin"].pattern
    rx = re.compile(f"(?P<word>{word})|(?P<strong>[;:.!?()\\[\\]\\n])|(?P<weak>[,«»“”\"—–])")
    tok = mentions.Tokens([], [], [], [], [])
    c = s = 0
    last = None
    low = text.lower().replace("’", "'").replace("ʼ", "'")
    if len(low) != len(text):
        low = text
    for m in rx.finditer(low):
        if m.lastgroup == "word":
            c += last is not None
            s += last == "strong"
            tok.starts.append(m.start())
            tok.ends.append(m.end())
            tok.words.append(m.group().lower().replace("’", "'").replace("ʼ", "'"))
            tok.clause.append(c)
            tok.strong.append(s)
            last = None
        elif m.lastgroup == "strong" or last is None:
            last = m.lastgroup
    return tok


def _plain_find(tok: mentions.Tokens, lex, text: str, threshold: float = 0.5) -> list[mentions.Mention]:
    """Every token looked at in turn: a trigger (phrases first), else the TimeML scorer."""
    out, words, scorer = [], tok.words, lex.scorer
    i, blocked = 0, 0
    while i < len(words):
        w = words[i]
        cap = bool(text) and text[tok.starts[i]].isupper()
        hit = lex.triggers.lookup(words, i) if i >= blocked else None
        if hit is not None and scorer is not None and hit[0].source == mentions.GENERATED \
                and scorer.score(words, i, cap) <= mentions.GENERATED_GATE:
            hit = None
        if hit is not None and hit[0].plover == "-" and hit[0].source == mentions.GENERATED:
            hit = (None, 1)  # a generated verb that is no PLOVER event ("want"): its mention, no trigger
        elif hit is not None and hit[0].plover == "-":  # a phrase that is no event: its words may be TimeML events
            blocked, hit = i + hit[1], None
        if hit is not None:
            trig, k = hit
            p = lex.timeml.get(w)
            cls = p[1] if p and p[0] >= threshold else (trig or lex.triggers.exact[w]).timeml_class
            out.append(mentions.Mention(i, k, tok.starts[i], tok.ends[i + k - 1], cls, trig))
            i += k
            continue
        p = lex.timeml.get(w)
        if scorer is not None:
            if len(w) > 1 and not w[0].isdigit() and scorer.word_score(w, cap) + scorer.context_max > scorer.threshold \
                    and scorer.score(words, i, cap) > scorer.threshold:
                out.append(mentions.Mention(i, 1, tok.starts[i], tok.ends[i], p[1] if p else "OCCURRENCE", None,
                                            confidence=0.6))
        elif p is not None and p[0] >= threshold and w not in mentions.STOP_EVENT:
            out.append(mentions.Mention(i, 1, tok.starts[i], tok.ends[i], p[1], None, confidence=round(p[0], 2)))
        i += 1
    taken: set[int] = set()
    for m in out:
        mentions.decide(m, tok, lex, taken)
    return out


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_tokenise_matches_the_plain_pass(lang):
    for text in (_example(lang), HOSTILE, HOSTILE[5:40], "", "...", "a"):
        assert mentions.tokenise(text, lang) == _plain_tokenise(text, lang)


def test_tokenise_clauses():
    tok = mentions.tokenise("Troops withdrew, then (later) shelled Izium; 1 000 fled.", "en")
    assert tok.words == ["troops", "withdrew", "then", "later", "shelled", "izium", "1 000", "fled"]
    assert tok.clause == [0, 0, 1, 2, 3, 3, 4, 4]
    assert tok.strong == [0, 0, 0, 1, 2, 2, 3, 3]
    part = mentions.tokenise("Troops withdrew, then (later) shelled Izium.", "en", 16, 29)
    assert part.words == ["then", "later"] and part.starts == [17, 23]


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_find_matches_the_plain_rules(lang):
    lex = lexicon(lang)
    for text in (_example(lang), HOSTILE, NO_EVENT_WORDS[lang]):
        tok = mentions.tokenise(text, lang)
        fast, plain = mentions.find(tok, lex, text), _plain_find(tok, lex, text)
        assert fast == plain
    assert any(m.trigger is not None for m in mentions.find(mentions.tokenise(_example(lang), lang), lex,
                                                             _example(lang)))


#: negations, modal and future verbs, denials, a light verb and phrases, for the mention rows
ROW_SENTENCES = {
    "en": "Troops did not withdraw from Izium; Russia could launch an offensive and will not sign the "
          "ceasefire deal, officials denied. Protesters marched and police fired tear gas, killing two.",
    "fr": "Les troupes ne se sont pas retirées ; la Russie pourrait lancer une offensive, a démenti le "
          "ministre. Les manifestants ont défilé et la police a tiré, tuant deux personnes.",
    "ru": "Войска не отступили, Россия может начать наступление и не подпишет соглашение. Протестующие "
          "вышли на улицы, полиция открыла огонь, погибли двое.",
    "uk": "Війська не відступили, Росія може розпочати наступ і не підпише угоду. Протестувальники "
          "вийшли на вулиці, поліція відкрила вогонь, загинули двоє.",
}


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_mention_rows_match_the_plain_objects(lang):
    """``find_rows`` makes a row without an object for most mentions: the rows are the plain
    mentions' own, and a mention left without an object has nothing but its row to tell."""
    lex = lexicon(lang)
    for text in (_example(lang), HOSTILE, NO_EVENT_WORDS[lang], ROW_SENTENCES[lang], ""):
        tok = mentions.tokenise(text, lang)
        found, plain = mentions.find_rows(tok, lex, text), _plain_find(tok, lex, text)
        assert found.rows == [mentions._ROW(m) for m in plain]
        assert all(type(r[0]) is int and type(r[1]) is int and type(r[3]) is float for r in found.rows)
        assert found.at == [m.i for m in plain]
        assert found.triggers == [(k, m) for k, m in enumerate(plain) if m.trigger is not None]
        assert all(found.objects[k] == plain[k] for k in found.objects)
        for k, m in enumerate(plain):
            if k not in found.objects:
                assert (m.n, m.trigger, m.cues, m.polarity, m.modality, m.timeml_modality) == \
                    (1, None, (), "POS", "asserted", None)
    assert any(m.polarity == "NEG" for m in mentions.find(mentions.tokenise(ROW_SENTENCES[lang], lang), lex,
                                                             ROW_SENTENCES[lang]))


def test_type_cache_is_bounded():
    calls = []
    cache = TypeCache(lambda w: calls.append(w) or len(w), limit=2)
    assert list(map(cache.__getitem__, ["ab", "abc", "ab", "abcd", "abcd"])) == [2, 3, 2, 4, 4]
    assert len(cache) == 2 and calls == ["ab", "abc", "abcd", "abcd"]


def test_vocabulary_stays_right_when_it_starts_again(monkeypatch):
    """The per-word-type columns are bounded: past ``limit`` word types the vocabulary starts
    again empty (between articles), and every article still gets the plain rules' mentions."""
    lex = lexicon("en")
    voc = mentions.vocab(lex)
    monkeypatch.setattr(voc, "limit", 40)
    voc.reset(size=8)  # small columns: they grow as words come
    texts = [_example("en"), HOSTILE, _example("fr"), _example("en")[:500]]
    for text in texts:
        tok = mentions.tokenise(text, "en")
        assert mentions.find(tok, lex, text) == _plain_find(tok, lex, text)
        assert len(voc) <= 40 + len(set(tok.words))
        # the columns of a word are those of its own plain tests
        for w in set(tok.words):
            k = voc[w]
            assert voc.trig[k] == (bool(lex.triggers.phrases.get(w)) or lex.triggers.single(w) is not None)
            assert voc.cue[k] == bool(lex.any_cue.word(w))
            assert voc.kinds[k] == mentions.cue_kinds(lex, w)
            assert voc.casualty[k] == bool(lex.casualty_any.starts[w])
            assert voc.ending[k] == mentions._ends(w, lex.all_endings)
            if len(w) > 1 and not w[0].isdigit():
                assert voc.alone[k] == lex.scorer.word_score(w, False)
                assert voc.alone[k] + voc.cap == lex.scorer.word_score(w, True)
    voc.reset()


def test_cue_kinds_name_every_cue_of_the_window():
    """``_decide`` skips a rule when its cue kind is absent from the window: each kind's bit is
    set exactly on the words its rule can start at."""
    lex = lexicon("en")
    assert mentions.cue_kinds(lex, "not") & mentions.NEG
    assert mentions.cue_kinds(lex, "could") & (mentions.MODAL | mentions.HYP)
    assert mentions.cue_kinds(lex, "refused") & mentions.GOVERNOR
    assert mentions.cue_kinds(lex, "shelled") == 0
    for lang in sorted(EXAMPLES):
        lex = lexicon(lang)
        for w in set(mentions.tokenise(_example(lang) + " " + HOSTILE, lang).words):
            # a word of some cue kind is an ``any_cue`` word (the only ones whose kinds are computed)
            assert not mentions.cue_kinds(lex, w) or lex.any_cue.word(w)


def _nested_plain(out):
    return [a for a in out if not any(b is not a and b.start <= a.start and a.end <= b.end
                                      and (b.end - b.start) > (a.end - a.start) for b in out)]


def test_outermost_actor_mentions_match_the_pairwise_rule():
    """One pass keeps what comparing every pair of mentions keeps (equal spans, shared starts
    and ends, chains of nesting)."""
    import random

    rng = random.Random(7)
    for _ in range(300):
        spans = []
        for _k in range(rng.randint(0, 12)):
            s = rng.randint(0, 30)
            spans.append(Annotation(s, s + rng.randint(0, 8), "ACTOR", "actors.v1"))
        spans.sort(key=lambda a: (a.start, -a.end))
        assert arguments._outermost(spans) == _nested_plain(spans)


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_new_word_columns_match_the_per_word_rules(lang):
    """A new word type's columns are computed for all the new words of an article at once
    (``*_many``, C loops); each equals its per-word rule, float for float."""
    lex = lexicon(lang)
    # (and words that start an entry of each word set, so that every column has some true cells)
    entries = {w + "s" for ws in [*lex.cues.values(), *lex.casualty.values(), *lex.agents.values(),
                                  *lex.instruments.values(), lex.any_instrument]
               for w in [*ws.exact, *ws.prefixes, *(ph[0].rstrip("*") for ph in ws.phrases)]}
    words = sorted(set(mentions.tokenise(_example(lang) + " " + HOSTILE, lang).words)
                   | {"a", "1", "12,500", "x-y", "_", "²", "t", "n"} | entries)
    voc = mentions._Vocab(lex)
    voc.add(words)
    for w in words:
        k = voc[w]
        assert voc.single[k] == lex.triggers.single_uncached(w)
        assert voc.trig[k] == (bool(lex.triggers.phrases.get(w)) or lex.triggers.single(w) is not None)
        assert voc.cue[k] == bool(lex.any_cue._word(w))
        assert voc.casualty[k] == bool(lex.casualty_any._may_start(w))
        # the columns read only for the words the union of their word sets may start at
        assert voc.kinds[k] == (mentions.cue_kinds(lex, w) if lex.any_cue._word(w) else 0)
        assert voc.acled[k] == any(lex.cues[c]._may_start(w) for c in ACLED_EVENT_CUES if lex.cues.get(c))
        assert voc.agent[k] == any(ws._may_start(w) for ws in lex.agents.values())
        assert voc.ending[k] == (w.endswith(lex.all_endings) and mentions._ends(w, lex.all_endings))
        light = lex.cues.get("light_verbs")
        assert voc.light[k] == bool(light and light.word(w))
        assert voc.instrument[k] == bool(lex.any_instrument and lex.any_instrument.word(w))
        violence = violence_words(lex)
        assert voc.violence[k] == bool(violence and violence._may_start(w))
        if lex.scorer is None:
            p = lex.timeml.get(w)
            assert voc.tml[k] == (p[0] if p is not None and w not in mentions.STOP_EVENT else float("-inf"))
        if lex.scorer is not None:
            want = lex.scorer.word_score_uncached(w, False) if len(w) > 1 and not w[0].isdigit() else float("-inf")
            assert voc.alone[k] == want
    union = WordSet.union([*lex.cues.values(), *lex.agents.values()])
    assert union.starts_many(words) == [any(ws.starts[w] for ws in [*lex.cues.values(), *lex.agents.values()])
                                        for w in words]
    for ws in [*lex.cues.values(), *lex.casualty.values(), *lex.instruments.values(), lex.casualty_any]:
        assert ws.words_many(words) == [bool(ws.word(w)) for w in words]
        assert ws.starts_many(words) == [bool(ws.starts[w]) for w in words]


def test_actors_before_and_after_an_event_match_the_scans():
    """``Context.actors_around``: the span's outermost actor mentions ending by the trigger and
    starting after it are a prefix and a suffix found by bisection; the same as scanning them."""
    import random

    rng = random.Random(11)
    for _ in range(300):
        spans = []
        for k in range(rng.randint(0, 12)):
            s = rng.randint(0, 40)
            spans.append(Annotation(s, s + rng.randint(0, 8), "ACTOR", "actors.v1", attrs={"cluster": f"c{k}"}))
        ctx = object.__new__(arguments.Context)
        ctx.actors = sorted(spans, key=lambda a: (a.start, -a.end))
        ctx.actor_starts = [a.start for a in ctx.actors]
        ctx._actors_in, ctx._actor_cols = {}, {}
        lo, hi = sorted(rng.sample(range(0, 50), 2))
        start = rng.randint(lo, hi)
        end = min(hi, start + rng.randint(0, 5))
        # first on an empty memo (a span with at most one mention starting in it is answered
        # without ``actors_in``), then from the memo ``actors_in`` filled
        first = ctx.actors_around(lo, hi, start, end)
        found = ctx.actors_in(lo, hi)
        before, after = ctx.actors_around(lo, hi, start, end)
        assert before == [a for a in found if a.end <= start]
        assert after == [a for a in found if a.start >= end]
        assert first == (before, after)
        assert ctx.actors_around(hi, lo, start, end) == ([], [])  # (an empty span)
        # ``has_actor_in``: whether ``actors_in`` finds any, without making the list
        assert ctx.has_actor_in(lo, start) == bool(ctx.actors_in(lo, start))
        assert ctx.has_actor_in(start, hi) == bool(ctx.actors_in(start, hi))


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_capital_letters_match_str_isupper(lang):
    """``capitalised`` reads the words' first letters from a Latin-1 encoding of the text: the
    same as ``str.isupper`` of each, Latin-1 or not (Cyrillic, "İ", curly quotes)."""
    for text in (_example(lang), HOSTILE, "Ärger über Łódź, ǅemal, Ωmega, ɐb, ªb, µs", ""):
        starts = mentions.tokenise(text, lang).starts
        assert mentions.capitalised(text, starts).tolist() == [text[s].isupper() for s in starts]


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_split_pattern_matches_letters_or_number(lang):
    """``tokenise``'s split pattern (one character class first, a lookbehind, possessive tails)
    cuts every text where ``(letters|number)`` cuts it."""
    script = "cyrillic" if lang in ("ru", "uk") else "latin"
    plain = re.compile(f"({mentions._LETTERS[script]}|{mentions._NUMBER})")
    for text in (_example(lang), HOSTILE, "1,2345 12 500,000.5 a-b- -c x_y 3²½ ab1cd 1ab О'Брайен п’ять a--b", ""):
        low = text.lower()
        assert mentions._SPLIT[script].split(low) == plain.split(low)


def _plain_lookup(table, words, i):
    for rest, trig in table.phrases.get(words[i]) or ():
        n = len(rest)
        if i + n < len(words) and all(_w_match(p, words[i + 1 + k]) for k, p in enumerate(rest)):
            return trig, n + 1
    return table.single(words[i])


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_trigger_lookup_and_casualty_words_match_the_plain_rules(lang):
    """``TriggerTable.lookup`` skips a phrase whose second word differs before the full test;
    a casualty word is a word of the set holding every kind's entries."""
    from sitrep.components.events import _casualty_word

    lex = lexicon(lang)
    phrase_words = [w for first, lst in lex.triggers.phrases.items() for rest, _t in lst
                    for w in (first, *(p.rstrip("*") + ("s" if p.endswith("*") else "") for p in rest))]
    words = mentions.tokenise(_example(lang) + " " + HOSTILE, lang).words + phrase_words + ["x"]
    for i in range(len(words)):
        assert lex.triggers.lookup(words, i) == _plain_lookup(lex.triggers, words, i)
    for w in set(words) | {"Killed", "KILLED"}:
        assert _casualty_word(lex, w) == any(ws.word(w.lower()) for ws in lex.casualty.values())


#: sentences with light verbs, weapons, unnamed agents and ACLED refinement cues
MARKED = {
    "en": "Russia launched a new offensive near Kharkiv; troops fired missiles and drones at the city, "
          "police said. After government troops withdrew, protesters rallied and riot police detained 20.",
    "fr": "La Russie a lancé une nouvelle offensive près de Kharkiv ; les troupes ont tiré des missiles et "
          "des drones, selon la police. Après le retrait des soldats, des manifestants ont été arrêtés.",
    "ru": "Россия начала новое наступление под Харьковом; войска выпустили ракеты и дроны по городу, "
          "сообщила полиция. После отхода военных протестующие вышли на митинг, полиция задержала 20 человек.",
    "uk": "Росія розпочала новий наступ біля Харкова; війська випустили ракети та дрони по місту, "
          "повідомила поліція. Після відходу військових протестувальники вийшли на мітинг, поліція затримала 20 осіб.",
}


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_marked_tokens_match_the_word_tests(lang):
    """``marked`` / ``marked_in`` (a vocabulary column read once per article, windows by
    bisection) give the tokens the word sets' own tests give, window by window; ``needs_refine``
    on the ACLED cue tokens equals the running-count rule."""
    from sitrep.components.events.acled import SUBJECT_WINDOW, OBJECT_WINDOW, cue_counts, needs_refine

    lex = lexicon(lang)
    light, quick = lex.cues.get("light_verbs"), lex.any_instrument
    acled_sets = [lex.cues[c] for c in ACLED_EVENT_CUES if lex.cues.get(c)]
    for text in (MARKED[lang], _example(lang), HOSTILE):
        tok = mentions.tokenise(text, lang)
        assert mentions.marked(tok, "light") is None  # no vocabulary ids yet: callers test words
        assert mentions.marked_in(tok, "light", light, -2, 5) == [j for j in range(5) if light.word(tok.words[j])]
        found = mentions.find(tok, lex, text)
        words, n = tok.words, len(tok.words)
        assert mentions.marked(tok, "agent") == [j for j in range(n) if any(ws.starts[words[j]] for ws in lex.agents.values())]
        for lo in range(-3, n + 1, 2):
            for hi in (lo + 1, lo + 4, lo + 13):
                assert mentions.marked_in(tok, "light", light, lo, hi) == \
                    [j for j in range(max(0, lo), min(n, hi)) if light.word(words[j])]
                assert mentions.marked_in(tok, "instrument", quick, lo, hi) == \
                    [j for j in range(max(0, lo), min(n, hi)) if quick.word(words[j])]
        counts = [0]
        for w in words:
            counts.append(counts[-1] + any(ws.starts[w] for ws in acled_sets))
        cues = cue_counts(tok, lex)
        for m in found:
            hi = min(n, m.i + m.n + OBJECT_WINDOW)
            assert needs_refine(cues, m, None) == (counts[hi] != counts[max(0, m.i - SUBJECT_WINDOW)])
        if text is MARKED[lang]:
            assert mentions.marked(tok, "light") and mentions.marked(tok, "instrument") and mentions.marked(tok, "agent")


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_phrase_next_words_rule_out_only_failing_phrases(lang):
    """``find_rows`` calls ``TriggerTable.lookup`` only where the next word may go on a phrase of
    the word (``_Vocab.phrase_next``): elsewhere the lookup gives the word's one-word trigger."""
    lex = lexicon(lang)
    v = mentions.vocab(lex)
    table = lex.triggers
    tried = 0
    for text in (_example(lang), HOSTILE, NO_EVENT_WORDS[lang], ROW_SENTENCES[lang]):
        words = mentions.tokenise(text, lang).words
        for i, w in enumerate(words):
            nx = v.phrase_next.get(w, False)
            if nx is False:
                assert w not in table.phrases
            elif nx is not None and (i + 1 == len(words) or words[i + 1] not in nx):
                tried += 1
                assert table.lookup(words, i) == table.single(w)
    assert tried or lang != "en"  # (en's texts here have such words)


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_yaml_loader_reads_what_safe_load_reads(lang):
    """The cue file is read by libyaml's parser where PyYAML has it: the same objects as
    ``yaml.safe_load`` (same keys, values and types, in the same order)."""
    import yaml

    from sitrep.components.events.lexicon import YAML_LOADER, data_path

    text = data_path(lang, "events_cues.yaml").read_text(encoding="utf-8")
    fast, plain = yaml.load(text, Loader=YAML_LOADER), yaml.safe_load(text)
    assert fast == plain and repr(fast) == repr(plain)
    assert list(fast) == list(plain)


def _plain_table(rows):
    """``TriggerTable.add`` as it was written first: each list sorted again (stable, longest
    first) after each new entry, duplicates found by a scan."""
    from sitrep.components.events.lexicon import GENERATED_TABLE, Trigger, TriggerTable

    table = TriggerTable()
    for form, trig, override in rows:
        words = form.lower().split()
        if len(words) > 1:
            lst = table.phrases.setdefault(words[0], [])
            rest = tuple(words[1:])
            if override:
                lst[:] = [(r, t) for r, t in lst if r != rest]
            if not any(r == rest for r, _t in lst):
                lst.append((rest, trig))
                lst.sort(key=lambda x: -len(x[0]))
            continue
        w = words[0]
        if w.endswith("*"):
            lst = table.prefix.setdefault(w[:-1][:4], [])
            lst.append((w[:-1], trig))
            lst.sort(key=lambda x: -len(x[0]))
        elif override or w not in table.exact:
            prev = table.exact.get(w)
            if trig.plover == "-" and prev is not None and prev.source == GENERATED_TABLE:
                trig = Trigger("-", "", "", prev.timeml_class, GENERATED_TABLE)
            table.exact[w] = trig
    return table


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_trigger_table_keeps_the_order_of_a_sort_after_each_entry(lang):
    """``TriggerTable.add`` inserts each phrase / prefix entry where a stable sort after an
    append put it (``insort``): the same lists, in the same order, on the shipped tables and on
    hand-written entries (overrides, duplicates, phrases of several lengths, prefixes)."""
    from sitrep.components.events.lexicon import GENERATED_TABLE, Trigger, TriggerTable, _read_tsv, data_path

    rows = []
    for name in (GENERATED_TABLE, "events_forms.tsv", "events.tsv"):
        for row in _read_tsv(data_path(lang, name)):
            form, plover, mode, ctx, cls = (c.strip() for c in row[:5])
            if form and plover:
                rows.append((form, Trigger(plover, mode, ctx, cls or "OCCURRENCE", name), name == "events.tsv"))
    gen, hand = (Trigger("ASSAULT", "", "", "OCCURRENCE", GENERATED_TABLE),
                 Trigger("RETREAT", "", "", "OCCURRENCE", "events.tsv"))
    rows += [("pulled out", gen, False), ("pulled out of", gen, False), ("pulled back", gen, False),
             ("pulled out", hand, True), ("pulled out", gen, False), ("pulled a b c", gen, False),
             ("pulled out of the", hand, True), ("pulled x*", gen, False),
             ("shell*", gen, False), ("shelling*", hand, True), ("she*", gen, False), ("shellfire*", gen, False),
             ("shelled", gen, False), ("shelled", hand, True), ("want", gen, False),
             ("want", Trigger("-", "", "", "OCCURRENCE", "events.tsv"), True)]
    fast = TriggerTable()
    for form, trig, override in rows:
        fast.add(form, trig, override)
    plain = _plain_table(rows)
    assert fast.exact == plain.exact
    assert fast.phrases == plain.phrases and fast.prefix == plain.prefix
    # (the very entries: equal triggers of two lines keep their order too)
    for mine, theirs in ((fast.phrases, plain.phrases), (fast.prefix, plain.prefix)):
        assert {k: [(r, id(t)) for r, t in v] for k, v in mine.items()} == \
            {k: [(r, id(t)) for r, t in v] for k, v in theirs.items()}


#: one-sided attacks on civilians, before and after the trigger (passives), and battles
CIVILIANS = {
    "en": "Gunmen attacked civilians in the village. Two civilians were killed by unidentified gunmen on Monday. "
          "Troops clashed with rebels near the border, and aid workers were shot by militants.",
    "fr": "Des hommes armés ont attaqué des civils dans le village. Deux civils ont été tués par des hommes armés. "
          "Les soldats se sont affrontés aux rebelles près de la frontière.",
    "ru": "Боевики атаковали мирных жителей в селе. Двое мирных жителей были убиты боевиками. "
          "Военные вступили в бой с повстанцами у границы.",
    "uk": "Бойовики атакували мирних жителів у селі. Двоє цивільних були вбиті бойовиками. "
          "Військові вступили в бій з повстанцями біля кордону.",
}


def _plain_civilian_target(m, tok, lex) -> bool:
    """``_civilian_target`` trying ``civ.at`` at every word of its windows."""
    from sitrep.components.events import CIVILIAN_WINDOW

    civ = lex.cues.get("civilians")
    if not civ:
        return False
    words, clause, e = tok.words, tok.clause, m.i + m.n
    if any(civ.at(words, j) for j in range(e, min(len(words), e + CIVILIAN_WINDOW)) if clause[j] == clause[m.i]):
        return True
    by = lex.cues.get("agent_before")
    return bool(by) and e < len(words) and clause[e] == clause[m.i] and by.word(words[e]) and \
        any(civ.at(words, j) for j in range(max(0, m.i - CIVILIAN_WINDOW), m.i) if clause[j] == clause[m.i])


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_civilian_target_reads_only_words_an_entry_may_start_at(lang):
    """``_civilian_target`` asks ``civ.at`` only where ``civ.starts`` says an entry may start: the
    same answer as trying every word of its windows, at every mention (and every token taken as
    a one-word mention)."""
    from sitrep.components.events import _civilian_target

    lex = lexicon(lang)
    yes = 0
    for text in (CIVILIANS[lang], _example(lang), HOSTILE):
        tok = mentions.tokenise(text, lang)
        found = mentions.find(tok, lex, text)
        found += [mentions.Mention(i, 1, tok.starts[i], tok.ends[i], "OCCURRENCE", None) for i in range(len(tok.words))]
        for m in found:
            assert _civilian_target(m, tok, lex) == _plain_civilian_target(m, tok, lex)
            yes += _civilian_target(m, tok, lex)
    assert yes or not lex.cues.get("civilians")


#: background words ("in", "once", "since", "depuis", "в", "у") before and near events, beside
#: negations, modal, conditional and future verbs, denials and threats
BACKGROUND_SENTENCES = {
    "en": "In 2014 Russian forces seized Crimea and shelled Donetsk, and in the morning drones struck Kharkiv. "
          "Since the invasion, aid convoys have reached Kherson; once the shelling stopped, residents returned. "
          "Back in May officials did not deny that troops would withdraw; in the east Russia threatened to strike "
          "Kyiv again. Officials plan talks, but yesterday drones struck the depot. No one was hurt, but on Monday "
          "drones struck the depot. It was not clear why, after the talks, Russian troops shelled the town. "
          "Earlier the army shelled villages in the region, and in 2022 protesters marched in Moscow "
          "and police arrested dozens. The ministry refused to comment on the strike in the city in 2014.",
    "fr": "En 2014, les forces russes ont annexé la Crimée et bombardé Donetsk ; depuis l'invasion, l'aide "
          "humanitaire arrive à Kherson. Dans la matinée, des drones ont frappé Kharkiv et la Russie menace de "
          "frapper Kiev. Le gouvernement prévoit des négociations, mais hier des drones ont frappé le dépôt. On ne sait "
          "pas pourquoi, après les négociations, les troupes russes ont bombardé la ville. "
          "Autrefois l'armée ne bombardait pas les villages ; elle pourrait attaquer en mai, et "
          "les manifestants défileront à Paris. Le ministère a démenti la frappe dans la ville en 2014.",
    "ru": "В 2014 году российские войска захватили Крым и обстреляли Донецк; с тех пор помощь поступает в "
          "Херсон. Власти планируют переговоры, но вчера дроны атаковали склад. Потерь нет, но в понедельник "
          "дроны атаковали склад. Утром в Харькове дроны нанесли удар, в ответ Россия пригрозила ударить по Киеву. Ранее армия "
          "не обстреливала сёла в области, а в 2022 году протестующие вышли на улицы в Москве и полиция "
          "задержала десятки человек. Министерство отказалось комментировать удар в городе. Ранее в тот же день "
          "в Харьковской области российская армия обстреляла сёла, а два года назад в том же районе войска "
          "нанесли удар по мосту.",
    "uk": "У 2014 році російські війська захопили Крим і обстріляли Донецьк; відтоді допомога надходить до "
          "Херсона. Влада планує переговори, але вчора дрони атакували склад. Втрат немає, але в понеділок "
          "дрони атакували склад. Вранці у Харкові дрони завдали удару, у відповідь Росія погрожувала вдарити по Києву. Раніше "
          "армія не обстрілювала села в області, а в 2022 році протестувальники вийшли на вулиці в Москві і "
          "поліція затримала десятки людей. Міністерство відмовилося коментувати удар у місті. Раніше вночі "
          "у Харківській області російська армія обстріляла села, а два роки тому в тому ж районі війська "
          "завдали удару по мосту.",
}


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_mentions_with_only_background_words_in_reach_are_left_as_they_are(lang):
    """``find_rows`` skips ``_decide`` for a mention whose only cue words in reach are background
    words, none starting a background cue among the MODAL_WINDOW words before it ("in" with no
    year after it), with no verb ending at it or the word
    before it: the mentions are those of the plain rules (``decide`` on every mention), and such
    a mention is met here (the skip is exercised, and ``_decide`` would change nothing there)."""
    lex = lexicon(lang)
    bg, fut = lex.cues["background"], lex.cues["future"]
    skipped, kinds_met = 0, set()
    for text in (BACKGROUND_SENTENCES[lang], ROW_SENTENCES[lang], _example(lang), HOSTILE):
        tok = mentions.tokenise(text, lang)
        found, plain = mentions.find_rows(tok, lex, text), _plain_find(tok, lex, text)
        assert found.rows == [mentions._ROW(m) for m in plain]
        assert all(found.objects[k] == plain[k] for k in found.objects)
        kinds = [mentions.cue_kinds(lex, w) for w in tok.words]
        for k, m in enumerate(plain):
            i = m.i
            reach = list(mentions._window(tok, i, mentions.GOV_WINDOW, strong=True))
            near = lex.all_endings and any(mentions._ends(tok.words[j], lex.all_endings) for j in (i, i - 1) if j >= 0)
            far = ~(mentions.NEG | mentions.FUT | mentions.BG)
            if any(kinds[j] for j in reach) and not near and not any(kinds[j] & far for j in reach) \
                    and not any(kinds[j] & mentions.NEG for j in mentions._window(tok, i, mentions.NEG_WINDOW)) \
                    and not any((kinds[j] & mentions.BG and bg.at(tok.words, j))
                                or (kinds[j] & mentions.FUT and fut.at(tok.words, j))
                                for j in mentions._window(tok, i, mentions.MODAL_WINDOW)):
                kinds_met.add(reduce(or_, (kinds[j] for j in reach)))
                skipped += 1
                # what _decide, the rules in full, makes of it: nothing
                fresh = mentions.Mention(i, m.n, m.start, m.end, m.timeml_class, m.trigger, confidence=m.confidence)
                taken: set[int] = set()
                mentions._decide(fresh, tok, lex, taken)
                assert fresh == mentions.Mention(i, m.n, m.start, m.end, m.timeml_class, m.trigger,
                                                 confidence=m.confidence)
                assert not taken
                assert k not in found.objects or m.trigger is not None
    assert skipped
    # the skip is met with a background word, a negation and a future word out of their windows
    assert all(any(kk & b for kk in kinds_met) for b in (mentions.BG, mentions.NEG, mentions.FUT))


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_fill_word_sets_are_the_lexicons_own(lang):
    """``fill`` reads its word sets from a tuple built once per lexicon: each is the very set
    ``lex.cues.get`` gives (None where the language has none), so the rules read the same words."""
    lex = lexicon(lang)
    keys = ("light_verbs", "agent_before", "location_before", "possessive", "troops", "receive_verbs")
    assert all(a is lex.cues.get(k) for a, k in zip(arguments._fill_lists(lex), keys, strict=True))
    assert arguments._fill_lists(lex) is arguments._fill_lists(lex)
