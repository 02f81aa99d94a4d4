"""The linker's and the profile's faster forms (nineteenth session) against the plain rules they
replace, on news-like text in the four languages: the same keys, pairs, scores and orders."""

from __future__ import annotations

import math
import re
from collections import Counter

from sitrep.stories import align, features, linker, reuse

EN = ("Ukraine received 675 million dollars of weapons from Washington on Thursday. "
      "Lloyd Austin announced the package at Ramstein air base in Germany. "
      "The package includes howitzers, ammunition and armoured vehicles, the Pentagon said. "
      "Kyiv has asked for more air defence systems before the winter.\n"
      "\"We will respond,\" President Volodymyr Zelensky told Reuters in Kyiv.  Then NATO met.")
EN_REWRITE = ("Kyiv has asked for more air defence systems before the winter, officials said. "
              "Ukraine received 675 million dollars of weapons from Washington on Thursday. "
              "Lloyd Austin announced the package at Ramstein. "
              "Talks with the EU on grain exports resumed in Brussels on Friday.")
RU = ("Украина получила оружие на 675 миллионов долларов от Вашингтона в четверг. "
      "«Мы ответим», — заявил Дмитрий Кулеба в Киеве.\n  Ллойд Остин объявил о пакете на базе Рамштайн.")
FR = ("  Emmanuel Macron a reçu Volodymyr Zelensky à l'Élysée (Paris) lundi; «Kyiv» tient. "
      "— Le président a dit: Nous aiderons l'Ukraine, a_b Cd_Ef 2022 Kharkiv\nOdesa…Lviv")


def test_profile_terms_are_the_words_keys():
    for text in (EN, RU, FR):
        words = re.findall(r"\w+", text)
        assert features._split_words(text)[1::2] == words
        assert list(Counter(filter(None, map(features._word_key, words))).items()) == \
            list(Counter(features.word_keys(text)).items())


def _align_same_language_plain(text_a, spans_a, text_b, spans_b):
    """align.align_same_language before the nineteenth session (every key of every sentence looked up)."""
    sa = align._spans(text_a, spans_a)
    sb = align._spans(text_b, spans_b)
    ka = [features.shingle_keys(text_a[s:e]) for s, e in sa]
    kb = [features.shingle_keys(text_b[s:e]) for s, e in sb]
    index: dict[str, list[int]] = {}
    for j, y in enumerate(kb):
        for key in y:
            index.setdefault(key, []).append(j)
    scores = []
    for i, x in enumerate(ka):
        shared: Counter = Counter()
        for key in x:
            js = index.get(key)
            if js:
                shared.update(js)
        for j, inter in shared.items():
            nx, ny = len(x), len(kb[j])
            contained = inter / min(nx, ny) if min(nx, ny) >= 4 else 0.0
            scores.append((max(inter / (nx + ny - inter), align.CONTAINMENT_WEIGHT * contained), i, j))
    return [align.Pair(sa[i], sb[j], s) for s, i, j in align._greedy(scores, align.MONO_MIN)]


def test_same_language_alignment_as_the_plain_loop():
    texts = (EN, EN_REWRITE, RU, FR, EN + " " + EN_REWRITE)
    for a in texts:
        for b in texts:
            sa, sb = features.split_sentences(a), features.split_sentences(b)
            want = _align_same_language_plain(a, sa, b, sb)
            assert align.align_same_language(a, sa, b, sb) == want
            da, db = reuse.Doc(a, sa, "en"), reuse.Doc(b, sb, "en")
            for _ in range(2):  # made once, used again
                assert align.align_shingled(da.shingled(), db.shingled()) == want
    assert _align_same_language_plain(EN, features.split_sentences(EN), EN_REWRITE,
                                      features.split_sentences(EN_REWRITE))


def test_top_as_sorted_by_a_key_function():
    v = {"b": 0.5, "a": 0.5, "c": 0.25, "d": 1.0, "e": -0.0, "f": 0.0, "g": 0.5}
    for n in (0, 1, 3, 7, 10):
        assert list(linker._top(v, n).items()) == sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def test_vector_as_two_comprehensions():
    terms = Counter(features.word_keys(EN) + features.name_keys(EN) + ["#675", "#675"])
    anchors = Counter({"a:austin": 2, "p:703448": 1, "n:kv": 1})
    lk = linker.Linker.__new__(linker.Linker)
    lk.n_docs, lk.df = 40, Counter({k: i % 5 for i, k in enumerate(terms)})
    idf = lk.idf
    words = {k: (1.0 + math.log(n)) * idf(k) for k, n in terms.items() if not k.startswith(linker._NAME_PREFIXES)}
    names = {k: (1.0 + math.log(n)) * idf(k) for k, n in terms.items() if k.startswith(linker._NAME_PREFIXES)}
    for k, n in anchors.items():
        names[k] = (1.0 + math.log(n)) * idf(k) * (1.0 if k.startswith("n:") else linker.ANCHOR_WEIGHT)
    w, n = math.sqrt(linker.WORDS_WEIGHT), math.sqrt(linker.NAMES_WEIGHT)
    want = {k: x * w for k, x in linker._unit(words).items()}
    want.update({k: x * n for k, x in linker._unit(names).items()})
    assert list(lk.vector(terms, anchors).items()) == list(want.items())
