"""Dump what users get from a corpus database, to compare two sitreps (or two storage layouts).

Usage: ``python tests/corpus/compare_outputs.py CORPUS.db OUT.json`` with each sitrep's own
Python (its ``sitrep`` command beside it), then ``python tests/corpus/compare_outputs.py --diff
A.json B.json``. Dumped: a hash of every stored article read back (``read.load(...).to_dict()``),
``show`` (JSON and text) of a few articles, searches with text, place, actor and layer filters
(tokens, sentences, entities), ``stats``, and every ``export --format jsonl`` table (hashed,
``ingested_at`` left out: it is the time of the run).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

QUERIES = [["Trump"], ["Moscow"], ["Украина"], ["police", "--lang", "en"], ["", "--place", "Ukraine"],
           ["", "--actor", "Donald Trump"], ["", "--layer", "tokens=NOUN", "--limit", "5"],
           ["", "--layer", "sentences=sentence", "--limit", "3"], ["", "--layer", "entities=PER", "--limit", "5"],
           ["", "--place", "Kyiv"], ["election", "--since", "2016-01", "--until", "2017-12"]]


def dump(db: str) -> dict:
    from sitrep.corpus.read import load
    from sitrep.corpus.schema import connect

    sitrep = str(Path(sys.executable).with_name("sitrep"))

    def run(*args):
        p = subprocess.run([sitrep, *args, "--db", db], capture_output=True, text=True)
        return p.returncode, p.stdout

    res: dict = {}
    con = connect(db, readonly=True)
    ids = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id")]
    h = hashlib.sha256()
    for i in ids:
        h.update(json.dumps(load(con, i).to_dict(), sort_keys=True, ensure_ascii=False).encode())
    res["load_all"] = h.hexdigest()
    for i in ids[:40:7]:
        res[f"show {i} json"] = run("show", str(i), "--format", "json")
        res[f"show {i} text"] = run("show", str(i))
    for q in QUERIES:
        res["search " + " ".join(q)] = run("search", *q, "--json")
    res["stats"] = run("stats", "--json")
    with tempfile.TemporaryDirectory() as tmp:
        run("export", "--format", "jsonl", "--out", tmp)
        for f in sorted(os.listdir(tmp)):
            lines = []
            for line in open(os.path.join(tmp, f), encoding="utf-8"):
                if f.endswith(".jsonl"):
                    r = json.loads(line)
                    r.pop("ingested_at", None)
                    lines.append(json.dumps(r, sort_keys=True, ensure_ascii=False))
                else:
                    lines.append(line)
            res["export " + f] = hashlib.sha256("\n".join(lines).encode()).hexdigest() + f" {len(lines)} lines"
    return res


def diff(a: dict, b: dict) -> list[str]:
    return [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]


if __name__ == "__main__":
    if sys.argv[1] == "--diff":
        a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[2:4])
        keys = diff(a, b)
        print(f"{len(a)} outputs compared; {len(keys)} differ" + "".join(f"\n  {k}" for k in keys))
        sys.exit(1 if keys else 0)
    Path(sys.argv[2]).write_text(json.dumps(dump(sys.argv[1]), indent=1, ensure_ascii=False), encoding="utf-8")
