"""The eighteenth session's speed paths of events.v1 answer what the plain rules they replace
answer, on real-looking sentences of the four languages (and the bundled example articles) run
through the whole pipeline."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from importlib import resources

import pytest

import sitrep.components.events as events
from sitrep.article import Annotation
from sitrep.components.events import arguments, mentions
from sitrep.components.events.lexicon import lexicon

#: casualty words with and without another ASSAULT in their sentence, places, times, statements
SENTENCES = {
    "en": "Russian forces shelled Kharkiv on Monday, killing 12 people, the governor said. Two civilians "
          "were killed in Izium. Police arrested 30 protesters in Tbilisi on 3 May 2024, officials said.",
    "fr": "Les forces russes ont bombardé Kharkiv lundi, tuant 12 personnes, a déclaré le gouverneur. Deux "
          "civils ont été tués à Izioum. La police a arrêté 30 manifestants à Tbilissi le 3 mai 2024.",
    "ru": "Российские войска обстреляли Харьков в понедельник, погибли 12 человек, заявил губернатор. Двое "
          "мирных жителей погибли в Изюме. Полиция задержала 30 протестующих в Тбилиси 3 мая 2024 года.",
    "uk": "Російські війська обстріляли Харків у понеділок, загинули 12 людей, заявив губернатор. Двоє "
          "цивільних загинули в Ізюмі. Поліція затримала 30 протестувальників у Тбілісі 3 травня 2024 року.",
}
EXAMPLES = {"en": "kharkiv_en.txt", "fr": "kharkiv_fr.txt", "ru": "kharkiv_ru.txt", "uk": "kharkiv_uk.txt"}


def _articles(analyse, lang: str) -> list:
    texts = [SENTENCES[lang], (resources.files("sitrep") / "examples" / EXAMPLES[lang]).read_text(encoding="utf-8")]
    return [analyse(text, lang) for text in texts]


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_context_lists_are_the_plain_filters(analyse, lang):
    """``Context`` keeps the actors with a cluster, the resolved places and the dated times by
    C-loop filters (:func:`arguments._having`): the lists the plain comprehensions give."""
    for article in _articles(analyse, lang):
        L = article.layers
        ctx = arguments.Context(article)
        actors = sorted((a for a in L.get("actors", []) if a.attrs.get("cluster")), key=lambda a: (a.start, -a.end))
        assert [id(a) for a in ctx.actors] == [id(a) for a in actors] and ctx.actors
        assert ctx.places == [(k, a) for k, a in enumerate(L.get("places", [])) if a.attrs.get("resolved", True)]
        assert ctx.place_starts == [a.start for _k, a in ctx.places] and ctx.places
        assert ctx.times == [(k, a) for k, a in enumerate(L.get("times", [])) if a.attrs.get("earliest")]
        assert ctx.times


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_gaps_after_the_trigger_from_one_bisection(analyse, lang):
    """``fill`` counts the words between a trigger's end and a later position from one bisection
    of the end: ``gap_words`` for every trigger end and every later token start."""
    for article in _articles(analyse, lang):
        tok = mentions.tokenise(article.text, lexicon(lang).lang)
        for end in tok.ends:
            after_end = bisect_right(tok.starts, end)
            for x in tok.starts:
                if x >= end:
                    assert max(0, bisect_left(tok.starts, x) - after_end) == arguments.gap_words(tok, end, x)


def _plain_merge_casualty_events(evs, lex, sent_of):
    main = {sent_of(e.start) for e in evs if e.label == "ASSAULT" and not events._casualty_word(lex, e.attrs["trigger"])}
    return [e for e in evs
            if not (e.label == "ASSAULT" and events._casualty_word(lex, e.attrs["trigger"]) and sent_of(e.start) in main)]


#: a casualty word of each language (an ASSAULT named by it is merged into its sentence's other one)
CASUALTY = {"en": "killed", "fr": "tués", "ru": "погибли", "uk": "загинули"}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_casualty_events_merged_as_by_the_plain_rule(analyse, lang):
    """``_merge_casualty_events`` reads each event's casualty word once and returns the events as
    they are when no ASSAULT is named by one: the events the plain rule keeps, in order."""
    lex = lexicon(lang)
    assert events._casualty_word(lex, CASUALTY[lang])
    merged = 0
    for article in _articles(analyse, lang):
        sents = sorted((a.start, a.end) for a in article.layers["sentences"])

        def sent_of(pos: int) -> tuple[int, int]:
            return sents[max(0, bisect_right([s for s, _e in sents], pos) - 1)]

        evs = list(article.layers["events"])
        # an ASSAULT named by a casualty word beside each event (in its sentence) and alone at the end
        named = [Annotation(e.start, e.end, "ASSAULT", e.producer, e.confidence, dict(e.attrs, trigger=CASUALTY[lang]))
                 for e in evs]
        lone = Annotation(len(article.text), len(article.text), "ASSAULT", "events.v1", 0.5, {"trigger": CASUALTY[lang]})
        for pool in (evs, evs + named, [*named, *evs, lone], [e for e in evs if e.label != "ASSAULT"], [lone], []):
            fast = events._merge_casualty_events(pool, lex, sent_of)
            assert [id(e) for e in fast] == [id(e) for e in _plain_merge_casualty_events(pool, lex, sent_of)]
            merged += len(fast) < len(pool)
    assert merged
