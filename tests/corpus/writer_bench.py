"""Writer CPU of the corpus database, apart from the pipeline (docs/performance.md, schema 5).

``python tests/corpus/writer_bench.py capture CORPUS.jsonl OUT.pkl``: the pipeline over the corpus in
2 worker processes, as ``sitrep ingest`` runs it, once; what each worker returns is pickled.
``python tests/corpus/writer_bench.py replay OUT.pkl DB [--profile]``: a Writer with the stories
linker stores it in ingest's order and commit rhythm; prints the writer's CPU per article and the
database size after a WAL checkpoint. ``python tests/corpus/writer_bench.py ingest CORPUS.jsonl DB``:
``sitrep ingest --workers 2`` in this process, with the CPU of the writer and of the workers.
Run each checkout's copy with its own Python to compare two.
"""

from __future__ import annotations

import json
import os
import pickle
import resource
import sqlite3
import sys
import time
from concurrent.futures import ProcessPoolExecutor

from sitrep.article import Article
from sitrep.corpus import identity
from sitrep.corpus import ingest as ing
from sitrep.corpus.ingest import Session
from sitrep.corpus.schema import connect
from sitrep.corpus.writer import Writer, annotation_rows
from sitrep.pipeline import DEFAULT_COMPONENTS
from sitrep.readers import read_paths
from sitrep.settings import Config
from sitrep.stories.linker import Linker


def _proc(batch):
    out = []
    for data in batch:
        a = Article.from_dict(data)
        fails = []
        done = list(ing._PIPELINE.pipe([a], on_error=fails.append))
        if done:
            sig = identity.signature(done[0])
            out.append(("ok", done[0].to_dict(), sig, ing._stories_profile(done[0])))
        else:
            f = fails[0]
            out.append(("fail", f.article_id, f.origin, f.reason, f.component))
    return out


def capture(src: str, out: str) -> None:
    names = list(DEFAULT_COMPONENTS)
    items = [it for it in read_paths([src]) if isinstance(it, Article)]
    keys = []
    for it in items:
        ch = identity.content_hash(it)
        keys.append((identity.identity_key(it, ch), ch))
    with ProcessPoolExecutor(2, initializer=ing._init_worker, initargs=(names, Config())) as pool:
        chunks = [[it.to_dict() for it in items[i:i + 16]] for i in range(0, len(items), 16)]
        res = [r for rs in pool.map(_proc, chunks) for r in rs]
    with open(out, "wb") as f:
        pickle.dump({"names": names, "keys": keys, "results": res}, f)
    print(len(res), sum(r[0] == "ok" for r in res))


def _remove(db: str) -> None:
    for suf in ("", "-wal", "-shm"):
        if os.path.exists(db + suf):
            os.remove(db + suf)


def replay(pkl: str, db: str, profile: bool = False) -> None:
    with open(pkl, "rb") as f:
        cap = pickle.load(f)
    _remove(db)
    prepared = []  # the worker's side (not timed): the rows as a worker sends them
    for (key, chash), r in zip(cap["keys"], cap["results"]):
        if r[0] == "ok":
            a = Article.from_dict(r[1])
            counts, rows = annotation_rows(a)
            d = a.to_dict()
            d["layers"] = {}
            prepared.append(("ok", d, r[2], counts, rows, r[3], key, chash))
        else:
            prepared.append(r)
    con = connect(db, create=True)
    w = Writer(con, linker=Linker(con))
    if profile:
        import cProfile
        pr = cProfile.Profile()
        pr.enable()
    t0, w0 = time.process_time(), time.monotonic()
    for i, r in enumerate(prepared):
        if r[0] == "ok":
            _, d, sig, counts, rows, prof, key, chash = r
            w.add_rows(Article.from_dict(d), counts, rows, chash, key, sig, cap["names"], profile=prof)
        else:
            w.add_error(r[2], "pipeline", r[3], component=r[4], article_id=r[1])
        if i % ing.CHUNK == ing.CHUNK - 1:
            w.maybe_commit()
    w.finish_stories()
    w.commit()
    cpu = time.process_time() - t0
    if profile:
        import pstats
        pr.disable()
        pstats.Stats(pr).sort_stats("cumulative").print_stats(35)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    n = sum(1 for r in prepared if r[0] == "ok")
    text = sum(len(r[1]["text"].encode()) for r in prepared if r[0] == "ok")
    size = os.path.getsize(db)
    print(f"articles {n}  writer CPU {cpu:.2f} s = {1000 * cpu / n:.2f} ms/article  wall {time.monotonic() - w0:.1f}s"
          f"  db {size / 1e6:.1f} MB  text {text / 1e6:.2f} MB  ratio {size / text:.1f}x")


def ingest(src: str, db: str) -> None:
    _remove(db)
    rs, ts = resource.getrusage(resource.RUSAGE_SELF), time.monotonic()
    with Session(db, workers=2) as s:
        r0 = resource.getrusage(resource.RUSAGE_SELF)
        t0 = time.monotonic()
        summary = s.run(read_paths([src]), quiet=True)
        r1 = resource.getrusage(resource.RUSAGE_SELF)
        t1 = time.monotonic()
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    r2, t2 = resource.getrusage(resource.RUSAGE_SELF), time.monotonic()
    con = connect(db)  # with the SQL function unz (corpus schema 6 compresses the text)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    unz = "unz(text)" if con.execute("PRAGMA user_version").fetchone()[0] >= 6 else "text"
    text = con.execute(f"SELECT sum(length(CAST({unz} AS BLOB))) FROM articles").fetchone()[0]
    con.close()
    size = os.path.getsize(db)
    wcpu = (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)
    print(json.dumps({
        "added": summary.added, "errors": summary.errors, "rate": round(summary.added / summary.seconds, 1),
        "run_wall_s": round(t1 - t0, 1), "writer_cpu_ms_per_article": round(1000 * wcpu / summary.added, 2),
        "workers_cpu_ms_per_article": round(1000 * (kids.ru_utime + kids.ru_stime) / summary.added, 2),
        # everything, the session's start (pipeline loading, workers) and end included
        "setup_cpu_s": round((r0.ru_utime + r0.ru_stime) - (rs.ru_utime + rs.ru_stime), 2),
        "total_cpu_ms_per_article": round(1000 * ((r2.ru_utime + r2.ru_stime) - (rs.ru_utime + rs.ru_stime)
                                                  + kids.ru_utime + kids.ru_stime) / summary.added, 2),
        "total_wall_s": round(t2 - ts, 1), "total_rate": round(summary.added / (t2 - ts), 1),
        "db_mb": round(size / 1e6, 1), "text_mb": round(text / 1e6, 2), "ratio": round(size / text, 1)}))


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    if cmd == "capture":
        capture(*args)
    elif cmd == "replay":
        replay(args[0], args[1], profile="--profile" in args)
    else:
        ingest(*args)
