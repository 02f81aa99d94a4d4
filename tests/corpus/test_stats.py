"""`sitrep stats`: counts by language, source, day and layer."""

from __future__ import annotations

import json

from sitrep.cli import main


def test_stats_json(corpus_db, capsys):
    assert main(["stats", "--db", str(corpus_db), "--json"]) == 0
    s = json.loads(capsys.readouterr().out)
    assert s["articles"] == 9
    assert s["duplicates"] == {"exact": 1, "near": 1}
    assert s["by_language"] == {"en": 4, "fr": 2, "uk": 2, "ru": 1}
    assert s["by_source"]["Wire"] == 1 and s["by_source"]["fr-daily"] == 2 and s["sources"] == 7
    assert s["by_day"] == {"2022-09-06": 4, "2022-09-10": 2, "2022-09-11": 1, "2023-01-12": 1,
                           "month or year only": 1}
    assert s["by_layer"]["paragraphs"]["articles"] == 9
    assert s["by_layer"]["title"]["annotations"] == 9
    assert s["by_layer"]["tokens"]["annotations"] > 300
    assert s["errors"] == 0


def test_stats_text(corpus_db, capsys):
    assert main(["stats", "--db", str(corpus_db)]) == 0
    out = capsys.readouterr().out
    assert "articles: 9  (exact duplicates 1, near duplicates 1)  errors: 0" in out
    assert "| uk | 2 |" in out and "| 2022-09-06 | 4 |" in out
    assert "| paragraphs | 9 |" in out


def test_text_report_lists_the_latest_days():
    from sitrep.corpus.stats import DAYS_SHOWN, _days

    by_day = {f"2022-{m:02d}-{d:02d}": 1 for m in (8, 9) for d in range(1, 29)}
    by_day["undated"] = 5
    lines = _days(by_day)
    assert lines[0] == f"| ({56 - DAYS_SHOWN} earlier days: --json lists every day) | {56 - DAYS_SHOWN} |"
    assert lines[-2] == "| 2022-09-28 | 1 |" and lines[-1] == "| undated | 5 |"
    assert len(lines) == DAYS_SHOWN + 2
