"""``events.v1``: who did what to whom, where, when, and who claims it.

Two layers:

- ``event_mentions``: every eventuality in the TimeML sense (label: TimeML class), with
  ``polarity`` (POS / NEG), ``modality`` (TimeML's modal word or null) and ``sitrep_modality``:
  negation and modality are decided once, here (:mod:`.mentions`), and measured on TimeML gold;
- ``events``: the mentions whose trigger has a PLOVER type (label: the type), with ``mode``,
  ``context``, ``acled_event_type`` / ``acled_sub_event_type`` (:mod:`.acled`), ``actor`` and
  ``recipient`` (actor-layer clusters with country and sector), ``location`` (a places-layer id,
  never a metonym, with its precision), ``date`` (a times-layer id, else the publication date,
  flagged, with ``earliest`` / ``latest``), ``modality`` (asserted, negated, hypothetical,
  future, claimed, denied, background), ``claimant`` (the statement and its chain) and
  ``numbers`` (killed, injured, detained, displaced with their spans).

Modules: :mod:`.lexicon` (data files), :mod:`.mentions`, :mod:`.arguments`, :mod:`.numbers`,
:mod:`.acled`; generators outside the run-time path: :mod:`.build` (lexicons), :mod:`.train`
(TimeML word tables).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from ...article import Annotation, Article
from ...pipeline import Component, register
from . import arguments, mentions, numbers
from .acled import acled, cue_counts, needs_refine, refine, refine_protests
from .lexicon import WordSet, lexicon, violence_words

NAME = "events.v1"
#: casualty kinds and the event types a number attaches to, in order of preference
ATTACH = {"killed": ("ASSAULT",), "injured": ("ASSAULT",), "detained": ("COERCE", "ASSAULT"),
          "displaced": ("ASSAULT", "COERCE", "RETREAT")}
#: the event types a casualty number may attach to (the numbers are looked for only with one of them)
NUMBERED = frozenset(typ for types in ATTACH.values() for typ in types)
DENIAL_CUES = ("denial",)
#: PLOVER codebook (AGREE, CONCEDE): cooperative actions reported in the future tense are AGREE;
#: an announced, future retreat is CONCEDE
FUTURE_TYPE = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE"}
#: a light verb ("imposed", "launched") followed by an event noun within this many words of its
#: clause ("imposed new sanctions", "launched an offensive") is no event of its own
LIGHT_VERB_WINDOW = 4
#: ASSAULT modes that name a weapon, most specific first: the weapon named in the trigger's
#: sentence ("fired missiles", "drones struck") refines the trigger's own mode
WEAPON_MODES = ("suicide-attack", "unconventional", "drone", "aerial", "heavy-weapons", "explosives",
                "crowd-control", "firearms")
#: PLOVER's verbal and cooperative types: a verb of the generated English table (PETRARCH2's) with
#: one of these types is an event only with an actor or a recipient (in general news "want",
#: "provide", "sought", "increased" are no political events; an attack or a march needs no named one)
VERBAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "AID"})
#: a weapon mode's rank in :data:`WEAPON_MODES` (the lower, the more specific)
WEAPON_RANK = {m: k for k, m in enumerate(WEAPON_MODES)}
#: modes a weapon word may replace (an act such as abduct, torture or destroy keeps its mode)
REFINABLE = frozenset(WEAPON_MODES) | {"", "primitive"}
#: a civilian named this many words after a one-sided ASSAULT's trigger, in its clause
CIVILIAN_WINDOW = 8


#: the attributes of an ``event_mentions`` annotation, in the order of its row's values
MENTION_KEYS = ("polarity", "modality", "sitrep_modality", "plover")
#: an annotation's ``(start, end)``, by one C call
_SPAN = attrgetter("start", "end")
#: a lower-case word right after a position (past spaces)
_WORD_AFTER = re.compile(r"\s+[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ]")


@dataclass
class Result:
    #: ``event_mentions`` as rows ``(start, end, TimeML class, confidence, *MENTION_KEYS values)``
    #: (:class:`~sitrep.article.RowLayer`: no annotation objects until one is asked for)
    mentions: list[tuple]
    events: list[Annotation]


def _sentences(article: Article) -> list[tuple[int, int]]:
    sents = sorted(map(_SPAN, article.layers.get("sentences", ())))
    return sents or [(0, len(article.text))]


def analyse(article: Article) -> Result:
    text = article.text
    lex = lexicon(article.language)
    tok = mentions.tokenise(text, lex.lang)
    found = mentions.find_rows(tok, lex, text)
    ctx = None  # the earlier layers indexed (made at the first trigger: some articles have none)
    sents = _sentences(article)
    sent_starts = [s for s, _e in sents]
    denial = lex.cues.get("denial")
    party_words = lex.cues.get("needs_party")
    reciprocal, recip_with = lex.cues.get("reciprocal_alone"), lex.cues.get("reciprocal_with")
    future_forms = lex.cues.get("future_forms")
    liberate = lex.cues.get("liberate")

    def sent_of(pos: int) -> tuple[int, int]:
        k = max(0, bisect_right(sent_starts, pos) - 1)
        return sents[k]

    rows = found.rows
    event_anns: list[Annotation] = []
    by_token: dict[int, Annotation] = {}
    weapons: dict = {}  # (sentence, trigger mode) -> (mode, weapon span)
    acled_cues = cue_counts(tok, lex)  # where the words of the ACLED refinements are
    # a trigger inside a time expression is a month or a season ("On 8 March 2023"), no event
    tspans = sorted(map(_SPAN, article.layers.get("times", ())))
    tstarts = [s for s, _e in tspans]
    # a trigger inside an organisation's name names the organisation, not an act ("the Palestine
    # Liberation Organization", "le Front de libération de l'Azawad", "the Popular Mobilization Forces")
    ospans = _org_spans(article) if found.triggers else []
    ostarts = [s for s, _e in ospans]
    words = tok.words
    object_blocks, object_triggers = lex.object_blocks, lex.object_triggers
    victims = lex.cues.get("victim_subject") or None  # "came under", "tombés dans", "попали под"
    addressees = lex.cues.get("addressee_before") or None  # "обратился к", "звернувся до"
    senders = lex.cues.get("send_before") or None  # "направил президенту Пакистана послание"
    dets = arguments.DETERMINERS.get(lex.lang, ())
    #: (sentence, the token after its trigger, its actor, its clause) of the last verbal event with an actor
    prev_verb: tuple | None = None
    for idx, m in found.triggers:
        if tstarts and _inside(m, tstarts, tspans):
            continue
        if object_blocks and object_triggers.word(words[m.i]) and _no_event_object(m, tok, object_blocks):
            continue  # "released a statement", "a press release", "asked whether": no PLOVER event
        sent = sents[max(0, bisect_right(sent_starts, m.start) - 1)]  # (sent_of)
        if ostarts and _inside(m, ostarts, ospans) and not _headline(text, m, sent) and (
                lex.lang not in CAPITALISED_NAMES or text[m.start].isupper()):
            continue
        if ctx is None:
            ctx = arguments.Context(article)
        trigger = m.trigger
        # "want", "provide", "sought": a verb of the generated table is an event only with someone
        # acting or acted on; so is a trigger of two senses whose other one is no event ("advanced
        # economies", "наступает зима": winter comes; ``needs_party`` in ``events_cues.yaml``)
        needs_party = (trigger.source == mentions.GENERATED and trigger.plover in VERBAL_TYPES) or \
            (party_words is not None and party_words.word(words[m.i]))
        args = arguments.fill(m, tok, lex, ctx, sent, needs_party)
        if args is not None and prev_verb is not None and not _noun_before_of(m, words, lex):
            _coordinated_subject(m, words, tok.clause, args, prev_verb, sent)
        if args is not None and m.n > 1 and not args["recipient"]:
            _recipient_in_phrase(m, tok, ctx, args)
        if args is not None and victims is not None:
            _victim_subject(m, tok, victims, ctx, args, sent)
        if args is not None and (addressees is not None or senders is not None) and trigger.plover == "REQUEST" \
                and args["actor"]:
            _addressee(m, tok, addressees, senders, ctx, sent, args)
        if args is None or (needs_party and not args["actor"] and not args["recipient"]):
            continue
        if m.n == 1 and reciprocal is not None and reciprocal.word(words[m.i]) and (
                len(args["actor"]) < 2 or (m.i + 1 < len(words) and recip_with and recip_with.word(words[m.i + 1]))):
            # "столкнулись" alone is a clash of two subjects ("Армия и боевики столкнулись"), not
            # cars, nor "столкнулись с проблемой" (the phrases with "с" are triggers of their own)
            continue
        when = arguments.date(m, ctx, sent)
        if future_forms is not None and m.modality == "asserted":
            _perfective_future(m, tok, future_forms)
        modality = m.modality
        claim = args.pop("claim")
        if claim is not None and _answered_by_threat(claim[1], m, tok, lex):
            claim = None  # "threatened to retaliate after the Israeli strike": the strike is reported
        claimant = None
        if claim is not None:
            k, st, _part = claim
            cue = (st.attrs.get("cue") or {}).get("text") or ""
            claimant = {"statement": f"statements/{k}", "chain": st.attrs.get("chain"),
                        "speaker": st.attrs.get("speaker"), "cue": cue}
            if modality == "asserted":
                if denial and any(denial.word(w.lower()) for w in cue.split()):
                    modality = "denied"
                else:
                    modality = "claimed"
        if modality in ("asserted", "claimed") and not when["from_publication"] \
                and arguments.is_background(when, ctx, lex.background_days):
            modality = "background"  # (a date from the publication is never background)
        label = trigger.plover
        seized = False
        if label in SEIZE_FROM and liberate is not None and liberate.word(words[m.i]) \
                and _liberated_place(m, tok, lex, ctx):
            # "liberated Izium", "звільнили Ізюм", "libéré plus de trente localités": a place freed is
            # a place taken (COERCE seize, as "retook"), not people released (RETREAT, CONCEDE)
            label, seized = "COERCE", True
        # the mention's sitrep modality: claimed / background known now
        rows[idx] = (m.start, m.end, m.timeml_class, m.confidence, m.polarity, m.timeml_modality, modality, label)
        coded_as = None
        if modality == "future" and label in FUTURE_TYPE:
            coded_as, label = label, FUTURE_TYPE[label]
        mode, weapon = ("seize" if seized else trigger.mode or ""), None
        if label == "ASSAULT" and mode in REFINABLE:
            key = (sent, mode)
            if key not in weapons:
                weapons[key] = _weapon_mode(mode, tok, lex, sent)
            mode, weapon = weapons[key]
        ev_type, sub = acled(label, mode)
        if sub == "Armed clash" and _civilian_target(m, tok, lex):
            ev_type, sub = "Violence against civilians", "Attack"
        elif sub == "Looting/property destruction" and _projectile_target(m, tok, lex):
            ev_type, sub = "Strategic developments", "Disrupted weapons use"
        if needs_refine(acled_cues, m, weapon):
            ev_type, sub = refine((ev_type, sub), label, mode, m, tok, lex, args, weapon)
        conf = 0.75 if trigger.source == "events.tsv" or trigger.source == "events_forms.tsv" else 0.5
        ann = Annotation(m.start, m.end, label, NAME, conf, {
            "mention": f"event_mentions/{idx}",
            "trigger": text[m.start:m.end],
            "mode": mode or None,
            "context": trigger.context or None,
            "acled_event_type": ev_type,
            "acled_sub_event_type": sub,
            "actor": args["actor"],
            "recipient": args["recipient"],
            "location": args["location"],
            "date": when,
            "modality": modality,
            # the cue words as written (the tokens are matched in lower case)
            "modality_cues": [{**c, "text": text[c["start"]:c["end"]]} for c in m.cues] if m.cues else [],
            "claimant": claimant,
            "numbers": {},
            "timeml_class": m.timeml_class,
            "polarity": m.polarity,
        })
        if coded_as:
            ann.attrs["future_of"] = coded_as
        if weapon:
            ann.attrs["weapon"] = {"text": text[weapon[0]:weapon[1]], "start": weapon[0], "end": weapon[1]}
        event_anns.append(ann)
        by_token[m.i] = ann
        if ann.attrs["actor"] and not (m.i and words[m.i - 1] in dets):
            prev_verb = (sent, m.i + m.n, ann.attrs["actor"], tok.clause[m.i])
    event_anns = _drop_light_verbs(event_anns, by_token, tok, lex)
    event_anns = _merge_casualty_events(event_anns, lex, sent_of)
    event_anns = _drop_without_violence(event_anns, tok, lex, sent_of, len(sents),
                                        sorted(p.start for p in article.layers.get("places", ())))
    event_anns = _merge_repeated(event_anns, by_token, tok, lex)
    if any(e.label in NUMBERED for e in event_anns):  # (a third of the articles have none)
        _attach_numbers(numbers.find(tok, lex, text), event_anns, sent_of)
    refine_protests(event_anns, tok, lex, sent_of)
    return Result(rows, event_anns)


#: the PLOVER types of a liberating verb that :func:`_liberated_place` makes COERCE seize
SEIZE_FROM = frozenset(("RETREAT", "CONCEDE"))
#: how many words (numbers, articles, "more than", "plus de") may stand between the verb and the place freed
SEIZE_REACH = 3


#: the share of a sentence's words (of four letters or more) written with a capital that makes it a headline
HEADLINE_SHARE = 0.75
_WORD = re.compile(r"\w+")
#: languages whose names capitalise every content word ("Palestine Liberation Organization"): a
#: trigger in lower case inside an organisation's span there is the entities layer's overreach
#: ("Phone video is first public look at Charlotte death", "Benghazi attack was al Qaeda")
CAPITALISED_NAMES = frozenset(("en",))
#: the kinds of an ``organisation`` actor mention that are its name (not "the government", "Paris")
ORG_NAME_KINDS = frozenset(("name", "new"))


def _org_spans(article: Article) -> list[tuple[int, int]]:
    """The organisations' names of the article, sorted, overlapping spans merged: the entities
    layer's ORG spans and the actors layer's organisation names (a gazetteer name such as
    "Организация освобождения Палестины" is longer than the ORG span "Организация освобождения")."""
    names = [_SPAN(a) for a in article.layers.get("actors", ())
             if a.label == "organisation" and a.attrs.get("kind") in ORG_NAME_KINDS]
    # where the gazetteer knows a name that opens an ORG span and ends sooner, before a lower-case
    # word, the name ends there: the span ran on into the sentence ("*Shebab menacent de frapper
    # Djibouti*" for "Shebab"; not "NBC News Senior Investigative Correspondent")
    text = article.text
    ends = {s: e for s, e in sorted(names, reverse=True) if _WORD_AFTER.match(text, e)}
    spans = sorted([(a.start, min(a.end, ends.get(a.start, a.end)))
                    for a in article.layers.get("entities", ()) if a.label == "ORG"] + names)
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _headline(text: str, m, sent: tuple[int, int]) -> bool:
    """Whether the trigger ``m`` is written in capitals ("ISTANBUL EXPLOSION") or its sentence in
    Title Case ("Blast Injures Three in Abkhazia"): a headline, where the entities layer takes
    capitalised words for an organisation's name, so its spans say nothing of a name there."""
    trigger = text[m.start:m.end]
    if len(trigger) > 1 and trigger.isupper():
        return True
    words = [w for w in _WORD.findall(text, sent[0], sent[1]) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= HEADLINE_SHARE * len(words)


def _inside(m, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    """Whether the trigger ``m`` lies inside one of ``spans`` (sorted, not overlapping; ``starts``
    their starts)."""
    k = bisect_right(starts, m.start) - 1
    return k >= 0 and spans[k][1] >= m.end


def _liberated_place(m, tok, lex, ctx) -> bool:
    """Whether what a liberating verb (``liberate`` in ``events_cues.yaml``) frees is a place: a
    settlement noun (``settlements``: "villages", "localités", "населені пункти") or a place mention
    right after the trigger, past at most :data:`SEIZE_REACH` quantity words (``seize_skip``, numbers,
    digits): "liberated the town of Balakliia", "звільнили Ізюм"; not "freed the hostages", "libéré
    des otages", "freed 1,000 Palestinian prisoners" (people, no place; a people's adjective is none)."""
    words, starts = tok.words, tok.starts
    skip, settlements = lex.cues.get("seize_skip"), lex.cues.get("settlements")
    j = m.i + m.n
    for j in range(j, min(len(words), j + SEIZE_REACH + 1)):
        w = words[j]
        if settlements is not None and settlements.word(w):
            return True
        k = bisect_left(ctx.place_starts, starts[j])
        if k < len(ctx.place_starts) and ctx.place_starts[k] == starts[j]:
            # (a people's adjective is no place freed: "freed 1,000 Palestinian prisoners")
            place = ctx.places[k][1]
            return not ctx.is_no_place(place.start, place.end)
        if not (w[0].isdigit() or w in lex.numbers or (skip is not None and skip.word(w))):
            return False
    return False


def _coordinated_subject(m, words: list[str], clause: list[int], args: dict, prev_verb: tuple,
                         sent: tuple[int, int]) -> None:
    """The second of two verbs joined by "and" shares the first one's subject: "The army said it had
    repelled a second assault and arrested 14 suspects", "российские войска отразили три атаки
    украинских подразделений и уничтожили два танка" (the units, the object of the first verb, were
    taken for the subject of the second). Only with the conjunction right before the trigger, in the
    same clause, after a verbal event that has an actor."""
    p_sent, p_end, p_actor, p_clause = prev_verb
    if p_sent != sent or m.i < 1 or words[m.i - 1] not in arguments.AND or p_end > m.i - 1 \
            or clause[m.i] != p_clause:
        return
    actor = [dict(a, via="coordinated") for a in p_actor]
    clusters = {a.get("cluster") for a in actor}
    args["actor"] = actor
    args["recipient"] = [r for r in args["recipient"] if r.get("cluster") not in clusters]


def _noun_before_of(m, words: list[str], lex) -> bool:
    """Whether the trigger is a noun followed by "of" (``noun_of`` of ``events_cues.yaml``): "charged
    in the abduction and death of a student" coordinates two nouns, not the verb "charged" with a
    second verb; the shared-subject rule (:func:`_coordinated_subject`) does not apply to it."""
    of = lex.cues.get("noun_of")
    j = m.i + m.n
    return of is not None and j < len(words) and of.word(words[j])


def _victim_subject(m, tok, cues, ctx, args: dict, sent: tuple[int, int]) -> None:
    """The subject of "fell into an ambush", "came under attack", "est tombé dans une embuscade",
    "попали под обстрел", "потрапили в засідку" is acted on: a ``victim_subject`` phrase of
    ``events_cues.yaml`` ending at most two words before the trigger, in its clause, makes the actor
    before it (or, for a noun trigger that found none, the nearest actor mention before it) the
    recipient; an agent after the trigger ("by gunmen") stays the actor."""
    words, clause = tok.words, tok.clause
    here = clause[m.i]
    cue = next((j for j in range(max(0, m.i - 5), m.i)
                if clause[j] == here and (n := cues.at(words, j)) and 0 <= m.i - (j + n) <= 2), None)
    if cue is None:
        return
    cut = tok.starts[cue]
    moved = [r for r in args["actor"] if r["mention"][0] < cut]
    if moved:
        args["actor"] = [r for r in args["actor"] if r["mention"][0] >= cut]
    else:
        before, _after = ctx.actors_around(sent[0], sent[1], cut, m.end)
        near = [a for a in before if clause[bisect_right(tok.starts, a.start) - 1] == here]
        moved = [arguments.actor_ref(near[-1])] if near else []
    if moved:
        args["recipient"] = moved + [r for r in args["recipient"] if r not in moved]


#: how many words (the addressee's title: "президенту", "урядові") may stand between a verb of
#: sending and the actor it is sent to
SENT_TO_GAP = 2


def _addressee(m, tok, cues, senders, ctx, sent: tuple[int, int], args: dict) -> None:
    """The one a request is addressed to is its recipient, not its actor: "Кирилл обратился к
    президенту *Пакистана* с просьбой", "звернувся до влади *Канади* з проханням". The first actor
    before the trigger with an ``addressee_before`` word ("к", "до") at most two words before it,
    and the actors after it up to the trigger ("к правительствам США, Великобритании и Канады"),
    move to the recipients. So does an addressee in the bare dative after a verb of sending
    (``send_before``: "направил президенту *Пакистана* послание с просьбой", "надіслав урядові
    *Ірландії* листа з проханням", at most :data:`SENT_TO_GAP` words after it); the sender, the
    actor named before that verb in its clause, is then the actor."""
    words = tok.words
    cut = verb = None
    for r in sorted(args["actor"], key=lambda r: r["mention"][0]):
        k = bisect_right(tok.starts, r["mention"][0]) - 1
        if not 0 < k < m.i:
            continue
        if cues is not None and any(cues.word(words[j]) for j in range(max(0, k - 3), k)):
            cut = r["mention"][0]
            break
        if senders is not None:
            verb = next((j for j in range(k - 1, max(-1, k - SENT_TO_GAP - 2), -1) if senders.word(words[j])), None)
            if verb is not None:
                cut = r["mention"][0]
                break
    if cut is None:
        return
    moved = [r for r in args["actor"] if cut <= r["mention"][0] < m.start]
    args["actor"] = [r for r in args["actor"] if r not in moved]
    args["recipient"] = moved + [r for r in args["recipient"] if r not in moved]
    if verb is not None and not args["actor"]:
        # the sender: the last actor named before the verb, in the verb's clause ("Президент Намибии направил")
        before = ctx.actors_in(sent[0], tok.starts[verb])
        if before and tok.strong[bisect_right(tok.starts, before[-1].start) - 1] == tok.strong[verb]:
            args["actor"] = [arguments.actor_ref(before[-1])]


def _recipient_in_phrase(m, tok, ctx, args: dict) -> None:
    """A phrase trigger may hold its recipient right after its verb: "Уряд Канади виділив **Україні**
    500 мільйонів доларів", "Росія повернула **Україні** 95 військовополонених", "sent **Ukraine** 14
    tanks"; the recipient search starts after the trigger and missed it. An actor mention (not a
    people's adjective: "moved Russian troops") starting at the phrase's second word, of another
    country than the actor's, is then the recipient."""
    second = tok.starts[m.i + 1]
    countries = {a.get("country") for a in args["actor"]}
    inside = ctx.actors_in(second, m.end)  # (the outermost mentions, in text order)
    a = inside[0] if inside else None
    if a is not None and a.start == second and a.attrs.get("country") \
            and a.attrs.get("country") not in countries and a.attrs.get("kind") != "adjective":
        args["recipient"] = [arguments.actor_ref(a)]


def _answered_by_threat(st, m, tok, lex) -> bool:
    """Whether the event is what a threat or a vow answers, not what it threatens: the statement's
    cue is a threat (a THREATEN trigger) or a future or hypothetical cue ("vowed"), and a
    ``modal_barrier`` word ("after", "following") stands between the cue and the trigger
    ("Hezbollah threatened to retaliate after the Israeli strike")."""
    barrier = lex.cues.get("modal_barrier")
    cue = st.attrs.get("cue") or {}
    if not barrier or cue.get("end") is None or cue["end"] > m.start:
        return False
    words = tok.words
    lo, hi = bisect_left(tok.starts, cue["end"]), bisect_left(tok.starts, m.start)
    if not any(map(barrier.word, words[lo:hi])):
        return False
    kinds = (lex.cues.get("future"), lex.cues.get("hypothetical"))
    for c in range(bisect_left(tok.starts, cue["start"]), lo):  # each word of the cue ("a menacé")
        hit = lex.triggers.lookup(words, c)
        if (hit is not None and hit[0].plover == "THREATEN") or any(ws and ws.at(words, c) for ws in kinds):
            return True
    return False


#: how many words before a trigger noun its support verb may stand ("нанесут мощный ракетный удар")
FUTURE_REACH = 3


def _perfective_future(m, tok, future_forms) -> None:
    """Russian and Ukrainian have no "will": a perfective verb's present form is its future
    ("Германия передаст Украине танки", "Данія надішле винищувачі"), as is a support verb's before
    the event's noun ("нанесут удар", "надасть допомогу"). The trigger, or a word at most
    :data:`FUTURE_REACH` before it in its clause, among those forms (``events_future.txt``, generated
    with pymorphy3) makes an asserted mention future, the form its cue."""
    words, clause = tok.words, tok.clause
    for j in range(m.i, max(-1, m.i - FUTURE_REACH - 1), -1):
        if clause[j] != clause[m.i]:
            return
        if future_forms.word(words[j]):
            m.modality = "future"
            mentions._add_cue(m, mentions._cue(tok, j, "future"))
            return


#: how many words after a trigger (in its clause) may say it is no event ("released a new report")
OBJECT_WINDOW = 3


def _no_event_object(m, tok, blocks) -> bool:
    """Whether the word before the trigger or one of the :data:`OBJECT_WINDOW` words after it, in its
    clause, is one that makes the trigger no event (``no_event_objects``: "released a statement",
    "a press release", "asked whether", "when asked"; a word written ``<word`` there counts only
    as the word before: "in advance")."""
    words, clause = tok.words, tok.clause
    here = clause[m.i]
    for trig, objects, before in blocks:
        if not trig.word(words[m.i]):
            continue
        if m.i > 0 and clause[m.i - 1] == here and before.word(words[m.i - 1]):
            return True  # "in advance"
        near = range(max(0, m.i - 1), min(len(words), m.i + m.n + OBJECT_WINDOW))
        if any(objects.word(words[j]) for j in near if clause[j] == here and not m.i <= j < m.i + m.n):
            return True
    return False


#: how many words after a ``struck_target`` verb may come before the place or target struck ("hit a
#: residential building", "hit nine regions")
TARGET_REACH = 4
#: the fewest sentences in which the absence of any word of violence tells a death is no ASSAULT (a
#: headline alone, "Ukraine death toll rises to 28", says too little either way: its death stays one)
QUIET_SENTENCES = 3


def _drop_without_violence(events: list[Annotation], tok, lex, sent_of, n_sents: int,
                           place_starts: list[int]) -> list[Annotation]:
    """A death of illness, age or accident is no ASSAULT, nor is a hit or a fight of words.

    - A death word (``death_words`` in ``events_cues.yaml``; one beside another ASSAULT of its
      sentence is already merged into it, :func:`_merge_casualty_events`) is no event where its
      sentence names a cause of ``death_causes`` ("died of pneumonia", "deaths from the virus", "died
      in a car crash"), nor in an article of :data:`QUIET_SENTENCES` sentences or more that names no
      violence anywhere (an obituary's "who died May 5, 1986"; "the death of his mother").
    - A word of ``needs_violence`` is no event where its sentence names no violence ("the crisis hit the
      economy", "stocks hit a five-year low", "a fight for the nomination"), unless, for a verb of
      ``struck_target``, a place (``place_starts``: the places layer's mentions) or a word of
      ``settlements`` / ``targets`` closely follows it ("the Russians hit nine regions").

    Violence is named by a wound, a weapon (``instruments``), a word of ``violence_context`` or (for the
    article) another ASSAULT."""
    deaths, needs = lex.cues.get("death_words"), lex.cues.get("needs_violence")

    def doubt(e: Annotation) -> str | None:
        # which rule an event answers to: "death", "violence" (``needs_violence``) or none
        if e.label != "ASSAULT":
            return None
        trigger = e.attrs["trigger"].lower()
        if deaths and deaths.word(trigger):
            return "death"
        return "violence" if needs and needs.word(trigger) else None

    doubtful = list(map(doubt, events))
    if not any(doubtful):
        return events  # (most articles: no such word among the events)
    evidence, causes, targets = _violence_sets(lex)
    struck = lex.cues.get("struck_target")
    words, starts = tok.words, tok.starts

    def names(ws, lo: int, hi: int) -> bool:
        # (an entry is matched only at the words where one may start: a per-word-type look-up, in a C loop)
        return any(ws.at(words, j) for j in compress(range(lo, hi), map(ws.starts.__getitem__, words[lo:hi])))

    def violent(lo: int, hi: int) -> bool:
        # (the words where a violence entry may start: the vocabulary's column, read once per article)
        return evidence is not None and any(evidence.at(words, j)
                                            for j in mentions.marked_in(tok, "violence", evidence, lo, hi))

    # whether the article names violence: asked once, at its first death word
    article_violent = None
    kept = []
    for e, rule in zip(events, doubtful):
        if rule is not None:
            s0, s1 = sent_of(e.start)
            lo, hi = bisect_left(starts, s0), bisect_left(starts, s1)
            if rule == "death":
                if causes and names(causes, lo, hi):
                    continue
                if n_sents >= QUIET_SENTENCES:
                    if article_violent is None:
                        article_violent = any(x.label == "ASSAULT" and d is None for x, d in zip(events, doubtful)) \
                            or violent(0, len(words))
                    if not article_violent:
                        continue
            elif not violent(lo, hi) and not (struck and struck.word(e.attrs["trigger"].lower())
                                              and _target_after(e, tok, targets, place_starts, hi)):
                continue
        kept.append(e)
    return kept


def _violence_sets(lex) -> tuple:
    """The word sets of :func:`_drop_without_violence`, made once per lexicon: what names violence
    (:func:`.lexicon.violence_words`), the causes of death, the targets of a strike (one set holding
    ``settlements`` and ``targets``; None where a language has none)."""
    found = lex.fast.get("violence")
    if found is None:
        targets = [ws for ws in (lex.cues.get("settlements"), lex.cues.get("targets")) if ws]
        found = lex.fast["violence"] = (violence_words(lex), lex.cues.get("death_causes"),
                                        WordSet.union(targets) if targets else None)
    return found


def _target_after(e: Annotation, tok, targets, place_starts: list[int], stop: int) -> bool:
    """A place mention or a target word within :data:`TARGET_REACH` words after the event's trigger, in its clause."""
    i = bisect_left(tok.starts, e.end)
    if i >= stop:
        return False
    end = min(stop, i + TARGET_REACH)
    here = tok.clause[i - 1] if i else 0
    last = i
    while last < end and tok.clause[last] == here:
        last += 1
    if last == i:
        return False
    k = bisect_left(place_starts, tok.starts[i])
    if k < len(place_starts) and place_starts[k] <= tok.starts[last - 1]:
        return True
    return targets is not None and any(targets.at(tok.words, j) for j in range(i, last))


def _weapon_mode(mode: str, tok, lex, sent: tuple[int, int]) -> tuple[str, tuple[int, int] | None]:
    """The most specific of the trigger's mode and the modes of the weapons its sentence names
    (``instruments`` in ``events_cues.yaml``), with the weapon's span."""
    inst = lex.instruments
    if not inst:
        return mode, None
    rank = WEAPON_RANK
    best, where = mode, None
    lo, hi = bisect_left(tok.starts, sent[0]), bisect_left(tok.starts, sent[1])
    words = tok.words
    quick = lex.any_instrument
    for j in range(lo, hi) if quick is None else mentions.marked_in(tok, "instrument", quick, lo, hi):
        for wm, ws in inst.items():
            if rank.get(wm, 99) >= rank.get(best, 99):
                continue
            n = ws.at(words, j)
            if n:
                best, where = wm, (tok.starts[j], tok.ends[j + n - 1])
    return best, where


def _civilian_target(m, tok, lex) -> bool:
    """ACLED: violence by an armed group on unarmed people is "Violence against civilians", not a battle."""
    civ = lex.cues.get("civilians")
    if not civ:
        return False
    words, clause, e = tok.words, tok.clause, m.i + m.n
    end = min(len(words), e + CIVILIAN_WINDOW)
    # (``civ.at`` only where an entry may start: ``civ.starts``, a per-word-type look-up, first)
    may = civ.starts
    if any(civ.at(words, j) for j in range(e, end) if clause[j] == clause[m.i] and may[words[j]]):
        return True
    # a passive names its victims before the trigger ("two civilians were killed by gunmen")
    by = lex.cues.get("agent_before")
    return bool(by) and e < len(words) and clause[e] == clause[m.i] and by.word(words[e]) and \
        any(civ.at(words, j) for j in range(max(0, m.i - CIVILIAN_WINDOW), m.i)
            if clause[j] == clause[m.i] and may[words[j]])


#: how many words after a "destroy" trigger its object may name drones or missiles ("знищили 18 із 22 ударних дронів")
PROJECTILE_WINDOW = 6


def _projectile_target(m, tok, lex) -> bool:
    """ACLED: drones or missiles destroyed in flight are a "Disrupted weapons use", as those shot
    down: a word of ``acled_projectiles`` among the :data:`PROJECTILE_WINDOW` words after a
    destroy trigger, in its clause, and no word of a place they are kept or made in
    (``acled_not_projectiles``: "знищили склад дронів", "destroyed a drone factory")."""
    proj = lex.cues.get("acled_projectiles")
    if not proj:
        return False
    block = lex.cues.get("acled_not_projectiles")
    words, clause, e = tok.words, tok.clause, m.i + m.n
    for j in range(e, min(len(words), e + PROJECTILE_WINDOW)):
        if clause[j] != clause[m.i] or (block and block.word(words[j])):
            return False
        if proj.at(words, j):
            return not (j + 1 < len(words) and block and block.word(words[j + 1]))
    return False


def _drop_light_verbs(events: list[Annotation], by_token: dict[int, Annotation], tok, lex) -> list[Annotation]:
    """"imposed new sanctions": a SANCTION, not a COERCE and a SANCTION; the light verbs are
    language data (``light_verbs`` in ``events_cues.yaml``)."""
    light = lex.cues.get("light_verbs")
    if not light:
        return events
    drop = set()
    for i, ann in by_token.items():
        if not light.word(tok.words[i]):
            continue
        for j in range(i + 1, min(len(tok.words), i + 1 + LIGHT_VERB_WINDOW)):
            if tok.clause[j] != tok.clause[i]:
                break
            if j in by_token:
                drop.add(id(ann))
                _inherit(by_token[j], ann)
                break
    return [e for e in events if id(e) not in drop] if drop else events


#: two triggers of one type with at most this many words between them, in one clause, report one act
REPEAT_GAP = 2
#: ... except protests, whose trigger may name the protesters ("Striking miners went on strike"),
#: unless the first trigger is a phrase ending in a word of ``protest_glue`` whose own noun or verb
#: follows it ("вийшли на протест", "вышли на митинг", "descendus dans la rue pour protester": one protest)
NOT_REPEATED = frozenset({"PROTEST"})


def _merge_repeated(events: list[Annotation], by_token: dict[int, Annotation], tok, lex) -> list[Annotation]:
    """"A car bomb exploded", "США предоставили Украине военную помощь": two triggers of one type and
    one modality, at most :data:`REPEAT_GAP` words apart in a clause, report one act: one event, the
    one naming more parties (the later one if as many), whose missing actor, recipient and location
    the other fills."""
    if len(events) < 2:
        return events  # (no two events to merge)
    kept = {id(e) for e in events}
    order = [(i, e) for i, e in sorted(by_token.items()) if id(e) in kept]
    drop = set()
    starts, clause = tok.starts, tok.clause
    glue = lex.cues.get("protest_glue")
    for (i, a), (j, b) in zip(order, order[1:]):
        if a.label != b.label or (a.label in NOT_REPEATED and not (glue and glue.word(tok.words[bisect_left(starts, a.end) - 1]))) \
                or a.attrs["modality"] != b.attrs["modality"] or id(a) in drop or clause[i] != clause[j]:
            continue
        a_last = bisect_left(starts, a.end) - 1  # the first trigger's last token
        if j - a_last - 1 > REPEAT_GAP:
            continue
        parties = [bool(e.attrs["actor"]) + bool(e.attrs["recipient"]) for e in (a, b)]
        keep, lose = (a, b) if parties[0] > parties[1] else (b, a)
        for key in ("actor", "recipient", "location"):
            if not keep.attrs[key] and lose.attrs[key]:
                keep.attrs[key] = lose.attrs[key]
        drop.add(id(lose))
    return [e for e in events if id(e) not in drop] if drop else events


#: modalities a light verb passes on to its event noun ("could launch an offensive": hypothetical)
_PASSED_ON = ("negated", "denied", "hypothetical", "future")


def _inherit(noun: Annotation, verb: Annotation) -> None:
    """The subject of "Ukraine could launch a counteroffensive" is the offensive's actor, and the
    verb's modality is the offensive's."""
    if not noun.attrs["actor"] and verb.attrs["actor"]:
        noun.attrs["actor"] = verb.attrs["actor"]
    if noun.attrs["modality"] in ("asserted", "claimed") and verb.attrs["modality"] in _PASSED_ON:
        noun.attrs["modality"] = verb.attrs["modality"]
        noun.attrs["modality_cues"] = verb.attrs["modality_cues"]


def _casualty_word(lex, word: str) -> bool:
    # a word of any casualty kind: a word of the set holding every kind's entries
    return lex.casualty_any.word(word.lower())


def _merge_casualty_events(events: list[Annotation], lex, sent_of) -> list[Annotation]:
    """"shelled Kharkiv, killing 12": one ASSAULT, not two; a casualty word ("killed", "dead")
    is an event of its own only when its sentence has no other ASSAULT."""
    casualty = [e.label == "ASSAULT" and _casualty_word(lex, e.attrs["trigger"]) for e in events]
    if not any(casualty):
        return events  # no casualty word among the ASSAULTs (most articles)
    main = {sent_of(e.start) for e, c in zip(events, casualty) if e.label == "ASSAULT" and not c}
    return [e for e, c in zip(events, casualty) if not (c and sent_of(e.start) in main)]


def _attach_numbers(nums: list[dict], events: list[Annotation], sent_of) -> None:
    for num in nums:
        s0, s1 = sent_of(num["start"])
        pool = [e for e in events if s0 <= e.start < s1]
        chosen = None
        for typ in ATTACH.get(num["kind"], ()):
            cands = [e for e in pool if e.label == typ]
            if cands:
                chosen = min(cands, key=lambda e: abs(e.start - num["start"]))
                break
        if chosen is None:
            continue
        prev = chosen.attrs["numbers"].get(num["kind"])
        if prev is not None and prev["value"] >= num["value"]:
            continue
        chosen.attrs["numbers"][num["kind"]] = {
            "value": num["value"], "at_least": num["at_least"],
            "start": num["start"], "end": num["end"], "text": num["text"],
        }


@register
class Events(Component):
    name = NAME
    requires = ("sentences", "times", "places", "actors", "statements")
    assigns = ("event_mentions", "events")

    def predict(self, article: Article) -> Result:
        return analyse(article)

    def set_annotations(self, article: Article, result: Result) -> None:
        article.add_rows("event_mentions", result.mentions, NAME, MENTION_KEYS)
        article.add("events", result.events)


__all__ = ["Events", "analyse", "NAME"]
