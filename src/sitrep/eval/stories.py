"""``sitrep eval stories --gold DIR``: story clustering against topic folders.

Gold: ``DIR/<topic>/<lang>/*.txt`` (the format of
``../shared/data/ner/slavicner/raw``): each topic folder is one story, in any
languages. The articles are read by the text reader (first line the title),
given their folder's language, shuffled with a fixed seed (streaming must not
depend on the gold order) and stored one by one through the corpus writer
with the streaming linker, exactly as ``sitrep ingest`` does, into a
temporary database.

Scores: B-cubed precision, recall and F1 (Bagga and Baldwin 1998) of the
stories and of the threads (the coarser level), and the cross-language
B-cubed recall: for each article, the share of its topic's articles in the
*other* languages that are in its story (thread): 1.0 when ru and uk articles
of a topic are never split by language.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from . import GoldError

SEED = 16


def gold_articles(gold: Path, limit: int | None = None) -> list[tuple[str, str, object]]:
    """``(topic, lang, Article)`` for every text file under ``gold/<topic>/<lang>/``."""
    from ..readers import Problem, read_paths
    from ..settings import Config

    topics = sorted(p for p in gold.iterdir() if p.is_dir()) if gold.is_dir() else []
    if not topics:
        raise GoldError(f"{gold}: expected topic folders <topic>/<lang>/*.txt")
    out = []
    for topic in topics:
        for lang_dir in sorted(p for p in topic.iterdir() if p.is_dir()):
            for item in read_paths([str(lang_dir)], Config()):
                if isinstance(item, Problem):
                    continue
                item.language = lang_dir.name
                out.append((topic.name, lang_dir.name, item))
    if not out:
        raise GoldError(f"{gold}: no readable articles under <topic>/<lang>/")
    random.Random(SEED).shuffle(out)
    return out[:limit] if limit else out


def bcubed(pred: list, gold: list, langs: list | None = None) -> dict:
    """B-cubed precision, recall, F1 of cluster labels ``pred`` against classes ``gold``."""
    by_pred: dict = defaultdict(list)
    by_gold: dict = defaultdict(list)
    for i, (p, g) in enumerate(zip(pred, gold)):
        by_pred[p].append(i)
        by_gold[g].append(i)
    pair_counts = Counter(zip(pred, gold))
    n = len(pred)
    precision = sum(pair_counts[(p, g)] / len(by_pred[p]) for p, g in zip(pred, gold)) / n
    recall = sum(pair_counts[(p, g)] / len(by_gold[g]) for p, g in zip(pred, gold)) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    out = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
           "clusters": len(by_pred)}
    if langs is not None:
        triple = Counter(zip(pred, gold, langs))
        topic_lang = Counter(zip(gold, langs))
        scores = []
        for p, g, lang in zip(pred, gold, langs):
            others = sum(c for (gg, ll), c in topic_lang.items() if gg == g and ll != lang)
            if others:
                same = sum(c for (pp, gg, ll), c in triple.items() if pp == p and gg == g and ll != lang)
                scores.append(same / others)
        out["cross_language_recall"] = round(sum(scores) / len(scores), 4) if scores else None
    return out


def evaluate(gold: Path, limit: int | None = None) -> dict:
    from ..corpus import identity
    from ..corpus.schema import connect
    from ..corpus.writer import Writer
    from ..stories.linker import Linker

    items = gold_articles(gold, limit)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sitrep-eval-stories-") as tmp:
        con = connect(Path(tmp) / "eval.db", create=True)
        try:
            writer = Writer(con, linker=Linker(con))
            ids = []
            for i, (_, _, article) in enumerate(items):
                article.source["url"] = f"eval:{i}"
                chash = identity.content_hash(article)
                writer.add_article(article, chash, identity.identity_key(article, chash),
                                   identity.signature(article), [])
                ids.append(con.execute("SELECT max(id) FROM articles").fetchone()[0])
                writer.maybe_commit()
            writer.commit()
            story_of = dict(con.execute("SELECT article, story FROM story_members"))
            thread_of = dict(con.execute("SELECT id, thread FROM stories"))
            links = Counter(k for (k,) in con.execute("SELECT kind FROM reuse_links"))
        finally:
            con.close()
    seconds = time.perf_counter() - t0
    topics = [t for t, _, _ in items]
    langs = [lang for _, lang, _ in items]
    stories = [story_of[i] for i in ids]
    threads = [thread_of[s] for s in stories]
    return {
        "articles": len(items),
        "topics": len(set(topics)),
        "languages": dict(Counter(langs)),
        "stories": bcubed(stories, topics, langs),
        "threads": bcubed(threads, topics, langs),
        "reuse_links": dict(links),
        "seconds": round(seconds, 1),
    }


def render(r: dict) -> str:
    langs = ", ".join(f"{k} {v}" for k, v in sorted(r["languages"].items()))
    lines = [
        f"{r['articles']} articles ({langs}), {r['topics']} topics; clustered and linked in {r['seconds']} s",
        "",
        "| level | clusters | B-cubed precision | recall | F1 | cross-language recall |",
        "|---|---|---|---|---|---|",
    ]
    for level in ("stories", "threads"):
        s = r[level]
        lines.append(f"| {level} | {s['clusters']} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |"
                     f" {s['cross_language_recall']:.3f} |" if s.get("cross_language_recall") is not None else
                     f"| {level} | {s['clusters']} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | - |")
    if r["reuse_links"]:
        lines += ["", "reuse links made: " + ", ".join(f"{k} {v}" for k, v in sorted(r["reuse_links"].items()))]
    return "\n".join(lines)
