"""PLOVER type + mode -> ACLED event type / sub-event type, from ``data/xx/events_acled.tsv``,
then refined where PLOVER's type and mode do not tell ACLED's classes apart (:func:`refine`,
:func:`refine_protests`).

ACLED's codebook separates by what PLOVER leaves to the words around the trigger: a grenade among
explosives, a mob among assailants, a government retaking its own town among seizures of
territory, interceptions and seized weapons (disrupted weapons use), a base set up, a signed
agreement, and, for a protest, whether it was dispersed (protest with intervention), met with
lethal force (excessive force) or turned violent (violent demonstration). The words are language
data (the ``acled_*`` lists of ``data/<lang>/events_cues.yaml``).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import compress, repeat
from importlib import resources

from .mentions import any_in, vocab

#: actor sectors that make an actor the state's own forces (PLOVER sectors of the actors layer)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
#: how many words after a trigger its object is looked for ("seized a cache of weapons")
OBJECT_WINDOW = 4
#: how many words before a trigger its subject is looked for ("an angry mob torched")
SUBJECT_WINDOW = 6
#: how far after an ASSAULT's trigger the protesters it targets are looked for
TARGET_WINDOW = 8
#: modes a grenade does not override: a grenade dropped by a drone is an air / drone strike
_NOT_GRENADE_MODES = frozenset({"drone", "aerial", "unconventional", "suicide-attack", "heavy-weapons"})

DISRUPTED = ("Strategic developments", "Disrupted weapons use")
GRENADE = ("Explosions/Remote violence", "Grenade")
MOB = ("Riots", "Mob violence")
REGAINS = ("Battles", "Government regains territory")
OVERTAKES = ("Battles", "Non-state actor overtakes territory")
BASE = ("Strategic developments", "Headquarters or base established")
AGREEMENT = ("Strategic developments", "Agreement")
INTERVENTION = ("Protests", "Protest with intervention")
EXCESSIVE = ("Protests", "Excessive force against protesters")
VIOLENT = ("Riots", "Violent demonstration")
#: the ACLED event types of force that may be used on protesters (not explosions, not riots)
_FORCE = ("Battles", "Violence against civilians", "Protests")


@lru_cache(maxsize=1)
def table() -> list[tuple[str, str, str, str]]:
    text = (resources.files("sitrep") / "data" / "xx" / "events_acled.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) >= 4:
            rows.append((cols[0], cols[1], cols[2], cols[3]))
    return rows


@lru_cache(maxsize=None)  # keys: the PLOVER types times their modes, a few hundred at most
def acled(plover: str, mode: str) -> tuple[str | None, str | None]:
    for typ, m, ev, sub in table():
        if typ == plover and (m == "*" or m == mode):
            return ev, sub
    return None, None


def _any(ws, words, lo: int, hi: int) -> bool:
    """Whether an entry of the word set ``ws`` (a word or a phrase) starts at a token of [lo, hi):
    the tokens where one may start are found by a per-word-type look-up in a C loop, and only
    those are matched (most events have none around them)."""
    if not ws:
        return False
    lo = max(lo, 0)
    return any(map(ws.at, repeat(words), compress(range(lo, hi), map(ws.starts.__getitem__, words[lo:hi]))))


def _clause_span(tok, i: int, before: int, after: int) -> tuple[int, int]:
    """Token range around token ``i``: up to ``before`` words before and ``after`` words after it,
    inside its clause."""
    clause = tok.clause
    here = clause[i]
    lo = bisect_left(clause, here, max(0, i - before), i)
    hi = i + 1
    end = min(len(clause), i + 1 + after)
    while hi < end and clause[hi] == here:
        hi += 1
    return lo, hi


def refine(ev: tuple[str | None, str | None], label: str, mode: str, m, tok, lex, args: dict,
           weapon: tuple[int, int] | None) -> tuple[str | None, str | None]:
    """The ACLED class of one event once the words around its trigger are read."""
    cues = lex.cues
    words = tok.words
    i, n = m.i, m.n
    trig_lo, trig_hi = i, i + n
    if _any(cues.get("acled_disrupted"), words, trig_lo, trig_hi):
        return DISRUPTED  # "shot down", "intercepted", "defused"
    if label == "COERCE" and mode == "seize":
        _lo, hi = _clause_span(tok, trig_hi - 1, 0, OBJECT_WINDOW)
        if _any(cues.get("acled_weapons"), words, trig_hi, hi):
            return DISRUPTED  # "seized a cache of weapons"
        return _territory(args, _any(cues.get("acled_retake"), words, trig_lo, trig_hi))
    if label == "ASSAULT" or (label == "PROTEST" and mode == "riot"):
        lo, _hi = _clause_span(tok, i, SUBJECT_WINDOW, 0)
        if _any(cues.get("acled_mob"), words, lo, trig_hi):
            return MOB  # "a mob lynched", "vigilantes beat"
    if label == "ASSAULT" and mode not in _NOT_GRENADE_MODES:
        def grenade(lo: int, hi: int) -> bool:
            # not "stun grenades", "grenades lacrymogènes": the word before or after says a crowd is dispersed
            return _any(cues.get("acled_grenade"), words, lo, hi) and \
                not _any(cues.get("acled_not_grenade"), words, lo - 1, hi + 1)

        j = bisect_left(tok.starts, weapon[0]) if weapon is not None else None
        if (j is not None and grenade(j, j + 1)) or grenade(trig_lo, trig_hi):
            return GRENADE  # the weapon of the sentence, or the trigger: "threw a grenade", "a grenade attack"
    if label == "MOBILIZE" and _any(cues.get("acled_base"), words, trig_lo, trig_hi):
        return BASE  # "set up a new base" (a phrase trigger)
    if label in ("SUPPORT", "COOPERATE") and ev[1] is None:
        _lo, hi = _clause_span(tok, trig_hi - 1, 0, OBJECT_WINDOW)
        if _any(cues.get("acled_agreement"), words, trig_lo, hi):
            return AGREEMENT  # "signed a deal", "signed a ceasefire agreement"
    return ev


def cue_counts(tok, lex) -> list[int]:
    """The tokens where a word of the refinements' cue lists may start, in order (a column of the
    events vocabulary, :class:`.mentions._Vocab`, read once per article): :func:`needs_refine`
    tells by one bisection whether any is near a trigger."""
    v = vocab(lex)
    return v.acled[v.ids(tok)].nonzero()[0].tolist()


def needs_refine(cues: list[int], m, weapon) -> bool:
    """Whether :func:`refine` can change the class of the event at mention ``m``: a cue word among
    the words it reads (up to :data:`SUBJECT_WINDOW` before the trigger, :data:`OBJECT_WINDOW`
    after), or a weapon word (a grenade)."""
    return weapon is not None or any_in(cues, m.i - SUBJECT_WINDOW, m.i + m.n + OBJECT_WINDOW)


def _territory(args: dict, retake: bool) -> tuple[str, str]:
    """ACLED: the state's forces taking back a place of their own country is "Government regains
    territory"; any other seizure of territory (a rebel group, a foreign army) is "Non-state actor
    overtakes territory"."""
    actors = args.get("actor") or []
    state = [a for a in actors if a.get("sector") in STATE_SECTORS and a.get("country")]
    if not state:
        return OVERTAKES
    loc = args.get("location") or {}
    from ..actors.kb import iso3  # noqa: PLC0415  (pycountry: only where a seizure is coded)

    where = iso3(loc.get("country")) if loc.get("country") else None
    if where is not None:
        return REGAINS if any(a["country"] == where for a in state) else OVERTAKES
    return REGAINS if retake else OVERTAKES


def refine_protests(events: list, tok, lex, sent_of) -> None:
    """A protest's ACLED class from the other events and words of its sentence: forces firing on
    the protesters (excessive force), tear gas, water cannon or arrests (protest with
    intervention), stones and fire from the protesters or an ASSAULT with protesters among its
    actors ("the police and the protesters clashed": violent demonstration). An ASSAULT on
    protesters and an arrest of protesters are coded the same way."""
    cues = lex.cues
    protesters = cues.get("acled_protesters")
    words, starts = tok.words, tok.starts
    # a sentence with a protest: a PROTEST event (the protesters are one: "protesters",
    # "manifestants", "протестующих") or crowd control
    clash = cues.get("acled_clash")

    def clashing(e) -> bool:
        # a clash with protesters ("Police clashed with protesters", "Полиция столкнулась с
        # протестующими"): both sides fight, a violent demonstration, not force on a peaceful crowd
        if not clash or e.label != "ASSAULT":
            return False
        j, k = bisect_left(starts, e.start), bisect_left(starts, e.end)
        if not _any(clash, words, j, k):
            return False
        _l, h = _clause_span(tok, max(j, k - 1), 0, TARGET_WINDOW)
        return _any(protesters, words, j, h)

    hot = {sent_of(e.start) for e in events if e.label == "PROTEST" or e.attrs["acled_event_type"] == "Protests"
           or (e.label == "ASSAULT" and clashing(e))}  # (only an ASSAULT may be a clash)
    if not hot:
        return  # no protest in the article (most articles): nothing to refine
    by_sent: dict[tuple[int, int], list] = {}
    for e in events:
        if e.label in ("PROTEST", "ASSAULT", "COERCE"):
            sent = sent_of(e.start)
            if sent in hot:
                by_sent.setdefault(sent, []).append(e)
    for sent, evs in by_sent.items():
        protests = [e for e in evs if e.label == "PROTEST" and e.attrs["acled_sub_event_type"] == "Peaceful protest"]
        lo, hi = bisect_left(starts, sent[0]), bisect_left(starts, sent[1])
        excessive, intervention = [], []
        # the protesters among an ASSAULT's actors: they fight ("the police and the protesters clashed")
        fighting = [e for e in evs if e.label == "ASSAULT" and (any(a.get("sector") == "CVL" for a in e.attrs["actor"])
                                                                 or clashing(e))]
        for e in evs:
            if e in fighting:
                continue
            sub = e.attrs["acled_sub_event_type"]
            if e.label == "ASSAULT" and sub in ("Protest with intervention", "Excessive force against protesters"):
                (excessive if sub.startswith("Excessive") else intervention).append(e)
                continue
            if e.label not in ("ASSAULT", "COERCE") or e.attrs["acled_event_type"] not in _FORCE + ("Strategic developments",):
                continue
            j = bisect_left(starts, e.start)
            k = bisect_left(starts, e.end)
            _l, h = _clause_span(tok, max(j, k - 1), 0, TARGET_WINDOW)
            target = _any(protesters, words, k, h) or any(
                p.start >= e.end and bisect_left(starts, p.start) < h for p in protests)
            if not target:
                continue
            if e.label == "ASSAULT":
                excessive.append(e)
            elif e.attrs.get("mode") == "arrest":
                intervention.append(e)
        # protesters killed in a shooting or a beating (a bomb at a rally stays an explosion)
        killed = bool(protests) and any((e.attrs.get("numbers") or {}).get("killed") for e in evs
                                        if e.label == "ASSAULT" and e.attrs["acled_event_type"] in _FORCE)
        if excessive or killed:
            ev = EXCESSIVE
        elif intervention or _any(cues.get("acled_intervention"), words, lo, hi):
            ev = INTERVENTION
        elif fighting or (protests and _any(cues.get("acled_protest_violence"), words, lo, hi)):
            ev = VIOLENT
        else:
            continue
        for e in protests + excessive + intervention + fighting:
            e.attrs["acled_event_type"], e.attrs["acled_sub_event_type"] = ev
