"""Statement frames found around each cue, sentence by sentence.

For every reporting verb (outside quotations) one of two frames applies:

- postposed: the content comes first and the source after a comma or a
  closing quotation mark: "CONTENT, the official said", "CONTENT, a déclaré un
  responsable", "« X », a-t-il dit, « Y »", "CONTENT, — заявил он".  The source
  is what stands between the comma and the verb (auxiliaries aside) or else
  what follows the verb up to the end of the clause; a channel ("au journal",
  "to Reuters") is split off it.
- preposed: "SOURCE said (that) CONTENT", "SOURCE a annoncé : « X »".  The
  source is the words before the verb back to a clause boundary; the content
  runs from after the verb (a complementiser skipped) to the end of the
  sentence, or is the quotation opening there.

A prepositional cue ("according to X", "selon X", "по словам X") takes its
source after it; the content is the rest of the sentence on the other side of
the comma.  A verb with no source of its own (a participle, "adding that")
inherits the source of the statement before it in the same paragraph.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress
from operator import itemgetter

from .cue_model import CueModel, logit, propose
from .cues import TOKEN_RE, Lexicon
from .noun_reading import noun_reading
from .quotes import Quote

_FORM, _FIRST = itemgetter(2), itemgetter(0)  # (a token's form; a form's first character)
MODALS = {"will", "would"}  # auxiliaries of the future: "The money will go to support ..." is no stance
PUNCT_BREAK = {",", ";", ":", "—", "–", "(", ")"}
CLAUSE_END = {",", ";", ".", "!", "?", ":", "(", ")", "—", "–"}
CLOSERS = set("»”“’\"›'")
MAX_SOURCE = 10  # words
_ELISION = frozenset(("'", "’"))  # ("l'administration": an apostrophe inside a noun phrase)
#: the most tokens of an ``acting`` entry written with stops ("в.р.и.о.": 8), read back over by
#: :meth:`SentenceFrames._acting_ending`
_ACTING_TOKENS = 8
MAX_POST = 12  # words in the clause after a postposed verb
MAX_POST_SOURCE = 6  # words of a source after its verb ("said the party's national spokesman")
_ADJUNCT_PREP = frozenset(("dans", "lors", "sur", "devant", "в", "во", "на", "у"))  # open an adjunct after a verb
#: the words of :meth:`SentenceFrames._gap_relative`: a determiner opening the noun, the relative word after
#: it, adverbs inside the verb group, and the prepositions or time words of a short adjunct after the verb
_GAP_DETERMINERS = frozenset(("a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our",
                              "une", "un", "cette", "ce", "ces", "la", "le", "les", "sa", "son", "ses", "leur"))
_GAP_RELATIVES = frozenset(("that", "which", "que", "qu", "которое", "которую", "которые", "которого", "яке", "яку",
                            "які", "якого", "якої"))
_GAP_NOT_NOUN = frozenset(("of", "at", "in", "on", "for", "to", "with", "from", "by", "and", "or", "but", "is", "are",
                           "was", "were", "has", "have", "had", "de", "du", "des", "et", "est", "и", "і", "та"))
_GAP_QUANTIFIERS = frozenset(("several", "some", "many", "most", "all", "both", "few", "two", "three"))
_GAP_ADVERBS = frozenset(("since", "also", "not", "never", "always", "repeatedly", "already", "once", "then", "ne",
                          "pas", "n"))
_GAP_ADJUNCT_OPENERS = frozenset(("on", "in", "at", "last", "this", "earlier", "during", "after", "through",
                                  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "en", "dans",
                                  "в", "во", "у"))
#: words opening a relative clause, any case (a verb in it never takes the main clause as its content:
#: "… Терезы Мэй, которую оппоненты обвиняют в уступках")
_RELATIVE_OPENERS = frozenset((
    "who", "whom", "whose", "which", "that", "qui", "que", "qu", "dont", "lequel", "laquelle", "lesquels", "lesquelles",
    "который", "которая", "которое", "которые", "которого", "которой", "которую", "котором", "которому", "которым",
    "которых", "которыми", "який", "яка", "яке", "які", "якого", "якої", "яку", "якому", "якій", "яким", "яких", "якими"))
#: relative pronouns that open an aside after a prepositional cue's source ("D'après le New York Times,
#: qui cite …"): not "that", "que", which may open the content ("According to X, that decision …")
_ASIDE_RELATIVES = _RELATIVE_OPENERS - {"that", "que", "qu"}
#: marks that end a sentence
_SENTENCE_STOPS = frozenset((".", "!", "?", "…"))
#: indefinite articles, which may open a title set off after a name ("According to X, a spokesman for …")
_INDEFINITE = frozenset(("a", "an", "un", "une"))
#: lower-case words inside a name ("Ursula von der Leyen", "Charles de Gaulle")
_NAME_PARTICLES = frozenset(("de", "du", "des", "d", "la", "le", "von", "van", "der", "den", "al", "el", "bin", "ibn",
                             "da", "di", "dos", "del"))
#: object pronouns naming the addressee before a complementiser ("assured him that", "reminded us that");
#: not "her", also a possessive ("repeated her claim that")
_OBJECT_PRONOUNS = frozenset(("him", "them", "us", "me", "you"))
#: (English) finite auxiliaries and words that open a new clause: no part of the addressee of "told"
_FINITE_AUX = frozenset(("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                         "should", "may", "might", "must", "does", "did", "remain", "remains", "remained"))
_CLAUSE_WORDS = frozenset(("and", "but", "or", "who", "whom", "whose", "which", "that", "where", "because",
                           "when", "while", "if", "after", "before", "as", "since", "until", "whether"))
#: (English) gerund cues that name a deed as often as words ("accused Kyiv of attacking the plant")
#: (not "supporting": "accused thousands of supporting the Oromo Liberation Front" is a statement in PolNeAR)
_DEED_GERUNDS = frozenset(("attacking",))
#: (English) forms of "add" that mean "increase" when "to" and a noun phrase follow ("adding to her delegate
#: lead", "added to the uncertainty", "adds to the death toll"): no words reported (thirteenth round, attrib21)
_ADD_FORMS = frozenset(("add", "adds", "added", "adding"))
#: (English) "find" with a reflexive object: a state of the subject ("found himself on the defensive"), no finding
_FIND_FORMS = frozenset(("find", "finds", "found", "finding"))
_REFLEXIVES = frozenset(("himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself", "yourselves"))
#: a determiner after "added to" that opens what is increased ("adding to a death toll that officials put at 40",
#: "added to their lead"), not an addressee ("added to reporters that …")
_INCREASED = frozenset(("a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "that", "those",
                        "growing", "mounting"))
#: words that are no part of an addressee ("tells the story of how he …")
_NOT_ADDRESSEE = frozenset(("of", "about", "how", "what", "why", "where", "when", "whether"))
#: (English) words that open a bare complement clause after the addressee of "told" ("told reporters the
#: strike killed three people", "told Reuters it was"): subject pronouns and determiners
_BARE_CLAUSE_OPENERS = frozenset(("he", "she", "it", "they", "we", "i", "there", "the", "a", "an", "his", "its",
                                  "their", "this", "these", "those", "our"))
#: lower-case words that open an unquoted continuation of a quotation after its postposed cue ("“…,” he
#: added, to pursue a hybrid system", "“It's our bad luck,” he said, that both men …"); not "and" ("“…,” she
#: told me, and started to cry": a new predicate)
_CONTINUATION = frozenset(("to", "that", "because", "but", "if", "whether", "que", "parce", "mais", "si",
                           "что", "чтобы", "потому", "но", "если", "що", "щоб", "тому", "але", "якщо"))
#: words that end the agent of a passive cue ("was criticized by Democrats for its cost")
_AGENT_ENDS = frozenset(("for", "over", "because", "after", "when", "while", "during", "since", "pour", "après",
                         "lors", "за", "після", "после"))
_REASON = frozenset(("for", "over", "pour", "за"))
#: prepositions in -ing, no gerund object ("said Thursday during a tour of morning shows")
_ING_PREPOSITIONS = frozenset(("during", "following", "including", "regarding", "concerning", "according"))
#: words after an object pronoun ("reported it to the F.B.I.", "opposed it as a candidate"), not a verb of its clause
_AFTER_OBJECT = frozenset(("to", "as", "for", "in", "on", "at", "with", "from", "into", "by", "of", "about", "over",
                           "and", "or", "but", ",", "—", "–", ".", ";", ":"))

#: languages whose complementiser always follows a comma ("сообщил журналистам, что"; English ", that"
#: is mostly a relative clause: measured on PolNeAR train, docs/statements.md, attrib17)
#: and which complementiser ("что", not "чтобы": "пообещали сделать прививку, чтобы развеять опасения"
#: is a purpose clause, not what was promised)
_COMMA_COMP = {"ru": frozenset(("что",)), "uk": frozenset(("що",))}
#: (English) irregular past forms (with "-ed": past; "is", "has", "-s" or a bare form: present) for the tense of
#: a verb group (:func:`_tense`)
_IRREGULAR_PAST = frozenset(("said", "told", "wrote", "thought", "felt", "knew", "saw", "heard", "spoke", "found",
                             "took", "made", "gave", "held", "sought", "swore", "taught", "understood", "meant",
                             "was", "were", "had", "did", "began", "chose", "led", "kept", "left", "stood", "sent",
                             "brought", "got", "won", "lost", "paid", "went", "came", "became", "ran", "spent", "didn",
                             "wasn", "weren", "hadn"))
_PRESENT_AUX = frozenset(("is", "are", "has", "have", "does", "do", "isn", "aren", "hasn", "haven", "doesn", "don"))
_PAST_OR_BARE = frozenset(("cast", "forecast", "broadcast", "put", "set", "read", "cut", "hit", "let", "quit", "spread",
                           "bet", "hurt", "shut", "upset", "beat", "bid"))
#: words opening a fronted adverbial clause at the start of a content, before its main clause (a concession,
#: a condition, a cause: :meth:`SentenceFrames._fronted`); not "as", "when", "after", "whether" (a content
#: of its own as often: "asked whether X, he said …")
_FRONTED = frozenset((
    "although", "though", "while", "if", "because", "since", "unless", "given", "despite", "once", "whereas", "even",
    "si", "bien", "quoique", "puisque", "malgré", "même", "alors", "если", "хотя", "несмотря", "поскольку", "якщо",
    "хоча", "попри", "незважаючи", "оскільки"))
#: (English) contracted finite verbs after an apostrophe ("he's", "they're", "I'm", "she'd")
_CONTRACTED = frozenset(("s", "re", "m", "d", "ll", "ve"))
#: (English) verbs of wish, belief and feeling: after "and" inside a clause ("said he was alarmed and wanted
#: to see …") they go on with that clause's subject, not the first cue's (:meth:`SentenceFrames._inner_coord`)
_MENTAL = frozenset((
    "want", "wants", "wanted", "hope", "hopes", "hoped", "wish", "wishes", "wished", "think", "thinks", "thought",
    "believe", "believes", "believed", "fear", "fears", "feared", "feel", "feels", "felt", "worry", "worries",
    "worried", "expect", "expects", "expected", "plan", "plans", "planned", "intend", "intends", "intended", "seem",
    "seems", "seemed", "appear", "appears", "appeared", "prefer", "prefers", "preferred", "need", "needs", "needed",
    "doubt", "doubts", "doubted"))
#: (English) subject pronouns before a contracted verb ("he's"; not "Trump's", a possessive as often)
_CONTRACTING = frozenset(("he", "she", "it", "they", "we", "i", "you", "there", "that", "who"))
_MODAL = frozenset(("will", "would", "can", "could", "should", "may", "might", "must", "shall"))
#: adverbs inside a verb group, skipped when its tense is read
_GROUP_ADVERBS = frozenset(("also", "later", "then", "even", "previously", "repeatedly", "recently", "publicly",
                            "again", "never", "not", "often", "further", "just", "already", "once", "earlier",
                            "reportedly", "privately", "simply", "flatly", "specifically", "explicitly", "still"))


def _tense(forms: list[str], a: int, b: int) -> str | None:
    """"past", "present" (a finite auxiliary or a form in "-s") or "bare" for the English verb group
    ``forms[a:b]`` (its first word that is no adverb); None for a modal, a participle in "-ing", a form
    that is past and bare alike ("cast", "put") or a word read no way."""
    for x in range(a, b):
        w = forms[x]
        if w in _GROUP_ADVERBS:
            continue
        if w in _IRREGULAR_PAST or (len(w) > 3 and w.endswith("ed")):
            return "past"
        if w in _PRESENT_AUX or (len(w) > 3 and w.endswith("s") and not w.endswith("ss")):
            return "present"
        if w in _MODAL or w in _PAST_OR_BARE or w.endswith("ing") or w.endswith("en") or not w.isalpha():
            return None
        return "bare"
    return None


#: coordinating conjunctions before a later statement's own subject that end the content before them
#: (:meth:`SentenceFrames._clause_conj`)
_CLAUSE_COORD = frozenset(("and", "but"))
#: the coordinating conjunctions after a comma that end an earlier statement before a postposed cue's content (:meth:`SentenceFrames._back_cut`)
_BACK_COORD = frozenset(("and", "but", "yet", "while", "whereas", "et", "mais", "и", "а", "но", "і", "й", "та", "але"))
#: first- and second-person pronouns: inside a quotation, "I think", "we believe", "je crois", "я думаю" are the
#: quoted speaker's own words, never an incise naming who speaks (:meth:`SentenceFrames._incise`)
_FIRST_SECOND = frozenset(("i", "we", "you", "je", "j", "nous", "vous", "tu", "я", "мы", "вы", "ты", "ми", "ви", "ти"))
#: words that end the noun phrase after "in" before any document noun ("in the hours before the polls",
#: "in states where exit polls were conducted", "in his bid to lead in the polls"): no document is the source
_DOC_STOP = frozenset(("of", "in", "on", "at", "to", "for", "by", "with", "from", "before", "after", "where", "when",
                       "which", "who", "that", "than", "as", "while", "since", "during", "into", "over", "among"))
#: languages whose impersonal cue takes the document named after a sentence-initial preposition as its
#: source ("В заявлении министерства говорится, что …"); not English, whose one impersonal cue is an adverb
#: ("In Kabul the Taliban reportedly …")
_DOC_IMPERSONAL = frozenset(("ru", "uk"))
#: an agent named by a common noun after an opening question ("When asked by a reporter whether …"), and the words
#: that end it; the longest quotation (characters) read inside such a question (a title, a word quoted)
_QUESTION_DETS = frozenset(("a", "an", "the", "un", "une", "le", "la", "les"))
_QUESTION_WORDS = frozenset(("whether", "if", "about", "why", "how", "what", "when", "where", "who", "to", "on",
                             "sur", "si", "pourquoi", "comment"))
_QUESTION_QUOTE = 60
#: (English) words opening the clause after a ``thatverb`` ("analysts expect **the** Fed to …"), and the words before
#: it that are no subject of its own ("many expect", "voters who expect") (:meth:`SentenceFrames._that_clause`)
_CLAUSE_OPEN = frozenset({"the", "a", "he", "she", "it", "they", "we", "i", "this", "his", "her", "their", "its"})
_GENERIC_SUBJECT = frozenset({"many", "some", "others", "few", "most", "all", "people", "which", "who"})


def _names_no_count(span: str) -> bool:
    """A subject holding a capitalised word and no digit ("Democracy Corp", "l'institut Ifop"; not "79 percent of
    Democrats", "45 % des Français", "voters")."""
    return any(w[:1].isupper() for w in span.replace("'", " ").replace("’", " ").split()) \
        and not any(ch.isdigit() for ch in span)

_LITERAL_OBJECT = frozenset(("vote", "votes", "ballot", "ballots"))  # objects of "cast" that are no view


@dataclass
class Frame:
    content: list[tuple[int, int]]
    cue: tuple[int, int]
    source: tuple[int, int] | None
    channel: tuple[int, int] | None = None
    relay: tuple[int, int] | None = None  # the original source named by "citing X"
    direct: bool = False
    inherited: bool = False
    kind: str = "verb"  # verb | prep
    para: int = 0
    extra: dict = field(default_factory=dict)


def _trim(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-.!?"):
        e -= 1
    return (s, e) if e > s else None


@lru_cache(maxsize=None)
def _firsts(lex: Lexicon) -> frozenset[str]:
    """Every token a cue of :meth:`SentenceFrames.frames` may start with (once per lexicon)."""
    return frozenset({"—", "–", ":"}).union(*(p.by_first for p in (
        lex.verbs, lex.incise, lex.noncue, lex.relcue, lex.impersonal, lex.prep, lex.asverb, lex.thatverb, lex.govcue)))


@lru_cache(maxsize=None)
def _polls(lex: Lexicon) -> frozenset[str]:
    """The one-word ``docprep`` entries of a lexicon with ``docnoun`` entries (once per lexicon)."""
    return frozenset(lex.docprep.by_first) if lex.docnoun.by_first else frozenset()


@lru_cache(maxsize=None)
def _gerund_endings(lex: Lexicon) -> tuple[str, ...]:
    """The participle endings of :meth:`SentenceFrames._gerund` (once per lexicon)."""
    return tuple(suffix for phrases in lex.gerund.by_first.values() for (suffix, *_rest) in phrases)


#: the longest subject (words) before an apposition that opens the sentence ("Officials, speaking on
#: condition of anonymity, said …"; "Minnesota state delegate Mary Susan, clad in a red cape, said …"):
#: six in English (PolNeAR train), four elsewhere (six lost Russian sources on ADAQ: docs/statements.md)
_OPENING_SUBJECT = {"en": 6}
#: lower-case words that may open the name after a sentence-initial "Said" ("Said one organiser: …")
_SAID_DETERMINERS = frozenset({"the", "a", "an", "one", "another"})


class SentenceFrames:
    """Find frames in one sentence.  ``toks`` are ``(start, end, form)``."""

    def __init__(self, text: str, lex: Lexicon, quotes: list[Quote], blocks: list[tuple[int, int]] | None = None,
                 sentences: list[tuple[int, int]] | None = None, times: list[tuple[int, int]] | None = None,
                 cue_model: CueModel | None = None):
        self.cue_model = cue_model  # learnt cues the lexicon lacks (:mod:`.cue_model`), or None
        self.sentences = sentences or []
        self.times = sorted(times or [])
        self.time_starts = [t[0] for t in self.times]
        self.sent_starts = [s for s, _ in self.sentences]
        self.blocks = blocks or [(0, len(text))]
        self.block_starts = [b[0] for b in self.blocks]
        self.text = text
        self.lex = lex
        self.quotes = quotes
        self.q_starts = [q.open for q in quotes]
        #: the furthest each quotation reaches (its closing mark; one past its end when never closed), as a
        #: running maximum over the list: no quotation up to index ``k`` holds a position at or after
        #: ``_reach[k]``, nor closes at or after ``_closes[k]`` (quick answers for the backward scans below,
        #: which otherwise look at every quotation of the 20,000 characters before)
        self._reach = list(accumulate((q.close if q.close is not None else q.end + 1 for q in quotes), max))
        self._closes = list(accumulate((q.close if q.close is not None else -1 for q in quotes), max))
        #: the prepositions that may open a poll frame ("In a CBS News poll, …"), none without poll nouns
        self.polls = _polls(lex)

    def is_time(self, start: int, end: int) -> bool:
        """``text[start:end]`` is a time expression of the times layer, but for at most one short
        word before it ("Le 21 septembre 2022", "On Monday"): an opening adverbial, never the content
        of the verb after it."""
        i = bisect_right(self.time_starts, end) - 1
        while i >= 0 and self.times[i][0] > start - 200:
            ts, te = self.times[i]
            if ts >= start and te >= end:
                before = self.text[start:ts].split()
                return len(before) == 0 or (len(before) == 1 and len(before[0]) <= 3 and before[0].isalpha())
            i -= 1
        return False

    def _time_end(self, pos: int) -> int | None:
        """The end of the time expression of the times layer holding ``pos``, or None."""
        i = bisect_right(self.time_starts, pos) - 1
        if i >= 0 and self.times[i][0] <= pos < self.times[i][1]:
            return self.times[i][1]
        return None

    # -- quotations ---------------------------------------------------------
    def quote_at(self, pos: int) -> Quote | None:
        """The quotation whose marks enclose ``pos``."""
        i = bisect_right(self.q_starts, pos) - 1
        while i >= 0 and self._reach[i] > pos:  # (most positions: no quotation before reaches them)
            q = self.quotes[i]
            end = q.close if q.close is not None else q.end
            if q.open < pos < end + (q.close is None):
                return q
            if q.open < pos - 20000:
                break
            i -= 1
        return None

    def _quoted(self, toks, s0: int, s1: int) -> list[bool]:
        """For each token, whether it may stand inside a quotation (a cheap pre-test for :meth:`quote_at`)."""
        spans = []
        i = bisect_right(self.q_starts, s1)
        k = i - 1
        while k >= 0 and self._reach[k] > s0:  # (most sentences: no quotation before reaches them)
            q = self.quotes[k]
            end = q.close if q.close is not None else q.end + 1
            if end > s0:
                spans.append((q.open, end))
            elif q.open < s0 - 20000:
                break
            k -= 1
        out = [False] * len(toks)
        if not spans:
            return out
        starts = [t[0] for t in toks]  # (in order: the tokens with a < start < b are one run)
        for a, b in spans:
            lo, hi = bisect_right(starts, a), bisect_left(starts, b)
            if lo < hi:
                out[lo:hi] = [True] * (hi - lo)
        return out

    def quote_opening(self, pos: int, limit: int) -> Quote | None:
        i = bisect_left(self.q_starts, pos)
        if i < len(self.quotes) and self.quotes[i].open < limit:
            return self.quotes[i]
        return None

    def quote_closing_before(self, pos: int, lo: int) -> Quote | None:
        """A quotation whose closing mark is just before ``pos`` (a comma may sit inside or outside)."""
        i = bisect_left(self.q_starts, pos) - 1
        while i >= 0 and self._closes[i] >= lo - 2:  # (mostly none: no quotation before closes that late)
            q = self.quotes[i]
            if q.close is not None and lo - 2 <= q.close < pos and not self.text[q.close + 1:pos].strip(" ,—–-'"):
                return q
            if q.open < lo - 20000:
                break
            i -= 1
        return None

    # -- frames ---------------------------------------------------------------
    def propose(self, s0: int, s1: int, toks: list[tuple[int, int, str]], forms: list[str]) -> dict[int, int]:
        """The learnt cues of the sentence (``{token index: length}``), empty without a model."""
        if self.cue_model is None or self.cue_model.vocab.isdisjoint(forms):
            return {}
        return propose(self.text, toks, forms, self._quoted(toks, s0, s1), self.lex, self.cue_model)

    def frames(self, s0: int, s1: int, toks: list[tuple[int, int, str]],
               proposed: dict[int, int] | None = None, forms: list[str] | None = None) -> list[Frame]:
        """The frames of the sentence ``[s0, s1)``; ``forms``: the forms of ``toks`` where the caller has them."""
        lex = self.lex
        if forms is None:
            forms = [t[2] for t in toks]
        out: list[Frame] = []
        i, n = 0, len(toks)
        quoted = self._quoted(toks, s0, s1)
        self._q_toks, self._q_flags = toks, quoted  # (for :meth:`_preposed`'s backward scan)
        firsts = _firsts(lex)
        if proposed is None:
            proposed = self.propose(s0, s1, toks, forms)
        # "Asked whether X, ...", "When asked about X, ...": a question opens the sentence (looked
        # for there only, so that its frequent first words cost nothing elsewhere)
        k = 1 if n > 1 and forms[0] in lex.boundary else 0
        self._question_comma = -1
        m = lex.question.match(forms, k) if n and not quoted[k] else 0
        if m:
            f = self._question(toks, forms, k, k + m)
            if f:
                out.append(f)
                # no cue inside the question itself ("Asked if she believed Putin wanted Trump to
                # win, Clinton said ..."): its verbs are what was asked, not statements, and their
                # contents would run over the comma into the answer
                i = self._question_comma + 1
        elif n > 1 and forms[k] in self.polls and not quoted[k]:
            # "In a CBS News poll released Monday, …": a poll opens the sentence (looked for there only, like a question)
            f = self._in_document(toks, forms, k, s0, s1)
            if f:
                out.append(f)
                i = k + 1
        # the tokens a cue may start at, in order (most tokens: no cue of any kind starts there); the loop
        # below goes from one to the next at or after ``i``
        starts = list(compress(range(n), map(firsts.__contains__, forms)))
        if proposed:
            starts = sorted(set(starts).union(proposed))
        while i < n:
            c = bisect_left(starts, i)
            if c == len(starts):
                break
            i = starts[c]
            w = forms[i]  # (each ``match`` below only for a word some entry of its kind starts with)
            q = self.quote_at(toks[i][0]) if quoted[i] else None
            if q is not None:
                m = lex.verbs.match(forms, i) or lex.incise.match(forms, i)
                f = self._incise(toks, forms, i, i + m, q) if m else None
                if f:
                    out.append(f)
                i += m or 1
                continue
            m = lex.noncue.match(forms, i) if w in lex.noncue.by_first else 0
            if m:
                i += m  # "Editor's note:", "Additional reporting by", "talk show host": no statement
                continue
            m = lex.relcue.match(forms, i) if w in lex.relcue.by_first else 0
            if m and i > 0:
                f = self._relcue(toks, forms, i, i + m, s0, s1)
                if f:
                    out.append(f)
                i += m
                continue
            m = lex.impersonal.match(forms, i) if w in lex.impersonal.by_first else 0
            if m and (i == 0 or forms[i - 1] in PUNCT_BREAK or forms[i - 1] in lex.boundary):
                q = self.quote_closing_before(toks[i][0], toks[i - 2][0]) if i >= 2 else None
                if q is not None and q.open >= s0 - 2:
                    # "«X», — говорится в обращении Немцова", "“X,” — йдеться в повідомленні": the
                    # quotation before is what was said; the document named after the cue its source
                    e = i + m
                    while e < n and forms[e] not in CLAUSE_END:
                        e += 1
                    src = (toks[i + m][0], toks[e - 1][1]) if e > i + m else None
                    f = Frame([(q.start, q.end)], (toks[i][0], toks[i + m - 1][1]), src, direct=True, kind="passive")
                else:
                    f = self._preposed(toks, forms, i, i + m, i, s0, s1)
                    if f:
                        f.source = None
                        f.extra["agentless"] = True
                if f:
                    f.kind = "passive"
                    out.append(f)
                i += m
                continue
            if m and 2 <= i <= 7 and lex.lang in _DOC_IMPERSONAL and forms[0] in lex.docprep and not quoted[0] \
                    and not any(forms[x] in CLAUSE_END for x in range(1, i)):
                # "В заявлении министерства говорится, что …", "У заяві Генштабу йдеться, що …": the
                # document named after the preposition is the source
                f = self._preposed(toks, forms, i, i + m, i, s0, s1)
                if f:
                    f.source, f.kind = (toks[1][0], toks[i - 1][1]), "passive"
                    out.append(f)
                i += m
                continue
            if forms[i] in ("—", "–") and s0 == 0 and i >= 1:
                f = self._dash_headline(toks, forms, i, s0)
                if f:
                    out.append(f)
                    i += 1
                    continue
            m = lex.prep.match(forms, i) if w in lex.prep.by_first else 0
            if m and (i == 0 or forms[i - 1] in PUNCT_BREAK or forms[i - 1] in lex.boundary or i <= 2
                      or self._prep_ends(toks, forms, i, i + m)):
                f = self._prep(toks, forms, i, i + m, s0, s1)
                if f:
                    out.append(f)
                i += m
                continue
            if forms[i] == ":" and i >= 1:
                f = self._colon(toks, forms, i, s0)
                if f:
                    out.append(f)
                    i += 1
                    continue
            m = lex.verbs.match(forms, i) if w in lex.verbs.by_first else 0
            if not m and w in lex.govcue.by_first and self._back_over(forms, i, lex.govern) < i:
                m = lex.govcue.match(forms, i)  # "s'est contenté de dire que …": a cue only after a ``govern`` verb
            if m == 1 and lex.reduced_prep.by_first and self._reduced_relative(toks, forms, i):
                m = 0  # "the 1255 cases reported in 2004 were …": a participle after its noun, no act of it
            bare = False
            if m and w in lex.auxonly.by_first and lex.auxonly.match(forms, i) == m and (
                    not self._after_aux(forms, i) if m > 1 else self._after_noun(forms, i)):
                # "les policiers mis en cause dans l'affaire", "le ministre cité par Le Monde a démissionné":
                # a bare participle, no act of its noun
                m, bare = 0, True
            post_only = False
            if not m and w in lex.incise.by_first:
                m = lex.incise.match(forms, i)
                post_only = bool(m)
            if not m and forms[i] in lex.asverb and self._as_object(forms, i):
                m = 1  # "Majorities see immigrants as an economic burden": a cue with "as" after its object
            if not m and forms[i] in lex.thatverb and self._that_clause(forms, i):
                m = 1  # "Analysts expect the offensive to resume": a mental-state verb before its clause
            learnt = not m and not bare and i in proposed
            if learnt:
                m = proposed[i]  # a cue the lexicon lacks, proposed by the learnt tagger in context
            if m == 1 and noun_reading(lex.lang, forms, i):
                # "his claims were false", "Kyiv's demands for": a plural noun, no verb cue of the lexicon;
                # the learnt tagger decides in context, as for any word the lexicon lacks
                m, learnt = (1, True) if self._learnt_noun_cue(toks, forms, i, quoted[i]) else (0, False)
            if m and i > 1 and forms[i - 1] in lex.infinitive.by_first and not post_only:
                # "Cruz was quick to point out that ...", "Hammond hesitated to repeat the charge":
                # an infinitive cue whose controller is named just before the verb that governs it
                f = self._infinitive(toks, forms, i, i + m, s0, s1)
                if f:
                    f.extra["learnt"] = learnt
                    out.append(f)
                i += m
                continue
            if m and i > 0 and forms[i - 1] in lex.block and not (lex.govern.by_first and self._back_over(forms, i, lex.govern) < i):
                m = 0  # (but "s'est bornée à rappeler": a ``govern`` verb before the marker makes the cue its own)
            if m and not learnt and i >= 2 and forms[i - 1] == "," and self._participle_aside(toks, forms, i, i + m, out):
                i += m  # "said the rebels, backed by Iran, had seized the town": an aside, no cue, no cut
                continue
            if m and not learnt and not post_only and (f := self._gap_relative(toks, forms, i, i + m)):
                # "…, a claim the rebels denied on Sunday": the noun is what they denied (not a cue itself)
                out = [g for g in out if not f.extra["gap_noun"][0] <= g.cue[0] < f.extra["gap_noun"][1]]
                out.append(f)
                i += m
                continue
            if m:
                f = self._verb(toks, forms, i, i + m, s0, s1, post_only)
                if f and (self._deed_after_of(forms, i, f) or self._adds_to(toks, forms, i + m, f)
                          or self._finds_oneself(forms, i + m)):
                    f = None
                if f and self._gerund(forms[i + m - 1]) and (rs := self._refusal_subject(toks, forms, i)) is not None:
                    f.extra["refusal_subject"] = rs  # (the source where the frame names none of its own)
                if f:
                    f.extra["learnt"] = learnt
                    out.append(f)
                i += m
                continue
            i += 1
        if len(out) > 1 and any(f.extra.get("document") for f in out):
            out = self._document_alone(out)
        return self._back_cut(self._colon_cut(self._cut(out, toks, forms)), toks, forms)

    def _gap_relative(self, toks, forms, i: int, j: int) -> Frame | None:
        """A noun set off by a comma, then a relative clause whose verb cue has no object of its own: the
        noun is the content, the relative clause's subject the source ("Trump said the vote was rigged,
        a charge that party leaders strongly denied", "…, a claim the rebels denied on Sunday", "…, une
        accusation que Moscou dément").  The content before ends at the comma (:meth:`_cut`)."""
        lex, n = self.lex, len(toks)
        # nothing after the verb but a short adjunct to the end of its clause (read no further than five words)
        e = j
        while e < n and e - j <= 4 and forms[e] not in CLAUSE_END:
            e += 1
        if e > j and (e - j > 4 or forms[j] not in _GAP_ADJUNCT_OPENERS):
            return None
        if forms[j - 1].endswith("ing") or lex.invert.match(forms, i):
            return None  # (not "…, the Associated Press reported": a postposed verb of saying proper)
        a = i
        while a > 0 and (forms[a - 1] in lex.aux or forms[a - 1] in _GAP_ADVERBS or forms[a - 1] in lex.passive or
                         (forms[a - 1].endswith("ly") and len(forms[a - 1]) > 4)):
            a -= 1  # "has since disavowed", "strongly denied"
        if not lex.passive.isdisjoint(forms[a:i]):
            return None  # (not "the day the deal was announced": a passive)
        # back to the comma before the noun
        c = a - 1
        while c >= 0 and forms[c] not in CLAUSE_END and a - c <= 10:
            c -= 1
        if c >= 2 and forms[c] == "," and c + 1 < a and forms[c + 1] in _GAP_RELATIVES:
            # "— утверждение, которое повстанцы опровергли": the comma before the relative word
            c2 = c - 1
            while c2 >= 0 and forms[c2] not in CLAUSE_END and c - c2 <= 4:
                c2 -= 1
            if c2 < 1 or forms[c2] not in (",", "—", "–") or c2 + 1 >= c or c + 2 >= a:
                return None
            noun, subj = (c2 + 1, c), c + 2
            c = c2
        else:
            if c < 1 or forms[c] not in (",", "—", "–") or c + 1 >= a or forms[c + 1] not in _GAP_DETERMINERS:
                return None
            noun, subj = self._gap_noun(toks, forms, c, a) or (None, None)
            if noun is None:
                return None
        if subj >= a or noun[1] - noun[0] > 3 or a - subj > 5 or not all(
                toks[x][2].isalpha() and self.text[toks[x][0]].islower() and forms[x] not in _GAP_NOT_NOUN
                for x in range(noun[0] + (forms[noun[0]] in _GAP_DETERMINERS), noun[1])):
            return None  # the noun: a determiner and one or two lower-case words ("a claim", "an account")
        if any(lex.verbs.match(forms, x) for x in range(subj, a)):
            return None
        fr = Frame([(toks[noun[0]][0], toks[noun[1] - 1][1])], (toks[i][0], toks[j - 1][1]),
                   (toks[subj][0], toks[a - 1][1]))
        fr.extra["gap_comma"] = toks[c][0]
        fr.extra["gap_noun"] = (toks[noun[0]][0], toks[noun[1] - 1][1])
        return fr

    def _gap_noun(self, toks, forms, c: int, a: int):
        """The noun after the comma ``c`` and the first word of the subject of the relative clause before
        the verb group at ``a``: after the relative word ("that", "que"), or in English at the subject's
        first word (a determiner, a pronoun or a capital: "a claim the rebels denied")."""
        lex = self.lex
        rel = next((x for x in range(c + 2, a) if forms[x] in _GAP_RELATIVES), None)
        if rel is not None:
            noun_end, subj = rel, rel + 1
        else:
            if lex.lang != "en" or forms[c + 1] not in ("a", "an"):
                return None  # (an indefinite noun: not "X, the news site RTL Info reported": a postposed subject)
            subj = next((x for x in range(c + 3, a) if forms[x] in _GAP_DETERMINERS or forms[x] in _GAP_QUANTIFIERS
                         or forms[x] in lex.pron_any
                         or forms[x] in lex.pron_person or forms[x] in lex.pron_plural
                         or self.text[toks[x][0]].isupper()), None)
            if subj is None:
                return None
            noun_end = subj
        if noun_end <= c + 2:
            return None
        return (c + 1, noun_end), subj

    def _participle_aside(self, toks, forms, i: int, j: int, out: list[Frame]) -> bool:
        """"The ministry said the rebels, backed by Iran, had seized the town": a passive participle with
        its agent ("by"/"par"), set off by commas on both sides, inside the content of an earlier cue."""
        n = len(forms)
        if i < 2 or forms[i - 1] != "," or j >= n or not self.lex.agent.match(forms, j):
            return False
        x = j + 1
        while x < n and forms[x] not in CLAUSE_END:
            x += 1
        if x >= n or forms[x] != "," or x + 1 >= n:
            return False
        pos = toks[i][0]
        return any(f.content and f.content[0][0] < pos < f.content[-1][1] for f in out)

    def _document_alone(self, frames: list[Frame]) -> list[Frame]:
        """A poll frame gives way to a verb inside its content whose subject names someone and counts no one ("In an online poll of 800 voters,
        Democracy Corp found that …", "Dans un sondage publié lundi, l'institut Ifop estime que …": the
        pollster speaks), not to the respondents' ("In a CBS poll, 31 percent said …", "45 % des Français
        soutiennent …": the poll is the source, the verb inside its content)."""
        drop = []
        text = self.text
        for f in frames:
            kind = f.extra.get("document")
            if not kind:
                continue
            s, e = f.content[0]
            if any(g is not f and g.source is not None and s <= g.source[0] < e and s <= g.cue[0] < e
                                       and _names_no_count(text[g.source[0]:g.source[1]]) for g in frames):
                drop.append(f)
        return [f for f in frames if not any(f is d for d in drop)] if drop else frames

    def _learnt_noun_cue(self, toks, forms, i: int, quoted: bool) -> bool:
        """The learnt tagger's reading of a lexicon verb form read as a plural noun ("Trump's false
        claims he's an advocate …" is an attribution in PolNeAR, "his claims were sarcasm" is not)."""
        cm = self.cue_model
        return cm is not None and not quoted and forms[i] in cm.vocab \
            and logit(cm, self.text, toks, forms, i, self.lex) >= cm.cut

    def _cut(self, frames: list[Frame], toks, forms) -> list[Frame]:
        """End a content where a later clause of the sentence brings its own cue.

        "X a célébré la retraite, mais le NYT a souligné que ..." and "a annoncé
        le retrait ..., affirmant que ...": the first content stops at the comma.
        """
        if len(frames) < 2:
            return frames  # (most sentences: no later clause to cut at)
        starts = {t[0]: k for k, t in enumerate(toks)}
        for a, fr in enumerate(frames):
            if fr.direct or len(fr.content) != 1:
                continue
            s, e = fr.content[0]
            for later in frames[a + 1:]:
                if fr.kind == "prep" and self._prep_holds(fr, later):
                    continue  # "According to X, A — an apposition — supported B": one content (twelfth round)
                head = min(later.cue[0], later.source[0]) if later.source and later.source[0] > fr.cue[1] else later.cue[0]
                if not s < head < e:
                    continue
                k = starts.get(head)
                if k is None:
                    continue
                if "gap_comma" in later.extra and later.extra["gap_comma"] in starts and s < later.extra["gap_comma"]:
                    cut = _trim(self.text, s, later.extra["gap_comma"])  # "…, a charge that X denied"
                    if cut:
                        fr.content[0] = cut
                    break
                k -= 1
                conj = None
                if later.source is not None and later.source[0] == head and forms[k + 1] in self.lex.relative \
                        and TOKEN_RE.findall(self.text, later.cue[0], later.cue[1])[-1].lower() in self.lex.invert:
                    # "Almost half said X, compared with four in 10 who said Y": a relative pronoun speaking
                    # with a verb of saying proper (the ``invert`` list; none without it) after its
                    # antecedent: the first content ends at the comma before the antecedent
                    x = k
                    while x >= 0 and k - x < MAX_SOURCE and forms[x] not in CLAUSE_END and forms[x] not in self.lex.boundary:
                        x -= 1
                    if x >= 0 and forms[x] == ",":
                        k = x
                while k >= 0 and (forms[k] in self.lex.boundary or forms[k] in self.lex.aux or self._closer(toks[k])):
                    if forms[k] in self.lex.boundary:
                        conj = k
                    elif conj is not None and forms[k] in self.lex.aux and forms[k] in _FINITE_AUX:
                        conj = None  # "he had since apologized": an adverb inside the verb group, no conjunction
                        # (not an adverb before it: "declined to address the report specifically but said …")
                    k -= 1
                shared = later.source is None or later.source[0] < fr.cue[0]  # a subject shared with the first verb
                if k >= 0 and forms[k] not in (",", ";", "—", "–") and conj is not None \
                        and ((shared and forms[conj] not in _RELATIVE_OPENERS
                              and not self._inner_coord(starts, forms, fr, later, s, conj))
                             or self._clause_conj(forms, conj, later, head)):
                    k = conj  # "he said X and said that Y"
                if k >= 0 and forms[k] == "," and conj is None and self._fronted(forms, fr, starts.get(s), k):
                    continue  # "argued that although he confessed, he showed no remorse": one content
                if k >= 0 and (forms[k] in (",", ";", "—", "–") or k == conj) and toks[k][0] > s:
                    cut = _trim(self.text, s, toks[k][0])
                    if cut:
                        fr.content[0] = cut
                    break
        return frames

    def _back_cut(self, frames: list[Frame], toks, forms) -> list[Frame]:
        """A postposed content that runs back over an earlier statement of its sentence begins after the
        clause boundary that ends that statement: in "The army said it had repelled the attack, but the
        town remained under fire, officials said" the army said the first clause, the officials the rest.
        The earlier statement is a verb with its own subject, read forwards ("The army said X, but …": a
        verb of saying proper, the ``invert`` list; any verb in a language without it) or itself postposed
        (any verb: "Two soldiers were killed, the army said, and three villages were shelled, officials
        said", "…, KING-TV reported, while …": its parenthetical rest is dropped); the boundary after it a ";" or a comma and a coordinating
        conjunction or "while"/"whereas" (no complementiser after it).  Thirteenth round (attrib25)."""
        if len(frames) < 2:
            return frames  # (most sentences)
        lex = self.lex
        starts = None
        for b, fb in enumerate(frames):
            if b == 0 or fb.direct or fb.kind != "verb" or len(fb.content) != 1 or fb.content[0][1] > fb.cue[0]:
                continue
            s, e = fb.content[0]
            for fa in frames[:b]:
                if fa.kind != "verb" or fa.source is None or not s <= fa.source[0] < fa.source[1] <= e \
                        or not s <= fa.cue[0] < e:
                    continue
                pre = fa.content[0][0] >= fa.cue[1] and fa.source[1] <= fa.cue[0] and not fa.direct and len(fa.content) == 1
                post = fa.content[0][1] <= fa.cue[0] and fa.content[0][0] >= s
                if not (pre or post):
                    continue
                if pre and lex.invert.by_first and TOKEN_RE.findall(self.text, fa.cue[0], fa.cue[1])[-1].lower() not in lex.invert:
                    continue
                if starts is None:
                    starts = {t[0]: k for k, t in enumerate(toks)}
                x = starts.get(fa.cue[0])
                if x is None:
                    continue
                if post:
                    while x < len(toks) and toks[x][0] < fa.source[1]:
                        x += 1  # (after the source named after the cue: "…, said the governor, and …")
                cut = None
                while x + 2 < len(toks) and toks[x][0] < e:
                    if forms[x] == ";" or (forms[x] == "," and forms[x + 1] in _BACK_COORD
                                           and not lex.comp.match(forms, x + 2)):
                        cut = x
                        break
                    x += 1
                if cut is None:
                    continue
                rest = _trim(self.text, toks[cut + (forms[cut] == ",")][1], e)
                if rest is None:
                    continue
                if pre:
                    first = _trim(self.text, fa.content[0][0], min(fa.content[0][1], toks[cut][0]))
                    if first is None:
                        continue
                    fa.content[0] = first
                else:
                    fa.content = [c for c in fa.content if c[0] < toks[cut][0]]
                fb.content[0] = rest
                break
        return frames

    def _inner_coord(self, starts: dict[int, int], forms, fr: Frame, later: Frame, s: int, conj: int) -> bool:
        """Whether a later verb after "and" with no subject of its own goes on with the subject of the first
        content's own clause, not with the first cue's: "Singh said he was alarmed by the images and
        wanted to see …", "the officials said they are worried and want to …": no cut, the later verb
        is nested in the content.  English: the content before "and" holds a finite auxiliary ("was",
        "are", "he's"); the later verb is no verb of saying proper (the ``invert`` list: "he said X and
        added that Y" is two statements); and it is a verb of wish, belief or feeling (``_MENTAL``), or
        in the present after a cue in the past (a tense the first cue's subject cannot go on in).  ``starts``: the
        token index of each token start (:meth:`_cut`'s)."""
        if self.lex.lang != "en" or forms[conj] != "and" or fr.kind != "verb" \
                or (later.source is not None and later.source[0] >= fr.cue[0]):
            return False
        c, v = starts.get(fr.cue[0]), starts.get(later.cue[0])
        if c is None or v is None or forms[v] in self.lex.invert or v - conj > 3:
            return False
        a = c
        while a > 0 and forms[a - 1] in self.lex.aux:
            a -= 1  # (the cue's auxiliaries before it: "has also said")
        x = starts.get(s)
        if x is None or not any(forms[y] in _FINITE_AUX or (forms[y] in _CONTRACTED and y > x + 1 and forms[y - 1] in CLOSERS
                                                                  and forms[y - 2] in _CONTRACTING)
                                for y in range(x, conj)):
            return False
        if forms[v] in _MENTAL:
            return True
        # a past cue, a present or bare later verb ("said they are worried and want to …"); not the other way
        # round: a cue in the present of reporting goes on in the past ("adds she has released X and called on …")
        return _tense(forms, a, c + 3) == "past" and _tense(forms, conj + 1, v + 1) in ("present", "bare")

    def _fronted(self, forms, fr: Frame, x: int | None, k: int) -> bool:
        """Whether the content of ``fr`` (from token ``x``) opens, after its complementiser, with a fronted
        adverbial clause ("although", "if", "despite", "si", "bien que", "если", "якщо": ``_FRONTED``) that
        the comma at ``k`` ends: the main clause of the content follows the comma ("Prosecutors argued that
        although Lazar confessed, he showed no remorse", "She said if elected, she would …"), and a cue
        there is nested in the content, no statement of its own.  The first cue a verb of saying proper
        (the ``invert`` list; languages without it: any verb)."""
        if x is None or fr.kind != "verb" or fr.direct:
            return False
        if self.lex.invert.by_first and TOKEN_RE.findall(self.text, fr.cue[0], fr.cue[1])[-1].lower() not in self.lex.invert:
            return False
        if forms[x] in self.lex.comp:
            x += 1
        if x >= k or forms[x] not in _FRONTED:
            return False
        return not any(forms[y] in CLAUSE_END for y in range(x, k))

    def _clause_conj(self, forms, conj: int, later: Frame, head: int) -> bool:
        """Whether "and"/"but" before a later verb of saying proper with its own subject right after
        the conjunction opens a clause of its own, where the first content ends ("a woman asked for a
        photo **and Clinton said**, “…”", "X backed the bill **but his aide told** reporters …").  Only
        verbs of saying proper (the ``invert`` list; languages without it: never): other later verbs
        ("and they believe", "but he wants") left the content whole, measured on PolNeAR train."""
        if later.source is None or later.source[0] != head or forms[conj] not in _CLAUSE_COORD:
            return False
        return TOKEN_RE.findall(self.text, later.cue[0], later.cue[1])[-1].lower() in self.lex.invert

    def _prep_holds(self, fr: Frame, later: Frame) -> bool:
        """Whether the content of a prepositional frame "According to X, CONTENT" holds a later verb
        of its own clause: a verb with no subject of its own or with its subject before it inside the
        content ("According to the AP, 571 superdelegates — a group of party leaders — supported
        Clinton"; "…, Clinton praised her donors, and she asked the bankers …").  The content runs to
        the end of the sentence over it, and the later statement is nested in it.  Not a postposed
        verb with its speaker after it ("According to police, the man fled, officials said"), nor a
        relative clause with a subject of its own ("…, которую оппоненты обвиняют в уступках")."""
        s = fr.content[0][0]
        if s < fr.cue[1] or later.kind != "verb" or later.content[0][0] < later.cue[1]:
            return False
        if later.source is None:
            return True
        if not s <= later.source[0] < later.source[1] <= later.cue[0]:
            return False
        first = TOKEN_RE.findall(self.text, later.source[0], later.source[1])[:1]
        before = TOKEN_RE.findall(self.text, max(s, later.source[0] - 12), later.source[0])[-1:]
        return not any(w.lower() in _RELATIVE_OPENERS for w in first + before)

    def _colon_cut(self, frames: list[Frame]) -> list[Frame]:
        """End a content at a colon that opens the quotation of a later cue: in "Trump seemed to suggest
        he had silenced her: “She signed an agreement,” he told the newspaper" (or "X a accusé Y : « … »,
        a-t-il dit"), the quotation is what "told" reports, and "seemed to suggest" ends at the colon."""
        if len(frames) < 2:
            return frames
        text = self.text
        drop = []
        for a, fr in enumerate(frames):
            if fr.direct or len(fr.content) != 1 or fr.content[0][0] < fr.cue[1]:
                continue
            s, e = fr.content[0]
            for later in frames[a + 1:]:
                q0 = later.content[0][0]
                if not later.direct or later.cue[0] < q0 or not s < q0 < e or later.kind == "colon":
                    continue
                colon = text.rfind(":", s, q0)
                if colon > s and not text[colon + 1:q0].strip(" \"'«“‘„"):
                    cut = _trim(text, s, colon)
                    if cut:
                        fr.content[0] = cut
                        # (the colon's own frame, "… in a commercial: “…”", reads the same quotation)
                        drop += [f for f in frames if f.kind == "colon" and f.content[0][0] == q0]
                break
        return [f for f in frames if not any(f is d for d in drop)] if drop else frames

    def _quote_ending_near(self, pos: int, window: int) -> Quote | None:
        i = bisect_left(self.q_starts, pos) - 1
        if i >= 0:
            q = self.quotes[i]
            if q.close is not None and pos - window <= q.close < pos:
                return q
        return None

    def _closer(self, tok) -> bool:
        if tok[2] not in CLOSERS:
            return False
        t = self.text
        if tok[2] in "’'" and tok[0] > 0 and t[tok[0] - 1] in "sS" and t[tok[1]:tok[1] + 2][1:2].islower() \
                and t[tok[1]:tok[1] + 1] == " ":
            return False  # a plural possessive: "Sanders' campaign manager"
        return not (tok[2] in "’'" and tok[0] > 0 and t[tok[0] - 1].isalnum() and tok[1] < len(t) and t[tok[1]].isalnum())

    #: the token list :meth:`_words` last counted in, and its running count of words
    _w_toks: list | None = None
    #: the token list of the sentence :meth:`frames` reads, and :meth:`_quoted` of it
    _q_toks: list | None = None
    _q_flags: list[bool] = []
    #: the comma ending a question that opens the sentence being read ("Asked whether X, ..."), else -1
    _question_comma = -1
    _w_sums: list[int] = []

    def _words(self, toks, a, b) -> int:
        """How many words (not punctuation) ``toks[a:b]`` holds: from a running count made once
        per sentence's token list (a frame asks several times)."""
        if toks is not self._w_toks:
            self._w_toks = toks
            self._w_sums = list(accumulate(map(str.isalnum, map(_FIRST, map(_FORM, toks))), initial=0))
        if a >= 0 and b is not None and b >= 0:  # (the usual case: no index from the end)
            n = len(toks)
            start, stop = (a if a < n else n), (b if b < n else n)
        else:
            start, stop, _step = slice(a, b).indices(len(toks))
        return self._w_sums[stop] - self._w_sums[start] if stop > start else 0

    def _back_over(self, forms, i, phrases) -> int:
        """Index before which only ``phrases`` stand between it and ``i``."""
        j = i
        changed = True
        while changed and j > 0:
            changed = False
            for k in range(max(0, j - 3), j):
                if forms[k] in phrases.by_first and phrases.match(forms, k) == j - k:
                    j = k
                    changed = True
                    break
        return j

    def _reduced_relative(self, toks, forms, i: int) -> bool:
        """Whether the participle ``forms[i]`` ("reported", "announced") is a reduced relative on the noun
        before it: a lower-case noun (not a name: "NBC announced on Tuesday", "Mr. Obama argued in 2004"),
        no auxiliary nor ``boundary`` word before it ("and called on"), then a ``reduced_prep`` phrase ("in
        2004", "by donors in March", "since May") or ``reduced_time`` ("last week") and straight on the verb
        of the clause (``reduced_verb``: "were", "had"): "The funding cuts announced by donors in March had
        forced clinics to close"; or the sentence's end where the noun stands in a prepositional phrase
        itself ("…, up from the 1255 cases reported in 2004.", not "…, the board decided at a recent
        meeting.").  Not where a subject of its own comes between ("announced on Monday the army would",
        "announced on Monday it would", "reported on Monday 12 people were": a ``reduced_article``, a pronoun
        or a number not right after a preposition), nor before a complementiser, a punctuation mark or more
        than six words."""
        lex = self.lex
        if i < 1 or not forms[i].endswith("ed") or not forms[i - 1][0].isalnum() or forms[i - 1] in lex.boundary \
                or not self.text[toks[i - 1][0]].islower() or self._back_over(forms, i, lex.aux) < i \
                or self._pron(forms[i - 1]) or i + 1 >= len(forms) \
                or not (forms[i + 1] in lex.reduced_prep or forms[i + 1] in lex.reduced_time):
            return False
        for k in range(i + 2, min(len(forms), i + 8)):
            f = forms[k]
            if f in lex.reduced_verb:
                return True
            if f in _SENTENCE_STOPS and k == len(forms) - 1:
                x = i - 2  # (back from the noun over its words, at most four, to a preposition)
                while x > i - 6 and x >= 0 and forms[x][0].isalnum() and forms[x] not in lex.reduced_prep:
                    x -= 1
                return x > i - 6 and x >= 0 and forms[x] in lex.reduced_prep
            if not f[0].isalnum() or f in lex.comp or (
                    (f in lex.reduced_article or self._pron(f) or f[0].isdigit())
                    and forms[k - 1] not in lex.reduced_prep):
                return False
        return False

    def _aside_start(self, forms, c: int) -> int | None:
        """The comma opening an ``aside`` ("в свою очередь", "for its part", "de son côté") that the comma
        ``forms[c]`` closes, with words before it; None where there is none."""
        for k in range(c - 2, max(0, c - 6), -1):
            if forms[k] == "," and forms[k + 1] in self.lex.aside.by_first and self.lex.aside.match(forms, k + 1) == c - k - 1:
                return k if forms[k - 1][0].isalnum() else None
        return None

    def _refusal_subject(self, toks, forms, i: int) -> tuple[int, int] | None:
        """The subject of a refusal (``refusal``: "declined to comment", "отказался отвечать") ending before
        ``toks[i]`` in its sentence, with no cue verb nor ";", ":", "." between: the participle at ``i`` is that
        subject's ("Песков отказался отвечать, отметив, что …", "…, a refusé de commenter, en ajoutant que …")."""
        lex = self.lex
        last = None
        for k in range(max(0, i - 20), i):
            if forms[k] in lex.refusal.by_first and (r := lex.refusal.match(forms, k)) and k + r <= i:
                last = (k, k + r)
        if last is None or any(forms[x] in (";", ":", ".") or forms[x] in lex.verbs.by_first and lex.verbs.match(forms, x)
                               for x in range(last[1], i)):
            return None
        ra = self._back_over(forms, last[0], lex.aux)
        b = self._source_start(toks, forms, ra)
        return (toks[b][0], toks[ra - 1][1]) if b < ra else None

    def _verb(self, toks, forms, i, j, s0, s1, post_only: bool = False) -> Frame | None:
        lex = self.lex
        n = len(toks)
        # auxiliaries before the verb belong to the cue
        a = self._back_over(forms, i, lex.aux)
        if lex.govern.by_first and (g := self._back_over(forms, a, lex.govern)) < a:
            # "Le président s'est contenté d'évoquer …": the verb governing the cue, and its auxiliaries,
            # belong to the cue, not to the source
            a = self._back_over(forms, g, lex.aux)
        if 0 < a <= 4 and lex.anaphor.match(forms, 0) == a:
            return self._anaphor(toks, forms, i, j, a, s0)
        if a > 2 and (m := lex.anaphor.match(forms, 0)) and m < a \
                and (gap := self._anaphor_gap(toks, forms, m, a)) is not None:
            # "Об этом в понедельник заявил министр", "Про це в інтерв'ю агентству Reuters сказав Буданов"
            return self._anaphor(toks, forms, i, j, a, s0, gap[0])
        passive = not lex.passive.isdisjoint(forms[a:i])
        if not passive and a >= 2 and (forms[a - 1] == "first" or (forms[a - 1][-2:] == "ly" and len(forms[a - 1]) > 4)) \
                and forms[i][-2:] == "ed":
            # "O'Malley's move was first reported by MSNBC", "The move was hotly criticized by X": an adverb
            # between the auxiliary and the participle
            a2 = self._back_over(forms, a - 1, lex.aux)
            if a2 < a - 1 and not lex.passive.isdisjoint(forms[a2:a - 1]):
                fr = self._passive(toks, forms, i, j, a2, s0)
                if fr is not None:
                    return fr
        if passive and not forms[i].endswith("ing"):
            fr = self._passive(toks, forms, i, j, a, s0)
            if fr is not None:
                return fr
            if a >= 1 and forms[a - 1] in lex.expletive:
                # "il a été rapporté que", "it was reported that": no one is named, no source
                fr = self._preposed(toks, forms, i, j, a, s0, s1)
                if fr is not None:
                    fr.source = None
                    fr.extra["agentless"] = True
                    fr.kind = "passive"
                return fr
            if forms[j - 1] in lex.reportpassive:
                # "No casualties were reported", "Aucune victime n'a été signalée": a report with no agent
                # and the thing reported for its subject names no one and states no proposition of
                # anyone's: no statement (its subject is no source)
                return None
        if self._gerund(forms[j - 1]) and a >= 1 and forms[a - 1] in (",", "—", "–", "et", "and", "и", "і", "та"):
            # "..., réaffirmant que", "..., adding that", "..., заявив, что": the subject of the clause speaks
            fr = self._preposed(toks, forms, i, j, a, s0, s1)
            if fr is not None:
                fr.source = None
            return fr
        fr = self._quote_then_source(toks, forms, i, j, a)
        if fr is not None:
            return fr
        if j < n and forms[j] == ":" and a > 0 and not post_only and self.quote_opening(toks[j][1], toks[j][1] + 4) is not None:
            # "Reflecting on his career, the leader said: “…”", "Le 3 mai, le ministre a déclaré : « … »":
            # the quotation the colon opens is what was said, not the clause before the subject
            fr = self._preposed(toks, forms, i, j, a, s0, s1)
            if fr is not None and fr.direct:
                return fr
        if j < n and forms[j] == "," and a > 0 and not post_only and self._comma_quote_forward(toks, forms, i, j, a):
            fr = self._preposed(toks, forms, i, j, a, s0, s1)
            if fr is not None:
                return fr
        if a >= 4 and forms[a - 1] == "," and (z := self._aside_start(forms, a - 1)) is not None:
            # "Минобороны, в свою очередь, заявило …", "Kyiv, for its part, said …": an aside set off between
            # the subject and its verb; the subject is the source, whatever follows the verb (no postposed
            # source: "Украина, в свою очередь, обвинила Россию в …")
            return self._preposed(toks, forms, i, j, a, s0, s1, src_end=z)
        # postposed?  find the punctuation or closing quote just before
        k = a - 1
        while k >= 0 and (forms[k] not in CLAUSE_END or self._abbreviation(toks, k)) and not (forms[k] in CLOSERS and self._closer(toks[k])) \
                and a - k <= MAX_SOURCE:
            if forms[k] in lex.boundary or forms[k] in lex.verbs.by_first and lex.verbs.match(forms, k):
                break
            k -= 1
        post_end = j
        while post_end < n and (forms[post_end] not in CLAUSE_END or self._abbreviation(toks, post_end)) \
                and not (forms[post_end] in CLOSERS and self._closer(toks[post_end])):
            if forms[post_end] in lex.acting.by_first and (m := lex.acting.match(forms, post_end)):
                post_end += m  # (the stops of "и.о.", "в.о.": an acting office, "сообщил и.о. министра …")
                continue
            post_end += 1
        post_words = self._words(toks, j, post_end)
        quote_before = self.quote_closing_before(toks[k][1] if k >= 0 else s0, toks[k][0] if k >= 0 else s0) if k >= 0 else None
        if quote_before is not None and self._title_quote(quote_before):
            quote_before = None  # "on Fox News channel’s “Sunday Morning Futures,” Rep. Issa said …": a title
        if k >= 0 and (forms[k] in (",", "—", "–") or self._closer(toks[k]) or quote_before) and (post_words <= MAX_POST or quote_before):
            comp_next = j < n and lex.comp.match(forms, j)
            pre_words = [t for t in toks[k + 1:a] if t[2][0].isalnum() and t[2] not in lex.aux]
            ends = post_end >= n or forms[post_end] in (".", ",", "!", "?", ";", ")") or (
                post_end + 1 >= n or forms[post_end + 1] in (".", ",", "!", "?"))
            if k == self._question_comma and pre_words and post_words and not quote_before:
                comp_next = True  # "Asked if he was ever bullied, Trump said no": the question is no content
            elif pre_words and (post_words > 5 or not ends) and not quote_before \
                    and not (ends and _RELATIVE_OPENERS.isdisjoint(t[2] for t in pre_words[:2])
                             and self._said_adjunct(forms, i, j, post_end)):
                comp_next = True  # "Dean Johnson, a salesman, said Cruz will ...": preposed
                # (not "X, she said in a video message to the convention.": a verb of saying proper
                # whose words after it, to the end of the sentence, are an adjunct with no clause)
            elif pre_words and post_words and not quote_before and lex.invert.by_first \
                    and forms[j - 1] not in lex.addressee \
                    and (not self._adjunct(forms, j) or not lex.invert.match(forms, j - 1)) \
                    and not (ends and self.is_time(toks[j][0], toks[post_end - 1][1])):
                # "Although 15 of the hijackers were Saudis, the government has denied any role",
                # "During the debate, both candidates said it was no big deal": a subject before the
                # verb and an object after it (no preposition, time word or addressee): forwards;
                # a verb that is no verb of saying proper reads forwards before a preposition too
                # ("Just after the attack, the senator was calling for change")
                comp_next = True
            if not pre_words and not quote_before and (ap := self._titled_name(toks, forms, k)) \
                    and (post_words >= 1 or j + 1 < n and forms[j] == "," and lex.comp.match(forms, j + 1)):
                # "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré que …", "Пресс-секретарь Кремля,
                # Дмитрий Песков, заявил …": a title and the name set off after it are the subject
                fr = self._preposed(toks, forms, i, j, a, s0, s1)
                if fr is not None and fr.source is None:
                    fr.source = ap
                return fr
            first = next((x for x in range(k) if forms[x] == ","), None)
            # (words, not tokens: the stops of "Dr. Anna K. Smith" are no words of the name)
            name_first = first is not None and self._words(toks, 0, first) <= 4 \
                and all(self.text[t[0]].isupper() for t in toks[:first] if t[2][0].isalnum())
            # "Сирийская обсерватория по правам человека, которая базируется в Лондоне, сообщила о 20 погибших":
            # a relative clause set off after the opening and the topic after the verb ("о", "про", "about"):
            # the opening is the subject, however long (a postposed source never opens with the topic's preposition)
            relative_open = first is not None and first + 1 < k and forms[first + 1] in _RELATIVE_OPENERS
            # (the topic's preposition may end the cue itself: "Le ministère soudanais de la Santé, qui publie
            # un bilan, a fait état de onze morts")
            relative_aside = relative_open and (j < n and forms[j] in lex.topic or self._cue_ends_in_topic(forms, j))
            # "The strike, which caused a fire on deck, injured two crew members, said the maritime agency":
            # the relative clause closes before a predicate of its own, and the words after the cue are a
            # source, no clause: the cue's source follows it (postposed), the opening is the content's subject
            predicate_after = relative_open and self._relative_then_predicate(toks, forms, first, k)
            speaker_after = predicate_after and ends and 1 <= post_words <= MAX_POST_SOURCE and not comp_next \
                and not self._clause_after(forms, j, post_end)
            # "A soldier, who requested anonymity because he was not authorised to speak, said the unit had
            # withdrawn", "Военный, который попросил не называть его имени, сказал, что …": the relative
            # clause runs to the cue's comma; the opening is its subject, a cue inside the clause notwithstanding,
            # where a clause follows the cue (not "…, which opposes the amendment, said Shelbi Day, a marcher":
            # a short phrase after the cue is its postposed source)
            relative_subject = relative_open and not predicate_after and (
                post_words >= 4 or comp_next
                or post_end + 1 < n and forms[post_end] == "," and lex.comp.match(forms, post_end + 1))  # ("сказал, что", "заявил агентству, что")
            # "Десять вантажівок із продуктами, ліками та генераторами прибули …, повідомила Харківська обласна
            # військова адміністрація": where no clause follows a verb of saying without a complementiser (no
            # English-style inversion), capitalised words after the cue to the sentence's end are its source
            named_after = not lex.invert.by_first and ends and not comp_next and 1 <= post_words <= MAX_POST_SOURCE \
                and j < n and self.text[toks[j][0]].isupper() and (post_end >= n or forms[post_end] in _SENTENCE_STOPS)
            if not pre_words and not quote_before and not speaker_after and not named_after \
                    and (post_words >= 4 or ((name_first or relative_aside) and post_words >= 1) or relative_subject) \
                    and first is not None and \
                    not (forms[0].endswith("ing") and lex.invert.by_first) and \
                    (self._opening_words(toks, forms, first) if relative_open and (relative_aside or relative_subject)
                     or j < n and lex.comp.match(forms, j) else self._words(toks, 0, first)) \
                    <= (MAX_SOURCE if relative_aside else _OPENING_SUBJECT.get(lex.lang, 4)) \
                    and self.text[toks[0][0]].isupper() and \
                    not self._quoted(toks[:1], s0, s1)[0] and \
                    (relative_aside or relative_subject or not any(lex.verbs.match(forms, x) for x in range(first + 1, k))):
                # (not "Samedi, le ministère a annoncé X, affirmant que Y": that verb has its subject; a cue
                # inside a relative clause has the relative pronoun: "Минобороны, которое заявило об …, не сообщило о …")
                # "Officials, speaking on condition of anonymity, said the strike killed 12 people"
                fr = self._preposed(toks, forms, i, j, a, s0, s1)
                if fr is not None and fr.source is None:
                    fr.source = (toks[0][0], toks[first - 1][1])
                return fr
            if not comp_next and not pre_words and not quote_before and not post_only and forms[k] == "," \
                    and self._clause_after(forms, j, post_end):
                fr = self._subject_before_comma(toks, forms, i, j, a, k, s0, s1)
                if fr is not None:
                    return fr
            if not comp_next:
                fr = self._postposed(toks, forms, i, j, a, k, post_end, s0, quote_before)
                if fr:
                    return fr
        if post_only:
            return None
        return self._preposed(toks, forms, i, j, a, s0, s1)

    def _cue_ends_in_topic(self, forms, j: int) -> bool:
        """Whether the cue ending before ``forms[j]`` ends with a ``topic`` preposition ("a fait état de",
        "a fait état d'"): no postposed source follows such a cue."""
        k = j - 1
        if k > 0 and not forms[k][0].isalnum():
            k -= 1  # (the elided "d'")
        return k >= 0 and forms[k] in self.lex.topic

    def _opening_words(self, toks, forms, first: int) -> int:
        """The words of the sentence's opening before its first comma (``forms[:first]``), less those of a
        chain of noun complements after a ``genitive`` preposition ("Le ministère soudanais de la Santé":
        3, "Le porte-parole du ministère tchadien des Affaires étrangères": 1), where the whole opening
        holds at most twice MAX_SOURCE words (an elided "l'" counts as one), holds no ``clause_aux`` nor a
        ``determiner`` after anything but a preposition ("de la", "aux") and opens with no ``nonsource``
        word ("Au cours de la réunion"): a long noun phrase naming an
        institution is one subject.  Languages with no ``genitive`` entry count every word.  Asked
        only where the opening cannot be a content before a postposed source: a relative clause follows it
        ("…, qui publie un bilan, a fait état de") or a complementiser follows the cue ("…, visiblement ému, a
        affirmé que"), not "Les rebelles du M23 contrôlent la localité de Nyabiondo, ont affirmé des sources"."""
        words = self._words(toks, 0, first)
        if not self.lex.genitive or words > 2 * MAX_SOURCE or forms[0] in self.lex.nonsource \
                or not self.lex.clause_aux.isdisjoint(forms[:first]):
            return words  # (not "Les rebelles du M23 ont pris le contrôle de …": a clause, no noun phrase)
        g = next((x for x in range(1, first) if forms[x] in self.lex.genitive), first)
        words_only = [f for f in forms[g:first] if f[0].isalnum()]
        if any(f in self.lex.determiner and words_only[w - 1] not in self.lex.genitive
               and words_only[w - 1] not in self.lex.nonsource for w, f in enumerate(words_only) if w):
            return words  # (not "Les opérations de l'armée visent particulièrement le Hamas": an object's article)
        return self._words(toks, 0, g)

    def _postposed(self, toks, forms, i, j, a, k, post_end, s0, quote_before) -> Frame | None:
        lex, text = self.lex, self.text
        cue = (toks[a][0] if a < i and forms[a] not in lex.pron_any and forms[a] not in lex.pron_person else toks[i][0], toks[j - 1][1])
        # content: the quotation closing before the comma, else the sentence up to it
        q = quote_before or self.quote_closing_before(toks[k][0] + 1, toks[k][0])
        if q is None and k >= 1:
            q = self.quote_closing_before(toks[k - 1][1], toks[k - 1][0])
        direct = False
        if q is not None and (q.open < s0 or self._words(toks, 0, self._index(toks, q.open)) < 2
                              or self._after_colon(q.open, s0)):
            content = [(q.start, q.end)]
            direct = True
        else:
            span = _trim(text, s0, toks[k][0])
            if span is None or self._words(toks, 0, k) < 2:
                return None
            if self.times and j < len(toks) and forms[j][0].isalnum() and self.is_time(*span) and any(
                    t[2][0].isalnum() and t[2] not in lex.aux for t in toks[k + 1:i]):
                # "Le 21 septembre 2022, la Russie a annoncé X": the date opens the sentence, its subject
                # stands before the verb and X follows it: X is the content (not "In 1911, she added,
                # Buck began …" nor "В субботу, отмечает BBC, адвокат …", where the date is said)
                return None
            if (forms[0] in lex.nonsource and self._words(toks, 0, k) <= 5
                    or forms[0] in lex.participle_opening and "," not in forms[1:k]) and any(
                    t[2][0].isalnum() and len(t[2]) > 1 and t[2] not in lex.aux and not self._pron(t[2]) for t in toks[k + 1:i]):
                # "In 2008, the SVP proposed ...", "Through a spokeswoman, Trump declined": an adverbial
                # (not "Au cours de l'opération, a-t-il ajouté, ...": an incise); "Отвечая на вопрос журналистов
                # о сроках переговоров, Песков сказал, что …": an adverbial participle of any length, the
                # subject after it speaks (the sentence reads forwards)
                return None
            content = [span]
        # source between the comma and the verb (aux aside), else after the verb
        pre = [t for t in toks[k + 1:i] if not (lex.aux.match([t[2]], 0) and t[2] not in lex.pron_any)]
        pre = [t for t in pre if t[2][0].isalnum() and t[2] not in lex.aux]
        channel = relay = None
        if pre and pre[0][2] in lex.nonsource and not direct:
            return None  # "…, she said, in an implicit caution to …": a prepositional phrase is no source
        if pre:
            source = (pre[0][0], pre[-1][1])
            # a channel or skip words after the verb ("he told Reuters")
            if j < post_end:
                channel = self._channel(toks, forms, j, post_end)
                if channel is None and forms[j - 1] in lex.addressee:
                    channel = (toks[j][0], toks[post_end - 1][1])
                if channel is None and forms[j] == "of" and j + 2 <= post_end and lex.invert.match(forms, i) == j - i \
                        and (of := _trim(text, toks[j + 1][0], toks[post_end - 1][1])) is not None:
                    content = content + [of]  # "“It’s unanimous,” he said of the council’s support for …": the topic
        elif not direct and (qa := self._appositive_quote(toks, forms, k)) is not None:
            # "“X,” Graham, a former candidate, told CBS": the source stands between the quotation and the verb
            q2, src = qa
            content, direct, source = [(q2.start, q2.end)], True, src
            if j < post_end and forms[j - 1] in lex.addressee:
                channel = (toks[j][0], toks[post_end - 1][1])
        else:
            if (lex.invert.by_first and not lex.invert.match(forms, j - 1) and not direct) or forms[j - 1] in lex.noinvert:
                return None  # (after a quotation any verb cue: "“…,” declared the mayor")
            source, channel, relay = self._post_source(toks, forms, j, post_end)
            if source is not None and self.times and self.is_time(*source):
                source = channel = relay = None  # "…, said on Saturday.": a date is no source
            if source is not None and self._finite_inside(toks, forms, source):
                source = channel = relay = None  # "…, said the retreat was “…”": a clause, no source
            if source is None and not direct and (ap := self._apposed_source(toks, forms, k)) is not None:
                # "X, Anna White, a spokeswoman, said.", "X, a spokeswoman, Anna White, said on Saturday."
                content, source = ap
                fr = Frame(content, cue, source, None, self._relay_after(toks, forms, post_end), False)
                return fr
            if source is None:
                return None
            first = self._index(toks, source[0])
            limit = MAX_POST_SOURCE + (6 if lex.channel.match(forms, first) else 0)  # "au NYT de hauts responsables"
            if direct:
                limit += 6  # after a quotation: "“…,” said Montclair State University political scientist Brigid Harrison"
            if "," in text[source[0]:source[1]]:
                limit += 4  # a name in apposition: "le porte-parole du ministère, Jean Dupont"
            if self._post_source_words(toks, forms, first, self._index(toks, source[1])) > limit:
                return None
        fr = Frame(content, cue, source, channel, relay or self._relay_after(toks, forms, post_end), direct)
        if post_end < len(toks) and forms[post_end] == ",":
            q2 = self.quote_opening(toks[post_end][1], toks[post_end][1] + 3)
            if direct and q2 is not None:
                # a quotation split by the cue: « X », a-t-il dit, « Y »
                fr.content.append((q2.start, q2.end))
            elif direct and q2 is None and (rest := self._unquoted_rest(toks, forms, post_end, fr)) is not None:
                fr.content.append(rest)
            elif not direct and q2 is None and fr.relay is None and self._words(toks, post_end, len(toks)) >= 3 \
                    and not lex.verbs.match(forms, post_end + 1) \
                    and not (fr.source and fr.source[1] > toks[post_end][0]):  # (not the source's own apposition)
                # a parenthetical cue: "X, a-t-il ajouté, Y" (not "X, an official said, adding that Y")
                rest = _trim(text, toks[post_end][1], toks[-1][1])
                if rest:
                    fr.content.append(rest)
        return fr

    def _finite_inside(self, toks, forms, span: tuple[int, int]) -> bool:
        """Whether the words of ``span`` (a source found after its verb) hold a finite auxiliary outside a
        relative clause of their own: "the retreat was" is a clause, "the man who was injured" a source."""
        x = self._index(toks, span[0])
        for x in range(x, len(toks)):
            if toks[x][0] >= span[1]:
                break
            if forms[x] in _RELATIVE_OPENERS:
                return False
            if forms[x] in _FINITE_AUX:
                return True
        return False

    def _after_colon(self, pos: int, s0: int) -> bool:
        """A quotation opening at ``pos`` right after a colon of its sentence ("Trump seemed to suggest
        he had silenced her: “She signed a confidentiality agreement,” he told the newspaper"): the
        quotation alone is what the cue after it reports, not the clause before the colon."""
        before = self.text[s0:pos].rstrip()
        return before.endswith(":") and len(before) > 1

    def _comma_quote_forward(self, toks, forms, i, j, a) -> bool:
        """"Asked a direct question about this, Clinton said, “I do take responsibility.”", "On the same
        day, Mr. Trump said, “I don't like it”": a verb of saying proper (``invert`` list; any verb cue in a
        language without one) between a subject after a comma and a quotation opening right after the
        comma that follows it: the quotation is what was said, not the opening phrase (which is no
        quotation: "“A,” he said, “B”" is one quotation split by its cue)."""
        lex = self.lex
        q = self.quote_opening(toks[j][1], toks[j][1] + 3)
        if q is None or not self.text[q.start:q.start + 1].isupper():
            return False  # (nor "The plan is dead, he said, “and we will not revive it”": a continuation)
        if (lex.invert.match(forms, i) if lex.invert.by_first else lex.verbs.match(forms, i)) != j - i:
            return False
        k = a - 1
        while k >= 0 and (forms[k] not in CLAUSE_END or self._abbreviation(toks, k)) and not (forms[k] in CLOSERS and self._closer(toks[k])) \
                and a - k <= MAX_SOURCE:
            if forms[k] in lex.boundary or forms[k] in lex.verbs.by_first and lex.verbs.match(forms, k):
                return False
            k -= 1
        if k < 1 or forms[k] != "," or self._closer(toks[k - 1]) or self.quote_at(toks[k][0]) is not None \
                or self.quote_closing_before(toks[k][1], toks[k][0]) is not None:
            return False
        if not lex.passive.isdisjoint(forms[a:i]):
            return False  # "Trump was asked, “What is …?”": the quotation is what was asked of him
        # a subject: a word that is no adverb (not "He paused, then loudly asked, “Really?”")
        return any(t[2][0].isalnum() and t[2] not in lex.aux and t[2] not in lex.adverb and t[2] != "then"
                   and not (t[2].endswith("ly") and len(t[2]) > 4) for t in toks[k + 1:a])

    def _unquoted_rest(self, toks, forms, e: int, fr: Frame) -> tuple[int, int] | None:
        """"“It is a better use of political capital,” he added, to pursue a hybrid system": a quotation
        whose sentence goes on, unquoted, after its postposed cue and a comma (``toks[e]``) continues it;
        not a participle or a verb cue ("he said, adding that …"), the source's apposition, a relay
        ("citing …") or a clause with its own cue."""
        lex, n = self.lex, len(toks)
        if fr.relay is not None or (fr.source and fr.source[1] > toks[e][0]) or self._words(toks, e, n) < 3 \
                or forms[e + 1] not in _CONTINUATION or not self.text[toks[e + 1][0]].islower() \
                or any(lex.verbs.match(forms, x) for x in range(e + 1, n)):
            return None
        return _trim(self.text, toks[e][1], toks[-1][1])

    def _infinitive(self, toks, forms, i, j, s0, s1) -> Frame | None:
        """The frame of a cue after an infinitive marker ("to"): up to three lower-case words govern it,
        opening with an auxiliary or a past form ("was quick", "hesitated", "has yet") right after the
        source (no expletive "it"); any other infinitive makes no statement (the marker blocks it)."""
        text, lex = self.text, self.lex
        x = None
        for k in range(i - 2, max(-1, i - 5), -1):
            if not forms[k][:1].isalpha() or not text[toks[k][0]].islower() or self._pron(forms[k]) \
                    or forms[k] in lex.boundary or lex.verbs.match(forms, k):
                break
            if forms[k] in lex.noinfinitive.by_first:
                return None  # "were not authorized to discuss", "is hard to say": no stance of the subject
            if (forms[k] in lex.aux and forms[k] not in MODALS) or forms[k].endswith("ed"):
                x = k  # the predicate opens here ("was quick", "has yet", "hesitated")
        if x is None or x == 0 or not forms[x - 1][:1].isalnum() or forms[x - 1] in lex.expletive \
                or forms[x - 1] in lex.boundary or forms[x - 1] in lex.aux or (x == i - 2 and forms[x] in lex.passive) \
                or (j < len(forms) and forms[j] in ("up", "off", "by")):
            # (not "a Senate committee met to discuss", "It is important to note", "His mission is to
            # support", "The money will go to support", "will begin to show up")
            return None
        fr = self._preposed(toks, forms, i, j, x, s0, s1)
        if fr is None or fr.source is None:
            return None
        return fr

    def _after_aux(self, forms: list[str], i: int) -> bool:
        """An auxiliary stands right before ``forms[i]``, or before one adverb in "-ment" ("a clairement mis en
        cause"): the participle of an ``auxonly`` cue is then a verb of its own, not a modifier of a noun."""
        aux = self.lex.aux
        return i > 0 and (forms[i - 1] in aux or (i > 1 and forms[i - 1].endswith("ment") and forms[i - 2] in aux))

    def _after_noun(self, forms: list[str], i: int) -> bool:
        """The one-word participle ``forms[i]`` (an ``auxonly`` entry) follows a word and no auxiliary verb stands
        among the few words before it ("les soldats accusés de viol", "le ministre cité par Le Monde"): a reduced
        relative, not a verb of its own. Not after an auxiliary ("a accusé", "a-t-il déclaré", "a pour sa part
        affirmé", "après avoir déclaré"), nor at the start of its sentence or after a comma ("X, accusé de ...",
        the apposition, stays as it was)."""
        if i == 0 or not forms[i - 1][:1].isalpha() or self._after_aux(forms, i):
            return False
        for k in range(i - 1, max(-1, i - 6), -1):
            f = forms[k]
            if f in self.lex.auxverb:
                return False
            if f == "-":
                continue  # "a-t-il déclaré", "ont-ils affirmé"
            if not f[:1].isalpha() or f in self.lex.comp or f in self.lex.relative:
                break  # a clause of its own before: "a déclaré que les soldats accusés de viol ..."
        return True

    def _that_clause(self, forms, i: int) -> bool:
        """``forms[i]`` (a ``thatverb``) is followed by a clause ("that", or a determiner or pronoun opening
        one: "analysts expect the Fed to ...") and comes after a word that may end its subject: not a
        relative pronoun ("voters who expect ..."), a passive, "that" or a generic quantifier ("many expect ...")."""
        lex = self.lex
        if i == 0 or i + 1 >= len(forms) or not (lex.comp.match(forms, i + 1) or forms[i + 1] in _CLAUSE_OPEN):
            return False
        prev = forms[i - 1]
        return prev[:1].isalpha() and prev not in lex.relative and prev not in lex.passive \
            and prev not in _GENERIC_SUBJECT and prev not in lex.comp

    def _as_object(self, forms, i: int) -> bool:
        """``forms[i]`` (an ``asverb``) has an object then "as" in its clause (at most ten words on,
        no comma, complementiser or clause end before it), and is no passive ("was seen as")."""
        lex = self.lex
        if i > 0 and forms[i - 1] in lex.passive:
            return False
        for x in range(i + 2, min(len(forms), i + 12)):
            f = forms[x]
            if f in lex.asword and forms[x - 1] != "such":  # (not "his views such as …")
                # (nor "cast their votes for other candidates as questions nag": a ballot, not a view)
                return forms[i + 1] not in lex.comp and not any(w in _LITERAL_OBJECT for w in forms[i + 1:x]) \
                    and self._as_next(forms, x + 1)
            if f in CLAUSE_END or f in (",", ";", "—", "–", ":") or lex.comp.match(forms, x):
                return False
        return False

    def _as_next(self, forms, x: int) -> bool:
        """The word after the ``asword`` of an ``asverb``: free where the language lists no ``asnext``; else
        one of them or a word with an ``asnext_end`` ending (fr "appelé les habitants à quitter/se retirer",
        an infinitive, not "appelé son frère à Paris")."""
        lex = self.lex
        if not lex.asnext.by_first and not lex.asnext_end.by_first:
            return True
        if x >= len(forms):
            return False
        f = forms[x]
        return f in lex.asnext or any(f.endswith(e) and len(f) > len(e) + 1 for e in lex.asnext_end.by_first)

    def _said_adjunct(self, forms, i: int, j: int, end: int) -> bool:
        """A verb of saying proper (``invert`` list; in a language without one, fr/ru/uk, any verb cue) at
        ``forms[i:j]`` whose words up to the end of the sentence (``end``) are one adjunct: a preposition of
        place or time or a time word first (fr/ru/uk: :data:`_ADJUNCT_PREP`), no complementiser,
        auxiliary or punctuation after it, no gerund as its object ("insisted on getting"): "…, she said in
        a video message to the convention.", "…, a-t-elle déclaré dans un message vidéo adressé à …"."""
        lex = self.lex
        if lex.invert.by_first:
            if lex.invert.match(forms, i) != j - i or forms[j] not in ("in", "on", "at", "during") \
                    and forms[j] not in lex.time_after:
                return False  # (not a channel: "continued to call for an auction")
        elif not (lex.verbs.match(forms, i) == j - i and forms[j] in _ADJUNCT_PREP):
            return False  # (fr/ru/uk, no list of verbs of saying proper: a verb cue before "dans", "в", "у")
        return j < end and (end >= len(forms) or forms[end] in (".", "!", "?")) \
            and not (j + 1 < end and forms[j + 1].endswith("ing") and forms[j + 1] not in _ING_PREPOSITIONS) \
            and not any(lex.comp.match(forms, x) or f in (",", ";", "—", "–") or f in lex.aux for x, f in enumerate(forms[j:end], j))

    def _adjunct(self, forms, j: int) -> bool:
        """``forms[j]`` opens no object: a preposition, a time word, a channel, an adverb in -ly."""
        lex, w = self.lex, forms[j]
        return (w in lex.nonsource or w in lex.skip or bool(lex.channel.match(forms, j)) or w in lex.time_after
                or (w.endswith("ly") and len(w) > 4) or w in ("about", "into", "through", "over")
                or not w[:1].isalnum())

    def _quote_then_source(self, toks, forms, i, j, a) -> Frame | None:
        """"“X,” Trump said on Twitter.", "“X?” Lichtman said about McCain's effort.", "“X,” Miller,
        a retired worker, said pleasantly into the phone.": a quotation ends the clause before the source,
        and the verb is followed by a phrase that is no content (a preposition, a time word, an adverb
        in -ly; no complementiser): the quotation is what was said."""
        lex, n = self.lex, len(toks)
        if a == 0 or j >= n or not forms[j][:1].isalpha() or lex.comp.match(forms, j) or not lex.invert.match(forms, i):
            return None  # only verbs of saying proper ("said", "wrote", "told"): "refused to", "referring to" are not
        w = forms[j]
        if not (w in lex.nonsource or w in lex.skip or lex.channel.match(forms, j) or w in lex.time_after
                or (w.endswith("ly") and len(w) > 4) or w in ("about", "into", "through", "over")):
            return None
        y = j
        while y < n and forms[y] not in (".", "!", "?", ";", ":", ",") and not (forms[y] in CLOSERS and self._closer(toks[y])) \
                and self.quote_opening(toks[y][0], toks[y][0] + 1) is None:
            if forms[y] in lex.comp.by_first and lex.comp.match(forms, y) \
                    or (y > j and forms[y] in lex.verbs.by_first and lex.verbs.match(forms, y) and forms[y - 1] not in lex.nonsource):
                return None  # "said on Monday that ...", "said in a statement he would ...": the content follows
            y += 1
        if (y < n and forms[y] not in (".", "!", "?", ";", ",") and not self._closer(toks[y])) or self._words(toks, j, y) > 10:
            return None
        x = a - 1
        while x >= 0 and a - x <= 16 and not (forms[x] in CLOSERS and self._closer(toks[x])):
            if forms[x] in (".", "!", "?", ";", ":") and not self._name_stop(toks, forms, x) \
                    or forms[x] in lex.verbs.by_first and lex.verbs.match(forms, x):
                return None
            x -= 1
        if x < 0 and a <= 16:
            # the quotation ended the sentence before: "“… NOW!” Trump said on Twitter."
            q = self._quote_ending_near(toks[0][0], 3)
            if q is None or self.text[q.close + 1:toks[0][0]].strip() or "\n" in self.text[q.close:toks[0][0]]:
                return None  # (not a quotation ending the paragraph before: "“…?”\n\nThe crowd applauded.")
            src_from = toks[0][0]
        else:
            if x < 0 or not self._closer(toks[x]) or x == a - 1:
                return None
            q = self.quote_closing_before(toks[x][1], toks[x][0])
            if q is None or q.close != toks[x][0]:
                return None
            src_from = toks[x][1]
        if self.text[q.close - 1] not in ",.!?" and self.text[q.close + 1:q.close + 2] != ",":
            return None  # a quoted word inside a clause
        src = _trim(self.text, src_from, toks[a - 1][1])
        if src is None or not any(t[2][0].isalpha() for t in toks[max(x, -1) + 1:a]):
            return None
        if any(t[2] in lex.boundary or t[2] in lex.passive or t[2] in lex.comp for t in toks[max(x, -1) + 1:a]):
            return None  # "And only when a woman can run ... without being told to": no name before the verb
        first = self.text[src[0]]
        w0 = forms[x + 1]
        if not (first.isupper() or w0 in lex.pron_any or w0 in lex.pron_person or w0 in lex.pron_plural):
            return None
        cue = (toks[i][0], toks[j - 1][1])
        channel = self._channel(toks, forms, j, y) if y > j else None
        return Frame([(q.start, q.end)], cue, src, channel, None, True)

    def _title_quote(self, q) -> bool:
        """A quotation that is the title of a programme or a work, not words spoken: at most six
        words, each capitalised, right after "on", "in", "to" or a possessive ("on Fox News channel’s
        “Sunday Morning Futures,”", "told CNN’s “State of the Union”")."""
        inner = self.text[q.start:q.end].strip(" ,.")
        words = inner.split()
        if not words or len(words) > 6 or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
            return False
        before = self.text[max(0, q.open - 12):q.open].rstrip()
        return before.endswith(("’s", "'s", " on", " in", " to", "On", "In"))

    def _said_name(self, toks, forms, j, s1) -> Frame | None:
        """"Said Comey, “The thought …”", "Says one organiser: …": a verb of saying proper opening the
        sentence, then a name (at most five words, capitalised or a determiner first) and a comma or a
        colon; the source is the name, the content what follows (a quotation or at least three words)."""
        n, text = len(toks), self.text
        e = j
        while e < n and e - j < 5 and forms[e] not in CLAUSE_END and forms[e] != ":" \
                and not self.lex.verbs.match(forms, e) and self.quote_opening(toks[e][0], toks[e][0] + 1) is None:
            e += 1
        if e == j or e >= n - 1 or forms[e] not in (",", ":") or (
                not text[toks[j][0]].isupper() and forms[j] not in _SAID_DETERMINERS):
            return None
        x = e + 1
        q = self.quote_opening(toks[x][0], toks[x][0] + 1)
        if q is not None:
            content = [(q.start, q.end)]
        else:
            span = _trim(text, toks[x][0], s1)
            if span is None or self._words(toks, x, n) < 3:
                return None
            content = [span]
        return Frame(content, (toks[0][0], toks[j - 1][1]), (toks[j][0], toks[e - 1][1]), direct=q is not None)

    def _apposed_source(self, toks, forms, k):
        """"X, Anna White, a spokeswoman, said": the comma ``toks[k]`` stands right before the verb and
        the two comma-separated phrases before it are a name and its apposition (at most six words
        each, one of them with a capitalised word inside the sentence, no verb, quotation or clause
        word): they are the source, the sentence up to them the content (at least three words)."""
        lex, text = self.lex, self.text
        commas = []
        x = k - 1
        while x >= 0 and len(commas) < 2:
            f = forms[x]
            if f == ",":
                if k - x < 2 or (commas and commas[-1] - x < 2):
                    return None
                commas.append(x)
            elif f in CLAUSE_END or f in lex.boundary or f in lex.comp or lex.verbs.match(forms, x) \
                    or self._closer(toks[x]) or self.quote_opening(toks[x][0], toks[x][0] + 1) is not None:
                return None
            if (commas[-1] if commas else k) - x > 6:
                return None
            x -= 1
        if len(commas) < 2:
            return None
        k2, k3 = commas
        if not any(text[t[0]].isupper() and t[2][:1].isalpha() for t in toks[k3 + 1:k]):
            return None
        if self._words(toks, 0, k3) < 3:
            return None
        span = _trim(text, toks[0][0], toks[k3][0])
        src = _trim(text, toks[k3 + 1][0], toks[k - 1][1])
        if span is None or src is None:
            return None
        return [span], src

    def _appositive_quote(self, toks, forms, k):
        """A quotation closing at most 10 words before ``toks[k]``, with only a name and its apposition between."""
        x = k - 1
        while x >= 0 and k - x <= 20 and not (forms[x] in CLOSERS and self._closer(toks[x])):
            if forms[x] in (".", "!", "?", ";", ":") and not self._short_abbreviation(toks, x) \
                    or self.lex.verbs.match(forms, x):
                return None
            x -= 1
        if x < 0 or not self._closer(toks[x]):
            return None
        q = self.quote_closing_before(toks[x][1], toks[x][0])
        if q is None or not (q.close == toks[x][0] or q.close == toks[x][0] - 1 and self.text[q.close:q.close + 2] == "''"):
            return None  # (two apostrophes close a quotation at the first one)
        if self.text[q.close - 1] not in ",.!?" and self.text[q.close + 1:q.close + 2] != ",":
            return None  # a quoted word inside a clause, not a quotation ending
        src = _trim(self.text, toks[x][1], toks[k][0])
        if not src or len(self.text[src[0]:src[1]].split()) > (14 if "," in self.text[src[0]:src[1]] else 7):
            return None
        return q, src

    @staticmethod
    def _index(toks, pos: int) -> int:
        return bisect_left([t[0] for t in toks], pos)

    def _relay_after(self, toks, forms, e):
        """", citing two officials" / ", со ссылкой на источник" after a source clause ending at ``e``."""
        n = len(toks)
        if e < n - 1 and forms[e] == ",":
            m = self.lex.relay.match(forms, e + 1)
            if m:
                x = e + 1 + m
                y = x
                while y < n and forms[y] not in CLAUSE_END:
                    y += 1
                if y > x:
                    return (toks[x][0], toks[y - 1][1])
        return None

    def _channel(self, toks, forms, a, b):
        for x in range(a, b):
            m = self.lex.channel.match(forms, x)
            if m:
                return (toks[x][0], toks[b - 1][1])
        return None

    def _post_source(self, toks, forms, j, post_end):
        lex = self.lex
        x = j
        while x < post_end:
            m = lex.skip.match(forms, x) or (1 if forms[x] in ("-", "t") else 0)  # "poursuit-il", "a-t-elle"
            if not m:
                break
            x += m
        if x >= post_end:
            return None, None, None
        end = post_end
        channel = relay = None
        for y in range(x + 1, post_end):
            if forms[y] in lex.relative and y > x + 1:
                end = y  # "“…,” said Sen. Jim Whelan who represents Atlantic City and …": the name is the
                break  # source, the relative clause (past the source's length limit) is about him
            m = lex.relay.match(forms, y)
            if m:
                relay = (toks[y + m][0], toks[post_end - 1][1]) if y + m < post_end else None
                end = y
                break
            m = lex.channel.match(forms, y)
            if m:
                channel = (toks[y][0], toks[post_end - 1][1])
                end = y
                break
        # trailing time words ("said Trump on Sunday")
        source = (toks[x][0], toks[end - 1][1])
        if channel is None and relay is None and end == post_end and post_end < len(toks) and forms[post_end] == ",":
            # a name in apposition: "a déclaré le porte-parole du ministère, Jean Dupont"
            y = post_end + 1
            while y < len(toks) and (forms[y] not in CLAUSE_END and (self.text[toks[y][0]].isupper()
                                                                      or self._name_particle(toks, y))
                                     or self._abbreviation(toks, y)) and y - post_end <= 5:
                y += 1  # (an initial's period inside the name: "John J. Ferriola")
            if y > post_end + 1 and (y >= len(toks) or forms[y] in (".", "!", "?", ";", ",")):
                source = (toks[x][0], toks[y - 1][1])
        return source, channel, relay

    def _name_particle(self, toks, y: int) -> bool:
        """``toks[y]`` is a lower-case particle hyphenated to a capitalised name ("al" and "-" in "Moussa
        al-Koni", "el-Sisi"): written with no space on either side of the hyphen."""
        n = len(toks)
        if toks[y][2] == "-":
            return 0 < y < n - 1 and toks[y - 1][1] == toks[y][0] and toks[y][1] == toks[y + 1][0] \
                and self.text[toks[y + 1][0]].isupper()
        return y + 2 < n and toks[y + 1][2] == "-" and toks[y][1] == toks[y + 1][0] \
            and toks[y + 1][1] == toks[y + 2][0] and self.text[toks[y + 2][0]].isupper()

    def _acting_ending(self, forms, b: int) -> int | None:
        """Where an ``acting`` entry ending right before ``forms[b]`` starts ("и.о.", "т.в.о.": tokens
        "и . о ."), else None."""
        acting = self.lex.acting
        for k in range(max(0, b - _ACTING_TOKENS), b - 1):
            if forms[k] in acting.by_first and k + acting.match(forms, k) == b:
                return k
        return None

    def _source_start(self, toks, forms, a: int) -> int:
        """Where a source ending before ``toks[a]`` starts: back to a boundary, at most MAX_SOURCE words
        (further for a chain of noun complements, or a restrictive relative clause and its head)."""
        lex, text = self.lex, self.text
        # (a token that :meth:`_quoted` puts in no quotation has no :meth:`quote_at`: not asked)
        quoted = self._q_flags if toks is self._q_toks else None
        b = a
        while b > 0 and a - b < MAX_SOURCE:
            f = forms[b - 1]
            if f == "." and b >= 2 and toks[b - 2][2][:1].isalpha() and len(toks[b - 2][2]) <= 3 and text[toks[b - 2][0]].isupper():
                b -= 2  # "Sen. Lindsey Graham", "U.S. officials"
                continue
            if f == "." and (k := self._acting_ending(forms, b)) is not None:
                b = k  # "И.о. министра … заявил": the stops of an acting office
                continue
            if f == ")":
                k = b - 1
                while k > 0 and forms[k] != "(" and b - k < 8:
                    k -= 1
                if forms[k] == "(":
                    b = k  # "Lindsey Graham (R-SC)"
                    continue
            if f in PUNCT_BREAK or f in (".", "!", "?") or f in lex.boundary or (f in CLOSERS and self._closer(toks[b - 1])):
                break
            if f in lex.verbs.by_first and lex.verbs.match(forms, b - 1) \
                    or (quoted is None or quoted[b - 1]) and self.quote_at(toks[b - 1][0]) is not None:
                break
            b -= 1
        if a - b >= MAX_SOURCE and b > 0 and forms[b] in lex.genitive:
            # "Le chef de l'administration militaire de la région de Zaporijjia a annoncé": the limit fell
            # inside a chain of noun complements; the source reaches back to its head (at most four words
            # before the chain, to a boundary)
            h = b
            while h > 0 and b - h < 4 and (forms[h - 1][0].isalnum() or forms[h - 1] in _ELISION) \
                    and forms[h - 1] not in lex.boundary and not lex.verbs.match(forms, h - 1):
                h -= 1
            if h == 0 or not (forms[h - 1][0].isalnum() or forms[h - 1] in _ELISION) or forms[h - 1] in lex.boundary:
                b = h
        if b < a and b >= 2 and forms[b - 1] in lex.relative and forms[b - 2][0].isalnum():
            # "Democrats in Iowa who watched the debate said": a restrictive relative clause belongs
            # to the source, its head noun before it
            h = b - 1
            while h > 0 and a - h < 2 * MAX_SOURCE and forms[h - 1][0].isalnum() and forms[h - 1] not in lex.boundary \
                    and not lex.verbs.match(forms, h - 1) and not self.quote_at(toks[h - 1][0]):
                h -= 1
            if h < b - 1:
                b = h
        return b

    def _preposed(self, toks, forms, i, j, a, s0, s1, src_end: int | None = None) -> Frame | None:
        """The frame of a cue whose source stands before it; ``src_end``: where that source ends when
        something other than the cue's auxiliaries comes between (an aside: "Минобороны, в свою очередь,
        заявило")."""
        lex, text = self.lex, self.text
        n = len(toks)
        if a == 0 and i == 0 and j < n - 2 and text[toks[0][0]].isupper() and lex.invert.match(forms, 0) == j:
            fr = self._said_name(toks, forms, j, s1)
            if fr is not None:
                return fr
        cue = (toks[a][0] if a < i and forms[a][0].isalpha() else toks[i][0], toks[j - 1][1])
        e = a if src_end is None else src_end
        b = self._source_start(toks, forms, e)
        source = (toks[b][0], toks[e - 1][1]) if b < e else None
        if source and not any((len(t[2]) > 1 or t[2] in lex.short_source) and t[2][0].isalpha() and t[2] not in lex.block
                              and t[2] not in lex.aux for t in toks[b:e]) \
                and not (e - b <= 3 and forms[e - 1] == "%" and forms[e - 2][:1].isdigit()) \
                and not (e - b == 1 and forms[b].isdigit() and b > 0 and forms[b - 1] == "," and e < i):
            source = None  # "avant d'ajouter": no source of its own (but "47% say": a share of those polled;
            # ", 39 have said": a count of people after a comma)
        if b == e and b >= 2 and forms[b - 1] in self.lex.boundary and forms[b - 1] not in self.lex.relative \
                and forms[b - 1] not in self.lex.comp:
            # "Reid caucused in Nevada and says he voted ...": the subject of the sentence
            source = self._subject(toks, forms, b - 1)
        if b == e and b >= 1 and (forms[b - 1] in self.lex.relative
                                  or b >= 3 and forms[b - 1] in self.lex.relcomma and forms[b - 2] == ","
                                  and any(f in CLAUSE_END for f in forms[:b - 2]) and self.lex.passive.isdisjoint(forms[a:i])):
            # "Barkley, who said ...", "voters who support Sanders", "…, according to the UN refugee agency,
            # which said ...": the relative pronoun is the source, its antecedent found among the actors
            # (a "which" right after the sentence's opening keeps that opening, the subject, as its source:
            # "The ministry, which said ...")
            source = (toks[b - 1][0], toks[b - 1][1])
        # content after the verb
        x = j
        channel = None
        # a channel right after the verb ("told the newspaper that", "a déclaré au journal que")
        y = x
        while y < n and y - x <= 6 and forms[y] not in CLAUSE_END \
                and not (forms[y] in lex.comp.by_first and lex.comp.match(forms, y)) \
                and not (y > x and forms[y] in lex.verbs.by_first and lex.verbs.match(forms, y)):  # "said the chief had told reporters that": nested
            y += 1
        addressed = x < n and (lex.channel.match(forms, x) or forms[j - 1] in lex.addressee)
        y, z = self._comma_comp(forms, x, y)
        if y < n and lex.comp.match(forms, y) and x < y <= x + 6 \
                and (addressed or lex.aux.isdisjoint(forms[x:y])) \
                and (addressed or self._jump_to_comp(forms, x)):
            # (not "said she was not going to jump to that conclusion": a clause with its auxiliary
            # before "that", which is a determiner there, not the complementiser)
            channel = (toks[x][0], toks[z - 1][1]) if addressed else None
            x = y
        if channel is None and x == j and lex.lang == "en" and forms[j - 1] in lex.addressee \
                and (z := self._bare_addressee(toks, forms, x, n)) is not None:
            channel, x = (toks[x][0], toks[z - 1][1]), z  # "told reporters the strike killed three people"
        relay = None
        if x + 1 < n and forms[x] == "," and (r := lex.relay.match(forms, x + 1)):
            # "The New York Times reported, citing US officials, that …": the relayed source, then the content
            y = next((c for c in range(x + 1 + r, n) if forms[c] in CLAUSE_END), n)
            if x + 1 + r < y < n and forms[y] == ",":
                relay, x = (toks[x + 1 + r][0], toks[y - 1][1]), y
        while x < n and forms[x] in (",", ":", "—", "–", "-"):
            x += 1
        m = lex.comp.match(forms, x) if x < n else 0
        if m:
            x += m
        while x < n and forms[x] in (",", ":", "—", "–", "-"):
            x += 1
        colon = next((c for c in range(j, min(n, j + 7)) if forms[c] == ":"), None)  # (the first colon, if near)
        if colon is not None:
            # "Cruz continued:" / "Cruz called them on it:" then the quotation, maybe in the next paragraph
            q = self.quote_opening(toks[colon][1], toks[colon][1] + 4)
            if q is None and colon == n - 1:
                q = self.quote_opening(toks[colon][1], s1 + 4)
            if q is not None:
                return Frame([(q.start, q.end)], cue, source, channel, None, True)
        if x >= n or forms[x] in (".", "!", "?"):
            if source is not None:
                q = self._quote_ending_near(source[0], 25)
                if q is not None and len(text[q.close + 1:source[0]].split()) <= 3:
                    return Frame([(q.start, q.end)], cue, source, channel, None, True)  # "“X,” Gov. Kasich replied."
            return None
        q = self.quote_opening(toks[x][0], toks[x][0] + 1)
        if q is not None and (q.close is None or q.close >= s1 - 2 or self._words(toks, self._index(toks, q.close + 1), n) < 3):
            return Frame([(q.start, q.end)], cue, source, channel, None, True)
        if not m and lex.intransitive.match(forms, i) and (forms[x] in lex.nonsource or forms[x] in lex.time_after
                                                           or forms[x] in lex.intransitive):
            return None  # "Trump spoke to the gathering", "speaking at a rally", "spoke briefly": no content
        span = _trim(text, toks[x][0], s1)
        if span is None or self._words(toks, x, n) < 2 and not (forms[x] in lex.answer and span[1] == toks[x][1]) \
                and forms[j - 1] not in lex.nameverb:
            return None  # (one word only for an answer: "Trump said no."; or the name a nameverb gives:
            # "В Бишкеке эти обвинения назвали провокацией")
        if b == e and (c := self._relative_close(toks, forms, b - 1, x, n)) is not None:
            span = _trim(text, toks[x][0], toks[c - 1][1]) or span
        # content running into a quotation that goes on beyond the sentence
        q_end = self.quote_at(span[1] - 1)
        if q_end is not None and q_end.end > span[1]:
            span = (span[0], q_end.end)
        return Frame([span], cue, source, channel, relay, False)

    def _relative_close(self, toks, forms, r: int, x: int, n: int) -> int | None:
        """The comma closing a relative clause whose pronoun ``forms[r]`` speaks inside the sentence's
        subject ("The ministry, which said the attack killed 12 soldiers, gave no details", "L'armée
        malienne, qui a affirmé avoir neutralisé plusieurs assaillants, n'a pas donné de bilan"): the
        pronoun follows the sentence's first comma, and a comma after the content ``x`` (before any other
        clause mark) is followed by an auxiliary that opens the main clause's predicate (``clause_aux``:
        "was", "may", "n'a", "не"); not a comma within a list ("who has insulted women, Mexicans and
        Muslims, has ..."), before an adjunct or a subordinate clause ("пообещал жесткую реакцию, если …");
        else None (the clause runs to the sentence's end: "…, according to the agency, which said …")."""
        lex = self.lex
        if r < 2 or forms[r - 1] != "," or not (forms[r] in lex.relative or forms[r] in lex.relcomma) \
                or any(f in CLAUSE_END for f in forms[:r - 1]):
            return None
        for c in range(x + 1, n - 1):
            if forms[c] in CLAUSE_END and forms[c] != ",":
                return None
            if forms[c] == "," and forms[c + 1] in lex.clause_aux and self.quote_at(toks[c][0]) is None:
                return c
        return None

    def _relative_then_predicate(self, toks, forms, first: int, k: int) -> bool:
        """The relative clause opening after the sentence's first comma ``first`` closes at a comma before
        the cue's comma ``k`` and a predicate follows it ("The strike, which caused a fire on deck,
        injured two crew members, said …", "Удар, который был нанесен по рынку, унес жизни 12 человек,
        сообщила …"): a lower-case word after that comma, no conjunction or relative pronoun (not a list
        inside the clause: "who served in Iran, Turkey and France, praised …")."""
        for c in range(first + 2, k - 1):
            w = forms[c + 1]
            if forms[c] == "," and w[0].isalpha() and self.text[toks[c + 1][0]].islower() \
                    and w not in self.lex.boundary and w not in _RELATIVE_OPENERS:
                return True
        return False

    def _clause_after(self, forms, j: int, end: int) -> bool:
        """The words after a cue (to ``end``) open a clause, not a postposed source: a complementiser, or
        a subject pronoun followed by more words ("…, said he had heard that account"; not "…, said he.")."""
        lex = self.lex
        if j >= end or not lex.invert.by_first:
            return False  # (English only: "…, сказала вона своїм критикам, …" is an incise, its subject after it)
        if lex.comp.match(forms, j):
            return True
        w = forms[j]
        return j + 1 < end and (w in lex.pron_person or w in lex.pron_plural or w in lex.pron_any or w in lex.pron_thing) \
            and forms[j + 1] not in _AFTER_OBJECT
        # (not "reported it to the F.B.I.", "opposed it as a candidate": an object pronoun)

    def _subject_before_comma(self, toks, forms, i, j, a, k, s0, s1) -> Frame | None:
        """"California Rep. Jared Huffman, a member of the caucus who wants X, said he had heard that
        account": a name and its apposition, set off by commas right before the verb, are its subject and
        a clause follows the verb: the sentence reads forwards, the source is what stands before the comma
        (after an opening adverbial: "Appearing before supporters, Suu Kyi, 70, said …" names Suu Kyi)."""
        lex, text = self.lex, self.text
        x = 0
        while x < k and forms[x] in lex.boundary:
            x += 1  # "Yet some voters …"
        if forms[x] in lex.nonsource or forms[x].endswith("ing"):
            x = next((c + 1 for c in range(x, k) if forms[c] == ","), k)  # (past an opening adverbial)
        if x >= k or not text[toks[x][0]].isupper():
            return None
        e = k
        if any(lex.verbs.match(forms, y) or lex.comp.match(forms, y) for y in range(x, k)):
            # the apposition holds a clause with a cue of its own ("Podesta, who said the project was
            # vetted, said …"): the name before it speaks, and the inner statement stays its own
            e = next((c for c in range(x, k) if forms[c] == ","), k)
            if e == k or any(lex.verbs.match(forms, y) or lex.comp.match(forms, y) for y in range(x, e)):
                return None
        fr = self._preposed(toks, forms, i, j, a, s0, s1)
        if fr is None:
            return None
        fr.source = _trim(text, toks[x][0], toks[e - 1][1])
        return fr

    def _deed_after_of(self, forms, i: int, fr: Frame) -> bool:
        """(English) "Russia accused Kyiv of attacking the plant": a gerund after "of" whose verb names a
        deed as often as words ("attacking") is what the object is accused of, not a statement of its own
        with the source "Kyiv of"."""
        return self.lex.lang == "en" and i >= 2 and forms[i - 1] == "of" and forms[i] in _DEED_GERUNDS \
            and fr.source is not None and self.text[fr.source[0]:fr.source[1]].endswith(" of")

    def _adds_to(self, toks, forms, j: int, fr: Frame) -> bool:
        """(English) "Clinton won the primary, adding to her delegate lead", "The strike added to the death
        toll": "add" followed by "to" whose content opens on that "to" is an increase, not a statement
        (not "“…,” Trump added to reporters": a quotation; not "added to reporters that …": the content
        starts after the addressee)."""
        return self.lex.lang == "en" and forms[j - 1] in _ADD_FORMS and j < len(forms) and forms[j] == "to" \
            and not fr.direct and bool(fr.content) \
            and (fr.content[0][0] == toks[j][0] or j + 1 < len(forms) and forms[j + 1] in _INCREASED)

    def _finds_oneself(self, forms, j: int) -> bool:
        """(English) "Kerry found himself playing defense", "the rebels find themselves surrounded": "find"
        with a reflexive object names a state of its subject, no finding reported."""
        return self.lex.lang == "en" and forms[j - 1] in _FIND_FORMS and j < len(forms) and forms[j] in _REFLEXIVES

    def _bare_addressee(self, toks, forms, x: int, n: int) -> int | None:
        """(English) The end of the addressee of "told" before a bare complement clause ("told reporters
        the strike killed three people", "told him they had left", "told the BBC it was"): an object
        pronoun, or up to four words (a determiner first, no punctuation, complementiser or verb cue)
        followed by a subject pronoun or a determiner that opens the clause, with a finite auxiliary or
        a word in -ed within four words after it; else None."""
        if x >= n:
            return None
        if forms[x] in _OBJECT_PRONOUNS:
            z = x + 1
        else:
            z = x + (forms[x] in ("the", "a", "an"))
            while z < n and z - x < 4 and forms[z] not in _BARE_CLAUSE_OPENERS and forms[z] not in CLAUSE_END \
                    and forms[z] not in _CLAUSE_WORDS and forms[z] not in _NOT_ADDRESSEE \
                    and not self.lex.comp.match(forms, z) \
                    and not self.lex.verbs.match(forms, z) and not forms[z] in _FINITE_AUX:
                z += 1
            if z == x or z - x == 1 and forms[x] in ("the", "a", "an"):
                return None
        if z >= n or forms[z] not in _BARE_CLAUSE_OPENERS:
            return None
        if not any(f in _FINITE_AUX or f.endswith("ed") for f in forms[z + 1:z + 5]):
            return None  # "told reporters the details": no clause
        return z

    def _jump_to_comp(self, forms, x: int) -> bool:
        """Whether the words from ``forms[x]`` to a complementiser after a cue that names no addressee
        may be skipped: only an adjunct ("said on Monday that", "said Tuesday that"). Otherwise "that"
        belongs to the content: a clause ("said he understands how hard that can be"), a relative
        clause ("identified the platforms that were used") or a noun's complement ("rejected the
        notion that X", "showed no sign that X": X is not what the subject holds). A verb cue right
        after the cue is skipped too ("went on to argue that")."""
        return self._adjunct(forms, x) or forms[x] in self.lex.time_after or bool(self.lex.verbs.match(forms, x)) \
            or (forms[x] in _OBJECT_PRONOUNS and forms[x + 1] in self.lex.comp.by_first)  # "assured him that"

    def _titled_name(self, toks, forms, k: int) -> tuple[int, int] | None:
        """The span "TITLE, Name Surname" opening the sentence up to the comma ``toks[k]``: one comma
        before it, 1-4 capitalised words between the two commas, a title of at most eight words opening
        with a capital and holding no verb cue or quotation; else None."""
        first = next((x for x in range(k) if forms[x] == ","), None)
        if first is None or first == 0 or not 1 <= k - first - 1 <= 4 or not self.text[toks[0][0]].isupper():
            return None
        if not all(self.text[t[0]].isupper() and t[2][0].isalpha() for t in toks[first + 1:k]):
            return None
        if self._words(toks, 0, first) > 8 or any(self.lex.verbs.match(forms, x) or self.lex.boundary.match(forms, x)
                                                  for x in range(first)) \
                or self._quoted(toks[:1], toks[0][0], toks[k][0])[0]:
            return None
        return (toks[0][0], toks[k - 1][1])

    def _comma_comp(self, forms, x: int, y: int) -> tuple[int, int]:
        """``(y, z)``: the complementiser searched from ``x`` stopped at ``y``; when it stopped at a comma
        right before one ("сообщил журналистам, что …", "заявив у Telegram, що …": Russian and
        Ukrainian set the complementiser off by a comma), the complementiser's index and the comma's;
        else ``(y, y)``."""
        if self.lex.lang in _COMMA_COMP and x < y < len(forms) - 1 and forms[y] == "," \
                and forms[y + 1] in _COMMA_COMP[self.lex.lang]:
            return y + 1, y
        return y, y

    def _subject(self, toks, forms, limit: int) -> tuple[int, int] | None:
        """A pronoun or a run of capitalised words opening the sentence (before ``limit``), or the
        main clause after a question that opens it ("Asked whether X, Mrs. Clinton shook her head and
        said ...")."""
        x = self._question_comma + 1 if 0 <= self._question_comma < limit else 0
        while x < limit and (forms[x] in self.lex.boundary or not forms[x][0].isalnum()):
            x += 1
        if x >= limit:
            return None
        if any(forms[k] == "," for k in range(x, min(limit, x + 6))):
            # "Samedi, le ministère ...", "En février 2022, le Kremlin ...", "Biden, the
            # president, ...": an opening adverbial or apposition; the caller falls back
            # on the statement before or the first actor named in the sentence
            return None
        if self._pron(forms[x]):
            return (toks[x][0], toks[x][1])
        e = x
        while e < limit and e - x < 4 and (self.text[toks[e][0]].isupper()
                                           or e > x and forms[e] == "." and self._abbreviation(toks, e)):
            e += 1  # (the period of "Mrs. Clinton", "Gen. Zaluzhny" inside the name)
        if e == x or (e < limit and forms[e] in ("’", "'")) or forms[e - 1] == ".":
            return None
        return (toks[x][0], toks[e - 1][1])

    #: the most words between an anaphor and its verb ("Об этом в интервью телеканалу CNN заявил")
    ANAPHOR_GAP = 6

    def _anaphor_gap(self, toks, forms, m: int, a: int) -> tuple[tuple[int, int] | None] | None:
        """Whether the words between an anaphor (``forms[:m]``) and its verb's auxiliaries (from ``a``)
        are adjuncts of the verb: days and times ("в понедельник", ``skip`` entries or the times layer)
        and a channel ending at the verb ("в интервью агентству Reuters"); ``(channel span or None,)``
        when they are, else None ("Об этом деле судья заявил": the words name a subject)."""
        if a - m > self.ANAPHOR_GAP:
            return None
        lex = self.lex
        x = m
        while x < a:
            if (k := lex.skip.match(forms, x)) or (k := lex.time_after.match(forms, x)):
                x += k
            elif (te := self._time_end(toks[x][0])) is not None:
                while x < a and toks[x][0] < te:
                    x += 1  # ("Об этом 12 марта сообщили": the whole time expression)
            elif lex.channel.match(forms, x):
                if any(f in CLAUSE_END for f in forms[x:a]):
                    return None
                return ((toks[x][0], toks[a - 1][1]),)  # (the channel runs to the verb)
            else:
                return None
        return (None,)

    def _anaphor(self, toks, forms, i, j, a, s0, channel_before: tuple[int, int] | None = None) -> Frame | None:
        """"Об этом заявил министр", "Про це повідомив мер": the content is the sentence before
        (``channel_before``: a channel between the anaphor and the verb, "Про це в інтерв'ю Reuters сказав")."""
        k = bisect_left(self.sent_starts, s0) - 1
        if k < 0:
            return None
        ps, pe = self.sentences[k]
        b0 = self.blocks[bisect_right(self.block_starts, s0) - 1][0]
        if ps < b0 and bisect_right(self.block_starts, ps) < bisect_right(self.block_starts, s0) - 1:
            return None  # not in this paragraph or the one before
        content = _trim(self.text, ps, pe)
        n = len(toks)
        e = j
        while e < n and forms[e] not in CLAUSE_END:
            e += 1
        if content is None or e == j:
            return None
        source, channel, relay = self._post_source(toks, forms, j, e)
        if source is None:
            return None
        return Frame([content], (toks[0][0], toks[j - 1][1]), source, channel or channel_before, relay, False)

    def _passive(self, toks, forms, i, j, a, s0) -> Frame | None:
        """"O'Malley's move was first reported by MSNBC": the content is the subject, the source the agent."""
        n = len(toks)
        x = j
        while x < n and x - j <= 2 and not self.lex.agent.match(forms, x):
            x += 1
        if x >= n or not self.lex.agent.match(forms, x):
            return None
        e = x + 1
        while e < n and forms[e] not in CLAUSE_END and e - x <= MAX_SOURCE and not (e > x + 1 and forms[e] in _AGENT_ENDS):
            e += 1  # (the agent ends before "for"/"over" …: "rebuked by opponents for his proposal")
        if e == x + 1:
            return None
        b = a
        while b > 0 and forms[b - 1] not in CLAUSE_END and forms[b - 1] not in self.lex.boundary:
            b -= 1
        if b == a and a >= 2 and (forms[a - 1] in self.lex.relative or forms[a - 1] == "which") and forms[a - 2] == ",":
            b = a - 1  # "Sanders' win, which was projected by the networks": the relative pronoun is what was said
        if b == a:
            return None
        content = [(toks[b][0], toks[a - 1][1])]
        if e < n and forms[e] in _AGENT_ENDS and forms[e] in _REASON:
            # "Trump has been rebuked by opponents for his proposal to ban Muslims": what the agent blames
            f = e
            while f < n and forms[f] not in CLAUSE_END:
                f += 1
            if (rest := _trim(self.text, toks[e][0], toks[f - 1][1])) is not None:
                content.append(rest)
        return Frame(content, (toks[a][0], toks[x][1]), (toks[x + 1][0], toks[e - 1][1]), kind="passive")

    def _incise(self, toks, forms, i, j, q) -> Frame | None:
        """« Nous ne reculerons pas, a-t-il ajouté. Nous resterons » : a cue inside the guillemets."""
        lex = self.lex
        k = i - 1
        while k >= 0 and i - k <= 6 and (forms[k] in lex.aux or forms[k] == "-" or self._pron(forms[k])):
            k -= 1
        if k < 0 or forms[k] not in (",", "—", "–") or toks[k][0] <= q.start:
            return None
        e = j
        while e < len(toks) and e - j <= 4 and forms[e] not in CLAUSE_END:
            e += 1
        if e >= len(toks) or forms[e] not in (",", ".", "—", "–"):
            return None
        pron = [t for t in toks[k + 1:i] if self._pron(t[2])]
        if pron and pron[0][2].lower() in _FIRST_SECOND:
            return None  # "“If you ask me, I think the town will fall.”": the quoted speaker's own words, no incise
        source = (pron[0][0], pron[0][1]) if pron else ((toks[j][0], toks[e - 1][1]) if e > j else None)
        if source is None:
            return None
        parts = [p for p in (_trim(self.text, q.start, toks[k][0]), _trim(self.text, toks[e][1], q.end)) if p]
        cue = (toks[k + 1][0] if forms[k + 1] in lex.aux else toks[i][0], toks[j - 1][1])
        return Frame(parts, cue, source, None, None, True)

    def _name_stop(self, toks, forms, k: int) -> bool:
        """The full stop at ``toks[k]`` belongs to a name: a short abbreviation ("Sen.", "J.") or a
        party and state in brackets ("Sen. Marco Rubio (R-Fla.)")."""
        if forms[k] != ".":
            return False
        if self._short_abbreviation(toks, k):
            return True
        return k + 1 < len(forms) and forms[k + 1] == ")" and "(" in forms[max(0, k - 6):k]

    def _short_abbreviation(self, toks, k: int) -> bool:
        """``toks[k]`` is the full stop of a capitalised word of at most three letters ("Mrs.", "J.",
        "Pa."), inside an apposition rather than ending a sentence."""
        return toks[k][2] == "." and k > 0 and toks[k - 1][1] == toks[k][0] and toks[k - 1][1] - toks[k - 1][0] <= 3 \
            and self.text[toks[k - 1][0]].isupper()

    def _initialism_stop(self, toks, forms, k: int) -> bool:
        """``toks[k]`` is a full stop inside a name, not the end of a clause: the stop of a short capitalised
        abbreviation with more of the sentence after it ("U.N. figures", "F.A.A. records", "the U.S. military")."""
        return forms[k] == "." and k + 1 < len(forms) and forms[k + 1] not in CLAUSE_END and self._short_abbreviation(toks, k)

    def _clause_end(self, toks, forms, e: int) -> int:
        """The index of the first clause end from ``forms[e]`` on (``len(forms)`` if none), reading over the stops of
        initialisms (:meth:`_initialism_stop`)."""
        n = len(forms)
        while e < n and (forms[e] not in CLAUSE_END or self._initialism_stop(toks, forms, e)):
            e += 1
        return e

    def _abbreviation(self, toks, k: int) -> bool:
        """``toks[k]`` is the full stop of a title or an initial before a name ("Mr. Rubio",
        "Benjamin J. Rhodes", "M. Macron"), not the end of a clause."""
        if toks[k][2] != "." or k == 0 or k + 1 >= len(toks):
            return False
        w = self.text[toks[k - 1][0]:toks[k - 1][1]]
        return len(w) <= 3 and w[:1].isupper() and toks[k - 1][1] == toks[k][0] and self.text[toks[k + 1][0]].isupper()

    def _post_source_words(self, toks, forms, a: int, b: int) -> int:
        """The words of a source after its verb (``toks[a:b]``), as its length limit counts them: an elided
        article counts with its noun ("l'Observatoire syrien des droits de l'homme": 6 words) and an ``acting``
        qualifier not at all ("сообщил исполняющий обязанности министра внутренних дел республики Андрей
        Ковалев": 6), so that a long office or name is still read as the source (the limit keeps clauses out)."""
        words = self._words(toks, a, b)
        acting = self.lex.acting.by_first
        x = a
        while x < b:
            if forms[x] in _ELISION and x > a and len(forms[x - 1]) <= 2 and toks[x - 1][1] == toks[x][0]:
                words -= 1
            elif forms[x] in acting and (m := self.lex.acting.match(forms, x)):
                words -= self._words(toks, x, x + m)
                x += m
                continue
            x += 1
        return words

    def _gerund(self, form: str) -> bool:
        """A participle or gerund by its ending ("réaffirmant", "adding", "заявив", "заявивши")."""
        endings = _gerund_endings(self.lex)
        return form.endswith(endings) and any(form.endswith(suffix) and len(form) > len(suffix) + 2
                                              for suffix in endings)

    def _question(self, toks, forms, i, j) -> Frame | None:
        """"Asked whether X, Y said ...", "Interrogé sur X, le ministre ...": a question opening the
        sentence; its content runs to the comma, its source is the agent ("asked by CNN") or no one."""
        n = len(toks)
        x, source = j, None
        if x < n and self.lex.agent.match(forms, x):
            e = x + 1
            if e < n and forms[e] in _QUESTION_DETS:
                e += 1  # "When asked by a reporter whether …": a common noun after its determiner
                while e < n and e - x <= 4 and forms[e].isalpha() and forms[e] not in _QUESTION_WORDS:
                    e += 1
            else:
                while e < n and e - x <= 4 and self.text[toks[e][0]].isupper():
                    e += 1
            if e <= x + 1 or forms[e - 1] in _QUESTION_DETS:
                return None
            source, x = (toks[x + 1][0], toks[e - 1][1]), e
        e = x
        while e < n:
            f = forms[e]
            if f in CLAUSE_END and not (f == "." and (self._abbreviation(toks, e) or self._initialism_stop(toks, forms, e)
                                                      or e + 1 < n and forms[e + 1] == "," and self._short_abbreviation(toks, e))):
                break  # (not the stops of "Mr. Clinton", "D.C.", "the U.N. convoy", "l'O.N.U.,")
            q = self.quote_opening(toks[e][0], toks[e][0] + 1)
            if q is not None:
                if q.close is None or q.close - q.open > _QUESTION_QUOTE:
                    break  # a quotation of its own, not a title or a word quoted inside the question
                # ("Asked why … on “CBS This Morning,” Sanders said", "Asked if Clinton “gets” race, …")
                k = e + 1
                while k < n and toks[k][0] < q.close:
                    if forms[k] == "," and self.text[toks[k][1]:q.close].strip() == "":
                        break  # the comma closing the question, inside the closing mark
                    k += 1
                e = k
                continue
            e += 1
        if e >= n or forms[e] != "," or self._words(toks, x, e) < 2:
            return None
        span = _trim(self.text, toks[x][0], toks[e - 1][1])
        if span is None:
            return None
        fr = Frame([span], (toks[i][0], toks[j - 1][1]), source, kind="passive")
        if source is None:
            fr.extra["agentless"] = True
        self._question_comma = e  # the main clause after it reads forwards (see :meth:`_verb`)
        return fr

    def _prep_ends(self, toks, forms, i, j) -> bool:
        """A prepositional cue with no comma before it that ends the sentence with its source ("Clinton
        leads 46 percent to 39 percent according to a CBS poll released Monday", "12 morts selon la
        police"): the source opens with a capital or a determiner, at most ten words, nothing after."""
        n = len(toks)
        end = n - 1 if n and forms[-1] in (".", "!", "?") else n
        if i < 4 or j >= end or end - j > 10 or any(forms[x] in CLAUSE_END and not self._initialism_stop(toks, forms, x)
                                                    for x in range(j, end)):
            return False
        return self.text[toks[j][0]].isupper() or forms[j] in self.lex.nonsource_end

    def _relcue(self, toks, forms, i, j, s0, s1) -> Frame | None:
        """"des rumeurs selon lesquelles X", "reports according to which X": the noun before is the
        source, the relative clause the content."""
        n = len(toks)
        b = i
        while b > 0 and i - b < 6 and forms[b - 1] not in CLAUSE_END and not self.lex.verbs.match(forms, b - 1):
            b -= 1
        if b == i:
            return None
        e = j
        while e < n and forms[e] not in CLAUSE_END:
            e += 1
        span = _trim(self.text, toks[j][0], toks[e - 1][1]) if e > j else None
        if span is None or self._words(toks, j, e) < 2:
            return None
        return Frame([span], (toks[i][0], toks[j - 1][1]), (toks[b][0], toks[i - 1][1]), kind="prep")

    def _dash_headline(self, toks, forms, d, s0) -> Frame | None:
        """A title "X — Y" or "Y — X" where X (at most five words, capitalised) is who speaks; the
        caller keeps it only when X is an actor."""
        n = len(toks)
        if s0 != self.blocks[0][0] or any(f in (".", "!", "?") for f in forms[:d]):
            return None
        left, right = toks[:d], toks[d + 1:]
        right = [t for t in right if t[2] not in (".", "!", "?")]
        if 1 <= len(left) <= 5 and len(right) >= 3 and self.text[left[0][0]].isupper() and \
                all(t[2][0].isalnum() for t in left):
            content = _trim(self.text, toks[d][1], toks[-1][1])
            if content:
                return Frame([content], (toks[d][0], toks[d][1]), (left[0][0], left[-1][1]), kind="headline",
                             extra={"dash": True})
        if 1 <= len(right) <= 5 and len(left) >= 3 and self.text[right[0][0]].isupper() and \
                all(t[2][0].isalnum() for t in right) and n - d - 1 <= 6:
            content = _trim(self.text, toks[0][0], toks[d][0])
            if content:
                return Frame([content], (toks[d][0], toks[d][1]), (right[0][0], right[-1][1]), kind="headline",
                             extra={"dash": True})
        return None

    def _pron(self, form: str) -> bool:
        lex = self.lex
        return form in lex.pron_any or form in lex.pron_person or form in lex.pron_plural or form in lex.pron_thing

    def _colon(self, toks, forms, c, s0) -> Frame | None:
        """"Cruz continued: “...”", "Trump on Twitter: “...”": a colon before a quotation."""
        q = self.quote_opening(toks[c][1], toks[c][1] + 4)
        bi = bisect_right(self.block_starts, s0) - 1
        if q is None and c <= 3 and s0 == self.blocks[bi][0] and all(self.text[t[0]:t[1]].isupper() for t in toks[:c]):
            # a transcript: "TAPPER: Do you think ..."
            span = _trim(self.text, toks[c][1], self.blocks[bi][1])
            if span is None:
                return None
            return Frame([span], (toks[c][0], toks[c][1]), (toks[0][0], toks[c - 1][1]), None, None, True, kind="headline")
        if q is not None and s0 == 0 and c <= 5 and not any(self.lex.verbs.match(forms, x) for x in range(c)):
            return Frame([(q.start, q.end)], (toks[c][0], toks[c][1]), (toks[0][0], toks[c - 1][1]), None, None, True,
                         kind="headline")
        if q is None:
            # a headline "John McCain: Republican anger appeals to bad angels"
            if s0 != 0 or c > 5 or c + 3 >= len(toks) or any(not t[2][0].isalnum() for t in toks[:c]):
                return None
            if not all(t[2][0].isalpha() for t in toks[:c]) or not self.text[toks[0][0]].isupper():
                return None
            if any(self.lex.verbs.match(forms, x) for x in range(c)):
                return None
            span = _trim(self.text, toks[c][1], toks[-1][1])
            if span is None:
                return None
            return Frame([span], (toks[c][0], toks[c][1]), (toks[0][0], toks[c - 1][1]), None, None, False, kind="headline")
        b = c
        while b > 0 and c - b < MAX_SOURCE and forms[b - 1] not in CLAUSE_END and forms[b - 1] not in CLOSERS:
            b -= 1
        if b == c or any(self.lex.verbs.match(forms, x) for x in range(b, c)):
            return None  # no source, or a verb frame handles it
        return Frame([(q.start, q.end)], (toks[c][0], toks[c][1]), (toks[b][0], toks[c - 1][1]), None, None, True,
                     kind="colon")

    #: the longest noun phrase (tokens) between "in" and the document noun that heads it, and the most words
    #: after the noun before the clause ends ("released Monday", "conducted March 11-13", "last month")
    _DOC_NP, _DOC_AFTER = 8, 6

    def _in_document(self, toks, forms, i, s0, s1) -> Frame | None:
        """"In a CBS News poll released Monday, Clinton led by six points": a poll or survey named after a
        sentence-initial "in" is the source of the clause after the comma; the cue is the preposition.  Not the
        poll closing its clause ("Clinton led … in a CBS News poll last month."): measured on PolNeAR train,
        speaker accuracy fell on one half (docs/statements.md, thirteenth round, attrib22)."""
        lex, text = self.lex, self.text
        n = len(toks)
        x, head = i + 1, -1
        while x < n and x - i <= self._DOC_NP:
            f = forms[x]
            if f in lex.docnoun:
                head = x
                break
            if (f in CLAUSE_END and not self._initialism_stop(toks, forms, x)) or f in _DOC_STOP:
                return None
            x += 1
        if head < 0 or head == i + 1 and forms[head + 1:head + 2] == ["of"]:
            return None
        e = self._clause_end(toks, forms, head + 1)
        if self._words(toks, head + 1, e) > self._DOC_AFTER:
            return None
        cue = (toks[i][0], toks[i][1])
        source = (toks[i + 1][0], toks[e - 1][1])
        # "In a CBS News poll released Monday, CONTENT" (", conducted March 11-13," may follow the noun phrase)
        if e >= n or forms[e] != ",":
            return None
        x = e + 1  # ("In the new Morning Consult poll, conducted March 11-13, 40 percent …": the participle is the poll's)
        if x < n and forms[x].endswith("ed") and forms[x] not in lex.verbs.by_first:
            y = self._clause_end(toks, forms, x + 1)
            if y < n and forms[y] == "," and y - x <= self._DOC_AFTER + 1:
                source, e = (source[0], toks[y - 1][1]), y
        span = _trim(text, toks[e][1], s1)
        if span is None or self._words(toks, e + 1, n) < 2:
            return None
        return Frame([span], cue, source, kind="prep", extra={"document": "pre"})

    def _postposed_to(self, forms, x: int, i: int) -> bool:
        """Whether ``forms[x:i]`` (up to a prepositional cue at ``i``) is the frame of a quotation closed just
        before ``x``: a verb cue within its first six words and no clause after it ("the judge said at a
        hearing, according to …", not "Kasich said he would have fired him, according to …": a statement
        of its own)."""
        if i > x and forms[i - 1] in PUNCT_BREAK:
            i -= 1  # (the comma before "according to")
        v = next((y for y in range(x, min(i, x + 6)) if self.lex.verbs.match(forms, y)), None)
        return v is not None and i - v <= 10 and not any(
            f in _FINITE_AUX or f in _CLAUSE_WORDS or f in CLAUSE_END or self.lex.comp.match(forms, y)
            for y, f in enumerate(forms[v + 1:i], v + 1))

    def _prep_aside(self, toks, forms, j: int, e: int) -> tuple[int, bool] | None:
        """After a sentence-opening prepositional cue's source ``forms[j:e]`` and its comma ``e``: an aside
        set off by a second comma before the content, as ``(that comma's index, whether it is an
        apposition)``, else None. An apposition: a name's title in lower case (a ``role`` word among its
        first three words, an indefinite article at most before it), with no verb cue, complementiser,
        auxiliary, number or clause mark ("Selon M. Igor Konachenkov, porte-parole du ministère, il s'agit
        …", "According to Ben Gale, a director of environmental health, the finger …"); a relative clause: a relative pronoun after the comma ("D'après le New
        York Times, qui cite des responsables américains anonymes, Kiev …"). Either is at most
        ``MAX_SOURCE`` words, and at least three words of content follow it."""
        lex, n = self.lex, len(forms)
        if e + 1 >= n:
            return None
        e2 = self._clause_end(toks, forms, e + 1)
        if e2 >= n or forms[e2] != "," or not 1 <= self._words(toks, e + 1, e2) <= MAX_SOURCE \
                or self._words(toks, e2 + 1, n) < 3:
            return None
        first = forms[e + 1]
        if first in _ASIDE_RELATIVES:
            return e2, False
        if not first[0].isalpha() or not self.text[toks[e + 1][0]].islower() \
                or (first in _GAP_DETERMINERS and first not in _INDEFINITE) \
                or first in _DOC_STOP or first in lex.nonsource \
                or not all(self.text[t[0]].isupper() for t in toks[j:e] if t[2][0].isalpha() and t[2] not in _NAME_PARTICLES):
            return None  # (an apposition follows a name: "Selon M. Konachenkov, porte-parole …")
        if any(f[0].isdigit() or f in lex.aux or f in lex.boundary or f in lex.comp.by_first or lex.verbs.match(forms, x)
               for x, f in enumerate(forms[e + 1:e2], e + 1)):
            return None
        # a title among its first three words ("chief medical officer for …", "porte-parole du ministère"): a
        # content clause opening in lower case ("речь идет о …", "test results conducted by …") holds none
        if not any(lex.role.match(forms, x) for x in range(e + 1, min(e2, e + 4))):
            return None
        return e2, True

    def _prep(self, toks, forms, i, j, s0, s1) -> Frame | None:
        text, lex = self.text, self.lex
        n = len(toks)
        cue = (toks[i][0], toks[j - 1][1])
        e = self._clause_end(toks, forms, j)  # ("According to U.N. figures, …", "…, according to F.A.A. records.")
        if e == j:
            return None
        src_end = e
        relay = channel = None
        for y in range(j + 1, e):
            m = lex.relay.match(forms, y)
            if m:
                relay = (toks[y + m][0], toks[e - 1][1]) if y + m < e else None
                src_end = y
                break
        source = (toks[j][0], toks[src_end - 1][1])
        if i <= 2 or all(not t[2][0].isalnum() for t in toks[:i]) or (i > 0 and forms[i - 1] not in (",", "—", "–", "(")
                                                                      and not self._prep_ends(toks, forms, i, j)):
            # "According to X, CONTENT"
            if e < n and forms[e] == ":" and i <= 2:
                q = self.quote_opening(toks[e][1], toks[e][1] + 4)
                if q is not None:  # "According to the ministry: “…”": the quotation is the content
                    return Frame([(q.start, q.end)], cue, source, channel, relay, True, kind="prep")
            if e >= n or forms[e] != ",":
                return None
            aside = self._prep_aside(toks, forms, j, e) if relay is None else None
            if aside is not None:
                # "Selon M. Igor Konachenkov, porte-parole du ministère, il s'agit …", "D'après le New York
                # Times, qui cite des responsables américains anonymes, Kiev et Washington …": the aside
                # belongs to the source (an apposition; a relative clause, whose relay it may name), the
                # content follows its closing comma
                e2, is_apposition = aside
                if is_apposition:
                    source = (toks[j][0], toks[e2 - 1][1])
                else:
                    m = lex.aside_relay.match(forms, e + 2)  # (right after the pronoun: "qui cite X")
                    if m and e + 2 + m < e2:
                        relay = (toks[e + 2 + m][0], toks[e2 - 1][1])
                e = e2
            span = _trim(text, toks[e][1], s1)
            if span is None:
                return None
            return Frame([span], cue, source, channel, relay, False, kind="prep")
        span = _trim(text, s0, toks[i][0])
        if span is None:
            return None
        q = self.quote_at(toks[0][0]) or self.quote_closing_before(toks[0][0], s0)
        if q is not None and q.open < s0 and q.close is not None and q.close < toks[i][0] \
                and self._postposed_to(forms, self._index(toks, q.close + 1), i):
            # "“… When does it stop?” the judge said, according to the Post": the sentence opened inside a
            # quotation (of several sentences) that a postposed verb reports; what the Post reports is the
            # whole quotation and its frame, not the frame and the quotation's last sentence
            span = (q.open, span[1])
        content = [span]
        if e < n and forms[e] == "," and relay is None and self._words(toks, e, n) >= 3 \
                and forms[e + 1] not in _RELATIVE_OPENERS and forms[e + 1] not in lex.relative \
                and not lex.verbs.match(forms, e + 1) and not self._gerund(forms[e + 1]):
            # "At the heart of the trouble, according to X, was a decision …", "Since November, according to
            # Human Rights Watch, security forces have killed …": the sentence goes on after the source
            rest = _trim(text, toks[e][1], s1)
            if rest is not None:
                content.append(rest)
        return Frame(content, cue, source, channel, relay or self._relay_after(toks, forms, e), False, kind="prep")
