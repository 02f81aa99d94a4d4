"""``sitrep eval link --gold PATH``: actor linking on SlavicNER (BSNLP format).

Each document's raw text goes through ``entities.v1`` and ``actors.v1``
(language taken from the gold folder name).  A gold entity (cross-lingual
id) is *in the actor file* when its most frequent gold lemma, as a name,
resolves to exactly one canonical actor.  For every gold mention of such an
entity, the actor annotation covering the mention (exact span first, else
the largest overlap) is its prediction.  Reported:

- ``linked``: share of those mentions linked to their entity's actor;
- ``split``: gold entities whose mentions went to two or more canonical
  actors (share of the in-file entities);
- ``merged``: gold entities (any, in file or not) linked mostly to a
  canonical actor that another gold entity is also mostly linked to.

Scores are given for all documents and, separately, for the held-out part
(documents whose id satisfies :func:`corpora.is_held_out`), the part the
actor file was never tuned on.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from ..article import Article
from ..components.actors.kb import load
from ..components.actors.text import key
from . import ner_corpora as corpora
from . import GoldError
from .ner import read_gold

LANGS = ("ru", "uk", "en", "fr")


def _pipeline():
    from ..pipeline import Pipeline

    return Pipeline.from_names(
        ["paragraphs.v1", "sentences.v1", "entities.v1", "actors.v1"], provided=["language"]
    )


def _predicted(article: Article, s: int, e: int) -> str | None:
    """The actor of the mention at [s:e]: same span, else the largest one inside, else overlapping."""
    best, best_rank = None, (0, 0)
    for a in article.layers.get("actors", []):
        if a.start == s and a.end == e:
            return a.attrs["actor"]
        overlap = min(e, a.end) - max(s, a.start)
        if overlap <= 0:
            continue
        # A small part of the mention ("Pakistan" in "Ministry of the Interior of Pakistan"), or a
        # mention inside a much longer one, is not a link of this mention.
        if overlap * 2 < max(e - s, a.end - a.start):
            continue
        rank = (1 if s <= a.start and a.end <= e else 0, overlap)
        if rank > best_rank:
            best, best_rank = a.attrs["actor"], rank
    return best


def evaluate(gold: Path, limit: int | None = None) -> dict:
    docs = read_gold(corpora.read_bsnlp, gold)
    docs = [d for d in docs if d.extra.get("lang") in LANGS]
    if not docs:
        raise GoldError(f"{gold}: no SlavicNER documents in {', '.join(LANGS)}")
    if limit:
        docs = docs[:limit]
    kb = load()
    pipe = _pipeline()
    lemmas: dict[str, Counter] = defaultdict(Counter)
    predictions: dict[str, Counter] = defaultdict(Counter)  # gold id -> predicted actor ids
    held_lemmas: dict[str, Counter] = defaultdict(Counter)
    held_predictions: dict[str, Counter] = defaultdict(Counter)
    mentions = held_docs = 0
    for d in docs:
        art = Article(id=d.id, text=d.text, language=d.extra["lang"])
        pipe(art)
        held = corpora.is_held_out(d.id)
        held_docs += held
        for (s, e), (gid, lemma) in d.extra["ids"].items():
            pred = _predicted(art, s, e)
            lemmas[gid][lemma] += 1
            predictions[gid][pred] += 1
            mentions += 1
            if held:
                held_lemmas[gid][lemma] += 1
                held_predictions[gid][pred] += 1
    result = {"gold": str(gold), "documents": len(docs), "mentions": mentions}
    result.update(_score(kb, lemmas, predictions))
    result["held_out"] = _score(kb, held_lemmas, held_predictions)
    result["held_out"]["documents"] = held_docs
    return result


def _score(kb, lemmas, predictions) -> dict:
    target: dict[str, str] = {}
    for gid, counts in lemmas.items():
        lemma = counts.most_common(1)[0][0]
        ids = kb.alias_index.get(key(lemma), set())
        if len(ids) == 1:
            target[gid] = next(iter(ids))
    in_file = linked = 0
    split = []
    for gid, actor in target.items():
        preds = predictions[gid]
        in_file += sum(preds.values())
        linked += preds.get(actor, 0)
        canonical = [a for a in preds if a and not a.startswith("new:")]
        if len(canonical) >= 2:
            split.append(gid)
    majority: dict[str, list[str]] = defaultdict(list)
    for gid, preds in predictions.items():
        top, count = preds.most_common(1)[0]
        if top and not top.startswith("new:") and count * 2 > sum(preds.values()):
            majority[top].append(gid)
    merged = sorted(g for gids in majority.values() if len(gids) > 1 for g in gids)
    return {
        "entities": len(lemmas),
        "entities_in_actor_file": len(target),
        "mentions_in_actor_file": in_file,
        "linked": round(linked / in_file, 4) if in_file else None,
        "split": len(split),
        "split_share": round(len(split) / len(target), 4) if target else None,
        "merged": len(merged),
        "split_examples": {g: dict(predictions[g].most_common(4)) for g in split[:10]},
        "merged_examples": {a: g for a, g in majority.items() if len(g) > 1},
    }


def render(r: dict) -> str:
    h = r["held_out"]
    rows = [
        ("gold entities", "entities"),
        ("gold entities in the actor file", "entities_in_actor_file"),
        ("their mentions", "mentions_in_actor_file"),
        ("mentions linked to the right actor", "linked"),
        ("entities split over 2+ actors", "split"),
        ("share of in-file entities split", "split_share"),
        ("entities merged with another", "merged"),
    ]
    lines = [
        f"gold: {r['gold']} ({r['documents']} documents, {r['mentions']} mentions; held-out part: {h['documents']} documents)",
        "",
        "| measure | all | held-out |",
        "|---|---|---|",
    ]
    lines += [f"| {label} | {r[k]} | {h[k]} |" for label, k in rows]
    return "\n".join(lines)
