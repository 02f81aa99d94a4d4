"""Who did it to whom, where, when, and who says so.

Inputs are the earlier layers: ``actors`` (mentions with their cluster, country, sector),
``places`` (resolved places with a metonymy flag), ``times`` (TIMEX3 values with earliest /
latest), ``statements`` (content spans with chains).  Ids refer to the layer and the position in
it: ``places/16``, ``times/4``, ``statements/7``; actors are named by cluster (``c10``).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from calendar import monthrange
from itertools import accumulate
from operator import attrgetter, itemgetter

from ...article import Annotation
from ..actors.kb import iso3
from .lexicon import Lexicon
from .mentions import Mention, Tokens, any_in, marked, marked_in

DETERMINERS = {
    "en": frozenset("the a an its their his her our this that these those".split()),
    "fr": frozenset("le la l les un une des du de d au aux ses sa son leur leurs cette ce cet ces".split()),
}
#: words that join two actors into a compound one ("Kiev et Washington")
AND = frozenset("and et и і та й".split())
#: generic heads before a place name ("la ville de", "the town of")
PLACE_HEADS = frozenset("ville city town village région region oblast города город місто міста села село".split())
#: sectors of organisations that hold no territory and are not named after their seat: a place
#: with such an organisation's span is no event's place ("the Red Cross", also a village's name);
#: a seat of power ("the Kremlin", "the Pentagon") or a self-proclaimed republic ("DPR") may be one
NO_PLACE_SECTORS = frozenset({"NGO", "IGO", "JRN", "BUS", "MED", "EDU", "REL", "PTY", "OPP"})
#: "between X and Y": a reciprocal event, both sides actors (PLOVER)
BETWEEN = frozenset("between entre между між".split())
#: the PLOVER types whose two parties named after "between" are its actor and its recipient
DYADIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: words that open a clause: a place after them is its subject
CLAUSE_OPENERS = frozenset("and but when while as that lorsque quand que qu et mais когда что и а коли що і та але".split())
#: prepositions before a recipient ("livré des canons à l'Ukraine")
RECIPIENT_BEFORE = {
    "en": frozenset("to against on at with".split()),
    "fr": frozenset("à a au aux contre avec".split()),
    "ru": frozenset("по против на для с".split()),
    "uk": frozenset("по проти на для з із".split()),
}
#: an unmarked place after the trigger is its target (and so its location) for these types only
TARGETED = frozenset({"ASSAULT", "COERCE"})
#: the recipient prepositions of the other types: ru/uk "по" marks a target ("удар по Украине") only
#: for those; elsewhere it means "about" ("поддержала позицию Китая по Тайваню")
RECIPIENT_BEFORE_UNTARGETED = {lang: words - {"по"} for lang, words in RECIPIENT_BEFORE.items()}
#: a front named as a direction / axis is where fighting runs along, not a place of the event
AXIS = frozenset("direction directions axis axes sector front направлении направление напрямку напрямок".split())
#: an event place's precision and its rank (lower: more precise; the location chosen is the most precise)
PRECISION = (("point", 0), ("admin-2", 1), ("admin-1", 2), ("water", 2), ("country", 3))
RANK = dict(PRECISION)
#: feature codes of water bodies that stretch over a region (a river, a sea): no point, ranked with a region
WATER_CODES = frozenset(("STM", "STMS", "SEA", "GULF", "BAY", "STRT", "LK", "LKS", "OCN", "CHN"))
_NONE: frozenset = frozenset()
#: a memo's "not computed yet" (its values may be None)
_UNSEEN = object()
_START, _END = attrgetter("start"), attrgetter("end")


def precision(attrs: dict) -> tuple[str, int]:
    """A place's precision (:data:`PRECISION`) and its rank, by its feature code and class."""
    name = _precision_name((attrs.get("feature_code") or "").upper(), (attrs.get("feature_class") or "").upper())
    return name, RANK[name]


def _precision_name(code: str, cls: str) -> str:
    if code.startswith("PCL") or code in ("TERR",):
        return "country"
    if code == "ADM1" or code == "RGN":
        return "admin-1"
    if code.startswith("ADM"):
        return "admin-2"
    if code in WATER_CODES:
        return "water"  # ("the Red Sea port of Aqaba": the port is where it happened)
    if cls in ("P", "S", "T", "H", "L", "V", "R", "U"):
        return "point"
    return "admin-1"


class Context:
    """The earlier layers of one article, indexed by position."""

    def __init__(self, article) -> None:
        L = article.layers
        self.text = article.text
        #: the actor mentions with a cluster, in ``(start, -end)`` order (two stable sorts by C keys)
        actors = [a for a in L.get("actors", []) if a.attrs.get("cluster")]
        actors.sort(key=_END, reverse=True)
        actors.sort(key=_START)
        self.actors = actors
        self.actor_starts = list(map(_START, actors))
        self.places = [(k, a) for k, a in enumerate(L.get("places", [])) if a.attrs.get("resolved", True)]
        self.place_starts = [a.start for _k, a in self.places]
        self.times = [(k, a) for k, a in enumerate(L.get("times", [])) if a.attrs.get("earliest")]
        #: the times' starts when they are in text order (the times of a span are then a slice)
        starts = [a.start for _k, a in self.times]
        self.time_starts = starts if all(map(int.__le__, starts, starts[1:])) else None
        self.statements = list(enumerate(L.get("statements", [])))
        #: every statement part ``(p0, p1, (k, statement, (p0, p1)))``, in statement order
        self._parts = [(p0, p1, (k, st, (p0, p1))) for k, st in self.statements
                       for p0, p1 in st.attrs.get("parts") or [[st.start, st.end]]]
        #: the ends of the statements' parts: between two consecutive bounds the statement of
        #: a position is the same (:meth:`statement_at` answers once per such segment)
        self._bounds = sorted({*map(itemgetter(0), self._parts), *map(itemgetter(1), self._parts)})
        self._segment: dict[int, tuple | None] = {}
        #: the parts' starts in order, their indices, and the longest part (:meth:`_statement_at`)
        self._part_index: tuple | None = None
        #: (lo, hi) -> :meth:`actors_in` (the events of one sentence or statement share it)
        self._actors_in: dict[tuple[int, int], list[Annotation]] = {}
        #: (lo, hi) -> (:meth:`actors_in`, their starts, their ends)
        self._actor_cols: dict[tuple[int, int], tuple] = {}
        #: facts of a sentence or span computed once for all its events (by the functions below)
        self.memo: dict = {}
        pub = article.published
        self.published = pub.to_dict() if pub is not None else None
        self.pub_range = date_range(pub.value, pub.precision) if pub is not None else None

    # ---------------------------------------------------------------- statements

    def statement_at(self, pos: int):
        """(index, annotation, part) of the statement whose content holds ``pos``."""
        if not self.statements:
            return None
        seg = bisect_right(self._bounds, pos)
        found = self._segment.get(seg, _UNSEEN)
        if found is _UNSEEN:
            found = self._segment[seg] = self._statement_at(pos)
        return found

    def _statement_at(self, pos: int):
        """The shortest part holding ``pos`` (the first of equally long ones, in statement order):
        only the parts that start at most the longest part's length before ``pos`` can hold it,
        found by bisection among the parts in order of their starts."""
        parts = self._parts
        index = self._part_index
        if index is None:
            by_start = sorted(zip(map(itemgetter(0), parts), range(len(parts))))
            longest = max(p1 - p0 for p0, p1, _found in parts) if parts else 0
            index = self._part_index = (list(map(itemgetter(0), by_start)), list(map(itemgetter(1), by_start)), longest)
        starts, order, longest = index
        best, size, first = None, 0, 0
        for i in order[bisect_right(starts, pos - longest):bisect_right(starts, pos)]:
            p0, p1, found = parts[i]
            if pos < p1 and (best is None or p1 - p0 < size or (p1 - p0 == size and i < first)):
                best, size, first = found, p1 - p0, i
        return best

    # ---------------------------------------------------------------- actors

    def actors_in(self, lo: int, hi: int) -> list[Annotation]:
        """The actor mentions inside ``[lo, hi)`` (the outermost of nested ones), computed once per
        span; the list is shared: callers must not change it."""
        found = self._actors_in.get((lo, hi))
        if found is None:
            found = self._actors_in[(lo, hi)] = self._actors_in_uncached(lo, hi)
        return found

    def has_actor_in(self, lo: int, hi: int) -> bool:
        """Whether an actor mention lies inside ``[lo, hi)`` (:meth:`actors_in` is not empty: the
        outermost of nested ones and one of two of the same span are kept), without the list."""
        actors = self.actors
        for i in range(bisect_left(self.actor_starts, lo), bisect_left(self.actor_starts, hi)):
            if actors[i].end <= hi:
                return True
        return False

    def actors_around(self, lo: int, hi: int, start: int, end: int) -> tuple[list[Annotation], list[Annotation]]:
        """The actor mentions of ``[lo, hi)`` (:meth:`actors_in`) that end by ``start`` and those
        that start at or after ``end``: a prefix and a suffix of the span's list, whose starts
        and ends never decrease (no mention kept covers another), found by bisection. A span
        with at most one mention starting in it (most sentences) is answered from that mention,
        with no memo entry."""
        starts = self.actor_starts
        i = bisect_left(starts, lo)
        if i == len(starts) or starts[i] >= hi:
            return [], []
        if i + 1 == len(starts) or starts[i + 1] >= hi:
            # one mention: the span's list is it (when it ends in the span) or empty
            a = self.actors[i]
            if a.end > hi:
                return [], []
            return ([a] if a.end <= start else []), ([a] if a.start >= end else [])
        key = (lo, hi)
        cols = self._actor_cols.get(key)
        if cols is None:
            found = self.actors_in(lo, hi)
            cols = self._actor_cols[key] = (found, list(map(_START, found)), list(map(_END, found)))
        found, starts, ends = cols
        return found[:bisect_right(ends, start)], found[bisect_left(starts, end):]

    def is_no_place(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is no place of an event: the span of an actor named by an
        adjective ("Russian drones": a people) or of an organisation of :data:`NO_PLACE_SECTORS`
        ("the Red Cross"); the mentions of one start are consecutive."""
        actors = self.actors
        i = bisect_left(self.actor_starts, start)
        while i < len(actors) and actors[i].start == start:
            a = actors[i]
            if a.end == end and (a.attrs.get("kind") == "adjective"
                                 or (a.label == "organisation" and a.attrs.get("sector") in NO_PLACE_SECTORS)):
                return True
            i += 1
        return False

    def _actors_in_uncached(self, lo: int, hi: int) -> list[Annotation]:
        starts = self.actor_starts
        out = [a for a in self.actors[bisect_left(starts, lo):bisect_left(starts, hi)] if a.end <= hi]
        if len(out) < 2:
            return out  # (one mention: outermost, and the only one of its span)
        # keep the outermost of nested mentions ("ministère russe de la Défense" over "russe"), and
        # one of two mentions of the same span (the one with a known ISO alpha-3 country)
        out = _outermost(out)
        best: dict[tuple[int, int], Annotation] = {}
        for a in out:
            key = (a.start, a.end)
            if key not in best or (len(a.attrs.get("country") or "") == 3 > len(best[key].attrs.get("country") or "")):
                best[key] = a
        return [a for a in out if best[(a.start, a.end)] is a]

    def has_place_in(self, lo: int, hi: int) -> bool:
        """Whether :meth:`places_in` finds a place (one bisection, no list)."""
        i = bisect_left(self.place_starts, lo)
        return i < len(self.places) and self.places[i][1].start < hi

    def places_in(self, lo: int, hi: int):
        i = bisect_left(self.place_starts, lo)
        out = []
        while i < len(self.places) and self.places[i][1].start < hi:
            out.append(self.places[i])
            i += 1
        return out


def _outermost(spans: list[Annotation]) -> list[Annotation]:
    """The mentions no strictly longer mention covers, in one pass (``spans`` in ``(start, -end)``
    order): a longer mention covering ``a`` starts before it, or at its start and ends after it,
    so it comes before ``a``'s group of equal spans; ``a`` is covered when the furthest end of the
    mentions before that group reaches ``a.end``."""
    out = []
    reach = -1  # the furthest end of the mentions before the current group of equal spans
    group_end, span = -1, None
    for a in spans:
        if (a.start, a.end) != span:
            reach = max(reach, group_end)
            span, group_end = (a.start, a.end), a.end
        if reach < a.end:
            out.append(a)
    return out


def actor_ref(a: Annotation) -> dict:
    at = a.attrs
    return {"cluster": at.get("cluster"), "actor": at.get("actor"), "name": at.get("name"),
            "country": at.get("country"), "sector": at.get("sector"), "mention": [a.start, a.end]}


def _agent_after(tok: Tokens, lex: Lexicon, pos: int) -> int:
    """1 when the word after ``pos`` names troops, police, protesters or rebels ("the Sudanese
    army and ..."), else 0."""
    j = bisect_left(tok.starts, pos)
    return int(j < len(tok.words) and any(ws.word(tok.words[j]) for ws in lex.agents.values()))


#: words that attach a place to a person or a body named before it ("Ted Cruz of Texas")
PLACE_OF = frozenset({"of", "from", "de", "du", "des", "из", "з", "із"})


def _place_of(tok: Tokens, ctx: "Context", pos: int) -> int:
    """The number of words of "of" and a place right after ``pos`` ("Ted Cruz of Texas and Marco
    Rubio", "David W. Smith of Newark and Michael Sweeney"), else 0."""
    j = bisect_left(tok.starts, pos)
    if j + 1 >= len(tok.words) or tok.words[j] not in PLACE_OF:
        return 0
    near = ctx.places_in(tok.starts[j + 1], tok.starts[j + 1] + 1)
    if not near or near[0][1].start != tok.starts[j + 1]:
        return 0
    return 1 + bisect_left(tok.starts, near[0][1].end) - (j + 1)


def _subject_genitive(m: Mention, tok: Tokens, lex: Lexicon, a: Annotation) -> bool:
    """Whether the actor mention ``a`` after a withdrawal, an advance or an offensive names whose
    it is ("the withdrawal of Russian troops", "le retrait des troupes russes", "отступление
    российских войск"): ``subject_genitive`` triggers, with only ``genitive_words`` and troop words
    between them. After an attack noun of ``author_genitive`` only an armed force is its author
    ("des frappes aériennes de l'armée soudanaise", "удары российских войск"): "les bombardements
    de Kharkiv", "обстрел жилых кварталов" name what was hit."""
    subj, author = lex.cues.get("subject_genitive"), lex.cues.get("author_genitive")
    trigger = tok.words[m.i]
    of_words, troops = lex.cues.get("genitive_words"), lex.cues.get("troops")
    if not (subj and subj.word(trigger)) \
            and not (author and author.word(trigger) and _armed_force(tok, a, troops)):
        return False
    between = tok.words[m.i + m.n:_tok_index(tok, a.start)]
    return len(between) <= 3 and all((of_words and of_words.word(w)) or (troops and troops.word(w)) for w in between)


def _armed_force(tok: Tokens, a: Annotation, troops) -> bool:
    """Whether the actor mention ``a`` is an armed force: its sector is the military or rebels, or
    it opens with a troop word ("l'armée soudanaise", "российских войск")."""
    if a.attrs.get("sector") in ("MIL", "REB"):
        return True
    first, last = _tok_index(tok, a.start), _tok_index(tok, a.end - 1)
    return bool(troops) and any(troops.word(w) for w in tok.words[first:min(last + 1, first + 2)])


def _same_clause(tok: Tokens, p: int, q: int) -> bool:
    """Whether the words at ``p`` and ``q`` are in one clause (no comma between them: "Vilnius, and
    Beijing" joins two clauses, not two actors)."""
    return tok.clause[_tok_index(tok, p)] == tok.clause[_tok_index(tok, q)]


def _listed_before(tok: Tokens, before: list[Annotation], k: int, dets=frozenset()) -> list[Annotation]:
    """The actors listed before ``before[k]`` with a bare comma (and at most a determiner) between
    each and the next, in text order: "Iraq, Iran, and Syria signed", "the US, Britain and France
    condemned", "L'Allemagne, la France et l'Italie" (``before[k]`` being Iran, Britain, France). A
    comma and "and" join two members only in such a list: "Moscow cut its ties with Vilnius, and
    Beijing signed" joins two clauses."""
    out: list[Annotation] = []
    seen = {before[k].attrs.get("cluster")}
    cur = before[k]
    for prev in reversed(before[:k]):
        gap = gap_words(tok, prev.end, cur.start)
        if gap > 1 or (gap and tok.words[bisect_left(tok.starts, cur.start) - 1] not in dets) \
                or _same_clause(tok, prev.end - 1, cur.start) \
                or tok.strong[_tok_index(tok, prev.end - 1)] != tok.strong[_tok_index(tok, cur.start)] \
                or prev.attrs.get("cluster") in seen:
            break
        out.insert(0, prev)
        seen.add(prev.attrs.get("cluster"))
        cur = prev
    return out


def _coordinated(tok: Tokens, before: list[Annotation], k: int, dets) -> list[Annotation]:
    """The actors joined by "and" to the one after ``before[k]``, in text order: ``before[k]`` and
    those listed before it (:func:`_listed_before`), or none when a comma parts the two and no list
    leads to them ("... with Vilnius, and Beijing signed")."""
    listed = _listed_before(tok, before, k, dets)
    if listed or _same_clause(tok, before[k].end - 1, before[k + 1].start):
        return [*listed, before[k]]
    return []


def _in_subordinate(tok: Tokens, lex: Lexicon, j: int, i: int) -> bool:
    """Whether the word at token ``j`` lies in a clause before the trigger's (token ``i``) that a
    subordinating conjunction opens ("Якщо Росія вдарить по Києву, Захід запровадить санкції",
    "If Russia strikes Kyiv, the West will impose sanctions": Russia is not who imposes them)."""
    subs = lex.cues.get("subordinators")
    clause = tok.clause
    here = clause[j]
    if not subs or here == clause[i]:
        return False
    first = bisect_left(clause, here, 0, i)  # the first word of that clause
    return bool(subs.at(tok.words, first))


def prev_word(tok: Tokens, pos: int) -> str:
    """The word before the one starting at (or after) ``pos``."""
    j = bisect_left(tok.starts, pos) - 1
    return tok.words[j] if j >= 0 else ""


def _to_word_before(tok: Tokens, lex: Lexicon, pos: int) -> str:
    """The word before the actor mention at ``pos``, past a number ("sanctions on three Iranian
    companies", "санкції проти 40 іранських компаній": the preposition before the count)."""
    j = bisect_left(tok.starts, pos) - 1
    if j > 0 and (tok.words[j].isdigit() or lex.numbers.get(tok.words[j], 0) > 1):  # (not "at a Tel Aviv rally")
        j -= 1
    return tok.words[j] if j >= 0 else ""


def _mediator(tok: Tokens, lex: Lexicon, mediator_words, pos: int) -> bool:
    """Whether the actor mention at ``pos`` follows a mediation word (``mediator_before``:
    "mediation", "entremise", "посредничестве", "посередництва"), past at most two words of
    ``mediator_glue`` ("of", "de l", "by"): a mediator, neither actor nor recipient."""
    words, glue = tok.words, lex.cues.get("mediator_glue")
    j = bisect_left(tok.starts, pos) - 1
    for _ in range(3):
        if j < 0:
            return False
        if mediator_words.word(words[j]):
            return True
        if not (glue and glue.word(words[j])):
            return False
        j -= 1
    return False


def gap_words(tok: Tokens, a: int, b: int) -> int:
    """How many words start in ``(a, b)``."""
    return max(0, bisect_left(tok.starts, b) - bisect_right(tok.starts, a))


def _tok_index(tok: Tokens, pos: int) -> int:
    return max(0, bisect_right(tok.starts, pos) - 1)


def _adjective_after(m: Mention, lex: Lexicon, a: Annotation) -> bool:
    """French puts a people's adjective after the noun: "Frappes russes sur Kharkiv" (a headline, no
    determiner before the trigger) is Russia's act, as "Russian strikes" is."""
    return lex.lang == "fr" and a.attrs.get("kind") == "adjective" and 0 <= a.start - m.end <= 1


def _fill_lists(lex: Lexicon) -> tuple:
    """The word sets :func:`fill` reads (``lex.cues.get`` of each), looked up once per lexicon:
    light verbs, agent_before, location_before, possessive, troops, receive_verbs."""
    found = lex.fast.get("fill")
    if found is None:
        cues = lex.cues
        found = lex.fast["fill"] = tuple(cues.get(k) for k in ("light_verbs", "agent_before", "location_before",
                                                                "possessive", "troops", "receive_verbs"))
    return found


def fill(m: Mention, tok: Tokens, lex: Lexicon, ctx: Context, sent: tuple[int, int],
         needs_party: bool = False) -> dict | None:
    """actor, recipient, location, date and claimant of a PLOVER event mention.

    ``needs_party``: the mention is an event only with an actor or a recipient (the caller drops
    it otherwise): None as soon as it is known to have neither, before its location is looked for
    (unless an unnamed agent, which needs the location's country, may still be its actor)."""
    lo, hi = sent
    claim = ctx.statement_at(m.start)
    if claim is not None:
        lo, hi = max(lo, claim[2][0]), min(hi, claim[2][1])
    words = tok.words
    before, after = ctx.actors_around(lo, hi, m.start, m.end)
    mediator_words = lex.cues.get("mediator_before")
    if mediator_words and (before or after) and not (m.trigger is not None and m.trigger.mode == "third-party"):
        # "при посредничестве ОАЭ", "through the mediation of Oman": the mediator is no party (but
        # the actor of the mediation itself)
        before = [a for a in before if not _mediator(tok, lex, mediator_words, a.start)]
        after = [a for a in after if not _mediator(tok, lex, mediator_words, a.start)]
    place_before = ctx.has_place_in(lo, m.start)  # a place before the trigger in its span
    if needs_party and not before and not after and claim is None and not place_before \
            and not (lex.agents and _agent_word_near(m, tok)):
        # no actor mention in the span, no place before the trigger, no statement: nothing below
        # can find an actor or a recipient (each needs one of them), nor an unnamed agent
        return None
    dets = DETERMINERS.get(lex.lang, _NONE)
    nominal = m.i > 0 and words[m.i - 1] in dets
    # "could launch a counteroffensive", "imposed new sanctions": the light verb's subject is the
    # event noun's actor
    light, agent_words, loc_words, poss, troops, receive = _fill_lists(lex)
    # the first token starting after the trigger's end: ``gap_words(tok, m.end, x)`` is
    # ``bisect_left(tok.starts, x) - after_end`` (at least 0), one bisection fewer per actor tried
    after_end = bisect_right(tok.starts, m.end) if after else 0
    governed = False
    if light:
        lights = marked_in(tok, "light", light, m.i - 3, m.i)
        if lights:  # (most triggers have no light verb before them)
            clause = tok.clause
            here = clause[m.i]
            governed = any(clause[j] == here for j in lights)
    actor: list[dict] = []
    used: dict[int, Annotation] = {}  # id -> the actor mention taken as actor / recipient

    # passive / nominal agent: "by Russia", "par l'armée russe", "l'offensive ukrainienne", "retrait russe"
    for a in after:
        if bisect_left(tok.starts, a.start) - after_end > 3:
            break  # (``after`` is in text order: every later mention is further)
        if (agent_words and _agent_word_before(tok, lex, agent_words, a.start)) or (nominal and (a.start - m.end) <= 2) \
                or _subject_genitive(m, tok, lex, a) or _adjective_after(m, lex, a) \
                or _passive_instrumental(m, tok, lex, a.start, a.end):
            actor.append(actor_ref(a))
            used[id(a)] = a
            break
    if not actor and nominal:
        # "le retrait de ses troupes": a possessive troop word refers to the statement's source
        j = m.i + m.n
        for k in range(j, min(len(words), j + 3)):
            if poss and poss.word(words[k]) and k + 1 < len(words) and troops and troops.word(words[k + 1]):
                speaker = (claim[1].attrs.get("speaker") or {}) if claim else {}
                src = next((a for a in ctx.actors if a.attrs.get("cluster") == speaker.get("cluster")), None)
                if src is not None:
                    ref = actor_ref(src)
                    ref["via"] = "possessive"
                    actor.append(ref)
                break
        if not actor:
            # "the Russian withdrawal": an adjective just before
            for a in reversed(before):
                if m.start - a.end <= 2 and tok.clause[_tok_index(tok, a.start)] == tok.clause[m.i]:
                    actor.append(actor_ref(a))
                    used[id(a)] = a
                    break
    if not actor and before and 0 <= m.start - before[-1].end <= 1:
        # "Russian shelling", "российский обстрел": an adjective right before the trigger
        actor.append(actor_ref(before[-1]))
        used[id(before[-1])] = before[-1]
        # "Russia and Ukraine agreed": the subject right before the verb is a compound one
        # ("the Sudanese army and the RSF clashed": a determiner after "and")
        j = bisect_left(tok.starts, before[-1].start) - 1
        det = j > 0 and words[j] in dets
        if len(before) > 1 and j - det >= 0 and words[j - det] in AND and not nominal \
                and before[-2].attrs.get("cluster") != before[-1].attrs.get("cluster") \
                and gap_words(tok, before[-2].end, before[-1].start) <= 1 + det + _agent_after(tok, lex, before[-2].end):
            joined = _coordinated(tok, before, len(before) - 2, dets)
            actor[0:0] = map(actor_ref, joined)
            used.update((id(a), a) for a in joined)
    # (the subordinating conjunction bounds only an actor or a place before the trigger: not
    # looked for when the span has neither)
    sub = _subordinate_start(m, tok, lex) if not actor and (not nominal or governed) \
        and (before or place_before) else -1
    # a passive ("were wounded", "ont été tués", "были убиты", "убиты"): its subject is acted on
    passive = not nominal and _passive(m, tok, lex)
    victims: list[dict] = []
    if (not actor or passive) and (not nominal or governed):
        subjects_to = victims if passive else actor
        # the subject: the nearest actor before the trigger not inside a prepositional phrase, nor
        # before a subordinating conjunction that opens the trigger's clause ("X captured the town
        # after government troops withdrew": X is not who withdrew)
        for a in reversed(before):
            pw = prev_word(tok, a.start)
            if loc_words and loc_words.word(pw) and pw not in ("de", "of"):
                continue
            ta = _tok_index(tok, a.start)
            if tok.strong[ta] != tok.strong[m.i] or ta < sub or _in_subordinate(tok, lex, ta, m.i):
                break
            if id(a) in used:
                break
            subjects_to.append(actor_ref(a))
            used[id(a)] = a
            # a compound actor: "Kiev et Washington ont discuté" (not across a comma: "Moscow cut its
            # ties with Vilnius, and Beijing signed")
            k = before.index(a)
            j = bisect_left(tok.starts, a.start) - 1
            det = j > 0 and words[j] in dets
            if k > 0 and j - det >= 0 and words[j - det] in AND \
                    and before[k - 1].attrs.get("cluster") != a.attrs.get("cluster") \
                    and gap_words(tok, before[k - 1].end, a.start) \
                    <= 1 + det + _agent_after(tok, lex, before[k - 1].end) + _place_of(tok, ctx, before[k - 1].end):
                # (only "and", a determiner, a troop word or "of" and a place between: "Ted Cruz of Texas
                # and Marco Rubio"; "Iran had fulfilled the terms and the United States lifted
                # sanctions" names no compound actor)
                joined = _coordinated(tok, before, k - 1, dets)
                subjects_to[0:0] = map(actor_ref, joined)
                used.update((id(b), b) for b in joined)
            break
    # reciprocal violence: "clashes between Ukrainian and Russian forces" -> both are actors; talks
    # between two parties: "Entretien téléphonique entre Emmanuel Macron et le président mauritanien"
    # -> the first is the actor, the second the recipient (when no actor was found before)
    dyadic = m.trigger is not None and (m.trigger.plover == "ASSAULT" or (m.trigger.plover in DYADIC and not actor))
    pair = None
    if dyadic:
        j = m.i + m.n
        if j < len(words) and words[j] in BETWEEN:
            pair = [a for a in after if bisect_left(tok.starts, a.start) - after_end <= 6][:2]
            pair = [a for a in pair if a.attrs.get("cluster") not in {r["cluster"] for r in actor}]
            if len(pair) == 2 and pair[0].attrs.get("cluster") != pair[1].attrs.get("cluster"):
                used.update((id(a), a) for a in pair)
                if m.trigger.plover == "ASSAULT":
                    actor = [dict(actor_ref(a), reciprocal=True) for a in pair]
                    pair = None
                else:
                    actor = [actor_ref(pair[0])]
            else:
                pair = None
    if not actor and (not nominal or governed) and place_before and not passive:
        # "Москва пригрозила", "Kyiv said": a place as the subject stands for its state
        actor.extend(_place_subject(m, tok, ctx, (lo, hi), loc_words, sub, lex))
    if not actor and claim is not None:
        # "Russia announced a partial mobilisation", "Україна оголосила про ...": an event that
        # opens the content of an announcement, with no actor of its own, is the speaker's act
        actor.extend(_announcer(m, tok, lex, ctx, claim))
    # (the article's answer read from the memo here: one dict look-up per event, no call)
    has_body = ctx.memo.get("national_bodies")
    if has_body is None:
        has_body = _names_a_body(lex, ctx)
    if has_body and not any(r.get("country") for r in actor):
        # "Совбез утвердил призыв", "Рада нацбезпеки ухвалила": a state's own body named alone
        # (from the sentence's start, not the statement's: "Литва посилює кордон: Рада нацбезпеки ...")
        body = _national_body(m, tok, lex, ctx, sent[0], actor)
        if body is not None:
            actor = [body]
    recipient = victims
    if pair is not None:
        recipient = [actor_ref(pair[1])]
    elif after and not victims:  # (the recipient: an actor after the trigger, in its strong clause)
        actor_clusters = {r["cluster"] for r in actor} if actor else _NONE
        cands = []
        for a in after:
            if id(a) in used or a.attrs.get("cluster") in actor_clusters:
                continue
            if tok.strong[_tok_index(tok, a.start)] != tok.strong[m.i] or bisect_left(tok.starts, a.start) - after_end > 10:
                break
            cands.append(a)
        if cands:
            targeted = m.trigger is not None and m.trigger.plover in TARGETED
            to_words = (RECIPIENT_BEFORE if targeted else RECIPIENT_BEFORE_UNTARGETED).get(lex.lang, _NONE)
            best = next((a for a in cands if _to_word_before(tok, lex, a.start) in to_words), None) \
                or next((a for a in cands if a.attrs.get("country")), cands[0])
            recipient.append(actor_ref(best))
    if after and ctx.statements:
        # "Россия нанесёт удар, пригрозил Медведев", "..., warned Medvedev": the speaker named after
        # the verb of a statement is its subject, not its recipient
        spoken = _speaker_after(m, ctx)
        if spoken is not None:
            actor = [actor_ref(spoken)]
            used[id(spoken)] = spoken
            recipient = [r for r in recipient if r["cluster"] != spoken.attrs.get("cluster")]
    if m.trigger is not None and m.trigger.plover in RECEIVED_TYPES and receive:
        swapped = _received(m, tok, lex, before, after)
        if swapped is not None:
            actor, recipient = swapped
    if needs_party and not actor and not recipient and not (lex.agents and _agent_word_near(m, tok)):
        return None
    subjects = {(r["mention"][0], r["mention"][1]) for r in actor} if actor else _NONE
    where = location(m, tok, lex, ctx, (lo, hi), used, subjects)
    if not actor and lex.agents and ((where is not None and where.get("country")) or not needs_party):
        # "police detained ...", "protesters rallied ...": an unnamed agent of the event's country;
        # with no place, of no country ("Border guards detained a man", "Сили ППО збили 18 дронів")
        actor.extend(_generic_agent(m, tok, lex, where, nominal and not governed))
        if passive:  # a passive's unnamed agent follows it ("by gunmen"): before it is its subject, acted on
            actor = [r for r in actor if r["mention"][0] >= m.end]
    if lex.agents:
        for ref in (*actor, *recipient):
            if ref.get("country") and ref.get("sector") in (None, "GOV"):
                _agent_sector(ref, tok, lex)
    if not recipient and where is not None and m.trigger is not None and m.trigger.plover == "CONSULT":
        recipient = _host(m, tok, lex, actor, where)
    return {
        "actor": actor,
        "recipient": recipient,
        "location": where,
        "claim": claim,
    }


def _passive(m: Mention, tok, lex: Lexicon) -> bool:
    """Whether a verbal trigger is a passive: a passive auxiliary right before it, or one word
    before it ("were reportedly killed", "ont été grièvement blessés", "были убиты"), or a short
    passive participle ("Двое военных убиты"). ``events_cues.yaml``: ``passive_marker`` (the
    auxiliaries that alone mark one, where ``passive_aux`` also holds an active tense's),
    ``participle_endings`` (the trigger's, where an auxiliary also makes other tenses: "are
    sharing"), ``short_passive_endings``."""
    aux = lex.cues.get("passive_marker") or lex.cues.get("passive_aux")
    words = tok.words
    i = m.i
    participle = lex.endings["participle_endings"]
    if aux and (not participle or words[i].endswith(participle)) and \
            any(aux.word(words[j]) and tok.clause[j] == tok.clause[i] for j in range(max(0, i - 2), i)):
        return True
    short = lex.endings["short_passive_endings"]
    return bool(short) and m.n == 1 and words[i].endswith(short) and len(words[i]) > 4


def _speaker_after(m: Mention, ctx: Context) -> Annotation | None:
    """The actor named as the source of a statement whose cue is the trigger, when the source
    follows the cue (a subject after its verb: "пригрозил Медведев", "погрожує Медведєв"); None
    otherwise. The cues with a source after them are read once per article."""
    found = ctx.memo.get("speakers after")
    if found is None:
        found = ctx.memo["speakers after"] = {}
        for _k, st in ctx.statements:
            cue, src = st.attrs.get("cue") or {}, st.attrs.get("source") or {}
            if cue.get("start") is not None and src.get("start") is not None and src["start"] >= cue["end"]:
                found[cue["start"]] = (src["start"], src["end"])
    src = found.get(m.start)
    if src is None or src[0] < m.end:
        return None
    here = ctx.actors_in(*src)
    return here[0] if here else None


#: event types whose trigger may be the object of a verb of receiving ("Ukraine received aid from
#: the US": the US gave it, Ukraine is its recipient)
RECEIVED_TYPES = frozenset({"AID"})
#: how many words before the trigger the verb of receiving may be ("received a new package of military aid")
RECEIVE_WINDOW = 6


def _received(m: Mention, tok: Tokens, lex: Lexicon, before: list, after: list) -> tuple[list, list] | None:
    """(actor, recipient) of an aid received (``receive_verbs`` among the :data:`RECEIVE_WINDOW` words
    before the trigger, in its clause): the giver is the actor after the trigger named after
    ``source_before`` ("from the US", "des États-Unis", "от США", "від США"), the receiver the
    nearest actor before the verb, in its strong clause; None when no verb of receiving governs it."""
    words, clause, strong = tok.words, tok.clause, tok.strong
    recv = lex.cues["receive_verbs"]
    v = next((j for j in range(m.i - 1, max(-1, m.i - 1 - RECEIVE_WINDOW), -1)
              if clause[j] == clause[m.i] and recv.word(words[j])), None)
    if v is None:
        return None
    source = lex.cues.get("source_before")
    dets = DETERMINERS.get(lex.lang, frozenset())
    giver = None
    for a in after:
        j = _tok_index(tok, a.start)
        if strong[j] != strong[m.i] or j - (m.i + m.n) > 6:
            break
        h = j - 1
        # skip the determiners that are no source word ("from the US"; French "des" is both)
        while h > m.i and words[h] in dets and not (source and source.word(words[h])):
            h -= 1
        if source and source.word(words[h]):
            giver = a
            break
    taker = next((a for a in reversed(before)
                  for k in (_tok_index(tok, a.start),) if k < v and strong[k] == strong[v]), None)
    if giver is None and taker is None:
        return None
    return ([actor_ref(giver)] if giver is not None else []), ([actor_ref(taker)] if taker is not None else [])


#: how many words before a trigger a subordinating conjunction opening its clause is looked for
SUBORDINATE_WINDOW = 12


def _subordinate_start(m: Mention, tok: Tokens, lex: Lexicon) -> int:
    """The token of the nearest subordinating conjunction ("after", "lorsque", "после того как";
    ``subordinators`` in ``events_cues.yaml``) before the trigger in its clause whose own subject
    is an unnamed agent ("after government troops withdrew"), else -1. Without one the word may
    be a preposition ("pound rebels after deadly missile attack"), which opens no clause."""
    subs = lex.cues.get("subordinators")
    if not subs or not lex.agents:
        return -1
    agents = marked(tok, "agent")
    if agents is not None and not any_in(agents, m.i - SUBORDINATE_WINDOW, m.i):
        return -1  # no agent word before the trigger (most events): a column of the events vocabulary
    words, clause = tok.words, tok.clause
    here = clause[m.i]
    for j in range(m.i - 1, max(-1, m.i - 1 - SUBORDINATE_WINDOW), -1):
        if clause[j] != here:
            break
        if subs.starts[words[j]] and subs.at(words, j):
            agents = lex.agents.values()
            return j if any(ws.word(words[k]) for k in range(j + 1, m.i) for ws in agents) else -1
    return -1


#: how many words before a trigger its unnamed agent is looked for ("riot police in Tbilisi fired")
AGENT_WINDOW = 5
#: how many words may stand between an unnamed agent with no located country and its verb
UNPLACED_GAP = 1
#: how many words after a passive's "by" its unnamed agent is looked for ("by unidentified gunmen")
PASSIVE_WINDOW = 3


def _agent_word_near(m: Mention, tok: Tokens) -> bool:
    """Whether a word that may name an unnamed agent is among the words before the trigger, the
    trigger and the words of a passive's "by" phrase after it (a column of the events vocabulary;
    True when the tokens have no vocabulary ids)."""
    agents = marked(tok, "agent")
    return agents is None or any_in(agents, m.i - AGENT_WINDOW, m.i + m.n + 1 + PASSIVE_WINDOW)


def _host(m: Mention, tok: Tokens, lex: Lexicon, actor: list[dict], where: dict) -> list[dict]:
    """PLOVER's visit: the actor travels to the recipient. A visit by one state's people to a place
    of another state, named as the trip's destination (inside the trigger or right after it, one
    word between at most: "прибыл в Баку на переговоры", "visited Ankara", "visit to Rangoon"), is
    one to that state; none when the visitors are of two states ("Ukrainian and Russian negotiators
    met in Istanbul": a third party hosts), or of no known state, or at home, nor for a place named
    elsewhere in the sentence ("visiting relatives in Texas", "a fund-raiser in the Hamptons").
    A meeting held in a place (any CONSULT, :func:`_meeting_place`: "talks in Doha", "met at a summit
    in Nairobi", "les pourparlers de Genève", "переговоры в Стамбуле") is hosted by the place's state
    in the same way, its participants unnamed ("Leaders of East African states") or of one state."""
    if where["mention"][0] < m.start:
        return []
    p = bisect_left(tok.starts, where["mention"][0])
    if m.trigger.mode == "visit" and actor and p - (m.i + m.n) <= 1:
        via = "visit"
    elif _meeting_place(m, tok, lex, p):
        via = "meeting"
    else:
        return []
    host = iso3(where.get("country"))
    visitors = {r.get("country") for r in actor}
    if via == "meeting":
        # participants of no known state meet at the host's too ("Baltic foreign ministers", the EU)
        visitors.discard(None)
    if not host or len(visitors) > 1 or None in visitors or host in visitors:
        return []
    return [_state_ref(host, where.get("name"), where.get("mention"), via)]


def _meeting_place(m: Mention, tok: Tokens, lex: Lexicon, p: int) -> bool:
    """Whether the place at token ``p`` is where the meeting ``m`` is held: named after a word of
    ``meeting_place_before`` ("in", "à", "de", "в") that follows a meeting noun (``meeting_nouns``:
    talks, summits, negotiations), the trigger's own or one at most two words after it ("met at a
    summit in Nairobi"), in its clause. Not "discussed the war in Ukraine" (the place of the topic),
    "arrived in Miami", "a town hall meeting in New Hampshire" (no meeting of states)."""
    before, nouns = lex.cues.get("meeting_place_before"), lex.cues.get("meeting_nouns")
    words, e = tok.words, m.i + m.n
    if before is None or p < e + 1 or not before.word(words[p - 1]) or tok.clause[p] != tok.clause[m.i]:
        return False
    k = p - 2  # the word the preposition follows
    return e - 1 <= k <= e + 2 and nouns is not None and nouns.word(words[k])


def _agent_word_before(tok: Tokens, lex: Lexicon, agent_words, start: int) -> bool:
    """Whether an actor mention starting at ``start`` follows a passive's "by" / "par"
    (``agent_before``): right before it, or before a determiner and a head word of ``agent_glue``
    and ``troops`` ("by the Malian army", "par l'armée malienne", "par des soldats maliens")."""
    glue, troops = lex.cues.get("agent_glue"), lex.cues.get("troops")
    words = tok.words
    j = bisect_left(tok.starts, start) - 1
    for _ in range(3):
        if j < 0:
            return False
        w = words[j]
        if agent_words.word(w):
            return True
        if not ((glue is not None and glue.word(w)) or (troops is not None and troops.word(w))):
            return False
        j -= 1
    return False


def _names_a_body(lex: Lexicon, ctx: Context) -> bool:
    """Whether the article's text holds one of the ``national_bodies`` (looked for once per
    article, in the lower-case text, and kept in ``ctx.memo``: most events have no actor of a known
    country, most articles no such body)."""
    names = lex.fast.get("national_bodies")
    if names is None:
        # (the list's entries are whole words: no "prefix*")
        bodies = lex.cues.get("national_bodies")
        names = lex.fast["national_bodies"] = (*bodies.exact, *map(" ".join, bodies.phrases)) if bodies else ()
    text = ctx.text.lower()
    found = ctx.memo["national_bodies"] = any(name in text for name in names)
    return found


def _national_body(m: Mention, tok: Tokens, lex: Lexicon, ctx: Context, lo: int, actor: list[dict]) -> dict | None:
    """A state's own body named without its state ("Совбез утвердил призыв резервистов", "Рада
    нацбезпеки ухвалила рішення", "le Conseil de sécurité nationale a ordonné"; ``national_bodies``
    of ``events_cues.yaml``) among the words before the trigger, in its clause, as the event's actor,
    of the country the sentence names before it ("Литва посилює кордон: Рада нацбезпеки ...": the
    nearest actor or place of a known country from ``lo``). None when there is no such body, when
    the body's own country follows it ("Совбез ООН", "Рада нацбезпеки Литви": a capitalised word;
    the actors layer names that one), when another actor was found, or when no country is named."""
    bodies = lex.cues["national_bodies"]
    words, clause = tok.words, tok.clause
    for j in range(m.i - 1, max(-1, m.i - 1 - AGENT_WINDOW), -1):
        if clause[j] != clause[m.i]:
            return None
        k = bodies.at(words, j)
        if k:
            break
    else:
        return None
    start, end = tok.starts[j], tok.ends[j + k - 1]
    if j + k < len(words) and ctx.text[tok.starts[j + k]:tok.starts[j + k] + 1].isupper():
        return None
    if any(r["mention"][1] <= start or r["mention"][0] >= end for r in actor):
        return None  # the subject found is another actor
    named = [(a.start, a.attrs.get("country")) for a in ctx.actors_in(lo, start)]
    named += [(p.start, iso3(p.attrs.get("country"))) for _k, p in ctx.places_in(lo, start) if p.end <= start]
    country = max(((pos, c) for pos, c in named if c and len(c) == 3), default=(0, None))[1]
    if country is None:
        return None
    return _state_ref(country, ctx.text[start:end], [start, end], "national-body")


def _generic_agent(m: Mention, tok: Tokens, lex: Lexicon, where: dict | None, nominal: bool) -> list[dict]:
    """The unnamed agent of an event with no actor: a word naming police, soldiers or a crowd
    after a passive's "by" / "par", the trigger itself ("protesters"), or such a word among the
    words before a verbal trigger, in its clause;
    its country is that of the event's location (``via``: "location"), as ACLED codes "Police
    Forces of X", "Protesters (X)" and "Unidentified Armed Group (X)"; its sector is PLOVER's
    (COP, MIL, CVL; UAF for unknown gunmen, REB for rebels). With no place of a known country, the
    agent has no country (``via``: "unnamed"; "Border guards detained a man")."""
    words, clause = tok.words, tok.clause
    if not _agent_word_near(m, tok):
        return []  # no agent word near the trigger (most events)
    # a passive's agent first ("were killed by unidentified gunmen", "abattu par la police": the
    # words before are the victims), then the trigger itself ("protesters", "les manifestants"),
    # then the words before a verbal one
    near = []
    e = m.i + m.n
    by = _by_after(m, tok, lex.cues.get("agent_before"))
    if by >= 0:
        near = [j for j in range(by + 1, min(len(words), by + 1 + PASSIVE_WINDOW)) if clause[j] == clause[m.i]]
    elif e < len(words) and _passive_instrumental(m, tok, lex, tok.starts[e], tok.ends[e]):
        near = [e]  # "задержан полицией", "затриманий поліцією"
    elif m.trigger is not None and m.trigger.plover == "ASSAULT" and e < len(words) and words[e] in BETWEEN:
        # "clashes between herders and farmers", "столкновения между боевиками и армией": both sides
        pair = _agents_between(tok, lex, e)
        if pair:
            country = iso3(where["country"]) if where is not None and where.get("country") else None
            return [{"cluster": None, "actor": f"{country}.{sector}" if country else sector,
                     "name": " ".join(words[j:j + k]), "country": country, "sector": sector,
                     "mention": [tok.starts[j], tok.ends[j + k - 1]], "via": "location" if country else "unnamed",
                     "reciprocal": True} for sector, j, k in pair]
    near.append(m.i)
    if not nominal:
        for j in range(m.i - 1, max(-1, m.i - 1 - AGENT_WINDOW), -1):
            if clause[j] != clause[m.i]:
                break
            near.append(j)
    after = lex.cues.get("agents_after_verb")
    if after and not nominal and e < len(words) and clause[e] == clause[m.i] and after.word(words[e]):
        near.append(e)  # the subject after its verb: "Чоловіка затримала поліція"
    found = next(((sector, j, k) for j in near for sector, ws in lex.agents.items() for k in (ws.at(words, j),) if k),
                 None)
    if found is None:
        return []
    country = iso3(where["country"]) if where is not None and where.get("country") else None
    sector, j, k = found
    if country is None:
        vague, aux = lex.cues.get("vague_agents"), lex.cues.get("passive_aux")
        if vague and vague.word(words[j]):
            return []  # "people" with no place is anyone ("defended people accused of rape"): no agent
        if j < m.i and (m.i - j - k > UNPLACED_GAP or (aux and any(aux.word(words[x]) for x in range(j + k, m.i)))):
            # with no place, only the agent next to its verb ("Police later arrested her"), not "Police
            # say man pulled a gun", nor the victims of a passive ("14 insurgents were killed")
            return []
    agents = [(sector, j, k)]
    if j < m.i:
        # a compound subject: "the police and the protesters clashed", "protesters and police clashed"
        other = _agent_before_and(tok, lex, j, sector)
        if other is not None:
            agents.insert(0, other)
    return [{"cluster": None, "actor": f"{country}.{sector}" if country else sector, "name": " ".join(words[j:j + k]),
             "country": country, "sector": sector, "mention": [tok.starts[j], tok.ends[j + k - 1]],
             "via": "location" if country else "unnamed"}
            for sector, j, k in agents]


def _by_after(m: Mention, tok: Tokens, by) -> int:
    """The token of "by" / "par" (``agent_before``) right after the trigger or one or two words later
    in its clause, else -1: "killed by gunmen", and after a participle "une embuscade tendue par des
    hommes armés", "an attack carried out by militants"."""
    if not by:
        return -1
    words, clause = tok.words, tok.clause
    e = m.i + m.n
    for k in range(e, min(len(words), e + 3)):
        if clause[k] != clause[m.i]:
            break
        if by.word(words[k]):
            return k
    return -1


def _passive_instrumental(m: Mention, tok: Tokens, lex: Lexicon, start: int, end: int) -> bool:
    """Whether ``[start, end)`` right after the trigger (at most one word between) is a passive's
    agent in the instrumental ("задержан полицией", "задержан пакистанской полицией", "затриманий
    поліцією"): the trigger ends as a passive participle (``passive_endings``) and the span's last
    word as an instrumental (``instrumental_endings``)."""
    passive, instr = lex.endings.get("passive_endings"), lex.endings.get("instrumental_endings")
    if not passive or not instr:
        return False
    words = tok.words
    e, j = m.i + m.n, _tok_index(tok, start)
    last = _tok_index(tok, max(start, end - 1))
    return e <= j <= e + 1 and tok.clause[last] == tok.clause[m.i] and words[e - 1].endswith(passive) \
        and words[last].endswith(instr)


def _agents_between(tok: Tokens, lex: Lexicon, e: int) -> list[tuple[str, int, int]]:
    """The two unnamed agents after "between" / "entre" / "между" / "між" at token ``e``, joined by
    "and" (a determiner or one more word, such as "Fulani herders", may open either), in its clause;
    [] unless both are found."""
    words, clause = tok.words, tok.clause
    out: list[tuple[str, int, int]] = []
    j = e + 1
    for side in range(2):
        found = None
        for x in range(j, min(len(words), j + 3)):
            if clause[x] != clause[e] or words[x] in AND:
                break
            found = next(((sector, x, k) for sector, ws in lex.agents.items() for k in (ws.at(words, x),) if k), None)
            if found:
                break
        if found is None:
            return []
        out.append(found)
        j = found[1] + found[2]
        if side == 0:
            if j >= len(words) or words[j] not in AND or clause[j] != clause[e]:
                return []
            j += 1
    return out


def _agent_before_and(tok: Tokens, lex: Lexicon, j: int, sector: str) -> tuple[str, int, int] | None:
    """The unnamed agent of another sector joined by "and" to the one at token ``j`` (a determiner
    may open the second: "the police and the protesters"), in its clause; None if there is none."""
    words, clause = tok.words, tok.clause
    c = j - 1
    if c >= 0 and words[c] in DETERMINERS.get(lex.lang, ()):
        c -= 1
    if c < 1 or words[c] not in AND or clause[c] != clause[j]:
        return None
    for x in range(c - 1, max(-1, c - 4), -1):
        if clause[x] != clause[j]:
            break
        for other, ws in lex.agents.items():
            if other != sector and ws.at(words, x) == c - x:
                return other, x, c - x
    return None


def _own_subject(m: Mention, tok: Tokens, lex: Lexicon, p0: int, cue_first: bool = True) -> bool:
    """Whether the content of a statement opens with the event as the speaker's own act: only a
    pronoun, a conjunction or an auxiliary before the trigger ("said it destroyed", "a affirmé
    avoir détruit"; ``self_subject`` and ``self_glue`` in ``events_cues.yaml``), and a pronoun
    among them, or none needed where the verb's ending says it has its subject in it ("заявило,
    что уничтожило": ``pro_drop_endings``) and the verb of saying comes first (``cue_first``)."""
    subject, glue = lex.cues.get("self_subject"), lex.cues.get("self_glue")
    if not subject:
        return False
    words = tok.words
    gap = words[bisect_left(tok.starts, p0):m.i]
    if not all(subject.word(w) or (glue and glue.word(w)) for w in gap):
        return False
    if any(subject.word(w) for w in gap):
        return True
    if not cue_first:
        # (a verb's ending stands for the speaker only where the content follows the verb of saying:
        # "заявило, что уничтожило"; in "Загинули четверо людей, …, повідомив X" the dead are its subject)
        return False
    endings, not_endings = lex.endings.get("pro_drop_endings"), lex.endings.get("not_pro_drop_endings")
    w = words[m.i]
    return bool(endings) and m.n == 1 and w.endswith(endings) and not (not_endings and w.endswith(not_endings))


def _cue_before(st, p0: int) -> bool:
    """Whether the statement's cue ends before its content part starting at ``p0``."""
    end = (st.attrs.get("cue") or {}).get("end")
    return end is not None and end <= p0


def _announcer(m: Mention, tok: Tokens, lex: Lexicon, ctx: Context, claim) -> list[dict]:
    """The speaker of an announcement or a denial (cue in ``self_announce`` or ``denial``) whose
    content opens with the event (at most three words before its trigger, none of them an actor:
    "Russia denied shelling the market"), or of a statement whose
    content opens with the event as the speaker's own act (:func:`_own_subject`)."""
    k, st, (p0, _p1) = claim
    if gap_words(tok, p0, m.start) > 3 or ctx.has_actor_in(p0, m.start):
        return []  # (most events: the statement's cue is not read for them)
    key = ("announces", k)
    announces = ctx.memo.get(key)
    if announces is None:  # whether the statement's cue announces or denies: once per statement
        # a denial is of the speaker's own act ("Russia denied shelling the market")
        cue = ((st.attrs.get("cue") or {}).get("text") or "").lower().split()
        announces = ctx.memo[key] = any(ws.word(w) for ws in (lex.cues.get("self_announce"), lex.cues.get("denial"))
                                        if ws for w in cue)
    if not announces and not _own_subject(m, tok, lex, p0, _cue_before(st, p0)):
        return []
    src = st.attrs.get("source") or {}
    here = ctx.actors_in(src["start"], src["end"]) if "start" in src else []
    speaker = st.attrs.get("speaker") or {}
    if not here and speaker.get("cluster") is not None:
        here = [a for a in ctx.actors if a.attrs.get("cluster") == speaker.get("cluster")][:1]
    if not here:
        return []
    ref = actor_ref(here[-1])
    ref["via"] = "announcer"
    return [ref]


def _place_subject(m: Mention, tok: Tokens, ctx: Context, span: tuple[int, int], loc_words,
                   sub: int = -1, lex: Lexicon | None = None) -> list[dict]:
    """The place (or "X and Y": both places) that is the clause's subject, as its state (not
    before the subordinating conjunction at token ``sub`` that opens the trigger's clause); not a
    place right after a noun that governs it ("Мешканці Херсона вийшли", "жители Херсона": the
    residents are the subject, the town their place; ``place_governors`` and the unnamed agents
    of ``events_cues.yaml``)."""
    if not ctx.has_place_in(span[0], m.start):
        return []  # no place before the trigger in its span (most events)
    governors = [*lex.agents.values(), lex.cues.get("place_governors")] if lex is not None and lex.agents else ()
    near = ctx.places_in(span[0], m.start)
    for idx in range(len(near) - 1, -1, -1):
        k, p = near[idx]
        j = _tok_index(tok, p.start)
        if tok.clause[j] != tok.clause[m.i] or m.i - j > 4 or j < sub:
            break
        pw = tok.words[j - 1] if j > 0 else ""
        if loc_words and loc_words.word(pw):
            continue
        if pw == "the" and p.attrs.get("feature_class") != "A":
            continue  # a town after "the" modifies a noun: "the Paris attacks", "the Moscow talks"
        if pw and tok.clause[j - 1] == tok.clause[j] and any(ws and ws.word(pw) for ws in governors):
            return []
        ref = _place_ref(k, p)
        if ref is None:
            return []
        # a compound actor: "Russia and Ukraine agreed", "Київ і Варшава підписали"
        if pw in AND and idx > 0:
            k0, p0 = near[idx - 1]
            j0 = _tok_index(tok, p0.start)
            first = _place_ref(k0, p0)
            if first is not None and tok.clause[j0] == tok.clause[j] and j - j0 <= 3 \
                    and first["country"] != ref["country"]:
                return [first, ref]
        return [ref]
    return []


def _agent_sector(ref: dict, tok: Tokens, lex: Lexicon) -> None:
    """A state or its government named right before a word for troops, police, protesters or
    rebels is that sector of the state ("Nigerian troops": NGA MIL, "Lebanese protesters": LBN
    CVL, "Yemen's rebels": YEM REB): ``ref`` gets the sector and the word as its name (as an
    unnamed agent has), and its mention reaches over the word."""
    words = tok.words
    j = bisect_left(tok.starts, ref["mention"][1])
    if j < len(words) and words[j] == "s" and tok.starts[j] - ref["mention"][1] == 1:
        j += 1  # "Yemen's"
    if j >= len(words) or j == 0 or tok.starts[j] - tok.ends[j - 1] > 1:
        return
    agents = marked(tok, "agent")  # (no agent word may start at most such words: a vocabulary column)
    found = next(((sector, k) for sector, ws in lex.agents.items() for k in (ws.at(words, j),) if k), None) \
        if agents is None or any_in(agents, j, j + 1) else None
    troops = lex.cues.get("troops")
    if found is None and troops and troops.word(words[j]):
        # after a state, "forces" and the other troop words are its armed forces ("Somali forces";
        # alone, "forces" is no unnamed agent: "market forces")
        found = ("MIL", 1)
    if found is not None:
        sector, k = found
        ref.update(sector=sector, actor=f"{ref['country']}.{sector}", name=" ".join(words[j:j + k]),
                   mention=[ref["mention"][0], tok.ends[j + k - 1]])
    elif troops:
        _troops_of(ref, tok, lex, troops)


#: troop words that are also verbs or heads of other bodies before a state ("force Mexico to pay",
#: "a task force of US officials"): no armed forces of the state after them
VERB_TROOP_WORDS = frozenset({"force"})


def _troops_of(ref: dict, tok: Tokens, lex: Lexicon, troops) -> None:
    """A state named right after a troop word, in the genitive or after ``genitive_words`` ("Війська
    РФ", "войска России", "troops of Russia", "les forces de l'Ukraine"), is its armed forces (MIL)."""
    words = tok.words
    first = bisect_left(tok.starts, ref["mention"][0])  # the state's first token
    i = first - 1
    of_words = lex.cues.get("genitive_words")
    while i >= 0 and first - 1 - i < 2 and of_words and of_words.word(words[i]):
        i -= 1
    if i >= 0 and words[i] not in VERB_TROOP_WORDS and troops.word(words[i]) and tok.clause[i] == tok.clause[first]:
        ref.update(sector="MIL", actor=f"{ref['country']}.MIL", name=words[i], mention=[tok.starts[i], ref["mention"][1]])


def _state_ref(country: str, name, mention: list[int], via: str) -> dict:
    """An actor reference for a state's government named through a place or a body of it."""
    return {"cluster": None, "actor": f"{country}.GOV", "name": name, "country": country, "sector": "GOV",
            "mention": mention, "via": via}


def _place_ref(k: int, p: Annotation) -> dict | None:
    country = iso3(p.attrs.get("country"))
    if not country:
        return None
    return _state_ref(country, p.attrs.get("name"), [p.start, p.end], f"places/{k}")


def location(m: Mention, tok: Tokens, lex: Lexicon, ctx: Context, span: tuple[int, int], used,
             subjects: set[tuple[int, int]] = frozenset()) -> dict | None:
    """The event's place: not a metonym, not the subject of the clause, the most specific one
    near the trigger; a place named after "from" is where fire came from (not for a retreat)."""
    facts = _place_facts(tok, lex, ctx, span)
    if not facts:
        return None  # no place in the span (most events)
    # ``used``: the actor mentions taken as actor / recipient, by id (or a set of their ids)
    subject_spans = ([(a.start, a.end) for a in used.values()] if isinstance(used, dict)
                     else [(a.start, a.end) for a in ctx.actors if id(a) in used])
    # a headline's "Kiev protest", "Donetsk shelling": a place modifying a noun, not governed,
    # is the fallback when no place passes the strict test
    found = _best_place(m, tok, facts, subject_spans, subjects, ctx.memo[("offices", span)])
    if found is None:
        return None
    k, p = found
    prec = precision(p.attrs)[0]
    out = {"id": f"places/{k}", "name": p.attrs.get("name"), "geonameid": p.attrs.get("geonameid"),
           "country": p.attrs.get("country"), "lat": p.attrs.get("lat"), "lon": p.attrs.get("lon"),
           "precision": prec, "mention": [p.start, p.end]}
    if prec == "point":
        alt = homonym(k, p, ctx)
        if alt is not None:
            out.update(alt)
    return out


#: two gazetteer candidates whose places-layer scores differ by at most this are homonyms the
#: name alone cannot tell apart ("Vodiane": four villages in Donetsk oblast alone)
HOMONYM_TIE = 0.25


def homonym(k: int, p: Annotation, ctx: Context) -> dict | None:
    """Among equally scored homonyms of an event's place, the one nearest the other places of
    the text ("Vodiane near Mariupol"); None when the places layer's choice stands."""
    cands = [c for c in p.attrs.get("candidates") or [] if c.get("lat") is not None]
    if len(cands) < 2:
        return None
    top = max(c.get("score") or 0.0 for c in cands)
    tied = [c for c in cands if (c.get("score") or 0.0) >= top - HOMONYM_TIE]
    if len(tied) < 2:
        return None
    anchors = ctx.memo.get("anchors")
    if anchors is None:  # the places that may anchor a homonym, once per article
        anchors = ctx.memo["anchors"] = [(j, a) for j, a in ctx.places
                                         if a.attrs.get("lat") is not None and not a.attrs.get("metonymy")
                                         and precision(a.attrs)[1] < 3]
    name = p.attrs.get("name")
    anchors = [(j, a) for j, a in anchors if j != k and a.attrs.get("name") != name]
    if not anchors:
        return None
    from ..places.gazetteer import distance_km  # noqa: PLC0415

    def near(c) -> tuple[float, int]:
        return min((distance_km(c["lat"], c["lon"], a.attrs["lat"], a.attrs["lon"]), j) for j, a in anchors)

    best = min(tied, key=lambda c: near(c)[0])
    chosen_lat, chosen_lon = p.attrs.get("lat"), p.attrs.get("lon")
    if best.get("lat") == chosen_lat and best.get("lon") == chosen_lon:
        return None
    d, j = near(best)
    return {"geonameid": best.get("geonameid"), "lat": best["lat"], "lon": best["lon"],
            "homonym_of": {"lat": chosen_lat, "lon": chosen_lon}, "near": f"places/{j}", "near_km": round(d, 1)}


def _place_facts(tok, lex, ctx, span: tuple[int, int]) -> list[tuple]:
    """What :func:`_best_place` needs of each place in ``span`` that does not depend on the event
    (computed once per span, shared by its events): ``(k, place, governed, rank, no fallback,
    after "from", on an axis, clause, start, (start, end), after a topic word)``; metonyms, peoples' adjectives and
    organisations of :data:`NO_PLACE_SECTORS` ("the Red Cross") are left out; so are the places of
    an office, whose starts are remembered under ``("offices", span)`` (:func:`_best_place`)."""
    lo, hi = span
    places = ctx.places
    i = bisect_left(ctx.place_starts, lo)
    if i == len(places) or places[i][1].start >= hi:
        return ()  # no place in the span (most spans): nothing to remember
    key = ("places", span)
    found = ctx.memo.get(key)
    if found is None:
        near = ctx.places_in(lo, hi)
        found, offices = [], []
        for k, p in near:
            if p.attrs.get("metonymy") or ctx.is_no_place(p.start, p.end):
                continue
            f = _place_fact(tok, lex, ctx, k, p, near)
            if f:
                found.append(f)
            else:
                offices.append(p.start)
        ctx.memo[key] = found
        ctx.memo[("offices", span)] = offices
    return found


#: how many words (title words, link words, a place) may stand between an office word and the link
#: before its place: "the Secretary of State for", "l'ambassadeur de France à"
OFFICE_TITLE_REACH = 3


def _office_of(lex: Lexicon, tok, ctx, h: int, city: bool = False) -> bool:
    """Whether the word at ``h``, the one before a place (after its determiners), makes the place
    qualify a person or an office rather than say where something happened: "міністр у справах
    Північної Ірландії", "подданная Соединённого Королевства", "the Secretary of State for
    Northern Ireland", "le ministre chargé de l'Irlande du Nord" (``office_before``, optionally
    followed by one of ``office_link``, in ``events_cues.yaml``); a ``city``, an envoy's post:
    "Syria's ambassador to Washington" (``envoy_before`` and ``envoy_link``: "to" is no link of other
    offices, "a visit by Israel's prime minister to the US" is in the US; a country is none either,
    "the American ambassador to Kenya was injured in the blast" was in Kenya)."""
    office = lex.cues.get("office_before")
    if office is None or h < 0:
        return False
    words = tok.words
    if office.word(words[h]):
        return True
    if h == 0:
        return False
    link = lex.cues.get("office_link")
    if link and link.word(words[h]):
        return _office_word_before(lex, office, tok, ctx, h - 1)
    envoy_link = lex.cues.get("envoy_link") if city else None
    if envoy_link and envoy_link.word(words[h]):
        return _office_word_before(lex, lex.cues.get("envoy_before"), tok, ctx, h - 1)
    return False


def _office_word_before(lex: Lexicon, office, tok, ctx, g: int) -> bool:
    """Whether an ``office`` word stands at ``g`` or before it past at most
    :data:`OFFICE_TITLE_REACH` words of the title (``office_title``: "of State"), links ("de") or
    another place ("l'ambassadeur de France à Paris")."""
    if office is None:
        return False
    words = tok.words
    title, link = lex.cues.get("office_title"), lex.cues.get("office_link")
    for g in range(g, max(-1, g - OFFICE_TITLE_REACH - 1), -1):
        w = words[g]
        if office.word(w):
            return True
        if not ((title and title.word(w)) or (link and link.word(w)) or _in_place(ctx, tok.starts[g])):
            return False
    return False


def _place_fact(tok, lex, ctx, k: int, p: Annotation, near: list) -> tuple | bool:
    """:func:`_place_facts` of one place, False for a place that qualifies a person or an office
    (:func:`_office_of`). The words before a place skip the other places among ``near`` (the
    places of the span); a place whose facts do not depend on them (no other place of the whole
    text ends among those words) is computed once per article."""
    cached = ctx.memo.get(("place", k))
    if cached is not None:
        return cached
    words = tok.words
    loc_words = lex.cues.get("location_before")
    origin = lex.cues.get("origin_before")
    dets = DETERMINERS.get(lex.lang, _NONE)
    j = _tok_index(tok, p.start)
    # words before the place, skipping determiners and generic heads ("la ville de", "région de")
    h = j - 1
    other = False  # whether another place of the text covers one of the words looked at
    while h >= 0 and j - h <= 4:
        if words[h] in dets or words[h] in PLACE_HEADS or words[h] == "s":
            h -= 1
            continue
        if _in_place(ctx, tok.starts[h]):
            other = True
            if any(q.start <= tok.starts[h] < q.end for _k2, q in near):
                h -= 1
                continue
        break
    pw = words[h] if h >= 0 else ""
    rank = precision(p.attrs)[1]
    if _office_of(lex, tok, ctx, h, rank == 0):
        if not other:
            ctx.memo[("place", k)] = False
        return False
    governed = bool(loc_words and loc_words.word(pw)) or (h < j - 1 and words[j - 1] in ("de", "d", "of"))
    # a country, or a place opening its clause (its subject), is no fallback
    no_fallback = (rank >= 3 or j == 0 or tok.clause[j - 1] != tok.clause[j] or words[j - 1] in CLAUSE_OPENERS)
    after_origin = bool(origin and origin.word(pw))
    axis = not AXIS.isdisjoint(words[max(0, j - 3):j + 3])
    topic, topic_nouns = lex.cues.get("topic_before"), lex.cues.get("topic_nouns")
    after_topic = bool(topic and topic.word(pw)) or bool(topic_nouns) and any(
        topic_nouns.word(words[x]) and tok.clause[x] == tok.clause[j] for x in range(max(0, j - TOPIC_REACH), j))
    fact = (k, p, governed, rank, no_fallback, after_origin, axis, tok.clause[j], p.start, (p.start, p.end),
            after_topic)
    if not other:
        ctx.memo[("place", k)] = fact
    return fact


def _in_place(ctx, pos: int) -> bool:
    """Whether a place of the text holds position ``pos``: the places' starts in order and the
    furthest end reached by each prefix of them (made once per article), one bisection."""
    found = ctx.memo.get("place reach")
    if found is None:
        spans = sorted((q.start, q.end) for _k, q in ctx.places)
        found = ctx.memo["place reach"] = (list(map(itemgetter(0), spans)),
                                           list(accumulate(map(itemgetter(1), spans), max)))
    starts, reach = found
    i = bisect_right(starts, pos) - 1
    return i >= 0 and reach[i] > pos


#: the PLOVER types whose place after a ``topic_before`` word is what they are about, not where
#: they happen ("talks over Syria", "переговоры по Карабаху", "négociations sur le Haut-Karabakh")
TOPICAL = frozenset({"CONSULT"})
#: how many words before a place a ``topic_nouns`` word ("the issue of", "в вопросе границы с") makes
#: it the subject matter
TOPIC_REACH = 3


def _best_place(m, tok, facts, subject_spans, subjects, offices=()):
    """The best place by the strict test (governed, or a target after the trigger), else the best
    fallback (not a country, not a clause's subject): one pass over the span's places (``facts``:
    :func:`_place_facts`) for both."""
    best = loose = None
    plover = m.trigger.plover if m.trigger is not None else None
    targeted = plover in TARGETED
    clause = tok.clause[m.i]
    start = m.start
    topical = plover in TOPICAL
    # the first office place after the trigger (``offices``: :func:`_place_facts`)
    barrier = next((o for o in offices if o > start), None) if offices else None
    for k, p, governed, rank, no_fallback, after_origin, axis, place_clause, ps, span_, after_topic in facts:
        if (subjects and span_ in subjects) or (topical and after_topic):
            continue  # (a subject; the subject matter of talks: "переговоры по Карабаху", "talks over Syria")
        for s, e in subject_spans:
            if s <= ps < e:
                break
        else:
            # strict: "Kiev a décidé", "Russia shelled": a subject; "warned Washington": a recipient
            strict = governed or (ps >= start and targeted)
            if not strict and no_fallback:
                continue
            if barrier is not None and ps > barrier and place_clause != clause:
                # past an office's place, in another clause: where the office holder did something
                # else ("resuming talks in remarks made by the ambassador to Washington, ..., in a
                # lecture to a closed forum in Baltimore")
                continue
            if after_origin and plover is not None and plover != "RETREAT":
                rank += 3.5
            if axis:
                rank += 0.5
            key = (place_clause != clause, rank, abs(ps - start))
            if strict:
                if best is None or key < best[0]:
                    best = (key, k, p)
            elif best is None and (loose is None or key < loose[0]):
                loose = (key, k, p)
    best = best or loose
    if best is None:
        return None
    return best[1], best[2]


_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_range(value: str, precision: str) -> tuple[str, str] | None:
    m = _DATE.match(value or "")
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        d = f"{y:04d}-{m.group(2)}-{m.group(3)}"
        return d, d
    if m.group(2):
        mo = int(m.group(2))
        return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{monthrange(y, mo)[1]:02d}"
    return f"{y:04d}-01-01", f"{y:04d}-12-31"


def date(m: Mention, ctx: Context, sent: tuple[int, int]) -> dict:
    """The nearest dated time expression of the sentence, else the publication date (flagged)."""
    best = None
    key = ("times", sent)
    times = ctx.memo.get(key)
    if times is None:
        starts = ctx.time_starts
        if starts is not None:
            times = ctx.times[bisect_left(starts, sent[0]):bisect_left(starts, sent[1])]
        else:
            times = [(k, t) for k, t in ctx.times if sent[0] <= t.start < sent[1]]
        ctx.memo[key] = times
    for k, t in times:
        d = abs(t.start - m.start)
        if best is None or d < best[0]:
            best = (d, k, t)
    if best is not None:
        _d, k, t = best
        return {"id": f"times/{k}", "value": t.attrs.get("value"), "earliest": t.attrs.get("earliest"),
                "latest": t.attrs.get("latest"), "from_publication": False, "mention": [t.start, t.end]}
    if ctx.published is not None and ctx.pub_range is not None:
        return {"id": None, "value": ctx.published["value"], "earliest": ctx.pub_range[0],
                "latest": ctx.pub_range[1], "from_publication": True}
    return {"id": None, "value": None, "earliest": None, "latest": None, "from_publication": True}


def is_background(d: dict, ctx: Context, days: int) -> bool:
    """Dated well before the publication: history recalled, not news."""
    if d.get("from_publication") or not d.get("latest") or ctx.pub_range is None:
        return False
    pub = ctx.memo.get("pub date", False)
    if pub is False:  # the publication's first day, read once per article (None: not a date)
        try:
            pub = dt.date.fromisoformat(ctx.pub_range[0])
        except ValueError:
            pub = None
        ctx.memo["pub date"] = pub
    try:
        latest = dt.date.fromisoformat(d["latest"][:10])
    except ValueError:
        return False
    if pub is None:
        return False
    return (pub - latest).days > days
