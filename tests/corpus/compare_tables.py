"""`python tests/corpus/compare_tables.py A.db B.db`: every table of two corpus databases, row by row (values as stored,\n`ingested_at` and the FTS shadow tables left out); prints the tables that differ (docs/performance.md, sixth round)."""
import sqlite3, sys, hashlib
a, b = sys.argv[1], sys.argv[2]
def dump(path):
    con = sqlite3.connect(path)
    out = {}
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%' ORDER BY name"):
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({t})") if r[1] != "ingested_at"]
        h = hashlib.sha256(); n = 0
        for row in con.execute(f"SELECT {','.join(repr(c) for c in cols)} FROM {t} ORDER BY {','.join(repr(c) for c in cols[:3])}"):
            h.update(repr(row).encode()); n += 1
        out[t] = (n, h.hexdigest()[:12])
    return out
A, B = dump(a), dump(b)
diff = {t: (A.get(t), B.get(t)) for t in set(A) | set(B) if A.get(t) != B.get(t)}
print("tables", len(A), "differing", diff)
