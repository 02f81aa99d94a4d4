"""Token features for the CRF tagger (shared by training and tagging).

Features are plain strings (binary features in CRFsuite).  A word's own
features are cached per word form; a token then gets its own features plus
a few of its neighbours', so tagging stays fast (tens of thousands of tokens
per second per core).
"""

from __future__ import annotations

import re
from functools import lru_cache

_SHAPE_RE = (
    (re.compile(r"[^\W\d_]"), "a"),
)


@lru_cache(maxsize=20_000)
def shape(word: str) -> str:
    out = []
    for ch in word:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out[:6])


@lru_cache(maxsize=20_000)
def word_features(word: str) -> tuple[str, ...]:
    low = word.lower()
    shp = shape(word)
    feats = [
        "w=" + low,
        "s=" + shp,
        "s3=" + low[-3:],
        "s2=" + low[-2:],
        "s1=" + low[-1:],
        "p3=" + low[:3],
    ]
    if word[:1].isupper():
        feats.append("T")
        if word.isupper() and len(word) > 1:
            feats.append("U")
    if len(low) > 5:
        feats.append("s4=" + low[-4:])
    if len(low) > 4:
        # a crude stem and a longer prefix: inflected forms of one name share them
        feats.append("p5=" + low[:5])
        feats.append("st=" + low[:-2])
    return tuple(feats)


@lru_cache(maxsize=20_000)
def context_features(word: str) -> tuple[str, str, str, str]:
    low = word.lower()
    return low, shape(word), low[-3:], (low[:5] if len(low) > 4 else low)


def sentence_features(
    words: list[str],
    gazetteer: list[str | None] | None = None,
    morph: str | None = None,
    names: bool = False,
    lexicon: dict | None = None,
) -> list[list[str]]:
    """One feature list per token of a sentence.

    ``gazetteer``: one actor-file tag or None per token; ``morph``: a language of
    :mod:`.morph` whose morphological features are added for the token and its neighbours;
    ``names``: add first-name / surname list features (:mod:`.namelists`);
    ``lexicon``: word-class features from unlabelled text (:mod:`.lexicon`): ``clusters``
    (a cluster table name; its features for the token, and for its neighbours when
    ``cluster_context``; ``cluster_lemma``: a word missing from the table takes its
    morphological lemma's clusters), ``ruify`` (look up a Russian spelling of a missing word) and
    ``wordfreq`` (a language: the token's frequency band), ``names_dataset`` (first-name and
    surname rank bands of the token, or of its lemma when ``morph`` gives one),
    ``brown`` (a language: Brown-cluster path prefixes of the token, and the short ones of its
    neighbours when ``brown_context``; ``brown_mark``: mark features found through a case fallback;
    ``brown_prefixes``: other prefix lengths).

    Everything but the gazetteer tags depends on the word form alone, so each word type's
    features, as the token itself and as a neighbour at -2, -1, +1 and +2, are computed once
    and cached (:class:`_Featurizer`); a token's list is the concatenation of five cached blocks.
    """
    f = _featurizer(morph, names, _spec_key(lexicon))
    blocks = [f.blocks(w) for w in words]
    n = len(blocks)
    out = []
    for i in range(n):
        own = blocks[i]
        feats = [*own[0], *(blocks[i - 1][1] if i else ("BOS",))]
        if i > 1:
            feats += blocks[i - 2][2]
        if i == n - 1:
            feats.append("EOS")
        else:
            feats += blocks[i + 1][3]
            if i < n - 2:
                feats += blocks[i + 2][4]
        if gazetteer is not None:
            g = gazetteer[i]
            if g:
                feats.append("g=" + g)
                feats.append("g|w=" + g + "|" + ("T" if words[i][:1].isupper() else "l"))
            if i > 0 and gazetteer[i - 1]:
                feats.append("-1g=" + gazetteer[i - 1])
            if i < n - 1 and gazetteer[i + 1]:
                feats.append("+1g=" + gazetteer[i + 1])
        out.append(feats)
    return out


def _spec_key(lexicon: dict | None):
    if not lexicon:
        return None
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in lexicon.items()))


#: word types whose feature blocks a featurizer keeps (then it starts afresh: memory stays bounded)
BLOCK_CACHE = 20_000


class _Featurizer:
    """The features of one recipe (morphology, name lists, word tables), cached per word type.

    ``blocks(word)`` is ``(own, as_left_neighbour, as_second_left, as_right_neighbour,
    as_second_right)``: tuples of feature strings. The features are those of the former
    per-token loop, in another order (CRFsuite sums weights, order plays no part).
    """

    def __init__(self, morph: str | None, names: bool, spec: tuple | None) -> None:
        from . import lexicon, morph as morphology, namelists

        self.morph = morph
        self.names = names
        self.lexicon = dict(spec) if spec else {}
        self.cache: dict[str, tuple] = {}
        self._lex, self._morph_features, self._name_features = lexicon, morphology.morph_features, namelists.name_features

    def blocks(self, word: str) -> tuple:
        b = self.cache.get(word)
        if b is None:
            if len(self.cache) >= BLOCK_CACHE:
                self.cache.clear()
            b = self.cache[word] = self._compute(word)
        return b

    def _compute(self, w: str) -> tuple:
        lex = self.lexicon
        low, shp, s3, p5 = context_features(w)
        own = list(word_features(w))
        left = ["-1w=" + low, "-1s=" + shp, "-1s3=" + s3, "-1p5=" + p5]
        right = ["+1w=" + low, "+1s=" + shp, "+1s3=" + s3, "+1p5=" + p5]
        if self.names:
            own.extend(self._name_features(w))
        mf = None
        if self.morph:
            mf = self._morph_features(self.morph, w)
            own.extend(mf)
            left.extend("-1" + x for x in mf if not x.startswith("l="))
            right.extend("+1" + x for x in mf if not x.startswith("l="))
        if lex:
            L = self._lex
            BROWN_PREFIXES, brown_features, cluster_features = L.BROWN_PREFIXES, L.brown_features, L.cluster_features
            freq_features, nd_features = L.freq_features, L.name_features
            if lex.get("clusters"):
                table, ruify = lex["clusters"], bool(lex.get("ruify"))
                cf = cluster_features(table, w, ruify)
                if lex.get("cluster_lemma") and mf and cf == ("k=none",):
                    lemma = next((x[2:] for x in mf if x.startswith("l=")), None)
                    if lemma:
                        cf = cluster_features(table, lemma, ruify)
                own.extend(cf)
                if lex.get("cluster_context"):
                    left.extend("-1" + x for x in cf[1:])
                    right.extend("+1" + x for x in cf[1:])
            if lex.get("brown"):
                bpre = tuple(lex.get("brown_prefixes") or BROWN_PREFIXES)
                bf = brown_features(lex["brown"], w, bool(lex.get("brown_mark")), bpre)
                own.extend(bf)
                if lex.get("brown_context"):
                    left.extend("-1" + x for x in bf[:2])
                    right.extend("+1" + x for x in bf[:2])
            if lex.get("wordfreq"):
                own.extend(freq_features(lex["wordfreq"], w))
            if lex.get("names_dataset"):
                lemma = next((x[2:] for x in mf if x.startswith("l=")), None) if mf else None
                own.extend(nd_features(w, lemma))
        return (tuple(own), tuple(left), ("-2w=" + low, "-2s=" + shp), tuple(right), ("+2w=" + low, "+2s=" + shp))


@lru_cache(maxsize=16)
def _featurizer(morph: str | None, names: bool, spec: tuple | None) -> _Featurizer:
    return _Featurizer(morph, names, spec)
