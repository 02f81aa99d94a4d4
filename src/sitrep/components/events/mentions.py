"""Event mentions (TimeML sense: every eventuality) with polarity and modality decided once.

A mention is a trigger of the PLOVER lexicon, or a word the TimeML word table marks as an event
more often than not.  Its polarity (POS / NEG), its TimeML modality (the modal word) and its
sitrep modality (asserted, negated, hypothetical, future, denied, background are decided here;
claimed is added by the arguments stage) come from cues in a short window before it, in the
same clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, compress, repeat
from operator import add, and_, gt, itemgetter, or_
from dataclasses import dataclass, field

from .lexicon import Lexicon, Trigger, TypeCache
from .scorer import Scorer, context_features, word_features  # noqa: F401  (re-exported)

#: words (letters, inner hyphens; ru/uk also inner apostrophes) and numbers
_NUMBER = r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?![\d])"
_LETTERS = {"latin": r"[^\W\d_]+(?:-[^\W\d_]+)*", "cyrillic": r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*"}
_WORD = {k: re.compile(_NUMBER + "|" + letters) for k, letters in _LETTERS.items()}
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


#: one capturing group: ``split`` alternates the text between words and the words themselves
#: (letters first: the two alternatives start differently, and letters are the more frequent)
_SPLIT = {k: re.compile(f"({letters}|{_NUMBER})") for k, letters in _LETTERS.items()}


class _Gaps(dict):
    """The text between two words -> (1 if it holds a clause boundary, 1 if a strong one), computed once
    per distinct gap (most are one space); bounded."""

    def __missing__(self, gap: str) -> tuple[int, int]:
        flags = (int(_CLAUSE.search(gap) is not None), int(_STRONG.search(gap) is not None))
        if len(gap) <= 16 and len(self) < 50_000:
            self[gap] = flags
        return flags


_GAPS = _Gaps()
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def tokenise(text: str, lang: str, start: int = 0, end: int | None = None) -> Tokens:
    """Words (lower case) with their offsets and clause numbers.

    One ``re.split`` pass: the pieces alternate gap, word, gap ... so offsets are running sums of
    the pieces' lengths, and a word opens a new clause when the gap before it holds a boundary
    (``_CLAUSE``; a new strong clause: ``_STRONG``), counted once per gap."""
    rx = _SPLIT["cyrillic" if lang in ("ru", "uk") else "latin"]
    low = text.lower().replace("’", "'").replace("ʼ", "'")
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): match the text itself
        low = text
    stop = len(text) if end is None else end
    pieces = rx.split(low[start:stop] if start or stop != len(low) else low)
    offsets = list(accumulate(map(len, pieces), initial=start))
    words = pieces[1::2]
    if low is text:
        words = [w.lower().replace("’", "'").replace("ʼ", "'") for w in words]
    flags = list(map(_GAPS.__getitem__, pieces[0::2]))
    flags.pop()  # the gap after the last word
    clause = list(accumulate(map(_FIRST, flags)))
    strong = list(accumulate(map(_SECOND, flags)))
    return Tokens(offsets[1:-1:2], offsets[2::2], words, clause, strong)


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


def _window(tok: Tokens, i: int, size: int, strong: bool = False) -> range:
    """Indices of up to ``size`` tokens before ``i`` in its clause, nearest first (clause
    numbers never decrease: the clause's first token is found by bisection)."""
    key = tok.strong if strong else tok.clause
    return range(i - 1, bisect_left(key, key[i], max(0, i - size), i) - 1, -1)


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
    i, w = m.i, tok.words
    # fast path: no cue word at all in reach, and no conditional / future verb ending
    anyc = lex.any_cue
    if not any(anyc.word(w[j]) for j in _window(tok, i, GOV_WINDOW, strong=True)):
        ends = lex.all_endings
        if not ends or not (_ends(w[i], ends) or (i > 0 and _ends(w[i - 1], ends))):
            return
    _decide(m, tok, lex, set() if taken is None else taken)


def _on(ws):
    """A cue list, or None when the language has none (tested once, not at every word)."""
    return ws if ws else None


def _decide(m: Mention, tok: Tokens, lex: Lexicon, taken: set[int]) -> None:
    """:func:`decide` past its fast path."""
    cues = lex.cues
    i, w = m.i, tok.words
    neg = _on(cues.get("negation"))
    restrictive, opener = _on(cues.get("restrictive")), _on(cues.get("negation_openers"))
    if neg is not None:
        for j in _window(tok, i, NEG_WINDOW):
            if neg.word(w[j]) and j not in taken:
                taken.add(j)
                # "not only", "no longer" are not negation of the event; "t" counts only after n-apostrophe
                if w[j] == "t" and not (j > 0 and w[j - 1].endswith("n")):
                    continue
                if restrictive is not None and opener is not None and _restriction(tok, j, i, neg, restrictive, opener):
                    continue
                if _governed_infinitive(tok, j, i, lex):
                    break  # "n'ont pas su expliquer": the negation is the governing verb's
                m.polarity = "NEG"
                m.cues.append(_cue(tok, j, "negation"))
                break
    modal = _on(cues.get("modal"))
    if modal is not None:
        for j in _window(tok, i, 3):
            if modal.word(w[j]):
                m.timeml_modality = w[j]
                break
    if m.polarity == "NEG":
        m.modality = "negated"
        return
    denial, governors = _on(cues.get("denial")), _on(cues.get("negating_governors"))
    for j in _window(tok, i, GOV_WINDOW, strong=True):
        if denial is not None and denial.word(w[j]) and j != i:
            m.modality = "denied"
            m.cues.append(_cue(tok, j, "denial"))
            return
        if governors is not None and governors.at(w, j) and j != i:
            # "refused to reveal": the governed event is negated; a negation of the governor
            # ("did not refuse") cancels it
            if neg is not None and any(neg.word(w[k]) for k in _window(tok, j, NEG_WINDOW)):
                break
            m.modality = "negated"
            m.cues.append(_cue(tok, j, "negating_governor"))
            return
    hyp, fut = _on(cues.get("hypothetical")), _on(cues.get("future"))
    cond = lex.endings.get("conditional_endings") or ()
    fend = lex.endings.get("future_endings") or ()
    prev = list(_window(tok, i, MODAL_WINDOW))
    if cond and (_ends(w[i], cond) or (prev and _ends(w[prev[0]], cond))):
        m.modality = "hypothetical"
        m.cues.append(_cue(tok, prev[0] if prev and _ends(w[prev[0]], cond) else i, "conditional"))
        return
    if hyp is not None or fut is not None:
        for j in prev + [k for k in _window(tok, i, GOV_WINDOW, strong=True) if k not in prev]:
            if hyp is not None and hyp.at(w, j):
                m.modality = "hypothetical"
                m.cues.append(_cue(tok, j, "hypothetical"))
                return
            if fut is not None and j in prev and fut.at(w, j):
                m.modality = "future"
                m.cues.append(_cue(tok, j, "future"))
                return
    if fend and (_ends(w[i], fend) or (prev and _ends(w[prev[0]], fend) and w[prev[0]] in ("sera", "seront", "буде", "будуть"))):
        m.modality = "future"
        m.cues.append(_cue(tok, i, "future"))
        return
    bg = _on(cues.get("background"))
    if bg is not None:
        for j in prev:
            if bg.at(w, j):
                m.modality = "background"
                m.cues.append(_cue(tok, j, "background"))
                return


#: words after which a trigger is a noun (a determiner, a preposition...): the TimeML table is
#: not needed there, the trigger lexicon decides
STOP_EVENT = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                        "est", "sont", "été", "être", "a", "ont", "avait", "avaient"})


class _Tables:
    """Per-word-type tables of one lexicon for :func:`find`: whether a word may start a trigger,
    its TimeML scorer weights (alone, as the previous word, as the next word), whether it is a
    polarity / modality cue word or ends like a conditional / future verb.  Filled as words are
    seen, bounded (:class:`.lexicon.TypeCache`)."""

    def __init__(self, lex: Lexicon) -> None:
        table, sc = lex.triggers, lex.scorer
        self.trigger = TypeCache(lambda w: bool(table.phrases.get(w)) or table.single(w) is not None)
        if sc is not None:
            wts = sc.w
            # a word of one letter or a number is never a mention of its own: -inf never passes
            self.alone = TypeCache(lambda w: sc.word_score_uncached(w, False) if len(w) > 1 and not w[0].isdigit() else _NO_SCORE)
            self.alone_cap = TypeCache(lambda w: sc.word_score_uncached(w, True) if len(w) > 1 and not w[0].isdigit() else _NO_SCORE)
            #: the weights of words as the previous and as the next word
            self.prev = {f[2:]: v for f, v in wts.items() if f.startswith("p=")}
            self.next = {f[2:]: v for f, v in wts.items() if f.startswith("n=")}
            self.first, self.last = wts.get("p=<s>", 0.0), wts.get("n=</s>", 0.0)
        self.cue = TypeCache(lex.any_cue.word) if lex.any_cue is not None else None
        ends = lex.all_endings
        self.ending = TypeCache(lambda w: _ends(w, ends))
        #: threshold -> word -> a TimeML-table event (languages without a scorer)
        self.timeml: dict[float, TypeCache] = {}


_NO_SCORE = float("-inf")


def _tables(lex: Lexicon) -> _Tables:
    t = lex.fast.get("mentions")
    if t is None:
        t = lex.fast["mentions"] = _Tables(lex)
    return t


def find(tok: Tokens, lex: Lexicon, text: str = "", threshold: float = 0.5) -> list[Mention]:
    """Every event mention of a tokenised span: triggers, then words the TimeML scorer takes
    for events (the word table's class, else OCCURRENCE).

    The tests run once per word type and, over the whole span, in C loops (``map`` over the
    per-type tables): only the tokens that may start a trigger or that the scorer takes for an
    event are looked at one by one."""
    out: list[Mention] = []
    words = tok.words
    n = len(words)
    if not n:
        return out
    table, tml, scorer = lex.triggers, lex.timeml, lex.scorer
    starts, ends = tok.starts, tok.ends
    f = _tables(lex)
    trig = list(map(f.trigger.__getitem__, words))
    if scorer is not None:
        caps = list(map(str.isupper, map(text.__getitem__, starts))) if text else [False] * n
        alone = list(map(f.alone.__getitem__, words))
        for i in compress(range(n), caps):
            alone[i] = f.alone_cap[words[i]]
        zero = repeat(0.0)
        prev = [f.first]  # prev[i]: the weight of word i - 1 as the previous word
        prev.extend(map(f.prev.get, words[:-1], zero))
        nxt = list(map(f.next.get, words[1:], zero))
        nxt.append(f.last)
        thr = scorer.threshold
        # the word alone plus the most its neighbours can add, then the word with its neighbours:
        # the same sums in the same order as Scorer.score
        ok = list(map(and_, map(gt, map(add, alone, repeat(scorer.context_max)), repeat(thr)),
                      map(gt, map(add, map(add, alone, prev), nxt), repeat(thr))))
    else:
        tcache = f.timeml.get(threshold)
        if tcache is None:
            tcache = f.timeml[threshold] = TypeCache(
                lambda w: (p := tml.get(w)) is not None and p[0] >= threshold and w not in STOP_EVENT)
        ok = list(map(tcache.__getitem__, words))
    after = 0  # the first token after the last trigger (a phrase covers several)
    for i in compress(range(n), map(or_, trig, ok)):
        if i < after:
            continue
        w = words[i]
        hit = table.lookup(words, i) if trig[i] else None
        if hit is not None and scorer is not None and hit[0].source == GENERATED and \
                scorer.score(words, i, caps[i]) <= GENERATED_GATE:
            hit = None  # a verb of the generated English table used as a noun ("forces", "talks")
        if hit is not None:
            trg, k = hit
            p = tml.get(w)
            cls = p[1] if p and p[0] >= threshold else trg.timeml_class
            out.append(Mention(i, k, starts[i], ends[i + k - 1], cls, trg))
            after = i + k
        elif ok[i]:
            p = tml.get(w)
            if scorer is not None:
                out.append(Mention(i, 1, starts[i], ends[i], p[1] if p else "OCCURRENCE", None, confidence=0.6))
            else:
                out.append(Mention(i, 1, starts[i], ends[i], p[1], None, confidence=round(p[0], 2)))
    if not out:
        return out
    # decide()'s own first test, for every mention at once: no cue word among the GOV_WINDOW
    # words before it in its strong clause (prefix sums of the cue flags) and no verb ending
    cue, strong, ending, has_ends = f.cue, tok.strong, f.ending, bool(lex.all_endings)
    csum = list(accumulate(map(cue.__getitem__, words), initial=0)) if cue is not None else None
    taken: set[int] = set()
    for m in out:
        i = m.i
        if csum is not None:
            first = bisect_left(strong, strong[i], max(0, i - GOV_WINDOW), i)
            if csum[i] == csum[first] and not (has_ends and (ending[words[i]] or (i > 0 and ending[words[i - 1]]))):
                continue
        _decide(m, tok, lex, taken)
    return out
