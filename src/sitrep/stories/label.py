"""A story's label: its most reported actors, places and dates (else its headline words)."""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import Counter

from . import features

#: member articles read to label a story
SAMPLE = 30
_CAPITAL = re.compile(r"\b[A-ZА-ЯІЇЄҐ][\w'’-]{3,}")


def item(layer: str, a: dict) -> tuple | None:
    """What a label counts of one annotation (``actors``, ``places``, ``times`` layer, its attrs):
    ``("a", name, key)``, ``("p", name, key)``, ``("t", day)`` or None."""
    if layer == "actors":
        if a.get("name") and not a.get("anonymous"):
            return ("a", a["name"], "a:" + features._latin(str(a.get("actor") or a["name"])))
    elif layer == "places":
        if a.get("name") and a.get("resolved", True) and a.get("feature_class") != "A":
            return ("p", a["name"], f"p:{a.get('geonameid')}")
    elif layer == "times" and re.match(r"^\d{4}-\d{2}-\d{2}$", str(a.get("value") or "")):
        return ("t", a["value"])
    return None


def prepare(article) -> list[tuple]:
    """The :func:`item` of each annotation of an :class:`~sitrep.article.Article` with its layers, in
    the stored order (layers by name, annotations in order): a pure function of the article,
    computed in the ingest worker."""
    out = []
    for layer in _LAYERS:
        for ann in article.layers.get(layer) or ():
            it = item(layer, ann.attrs or {})
            if it is not None:
                out.append(it)
    return out


_LAYERS = ("actors", "places", "times")


def label_story(con: sqlite3.Connection, story: int, prepared=None, df=None, n_docs: int | None = None) -> str:
    """The label of ``story``. ``prepared``: article id -> its :func:`prepare` list, or None (then its
    layers are read back); ``df`` and ``n_docs``: the document frequencies and count as stored (the
    linker's own after it flushed them), else read from the database."""
    members = [r[0] for r in con.execute(
        "SELECT article FROM story_members WHERE story = ? ORDER BY score DESC, article LIMIT ?", (story, SAMPLE))]
    if not members:
        return ""
    marks = ",".join("?" * len(members))
    actors: Counter = Counter()
    places: Counter = Counter()
    days: Counter = Counter()
    keys: dict[str, str] = {}
    items: dict[int, list] = {}
    if prepared is not None:
        for a in members:
            got = prepared(a)
            if got is not None:
                items[a] = got
    missing = [a for a in members if a not in items]
    if missing:
        for a in missing:
            items[a] = []
        for a, layer, attrs in con.execute(
            f"SELECT article, layer, attrs FROM annotations WHERE article IN ({','.join('?' * len(missing))})"
            " AND layer IN ('actors', 'places', 'times') ORDER BY article, layer, seq",
            missing,
        ):
            it = item(layer, json.loads(attrs) if attrs else {})
            if it is not None:
                items[a].append(it)
    for a in sorted(members):
        for it in items[a]:
            if it[0] == "a":
                actors[it[1]] += 1
                keys[it[1]] = it[2]
            elif it[0] == "p":
                places[it[1]] += 1
                keys[it[1]] = it[2]
            else:
                days[it[1]] += 1
    # what this story names often and the corpus rarely (actors, places by tf-idf)
    if n_docs is None:
        row = con.execute("SELECT value FROM meta WHERE key = 'stories.documents'").fetchone()
        n_docs = int(row[0]) if row else 1

    def frequency(term: str) -> int:
        if df is not None:
            return df.get(term, 0)
        row = con.execute("SELECT n FROM story_df WHERE term = ?", (term,)).fetchone()
        return row[0] if row else 0

    def rank(counts: Counter, k: int) -> list[str]:
        def score(name: str) -> float:
            return counts[name] * math.log((n_docs + 1) / (frequency(keys.get(name, "")) + 1) + 1)
        return sorted(counts, key=lambda n: (-score(n), n))[:k]

    parts = rank(actors, 3) + rank(places, 2)
    if not parts:
        cen = json.loads(con.execute("SELECT unz(centroid) FROM stories WHERE id = ?", (story,)).fetchone()[0])
        words: dict[str, Counter] = {}
        for (title,) in con.execute(f"SELECT title FROM articles WHERE id IN ({marks})", members):
            for w in _CAPITAL.findall(title or ""):
                words.setdefault(features.skeleton(features.latin(w)), Counter())[w] += 1
        ranked = sorted((k for k in words if k in cen), key=lambda k: -cen[k])
        parts = [words[k].most_common(1)[0][0] for k in ranked[:4]]
    if days:
        top = sorted(d for d, _ in days.most_common(3))
        parts.append(top[0] if len(top) == 1 else f"{top[0]}..{top[-1]}")
    return " · ".join(parts)
