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


def label_story(con: sqlite3.Connection, story: int) -> str:
    members = [r[0] for r in con.execute(
        "SELECT article FROM story_members WHERE story = ? ORDER BY score DESC, article LIMIT ?", (story, SAMPLE))]
    if not members:
        return ""
    marks = ",".join("?" * len(members))
    actors: Counter = Counter()
    places: Counter = Counter()
    days: Counter = Counter()
    keys: dict[str, str] = {}
    for layer, attrs in con.execute(
        f"SELECT layer, attrs FROM annotations WHERE article IN ({marks}) AND layer IN ('actors', 'places', 'times')"
        " ORDER BY article, layer, seq",
        members,
    ):
        a = json.loads(attrs) if attrs else {}
        if layer == "actors" and a.get("name") and not a.get("anonymous"):
            actors[a["name"]] += 1
            keys[a["name"]] = "a:" + features.latin(str(a.get("actor") or a["name"]))
        elif layer == "places" and a.get("name") and a.get("resolved", True) and a.get("feature_class") != "A":
            places[a["name"]] += 1
            keys[a["name"]] = f"p:{a.get('geonameid')}"
        elif layer == "times" and re.match(r"^\d{4}-\d{2}-\d{2}$", str(a.get("value") or "")):
            days[a["value"]] += 1
    # what this story names often and the corpus rarely (actors, places by tf-idf)
    row = con.execute("SELECT value FROM meta WHERE key = 'stories.documents'").fetchone()
    n_docs = int(row[0]) if row else 1

    def rank(counts: Counter, k: int) -> list[str]:
        def score(name: str) -> float:
            df = con.execute("SELECT n FROM story_df WHERE term = ?", (keys.get(name, ""),)).fetchone()
            return counts[name] * math.log((n_docs + 1) / ((df[0] if df else 0) + 1) + 1)
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
