"""``sentences.v1``: tokens (spaCy's rule-based tokenisers) and sentences.

Sentence boundaries are decided on spaCy tokens by rules for news text:

- a sentence ends at terminal punctuation (``. ! ? …``), taking along the
  closing quotes and brackets that follow it, so ``« C'est fini. »`` keeps
  its ``»``; quotes are tracked (``« »``, ``“ ”``, ``„ “``, ``"``), so a
  quotation of several sentences is split inside and its close stays with its
  last sentence;
- abbreviations never end a sentence (``M.``, ``Dr.``, ``ул.``) or end one
  only before a capitalised word (``etc.``, ``г.``); the lists are per
  language in ``sitrep/data/<lang>/abbreviations.txt``;
- initials (``V. Zelensky``, ``И. Е. Конашенков``, ``W.H. Smith``) do not end
  a sentence;
- what follows shows whether a sentence starts: a comma, colon, closing
  bracket or a quote-closed reporting clause (``», a-t-il dit``, ``! —
  сказал он``) continues it; a lower-case word after a plain full stop,
  ``?`` or ``!`` starts a new one;
- datelines (``KYIV, Sept. 11 (Reuters) -``) stay with the first sentence,
  since month abbreviations never end one;
- a paragraph end always ends a sentence.
"""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from typing import Iterable, Iterator

from ..article import Annotation, Article
from ..pipeline import Component, register

#: Languages with their own spaCy tokeniser and abbreviation list.
SEGMENT_LANGUAGES = ("fr", "en", "ru", "uk")

TERMINAL = frozenset(".!?…")
DASHES = frozenset("-–—―")
#: A token starting with one of these continues the sentence before it.
CONTINUES = frozenset(",;:)]}%»”")
#: Quote and bracket pairs: opener -> closer.
PAIRS = {"«": "»", "‹": "›", "„": "“", "‚": "‘", "“": "”", "‘": "’", "(": ")", "[": "]", "{": "}"}
CLOSERS = frozenset(PAIRS.values()) | {'"'}
QUOTE_CLOSERS = frozenset("»›“‘”’\"")
MARKS = frozenset(PAIRS) | CLOSERS

#: A number, Arabic or Roman (centuries: "XIX в.", "XX ст.").
_NUMBER = re.compile(r"^(?:\d[\d.,:/-]*|[IVXLC]+)$")

# How the word before a full stop bears on a boundary.
NONE, NEVER, MAYBE, INITIAL = 0, 1, 2, 3


@lru_cache(maxsize=None)
def blank(lang: str | None):
    """spaCy's blank pipeline for ``lang`` (multi-language ``xx`` for others).

    Only the lexical attributes :func:`_kind` reads are computed for new
    words (spaCy computes some twenty, such as shape and stop-word status, for
    every word it has not seen); the tokenisation itself is untouched.
    """
    import spacy
    from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM

    code = lang if lang in SEGMENT_LANGUAGES else "xx"
    try:
        nlp = spacy.blank(code)
    except (ImportError, KeyError, ValueError):
        nlp = spacy.blank("xx")
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {
        k: getters[k] for k in (IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM) if k in getters
    }
    _number_words_as_sets(getters.get(LIKE_NUM))
    from .segment_affixes import speed_up

    speed_up(nlp)  # the same answers from spaCy's affix expressions, found faster
    return nlp


def _number_words_as_sets(like_num) -> None:
    """spaCy's ``like_num`` of English, Russian and Ukrainian tests ``text.lower() in
    _num_words`` against a list (a thousand Russian forms, scanned for every new word);
    the same strings as a frozenset give the same answers in constant time."""
    import sys

    module = sys.modules.get(getattr(like_num, "__module__", "") or "")
    for name in ("_num_words", "_ordinal_words"):
        words = getattr(module, name, None)
        if isinstance(words, list) and all(isinstance(w, str) for w in words):
            setattr(module, name, frozenset(words))


#: ``like_num``'s module -> the number-word collections that decide it for a word of letters
#: only, and whether the word is lower-cased first (see :func:`letter_numbers`)
_LETTER_NUMBERS = {
    "spacy.lang.en.lex_attrs": (("_num_words", "_ordinal_words"), True),
    "spacy.lang.fr.lex_attrs": (("_num_words", "_ordinal_words"), True),
    "spacy.lang.ru.lex_attrs": (("_num_words",), True),
    "spacy.lang.uk.lex_attrs": (("_num_words",), False),
    "spacy.lang.lex_attrs": ((), False),
}


def letter_numbers(like_num) -> tuple[frozenset[str], bool] | None:
    """spaCy's ``like_num`` (English, French, Russian, Ukrainian, the default) on a word of
    letters only (``str.isalpha``), as one set look-up: ``(words, lowered)`` such that it is
    true exactly when the word (lower-cased when ``lowered``) is in ``words``; ``None`` for
    any other ``like_num``.

    On such a word those functions' sign, separator, digit and fraction tests all fail (a
    letter is never a digit, ``+`` or ``/``; the ordinal-suffix test of English needs digits
    before ``st``/``nd``/``rd``/``th``), so only their look-ups in the number words are left;
    Ukrainian's is on the word as written, the default has none.
    ``tests/components/test_segment.py`` compares both on every number word in several cases."""
    import sys

    name = getattr(like_num, "__module__", "") or ""
    module = sys.modules.get(name)
    spec = _LETTER_NUMBERS.get(name)
    if spec is None or module is None or getattr(module, "like_num", None) is not like_num:
        return None
    names, lowered = spec
    words: set[str] = set()
    for attr in names:
        found = getattr(module, attr, None)
        if not isinstance(found, (set, frozenset, list, tuple)):
            return None
        words.update(found)
    return frozenset(words), lowered


def tokenizer(lang: str | None):
    """spaCy's tokeniser for ``lang``."""
    return blank(lang).tokenizer


@dataclass(frozen=True)
class Abbreviations:
    """Abbreviations of one language, lower-cased, without the final dot."""

    never: frozenset[str]  # never end a sentence: "M.", "Dr.", "ул."
    maybe: frozenset[str]  # end one before a capitalised word: "etc.", "Inc."
    after_number: frozenset[str]  # like maybe after a number ("2022 г."), else never ("г. Киев")
    before_number: frozenset[str]  # never before a number ("No. 5"), else a plain word ("say no.")
    #: (the word before, lower-cased; a capital letter) that names something, not an initial: "on X."
    letter_names: frozenset[tuple[str, str]] = frozenset()
    #: words an initialism with a full stop modifies inside a sentence ("U.S. President", "the U.N.
    #: Security Council"): a "maybe" initialism ends no sentence before one (``initialism_heads.txt``)
    heads: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def abbreviations(lang: str | None) -> Abbreviations:
    """The abbreviations for ``lang`` (with the shared ``xx`` list).

    In ``sitrep/data/<lang>/abbreviations.txt`` a line ``word`` never ends a
    sentence, ``word *`` may end one when the next word is capitalised, and
    ``word +`` may do so only after a number (a year: ``в 2022 г.``) and is
    otherwise never final (``г. Харьков``); ``word >`` is an abbreviation only
    before a number (``No. 5``) and otherwise a plain word (``say no.``).
    """
    sets: dict[str, set[str]] = {"": set(), "*": set(), "+": set(), ">": set()}
    for code in {lang or "xx", "xx"}:
        ref = resources.files("sitrep") / "data" / code / "abbreviations.txt"
        if not ref.is_file():
            continue
        for line in ref.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            word, _, flag = line.partition(" ")
            sets.get(flag.strip(), sets[""]).add(word.lower().rstrip("."))
    never = frozenset(sets[""])
    return Abbreviations(
        never,
        frozenset(sets["*"] - never),
        frozenset(sets["+"] - never),
        frozenset(sets[">"] - never),
        _letter_names(),
        _initialism_heads(lang),
    )


@lru_cache(maxsize=None)
def _initialism_heads(lang: str | None) -> frozenset[str]:
    """``data/<lang>/initialism_heads.txt`` (:attr:`Abbreviations.heads`); empty where there is none."""
    ref = resources.files("sitrep") / "data" / (lang or "xx") / "initialism_heads.txt"
    if not ref.is_file():
        return frozenset()
    return frozenset(w for line in ref.read_text(encoding="utf-8").splitlines()
                     if (w := line.split("#", 1)[0].strip()))


@lru_cache(maxsize=None)
def _letter_names() -> frozenset[tuple[str, str]]:
    """``data/xx/letter_names.txt``: a capital letter after one of these words names something
    ("posted on X."), so its full stop may end a sentence; the same in every language."""
    text = (resources.files("sitrep") / "data" / "xx" / "letter_names.txt").read_text(encoding="utf-8")
    pairs = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            word, _, letter = line.rpartition(" ")
            pairs.add((word.lower(), letter))
    return frozenset(pairs)


@dataclass
class Segmented:
    tokens: list[tuple[int, int, str]]  # start, end, kind
    sentences: list[tuple[int, int, float]]  # start, end, confidence


def _is_initials(stem: str) -> bool:
    """``V``, ``И``, ``W.H``, ``J.-P`` (capital letters joined by dots or hyphens)."""
    parts = stem.replace(".-", ".").split(".")
    return all(len(p) == 1 and p.isalpha() and p.isupper() for p in parts)


def _stem(words: list[str], i: int) -> tuple[str, int] | None:
    """The word a full stop at ``words[i]`` ends (dots of ``т. п.`` / ``e.g.``
    joined) and the index of the token before it."""
    w = words[i]
    if w == ".":
        if i == 0:
            return None
        stem, k = words[i - 1], i - 1
    elif w.endswith(".") and not w.endswith(".."):
        stem, k = w[:-1], i
    else:
        return None
    if not stem or not stem[-1].isalnum():
        return None
    # A lower-case letter after another one and a dot: "т. п.", "e. g.", "н. э.".
    if len(stem) == 1 and stem.islower() and k >= 1:
        prev = words[k - 1]
        if prev == "." and k >= 2 and len(words[k - 2]) == 1 and words[k - 2].isalpha():
            stem, k = words[k - 2] + "." + stem, k - 2
        elif len(prev) == 2 and prev[1] == "." and prev[0].isalpha():
            stem, k = prev[0] + "." + stem, k - 1
    return stem, k - 1


def _abbreviation(words: list[str], i: int, abbr: Abbreviations) -> int:
    """How the full stop ending ``words[i]`` (or standing alone) relates to an abbreviation."""
    found = _stem(words, i)
    if found is None:
        return NONE
    stem, before = found
    if len(stem) == 1 and stem.isupper():
        if before >= 0 and (words[before].lower(), stem) in abbr.letter_names:
            return MAYBE  # "posted on X. The army": a name, ends a sentence before a capital
        return INITIAL  # "V. Zelensky", "И. Е. Конашенков"
    low = stem.lower()
    if low in abbr.never:
        return NEVER
    if low in abbr.maybe:
        return MAYBE
    if low in abbr.before_number:
        return NEVER if i + 1 < len(words) and words[i + 1][0].isdigit() else NONE
    if low in abbr.after_number:
        return MAYBE if before >= 0 and _NUMBER.match(words[before]) else NEVER
    if "." in stem and _is_initials(stem):  # (one part: a single capital, taken above)
        return INITIAL  # "W.H. Smith", "J.-P. Raffarin"
    if len(stem) == 1 and stem.isalpha():
        return NEVER  # "p. 12", "с. 5": a lower-case letter and a dot
    if words[i] != ".":
        return MAYBE  # spaCy kept the dot on the word: it knows an abbreviation
    return NONE


def split_tokens(words: list[str], lang: str | None, spaced=None) -> list[tuple[int, float]]:
    """Token indices at which a new sentence starts, with a confidence.

    ``words`` are the token texts of one paragraph (no whitespace tokens);
    ``spaced[j]`` tells whether whitespace comes before ``words[j]`` (all true
    when not given; any object indexed like that list). The paragraph end is always
    a boundary and comes last, as ``(len(words), 1.0)``.
    """
    abbr = abbreviations(lang)
    listed = lang in SEGMENT_LANGUAGES
    n = len(words)
    if spaced is None:
        spaced = [True] * n
    cuts: list[tuple[int, float]] = []
    stack: list[str] = []  # expected closers of open quotes and brackets
    straight = False  # a straight double quote is open
    resume = 0  # tokens before this one were taken along with a mark
    # Only terminal marks, quotes and brackets matter: visit those alone.
    for i in [i for i, w in enumerate(words) if w[-1] in TERMINAL or w in MARKS]:
        if i < resume:
            continue
        w = words[i]
        last = w[-1]
        if last not in TERMINAL:
            if w == '"':
                straight = not straight
            elif w in PAIRS and not (w == "“" and stack and stack[-1] == "“"):
                stack.append(PAIRS[w])
            elif w in stack:
                while stack and stack.pop() != w:
                    pass
            continue
        kind = _abbreviation(words, i, abbr) if last == "." else NONE
        ellipsis = last == "…" or w.endswith("..")
        # Take closing quotes, brackets and further terminal marks along.
        j = i + 1
        closed = False  # a quote or bracket closed right after the mark
        while j < n:
            t = words[j]
            if t == '"':
                # Open, or glued to the mark and followed by a space: a closer.
                if not (straight or (not spaced[j] and (j + 1 == n or spaced[j + 1]))):
                    break
                straight = False
                closed = True
            elif t in CLOSERS:
                if t in stack:
                    while stack and stack.pop() != t:
                        pass
                elif t in (")", "]", "}", "’", "‘", "“"):
                    break  # not closing anything open here
                closed = True
            elif not all(c in TERMINAL for c in t):
                break
            j += 1
        if j >= n:
            break  # the paragraph end closes the sentence
        nxt = words[j]
        first = nxt[0]
        inside = bool(stack) or straight
        resume = j
        if first in CONTINUES or kind == NEVER or kind == INITIAL:
            continue
        if kind == MAYBE:
            # "etc. Le", "2022 г. Он": only a capitalised word starts a sentence ("U.S. President" aside:
            # an initialism before a word it modifies, :attr:`Abbreviations.heads`)
            if first.isupper() and not (nxt in abbr.heads and "." in (_stem(words, i) or ("",))[0]):
                cuts.append((j, 0.7))
            continue
        if all(c in DASHES for c in nxt):
            # "! — сказал он", "», — a-t-il dit": a dash and a lower-case word report speech.
            after = words[j + 1] if j + 1 < n else ""
            if not (closed or (after and after[0].islower())):
                cuts.append((j, 0.8))
            continue
        if ellipsis and not (first.isupper() or first in PAIRS or first == '"'):
            continue  # "attendez… il arrive", "in ... 2023"
        if first.islower():
            # A lower-case word after a plain stop starts a sentence, unless a
            # quote or bracket just closed: « Assez ! » crie-t-il. Languages
            # without their own abbreviation list keep the sentence going: an
            # unknown abbreviation ("u. a. bei") is likelier there.
            if not closed and listed:
                cuts.append((j, 0.6))
            continue
        cuts.append((j, 0.8 if inside else 0.95))
    cuts.append((n, 1.0))
    return cuts


def _kind(punct: int, num: int, alpha: int, text: str) -> str:
    if punct:
        return "PUNCT"
    if num:
        return "NUM"
    if alpha or any(c.isalnum() for c in text):
        return "WORD"
    return "SYM"


#: Token kinds, by number in the memo's codes (see :class:`Tokens`).
KINDS = ("WORD", "NUM", "PUNCT", "SYM")
_KIND_ID = {k: i for i, k in enumerate(KINDS)}
#: The first code of a chunk of several tokens (codes below: the kind of a one-token chunk).
MULTI = len(KINDS)
#: Distinct token layouts of chunks of several tokens kept before the memo starts afresh.
SHAPES_SIZE = 100_000


#: Whitespace-free chunks remembered per language in one generation of the memo: when it is
#: full it becomes the previous generation (the one before is dropped), so at most twice this
#: many are kept (memory flat on any corpus) and the chunks in use survive. 35,000 rather than 50,000: the
#: growth of `sitrep bench --repeat 10` 5.05-5.19 -> 4.80 MB per 1,000 articles, sentences.v1 +6-11 % on c2k
#: (docs/performance.md, "Main after the twelfth round").
MEMO_SIZE = 35_000


def _chunk_starts(text: str, chunks: list[str], base: int) -> Iterator[int]:
    """Where each of ``text.split()``'s chunks starts in ``text``, plus ``base``."""
    find = text.find
    pos = 0
    for chunk in chunks:
        pos = find(chunk, pos)
        yield base + pos
        pos += len(chunk)


class Tokens:
    """spaCy's tokeniser for one language, remembered per whitespace-free chunk.

    spaCy tokenises each run of non-space characters on its own; only its
    special cases containing a space (Russian ``в т.ч.``) look further.  Its
    own cache stops filling after the first special case met in a text (and
    after 10,000 entries), so the chunks' tokens are remembered here instead:
    chunks not seen yet are tokenised by spaCy together, one per line, and a
    paragraph containing a multi-word special case goes to spaCy whole.

    A chunk of letters only (``str.isalpha``) that is not one of spaCy's
    special cases ("cannot", "gonna") is one token without asking spaCy: none
    of its prefix, suffix or infix rules matches letters alone (they need
    punctuation, a digit or a symbol), so spaCy would return the chunk
    whole; its kind comes from the same lexical attribute functions spaCy
    calls. Most new words of a corpus are such chunks.  The tokens are exactly
    spaCy's (``tests/components/test_segment.py`` checks).
    """

    def __init__(self, lang: str | None) -> None:
        from spacy.attrs import IS_ALPHA, IS_PUNCT, LIKE_NUM

        self.nlp = blank(lang)
        rules = self.nlp.tokenizer.rules
        multi = [k for k in rules if " " in k.strip() and not k.isspace()]
        self.multi = _Literals(multi) if multi else None
        self.specials = frozenset(rules)
        tok = self.nlp.tokenizer
        self._prefix = tok.prefix_search
        self._suffix = tok.suffix_search
        self._infixes = tok.infix_finditer
        self._token_match = tok.token_match
        self._url_match = tok.url_match
        getters = self.nlp.vocab.lex_attr_getters
        never = _never
        self._is_punct = getters.get(IS_PUNCT, never)
        self._like_num = getters.get(LIKE_NUM, never)
        self._is_alpha = getters.get(IS_ALPHA, never)
        from spacy.lang import lex_attrs

        # spaCy's own is_punct / is_alpha: a word of letters is never punctuation and always
        # alphabetic, so its kind is NUM when like_num says so, else WORD (see _kind)
        self._letters_kind = (self._is_punct is lex_attrs.is_punct and self._is_alpha is lex_attrs.is_alpha)
        # like_num of a word of letters as a set look-up (``None``: call it)
        from .segment_affixes import never_within_letters

        # no prefix or suffix expression matches inside a word of letters (see _wrapped)
        self._letters_uncut = never_within_letters(self._prefix) and never_within_letters(self._suffix)
        self._letter_numbers = letter_numbers(self._like_num) if self._letters_kind else None
        # chunk -> one small int: its kind's number when the chunk is one token (most
        # words), else ``MULTI +`` the number of its layout in ``self.shapes`` (shared by all
        # chunks cut alike: "Kyiv," and "Lviv,"), which keeps the memo small.
        self.memo: dict[str, int] = {}
        self.old: dict[str, int] = {}  # the previous generation
        self._marks: dict[str, str] = {}  # mark character -> its kind
        self.shapes = _Shapes()

    def _direct(self, text: str) -> list[tuple[int, int, str]]:
        from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LENGTH, LIKE_NUM

        # New words live only as long as the memory zone: spaCy's vocabulary
        # does not grow with the corpus (the chunks are remembered here).
        with self.nlp.memory_zone():
            doc = self.nlp.tokenizer(text)
            if not len(doc):
                return []
            rows = doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT, LIKE_NUM, IS_ALPHA]).tolist()
        return [
            (i, i + n, _kind(p, num, a, text[i : i + n])) for i, n, sp, p, num, a in rows if not sp
        ]

    def _kind_of(self, word: str) -> str:
        return _kind(self._is_punct(word), self._like_num(word), self._is_alpha(word), word)

    def _wrapped(self, chunk: str) -> tuple[tuple[int, int, str], ...] | None:
        """The tokens of a word between one opening and/or one closing mark (``(Kyiv,``,
        ``«Ми``, ``said.``), found by spaCy's own affix expressions as its tokeniser would
        use them; ``None`` for any other chunk (spaCy decides)."""
        n = len(chunk)
        lead = 0 if chunk[0].isalpha() else 1
        trail = 0 if chunk[-1].isalpha() else 1
        core = chunk[lead : n - trail]
        if not core.isalpha() or not (lead or trail):
            return None
        specials = self.specials
        if (chunk in specials or core in specials or chunk[lead:] in specials
                or chunk[: n - trail] in specials):
            return None
        if self._token_match is not None and self._token_match(chunk):
            return None
        # Affixes as spaCy's loop finds them: the prefix on the chunk, the suffix on the rest,
        # then nothing more on the word; and no infix inside the word.
        if _affix_len(self._prefix, chunk) != lead or _affix_len(self._suffix, chunk[lead:]) != trail:
            return None
        if not self._letters_uncut and (_affix_len(self._prefix, core) or _affix_len(self._suffix, core)):
            return None
        if self._infixes is not None and next(self._infixes(core), None) is not None:
            return None
        out = []
        if lead:
            out.append((0, 1, self._mark_kind(chunk[0])))
        if self._letters_kind:  # a word of letters: NUM or WORD from like_num alone (see _learn)
            out.append((lead, n - trail, "NUM" if self._letters_like_num(core) else "WORD"))
        else:
            out.append((lead, n - trail, self._kind_of(core)))
        if trail:
            out.append((n - 1, n, self._mark_kind(chunk[-1])))
        return tuple(out)

    def _affixed(self, chunk: str) -> tuple[tuple[int, int, str], ...] | None:
        """The tokens of any chunk that spaCy's tokeniser cuts by its affix and infix
        expressions alone (``said.”``, ``(AP),``, ``anti-war``), found as its loop finds them
        (``Tokenizer._split_affixes`` and ``_attach_tokens`` of spaCy 3.8, run with the same
        expressions); ``None`` where a special case or ``token_match`` plays a part, so that
        spaCy decides: a special case met on the way, or any run of the tokens spelling one
        (spaCy's special-case matcher could rejoin them)."""
        specials = self.specials
        token_match = self._token_match
        if chunk in specials or (token_match is not None and token_match(chunk)):
            return None
        prefix, suffix = self._prefix, self._suffix
        string = chunk
        head: list[str] = []
        tail: list[str] = []
        last = 0
        while string and len(string) != last:
            if token_match is not None and token_match(string):
                return None
            if string in specials:
                return None
            last = len(string)
            pre = _affix_len(prefix, string)
            if pre and string[pre:] in specials:
                return None
            suf = _affix_len(suffix, string[pre:])
            if suf and string[:-suf] in specials:
                return None
            if pre and suf and pre + suf <= len(string):
                head.append(string[:pre])
                tail.append(string[-suf:])
                string = string[pre:-suf]
            elif pre:
                head.append(string[:pre])
                string = string[pre:]
            elif suf:
                tail.append(string[-suf:])
                string = string[:-suf]
        parts = head
        if string:
            if (token_match is not None and token_match(string)) or (
                self._url_match is not None and self._url_match(string)
            ):
                return None
            start = 0
            infixes = list(self._infixes(string)) if self._infixes is not None else []
            for m in infixes:
                a, b = m.start(), m.end()
                if a == 0:  # spaCy skips an infix at the very start
                    continue
                if a != start:
                    parts.append(string[start:a])
                if a != b:
                    parts.append(string[a:b])
                start = b
            if string[start:]:
                parts.append(string[start:])
        parts.extend(reversed(tail))
        n = len(parts)
        if n == 1 and parts[0] == chunk:
            return ((0, len(chunk), self._kind_of(chunk)),)
        for i in range(n):  # no run of the tokens may spell a special case
            joined = parts[i]
            for j in range(i + 1, n):
                joined += parts[j]
                if joined in specials:
                    return None
            if parts[i] in specials:
                return None
        out = []
        pos = 0
        letters = self._letters_kind
        for part in parts:
            end = pos + len(part)
            if len(part) == 1:
                kind = self._mark_kind(part)
            elif letters and part.isalpha():
                kind = "NUM" if self._letters_like_num(part) else "WORD"
            else:
                kind = self._kind_of(part)
            out.append((pos, end, kind))
            pos = end
        return tuple(out)

    def _letters_like_num(self, word: str) -> bool:
        """``like_num`` of a word of letters only (a set look-up where :func:`letter_numbers`
        gives one)."""
        found = self._letter_numbers
        if found is None:
            return self._like_num(word)
        numbers, lowered = found
        return (word.lower() if lowered else word) in numbers

    def _mark_kind(self, mark: str) -> str:
        """:meth:`_kind_of` for one character, remembered (a few hundred marks at most)."""
        kind = self._marks.get(mark)
        if kind is None:
            if len(self._marks) >= 4096:  # hostile text: bounded all the same
                self._marks.clear()
            kind = self._marks[mark] = self._kind_of(mark)
        return kind

    def _learn(self, chunks: list[str]) -> None:
        old = self.old
        known = {c: old[c] for c in chunks if c in old}  # still in use: carried over
        if len(self.memo) + len(chunks) > MEMO_SIZE:
            self.old, self.memo = self.memo, {}
        if len(self.shapes) > SHAPES_SIZE:  # start afresh (codes of the old layouts are void)
            self.old, self.memo, known = {}, {}, {}
            self.shapes = _Shapes()
        memo = self.memo
        memo.update(known)
        specials = self.specials
        like_num = self._like_num if self._letters_kind else None
        numbers, lowered = self._letter_numbers or (None, False)
        shape = self.shapes.code
        word, num = _KIND_ID["WORD"], _KIND_ID["NUM"]
        rest = []
        for chunk in chunks:
            if chunk in known:
                continue
            if chunk.isalpha():  # never a mark: its last character is a letter
                if chunk not in specials:
                    if numbers is not None:
                        memo[chunk] = num if (chunk.lower() if lowered else chunk) in numbers else word
                    elif like_num is not None:
                        memo[chunk] = num if like_num(chunk) else word
                    else:
                        memo[chunk] = _KIND_ID[self._kind_of(chunk)]
                    continue
            else:
                toks = self._wrapped(chunk)
                if toks is None:
                    toks = self._affixed(chunk)
                if toks is not None:
                    memo[chunk] = shape(chunk, toks)
                    continue
            rest.append(chunk)
        if not rest:
            return
        joined = "\n".join(rest)
        toks = self._direct(joined)
        k = 0
        pos = 0
        for chunk in rest:
            end = pos + len(chunk)
            mine = []
            while k < len(toks) and toks[k][0] < end:
                s, e, kind = toks[k]
                mine.append((s - pos, e - pos, kind))
                k += 1
            memo[chunk] = shape(chunk, mine)
            pos = end + 1

    def learn(self, text: str) -> None:
        """Remember the chunks of ``text`` not seen yet (one spaCy call for all of them)."""
        memo = self.memo
        new = [c for c in dict.fromkeys(text.split()) if c not in memo]  # distinct, in order
        if new:
            self._learn(new)

    def scan(self, text: str, base: int = 0) -> tuple[list[tuple[int, int, str]], list[str], list[bool]]:
        """The tokens of ``text`` as ``(base + start, base + end, kind)``, their texts, and
        whether whitespace comes before each (the first: true)."""
        toks, words = self.tokens_and_words(text, base)
        spaced = _Spaced(toks)
        return toks, words, [spaced[j] for j in range(len(toks))]

    def rows(self, text: str, base: int = 0, learned: bool = False) -> list[tuple[int, int, str]]:
        """The tokens of ``text`` as ``(base + start, base + end, kind)``."""
        return self.tokens_and_words(text, base, learned)[0]

    def tokens_and_words(
        self, text: str, base: int = 0, learned: bool = False
    ) -> tuple[list[tuple[int, int, str]], list[str]]:
        """What :meth:`scan` gives without the spacing list (:class:`_Spaced` reads it off
        the offsets when needed); ``learned``: :meth:`learn` has just seen ``text``, so its
        chunks need no look-up first."""
        if self.multi is not None and self.multi.search(text):
            toks = self._direct(text)
            words = [text[s:e] for s, e, _ in toks]
            return ([(base + s, base + e, k) for s, e, k in toks] if base else toks), words
        chunks = text.split()  # the runs spaCy tokenises one by one
        if not learned:
            memo = self.memo
            new = [c for c in chunks if c not in memo]
            if new:
                self._learn(list(dict.fromkeys(new)))
        out: list[tuple[int, int, str]] = []
        words: list[str] = []
        add, word = out.append, words.append
        get = self.memo.get
        layouts = self.shapes.rows
        kinds = KINDS
        lens = list(map(len, chunks))
        if sum(lens) + len(lens) - 1 == len(text):
            # one whitespace character between chunks and none around them (most paragraphs):
            # each chunk starts one character after the one before ends, no search needed
            starts: Iterable[int] = accumulate([n + 1 for n in lens], initial=base)
        else:
            starts = _chunk_starts(text, chunks, base)
        for chunk, n, at in zip(chunks, lens, starts):
            code = get(chunk)
            if code is None:  # moved to the previous generation while learning a long text
                code = self._entry(chunk)
            if code < MULTI:
                add((at, at + n, kinds[code]))
                word(chunk)
            else:
                for s, e, kind in layouts[code - MULTI]:
                    add((at + s, at + e, kind))
                    word(chunk[s:e])
        return out, words

    def _entry(self, chunk: str) -> int:
        """The memo's code for ``chunk``, learnt now if it is not there."""
        code = self.memo.get(chunk)
        if code is None:
            self._learn([chunk])
            code = self.memo[chunk]
        return code

    def __call__(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, kind)`` of every non-space token of ``text``."""
        return self.rows(text)


class _Shapes:
    """The token layouts of chunks of several tokens, each stored once: ``rows[i]`` holds the
    ``(start, end, kind)`` of layout ``i`` relative to its chunk ("Kyiv," and "Lviv," share
    one), and the memo holds ``MULTI + i`` for such a chunk."""

    def __init__(self) -> None:
        self.ids: dict[tuple[tuple[int, int, str], ...], int] = {}
        self.rows: list[tuple[tuple[int, int, str], ...]] = []

    def __len__(self) -> int:
        return len(self.rows)

    def code(self, chunk: str, toks) -> int:
        """The memo code of ``chunk`` cut into ``toks`` (``(start, end, kind)`` in the chunk)."""
        if len(toks) == 1 and toks[0][0] == 0 and toks[0][1] == len(chunk):
            return _KIND_ID[toks[0][2]]
        rows = tuple(toks)
        found = self.ids.get(rows)
        if found is None:
            found = self.ids[rows] = MULTI + len(self.rows)
            self.rows.append(rows)
        return found


def _never(text: str) -> bool:
    return False


class _Literals:
    """Whether a text contains one of some strings (spaCy's special cases with a space:
    Russian ``в т.ч.``): an Aho-Corasick automaton, one pass in C (an alternation of the
    strings in ``re`` entered the matcher at every Cyrillic letter)."""

    def __init__(self, words: list[str]) -> None:
        import ahocorasick

        self.automaton = ahocorasick.Automaton()
        for word in words:
            self.automaton.add_word(word, len(word))
        self.automaton.make_automaton()

    def search(self, text: str) -> bool:
        return next(self.automaton.iter(text), None) is not None


def _affix_len(search, text: str) -> int:
    """The length of the affix spaCy's ``find_prefix``/``find_suffix`` would find."""
    if search is None:
        return 0
    m = search(text)
    return 0 if m is None else m.end() - m.start()


@lru_cache(maxsize=None)
def tokens_for(lang: str | None) -> Tokens:
    return Tokens(lang if lang in SEGMENT_LANGUAGES else None)


class _Spaced:
    """Whether whitespace comes before token ``j`` (the first: true), read off the offsets
    when :func:`split_tokens` asks (only at straight quotes)."""

    __slots__ = ("toks",)

    def __init__(self, toks: list[tuple[int, int, str]]) -> None:
        self.toks = toks

    def __getitem__(self, j: int) -> bool:
        return j == 0 or self.toks[j][0] > self.toks[j - 1][1]


def segment_block(
    text: str, start: int, end: int, lang: str | None, out: Segmented, learned: bool = False
) -> None:
    """Tokenise and split ``text[start:end]`` (one paragraph) into ``out`` (``learned``: the
    language's :class:`Tokens` has just learnt ``text``)."""
    toks, words = tokens_for(lang).tokens_and_words(text[start:end], start, learned)
    if not toks:
        return
    out.tokens.extend(toks)
    first = 0
    for cut, confidence in split_tokens(words, lang, _Spaced(toks)):
        out.sentences.append((toks[first][0], toks[cut - 1][1], confidence))
        first = cut


def _segment_blocks(text: str, lang: str | None, separator: str) -> Segmented:
    """Tokens and sentences of ``text``, each piece between two ``separator`` a block of its own."""
    out = Segmented([], [])
    pos = 0
    for block in text.split(separator):
        if block.strip():
            segment_block(text, pos, pos + len(block), lang, out)
        pos += len(block) + len(separator)
    return out


def segment_lines(text: str, lang: str | None) -> Segmented:
    """Tokens and sentences of ``text`` with every line a block of its own."""
    return _segment_blocks(text, lang, "\n")


def segment_text(text: str, lang: str | None) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` split into paragraphs at blank lines."""
    return [(s, e) for s, e, _ in _segment_blocks(text, lang, "\n\n").sentences]


@contextmanager
def collector_paused():
    """The cyclic garbage collector off while a block makes many objects without cycles.

    An article's tokens are a million small objects on 2,000 articles; each
    allocation burst would otherwise run the collector hundreds of times,
    each full collection walking every live object of the process. They hold
    no reference cycles, so nothing is left for it to find: it runs again,
    once, on the next allocation after the block.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@register
class Sentences(Component):
    name = "sentences.v1"
    requires = ("paragraphs", "language")
    assigns = ("sentences", "tokens")

    def predict(self, article: Article) -> Segmented:
        out = Segmented([], [])
        blocks = article.layers.get("title", []) + article.layers.get("paragraphs", [])
        with collector_paused():
            tokens_for(article.language).learn(article.text)  # the article's new words at once
            for block in blocks:
                segment_block(article.text, block.start, block.end, article.language, out, True)
        return out

    def set_annotations(self, article: Article, result: Segmented) -> None:
        name = self.name
        with collector_paused():
            article.add("sentences", [Annotation(s, e, "sentence", name, c) for s, e, c in result.sentences])
        # the tokens stay (start, end, kind) rows until a user asks for their annotations
        article.add_spans("tokens", result.tokens, name)
