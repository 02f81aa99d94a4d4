"""`python tests/corpus/ingest_worker_ab.py CORPUS.jsonl [REF_CHECKOUT]` (docs/performance.md, sixth round).

Worker side after the pipeline, one article at a time as a worker runs it: ref-r6's steps
(datasketch MinHash as before, annotation_rows as before, to_dict then layers dropped) against this
branch's (identity.signature, annotation_rows, _without_layers), alternating order per article;
outputs compared."""
import json, sys, time
from datasketch import MinHash
from sitrep.article import Article, SpanLayer
from sitrep.corpus import codec, identity, ingest as ing
import sitrep.corpus.schema as S, sitrep.corpus.writer as W
from sitrep.corpus.writer import annotation_rows
from sitrep.pipeline import DEFAULT_COMPONENTS
from sitrep.readers import read_paths
from sitrep.settings import Config

REF = sys.argv[2] if len(sys.argv) > 2 else "/work/ref-r6"  # the checkout whose pack_layer and annotation_rows are 'ref'
ns = {"json": json, "codec": codec, "SpanLayer": SpanLayer, "DELTA_LAYERS": S.DELTA_LAYERS, "_json": W._json, "Article": Article}
def grab(path, name):
    src = open(path).read(); i = src.index(f"def {name}("); return src[i:src.index("\n\n\n", i)]
exec(grab(REF + "/src/sitrep/corpus/schema.py", "pack_layer"), ns)
exec(grab(REF + "/src/sitrep/corpus/writer.py", "annotation_rows"), ns)
old_rows = ns["annotation_rows"]

def old_sig(article):
    sh = identity.shingles(identity.body(article))
    if len(sh) < identity.MIN_SHINGLES:
        return None
    mh = MinHash(num_perm=64, seed=1); mh.update_batch(list(sh))
    return mh.hashvalues.astype("<u8").tobytes()

def old(a):
    sig = old_sig(a); rows = old_rows(a); d = a.to_dict(); d["layers"] = {}; return sig, rows, d
def new(a):
    return identity.signature(a), annotation_rows(a), ing._without_layers(a)

items = [it for it in read_paths([sys.argv[1]]) if isinstance(it, Article)]
ing._init_worker(tuple(DEFAULT_COMPONENTS), Config()); ing._warm_up(ing._PIPELINE)
pt = time.process_time
T = {"ref": 0.0, "branch": 0.0}; same = 0; n = 0
for i, it in enumerate(items):
    done = list(ing._PIPELINE.pipe([it], on_error=lambda f: None))
    if not done: continue
    a = done[0]; n += 1
    order = [("ref", old), ("branch", new)] if i % 2 else [("branch", new), ("ref", old)]
    out = {}
    for name, f in order:
        # the old to_dict makes the tokens' annotations: measure each on a fresh copy of the layers
        saved = dict(a.layers)
        for k, v in saved.items():
            if isinstance(v, SpanLayer) and v.packed() is not None:
                a.layers[k] = SpanLayer(*v.packed())
        t = pt(); out[name] = f(a); T[name] += pt() - t
        a.layers = saved
    same += out["ref"] == out["branch"]
print(json.dumps({"articles": n, "identical": same, **{k: round(1000 * v / n, 3) for k, v in T.items()}}))
