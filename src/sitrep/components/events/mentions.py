"""Event mentions (TimeML sense: every eventuality) with polarity and modality decided once.

A mention is a trigger of the PLOVER lexicon, or a word the TimeML word table marks as an event
more often than not.  Its polarity (POS / NEG), its TimeML modality (the modal word) and its
sitrep modality (asserted, negated, hypothetical, future, denied, background are decided here;
claimed is added by the arguments stage) come from cues in a short window before it, in the
same clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import Lexicon, Trigger
from .scorer import Scorer, context_features, word_features  # noqa: F401  (re-exported)

#: words (letters, inner hyphens; ru/uk also inner apostrophes) and numbers
_WORD = {
    "latin": re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?![\d])|[^\W\d_]+(?:-[^\W\d_]+)*"),
    "cyrillic": re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?![\d])|[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*"),
}
#: a clause boundary between two words
_CLAUSE = re.compile(r"[,;:.!?()\[\]«»“”\"—–\n]")
_STRONG = re.compile(r"[;:.!?()\[\]\n]")
NEG_WINDOW, MODAL_WINDOW, GOV_WINDOW = 4, 5, 8
#: triggers of the table generated from PETRARCH2's verbs count only where the TimeML scorer
#: does not rule the word out (tuned on the tune half of TBAQ: held-out event F1 0.770 -> 0.802)
GENERATED, GENERATED_GATE = "events_petrarch.tsv", -1.0


@dataclass
class Tokens:
    starts: list[int]
    ends: list[int]
    words: list[str]  # lower case
    #: clause[i]: number of the clause token i is in (a new clause after , ; : . ...)
    clause: list[int]
    #: strong[i]: number of the strong clause (split at ; : . only)
    strong: list[int]


_PUNCT = r"|(?P<strong>[;:.!?()\[\]\n])|(?P<weak>[,«»“”\"—–])"
_SCAN = {k: re.compile(f"(?P<word>{rx.pattern})" + _PUNCT) for k, rx in _WORD.items()}


def tokenise(text: str, lang: str, start: int = 0, end: int | None = None) -> Tokens:
    """Words (lower case) with their offsets and clause numbers, in one regex pass."""
    rx = _SCAN["cyrillic" if lang in ("ru", "uk") else "latin"]
    starts, ends, words, clause, strong = [], [], [], [], []
    c = s = 0
    last = None  # the kind of the previous match: a boundary counts once between two words
    low = text.lower().replace("’", "'").replace("ʼ", "'")
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): match the text itself
        low = text
    same = low is not text
    for m in rx.finditer(low, start, len(text) if end is None else end):
        kind = m.lastgroup
        if kind == "word":
            if last == "strong":
                c += 1
                s += 1
            elif last == "weak":
                c += 1
            a, b = m.span()
            starts.append(a)
            ends.append(b)
            words.append(m.group() if same else m.group().lower().replace("’", "'").replace("ʼ", "'"))
            clause.append(c)
            strong.append(s)
            last = None
        elif kind == "strong" or last is None:
            last = kind
    return Tokens(starts, ends, words, clause, strong)


@dataclass
class Mention:
    i: int  # first token
    n: int  # tokens
    start: int
    end: int
    timeml_class: str
    trigger: Trigger | None
    polarity: str = "POS"
    timeml_modality: str | None = None
    modality: str = "asserted"
    cues: list[dict] = field(default_factory=list)
    confidence: float = 0.8


def _window(tok: Tokens, i: int, size: int, strong: bool = False):
    """Indices of up to ``size`` tokens before ``i`` in its clause, nearest first."""
    key = tok.strong if strong else tok.clause
    c = key[i]
    j = i - 1
    while j >= 0 and i - j <= size and key[j] == c:
        yield j
        j -= 1


def _cue(tok: Tokens, j: int, kind: str) -> dict:
    return {"kind": kind, "start": tok.starts[j], "end": tok.ends[j], "text": tok.words[j]}


#: nouns that look like conditional or future verbs ("retrait", "portrait")
NOT_VERB_ENDINGS = frozenset("retrait retraits portrait extrait trait attrait abstrait distrait soustrait era ère opéra".split())


def _ends(word: str, endings: tuple[str, ...]) -> bool:
    return word not in NOT_VERB_ENDINGS and any(word.endswith(e) and len(word) > len(e) + 2 for e in endings)


def _restriction(tok: Tokens, j: int, i: int, neg, restrictive, opener) -> bool:
    """Whether the particle at ``j`` opens a restriction, not a negation: French "ne … que"
    ("n'avoir remporté qu'une victoire", "je n'en ai vu que trois"): the opening particle has no
    second negation word after it, and a restrictive word ("que") follows the event closely."""
    w = tok.words
    if not opener.word(w[j]):
        return False
    for k in range(j + 1, min(len(w), i + 4)):
        if restrictive.word(w[k]) and k > i:
            return True
        if neg.word(w[k]) and not opener.word(w[k]):
            return False
    return False


def _governed_infinitive(tok: Tokens, j: int, i: int, lex: Lexicon) -> bool:
    """French "ne VERB pas [PARTICIPLE] [à|de|se] INFINITIVE": the negation bracket closes on the
    verb before the infinitive ("ne sait pas nager", "n'ont pas su expliquer", "n'hésitant pas à
    humaniser"), which is what it negates."""
    ends = lex.endings.get("infinitive_endings")
    neg, opener = lex.cues.get("negation"), lex.cues.get("negation_openers")
    w = tok.words
    if not ends or not neg or not opener or i <= j or not _ends(w[i], ends):
        return False
    if opener.word(w[j]):  # from "ne" to its particle ("n'ont pas su expliquer")
        j = next((k for k in range(j + 1, i) if neg.word(w[k]) and not opener.word(w[k])), j)
    if i - j > 3 or opener.word(w[j]):
        return False
    # a verb inside the bracket: the opener two to three words before the particle
    return any(opener.word(w[k]) for k in range(max(0, j - 3), j - 1))


def decide(m: Mention, tok: Tokens, lex: Lexicon, taken: set[int] | None = None) -> None:
    """Polarity, TimeML modality and sitrep modality (without claimed/background by date).

    A negation word negates the first event after it only ("not expected to start": the
    expecting is negated, not the start); ``taken`` holds the negation words already used."""
    cues = lex.cues
    i, w = m.i, tok.words
    # fast path: no cue word at all in reach, and no conditional / future verb ending
    anyc = lex.any_cue
    if not any(anyc.word(w[j]) for j in _window(tok, i, GOV_WINDOW, strong=True)):
        ends = lex.all_endings
        if not ends or not (_ends(w[i], ends) or (i > 0 and _ends(w[i - 1], ends))):
            return
    neg = cues.get("negation")
    restrictive, opener = cues.get("restrictive"), cues.get("negation_openers")
    taken = set() if taken is None else taken
    for j in _window(tok, i, NEG_WINDOW):
        if neg and neg.word(w[j]) and j not in taken:
            taken.add(j)
            # "not only", "no longer" are not negation of the event; "t" counts only after n-apostrophe
            if w[j] == "t" and not (j > 0 and w[j - 1].endswith("n")):
                continue
            if restrictive and opener and _restriction(tok, j, i, neg, restrictive, opener):
                continue
            if _governed_infinitive(tok, j, i, lex):
                break  # "n'ont pas su expliquer": the negation is the governing verb's
            m.polarity = "NEG"
            m.cues.append(_cue(tok, j, "negation"))
            break
    modal = cues.get("modal")
    for j in _window(tok, i, 3):
        if modal and modal.word(w[j]):
            m.timeml_modality = w[j]
            break
    if m.polarity == "NEG":
        m.modality = "negated"
        return
    for j in _window(tok, i, GOV_WINDOW, strong=True):
        if cues.get("denial") and cues["denial"].word(w[j]) and j != i:
            m.modality = "denied"
            m.cues.append(_cue(tok, j, "denial"))
            return
        if cues.get("negating_governors") and cues["negating_governors"].at(w, j) and j != i:
            # "refused to reveal": the governed event is negated; a negation of the governor
            # ("did not refuse") cancels it
            if any(neg and neg.word(w[k]) for k in _window(tok, j, NEG_WINDOW)):
                break
            m.modality = "negated"
            m.cues.append(_cue(tok, j, "negating_governor"))
            return
    hyp, fut = cues.get("hypothetical"), cues.get("future")
    cond = lex.endings.get("conditional_endings") or ()
    fend = lex.endings.get("future_endings") or ()
    prev = [j for j in _window(tok, i, MODAL_WINDOW)]
    if cond and (_ends(w[i], cond) or (prev and _ends(w[prev[0]], cond))):
        m.modality = "hypothetical"
        m.cues.append(_cue(tok, prev[0] if prev and _ends(w[prev[0]], cond) else i, "conditional"))
        return
    for j in prev + [k for k in _window(tok, i, GOV_WINDOW, strong=True) if k not in prev]:
        if hyp and hyp.at(w, j):
            m.modality = "hypothetical"
            m.cues.append(_cue(tok, j, "hypothetical"))
            return
        if j in prev and fut and fut.at(w, j):
            m.modality = "future"
            m.cues.append(_cue(tok, j, "future"))
            return
    if fend and (_ends(w[i], fend) or (prev and _ends(w[prev[0]], fend) and w[prev[0]] in ("sera", "seront", "буде", "будуть"))):
        m.modality = "future"
        m.cues.append(_cue(tok, i, "future"))
        return
    bg = cues.get("background")
    for j in prev:
        if bg and bg.at(w, j):
            m.modality = "background"
            m.cues.append(_cue(tok, j, "background"))
            return


#: words after which a trigger is a noun (a determiner, a preposition...): the TimeML table is
#: not needed there, the trigger lexicon decides
STOP_EVENT = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                        "est", "sont", "été", "être", "a", "ont", "avait", "avaient"})


def find(tok: Tokens, lex: Lexicon, text: str = "", threshold: float = 0.5) -> list[Mention]:
    """Every event mention of a tokenised span: triggers, then words the TimeML scorer takes
    for events (the word table's class, else OCCURRENCE)."""
    out: list[Mention] = []
    words = tok.words
    table = lex.triggers
    tml = lex.timeml
    scorer = lex.scorer
    starts = tok.starts
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        hit = table.lookup(words, i)
        if hit is not None and scorer is not None and hit[0].source == GENERATED and \
                scorer.score(words, i, bool(text) and text[starts[i]].isupper()) <= GENERATED_GATE:
            hit = None  # a verb of the generated English table used as a noun ("forces", "talks")
        if hit is not None:
            trig, k = hit
            p = tml.get(w)
            cls = p[1] if p and p[0] >= threshold else trig.timeml_class
            out.append(Mention(i, k, tok.starts[i], tok.ends[i + k - 1], cls, trig))
            i += k
            continue
        if scorer is not None:
            if len(w) > 1 and not w[0].isdigit():
                cap = bool(text) and text[starts[i]].isupper()
                ws = scorer.word_score(w, cap)
                # the neighbours can add at most scorer.context_max: most words stop here
                if ws + scorer.context_max > scorer.threshold and scorer.score(words, i, cap) > scorer.threshold:
                    p = tml.get(w)
                    out.append(Mention(i, 1, starts[i], tok.ends[i], p[1] if p else "OCCURRENCE", None,
                                       confidence=0.6))
        else:
            p = tml.get(w)
            if p is not None and p[0] >= threshold and w not in STOP_EVENT:
                out.append(Mention(i, 1, starts[i], tok.ends[i], p[1], None, confidence=round(p[0], 2)))
        i += 1
    taken: set[int] = set()
    for m in out:
        decide(m, tok, lex, taken)
    return out
