"""The streaming linker: each new article gets its reuse links and joins a story.

Called by the corpus writer for every stored article (``Linker.add``), inside
the writer's transaction, so an article, its links and its story membership
are stored together or not at all. Nothing is recomputed over the corpus:

1. the article's keys (:mod:`features`) update the document frequencies
   (kept in memory, bounded: skeletons have at most four letters, and written
   to ``story_df`` at each commit);
2. reuse candidates are the articles sharing its rarest keys (the latest
   ``POSTINGS_PER_TERM`` of each key's postings, within ``REUSE_WINDOW_DAYS``);
   the best few by key cosine are compared sentence by sentence
   (:func:`reuse.compare`); a duplicate the writer found (exact, near) is
   stored as a link of that kind;
3. story candidates are the stories whose centroid shares its keys; it joins
   the most similar one (cosine at least ``STORY_MIN``, the story active
   within ``STORY_WINDOW_DAYS``), or is linked to the story of an article it
   reuses, else it starts a story. Stories whose centroids are at least
   ``THREAD_MIN`` similar share a thread (the coarser level).
"""

from __future__ import annotations

import json
import math
import pickle
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from operator import mul, neg

from ..corpus.codec import Decoder, pack_json
from . import align, features, reuse

PRODUCER = "stories.v1"
#: keys of an article kept (by tf-idf) for retrieval and for its stored vector
ARTICLE_TERMS = 80
QUERY_TERMS = 25
POSTINGS_PER_TERM = 40
STORIES_PER_TERM = 40
REUSE_CANDIDATES = 6
#: stored articles whose comparison keys stay in memory (most recently used)
DOC_CACHE = 512
#: articles of the run whose incident reports and label items (made in the ingest worker) stay in
#: memory for :meth:`Linker.finish` (the latest; older ones are read back from the database)
PREPARED_KEPT = 20000
REUSE_PRESCORE = 0.12
REUSE_WINDOW_DAYS = 10
CENTROID_TERMS = 200
STORY_MIN = 0.15
THREAD_MIN = 0.2
STORY_WINDOW_DAYS = 45
#: weight of a layer anchor (actor id, GeoNames id, date, event type) relative to a word key
ANCHOR_WEIGHT = 1.5
WORDS_WEIGHT = 0.5
NAMES_WEIGHT = 0.5
_NAME_PREFIXES = ("n:", "#", "a:", "p:", "t:", "e:")


_ANCHORS = ("n:", "a:", "p:", "t:", "e:")


def _days(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _unit(v: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(map(mul, v.values(), v.values()))) or 1.0
    return {k: x / norm for k, x in v.items()}


def _top(v: dict[str, float], n: int) -> dict[str, float]:
    """The ``n`` largest values of ``v``, largest first, ties by key: ``dict(sorted(v.items(),
    key=lambda kv: (-kv[1], kv[0]))[:n])``, sorting (-value, key) pairs made in C instead (the same
    order: the keys are distinct, so no two pairs are equal)."""
    return {k: v[k] for _, k in sorted(zip(map(neg, v.values()), v))[:n]}


class _IdfMemo(dict):
    """:meth:`Linker.idf` of each key asked for, computed once (the same float) while the document
    frequencies do not change (one article's linking); ``memo.__getitem__`` is the function."""

    __slots__ = ("n1", "df")

    def __init__(self, n_docs: int, df: Counter) -> None:
        super().__init__()
        self.n1, self.df = n_docs + 1, df

    def __missing__(self, key: str) -> float:
        value = self[key] = math.log(self.n1 / (self.df.get(key, 0) + 1)) + 0.1
        return value


@dataclass
class Outcome:
    story: int
    new_story: bool
    links: list[tuple[int, str, float]]


class Linker:
    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self.df: Counter = Counter(dict(con.execute("SELECT term, n FROM story_df")))
        row = con.execute("SELECT value FROM meta WHERE key = 'stories.documents'").fetchone()
        self.n_docs = int(row[0]) if row else 0
        self.dirty: set[str] = set()
        self.touched_stories: set[int] = set()
        self._docs: dict[int, reuse.Doc] = {}
        self._vectors: dict[int, dict[str, float]] = {}
        self._idf = self.idf
        self._decoder = Decoder.of(con)
        #: decoded story centroids by their stored value (read only): a story's centroid is read
        #: for each candidate article, and again when one joins it
        self._centroids: dict[bytes | str, tuple[dict[str, float], dict[str, float] | None]] = {}
        #: article -> (incident reports, label items) of :func:`full_profile` (compressed), the latest PREPARED_KEPT
        self._prepared: dict[int, tuple] = {}

    def _centroid(self, value: bytes | str) -> dict[str, float]:
        """A stored centroid (``stories.centroid``) decoded: the same dict for the same stored value
        (not to be changed)."""
        hit = self._centroids.pop(value, None)
        if hit is None:
            hit = (json.loads(self._decoder.json(value)), None)
        self._centroids[value] = hit
        if len(self._centroids) > DOC_CACHE:
            self._centroids.pop(next(iter(self._centroids)))
        return hit[0]

    def _unit_centroid(self, value: bytes | str) -> dict[str, float]:
        """``_unit`` of a stored centroid (computed once per stored value; not to be changed)."""
        cen = self._centroid(value)
        cached, unit = self._centroids[value]
        if unit is None:
            unit = _unit(cen)
            self._centroids[value] = (cen, unit)
        return unit

    # -- weights -----------------------------------------------------------
    def idf(self, key: str) -> float:
        return math.log((self.n_docs + 1) / (self.df.get(key, 0) + 1)) + 0.1

    def vector(self, terms: Counter, anchors: Counter | None = None, idf=None) -> dict[str, float]:
        """Two blocks, each of unit length, weighted so that the cosine of two vectors is
        ``WORDS_WEIGHT`` x the cosine of their words + ``NAMES_WEIGHT`` x that of their names,
        numbers and anchors (the block that matches across languages). ``idf``: :meth:`idf` or
        a memo of it (:class:`_IdfMemo`)."""
        idf = idf or self.idf
        words: dict[str, float] = {}
        names: dict[str, float] = {}
        for k, n in terms.items():  # one pass, each block in the terms' order
            (names if k.startswith(_NAME_PREFIXES) else words)[k] = (1.0 + math.log(n)) * idf(k)
        for k, n in (anchors or {}).items():
            names[k] = (1.0 + math.log(n)) * idf(k) * (1.0 if k.startswith("n:") else ANCHOR_WEIGHT)
        if not names or not words:
            return _unit(words or names)
        w, n = math.sqrt(WORDS_WEIGHT), math.sqrt(NAMES_WEIGHT)
        out = {k: x * w for k, x in _unit(words).items()}
        out.update({k: x * n for k, x in _unit(names).items()})
        return out

    def flush(self) -> None:
        """Write the changed document frequencies (called in the writer's transaction)."""
        if self.dirty:
            self.con.executemany(
                "INSERT INTO story_df (term, n) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET n = excluded.n",
                ((t, self.df[t]) for t in self.dirty),
            )
            self.dirty.clear()
        self.con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('stories.documents', ?)",
                         (str(self.n_docs),))

    # -- the hook ------------------------------------------------------------
    def add(self, rowid: int, article, prof: features.Profile | None = None,
            dup_of: int | None = None, dup_kind: str | None = None, dup_score: float | None = None) -> Outcome:
        prof = prof or features.profile(article)
        if prof.prepared is not None:
            self._prepared[rowid] = prof.prepared
            if len(self._prepared) > PREPARED_KEPT:
                del self._prepared[next(iter(self._prepared))]
        extra = prof.anchors + prof.names
        keys = set(prof.terms) | set(extra)
        self.n_docs += 1
        for k in keys:
            self.df[k] += 1
        self.dirty.update(keys)
        self._idf = _IdfMemo(self.n_docs, self.df).__getitem__  # the weights while this article is linked
        vec = _top(self.vector(prof.terms, extra, self._idf), ARTICLE_TERMS)
        stored = {k: (prof.terms.get(k) or extra.get(k)) for k in vec}
        self.con.execute(
            "INSERT OR REPLACE INTO story_profiles (article, language, day, outlet, terms, anchors)"
            " VALUES (?,?,?,?,?,?)",
            (rowid, prof.language, prof.day, prof.outlet,
             pack_json(json.dumps(stored, ensure_ascii=False), "stories.terms"),
             pack_json(json.dumps(dict(prof.anchors), ensure_ascii=False), "stories.anchors") if prof.anchors else None),
        )
        query = list(vec)[:QUERY_TERMS]
        links = self._reuse(rowid, article, prof, vec, query, dup_of, dup_kind, dup_score)
        self.con.executemany("INSERT OR IGNORE INTO story_postings (term, article) VALUES (?, ?)",
                             ((t, rowid) for t in query))
        story, new = self._story(rowid, prof, vec, query, links)
        return Outcome(story, new, [(a, k, s) for a, k, s in links])

    # -- reuse ---------------------------------------------------------------
    def _reuse(self, rowid, article, prof, vec, query, dup_of, dup_kind, dup_score):
        out: list[tuple[int, str, float]] = []
        if dup_of is not None:
            other = self._doc(dup_of)
            pairs = align.align_same_language(other.text, other.body_spans(), article.text, prof.sentences)
            self._store_link(dup_of, rowid, dup_kind or "near", float(dup_score or 1.0), [p.to_list() for p in pairs])
            out.append((dup_of, dup_kind or "near", float(dup_score or 1.0)))
        hits: Counter = Counter()
        for t in query:
            for (a,) in self.con.execute(
                "SELECT article FROM story_postings WHERE term = ? ORDER BY article DESC LIMIT ?",
                (t, POSTINGS_PER_TERM),
            ):
                if a != rowid and a != dup_of:
                    hits[a] += 1
        if not hits:
            return out
        scored = []
        for a, n in hits.most_common(REUSE_CANDIDATES * 2):
            if n < 2:
                break
            row = self.con.execute("SELECT terms, day, language FROM story_profiles WHERE article = ?",
                                   (a,)).fetchone()
            if row is None:
                continue
            gap = _days(prof.day, row[1])
            if gap is not None and gap > REUSE_WINDOW_DAYS:
                continue
            ovec = self._vectors.pop(a, None)
            if ovec is None:  # weights of the time it was first needed: document frequencies move slowly
                other = json.loads(self._decoder.json(row[0]))
                ovec = self.vector(Counter({k: v for k, v in other.items() if not k.startswith(_ANCHORS)}),
                                   Counter({k: v for k, v in other.items() if k.startswith(_ANCHORS)}), self._idf)
            self._vectors[a] = ovec
            if len(self._vectors) > DOC_CACHE * 4:
                self._vectors.pop(next(iter(self._vectors)))
            s = align.dot(vec, ovec)
            if s >= REUSE_PRESCORE:
                scored.append((s, a))
        scored.sort(reverse=True)
        me = reuse.Doc(article.text, prof.sentences, prof.language, _body_start(article))
        best_translation: dict[str, tuple[float, int, reuse.Link]] = {}
        for _, a in scored[:REUSE_CANDIDATES]:
            other = self._doc(a)
            link = reuse.compare(other, me, self._idf)
            if link is None:
                continue
            if link.kind == "translation":
                lang = other.language or "?"
                if lang not in best_translation or link.score > best_translation[lang][0]:
                    best_translation[lang] = (link.score, a, link)
                continue
            self._store_link(a, rowid, link.kind, link.score, link.evidence())
            out.append((a, link.kind, link.score))
        for score, a, link in best_translation.values():
            self._store_link(a, rowid, "translation", score, link.evidence())
            out.append((a, "translation", score))
        return out

    def _doc(self, article_id: int) -> reuse.Doc:
        """A stored article for comparison (the latest few kept: their keys are computed once)."""
        doc = self._docs.pop(article_id, None)
        if doc is None:
            doc = self._load_doc(article_id)
        self._docs[article_id] = doc
        if len(self._docs) > DOC_CACHE:
            self._docs.pop(next(iter(self._docs)))
        return doc

    def _load_doc(self, article_id: int) -> reuse.Doc:
        text, title, language = self.con.execute(
            "SELECT unz(text), title, language FROM articles WHERE id = ?", (article_id,)).fetchone()
        spans = [tuple(r) for r in self.con.execute(
            'SELECT "start", "end" FROM annotations WHERE article = ? AND layer = ? ORDER BY seq',
            (article_id, "sentences"))] or features.split_sentences(text)
        start = len(title) if title and text.startswith(title) else 0
        return reuse.Doc(text, spans, language, start)

    def _store_link(self, source: int, target: int, kind: str, score: float, evidence: list) -> None:
        """``source`` is the earlier article (published first, else stored first)."""
        a, b = self._order(source, target)
        if a != source:
            evidence = [[p[2], p[3], p[0], p[1], p[4]] for p in evidence]
        self.con.execute(
            "INSERT OR IGNORE INTO reuse_links (source, target, kind, score, evidence, producer)"
            " VALUES (?,?,?,?,?,?)",
            (a, b, kind, round(score, 4), json.dumps(evidence), reuse.PRODUCER),
        )

    def _order(self, x: int, y: int) -> tuple[int, int]:
        rows = dict(self.con.execute(
            "SELECT id, published FROM articles WHERE id IN (?, ?)", (x, y)).fetchall())
        px, py = rows.get(x), rows.get(y)
        if px and py and px[:len(py)] != py[:len(px)]:
            return (x, y) if px < py else (y, x)
        return (x, y) if x < y else (y, x)

    # -- stories ---------------------------------------------------------------
    def _story(self, rowid, prof, vec, query, links) -> tuple[int, bool]:
        hits: Counter = Counter()
        for t in query:
            for (s,) in self.con.execute(
                "SELECT story FROM story_index WHERE term = ? ORDER BY story DESC LIMIT ?", (t, STORIES_PER_TERM)
            ):
                hits[s] += 1
        best: tuple[float, int] | None = None
        scored: list[tuple[float, int]] = []
        centroids: dict[int, dict[str, float]] = {}
        for s, _ in hits.most_common(12):
            row = self.con.execute("SELECT centroid, last_day FROM stories WHERE id = ?", (s,)).fetchone()
            gap = _days(prof.day, row[1])
            if gap is not None and gap > STORY_WINDOW_DAYS:
                continue
            cen = centroids[s] = self._unit_centroid(row[0])
            score = align.dot(vec, cen)
            scored.append((score, s))
        scored.sort(reverse=True)
        if scored and scored[0][0] >= STORY_MIN:
            best = scored[0]
        elif links:  # an article reusing another belongs to its story
            row = self.con.execute("SELECT story FROM story_members WHERE article = ?", (links[0][0],)).fetchone()
            if row:
                best = (scored[0][0] if scored else 0.0, row[0])
        if best is None:
            story = self._new_story(rowid, prof, vec)
            new = True
            score = 1.0
        else:
            score, story = best
            self._join(story, rowid, prof, vec)
            new = False
        self.con.execute("INSERT OR REPLACE INTO story_members (article, story, score) VALUES (?,?,?)",
                         (rowid, story, round(score, 4)))
        # threads: stories whose centroids resemble this one's are one thread
        if len(scored) > 1 or (scored and new):
            own = self._unit_centroid(self.con.execute("SELECT centroid FROM stories WHERE id = ?",
                                                       (story,)).fetchone()[0])
            for _, other in scored:
                if other != story and align.dot(centroids[other], own) >= THREAD_MIN:
                    self._merge_threads(story, other)
        self.touched_stories.add(story)
        return story, new

    def _new_story(self, rowid, prof, vec) -> int:
        cur = self.con.execute(
            "INSERT INTO stories (thread, label, centroid, n_articles, first_article, last_article, first_day,"
            " last_day, languages, outlets, producer) VALUES (0, NULL, ?, 1, ?, ?, ?, ?, ?, ?, ?)",
            (_centroid(vec), rowid, rowid, prof.day, prof.day,
             json.dumps({prof.language or "?": 1}), json.dumps({prof.outlet: 1} if prof.outlet else {}), PRODUCER),
        )
        story = cur.lastrowid
        self.con.execute("UPDATE stories SET thread = ? WHERE id = ?", (story, story))
        self.con.executemany("INSERT OR IGNORE INTO story_index (term, story) VALUES (?, ?)",
                             ((t, story) for t in vec))
        return story

    def _join(self, story, rowid, prof, vec) -> None:
        row = self.con.execute(
            "SELECT centroid, n_articles, first_day, last_day, languages, outlets, first_article FROM stories"
            " WHERE id = ?", (story,)).fetchone()
        cen = dict(self._centroid(row[0]))
        old_terms = set(cen)
        for k, x in vec.items():
            cen[k] = cen.get(k, 0.0) + x
        cen = _top(cen, CENTROID_TERMS)
        langs = json.loads(row[4])
        langs[prof.language or "?"] = langs.get(prof.language or "?", 0) + 1
        outlets = json.loads(row[5])
        if prof.outlet:
            outlets[prof.outlet] = outlets.get(prof.outlet, 0) + 1
        first_day, last_day, first_article = row[2], row[3], row[6]
        if prof.day and (not first_day or prof.day < first_day):
            first_day, first_article = prof.day, rowid
        if prof.day and (not last_day or prof.day >= last_day):
            last_day = prof.day
        self.con.execute(
            "UPDATE stories SET centroid = ?, n_articles = n_articles + 1, first_article = ?, last_article = ?,"
            " first_day = ?, last_day = ?, languages = ?, outlets = ? WHERE id = ?",
            (_centroid(cen), first_article, rowid, first_day, last_day,
             json.dumps(langs), json.dumps(outlets, ensure_ascii=False), story),
        )
        gone = old_terms - set(cen)
        if gone:
            self.con.executemany("DELETE FROM story_index WHERE term = ? AND story = ?", ((t, story) for t in gone))
        self.con.executemany("INSERT OR IGNORE INTO story_index (term, story) VALUES (?, ?)",
                             ((t, story) for t in cen if t not in old_terms))

    def _merge_threads(self, a: int, b: int) -> None:
        ta = self.con.execute("SELECT thread FROM stories WHERE id = ?", (a,)).fetchone()[0]
        tb = self.con.execute("SELECT thread FROM stories WHERE id = ?", (b,)).fetchone()[0]
        if ta != tb:
            keep, drop = min(ta, tb), max(ta, tb)
            self.con.execute("UPDATE stories SET thread = ? WHERE thread = ?", (keep, drop))

    # -- after a run ---------------------------------------------------------------
    def finish(self, incidents: bool = True) -> None:
        """Label the stories touched since the last call and recompute their incidents (in a transaction).

        ``incidents=False``: labels only (``sitrep spark`` computes the incidents per story in parallel)."""
        from .corroboration import store_story
        from .label import label_story

        self.flush()  # the document frequencies of every article, as stored: what labels weigh with
        prepared = self._prepared
        unpacked: dict[int, tuple] = {}  # the current story's members

        def get(article: int):
            got = unpacked.get(article)
            if got is None and article in prepared:
                got = unpacked[article] = _unpack_prepared(prepared[article])
            return got

        def reports(article: int):
            got = get(article)
            return got[0] if got else None

        def items(article: int):
            got = get(article)
            return got[1] if got else None

        for story in sorted(self.touched_stories):
            unpacked.clear()
            label = label_story(self.con, story, items, self.df, self.n_docs)
            self.con.execute("UPDATE stories SET label = ? WHERE id = ?", (label, story))
            if incidents:
                store_story(self.con, story, reports)
        self.touched_stories.clear()


def full_profile(article) -> features.Profile:
    """:func:`features.profile` of an article with its layers, with what :meth:`Linker.finish` needs
    of them (incident reports, label items): made in the ingest worker, so that the end of the run
    does not read this article's layers back from the database."""
    from . import incidents, label

    prof = features.profile(article)
    prof.prepared = _pack_prepared((incidents.prepare(article), label.prepare(article)))
    return prof


def _pack_prepared(value: tuple) -> bytes:
    """Kept compressed: about 1.2 KB an article on c2k, where the objects take about 17 KB."""
    return _zstd()[0].compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def _unpack_prepared(data: bytes) -> tuple:
    return pickle.loads(_zstd()[1].decompress(data))


@lru_cache(maxsize=1)
def _zstd():
    import zstandard

    return zstandard.ZstdCompressor(level=3), zstandard.ZstdDecompressor()


def _centroid(v: dict[str, float]) -> bytes:
    """A story centroid as stored (``stories.centroid``: JSON, compressed since corpus schema 6)."""
    return pack_json(json.dumps(_rounded(v), ensure_ascii=False), "stories.centroid")


def _rounded(v: dict[str, float]) -> dict[str, float]:
    return {k: round(x, 5) for k, x in v.items()}


def _body_start(article) -> int:
    return len(article.title) if article.title and article.text.startswith(article.title) else 0
