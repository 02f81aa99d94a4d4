"""``sentences.v1``: tokens (spaCy's rule-based tokenisers) and sentences.

Sentence boundaries are decided on spaCy tokens by rules for news text:
terminal punctuation followed by what can start a sentence, closing quotes
and brackets kept with the sentence they close, abbreviations and initials
(lists per language in ``sitrep/data/<lang>/abbreviations.txt``) that do not
end a sentence, and paragraph ends that always do.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..article import Annotation, Article
from ..pipeline import Component, register

#: Languages with their own spaCy tokeniser and abbreviation list.
SEGMENT_LANGUAGES = ("fr", "en", "ru", "uk")

TERMINAL = set(".!?…")
CLOSERS = set("\"'”’»)]}›")
OPENERS = set("\"'“‘«([{‹„‚")
DASHES = set("-–—―")


@lru_cache(maxsize=None)
def tokenizer(lang: str | None):
    """spaCy's tokeniser for ``lang`` (multi-language ``xx`` for others)."""
    import spacy

    code = lang if lang in SEGMENT_LANGUAGES else "xx"
    try:
        nlp = spacy.blank(code)
    except (ImportError, KeyError, ValueError):
        nlp = spacy.blank("xx")
    return nlp.tokenizer


@lru_cache(maxsize=None)
def abbreviations(lang: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """``(never_final, maybe_final)`` abbreviations for ``lang``, lower-cased, without the dot.

    A line ``word`` never ends a sentence (``M.``, ``Dr.``); ``word *`` may
    end one when the next word starts a sentence (``etc.``, ``г.``).
    """
    never: set[str] = set()
    maybe: set[str] = set()
    for code in {lang or "xx", "xx"}:
        ref = resources.files("sitrep") / "data" / code / "abbreviations.txt"
        if not ref.is_file():
            continue
        for line in ref.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            word, _, flag = line.partition(" ")
            (maybe if flag.strip() == "*" else never).add(word.lower().rstrip("."))
    return frozenset(never), frozenset(maybe)


@dataclass
class Segmented:
    tokens: list[tuple[int, int, str]]  # start, end, kind
    sentences: list[tuple[int, int, float]]  # start, end, confidence


def _kind(tok) -> str:
    if tok.is_punct:
        return "PUNCT"
    if tok.like_num:
        return "NUM"
    if tok.is_alpha:
        return "WORD"
    return "SYM" if not any(c.isalnum() for c in tok.text) else "WORD"


def _starts_sentence(text: str) -> bool:
    ch = text[0]
    return ch.isupper() or ch.isdigit() or ch in OPENERS or ch in DASHES or (
        ch.isalpha() and not ch.islower()  # scripts without case
    )


def split_tokens(words: list[str], lang: str | None) -> list[tuple[int, float]]:
    """Indices after which a sentence ends (exclusive index), with a confidence.

    ``words`` are the token texts of one paragraph; the paragraph end is
    always a boundary and is included.
    """
    never, maybe = abbreviations(lang)
    n = len(words)
    cuts: list[tuple[int, float]] = []
    open_quote = False  # state of straight double quotes
    depth = 0  # open guillemets / curly quotes / brackets
    i = 0
    while i < n:
        w = words[i]
        if w == '"':
            open_quote = not open_quote
        elif w in ("«", "“", "„", "‹", "(", "["):
            depth += 1
        elif w in ("»", "”", "›", ")", "]") and depth:
            depth -= 1
        if w[-1] not in TERMINAL:
            i += 1
            continue
        abbreviated = False
        if w.endswith(".") and set(w) != {"."}:
            # A dot kept on the token by spaCy: "M.", "etc.", "U.S.", "V.".
            stem = w[:-1].lower()
            if stem in never or (len(stem) == 1 and stem.isalpha()):
                i += 1
                continue
            abbreviated = True
        elif w == "." and i > 0:
            prev = words[i - 1]
            low = prev.lower()
            if low in never or (len(prev) == 1 and prev.isalpha() and prev.isupper()):
                i += 1
                continue
            abbreviated = low in maybe
        # Take closing punctuation and further terminal marks along.
        j = i + 1
        while j < n and (words[j] in CLOSERS or all(c in TERMINAL for c in words[j])):
            if words[j] == '"':
                if not open_quote:
                    break
                open_quote = False
            elif words[j] in ("»", "”", "›", ")", "]") and depth:
                depth -= 1
            j += 1
        if j >= n:
            break  # paragraph end
        nxt = words[j]
        if nxt[0].islower() or nxt[0] in ",;:)»”" or (nxt[0].isdigit() and w == "." and abbreviated):
            i = j
            continue
        if _starts_sentence(nxt):
            confidence = 0.7 if abbreviated else (0.8 if depth else 0.95)
            if abbreviated and not nxt[0].isupper():
                i = j
                continue
            cuts.append((j, confidence))
        i = j
    cuts.append((n, 1.0))
    return cuts


def segment_block(text: str, start: int, end: int, lang: str | None, out: Segmented) -> None:
    """Tokenise and split ``text[start:end]`` (one paragraph) into ``out``."""
    doc = tokenizer(lang)(text[start:end])
    toks = [t for t in doc if not t.is_space]
    if not toks:
        return
    for t in toks:
        out.tokens.append((start + t.idx, start + t.idx + len(t.text), _kind(t)))
    words = [t.text for t in toks]
    first = 0
    for cut, confidence in split_tokens(words, lang):
        s_tok, e_tok = toks[first], toks[cut - 1]
        out.sentences.append((start + s_tok.idx, start + e_tok.idx + len(e_tok.text), confidence))
        first = cut


def segment_text(text: str, lang: str | None) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` split into paragraphs at blank lines."""
    out = Segmented([], [])
    pos = 0
    for block in text.split("\n\n"):
        if block.strip():
            segment_block(text, pos, pos + len(block), lang, out)
        pos += len(block) + 2
    return [(s, e) for s, e, _ in out.sentences]


@register
class Sentences(Component):
    name = "sentences.v1"
    requires = ("paragraphs", "language")
    assigns = ("sentences", "tokens")

    def predict(self, article: Article) -> Segmented:
        out = Segmented([], [])
        blocks = article.layers.get("title", []) + article.layers.get("paragraphs", [])
        for block in blocks:
            segment_block(article.text, block.start, block.end, article.language, out)
        return out

    def set_annotations(self, article: Article, result: Segmented) -> None:
        article.add(
            "sentences",
            [Annotation(s, e, "sentence", self.name, c) for s, e, c in result.sentences],
        )
        article.add("tokens", [Annotation(s, e, k, self.name) for s, e, k in result.tokens])
