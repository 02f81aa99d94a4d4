"""The fast word split, stem memo and ending strip give what the plain forms gave."""

from __future__ import annotations

import unicodedata

from sitrep.components.actors import text as t

SAMPLE = (
    "Le président ukrainien Volodymyr Zelensky's aide a déclaré à l'AFP que les forces russes… "
    "Зеленського, Россией, Україною, Китая; Лаврова — ёлка Ёлкин. U.S. officials' NYT\n"
    "naïve Ångström éléphants   _under_score 42x l’Ukraine"
)

_OLD_ENDINGS = sorted(
    """ами ями ого его ому ему ыми ими ией ией ой ей ий ый ій ая яя ое ее ые ие ых их ую юю ом ем ам ям ах ях ью ия ию ии ья ье
    ові еві ією єю ою ею ія ії ію ів їв ої ім им ым ов ев ів а я о е ы и у ю ь й і ї є""".split(),
    key=len, reverse=True)


def reference_stem(word: str) -> str:
    """The stem as first written: the ending list walked in order, every word normalised."""
    if word[-2:] in ("'s", "’s"):
        word = word[:-2]
    if len(word) >= 2 and word.isupper():
        return word.replace("Ё", "Е")
    low = word.lower().replace("ё", "е").replace("’", "'")
    if any("\u0400" <= ch <= "\u04ff" for ch in low):
        changed = True
        while changed:
            changed = False
            for end in _OLD_ENDINGS:
                if low.endswith(end) and len(low) - len(end) >= 3:
                    low = low[: -len(end)]
                    changed = True
                    break
        return low
    low = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    if len(low) > 3 and low[-1] in "sx":
        low = low[:-1]
    if len(low) > 4 and low.endswith("nne"):
        return low[:-2]
    if len(low) > 3 and low.endswith("e"):
        return low[:-1]
    return low


def test_word_columns_are_the_regex_matches():
    for text in (SAMPLE, "", "   ", "a", "…", "x’s y's", SAMPLE[::-1]):
        expected = [(m.start(), m.end(), m.group()) for m in t.WORD_RE.finditer(text)]
        starts, ends, words = t.word_columns(text)
        assert list(zip(starts, ends, words)) == expected
        assert t.words(text) == expected
        assert all(text[s:e] == w for s, e, w in expected)


def test_stems_equal_the_reference_for_every_word():
    words = t.word_columns(SAMPLE)[2] + ["Китай", "кита", "Лаврова", "России", "Україною", "ab", "аб", "абвгами"]
    for w in words:
        assert t._stem(w) == reference_stem(w), w
        assert t.stem(w) == reference_stem(w), w
    assert t.stems_of(words) == [reference_stem(w) for w in words]
    assert t.stems_of(words) == [reference_stem(w) for w in words]  # now from the memo


def test_memo_stays_bounded_and_keeps_answers_across_generations():
    memo = t._StemMemo(limit=8)
    words = [f"mot{i}s" for i in range(30)] + ["Зеленського"] * 3
    for _ in range(3):
        assert memo.stems(words) == [reference_stem(w) for w in words]
        assert len(memo.current) <= 8 and len(memo.previous) <= 8


def test_a_stem_equal_to_its_word_shares_the_word():
    memo = t._StemMemo(limit=100)
    words = "".join(["sai", "d Kyiv US ministres"]).split()  # strings made at run time, as the split makes them
    out = memo.stems(words)
    assert out == [reference_stem(w) for w in words]
    assert out[0] is words[0] and out[2] is words[2]  # "said", "US": no second string kept
    assert memo.stems(list(words)) == out
