"""Writer replay, finish split out (docs/performance.md, seventh round): `python tests/corpus/writer_replay.py CAPTURE.pkl DB`
with CAPTURE.pkl from `tests/corpus/writer_bench.py capture`; each checkout's Python (this one makes the worker's
prepared reports and label items when its linker has `full_profile`)."""
import pickle, sys, time, os
from collections import defaultdict
from sitrep.article import Article
from sitrep.corpus.schema import connect
from sitrep.corpus.writer import Writer, annotation_rows
from sitrep.stories import linker as L
cap = pickle.load(open(sys.argv[1], "rb"))
db = sys.argv[2]
full = hasattr(L, "full_profile") and "noprep" not in sys.argv
for suf in ("", "-wal", "-shm"):
    if os.path.exists(db + suf): os.remove(db + suf)
prepared = []
nrep = size = 0
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
print(f"{sys.executable.split('/')[-4]} total {1000*(t2-t0)/n:.2f} ms/article  (add {1000*(t1-t0)/n:.2f}, finish {1000*(t2-t1)/n:.2f}) reports {nrep} prepared pickle {size/n:.0f} B/article")
