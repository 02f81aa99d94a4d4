"""The speed paths of events.v1's arguments (:mod:`sitrep.components.events.arguments`) answer
what the plain rules they replace answer, on real sentences of the four languages (and the
bundled example articles) run through the whole pipeline."""

from __future__ import annotations

from bisect import bisect_left
from importlib import resources

import pytest

from sitrep.components.events import arguments, mentions
from sitrep.components.events.lexicon import lexicon

SENTENCES = {
    "en": "Russian troops shelled Kharkiv and the town of Izium on Monday, while Nigerian police arrested "
          "protesters in Lagos. Ukrainian forces said they withdrew from Bakhmut. Lebanese protesters "
          "rallied in Beirut against the government, and Yemen's rebels attacked Marib.",
    "fr": "Les troupes russes ont bombardé Kharkiv et la ville d'Izioum lundi, tandis que la police "
          "nigériane a arrêté des manifestants à Lagos. L'armée ukrainienne a dit s'être retirée de "
          "Bakhmout. Des manifestants libanais se sont rassemblés à Beyrouth contre le gouvernement.",
    "ru": "Российские войска обстреляли Харьков и город Изюм в понедельник, а нигерийская полиция "
          "задержала протестующих в Лагосе. Украинские военные заявили, что отступили из Бахмута. "
          "Ливанские демонстранты собрались в Бейруте.",
    "uk": "Російські війська обстріляли Харків і місто Ізюм у понеділок, а нігерійська поліція затримала "
          "протестувальників у Лагосі. Українські військові заявили, що відступили з Бахмута. Ліванські "
          "демонстранти зібралися в Бейруті.",
}
EXAMPLES = {"en": "kharkiv_en.txt", "fr": "kharkiv_fr.txt", "ru": "kharkiv_ru.txt", "uk": "kharkiv_uk.txt"}


def _texts(lang: str) -> list[str]:
    return [SENTENCES[lang], (resources.files("sitrep") / "examples" / EXAMPLES[lang]).read_text(encoding="utf-8")]


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_argument_fast_paths_match_the_plain_rules(analyse, lang):
    sectors = 0  # refs given an agent's sector (the fast path's "yes" is tested too)
    for text in _texts(lang):
        article = analyse(text, lang)
        lex = lexicon(lang)
        tok = mentions.tokenise(article.text, lex.lang)
        mentions.find(tok, lex, article.text)  # (gives the tokens their vocabulary ids)
        plain_tok = mentions.tokenise(article.text, lex.lang)  # no ids: every word set is tried
        assert tok.ids is not None and plain_tok.ids is None
        ctx = arguments.Context(article)
        assert ctx.places and ctx.actors  # (the sentences name both)
        # ``_in_place``: one bisection over the places' reach, as the set of the places' tokens
        place_tokens = {h for _k, q in ctx.places
                        for h in range(bisect_left(tok.starts, q.start), bisect_left(tok.starts, q.end))}
        assert place_tokens
        for h, pos in enumerate(tok.starts):
            assert arguments._in_place(ctx, pos) == (h in place_tokens)
        # ``Context.is_no_place``: the actors of a start, as the set of the adjectives' and the
        # territory-less organisations' spans
        no_place = {(a.start, a.end) for a in ctx.actors
                    if a.attrs.get("kind") == "adjective"
                    or (a.label == "organisation" and a.attrs.get("sector") in arguments.NO_PLACE_SECTORS)}
        spans = {(a.start, a.end) for a in ctx.actors} | {(p.start, p.end) for _k, p in ctx.places}
        for s, e in spans | {(s, e + 1) for s, e in spans}:
            assert ctx.is_no_place(s, e) == ((s, e) in no_place)
        # ``_place_facts``: nothing for a span without a place, else the facts of its places
        bounds = sorted({0, len(article.text), *tok.starts, *(p.start for _k, p in ctx.places)})
        for lo in bounds:
            for hi in (lo + 1, lo + 40, len(article.text)):
                near = ctx.places_in(lo, hi)
                assert ctx.has_place_in(lo, hi) == bool(near)
                plain = [arguments._place_fact(tok, lex, ctx, k, p, near) for k, p in near
                         if not p.attrs.get("metonymy") and (p.start, p.end) not in no_place]
                assert list(arguments._place_facts(tok, lex, ctx, (lo, hi))) == plain
        # ``_agent_sector``: the agent column's positions, as trying every agent word set
        if lex.agents:
            for _k, p in ctx.places:
                for end in (p.end, *tok.ends):
                    ref = {"country": "UKR", "sector": "GOV", "actor": "UKR.GOV", "name": "x", "mention": [p.start, end]}
                    plain_ref = dict(ref, mention=list(ref["mention"]))
                    arguments._agent_sector(ref, tok, lex)
                    arguments._agent_sector(plain_ref, plain_tok, lex)
                    assert ref == plain_ref
                    sectors += ref["sector"] != "GOV"
    assert sectors or not lexicon(lang).agents


def _plain_statement_at(ctx, pos: int):
    """The first of the shortest statement parts holding ``pos``, scanning every part."""
    best, size = None, 0
    for p0, p1, found in ctx._parts:
        if p0 <= pos < p1 and (best is None or p1 - p0 < size):
            best, size = found, p1 - p0
    return best


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_statement_at_matches_the_scan_of_every_part(analyse, lang):
    """``Context._statement_at`` looks only at the parts starting within the longest part's
    length before the position: the same part as scanning all of them, at every position."""
    for text in _texts(lang):
        ctx = arguments.Context(analyse(text, lang))
        assert ctx._parts  # (the examples report statements)
        for pos in range(-1, len(text) + 2):
            assert ctx._statement_at(pos) == _plain_statement_at(ctx, pos)
    # nested, equally long and overlapping parts (statement order breaks ties)
    import random

    rng = random.Random(5)
    for _ in range(300):
        ctx = object.__new__(arguments.Context)
        ctx._parts = []
        for k in range(rng.randint(0, 8)):
            p0 = rng.randint(0, 40)
            p1 = p0 + rng.randint(0, 15)
            ctx._parts.append((p0, p1, (k, None, (p0, p1))))
        ctx._part_index = None
        for pos in range(-1, 60):
            assert ctx._statement_at(pos) == _plain_statement_at(ctx, pos)


#: subjects after a subordinating conjunction, places as subjects, no actor at all
SUBORDINATE = {
    "en": "Rebels captured the town after government troops withdrew. Kyiv said police detained 12 protesters. "
          "Shelling continued overnight. After police fired tear gas, protesters clashed with soldiers in Lagos.",
    "fr": "Les rebelles ont pris la ville après que les troupes gouvernementales se sont retirées. Kiev a dit "
          "que la police avait arrêté 12 manifestants. Les bombardements ont continué dans la nuit.",
    "ru": "Повстанцы захватили город после того как правительственные войска отступили. Киев заявил, что "
          "полиция задержала 12 протестующих. Обстрелы продолжались всю ночь.",
    "uk": "Повстанці захопили місто після того як урядові війська відступили. Київ заявив, що поліція "
          "затримала 12 протестувальників. Обстріли тривали всю ніч.",
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_subordinate_start_is_skipped_only_where_unread(analyse, lang, monkeypatch):
    """``fill`` looks for the subordinating conjunction that opens the trigger's clause only when
    an actor or a place lies before the trigger in its span (where it is read): the events are
    those of looking for it at every trigger."""
    from sitrep.components import events

    for text in [SUBORDINATE[lang], *_texts(lang)]:
        article = analyse(text, lang)
        fast = events.analyse(article)
        with monkeypatch.context() as mp:
            mp.setattr(arguments.Context, "has_place_in", lambda self, lo, hi: True)
            plain = events.analyse(article)
        assert fast.mentions == plain.mentions
        assert [(e.start, e.end, e.label, e.attrs) for e in fast.events] == \
            [(e.start, e.end, e.label, e.attrs) for e in plain.events]
        assert fast.events
