"""Name-structure features for the CRF tagger: head words, quoted spans, capitalised runs.

- head words (``src/sitrep/data/<lang>/ner_heads.txt``, ``TYPE<TAB>word``): organisation and
  location names often end in, or start with, a word that says what they are ("Labour
  *Party*", "*University* of Oxford", «*ОАО* „Газпром“», "Московская *область*").  A token
  gets ``h=T`` when it is such a word, ``h+T`` when one follows within 1-4 tokens of the same
  name (no punctuation between; in English the words between must be capitalised),
  ``h-T`` when one precedes it within 1-3 tokens (quotes may stand between), both suffixed
  ``|T`` / ``|l`` by the token's own capitalisation (English: only capitalised tokens and
  "of"/"de" get them; punctuation never), and ``hof=T``
  when it follows "of"/"de" right after one (English); a head word followed by a capitalised
  word or an opening quote also gets ``h>N=T``, and that quote ``h-T|Q``.  Russian words are looked up by their
  pymorphy3 lemma, so inflected forms match.
- quotes: ``Q`` for a token inside a quoted span closed in the same sentence (« », „ “, “ ”,
  straight double quotes), ``Qb`` / ``Qe`` for its first / last token.
- capitalised runs: ``cr=S|B|I|E`` (single / first / inner / last word of a run of
  capitalised words) and ``crn=N`` (the run's length, 4 meaning 4 or more).

All three are switched on per model through the ``lexicon`` spec (``heads``: a language,
``quotes``, ``caprun``), recorded in the model manifest.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

_OPEN = {"«": "»", "„": "“", "“": "”", '"': '"'}
_CONNECTORS = {"en": frozenset({"of", "de"})}


class HeadsError(Exception):
    pass


@lru_cache(maxsize=None)
def head_words(lang: str) -> dict[str, str]:
    """word (lower case; lemma for languages with morphology) -> TYPE, from ``ner_heads.txt``."""
    path = resources.files("sitrep") / "data" / lang / "ner_heads.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise HeadsError(f"{path}: cannot read head-word list ({exc})") from None
    out: dict[str, str] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1].strip():
            raise HeadsError(f"{path}:{lineno}: expected 'TYPE<TAB>word'")
        out[parts[1].strip().lower()] = parts[0].strip()
    return out


@lru_cache(maxsize=200_000)
def head_type(lang: str, word: str) -> str | None:
    """The head-word type of one token, or None."""
    heads = head_words(lang)
    low = word.lower()
    if lang == "en":
        return heads.get(low) if word[:1].isupper() else None
    typ = heads.get(low)
    if typ is None and word[:1].isalpha():
        from .morph import analyzer

        typ = heads.get(analyzer(lang).parse(low)[0].normal_form)
    return typ


def _punct(word: str) -> bool:
    return not any(ch.isalnum() for ch in word)


def head_features(words: list[str], lang: str) -> list[list[str]]:
    n = len(words)
    ht = [head_type(lang, w) for w in words]
    out: list[list[str]] = [[] for _ in range(n)]
    need_caps = lang == "en"
    conn = _CONNECTORS.get(lang, frozenset())
    for i in range(n):
        f = out[i]
        w = words[i]
        if ht[i]:
            f.append("h=" + ht[i])
            nxt = words[i + 1] if i + 1 < n else ""
            if nxt in _OPEN or nxt[:1].isupper():
                # a descriptor right before a name: factRuEval counts it in («партии „Яблоко“»)
                f.append("h>N=" + ht[i])
        if w in _OPEN and i > 0 and ht[i - 1]:
            f.append("h-" + ht[i - 1] + "|Q")
        cap = w[:1].isupper()
        if _punct(w) or (need_caps and not cap and w.lower() not in conn):
            continue
        mark = "|T" if cap else "|l"  # a linear model cannot combine the two by itself
        # a head word ahead, within the same name
        for k in range(i + 1, min(n, i + 5)):
            w = words[k]
            if _punct(w) or (need_caps and not w[:1].isupper()):
                break
            if ht[k]:
                f.append("h+" + ht[k] + mark)
                break
        # a head word behind (quotes may stand between: ОАО «Газпром»)
        for k in range(i - 1, max(-1, i - 4), -1):
            w = words[k]
            if w in _OPEN or w in ("»", "”"):
                continue
            if _punct(w):
                break
            if ht[k]:
                f.append("h-" + ht[k] + mark)
                break
        if conn and i > 1 and words[i - 1].lower() in conn and ht[i - 2]:
            f.append("hof=" + ht[i - 2])
    return out


def quote_features(words: list[str]) -> list[list[str]]:
    n = len(words)
    out: list[list[str]] = [[] for _ in range(n)]
    i = 0
    while i < n:
        close = _OPEN.get(words[i])
        if close is None:
            i += 1
            continue
        j = next((k for k in range(i + 1, n) if words[k] == close), None)
        if j is None or j == i + 1:
            i += 1
            continue
        for k in range(i + 1, j):
            out[k].append("Q")
        out[i + 1].append("Qb")
        out[j - 1].append("Qe")
        i = j + 1
    return out


def caprun_features(words: list[str]) -> list[list[str]]:
    n = len(words)
    out: list[list[str]] = [[] for _ in range(n)]
    i = 0
    while i < n:
        if not words[i][:1].isupper():
            i += 1
            continue
        j = i
        while j < n and words[j][:1].isupper():
            j += 1
        ln = "crn=" + str(min(j - i, 4))
        if j - i == 1:
            out[i] += ["cr=S", ln]
        else:
            out[i] += ["cr=B", ln]
            for k in range(i + 1, j - 1):
                out[k] += ["cr=I", ln]
            out[j - 1] += ["cr=E", ln]
        i = j
    return out


def structure_features(words: list[str], spec: dict) -> list[list[str]] | None:
    """The features switched on in a ``lexicon`` spec, one list per token, or None when none is."""
    parts = []
    if spec.get("heads"):
        parts.append(head_features(words, spec["heads"]))
    if spec.get("quotes"):
        parts.append(quote_features(words))
    if spec.get("caprun"):
        parts.append(caprun_features(words))
    if not parts:
        return None
    return [sum((p[i] for p in parts), []) for i in range(len(words))]
