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


@lru_cache(maxsize=200_000)
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


@lru_cache(maxsize=200_000)
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


@lru_cache(maxsize=200_000)
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
    """
    n = len(words)
    ctx = [context_features(w) for w in words]
    mf = None
    if morph:
        from .morph import morph_features

        mf = [morph_features(morph, w) for w in words]
    if names:
        from .namelists import name_features
    cf = zf = nd = bf = None
    cctx = bctx = False
    if lexicon:
        from .lexicon import cluster_features, freq_features, name_features as nd_features

        if lexicon.get("clusters"):
            table, ruify = lexicon["clusters"], bool(lexicon.get("ruify"))
            cf = [cluster_features(table, w, ruify) for w in words]
            cctx = bool(lexicon.get("cluster_context"))
            if lexicon.get("cluster_lemma") and mf:
                # a word the table lacks stands in by its lemma's clusters
                for i, m in enumerate(mf):
                    if cf[i] == ("k=none",):
                        lemma = next((x[2:] for x in m if x.startswith("l=")), None)
                        if lemma:
                            cf[i] = cluster_features(table, lemma, ruify)
        if lexicon.get("brown"):
            from .lexicon import BROWN_PREFIXES, brown_features

            bmark = bool(lexicon.get("brown_mark"))
            bpre = tuple(lexicon.get("brown_prefixes") or BROWN_PREFIXES)
            bf = [brown_features(lexicon["brown"], w, bmark, bpre) for w in words]
            bctx = bool(lexicon.get("brown_context"))
        if lexicon.get("wordfreq"):
            zf = [freq_features(lexicon["wordfreq"], w) for w in words]
        if lexicon.get("names_dataset"):
            lemmas = [next((x[2:] for x in m if x.startswith("l=")), None) for m in mf] if mf else [None] * n
            nd = [nd_features(w, lm) for w, lm in zip(words, lemmas)]
    out = []
    for i, w in enumerate(words):
        f = list(word_features(w))
        if names:
            f.extend(name_features(w))
        if i == 0:
            f.append("BOS")
        else:
            pl, ps, p3, p5 = ctx[i - 1]
            f += ["-1w=" + pl, "-1s=" + ps, "-1s3=" + p3, "-1p5=" + p5]
            if i > 1:
                f += ["-2w=" + ctx[i - 2][0], "-2s=" + ctx[i - 2][1]]
        if i == n - 1:
            f.append("EOS")
        else:
            nl, ns, n3, n5 = ctx[i + 1]
            f += ["+1w=" + nl, "+1s=" + ns, "+1s3=" + n3, "+1p5=" + n5]
            if i < n - 2:
                f += ["+2w=" + ctx[i + 2][0], "+2s=" + ctx[i + 2][1]]
        if gazetteer is not None:
            g = gazetteer[i]
            if g:
                f.append("g=" + g)
                f.append("g|w=" + g + "|" + ("T" if w[:1].isupper() else "l"))
            if i > 0 and gazetteer[i - 1]:
                f.append("-1g=" + gazetteer[i - 1])
            if i < n - 1 and gazetteer[i + 1]:
                f.append("+1g=" + gazetteer[i + 1])
        if mf is not None:
            f.extend(mf[i])
            if i > 0:
                f.extend("-1" + x for x in mf[i - 1] if not x.startswith("l="))
            if i < n - 1:
                f.extend("+1" + x for x in mf[i + 1] if not x.startswith("l="))
        if cf is not None:
            f.extend(cf[i])
            if cctx:
                if i > 0:
                    f.extend("-1" + x for x in cf[i - 1][1:])
                if i < n - 1:
                    f.extend("+1" + x for x in cf[i + 1][1:])
        if bf is not None:
            f.extend(bf[i])
            if bctx:
                if i > 0:
                    f.extend("-1" + x for x in bf[i - 1][:2])
                if i < n - 1:
                    f.extend("+1" + x for x in bf[i + 1][:2])
        if zf is not None:
            f.extend(zf[i])
        if nd is not None:
            f.extend(nd[i])
        out.append(f)
    return out
