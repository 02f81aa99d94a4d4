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

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from ...article import Annotation, Article
from ...pipeline import Component, register
from . import arguments, mentions, numbers
from .acled import acled
from .lexicon import lexicon

NAME = "events.v1"
#: casualty kinds and the event types a number attaches to, in order of preference
ATTACH = {"killed": ("ASSAULT",), "injured": ("ASSAULT",), "detained": ("COERCE", "ASSAULT"),
          "displaced": ("ASSAULT", "COERCE", "RETREAT")}
DENIAL_CUES = ("denial",)


@dataclass
class Result:
    mentions: list[Annotation]
    events: list[Annotation]


def _sentences(article: Article) -> list[tuple[int, int]]:
    sents = sorted((a.start, a.end) for a in article.layers.get("sentences", []))
    return sents or [(0, len(article.text))]


def analyse(article: Article) -> Result:
    text = article.text
    lex = lexicon(article.language)
    tok = mentions.tokenise(text, lex.lang)
    found = mentions.find(tok, lex, text)
    nums = numbers.find(tok, lex, text)
    ctx = arguments.Context(article)
    sents = _sentences(article)
    sent_starts = [s for s, _e in sents]
    denial = lex.cues.get("denial")

    def sent_of(pos: int) -> tuple[int, int]:
        k = max(0, bisect_right(sent_starts, pos) - 1)
        return sents[k]

    mention_anns: list[Annotation] = []
    event_anns: list[Annotation] = []
    by_token: dict[int, Annotation] = {}
    for idx, m in enumerate(found):
        mention_anns.append(Annotation(m.start, m.end, m.timeml_class, NAME, m.confidence, {
            "polarity": m.polarity, "modality": m.timeml_modality, "sitrep_modality": m.modality,
            "plover": m.trigger.plover if m.trigger else None,
        }))
        if m.trigger is None:
            continue
        sent = sent_of(m.start)
        args = arguments.fill(m, tok, lex, ctx, sent)
        when = arguments.date(m, ctx, sent)
        modality = m.modality
        claim = args.pop("claim")
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
        if modality in ("asserted", "claimed") and arguments.is_background(when, ctx, lex.background_days):
            modality = "background"
        mention_anns[idx].attrs["sitrep_modality"] = modality  # claimed / background known now
        ev_type, sub = acled(m.trigger.plover, m.trigger.mode)
        conf = 0.75 if m.trigger.source == "events.tsv" or m.trigger.source == "events_forms.tsv" else 0.5
        ann = Annotation(m.start, m.end, m.trigger.plover, NAME, conf, {
            "mention": f"event_mentions/{idx}",
            "trigger": text[m.start:m.end],
            "mode": m.trigger.mode or None,
            "context": m.trigger.context or None,
            "acled_event_type": ev_type,
            "acled_sub_event_type": sub,
            **args,
            "date": when,
            "modality": modality,
            "modality_cues": m.cues,
            "claimant": claimant,
            "numbers": {},
            "timeml_class": m.timeml_class,
            "polarity": m.polarity,
        })
        event_anns.append(ann)
        by_token[m.i] = ann
    event_anns = _merge_casualty_events(event_anns, lex, sent_of)
    _attach_numbers(nums, event_anns, sent_of)
    return Result(mention_anns, event_anns)


def _casualty_word(lex, word: str) -> bool:
    return any(ws.word(word.lower()) for ws in lex.casualty.values())


def _merge_casualty_events(events: list[Annotation], lex, sent_of) -> list[Annotation]:
    """"shelled Kharkiv, killing 12": one ASSAULT, not two; a casualty word ("killed", "dead")
    is an event of its own only when its sentence has no other ASSAULT."""
    main = {sent_of(e.start) for e in events if e.label == "ASSAULT" and not _casualty_word(lex, e.attrs["trigger"])}
    return [e for e in events
            if not (e.label == "ASSAULT" and _casualty_word(lex, e.attrs["trigger"]) and sent_of(e.start) in main)]


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
        article.add("event_mentions", result.mentions)
        article.add("events", result.events)


__all__ = ["Events", "analyse", "NAME"]
