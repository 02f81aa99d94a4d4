"""The load test, opt-in (``SITREP_SLOW=1``): a 20,000-article corpus synthesised from the test
corpus, ``sitrep serve`` as a process, 8 clients for 20 s. Latency figures are printed, not
asserted (they belong to docs/workbench.md, measured with ``python -m sitrep.web.loadtest``);
every request must succeed."""

from __future__ import annotations

import pytest

from sitrep.web.loadtest import main as loadtest, synthesize


@pytest.mark.slow
def test_twenty_thousand_articles_eight_clients_no_errors(web_db, tmp_path, capsys):
    db = tmp_path / "load.db"
    built = synthesize(web_db, db, 20000)
    assert built["articles"] == 20000
    status = loadtest(["--db", str(db), "--seconds", "20", "--clients", "8", "--mix", "all", "--port", "8791"])
    out = capsys.readouterr().out
    print(out)
    assert status == 0, out
    assert "| search page |" in out and "| article page |" in out
