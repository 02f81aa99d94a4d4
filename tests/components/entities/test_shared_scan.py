"""The actor-file scan shared by entities.v1's gazetteer features and actors.v1.

``actors.text_scan`` finds a text's words, stems and pattern matches once (kept for the last
text of the thread); entities.v1 reads a batch's share of it (``gazetteer._range_scan``) and
actors.v1 reads it whole.  Both must get exactly what scanning on their own gives.
"""

from __future__ import annotations

import random

from sitrep.article import Article
from sitrep.components import actors
from sitrep.components.actors.text import stems_of
from sitrep.components.entities import gazetteer
from sitrep.pipeline import Pipeline

TEXTS = (
    "Le président Emmanuel Macron s'est rendu à Berlin. Selon le ministère russe de la Défense, "
    "l'armée ukrainienne a reculé près de Bakhmout. Le Kremlin et l'OTAN ont réagi.",
    "Boris Johnson met Joe Biden in Washington; the Pentagon's John Kirby said Vladimir Putin's "
    "forces shelled Kharkiv.\nThe European Union and NATO responded. The U.S. State Department too.",
    "Министерство обороны России сообщило об ударах по Харькову. Сергей Лавров прибыл в Анкару, "
    "а Владимир Зеленский ответил.",
    "Президент України Володимир Зеленський провів зустріч у Києві. Збройні сили України звільнили Ізюм.",
)


def _alone(text: str, lo: int, hi: int):
    """What the gazetteer computed before the shared scan: the range's words, stems and matches."""
    ws = gazetteer._words(text, lo, hi)
    stems = stems_of(ws.words)
    return list(ws), stems, gazetteer._matcher()[0].scan(text, ws, stems)


def test_a_range_of_the_shared_scan_is_the_range_scanned_alone():
    rng = random.Random(14)
    seen_matches = 0
    for text in TEXTS:
        cuts = sorted({0, len(text), *(rng.randrange(len(text) + 1) for _ in range(40))})
        # word and sentence edges, and arbitrary offsets (inside words and names)
        edges = sorted({*cuts, *(i for i, ch in enumerate(text) if ch in " .;,\n")})
        for _ in range(300):
            lo, hi = sorted(rng.sample(edges, 2))
            ws, stems, matches = gazetteer._range_scan(text, lo, hi)
            want = _alone(text, lo, hi)
            assert (list(ws), stems, matches) == want, (text[lo:hi], lo, hi)
            seen_matches += len(matches)
        whole = gazetteer._range_scan(text, 0, len(text))
        assert (list(whole[0]), whole[1], whole[2]) == _alone(text, 0, len(text))
    assert seen_matches > 100  # the ranges do hold names, descriptions and nested states


def test_text_scan_is_kept_for_the_same_text_object_only():
    m = gazetteer._matcher()[0]
    text = TEXTS[1]
    first = actors.text_scan(text, m)
    assert actors.text_scan(text, m) is first
    copy = (text + " ")[:-1]  # an equal text, another object: scanned again
    assert copy == text and copy is not text
    again = actors.text_scan(copy, m)
    assert again is not first and list(again[0]) == list(first[0]) and again[2] == first[2]
    assert actors.text_scan(TEXTS[0], m)[2] != first[2]  # another text: its own matches


def test_actors_read_the_scan_left_by_entities_and_give_the_same_mentions():
    full = Pipeline.from_names(["paragraphs.v1", "language.v1", "sentences.v1", "entities.v1", "actors.v1"])
    for text in TEXTS:
        art = Article(id="a", text=text)
        full(art)  # entities.v1 scans first, actors.v1 reads that scan
        shared = actors.link(art)
        actors._LAST_SCAN.__dict__.clear()  # nothing kept: actors.v1 scans alone
        alone = actors.link(art)
        assert len(alone.mentions) >= 3, text
        assert shared.mentions == alone.mentions and shared.actors == alone.actors
