"""``tokenise`` splits with classes of ranges over the Basic Multilingual Plane (a bitmap test per
character) instead of Unicode categories, and with the category pattern again when a character
outside the BMP lies between two words: the same tokens as the category pattern alone, checked
here character by character and on texts of the four languages, hostile ones included."""

from __future__ import annotations

import re
from importlib import resources

import numpy as np
import pytest

from sitrep.components.events import mentions

EXAMPLES = {"en": "kharkiv_en.txt", "fr": "kharkiv_fr.txt", "ru": "kharkiv_ru.txt", "uk": "kharkiv_uk.txt"}
#: numbers with separators, hyphens and apostrophes, underscores, letters that are no ASCII
#: (titlecase, ligatures, "İ" whose lower case is longer), digits of other scripts, characters
#: outside the BMP (mathematical letters and digits: letters and digits of a word; emoji: not)
TEXTS = (
    "İstanbul’s «mayor» said: 1 000 soldiers — and 12,500 more — would not withdraw!!! (;;) ne pas \n\n"
    " Київ, обл. «обстріл» [x] 3.5 t'is n't ",
    "1,2345 12 500,000.5 a-b- -c x_y 3²½ ab1cd 1ab О'Брайен п’ять a--b Ⅻ ١,٠٠٠ ߀ ௧௨ ǅemal ß ﬁ ŉ ΐ",
    "\u00a0 1\u00a0000 2\u202f000 3 000 4.000 5,000,000 6.5 a_b _a b_ __ don't can’t ʼtwas",
    "Київ-Пасажирський д'Артаньян l'État aujourd’hui — «Ось» (x) [y]; z: w! q? “a” \"b\" –",
    "ab\U0001d400cd 12\U0001d7cf3 \U0001d400\U0001d401 x \U0001f600 war \U0001f600 \U00020000漢字",
    "abc \U0001d400", "\U0001f600", "", " ", "a", "1",
)


def _example(lang: str) -> str:
    return (resources.files("sitrep") / "examples" / EXAMPLES[lang]).read_text(encoding="utf-8")


@pytest.mark.parametrize("category", [r"[^\W\d_]", r"\d", r"[^\W_]"])
def test_bmp_classes_hold_the_categorys_characters(category):
    """Every character of the BMP is in the class of ranges exactly when the category matches it."""
    bmp = "".join(map(chr, range(0x10000)))
    ranges = re.compile(mentions._bmp_class(category))
    plain = re.compile(category)
    assert [m.start() for m in ranges.finditer(bmp)] == [m.start() for m in plain.finditer(bmp)]


def _fields(tok: mentions.Tokens) -> tuple:
    return tok.starts, tok.ends, tok.words, tok.clause, tok.strong, tok.strong_array.tolist()


def _all_tokens(lang: str) -> list[tuple]:
    return [_fields(mentions.tokenise(text, lang, start, end))
            for text in (_example(lang), *TEXTS)
            for start, end in ((0, None), (5, None), (3, len(text) // 2), (0, 0))]


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_tokens_match_the_category_pattern(lang, monkeypatch):
    """``tokenise`` as it is, and with the category pattern alone (its classes of ranges replaced)."""
    fast = _all_tokens(lang)
    monkeypatch.setattr(mentions, "_bmp_split", mentions._SPLIT.__getitem__)
    assert fast == _all_tokens(lang)


@pytest.mark.parametrize("script", ["latin", "cyrillic"])
def test_split_pattern_of_ranges_on_the_bmp(script):
    """Where no character outside the BMP lies between words, both patterns cut the same pieces;
    where one does (``OUTSIDE_BMP`` among the gaps' bits), ``tokenise`` splits with the category."""
    for text in (_example("en"), _example("ru"), *TEXTS):
        low = text.lower()
        fast, plain = mentions._bmp_split(script).split(low), mentions._SPLIT[script].split(low)
        outside = np.bitwise_or.reduce(mentions._split(mentions._bmp_split(script), low)[1]) & mentions.OUTSIDE_BMP
        assert fast == plain or outside, text[:40]
        if fast != plain:  # (the texts with a mathematical letter or digit)
            assert re.search("[\U00010000-\U0010ffff]", "".join(fast[0::2]))


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_starts_array_and_capitals(lang):
    """``Tokens.starts_array`` is ``starts``; ``capitalised`` reads it as it reads the list."""
    for text in (_example(lang), *TEXTS, "Ärger über Łódź, ǅemal, Ωmega, Київ, ɐb, ªb, µs"):
        tok = mentions.tokenise(text, lang)
        assert tok.starts_array.tolist() == tok.starts
        caps = [text[s].isupper() for s in tok.starts]
        assert mentions.capitalised(text, tok.starts_array).tolist() == caps
        assert mentions.capitalised(text, tok.starts).tolist() == caps
