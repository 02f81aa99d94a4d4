"""Tokens per CPU second of ``entities.v1`` and ``actors.v1``.

    python -m sitrep.components.actors.speed [--size-mb 0.5]

Runs over the same generated corpus as ``sitrep bench`` (the bundled
fr/en/ru/uk examples), prepares tokens with the earlier components, then
times each of the two components alone by CPU time of this process, so the
figures are per core and unaffected by other load on the machine.  One article
per language is tagged first, so that loading models and tables is not timed.
"""

from __future__ import annotations

import argparse
import json
import time

from ...bench import generated_corpus
from ...pipeline import Pipeline


def measure(size_mb: float) -> dict:
    articles = list(generated_corpus(size_mb))
    prepare = Pipeline.from_names(["paragraphs.v1", "language.v1", "sentences.v1"])
    for a in articles:
        prepare(a)
    entities = Pipeline.from_names(["entities.v1"], provided=["sentences", "tokens", "language"]).components[0]
    actors = Pipeline.from_names(["actors.v1"], provided=["entities", "language"]).components[0]
    # one article per language first, so that loading models and word tables is not timed
    warm = {a.language: a for a in reversed(articles)}
    for a in warm.values():
        entities(a)
        actors(a)
    for a in articles:
        a.layers.pop("entities", None)
        a.layers.pop("actors", None)
    tokens = sum(len(a.layers["tokens"]) for a in articles)
    t0 = time.process_time()
    for a in articles:
        entities(a)
    t1 = time.process_time()
    for a in articles:
        actors(a)
    t2 = time.process_time()
    return {
        "articles": len(articles),
        "tokens": tokens,
        "entities_tokens_per_s": round(tokens / (t1 - t0)),
        "actors_tokens_per_s": round(tokens / (t2 - t1)),
        "both_tokens_per_s": round(tokens / (t2 - t0)),
    }


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m sitrep.components.actors.speed")
    ap.add_argument("--size-mb", type=float, default=0.5)
    print(json.dumps(measure(ap.parse_args().size_mb), indent=1))


if __name__ == "__main__":
    main()
