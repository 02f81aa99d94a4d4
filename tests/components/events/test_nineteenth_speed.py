"""The nineteenth session's speed path of events.v1 (casualty numbers looked for only where an
event may take them) answers what the plain rule answers, on real-looking text of the four
languages and the bundled example articles."""

from __future__ import annotations

import copy
from importlib import resources

import sitrep.components.events as events
from sitrep.components.events import mentions, numbers
from sitrep.components.events.lexicon import lexicon

EXAMPLES = {"en": "kharkiv_en.txt", "fr": "kharkiv_fr.txt", "ru": "kharkiv_ru.txt", "uk": "kharkiv_uk.txt"}
#: casualty numbers with and without an event they may attach to (a flu, a storm, a memorial)
NUMBERS = {
    "en": ["Twelve people died of the flu this winter, 300 were injured in the storm and 5,000 residents left "
           "the town. Russian forces shelled Kharkiv on Monday, killing 12 people and wounding 30.",
           "The hospital treats 300 wounded veterans and the cemetery holds 12 dead soldiers."],
    "fr": ["Douze personnes sont mortes de la grippe cet hiver et 300 ont été blessées dans la tempête. "
           "Les forces russes ont bombardé Kharkiv lundi, tuant 12 personnes.",
           "Un mémorial porte les noms de 1 200 morts."],
    "ru": ["Двенадцать человек умерли от гриппа этой зимой, 300 пострадали от урагана. Российские войска "
           "обстреляли Харьков в понедельник, погибли 12 человек.",
           "В больнице лечат 300 раненых, на кладбище 12 погибших."],
    "uk": ["Дванадцять людей померли від грипу цієї зими, 300 постраждали від урагану. Російські війська "
           "обстріляли Харків у понеділок, загинули 12 людей.",
           "У лікарні лікують 300 поранених, на кладовищі 12 загиблих.", "Меморіал зберігає імена 1200 загиблих."],
}


def _example(lang: str) -> str:
    return (resources.files("sitrep") / "examples" / EXAMPLES[lang]).read_text(encoding="utf-8")


def test_numbers_change_nothing_without_a_numbered_event(analyse):
    """``analyse`` looks for casualty numbers only when an event of a type they attach to is left:
    on every text, attaching them all the same changes no event where none is (met with numbers
    found: the Ukrainian memorial and hospital have no event)."""
    skipped = 0
    for lang, texts in NUMBERS.items():
        lex = lexicon(lang)
        for text in (*texts, _example(lang)):
            article = analyse(text, lang)
            result = events.analyse(article)
            tok = mentions.tokenise(article.text, lex.lang)
            mentions.find_rows(tok, lex, article.text)  # (the vocabulary ids numbers.find reads)
            nums = numbers.find(tok, lex, article.text)
            sents = sorted((a.start, a.end) for a in article.layers["sentences"])

            def sent_of(pos: int, sents=sents) -> tuple[int, int]:
                return next((s for s in reversed(sents) if s[0] <= pos), sents[0])

            again = copy.deepcopy(result.events)
            events._attach_numbers(nums, again, sent_of)
            if not any(e.label in events.NUMBERED for e in result.events):
                assert [e.attrs for e in again] == [e.attrs for e in result.events]
                skipped += bool(nums)
    assert skipped
