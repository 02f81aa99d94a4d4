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
from functools import lru_cache, reduce
from itertools import compress, repeat
from operator import attrgetter, is_not, itemgetter, or_
from dataclasses import dataclass, field

import numpy as np

from .lexicon import ACLED_EVENT_CUES, GENERATED_TABLE, Lexicon, Trigger, WordSet, violence_words
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
GENERATED, GENERATED_GATE = GENERATED_TABLE, -1.0


@dataclass
class Tokens:
    starts: list[int]
    ends: list[int]
    words: list[str]  # lower case
    #: clause[i]: number of the clause token i is in (a new clause after , ; : . ...)
    clause: list[int]
    #: strong[i]: number of the strong clause (split at ; : . only)
    strong: list[int]
    #: ``strong`` as a numpy array (None: made from the list when needed)
    strong_array: "np.ndarray | None" = field(default=None, repr=False, compare=False)
    #: ``starts`` as a numpy array (None: made from the list when needed)
    starts_array: "np.ndarray | None" = field(default=None, repr=False, compare=False)
    #: the words' ids in a lexicon's vocabulary (set by :func:`find`), and that vocabulary
    ids: "np.ndarray | None" = field(default=None, repr=False, compare=False)
    vocab: object = field(default=None, repr=False, compare=False)
    #: vocabulary column name -> the tokens whose word has it set, in order (:func:`marked`)
    marks: dict = field(default_factory=dict, repr=False, compare=False)


def marked(tok: Tokens, column: str) -> "list[int] | None":
    """The tokens whose word has the events vocabulary's boolean ``column`` set (``agent``,
    ``light``, ``instrument``, ``violence``: see :class:`_Vocab`), in order: the column read once per article,
    so that a window's test is a bisection. None when the tokens have no vocabulary ids."""
    found = tok.marks.get(column)
    if found is None:
        if tok.ids is None:
            return None
        # (the arrays here are 1-D: ``nonzero()[0]``, without ``np.flatnonzero``'s Python wrappers)
        found = tok.marks[column] = getattr(tok.vocab, column)[tok.ids].nonzero()[0].tolist()
    return found


def marked_in(tok: Tokens, column: str, ws: WordSet, lo: int, hi: int):
    """The tokens ``j`` in ``[lo, hi)`` (``lo`` clipped at 0), in order, whose word is a word of
    ``ws`` (``ws.word``): the vocabulary's ``column`` holds that test for each word type."""
    found = marked(tok, column)
    if found is None:
        words = tok.words
        return [j for j in range(max(0, lo), hi) if ws.word(words[j])]
    return found[bisect_left(found, lo):bisect_left(found, hi)]


def any_in(positions: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted ``positions`` is in ``[lo, hi)``."""
    k = bisect_left(positions, lo)
    return k < len(positions) and positions[k] < hi


#: what joins two runs of letters into one word: a hyphen (ru/uk also an apostrophe)
_JOINERS = {"latin": "-", "cyrillic": r"['’ʼ\-]"}


def _split_source(script: str, letter: str = r"[^\W\d_]", digit: str = r"\d", alnum: str = r"[^\W_]") -> str:
    """``tokenise``'s split pattern over the given one-character classes (a letter, a digit,
    either). One capturing group: ``split`` alternates the text between words and the words
    themselves. The same matches as ``(letters|number)``: the group opens with one character class
    (a letter or a digit: the regex engine skips the text between words without trying a match at
    each character), and a lookbehind at that character tells a word from a number; the letters
    after the first and the hyphen / apostrophe tails are possessive, as nothing after them can
    fail (so the engine keeps no backtracking state for them)."""
    return (rf"({alnum}(?:(?<={letter}){letter}*(?:{_JOINERS[script]}{letter}+)*+"
            rf"|(?<={digit}){digit}*(?:[.,\u00a0\u202f ]{digit}{{3}})*(?!{digit})))")


_SPLIT = {k: re.compile(_split_source(k)) for k in _JOINERS}


@lru_cache(maxsize=None)
def _bmp_class(category: str) -> str:
    """The characters of the Basic Multilingual Plane that the one-character class ``category``
    matches, as a class of ranges (``[\\u0041-\\u005a...]``): ``re`` compiles it to a bitmap
    read by the character's code, where a category asks Unicode's tables at each character
    it tests (about a third of the split's time). Made from the category itself, so it holds
    the same characters (``test_tokenise_paths`` checks every one)."""
    bmp = "".join(map(chr, range(0x10000)))
    return "[" + "".join(f"\\u{ord(m.group()[0]):04x}-\\u{ord(m.group()[-1]):04x}"
                         for m in re.finditer(category + "+", bmp)) + "]"


@lru_cache(maxsize=None)
def _bmp_split(script: str) -> re.Pattern:
    """:data:`_SPLIT` with the Basic Multilingual Plane's letters and digits as classes of ranges:
    the same pieces as the category pattern for a text with no character outside the BMP (a
    character outside it is never part of a word here: :func:`tokenise` splits again with
    :data:`_SPLIT` when one is found between two words). Made at the first text of each script
    (about 50 ms for both; ``sitrep bench``'s warm-up pays it)."""
    return re.compile(_split_source(script, *map(_bmp_class, (r"[^\W\d_]", r"\d", r"[^\W_]"))))


#: the boundary bits of a gap (:class:`_Gaps`): a clause boundary, a strong one, a character
#: outside the Basic Multilingual Plane; the gap's length above them
CLAUSE_GAP, STRONG_GAP, OUTSIDE_BMP = 1, 2, 4
GAP_BITS = 3
_OUTSIDE_BMP = re.compile("[\U00010000-\U0010ffff]")


class _Gaps(dict):
    """The text between two words -> its length and boundary bits, as one int (``len(gap) <<
    GAP_BITS`` | the bits): :data:`CLAUSE_GAP` if it holds a clause boundary (``_CLAUSE``),
    :data:`STRONG_GAP` if it holds a strong one (``_STRONG``), :data:`OUTSIDE_BMP` if it holds a
    character outside the Basic Multilingual Plane: computed once per distinct gap (most are one
    space); bounded."""

    def __missing__(self, gap: str) -> int:
        value = ((len(gap) << GAP_BITS)
                 | (CLAUSE_GAP if _CLAUSE.search(gap) is not None else 0)
                 | (STRONG_GAP if _STRONG.search(gap) is not None else 0)
                 | (OUTSIDE_BMP if _OUTSIDE_BMP.search(gap) is not None else 0))
        if len(gap) <= 16 and len(self) < 50_000:
            self[gap] = value
        return value


#: (one dict read for a gap's length and both boundaries, in a C loop)
_GAPS = _Gaps()


def _split(rx: re.Pattern, text: str) -> tuple[list[str], np.ndarray]:
    """``rx.split(text)`` (gap, word, gap, ..., gap) and its gaps' :class:`_Gaps` values."""
    pieces = rx.split(text)
    return pieces, np.fromiter(map(_GAPS.__getitem__, pieces[0::2]), dtype=np.intp, count=len(pieces) // 2 + 1)


def tokenise(text: str, lang: str, start: int = 0, end: int | None = None) -> Tokens:
    """Words (lower case) with their offsets and clause numbers.

    One ``re.split`` pass: the pieces alternate gap, word, gap ... so offsets are running sums of
    the pieces' lengths, and a word opens a new clause when the gap before it holds a boundary
    (``_CLAUSE``; a new strong clause: ``_STRONG``), counted once per gap."""
    script = "cyrillic" if lang in ("ru", "uk") else "latin"
    low = text.lower().replace("’", "'").replace("ʼ", "'")
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): match the text itself
        low = text
    stop = len(text) if end is None else end
    span = low[start:stop] if start or stop != len(low) else low
    pieces, gaps = _split(_bmp_split(script), span)
    if np.bitwise_or.reduce(gaps) & OUTSIDE_BMP:  # (a letter or digit there would be a word's)
        pieces, gaps = _split(_SPLIT[script], span)
    words = pieces[1::2]
    n = len(words)
    # running sums in numpy, back as lists of ints: ends[k] = start + the lengths of the gaps and
    # words up to word k (the gaps' from their ``_GAPS`` values), starts[k] = ends[k] - its length
    lengths = np.fromiter(map(len, words), dtype=np.intp, count=n)
    if low is text:
        words = [w.lower().replace("’", "'").replace("ʼ", "'") for w in words]
    # the gaps before the words (not the one after the last word): a new clause after a gap
    # with a boundary
    # (array methods: the same calls as ``np.cumsum`` / ``np.searchsorted`` without their Python wrappers)
    gaps = gaps[:-1]
    ends = ((gaps >> GAP_BITS) + lengths).cumsum()
    if start:
        ends += start
    starts = ends - lengths
    clause = (gaps & CLAUSE_GAP).cumsum()
    strong = ((gaps & STRONG_GAP) >> 1).cumsum()
    return Tokens(starts.tolist(), ends.tolist(), words, clause.tolist(), strong.tolist(), strong_array=strong,
                  starts_array=starts)


@dataclass(slots=True)
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
    #: the cue words found (a list from the first one on: most mentions have none)
    cues: "list[dict] | tuple" = ()
    confidence: float = 0.8
    #: the PLOVER type the events stage gives it (None: no event), the last value of its row
    plover: str | None = None


def _add_cue(m: Mention, cue: dict) -> None:
    if m.cues:
        m.cues.append(cue)
    else:
        m.cues = [cue]


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


def _cue_lists(lex: Lexicon) -> tuple:
    """The cue lists and verb endings :func:`_decide` reads, looked up once per lexicon."""
    cues, endings = lex.cues, lex.endings
    return (_on(cues.get("negation")), _on(cues.get("restrictive")), _on(cues.get("negation_openers")),
            _on(cues.get("modal")), _on(cues.get("denial")), _on(cues.get("negating_governors")),
            _on(cues.get("hypothetical")), _on(cues.get("future")),
            endings.get("conditional_endings") or (), endings.get("future_endings") or (),
            _on(cues.get("background")), _on(cues.get("modal_barrier")))


#: the cue kinds :func:`_decide` looks for, as bits of a word type's ``kinds`` (:class:`_Vocab`)
NEG, MODAL, DENIAL, GOVERNOR, HYP, FUT, BG = (1 << b for b in range(7))
ALL_KINDS = NEG | MODAL | DENIAL | GOVERNOR | HYP | FUT | BG
#: every kind but negation, future and background: a mention with none of them in reach, no verb
#: ending at it or the word before it, no negation word in its NEG_WINDOW and no future or
#: background cue in its MODAL_WINDOW is left as it is (:func:`find_rows`)
_FAR = ALL_KINDS & ~(NEG | FUT | BG)


def cue_kinds(lex: Lexicon, w: str) -> int:
    """The cue kinds a word may be or start (a bit per kind; 0 for a word that starts no cue)."""
    neg, _r, _o, modal, denial, governors, hyp, fut, _c, _f, bg, _b = _cue_table(lex)
    return ((NEG if neg is not None and neg.word(w) else 0)
            | (MODAL if modal is not None and modal.word(w) else 0)
            | (DENIAL if denial is not None and denial.word(w) else 0)
            | (GOVERNOR if governors is not None and governors.starts[w] else 0)
            | (HYP if hyp is not None and hyp.starts[w] else 0)
            | (FUT if fut is not None and fut.starts[w] else 0)
            | (BG if bg is not None and bg.starts[w] else 0))


def _cue_table(lex: Lexicon) -> tuple:
    cue_lists = lex.fast.get("decide")
    if cue_lists is None:
        cue_lists = lex.fast["decide"] = _cue_lists(lex)
    return cue_lists


class _KindsOf:
    """:func:`cue_kinds` of each token, computed when asked (:func:`_decide` without the
    vocabulary's per-token column)."""

    def __init__(self, lex: Lexicon, words: list[str]) -> None:
        self.lex, self.words = lex, words

    def __getitem__(self, j: int) -> int:
        return cue_kinds(self.lex, self.words[j])


def _month(tok: Tokens, j: int, lex: Lexicon) -> bool:
    """Whether the cue word at token ``j`` is a month's name next to a number ("On 3 May 2024",
    "May 12": ``month_cues`` in ``events_cues.yaml``), not the modal verb."""
    months = lex.cues.get("month_cues")
    if not months or not months.word(tok.words[j]):
        return False
    w = tok.words
    return (j > 0 and w[j - 1].isdigit()) or (j + 1 < len(w) and w[j + 1].isdigit())


def _decide(m: Mention, tok: Tokens, lex: Lexicon, taken: set[int], kinds: int = ALL_KINDS,
            token_kinds: "list[int] | None" = None) -> None:
    """:func:`decide` past its fast path. ``kinds``: the cue kinds (bits) present among the
    ``GOV_WINDOW`` words before the mention in its strong clause, a window that holds every
    window looked at here; a rule whose cue kind is absent is skipped. ``token_kinds[j]``: the
    cue kinds of token ``j`` (:func:`cue_kinds`, the vocabulary's column: whether a word is a
    cue of a kind, or may start one so that ``ws.at`` is worth trying)."""
    i, w = m.i, tok.words
    tk = token_kinds if token_kinds is not None else _KindsOf(lex, w)
    neg, restrictive, opener, modal, denial, governors, hyp, fut, cond, fend, bg, barrier = _cue_table(lex)
    if neg is not None and kinds & NEG:
        for j in _window(tok, i, NEG_WINDOW):
            if tk[j] & NEG and j not in taken:
                taken.add(j)
                # "not only", "no longer" are not negation of the event; "t" counts only after n-apostrophe
                if w[j] == "t" and not (j > 0 and w[j - 1].endswith("n")):
                    continue
                if restrictive is not None and opener is not None and _restriction(tok, j, i, neg, restrictive, opener):
                    continue
                if _governed_infinitive(tok, j, i, lex):
                    break  # "n'ont pas su expliquer": the negation is the governing verb's
                m.polarity = "NEG"
                _add_cue(m, _cue(tok, j, "negation"))
                break
    if modal is not None and kinds & MODAL:
        for j in _window(tok, i, 3):
            if tk[j] & MODAL and not _month(tok, j, lex):
                m.timeml_modality = w[j]
                break
    if m.polarity == "NEG":
        m.modality = "negated"
        return
    for j in _window(tok, i, GOV_WINDOW, strong=True) if kinds & (DENIAL | GOVERNOR) else ():
        if barrier and barrier.word(w[j]):
            # "declined to comment on the retreat", "denied responsibility after the strike": the
            # retreat, the strike are what the refusal or the denial is about, not what it negates
            break
        if tk[j] & DENIAL and j != i:
            m.modality = "denied"
            _add_cue(m, _cue(tok, j, "denial"))
            return
        if tk[j] & GOVERNOR and governors.at(w, j) and j != i:
            # "refused to reveal": the governed event is negated; a negation of the governor
            # ("did not refuse") cancels it
            if any(tk[k] & NEG for k in _window(tok, j, NEG_WINDOW)):
                break
            m.modality = "negated"
            _add_cue(m, _cue(tok, j, "negating_governor"))
            return
    prev = list(_window(tok, i, MODAL_WINDOW))
    if cond and (_ends(w[i], cond) or (prev and _ends(w[prev[0]], cond))):
        m.modality = "hypothetical"
        _add_cue(m, _cue(tok, prev[0] if prev and _ends(w[prev[0]], cond) else i, "conditional"))
        return
    if (hyp is not None or fut is not None) and kinds & (HYP | FUT):
        # "threatened to retaliate after the Israeli strike": a cue does not reach past "after"
        # (``modal_barrier``): the strike is what the threat answers, not what it threatens
        for j in prev + [k for k in _window(tok, i, GOV_WINDOW, strong=True) if k not in prev]:
            if barrier and barrier.word(w[j]):
                break
            if tk[j] & HYP and hyp.at(w, j) and not _month(tok, j, lex):
                m.modality = "hypothetical"
                _add_cue(m, _cue(tok, j, "hypothetical"))
                return
            if tk[j] & FUT and j in prev and fut.at(w, j):
                m.modality = "future"
                _add_cue(m, _cue(tok, j, "future"))
                return
    if fend and (_ends(w[i], fend) or (prev and _ends(w[prev[0]], fend) and w[prev[0]] in ("sera", "seront", "буде", "будуть"))):
        m.modality = "future"
        _add_cue(m, _cue(tok, i, "future"))
        return
    if bg is not None and kinds & BG:
        for j in prev:
            if tk[j] & BG and bg.at(w, j):
                m.modality = "background"
                _add_cue(m, _cue(tok, j, "background"))
                return


#: words after which a trigger is a noun (a determiner, a preposition...): the TimeML table is
#: not needed there, the trigger lexicon decides
STOP_EVENT = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                        "est", "sont", "été", "être", "a", "ont", "avait", "avaient"})


class _Vocab(dict):
    """``word -> id`` of one lexicon's word types, with per-type columns (numpy arrays indexed by
    the id) for :func:`find` and :func:`.numbers.find`: whether the word may start a trigger, its
    TimeML scorer weight alone (no capital; a capital adds the ``cap`` weight), as the previous
    and as the next word, the TimeML table's share of events (languages without a scorer),
    whether it is a polarity / modality cue word, ends like a conditional / future verb, may
    start a casualty word.

    One dict entry and a few array cells per word type, computed on first sight (for all the new
    words of an article at once); once it holds
    :attr:`limit` types it starts again empty (at the start of an article, so ids stay valid
    within one), so memory stays bounded on an endless stream of new words."""

    limit = 150_000

    def __init__(self, lex: Lexicon) -> None:
        super().__init__()
        self.lex = lex
        table, sc = lex.triggers, lex.scorer
        self._phrase = table.phrases.get
        self._singles = table.single_many
        self.scorer = sc
        if sc is not None:
            wts = sc.w
            self.prev_weight = {f[2:]: v for f, v in wts.items() if f.startswith("p=")}
            self.next_weight = {f[2:]: v for f, v in wts.items() if f.startswith("n=")}
            #: the weights of the first word's "previous word" and the last word's "next word"
            self.first, self.last = wts.get("p=<s>", 0.0), wts.get("n=</s>", 0.0)
            #: ``Scorer.word_score(w, True)`` is the sum of the same features plus ``cap``, last
            self.cap = wts.get("cap", 0.0)
        #: the TimeML table's class and share of events (rounded: a confidence) of each of its
        #: words: a mention of no trigger (:func:`find_rows`)
        self.plain_class = {w: p[1] for w, p in lex.timeml.items()}
        self.plain_confidence = {w: round(p[0], 2) for w, p in lex.timeml.items()}
        #: the first word of each trigger phrase -> the second words of its phrases (None when one
        #: is a ``prefix*``): a word followed by none of them starts no phrase (:func:`find_rows`)
        self.phrase_next = {w: None if any(rest[0].endswith("*") for rest, _t in entries) else
                            frozenset(rest[0] for rest, _t in entries) for w, entries in table.phrases.items()}
        self._cue = lex.any_cue.words_many if lex.any_cue is not None else None
        self._casualty = lex.casualty_any.starts_many
        self._ends = lex.all_endings
        #: the word sets whose entries may start at a word: the ACLED refinements' cues
        #: (:func:`.acled.refine`) and the unnamed agents (:func:`.arguments._generic_agent`)
        #: (each column from one set holding the entries of all: one pass over the new words)
        self._acled = WordSet.union(lex.cues[k] for k in ACLED_EVENT_CUES if lex.cues.get(k))
        self._agents = WordSet.union(lex.agents.values())
        #: every entry of the four word sets above: a new word none of them may start at (about
        #: 98 % of them) has all four columns false, and only the others are read set by set
        #: the light verbs (:func:`.arguments.fill`) and the first words of the weapons
        #: (:func:`._weapon_mode`): read at many words around each trigger
        self._light = lex.cues.get("light_verbs") or None
        self._instrument = lex.any_instrument or None
        #: what names violence (:func:`.lexicon.violence_words`): read over a whole article where it has a death word
        self._violence = violence_words(lex)
        self._any = WordSet.union(ws for ws in (lex.any_cue, lex.casualty_any, self._acled, self._agents,
                                                self._light, self._instrument, self._violence) if ws)
        self.reset()

    def reset(self, size: int = 4096) -> None:
        self.clear()
        #: the words given an id whose columns are not filled yet, in id order
        self.pending: list[str] = []
        # a language has either scorer columns or the TimeML table's (the other ones stay empty)
        size = max(size, 1)
        scored, table = (size, 0) if self.scorer is not None else (0, size)
        self.trig = np.zeros(size, dtype=bool)
        #: ``TriggerTable.single`` of each word (the one-word trigger, or None), by id
        self.single: list = []
        self.alone = np.zeros(scored)
        self.prev = np.zeros(scored)
        self.next = np.zeros(scored)
        self.tml = np.zeros(table)
        self.cue = np.zeros(size, dtype=np.int8)
        #: the cue kinds (bits, :func:`cue_kinds`) of the words that are or start a cue
        self.kinds = np.zeros(size, dtype=np.uint8)
        self.ending = np.zeros(size, dtype=bool)
        self.casualty = np.zeros(size, dtype=bool)
        self.acled = np.zeros(size, dtype=bool)
        self.agent = np.zeros(size, dtype=bool)
        #: ``word`` of the light verbs and of ``any_instrument``
        self.light = np.zeros(size, dtype=bool)
        self.instrument = np.zeros(size, dtype=bool)
        #: ``starts`` of :func:`.lexicon.violence_words` (an entry may start at the word)
        self.violence = np.zeros(size, dtype=bool)

    def _grow(self) -> None:
        size = len(self.trig) * 3 // 2 + 1  # (+50 %: less slack than doubling)
        for name in ("trig", "alone", "prev", "next", "tml", "cue", "kinds", "ending", "casualty", "acled", "agent",
                     "light", "instrument", "violence"):
            col = getattr(self, name)
            if len(col):  # (the columns the language does not use stay empty)
                wider = np.zeros(size, dtype=col.dtype)
                wider[:len(col)] = col
                setattr(self, name, wider)

    def add(self, words: list[str]) -> None:
        """Give the new words among ``words`` ids, and fill their columns (a map per column)."""
        for w in words:
            self[w]  # noqa: B018  (``__missing__`` gives a new word its id)
        if self.pending:
            self._fill()

    def _fill(self) -> None:
        """The columns of the :attr:`pending` words (ids ``len(self) - len(pending)`` and up; an
        article interrupted between ids and columns leaves them to the next one): each column in
        C loops over the new words (``*_many`` of the lexicon's tables), Python only for the few
        words with a trigger entry or a cue."""
        new = self.pending
        k1 = len(self)
        k0 = k1 - len(new)
        while k1 > len(self.trig):
            self._grow()
        single = self._singles(new)
        self.single[k0:] = single
        self.trig[k0:k1] = list(map(or_, map(is_not, single, repeat(None)), map(bool, map(self._phrase, new))))
        sc = self.scorer
        if sc is not None:
            # a word of one letter or a number is never a mention of its own: -inf never passes
            never = np.fromiter(map(_shorter_than_2, map(len, new)), dtype=bool, count=len(new))
            never |= np.fromiter(map(str.isdigit, map(itemgetter(0), new)), dtype=bool, count=len(new))
            self.alone[k0:k1] = sc.word_scores(new)
            self.alone[k0:k1][never] = _NO_SCORE
            self.prev[k0:k1] = list(map(self.prev_weight.get, new, repeat(0.0)))
            self.next[k0:k1] = list(map(self.next_weight.get, new, repeat(0.0)))
        else:
            # (Python only for the words of the TimeML table)
            tml = [_NO_SCORE] * len(new)
            for k in compress(range(len(new)), map(self.lex.timeml.__contains__, new)):
                tml[k] = self._tml(new[k])
            self.tml[k0:k1] = tml
        if self._ends:
            # (Python only for the words with one of the endings: ``str.endswith`` in a C loop)
            ending = [False] * len(new)
            for k in compress(range(len(new)), map(str.endswith, new, repeat(self._ends))):
                ending[k] = _ends(new[k], self._ends)
            self.ending[k0:k1] = ending
        # the cue, casualty, ACLED-cue and agent columns: zero (as new cells are) but for the few
        # words the union of their sets may start at (a prefix test costs as much as the rest of a
        # column: one for all four instead of one each)
        few = list(compress(range(len(new)), self._any.starts_many(new))) if self._any else []
        if few:
            some = [new[k] for k in few]
            at = np.array(few, dtype=np.intp) + k0
            if self._cue is not None:
                cue = self._cue(some)
                self.cue[at] = cue
                # a word that is or starts a cue of some kind is or starts an ``any_cue`` word
                for k, w in compress(zip(at.tolist(), some), cue):
                    self.kinds[k] = cue_kinds(self.lex, w)
            self.casualty[at] = self._casualty(some)
            if self._acled:
                self.acled[at] = self._acled.starts_many(some)
            if self._agents:
                self.agent[at] = self._agents.starts_many(some)
            if self._light is not None:
                self.light[at] = self._light.words_many(some)
            if self._instrument is not None:
                self.instrument[at] = self._instrument.words_many(some)
            if self._violence is not None:
                self.violence[at] = self._violence.starts_many(some)
        self.pending = []

    def _alone(self, w: str) -> float:
        """The ``alone`` column of one word (the plain rule :meth:`_fill` computes for many)."""
        return self.scorer.word_score_uncached(w, False) if len(w) > 1 and not w[0].isdigit() else _NO_SCORE

    def _tml(self, w: str) -> float:
        p = self.lex.timeml.get(w)
        return p[0] if p is not None and w not in STOP_EVENT else _NO_SCORE

    def _ending(self, w: str) -> bool:
        return w.endswith(self._ends) and _ends(w, self._ends)

    def __missing__(self, word: str) -> int:
        """A new word: the next id (its columns are filled by :meth:`ids`, for all the new words
        of the span at once)."""
        k = self[word] = len(self)
        self.pending.append(word)
        return k

    def ids(self, tok: Tokens) -> np.ndarray:
        """The ids of the span's words (kept on ``tok`` for the other stages of the article): one
        C loop over the words; a new word gets the next id on first sight (``__missing__``)."""
        if tok.ids is None or tok.vocab is not self:
            if len(self) >= self.limit:
                self.reset()
            tok.ids = np.fromiter(map(self.__getitem__, tok.words), dtype=np.intp, count=len(tok.words))
            if self.pending:
                self._fill()
            tok.vocab = self
        return tok.ids


_NO_SCORE = float("-inf")
#: ``str.isupper`` of each Latin-1 character
_UPPER_LATIN1 = np.array([chr(c).isupper() for c in range(256)])
_REPLACED = ord("?")


def capitalised(text: str, starts: "list[int] | np.ndarray") -> np.ndarray:
    """``text[s].isupper()`` for each of ``starts`` (the words' first letters; a list or an array),
    without a string and a call per word: the text encoded as Latin-1 (a byte a character, "?" for
    any other) read at the starts, through a table; a word starting with "?" (no word does: a
    character outside Latin-1) asks its character."""
    if not isinstance(starts, np.ndarray):
        starts = np.fromiter(starts, dtype=np.intp, count=len(starts))
    first = np.frombuffer(text.encode("latin-1", "replace"), dtype=np.uint8)[starts]
    caps = _UPPER_LATIN1[first]
    other = (first == _REPLACED).nonzero()[0]
    if len(other):
        caps[other] = [text[s].isupper() for s in starts[other].tolist()]
    return caps


_shorter_than_2 = (2).__gt__


def vocab(lex: Lexicon) -> _Vocab:
    v = lex.fast.get("vocab")
    if v is None:
        v = lex.fast["vocab"] = _Vocab(lex)
    return v


@dataclass
class Found:
    """The event mentions of a tokenised span (:func:`find_rows`), in token order: as
    ``event_mentions`` rows, with objects only for the mentions that need one."""

    #: ``(start, end, TimeML class, confidence, polarity, TimeML modality, sitrep modality, None)``
    #: (the last value: the PLOVER type the events stage gives a mention)
    rows: list[tuple]
    #: each mention's first token
    at: list[int]
    #: row index -> :class:`Mention`: the mentions of a trigger entry and those whose polarity or
    #: modality went through :func:`_decide` (every other mention is one word, no trigger, POS,
    #: asserted: its row says all there is)
    objects: dict[int, Mention]
    #: ``(row index, mention)`` of the mentions with a PLOVER trigger, in order
    triggers: list[tuple[int, Mention]]


def find(tok: Tokens, lex: Lexicon, text: str = "", threshold: float = 0.5) -> list[Mention]:
    """Every event mention of a tokenised span as a :class:`Mention` (:func:`find_rows`, each
    row without an object made one)."""
    found = find_rows(tok, lex, text, threshold)
    objects = found.objects
    return [objects.get(k) or Mention(i, 1, row[0], row[1], row[2], None, confidence=row[3])
            for k, (i, row) in enumerate(zip(found.at, found.rows))]


def find_rows(tok: Tokens, lex: Lexicon, text: str = "", threshold: float = 0.5) -> Found:
    """Every event mention of a tokenised span: triggers, then words the TimeML scorer takes
    for events (the word table's class, else OCCURRENCE).

    The tests run once per word type (:class:`_Vocab`) and, over the whole span, as array
    operations: only the tokens that may start a trigger are looked at one by one (a word the
    scorer takes for an event is a mention unless a trigger covers it: its row is made with the
    others', in C loops), and only the mentions with a cue word or a verb ending in reach go
    through the modality rules."""
    words = tok.words
    n = len(words)
    if not n:
        return Found([], [], {}, [])
    table, tml, scorer = lex.triggers, lex.timeml, lex.scorer
    starts, ends = tok.starts, tok.ends
    v = vocab(lex)
    ids = v.ids(tok)
    trig = v.trig[ids]
    if scorer is not None:
        caps = (capitalised(text, starts if tok.starts_array is None else tok.starts_array) if text
                else np.zeros(n, dtype=bool))
        alone = v.alone[ids]
        alone = np.where(caps, alone + v.cap, alone)
        prev = np.empty(n)  # prev[i]: the weight of word i - 1 as the previous word
        prev[0] = v.first
        prev[1:] = v.prev[ids[:-1]]
        nxt = np.empty(n)
        nxt[:-1] = v.next[ids[1:]]
        nxt[-1] = v.last
        thr = scorer.threshold
        # the word alone plus the most its neighbours can add, then the word with its neighbours:
        # the same sums in the same order as Scorer.score (IEEE doubles: the same floats)
        score = (alone + prev) + nxt
        ok = (alone + scorer.context_max > thr) & (score > thr)
    else:
        ok = v.tml[ids] >= threshold
    # the triggers, one by one: a mention starts at each hit; a phrase covers its other words; a
    # phrase that is no event ("-") starts no trigger at its words (each may still be an event)
    hit_at: list[int] = []
    hits: list[Mention] = []
    after = 0  # the first token after the last trigger (a phrase covers several)
    blocked = 0  # the first token after the last phrase that is no event ("-")
    phrase_next, single = v.phrase_next, v.single
    cand = trig.nonzero()[0]
    # (the score of each candidate: -inf, as its word alone, for a word the rule of ``alone``
    # rules out, whose score is then asked of the scorer)
    for i, wid, s in zip(cand.tolist(), ids[cand].tolist(), score[cand].tolist() if scorer is not None else repeat(None)):
        if i < after or i < blocked:
            continue
        w = words[i]
        # a phrase first (``TriggerTable.lookup``, only where the next word may go on one), else
        # the word's one-word trigger
        nx = phrase_next.get(w, False)
        if nx is False or (nx is not None and (i + 1 == n or words[i + 1] not in nx)):
            hit = single[wid]
        else:
            hit = table.lookup(words, i)
        if hit is None:
            continue
        trg, k = hit
        if s is not None and trg.source == GENERATED and \
                (s if s != _NO_SCORE else scorer.score(words, i, bool(caps[i]))) <= GENERATED_GATE:
            continue  # a verb of the generated English table used as a noun ("forces", "talks")
        if trg.plover == "-" and trg.source != GENERATED:
            # a phrase that is no PLOVER event ("с помощью": with the help of; "going to"): none of
            # its words starts a trigger, each may still be a TimeML event ("going")
            blocked = i + k
            continue
        p = tml.get(w)
        cls = p[1] if p and p[0] >= threshold else trg.timeml_class
        # a verb of the generated table marked no PLOVER event ("want"): the mention it makes,
        # with no trigger
        hit_at.append(i)
        hits.append(Mention(i, k, starts[i], ends[i + k - 1], cls, None if trg.plover == "-" else trg))
        after = i + k
    # the mentions: the words the scorer takes for events, but those a phrase covers, and the hits
    keep = ok
    if hits:
        keep[hit_at] = True
        for m in hits:
            if m.n > 1:
                keep[m.i + 1:m.i + m.n] = False
    at = keep.nonzero()[0]
    pos = at.tolist()
    if not pos:
        return Found([], [], {}, [])
    # every row as a plain mention's (one word, no trigger, POS, asserted), in C loops; the rows of
    # the hits and of the mentions decided below are then made from their objects
    mwords = list(map(words.__getitem__, pos))
    if scorer is not None:
        classes, confidence = map(v.plain_class.get, mwords, repeat("OCCURRENCE")), repeat(0.6)
    else:
        classes, confidence = map(v.plain_class.get, mwords), map(v.plain_confidence.get, mwords)
    rows = list(zip(map(starts.__getitem__, pos), map(ends.__getitem__, pos), classes, confidence,
                    repeat("POS"), repeat(None), repeat("asserted"), repeat(None)))
    hit_rows = at.searchsorted(hit_at).tolist() if hits else []
    objects = dict(zip(hit_rows, hits))
    # decide()'s own first test, for every mention at once: no cue word among the GOV_WINDOW
    # words before it in its strong clause (prefix sums of the cue flags) and no verb ending
    if lex.any_cue is not None:
        strong = tok.strong_array
        if strong is None:
            strong = np.fromiter(tok.strong, dtype=np.intp, count=n)  # (cheaper than ``asarray`` of a list)
        csum = np.zeros(n + 1, dtype=np.intp)
        v.cue[ids].cumsum(out=csum[1:])
        first = np.maximum(strong.searchsorted(strong[at]), np.maximum(at - GOV_WINDOW, 0))
        need = csum[at] != csum[first]
        if lex.all_endings:
            ending = v.ending[ids]
            near = ending[at]  # a verb ending at the mention or the word before it
            near[at > 0] |= ending[at[at > 0] - 1]
            need |= near
        todo = need.nonzero()[0]
        near_todo = near[todo].tolist() if lex.all_endings else repeat(False)
        # the cue kinds among those words: the rules whose cue is absent are skipped
        kinds = v.kinds[ids].tolist()
        table = _cue_table(lex)
        fut, bg = table[7], table[10]  # (not None where a word has the FUT / BG bit)
        taken: set[int] = set()
        for k, a, b, e in zip(todo.tolist(), first[todo].tolist(), at[todo].tolist(), near_todo):
            found_kinds = reduce(or_, kinds[a:b], 0)
            if not e and not found_kinds & _FAR:
                # only negation, future and background cues in reach (or none), and no conditional
                # / future ending at the mention or the word before it: every other rule of
                # _decide is skipped by its kind bit or fails on the ending; the negation rule
                # reads only the NEG_WINDOW words before it (and writes ``taken`` only at a
                # negation word there), the future and background ones only the MODAL_WINDOW
                # words before it (their own tests: a cue starting there; "in" alone is none)
                if not (found_kinds & NEG and any(kinds[j] & NEG for j in _window(tok, b, NEG_WINDOW))) and \
                        not any((kinds[j] & BG and bg.at(words, j)) or (kinds[j] & FUT and fut.at(words, j))
                                for j in _window(tok, b, MODAL_WINDOW)):
                    continue  # _decide would change nothing (test_fast_paths)
            m = objects.get(k)
            if m is None:
                row = rows[k]
                m = objects[k] = Mention(b, 1, row[0], row[1], row[2], None, confidence=row[3])
            _decide(m, tok, lex, taken, found_kinds, kinds)
    else:
        taken = set()
        for k, b in enumerate(pos):
            m = objects.get(k)
            if m is None:
                row = rows[k]
                m = objects[k] = Mention(b, 1, row[0], row[1], row[2], None, confidence=row[3])
            _decide(m, tok, lex, taken)
    for k, m in objects.items():
        rows[k] = _ROW(m)
    return Found(rows, pos, objects, [(k, m) for k, m in zip(hit_rows, hits) if m.trigger is not None])


#: a mention's ``event_mentions`` row (:attr:`Found.rows`)
_ROW = attrgetter("start", "end", "timeml_class", "confidence", "polarity", "timeml_modality", "modality", "plover")
