"""Worker steps after the pipeline and the transfer, CPU ms an article (docs/performance.md, seventh round):
`python tests/corpus/ingest_steps.py CORPUS.jsonl N`, the first N articles, one at a time as a worker runs them."""
import json, sys, time, pickle
from collections import defaultdict
from sitrep.article import Article
from sitrep.corpus import identity, ingest as ing
from sitrep.corpus.codec import pack_json
from sitrep.corpus.writer import annotation_rows
from sitrep.pipeline import DEFAULT_COMPONENTS
from sitrep.readers import read_paths
from sitrep.settings import Config
from sitrep.stories import features, incidents, label
from sitrep.stories.linker import _pack_prepared
items = [it for it in read_paths([sys.argv[1]]) if isinstance(it, Article)][: int(sys.argv[2])]
ing._init_worker(tuple(DEFAULT_COMPONENTS), Config()); ing._warm_up(ing._PIPELINE)
pt = time.process_time
T = defaultdict(float); n = 0
for it in items:
    d = it.to_dict()
    t = pt(); a = Article.from_dict(d); done = list(ing._PIPELINE.pipe([a], on_error=lambda f: None)); T["pipeline"] += pt() - t
    if not done: continue
    a = done[0]; n += 1
    t = pt(); sig = identity.signature(a); T["signature"] += pt() - t
    t = pt(); counts, rows = annotation_rows(a); T["annotation_rows"] += pt() - t
    t = pt(); prof = features.profile(a); T["features.profile"] += pt() - t
    t = pt(); prep = (incidents.prepare(a), label.prepare(a)); T["prepare reports+labels"] += pt() - t
    t = pt(); prof.prepared = _pack_prepared(prep); T["pack prepared"] += pt() - t
    t = pt(); data = ing._without_layers(a); T["without_layers"] += pt() - t
    t = pt(); txt = pack_json(a.text, "text"); T["pack text"] += pt() - t
    res = ("ok", data, sig, counts, rows, prof, txt)
    t = pt(); b = pickle.dumps(res, protocol=pickle.HIGHEST_PROTOCOL); T["pickle result"] += pt() - t
    T["bytes"] += len(b)
    t = pt(); r = pickle.loads(b); T["unpickle (parent)"] += pt() - t
    t = pt(); Article.from_dict(r[1]); T["from_dict (parent)"] += pt() - t
print(n, json.dumps({k: round(1000 * v / n, 3) for k, v in T.items()}, indent=1))
