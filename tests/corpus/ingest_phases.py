"""Writer replay with CPU per phase (docs/performance.md, sixth and seventh rounds):
`python tests/corpus/ingest_phases.py CAPTURE.pkl DB [noprep] [nophases]` with CAPTURE.pkl from
`tests/corpus/writer_bench.py capture`; run each checkout's copy with its own Python. Where the linker has
`full_profile` (seventh round on), the worker's prepared reports and label items are made first, as the
worker does (`noprep`: not); `nophases`: no per-phase timers (they add their own cost)."""
import pickle, sys, time, os
from collections import defaultdict
from sitrep.article import Article
from sitrep.corpus import ingest as ing
from sitrep.corpus.schema import connect
from sitrep.corpus.writer import Writer, annotation_rows
from sitrep.stories import linker as L, corroboration as C, label as LB, reuse as R, incidents as I
T = defaultdict(float)
full = hasattr(L, "full_profile") and "noprep" not in sys.argv
def wrap(obj, name, key):
    if "nophases" in sys.argv: return
    f = getattr(obj, name)
    def g(*a, **k):
        t = time.process_time()
        try: return f(*a, **k)
        finally: T[key] += time.process_time() - t
    setattr(obj, name, g)
wrap(L.Linker, "add", "linker.add")
wrap(L.Linker, "_reuse", "linker._reuse")
wrap(L.Linker, "_story", "linker._story")
wrap(L.Linker, "flush", "linker.flush")
wrap(L.reuse, "compare", "reuse.compare")
wrap(L, "store_story", "x") if hasattr(L, "store_story") else None
wrap(C, "store_story", "finish.store_story")
wrap(I, "article_reports", "finish.article_reports")
wrap(LB, "label_story", "finish.label_story")
wrap(Writer, "_duplicate_of", "writer._duplicate_of")
wrap(Writer, "commit", "writer.commit")
cap = pickle.load(open(sys.argv[1], "rb"))
db = sys.argv[2]
for suf in ("", "-wal", "-shm"):
    if os.path.exists(db + suf): os.remove(db + suf)
prepared = []
size = 0
for (key, chash), r in zip(cap["keys"], cap["results"]):
    a = Article.from_dict(r[1]); counts, rows = annotation_rows(a)
    prof = r[3]
    if full:
        prof = L.full_profile(a); size += len(pickle.dumps(prof.prepared))
    d = a.to_dict(); d["layers"] = {}
    prepared.append((d, r[2], counts, rows, prof, key, chash))
con = connect(db, create=True)
w = Writer(con, linker=L.Linker(con))
t0 = time.process_time()
for i, (d, sig, counts, rows, prof, key, chash) in enumerate(prepared):
    w.add_rows(Article.from_dict(d), counts, rows, chash, key, sig, cap["names"], profile=prof)
    if i % 16 == 15: w.maybe_commit()
t1 = time.process_time()
w.finish_stories(); w.commit()
t2 = time.process_time()
n = len(prepared)
print(f"total {1000*(t2-t0)/n:.2f} ms/article  (add {1000*(t1-t0)/n:.2f}, finish {1000*(t2-t1)/n:.2f})"
      + (f"  prepared pickle {size/n:.0f} B/article" if full else ""))
for k in sorted(T): print(f"  {k:28s} {1000*T[k]/n:.3f}")
