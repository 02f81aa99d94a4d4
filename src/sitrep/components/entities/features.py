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
        "p3=" + low[:3],
    ]
    if word[:1].isupper():
        feats.append("T")
        if word.isupper() and len(word) > 1:
            feats.append("U")
    if len(low) > 5:
        feats.append("s4=" + low[-4:])
    return tuple(feats)


@lru_cache(maxsize=200_000)
def context_features(word: str) -> tuple[str, str, str]:
    low = word.lower()
    return low, shape(word), low[-3:]


def sentence_features(words: list[str], gazetteer: list[str | None] | None = None) -> list[list[str]]:
    """One feature list per token of a sentence (``gazetteer``: one tag or None per token)."""
    n = len(words)
    ctx = [context_features(w) for w in words]
    out = []
    for i, w in enumerate(words):
        f = list(word_features(w))
        if i == 0:
            f.append("BOS")
        else:
            pl, ps, p3 = ctx[i - 1]
            f.append("-1w=" + pl)
            f.append("-1s=" + ps)
            f.append("-1s3=" + p3)
            if i > 1:
                f.append("-2w=" + ctx[i - 2][0])
        if i == n - 1:
            f.append("EOS")
        else:
            nl, ns, n3 = ctx[i + 1]
            f.append("+1w=" + nl)
            f.append("+1s=" + ns)
            f.append("+1s3=" + n3)
            if i < n - 2:
                f.append("+2w=" + ctx[i + 2][0])
        if gazetteer is not None and gazetteer[i]:
            f.append("g=" + gazetteer[i])
            f.append("g|w=" + gazetteer[i] + "|" + ("T" if w[:1].isupper() else "l"))
        out.append(f)
    return out
