"""Speakers: a statement's source span resolved through the ``actors`` layer.

- A source span overlapping actor mentions is the person named there, if any
  ("Montclair State University political scientist Brigid Harrison"), else the
  actor of the longest one ("le ministère russe de la Défense"); place mentions
  ("en Ukraine") are not speakers.
- A pronoun source ("a-t-il ajouté", "he said", "она заявила") is resolved in
  two steps: first the speaker of the nearest earlier statement in the same or
  the previous paragraph whose actor type the pronoun allows; failing that, the
  nearest compatible actor mention before the pronoun within those paragraphs,
  leaving out mentions inside the statement's own content (in "“She lied,” he
  said" the pronoun never refers into the quotation).  A gendered pronoun ("he",
  "elle", "она") skips a person the article marks as of the other gender, by an
  honorific ("Mrs. Clinton", "M. Macron") or by the pronoun of that person's earlier
  statement (:meth:`ActorIndex.gender`; the actors layer gives no gender).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from ...article import Annotation
from .cues import Lexicon

#: pronoun class -> actor types (labels of the actors layer) it may refer to
COMPATIBLE = {
    "pron_person": {"person"},
    "pron_thing": {"organisation", "state"},
    "pron_plural": {"group", "organisation", "state"},
    "pron_any": {"person", "organisation", "state", "group"},
}


def pronoun_class(lex: Lexicon, surface: str) -> str | None:
    form = surface.strip().lower()
    for kind in COMPATIBLE:
        if form in getattr(lex, kind):
            return kind
    return None


def speaker_of(mention: Annotation) -> dict[str, Any]:
    a = mention.attrs
    return {
        "actor": a.get("actor"),
        "name": a.get("name"),
        "cluster": a.get("cluster"),
        "type": mention.label,
        "mention": [mention.start, mention.end],
    }


#: honorifics that mark a person's gender in the article's own text
HONORIFIC = {**dict.fromkeys(("mr.", "mr", "sir", "m.", "monsieur", "г-н", "господин", "пан"), "m"),
             **dict.fromkeys(("mrs.", "mrs", "ms.", "ms", "miss", "mme", "madame", "mlle", "г-жа", "госпожа", "пані"), "f")}
#: personal pronouns of one gender -> that gender
PRONOUN_GENDER = {**dict.fromkeys(("he", "il", "он", "він"), "m"), **dict.fromkeys(("she", "elle", "она", "вона"), "f")}


def other_gender(pronoun: str) -> str | None:
    """The gender a personal pronoun never refers to ("she" -> ``"m"``), or None."""
    g = PRONOUN_GENDER.get(pronoun.strip().lower())
    return None if g is None else "f" if g == "m" else "m"


#: the most words between a state and the body it is the seat of, ending the source ("Британский центр морских
#: торговых операций UKMTO": 4; not "British police officers who had been searching for Howes")
_SEAT_GAP = 5


class ActorIndex:
    def __init__(self, mentions: list[Annotation], text: str = ""):
        self.text = text
        self._genders: dict | None = None
        self.mentions = sorted(
            (m for m in mentions if m.attrs.get("kind") != "place"), key=lambda m: (m.start, m.end)
        )
        self.starts = [m.start for m in self.mentions]

    def inside(self, s: int, e: int) -> Annotation | None:
        """The longest mention overlapping ``[s, e)``."""
        i = bisect_left(self.starts, s)
        best = None
        # mentions starting before s may still overlap
        j = i - 1
        while j >= 0 and self.mentions[j].end > s and i - j < 8:
            m = self.mentions[j]
            if best is None or m.end - m.start > best.end - best.start:
                best = m
            j -= 1
        while i < len(self.mentions) and self.mentions[i].start < e:
            m = self.mentions[i]
            if best is None or m.end - m.start > best.end - best.start:
                best = m
            i += 1
        return best

    def speaker_in(self, s: int, e: int, text: str) -> Annotation | None:
        """The speaker named in a source span: a person named there ("Montclair State University
        political scientist Brigid Harrison", "Igor Konashenkov, spokesman for the Russian Defence
        Ministry": the organisation is the person's affiliation), the last one when several, unless
        followed by a possessive ("Trump's campaign manager"); else the longest mention, but a state
        named before the organisation or group that ends the source is that body's seat or adjective, not
        its voice: the body speaks ("Британский центр морских торговых операций UKMTO", "China's official
        news agency Xinhua", "оппозиционные британские лейбористы"; not "МВД Пакистана": a state organ)."""
        best = self.inside(s, e)
        if best is None or best.label == "person":
            return best
        i = bisect_left(self.starts, s)
        person = None
        while i < len(self.mentions) and self.mentions[i].start < e:
            m = self.mentions[i]
            if m.label == "person" and m.end <= e and text[m.end:m.end + 2] not in ("'s", "’s") \
                    and text[m.end:m.end + 1] not in ("'", "’"):
                person = m
            i += 1
        if person is None and best.label == "state" and (body := self.body_in(s, e, best)) is not None \
                and body.start >= best.end and len(text[best.end:body.start].split()) <= _SEAT_GAP \
                and not text[body.end:e].strip(" )»\"'’"):
            return body
        return person or best

    def body_in(self, s: int, e: int, state: Annotation) -> Annotation | None:
        """The last organisation or group named in ``[s, e)`` apart from the state mention ``state``."""
        i = bisect_left(self.starts, s)
        body = None
        while i < len(self.mentions) and self.mentions[i].start < e:
            m = self.mentions[i]
            if m.label in ("organisation", "group") and m.end <= e and (m.end <= state.start or m.start >= state.end):
                body = m
            i += 1
        return body

    def before(self, pos: int, lo: int, types: set[str], exclude: list[tuple[int, int]],
               other_gender: str | None = None) -> Annotation | None:
        """The nearest compatible mention ending before ``pos`` and starting at or after ``lo``, not a
        person of ``other_gender`` (:meth:`gender`)."""
        i = bisect_left(self.starts, pos) - 1
        while i >= 0 and self.mentions[i].start >= lo:
            m = self.mentions[i]
            if m.end <= pos and m.label in types and not any(s <= m.start < e for s, e in exclude) \
                    and (other_gender is None or self.gender(m.attrs.get("cluster")) != other_gender):
                return m
            i -= 1
        return None

    def gender(self, cluster) -> str | None:
        """A person's gender as the article marks it: an honorific before or opening one of the
        cluster's mentions ("Mrs. Clinton", "Mr. Sanders", "M. Macron", "г-жа Захарова"); ``"m"``,
        ``"f"``, or None (none, or both).  Computed once per article, on first use."""
        if self._genders is None:
            self._genders = {}
            both = set()
            for m in self.mentions:
                if m.label != "person" or m.attrs.get("cluster") is None:
                    continue
                words = self.text[max(0, m.start - 12):m.start].split()[-1:] + self.text[m.start:m.end].split()[:1]
                for w in words:
                    g = HONORIFIC.get(w.lower())
                    if g is not None:
                        c = m.attrs["cluster"]
                        if self._genders.get(c, g) != g:
                            both.add(c)
                        self._genders[c] = g
            for c in both:
                self._genders[c] = None
        return self._genders.get(cluster)

    def first(self, lo: int, hi: int, exclude: list[tuple[int, int]]) -> Annotation | None:
        """The first mention within ``[lo, hi)`` outside ``exclude``."""
        i = bisect_left(self.starts, lo)
        while i < len(self.mentions) and self.mentions[i].start < hi:
            m = self.mentions[i]
            if m.end <= hi and not any(s <= m.start < e for s, e in exclude):
                return m
            i += 1
        return None

    def _outermost(self, m: Annotation | None, hi: int, exclude: list[tuple[int, int]]) -> Annotation | None:
        """The longest mention starting where ``m`` starts and ending by ``hi`` ("Российские военные", not its
        "Российские"): mentions of one start are in order of their ends."""
        if m is None:
            return None
        i = bisect_left(self.starts, m.start)
        while i + 1 < len(self.mentions) and self.mentions[i + 1].start == m.start and self.mentions[i + 1].end <= hi:
            i += 1
        return self.mentions[i] if not any(s <= m.start < e for s, e in exclude) else m

    def subject(self, lo: int, hi: int, exclude: list[tuple[int, int]], text: str) -> Annotation | None:
        """The actor opening a clause, the subject of a participle after it ("Republican front-runner
        Donald Trump toured ..., vowing"): the first mention within ``[lo, hi)``, passing over a
        dateline's outlet in brackets ("WASHINGTON (AFP) - ...") and an organisation or state
        qualifying the person named right after it, with at most two words and no punctuation between ("Republican
        front-runner Donald Trump", "US Senator Bernie Sanders", "CNN host Chris Cuomo")."""
        m = self._outermost(self.first(lo, hi, exclude), hi, exclude)
        while m is not None:
            if text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")":
                m = self.first(m.end, hi, exclude)
                continue
            nxt = self.first(m.end, hi, exclude)
            gap = text[m.end:nxt.start] if nxt is not None else ""
            if nxt is not None and not any(c in gap for c in ",.;:()—–\"“”«»"):
                if m.label != "person" and nxt.label == "person" and len(gap.split()) <= 2 \
                        and text[m.end:m.end + 2] not in ("'s", "’s"):
                    m = nxt
                    continue
                if text[m.end:m.end + 2] in ("'s", "’s") and len(gap.split()) <= 4:
                    m = nxt  # "CNN's host Chris Cuomo", "Trump's campaign manager Corey Lewandowski"
                    continue
            return m
        return None

    def surname(self, text: str, span: tuple[int, int]) -> Annotation | None:
        """A source of one or two capitalised words that is the last name of a person named
        earlier ("Kiper" after "Oleh Kiper", "Кіпера" after "Олег Кіпер"): that person's mention."""
        words = text[span[0]:span[1]].split()
        if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
            return None
        last = words[-1].strip(".,;:").casefold()
        stem = last[:max(4, len(last) - 2)]
        i = bisect_left(self.starts, span[0]) - 1
        lo = max(0, i - 400)  # bounded: linear in the article
        while i >= lo:
            m = self.mentions[i]
            if m.label == "person" and m.end <= span[0]:
                name = text[m.start:m.end].split()
                if len(name) >= 2:
                    tail = name[-1].strip(".,;:").casefold()
                    if tail == last or (len(last) >= 5 and tail.startswith(stem) and last.startswith(tail[:max(4, len(tail) - 2)])):
                        return m
            i -= 1
        return None

    def surname_ahead(self, text: str, span: tuple[int, int], limit: int = 80) -> Annotation | None:
        """A headline's one capitalised word ("Sanders: ...") that is the last name of a person the
        article names after it ("Senator Bernie Sanders"): that person's mention (the next ``limit``
        mentions looked at)."""
        words = text[span[0]:span[1]].split()
        if len(words) != 1 or not words[0][:1].isupper():
            return None
        last = words[0].strip(".,;:").casefold()
        i = bisect_left(self.starts, span[1])
        for m in self.mentions[i:i + limit]:
            if m.label == "person":
                name = text[m.start:m.end].split()
                if len(name) >= 2 and name[-1].strip(".,;:").casefold() == last:
                    return m
        return None
