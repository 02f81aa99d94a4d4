"""`python tests/corpus/compare_tables.py A.db B.db [--decoded]`: every table of two corpus databases, row by row (values as
stored, `ingested_at` and the FTS shadow tables left out); prints the tables that differ (docs/performance.md, sixth
round). `--decoded`: compressed values (schema 6's zstd columns) compared decompressed, for two databases written at
different zstd levels (nineteenth session)."""
import sqlite3, sys, hashlib
import zstandard
from sitrep.corpus.codec import ZSTD, ZSTD_DELTA, Decoder
a, b = sys.argv[1], sys.argv[2]
decoded = "--decoded" in sys.argv[3:]
def dump(path):
    con = sqlite3.connect(path)
    dec = Decoder.of(con)
    def value(v):
        if decoded and isinstance(v, bytes) and v[:1] in (ZSTD, ZSTD_DELTA):
            try:
                return v[:1] + dec.bytes(v)
            except zstandard.ZstdError:  # a BLOB that is not compressed JSON (a MinHash signature)
                pass
        return v
    out = {}
    for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%' ORDER BY name"):
        # double quotes: a single-quoted name in a result column is a string literal (before the nineteenth
        # session this script compared the column names, so only the row counts)
        cols = ['"%s"' % r[1] for r in con.execute(f"PRAGMA table_info({t})") if r[1] != "ingested_at"]
        h = hashlib.sha256(); n = 0
        for row in con.execute(f"SELECT {','.join(cols)} FROM {t} ORDER BY {','.join(cols[:3])}"):
            h.update(repr(tuple(map(value, row))).encode()); n += 1
        out[t] = (n, h.hexdigest()[:12])
    return out
A, B = dump(a), dump(b)
diff = {t: (A.get(t), B.get(t)) for t in set(A) | set(B) if A.get(t) != B.get(t)}
print("tables", len(A), "differing", diff)
