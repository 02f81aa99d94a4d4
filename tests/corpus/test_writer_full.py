"""A batch that SQLite rolls back by itself (a full disk) is reported as such, and the writer goes on.

SQLite ends the open transaction on its own after SQLITE_FULL; the writer still believed a batch
open, and its next COMMIT failed with "cannot commit - no transaction is active", a message that
hid the real problem (``sitrep watch`` stopped on it while the machine's disk was full). The full
disk is real here: ``PRAGMA max_page_count`` caps the database file, so SQLite returns SQLITE_FULL.
"""

import sqlite3

import pytest

from sitrep.article import Article
from sitrep.corpus.identity import content_hash, identity_key, signature
from sitrep.corpus.schema import connect
from sitrep.corpus.writer import Writer


def _article(i: int, words: int) -> Article:
    text = " ".join(f"word{i}x{j}" for j in range(words))
    return Article(id=f"a{i}", text=text, title=f"Article {i}", source={"path": f"/news/{i}.txt"})


def _add(w: Writer, a: Article) -> None:
    h = content_hash(a)
    w.add_article(a, h, identity_key(a, h), signature(a), ["test.v1"])


def test_a_batch_sqlite_rolled_back_is_reported_and_the_writer_recovers(tmp_path):
    con = connect(tmp_path / "c.db", create=True)
    w = Writer(con, batch_size=1000)
    _add(w, _article(0, 50))
    w.commit()
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(sqlite3.OperationalError, match="full"):
        for i in range(1, 200):  # each article's text is larger than the room left
            _add(w, _article(i, 3000))
        w.commit()
    if con.in_transaction:  # some SQLite builds keep the transaction after SQLITE_FULL: then COMMIT fails again
        pytest.skip("this SQLite kept the transaction open after SQLITE_FULL")
    with pytest.raises(sqlite3.OperationalError, match="rolled back by SQLite"):
        w.commit()
    assert w.started is None and not con.in_transaction
    con.execute("PRAGMA max_page_count = 1073741823")
    _add(w, _article(500, 50))
    w.commit()
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    w.rollback()  # nothing open: no error
