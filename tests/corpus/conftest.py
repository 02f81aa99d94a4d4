"""A small multilingual corpus, ingested once for the corpus tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus.builders import ARTICLES, write_jsonl
from sitrep.corpus.ingest import ingest

IZIUM_EN = (
    "Ukrainian forces enter Izium",
    "Ukrainian troops entered Izium on Saturday after Russian units withdrew from the city, "
    "the general staff said in its morning report.\n\n"
    "Residents who stayed through the occupation described months without electricity or water. "
    "Engineers began clearing mines from the main road to Kharkiv on Sunday.",
)
IZIUM_UK = (
    "Українські сили увійшли в Ізюм",
    "Українські війська в суботу увійшли в Ізюм після відходу російських підрозділів, "
    "повідомив Генштаб у ранковому зведенні.\n\n"
    "Мешканці розповіли про місяці без світла і води.",
)


def records() -> list[dict]:
    out = []
    for lang, (title, body) in ARTICLES.items():
        out.append({"id": f"floods-{lang}", "title": title, "text": body, "language": lang,
                    "url": f"https://{lang}.news.example/floods", "source": f"{lang}-daily",
                    "published": "2022-09-06"})
    t, b = IZIUM_EN
    out.append({"id": "izium-en", "title": t, "text": b, "language": "en", "url": "https://wire.example/izium",
                "source": "Wire", "published": "2022-09-10T09:15"})
    # the same wire story at another outlet: an exact duplicate
    out.append({"id": "izium-en-copy", "title": t, "text": b, "language": "en",
                "url": "https://daily.example/izium", "source": "Daily", "published": "2022-09-10"})
    # republished under a new headline: a near duplicate
    out.append({"id": "izium-en-rehead", "title": "Izium retaken as Russian units pull back", "text": b,
                "language": "en", "url": "https://herald.example/izium", "source": "Herald", "published": "2022-09-11"})
    t, b = IZIUM_UK
    out.append({"id": "izium-uk", "title": t, "text": b, "language": "uk", "url": "https://uk.news.example/izium",
                "source": "uk-daily", "published": "2022-09"})
    out.append({"id": "budget-fr", "title": "Le budget 2023 adopté",
                "text": "L'Assemblée nationale a adopté le budget pour 2023 après trois semaines de débats.",
                "language": "fr", "source": "fr-daily", "published": "2023-01-12"})
    return out


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus_src")
    write_jsonl(d / "news.jsonl", records())
    return d


@pytest.fixture(scope="session")
def warm_pipeline():
    """Load the tokenisers once in the test process: forked ingest workers inherit them."""
    from sitrep.article import Article
    from sitrep.pipeline import default_pipeline

    pipeline = default_pipeline()
    for lang, (title, body) in ARTICLES.items():
        pipeline(Article(id=lang, text=f"{title}\n\n{body}", title=title, language=lang))
    return pipeline


@pytest.fixture(scope="session")
def corpus_db(corpus_dir, tmp_path_factory, warm_pipeline) -> Path:
    db = tmp_path_factory.mktemp("corpus_db") / "corpus.db"
    ingest([corpus_dir], db, workers=1, quiet=True)
    return db
