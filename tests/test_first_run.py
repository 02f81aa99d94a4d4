"""A first run on an empty cache: the user is told what the wait is for, the tables are built (in a
child process, `compact.cached`), the article is analysed; a second run builds nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def _analyze(path, cache):
    env = {**os.environ, "SITREP_CACHE": str(cache)}
    return subprocess.run([sys.executable, "-m", "sitrep", "analyze", str(path), "--format", "json"],
                          capture_output=True, text=True, env=env, timeout=300)


def test_a_first_run_says_it_builds_the_gazetteer_and_a_second_run_does_not(tmp_path):
    article = tmp_path / "kharkiv.txt"
    article.write_text("Counter-offensive near Kharkiv\n\nUkrainian forces entered Izium on Saturday, "
                       "the Russian Defence Ministry said in Moscow.\n", encoding="utf-8")
    cache = tmp_path / "cache"

    first = _analyze(article, cache)
    assert first.returncode == 0, first.stderr
    lines = first.stderr.splitlines()
    assert any(line.startswith("sitrep: building the places gazetteer into") for line in lines)
    assert [line for line in lines if line.startswith("sitrep: gazetteer ") and "/6:" in line] == \
        [f"sitrep: gazetteer {i}/6: {what}" for i, what in enumerate(
            ["cities", "countries", "US states and counties", "subdivisions", "extra places and names",
             "demonyms and indexes"], start=1)]
    assert any(line.startswith("sitrep: gazetteer ready (") for line in lines)
    assert "Traceback" not in first.stderr
    out = json.loads(first.stdout)
    places = {out["text"][p["start"]:p["end"]]: p["attrs"].get("country") for p in out["layers"]["places"]}
    assert places.get("Kharkiv") == "UA" and places.get("Izium") == "UA"

    second = _analyze(article, cache)
    assert second.returncode == 0, second.stderr
    assert "gazetteer" not in second.stderr
    assert json.loads(second.stdout)["layers"]["places"] == json.loads(first.stdout)["layers"]["places"]
