"""How well each incident and each claim is corroborated, in the Admiralty style.

**Independent sources.** The reports of one stance (reporting or denying)
in one article are one source with those of every article connected to it by
reuse links (copy, rewrite, translation, in either direction, through any
chain of links). Reports attributed to the same origin (the speaker of the
statement whose content the sentence is, ``statements`` layer) join the same
source whoever relays them: two outlets relaying the same emergency service
are one source. The number of independent sources is the number of such
groups; a group that denies the event anywhere counts as contradicting, not
supporting.

**Claims** of an incident: ``occurred`` (every report supports it, a denial
contradicts it), ``killed = N`` (reports giving N support it, reports giving
another number contradict it) and, for attacks, ``actor = X`` (the state
named in an attack report, ``RUS`` for any Russian body; another state
contradicts it). Support and contradiction count
independent groups, never articles.

**Information credibility** (NATO AJP-2.1 / Admiralty scale, 1-6), from
corroboration alone:

| grade | meaning | rule here |
|---|---|---|
| 1 | confirmed by other sources | at least 3 independent sources support it, none contradicts |
| 2 | probably true | 2 independent sources support it, none contradicts |
| 3 | possibly true | 1 source supports it, none contradicts |
| 4 | doubtful | contradicted, but more independent sources support it than contradict it |
| 5 | improbable | contradicted by at least as many independent sources as support it |
| 6 | cannot be judged | no source supports it |

Source reliability (A-F) is the analyst's judgement of an outlet: it is
stored when given (``sitrep grade``) and shown beside the sources, never computed.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict

from ..corpus.codec import pack_json
from .incidents import Incident, Report

GRADES = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "cannot be judged",
}


def credibility(supporting: int, contradicting: int) -> int:
    if supporting == 0:
        return 6
    if contradicting == 0:
        return 1 if supporting >= 3 else 2 if supporting == 2 else 3
    return 4 if supporting > contradicting else 5


class _Union:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb, key=str)] = min(ra, rb, key=str)


def reuse_groups(con: sqlite3.Connection, articles: set[int]) -> dict[int, int]:
    """Article -> the earliest article of its reuse component (links followed one step outside)."""
    u = _Union()
    ids = sorted(articles)
    for k in range(0, len(ids), 400):  # bounded number of SQL variables
        chunk = ids[k:k + 400]
        marks = ",".join("?" * len(chunk))
        for a, b in con.execute(
            f"SELECT source, target FROM reuse_links WHERE source IN ({marks}) OR target IN ({marks})", chunk + chunk
        ):
            u.union(("a", a), ("a", b))
    return {a: u.find(("a", a))[1] for a in articles}


def source_groups(con: sqlite3.Connection, reports: list[Report]) -> list[int]:
    """For each report, the id of its independent source group (reuse links and shared origins merged)."""
    groups = reuse_groups(con, {r.article for r in reports})
    u = _Union()
    for i, r in enumerate(reports):
        # an outlet's reports of one stance are one source with every article reusing it ...
        u.union(("r", i), ("a", groups[r.article], r.denies))
        if r.source:  # ... and with every other outlet relaying the same origin
            u.union(("r", i), ("o", r.source.casefold()))
    roots: dict = {}
    out = []
    for i, r in enumerate(reports):
        root = u.find(("r", i))
        roots.setdefault(root, len(roots) + 1)
        out.append(roots[root])
    return out


def claims(incident: Incident, groups: list[int]) -> list[dict]:
    """Claims of an incident with supporting and contradicting groups, grade and evidence."""
    out = []
    deny = {g for r, g in zip(incident.reports, groups) if r.denies}
    support = {g for r, g in zip(incident.reports, groups) if not r.denies} - deny
    out.append(_claim("occurred", "yes", support, deny, incident.reports, groups, lambda r: not r.denies,
                      lambda r: r.denies))
    attributes = [("killed", lambda r: r.killed)]
    if incident.type == "attack":  # who is blamed: the state an attack report names
        attributes.append(("actor", lambda r: blamed(r.actor)))
    for attribute, get in attributes:
        values: dict = defaultdict(set)
        for r, g in zip(incident.reports, groups):
            if get(r) is not None and not r.denies:
                values[get(r)].add(g)
        for value, sup in values.items():
            others = set().union(*(gs for v, gs in values.items() if not _agree(attribute, v, value))) - sup
            out.append(_claim(attribute, str(value), sup, others, incident.reports, groups,
                              lambda r, v=value, f=get: f(r) == v,
                              lambda r, v=value, f=get, at=attribute: f(r) is not None and not _agree(at, f(r), v)
                              and not r.denies))
    return out


def blamed(actor: str | None) -> str | None:
    """The state an actor id belongs to (``RUS.MOD`` -> ``RUS``); None for people, unknown and
    international actors, which do not say who struck."""
    if not actor or not actor[:3].isalpha() or not actor[:3].isupper():
        return None
    return actor.split(".")[0]


def _agree(attribute: str, a, b) -> bool:
    """Equal values; for actors also one inside the other (``RUS.MOD`` is part of ``RUS``)."""
    if a == b:
        return True
    if attribute == "actor":
        x, y = str(a), str(b)
        return x.startswith(y + ".") or y.startswith(x + ".")
    return False


def _claim(attribute, value, support, contra, reports, groups, is_for, is_against) -> dict:
    evidence = [
        {"article": r.article, "start": r.start, "end": r.end, "group": g,
         "stance": "supports" if is_for(r) else "contradicts"}
        for r, g in zip(reports, groups) if is_for(r) or is_against(r)
    ]
    grade = credibility(len(support), len(contra))
    return {"attribute": attribute, "value": value, "supporting": len(support), "contradicting": len(contra),
            "credibility": grade, "evidence": evidence}


def explain(claim: dict) -> str:
    return (f"{claim['supporting']} independent source(s) support, {claim['contradicting']} contradict: "
            f"{claim['credibility']} ({GRADES[claim['credibility']]})")


def store_story(con: sqlite3.Connection, story: int, prepared=None) -> int:
    """Recompute and store the incidents, reports and claims of one story; returns the number of incidents.

    ``prepared``: article id -> what :func:`.incidents.prepare` gave for it, or None (then its layers
    are read back from the database)."""
    from . import incidents as inc_mod

    members = [a for (a,) in con.execute("SELECT article FROM story_members WHERE story = ? ORDER BY article",
                                         (story,))]
    reports: list[Report] = []
    for a in members:
        reports.extend(inc_mod.article_reports(con, a, prepared(a) if prepared else None))
    old = [i for (i,) in con.execute("SELECT id FROM incidents WHERE story = ?", (story,))]
    for i in old:
        con.execute("DELETE FROM incident_reports WHERE incident = ?", (i,))
        con.execute("DELETE FROM claims WHERE incident = ?", (i,))
    con.execute("DELETE FROM incidents WHERE story = ?", (story,))
    made = 0
    for incident in inc_mod.group(reports):
        groups = source_groups(con, incident.reports)
        cl = claims(incident, groups)
        occurred = cl[0]
        place, place_name = incident.place
        label = " ".join(x for x in (incident.type, place_name or "", incident.day or "") if x)
        cur = con.execute(
            "INSERT INTO incidents (story, type, day, place, label, reports, independent, credibility,"
            " grade_reason, producer) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (story, incident.type, incident.day, place, label, len(incident.reports), occurred["supporting"],
             occurred["credibility"], explain(occurred), inc_mod.PRODUCER),
        )
        iid = cur.lastrowid
        con.executemany(
            'INSERT OR IGNORE INTO incident_reports (incident, article, "start", "end", source, stance, killed,'
            " actor, origin) VALUES (?,?,?,?,?,?,?,?,?)",
            ((iid, r.article, r.start, r.end, g, "denies" if r.denies else "reports", r.killed, r.actor, r.origin)
             for r, g in zip(incident.reports, groups)),
        )
        con.executemany(
            "INSERT INTO claims (incident, attribute, value, supporting, contradicting, credibility, evidence)"
            " VALUES (?,?,?,?,?,?,?)",
            ((iid, c["attribute"], c["value"], c["supporting"], c["contradicting"], c["credibility"],
              pack_json(json.dumps(c["evidence"]), "stories.evidence")) for c in cl),
        )
        made += 1
    return made
