"""A small corpus for the workbench tests, ingested once: the four bundled Kharkiv examples
(fr, en, ru, uk), the seed article when ``../shared`` is present, and records written here:
a wire story and its exact copy at another outlet, a later article, and a hostile article
whose title, text, outlet and URL carry script payloads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, SHARED

XSS_TITLE = '<script>alert(1)</script> "><img src=x onerror=alert(1)> <a href="javascript:alert(1)">click</a>'
XSS_TEXT = (
    "Residents of Kupiansk reported shelling on Thursday. <script>alert(1)</script> The regional governor said "
    "\"><img src=x onerror=alert(1)> that two people were wounded in Kupiansk. "
    '<a href="javascript:alert(1)">javascript:alert(1)</a> Officials in Kharkiv said repairs would take a week.'
)

RECORDS = [
    {"id": "wire-izium", "title": "Ukrainian troops enter Izium",
     "text": "Ukrainian troops entered Izium on Saturday after Russian units withdrew, the General Staff of Ukraine "
             "said in its morning report.\n\nEngineers began clearing mines on the road to Kharkiv.",
     "language": "en", "source": "Wire", "url": "https://wire.example/izium", "published": "2022-09-10"},
    {"id": "daily-izium", "title": "Ukrainian troops enter Izium",
     "text": "Ukrainian troops entered Izium on Saturday after Russian units withdrew, the General Staff of Ukraine "
             "said in its morning report.\n\nEngineers began clearing mines on the road to Kharkiv.",
     "language": "en", "source": "Daily", "url": "https://daily.example/izium", "published": "2022-09-11"},
    {"id": "herald-kherson", "title": "Shelling hits Kherson market",
     "text": "Shelling hit the central market of Kherson on Tuesday, the regional administration said. "
             "Three people were wounded.",
     "language": "en", "source": "Herald", "url": "https://herald.example/kherson", "published": "2022-09-20"},
    {"id": "xss", "title": XSS_TITLE, "text": XSS_TEXT, "language": "en", "source": "<b>Evil</b> News",
     "url": "javascript:alert(1)", "published": "2022-09-15"},
]


def sources(tmp: Path) -> list[Path]:
    records = tmp / "records.jsonl"
    records.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    out = sorted(EXAMPLES.glob("kharkiv_*.txt")) + [records]
    seed = SHARED / "seed" / "000_819b8dd99512f932.txt"
    if seed.is_file():
        out.append(seed)
    return out


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> Path:
    from sitrep.corpus.ingest import ingest

    tmp = tmp_path_factory.mktemp("web")
    db = tmp / "corpus.db"
    summary = ingest([str(p) for p in sources(tmp)], db, workers=1, quiet=True)
    assert summary is not None
    return db


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient

    from sitrep.web.app import create_app

    with TestClient(create_app(web_db), base_url="http://127.0.0.1") as c:
        yield c


def seed_present() -> bool:
    return (SHARED / "seed" / "000_819b8dd99512f932.txt").is_file()
