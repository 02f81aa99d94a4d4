"""Ingest workers share the pipeline the session loaded (forked after the warm-up), instead of
loading the models again in every worker."""

from __future__ import annotations

import multiprocessing

import pytest

from sitrep.corpus import ingest as ing
from sitrep.corpus.ingest import Session


def _pipeline_in_worker() -> tuple[int, bool]:
    return id(ing._PIPELINE), ing._PIPELINE is not None


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork on this platform")
def test_workers_use_the_pipeline_loaded_before_the_fork(tmp_path, warm_pipeline):
    with Session(tmp_path / "c.db", workers=2) as session:
        parent = id(ing._PIPELINE)
        seen = {session.pool.submit(_pipeline_in_worker).result() for _ in range(6)}
    assert seen == {(parent, True)}


def test_warm_up_texts_go_through_the_pipeline(warm_pipeline):
    """Every warm-up text is processed without failure (a failing one would load nothing)."""
    from sitrep.article import Article

    for lang, text in ing.WARM_UP:
        failures = []
        article = Article(id=f"warm-up-{lang}", text=text, title=text.split("\n", 1)[0], language=lang)
        done = list(warm_pipeline.pipe([article], on_error=failures.append))
        assert not failures and done[0].layers["entities"] and done[0].layers["places"], lang
