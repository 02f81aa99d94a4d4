"""Kill ingest with SIGKILL at random points, resume, and check the corpus.

The corpus: 2,000 short articles generated from templates written here (en,
ru, uk; 40 of them the same text at a second URL, i.e. exact duplicates) in
four JSONL files, ingested with two worker processes and a lighter pipeline
than the default, ``--components paragraphs.v1,language.v1`` (layers title,
paragraphs, language; the records carry their language so no model loads):
the default pipeline's tokenisers take seconds to load in every restarted
process, which would put this test far over its time budget. What is checked
(one transaction per batch, UNIQUE keys) does not depend on which layers.

Ingest is killed with SIGKILL (the whole process group) at least 10 times:
a quarter of the kills at a random moment from the start (startup, reading,
first writes), the others once the run has stored a random number of
articles, so they land mid-ingest whatever the machine's speed. Then it runs
to the end.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

import pytest
from sitrep.corpus.schema import register_functions

N = 2000
KILLS = 10

TEMPLATES = {
    "en": ("{city}: {n} homes without power after {event}",
           "{n} homes in {city} were without power on {day} after {event}, the regional administration said. "
           "Repair crews worked through the night.\n\nOfficials expect supply to return within {h} hours."),
    "ru": ("{city}: {n} домов без света после {event}",
           "В {city} в {day} без электричества остались {n} домов после {event}, сообщила администрация. "
           "Ремонтные бригады работали всю ночь.\n\nСвет обещают вернуть в течение {h} часов."),
    "uk": ("{city}: {n} будинків без світла після {event}",
           "У {city} у {day} без електрики залишилися {n} будинків після {event}, повідомила адміністрація. "
           "Ремонтні бригади працювали всю ніч.\n\nСвітло обіцяють повернути протягом {h} годин."),
}
CITIES = {"en": ["Kharkiv", "Odesa", "Lviv", "Dnipro", "Poltava"], "ru": ["Харькове", "Одессе", "Днепре"],
          "uk": ["Харкові", "Одесі", "Львові", "Полтаві"]}
EVENTS = {"en": ["a storm", "shelling", "a substation fire"], "ru": ["урагана", "обстрела", "пожара"],
          "uk": ["урагану", "обстрілу", "пожежі"]}
DAYS = {"en": ["Monday", "Tuesday", "Friday"], "ru": ["понедельник", "вторник", "пятницу"],
        "uk": ["понеділок", "вівторок", "п'ятницю"]}


def make_records(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n - 40):
        lang = ("en", "ru", "uk")[i % 3]
        title, body = TEMPLATES[lang]
        slots = {"city": rng.choice(CITIES[lang]), "n": 100 + i, "event": rng.choice(EVENTS[lang]),
                 "day": rng.choice(DAYS[lang]), "h": rng.randint(2, 48)}
        out.append({"id": f"a{i}", "title": title.format(**slots), "text": body.format(**slots), "language": lang,
                    "url": f"https://news.example/{lang}/{i}", "published": f"2022-{1 + i % 12:02d}-{1 + i % 28:02d}"})
    for j in range(40):  # the same story at a second outlet
        copy = dict(out[j * 7], id=f"copy{j}", url=f"https://mirror.example/{j}")
        out.append(copy)
    return out


def _ingest_cmd(src, db):
    return [sys.executable, "-m", "sitrep", "ingest", str(src), "--db", str(db), "--workers", "2", "--quiet",
            "--components", "paragraphs.v1,language.v1"]


def _count(db) -> int:
    if not db.exists():
        return 0
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # killed before the schema was committed
        return 0
    finally:
        con.close()


@pytest.fixture(scope="module")
def crashed(tmp_path_factory):
    src = tmp_path_factory.mktemp("crash_src")
    recs = make_records(N)
    for k in range(4):
        part = recs[k::4]
        (src / f"part{k}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part),
                                            encoding="utf-8")
    db = tmp_path_factory.mktemp("crash_db") / "corpus.db"
    rng = random.Random(int(os.environ.get("SITREP_CRASH_SEED", "11")))
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    history = []
    kills = 0
    while kills < KILLS:
        before = _count(db)
        proc = subprocess.Popen(_ingest_cmd(src, db), start_new_session=True, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # Kill at a random moment (a quarter of the kills: 0.05 to 1.5 s after the start,
        # startup included) or once this run has stored a random number of articles (1 to
        # N/20), whichever comes first: random points that do not depend on the machine's speed.
        anywhere = kills % 4 == 0
        deadline = time.monotonic() + (rng.uniform(0.05, 1.5) if anywhere else 60)
        target = before + (N // 20 if anywhere else rng.randint(1, N // 20))
        while proc.poll() is None and time.monotonic() < deadline and _count(db) < target:
            time.sleep(0.01)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            kills += 1
            history.append((before, _count(db)))
        else:
            assert proc.returncode == 0, proc.stderr.read().decode()
            break  # finished before the kill: nothing left to interrupt
    final = subprocess.run(_ingest_cmd(src, db), capture_output=True, text=True, env=env, timeout=120)
    assert final.returncode == 0, final.stderr
    return recs, db, kills, history


def test_killed_at_least_ten_times_mid_ingest(crashed):
    recs, db, kills, history = crashed
    assert kills >= KILLS, f"ingest finished after {kills} kills: make the corpus larger"
    counts = [h[1] for h in history]
    assert counts == sorted(counts)  # nothing committed is ever lost
    assert sum(1 for before, after in history if after < N) >= KILLS, history
    assert sum(1 for before, after in history if before < after < N) >= 5, history


def test_every_article_exactly_once(crashed):
    recs, db, _, _ = crashed
    con = sqlite3.connect(db)
    try:
        ids = Counter(r[0] for r in con.execute("SELECT article_id FROM articles"))
    finally:
        con.close()
    assert sorted(ids) == sorted(r["id"] for r in recs)
    assert set(ids.values()) == {1}


def test_no_partial_article(crashed):
    _, db, _, _ = crashed
    con = sqlite3.connect(db)
    register_functions(con)  # the annotations view unpacks the stored layers
    try:
        stored = {
            (art, layer): n
            for art, layer, n in con.execute("SELECT article, layer, count(*) FROM annotations GROUP BY 1, 2")
        }
        declared = {}
        for art, layers in con.execute("SELECT id, layers FROM articles"):
            for layer, n in json.loads(layers).items():
                if n:
                    declared[(art, layer)] = n
        assert stored == declared
        assert {layer for _, layer in declared} == {"title", "paragraphs", "language"}
        n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert con.execute("SELECT count(*) FROM minhash").fetchone()[0] == n_articles
        # the full-text index holds exactly the stored articles
        con.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        assert con.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'homes OR домов OR будинків'"
                           ).fetchone()[0] == n_articles
    finally:
        con.close()


def test_integrity_and_duplicates(crashed):
    recs, db, _, _ = crashed
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = con.execute("SELECT a.article_id, b.article_id, a.dup_kind FROM articles a JOIN articles b"
                           " ON b.id = a.dup_of WHERE a.dup_kind = 'exact'").fetchall()
    finally:
        con.close()
    # each repeated story is linked to whichever copy was stored first (reading order)
    assert {frozenset(r[:2]) for r in rows} == {frozenset((f"copy{j}", f"a{j * 7}")) for j in range(40)}
