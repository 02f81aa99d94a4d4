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

#: casualty words with and without another ASSAULT in their sentence, places, times, statements, and
#: talks with no party named
SENTENCES = {
    "en": "Russian forces shelled Kharkiv on Monday, killing 12 people, the governor said. Two civilians "
          "were killed in Izium. Police arrested 30 protesters in Tbilisi on 3 May 2024, officials said. "
          "The talks continued for hours.",
    "fr": "Les forces russes ont bombardé Kharkiv lundi, tuant 12 personnes, a déclaré le gouverneur. Deux "
          "civils ont été tués à Izioum. La police a arrêté 30 manifestants à Tbilissi le 3 mai 2024. "
          "Les négociations se sont poursuivies pendant des heures.",
    "ru": "Российские войска обстреляли Харьков в понедельник, погибли 12 человек, заявил губернатор. Двое "
          "мирных жителей погибли в Изюме. Полиция задержала 30 протестующих в Тбилиси 3 мая 2024 года. "
          "Переговоры продолжались несколько часов.",
    "uk": "Російські війська обстріляли Харків у понеділок, загинули 12 людей, заявив губернатор. Двоє "
          "цивільних загинули в Ізюмі. Поліція затримала 30 протестувальників у Тбілісі 3 травня 2024 року. "
          "Переговори тривали кілька годин.",
}
EXAMPLES = {"en": "kharkiv_en.txt", "fr": "kharkiv_fr.txt", "ru": "kharkiv_ru.txt", "uk": "kharkiv_uk.txt"}


def _articles(analyse, lang: str) -> list:
    texts = [SENTENCES[lang], (resources.files("sitrep") / "examples" / EXAMPLES[lang]).read_text(encoding="utf-8")]
    return [analyse(text, lang) for text in texts]


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_no_party_found_where_fill_stops_early(analyse, lang):
    """``fill`` of a trigger that needs a party returns None at once when its span has no actor
    mention, no place before the trigger, no statement and no unnamed agent's word near it: the
    rest of the rules (run with ``needs_party`` off, which only changes that last test and the
    unnamed agent) find no actor and no recipient there, at every trigger of the texts."""
    lex = lexicon(lang)
    stopped = 0
    for article in _articles(analyse, lang):
        tok = mentions.tokenise(article.text, lex.lang)
        found = mentions.find_rows(tok, lex, article.text)
        ctx = arguments.Context(article)
        sents = sorted((a.start, a.end) for a in article.layers["sentences"])
        for _k, m in found.triggers:
            for sent in [s for s in sents if s[0] <= m.start < s[1]] + [(m.start, m.end), (0, len(article.text))]:
                claim = ctx.statement_at(m.start)
                lo, hi = (max(sent[0], claim[2][0]), min(sent[1], claim[2][1])) if claim else sent
                before, after = ctx.actors_around(lo, hi, m.start, m.end)
                early = not before and not after and claim is None and not ctx.has_place_in(lo, m.start) \
                    and not (lex.agents and arguments._agent_word_near(m, tok))
                if early:
                    stopped += 1
                    assert arguments.fill(m, tok, lex, ctx, sent, True) is None
                    args = arguments.fill(m, tok, lex, ctx, sent, False)
                    assert not args["actor"] and not args["recipient"]
    assert stopped


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
