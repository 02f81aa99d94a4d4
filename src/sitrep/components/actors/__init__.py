"""``actors.v1``: who acts in the article, clustered and linked to canonical actors.

Mentions are found by matching the actor file's patterns (names, titles,
descriptions such as "un responsable américain", capitals) on word stems,
plus the ``entities`` layer's PER and ORG names the file does not know, and
the ``places`` layer's metonymy flags when that layer is present.  Context
rules then decide:

- a country after a locative preposition ("en Ukraine") is a place mention
  (kind ``place``) of the state, not an act; a capital is the government
  (kind ``metonym``) only when the places layer flags it, or, without that
  layer, when no preposition precedes it ("Moscou a mis en garde");
- a title before a name ("le président ukrainien Vladimir Zelensky") is a
  ``title`` mention of that person; a title alone is the office holder at the
  article's date (``roles.tsv`` / ``people.tsv``), unless preceded by
  "former"/"ancien";
- "le journal" / "the newspaper" refers back to the last outlet named, a bare
  "un responsable" to the last anonymous officials named (kind ``coref``);
- a sentence-initial "Il" / "She" / "Он" / "Вона" is the person named in the
  previous sentence when that sentence names exactly one actor, a person
  (kind ``pronoun``);
- a state's adjective ("l'avancée russe", "американские юристы") is an
  ``adjective`` mention of the state (confidence 0.5), also inside a
  description ("ministère **russe** de la Défense");
- an unknown name becomes a new actor (id ``new:...``) typed from the entity
  label, a title before it, or words inside it ("ministère", "армия"...); an
  unknown person's later surname-only mentions join it.

Output: one annotation per mention (label = actor type: ``person``,
``organisation``, ``state``, ``group``).  ``attrs`` hold the mention's
``mention`` id and ``kind``, and its cluster's ``cluster`` id, ``actor`` id,
canonical ``name``, ``qid``, ``country`` (ISO alpha-3), PLOVER ``sector``,
``anonymous`` and ``mentions`` (the ids of every mention in the cluster), so
that grouping annotations by ``cluster`` gives the article's actors.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import compress

from ...article import Annotation, Article
from ...intervals import Marks
from ...pipeline import Component, register
from .kb import KB, Actor, Pattern, government, iso3, load
from .sectors import guess_sector
from .text import Words, is_cyrillic, key, stem, stems_of, word_columns

CONFIDENCE = {
    "name": 0.95, "state": 0.9, "title": 0.9, "surname": 0.85, "description": 0.8,
    "role": 0.75, "metonym": 0.75, "place": 0.7, "nested": 0.7, "adjective": 0.5, "coref": 0.6, "pronoun": 0.6, "new": 0.6,
}


@dataclass
class Mention:
    start: int
    end: int
    kind: str
    actor: str  # canonical id or new:...
    confidence: float


@dataclass
class Result:
    mentions: list[Mention]
    actors: dict[str, Actor] = field(default_factory=dict)  # the new ones


def _date(article: Article) -> str | None:
    if article.published is None:
        return None
    value = article.published.value[:10]
    return value + "-15"[: 10 - len(value)] if len(value) == 7 else (value + "-07-01" if len(value) == 4 else value)


class Matcher:
    def __init__(self, kb: KB, lang: str | None) -> None:
        self.kb = kb
        self.lang = lang
        self.locative = kb.cue("locative", lang)
        self.former = kb.cue("former", lang)
        self.definite = kb.cue("definite", lang)
        self.indefinite = kb.cue("indefinite", lang)
        self.media = {stem(w) for w in kb.cue("media_noun", lang)}
        self.official = {key(w) for w in kb.cue("official_noun", lang)}

    def scan(self, text: str, ws: list[tuple[int, int, str]], stems: list[str]):
        """Longest pattern matches: ``(first word, last word + 1, [patterns])``."""
        out = []
        n = len(ws)
        index = self.kb.index
        # Only a word whose stem opens a pattern can start a match: the scan jumps from one such
        # word to the next (the words in between would find nothing in the index).
        opens = list(compress(range(n), map(index.__contains__, stems)))
        k, n_opens, i = 0, len(opens), 0
        while k < n_opens:
            if opens[k] < i:
                k += 1
                continue
            i = opens[k]
            best: list = []
            best_len = 0
            for m, table in index.get(stems[i], ()):
                if i + m > n:
                    continue
                pats = table.get(tuple(stems[i:i + m])) if m > 1 else table.get((stems[i],))
                if not pats:
                    continue
                if any(ws[j + 1][0] - ws[j][1] > 3 or "\n" in text[ws[j][1]:ws[j + 1][0]] for j in range(i, i + m - 1)):
                    continue
                upper = ws[i][2][:1].isupper()
                best = [p for p in pats if upper or not p.cap_first]
                if best and any(p.exact is not None for p in best):
                    surface = _surface(ws, i, i + m)
                    best = [p for p in best if p.allows(surface)]
                if best:
                    best_len = m
                    break
            if best:
                out.append((i, i + best_len, best))
                if best_len > 1 and best[0].kind in ("description", "role", "name"):
                    # A state named inside a description ("Министерство обороны России",
                    # "ministère russe de la Défense").
                    for j in range(i, i + best_len):
                        for m, table in index.get(stems[j], ()):
                            if j + m > i + best_len or (m == best_len and j == i):
                                continue
                            inner = [p for p in table.get(tuple(stems[j:j + m]), ())
                                     if (p.kind == "adjective" or (p.kind == "state" and j > i))
                                     and p.allows(_surface(ws, j, j + m))]
                            if inner:
                                kind = "nested" if inner[0].kind == "state" else "adjective"
                                out.append((j, j + m, [Pattern(inner[0].stems, kind, inner[0].target)]))
                                break
                i += best_len
            else:
                i += 1
        return out


def _surface(ws, i0: int, i1: int) -> str:
    """The words ``i0``..``i1 - 1`` in lower case, one space apart (what :meth:`Pattern.allows` reads)."""
    return " ".join(_POSSESSIVE.sub("", ws[j][2]) for j in range(i0, i1)).lower()


_POSSESSIVE = re.compile("['’]s$")


_MATCHERS: dict[tuple[int, str | None], Matcher] = {}


def _matcher(kb: KB, lang: str | None) -> Matcher:
    """The :class:`Matcher` of ``kb`` and ``lang``, made once (its cue sets are read-only)."""
    m = _MATCHERS.get((id(kb), lang))
    if m is None or m.kb is not kb:
        if len(_MATCHERS) >= 16:
            _MATCHERS.clear()
        m = _MATCHERS[(id(kb), lang)] = Matcher(kb, lang)
    return m


_LAST_SCAN = threading.local()


def text_scan(text: str, m: Matcher) -> tuple[Words, list[str], list]:
    """The words of ``text`` (:func:`.text.word_columns`), their stems and ``m.scan`` of them.

    The last text's are kept per thread (the scan depends on the matcher's actor file only,
    not its language): ``entities.v1``'s gazetteer features scan the article first, and
    ``actors.v1`` reads the same words, stems and matches right after instead of finding
    them again."""
    last = getattr(_LAST_SCAN, "scan", None)
    if last is not None and last[0] is text and last[1] is m.kb:
        return last[2]
    starts, ends, words = word_columns(text)
    ws = Words(starts, ends, words)
    stems = stems_of(words)
    found = ws, stems, m.scan(text, ws, stems)
    _LAST_SCAN.scan = (text, m.kb, found)
    return found


def _prev_word(ws, i) -> str:
    return ws[i - 1][2].lower() if i > 0 else ""


def link(article: Article, kb: KB | None = None) -> Result:
    kb = kb or load()
    text = article.text
    lang = article.language
    m = _matcher(kb, lang)
    words, stems, matches = text_scan(text, m)
    w_starts, w_ends = words.starts, words.ends
    ws = list(words)
    n_words = len(ws)
    date = _date(article)
    metonyms = {(a.start, a.end) for a in article.layers.get("places", []) if a.attrs.get("metonymy")}
    has_places = "places" in article.layers
    mentions: list[Mention] = []
    new_actors: dict[str, Actor] = {}
    covered = Marks(len(text))
    mask, empty = covered.mask, covered.empty  # (read directly in the loops over the entities)

    def add(i0, i1, kind, actor, conf=None):
        mentions.append(Mention(ws[i0][0], ws[i1 - 1][1], kind, actor, conf or CONFIDENCE[kind]))
        covered.add(ws[i0][0], ws[i1 - 1][1])

    persons = [(a.start, a.end) for a in article.layers.get("entities", []) if a.label == "PER"]
    # the country the places layer resolved each place to (a state's name that is a place elsewhere:
    # Georgia in the US, Lebanon in Missouri)
    resolved = {(a.start, a.end): a.attrs.get("country") for a in article.layers.get("places", [])
                if not a.attrs.get("metonymy") and a.attrs.get("country")}
    # the places of more than one word among them: a state's name inside one of another country
    # is part of that place's name ("Northern Ireland", "Північної Ірландії", "New Mexico")
    longer = [(s, e, c) for (s, e), c in resolved.items() if " " in text[s:e]]
    for i0, i1, pats in matches:
        pat = pats[0]
        if pat.kind == "blocked":
            continue
        prev = _prev_word(ws, i0)
        # Prefer a name reading over a description of the same words.
        for p in pats:
            if p.kind in ("name", "surname", "state"):
                pat = p
                break
        if pat.kind == "role":  # resolved by _attach_roles once all mentions are known
            add(i0, i1, "role", pat.target)
            continue
        if pat.kind == "capital":
            span = (ws[i0][0], ws[i1 - 1][1])
            acting = span in metonyms if has_places else prev not in m.locative
            if acting:
                add(i0, i1, "metonym", pat.target)
            continue
        if pat.kind == "state":
            s0, e0 = ws[i0][0], ws[i1 - 1][1]
            if _in_person(text, s0, e0, persons) or _elsewhere(resolved.get((s0, e0)), pat.target) \
                    or _inside_other(s0, e0, pat.target, longer):
                continue
            # a country the places layer flags as acting is the state even after a preposition
            # ("négociés par l'Allemagne", "sanctions contre la Russie")
            flagged = (ws[i0][0], ws[i1 - 1][1]) in metonyms
            add(i0, i1, "place" if prev in m.locative and not flagged else "state", pat.target)
            continue
        if pat.kind in ("nested", "adjective"):
            mentions.append(Mention(ws[i0][0], ws[i1 - 1][1], pat.kind, pat.target, CONFIDENCE[pat.kind]))
            continue
        add(i0, i1, pat.kind, pat.target)
    # Metonyms flagged by the places layer that the file has no capital for.
    for a in article.layers.get("places", []):
        if a.attrs.get("metonymy") and not covered.overlaps(a.start, a.end):
            iso = a.attrs.get("country") or a.attrs.get("country_code")
            if iso and len(iso) == 2:  # the places layer gives ISO alpha-2 ("UA"), actors use alpha-3
                iso = iso3(iso) or iso
            actor = government(kb, iso, text[a.start:a.end])
            gov = actor.id
            if gov not in kb.actors:
                # one government per country ("Nigerian troops", "Nigeria said"), named after it
                new_actors.setdefault(gov, actor)
            mentions.append(Mention(a.start, a.end, "metonym", gov, CONFIDENCE["metonym"]))
            covered.add(a.start, a.end)
    # Unknown names from the entities layer.
    surname_of: dict[str, str] = {}
    for ent in article.layers.get("entities", []):
        if ent.label not in ("PER", "ORG"):
            continue
        s, e = ent.start, ent.end
        if (e > s and mask.find(1, s, e) != -1) or (empty and covered.overlaps(s, e)):
            continue
        # the words the entity starts and ends on (word offsets increase: found by bisection)
        i0, i1 = bisect_left(w_starts, s), bisect_left(w_ends, e)
        if i0 == n_words or w_starts[i0] != s or i1 == n_words or w_ends[i1] != e:
            continue
        i1 += 1
        if not _name_like(ws[i0:i1]):
            continue
        k = tuple(stems[i0:i1])
        ids = kb.alias_index.get(k)
        if ids:
            add(i0, i1, "name", sorted(ids)[0])
            continue
        if ent.label == "PER":
            last = stems[i1 - 1]
            aid = surname_of.get(last)
            if aid is None:
                aid = "new:per:" + "_".join(k)
                new_actors[aid] = Actor(aid, text[ent.start:ent.end], "person", None, None)
                surname_of[last] = aid
            add(i0, i1, "new" if aid.endswith("_".join(k)) else "surname", aid, round(0.8 * ent.confidence, 3))
        else:
            aid = "new:org:" + "_".join(k)
            if aid not in new_actors:
                country = None
                for j in range(i0, i1):
                    for p in kb.patterns.get(stems[j], ()):
                        if (p.kind in ("state", "description") and tuple(stems[j:j + len(p.stems)]) == p.stems
                                and p.allows(_surface(ws, j, j + len(p.stems)))):
                            # a state's name inside a place of another country gives that country
                            # ("Northern Ireland Office": the United Kingdom)
                            country = _inside_other(ws[j][0], ws[j + len(p.stems) - 1][1], p.target, longer) \
                                or kb.actors[p.target].country
                            break
                    if country:
                        break
                new_actors[aid] = Actor(aid, text[ent.start:ent.end], "organisation", country,
                                        guess_sector(stems[i0:i1]))
            add(i0, i1, "new", aid, round(0.8 * ent.confidence, 3))
    mentions.sort(key=lambda x: x.start)
    mentions = _attach_roles(mentions, text, kb, date, m, new_actors)
    mentions = _corefer(mentions, ws, stems, kb, m, new_actors)
    mentions = _pronouns(article, mentions, kb, new_actors)
    return Result(mentions, new_actors)


def _in_person(text: str, s0: int, e0: int, persons: list[tuple[int, int]]) -> bool:
    """A country's name (Latin script) with a capitalised word beside it inside a person's name
    from the entities layer: a first name or a surname ("Chad Daybell", "Michael Jordan", "Steve
    Israel"), not the state.  ("l'Irak" tagged PER keeps its state; a Cyrillic name in the
    genitive before a person, "Ізраїлю Йоель Едельштейн", too.)"""
    for s, e in persons:
        if s <= s0 and e0 <= e and e - s > e0 - s0:
            rest = (text[s:s0] + " " + text[e0:e]).split()
            return any(w[:1].isupper() for w in rest) and not is_cyrillic(text[s0:e0])
    return False


def _inside_other(s0: int, e0: int, state: str, longer: list[tuple[int, int, str]]) -> str | None:
    """The alpha-3 country of a place of more than one word (``longer``: start, end, alpha-2) that
    holds ``[s0, e0)`` and lies in another country than ``state`` ("Ireland" inside "Northern
    Ireland" gives GBR), else None."""
    for s, e, country in longer:
        if s <= s0 and e0 <= e and _elsewhere(country, state):
            return iso3(country) if len(country) == 2 else country
    return None


def _elsewhere(country: str | None, state: str) -> bool:
    """The places layer resolved the name to a place of another country (alpha-2 ``country``)."""
    if not country:
        return False
    other = iso3(country) if len(country) == 2 else country
    return other is not None and other != state


def _pronouns(article: Article, mentions: list[Mention], kb: KB, new_actors) -> list[Mention]:
    """A sentence-initial "Il"/"She"/"Он" is the one person of the previous sentence.

    Only when that sentence, in the same paragraph, names exactly one actor
    and it is a person: then the subject pronoun has no other candidate.
    """
    pronouns = kb.cue("pronoun", article.language)
    sents = article.layers.get("sentences", [])
    if not pronouns or len(sents) < 2:
        return mentions
    text = article.text
    out = list(mentions)
    for prev, cur in zip(sents, sents[1:]):
        if "\n" in text[prev.end:cur.start]:
            continue
        first = text[cur.start:cur.start + 12].split(" ", 1)[0].strip(",")
        if first.lower() not in pronouns:
            continue
        inside = [x for x in mentions if prev.start <= x.start < prev.end]
        actors = {x.actor for x in inside}
        if len(actors) != 1:
            continue
        aid = next(iter(actors))
        actor = kb.actors.get(aid) or new_actors.get(aid)
        if actor is None or actor.type != "person":
            continue
        out.append(Mention(cur.start, cur.start + len(first), "pronoun", aid, CONFIDENCE["pronoun"]))
    return sorted(out, key=lambda x: x.start)


def _name_like(span) -> bool:
    """Most of the longer words of a name are capitalised (drops runaway entity spans)."""
    long = [w for _, _, w in span if len(w) > 3]
    return not long or sum(1 for w in long if w[:1].isupper()) * 2 > len(long)


def _attach_roles(mentions, text, kb, date, m, new_actors):
    """A title before a person's name is that person; alone, the office holder."""
    out = []
    for idx, men in enumerate(mentions):
        if men.kind != "role":
            out.append(men)
            continue
        office, iso = men.actor.split(":")
        nxt = next((x for x in mentions[idx + 1:] if x.start >= men.end), None)
        gap = text[men.end:nxt.start] if nxt else ""
        actor_of_next = kb.actors.get(nxt.actor) or new_actors.get(nxt.actor) if nxt else None
        if nxt and len(gap) <= 2 and "\n" not in gap and actor_of_next and actor_of_next.type == "person":
            men.actor, men.kind, men.confidence = nxt.actor, "title", CONFIDENCE["title"]
            if actor_of_next.country is None:  # an unknown person typed by the title
                actor_of_next.country = iso
                actor_of_next.sector = "MIL" if office == "defence_minister" else "GOV"
            out.append(men)
            continue
        before = text[max(0, men.start - 12):men.start].lower().split()
        former = bool(before) and before[-1] in m.former
        holder = None if former else kb.holder(office, iso, date)
        if holder:
            men.actor = holder
        else:
            aid = f"new:office:{office}:{iso}" + (":former" if former else "")
            label = ("Former " if former else "") + office.replace("_", " ").title() + f" of {iso}"
            new_actors.setdefault(aid, Actor(aid, label, "person", iso, "MIL" if office == "defence_minister" else "GOV"))
            men.actor = aid
        out.append(men)
    return out


def _outlet_at(pos: int, starts: dict, kb, new_actors) -> bool:
    """Whether a mention of a news outlet (sector JRN) starts at ``pos``."""
    x = starts.get(pos)
    a = x is not None and (kb.actors.get(x.actor) or new_actors.get(x.actor))
    return bool(a) and a.sector == "JRN"


def _corefer(mentions, ws, stems, kb, m, new_actors):
    """'le journal' -> last outlet; bare 'un responsable' -> last anonymous officials."""
    spans = sorted((x.start, x.end) for x in mentions)
    si = 0
    extra = []
    last_media = last_officials = None
    events = sorted(mentions, key=lambda x: x.start)
    starts = {x.start: x for x in mentions}
    ei = 0
    # Only a media noun or an official noun can be a coreference: the loop visits those words
    # alone (the pointers over mentions and spans move forward as they would word by word).
    official = {t[0] for t in m.official if len(t) == 1}
    cue_stems = m.media | official
    for i in compress(range(len(ws)), map(cue_stems.__contains__, stems)):
        s, e, _w = ws[i]
        while ei < len(events) and events[ei].start <= s:
            a = kb.actors.get(events[ei].actor) or new_actors.get(events[ei].actor)
            if a is not None and a.sector == "JRN":
                last_media = events[ei].actor
            if a is not None and a.anonymous:
                last_officials = events[ei].actor
            ei += 1
        while si < len(spans) and spans[si][1] <= s:
            si += 1
        if si < len(spans) and spans[si][0] <= s:
            continue
        prev = ws[i - 1][2].lower() if i else ""
        st = stems[i]
        if st in m.media and any(_outlet_at(w[0], starts, kb, new_actors) for w in ws[i + 1:i + 3]):
            # "Le quotidien Le Monde", "the newspaper The Guardian", "газета Коммерсантъ": the outlet named
            # right after the noun (its article between), no coreference to the outlet named before
            continue
        if last_media and st in m.media and (m.lang in ("ru", "uk") or prev in m.definite):
            extra.append(Mention(s, e, "coref", last_media, CONFIDENCE["coref"]))
        elif last_officials and (st,) in m.official and prev in m.indefinite:
            nxt_stem = stems[i + 1] if i + 1 < len(stems) else ""
            if not any(p.kind == "description" for p in kb.patterns.get(nxt_stem, ())):
                extra.append(Mention(s, e, "coref", last_officials, CONFIDENCE["coref"]))
    return sorted(mentions + extra, key=lambda x: x.start)


@register
class Actors(Component):
    name = "actors.v1"
    requires = ("entities", "language")
    assigns = ("actors",)

    def predict(self, article: Article) -> Result:
        return link(article)

    def set_annotations(self, article: Article, result: Result) -> None:
        kb = load()
        clusters: dict[str, list[str]] = {}
        order: list[str] = []
        for idx, men in enumerate(result.mentions):
            if men.actor not in clusters:
                clusters[men.actor] = []
                order.append(men.actor)
            clusters[men.actor].append(f"m{idx + 1}")
        cid = {aid: f"c{n + 1}" for n, aid in enumerate(order)}
        anns = []
        known: dict[str, tuple[str, dict]] = {}  # actor id -> (type, the actor's own attributes)
        for idx, men in enumerate(result.mentions):
            aid = men.actor
            entry = known.get(aid)
            if entry is None:
                actor = kb.actors.get(aid) or result.actors[aid]
                entry = known[aid] = (actor.type, actor.attrs())
            attrs = {**entry[1], "mention": f"m{idx + 1}", "kind": men.kind, "cluster": cid[aid],
                     "mentions": clusters[aid]}
            anns.append(Annotation(men.start, men.end, entry[0], self.name, men.confidence, attrs))
        article.add("actors", anns)
