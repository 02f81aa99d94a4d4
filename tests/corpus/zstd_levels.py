"""zstd levels for the stored layers and texts (docs/performance.md, eighth round: ingest):
`python tests/corpus/zstd_levels.py CORPUS.jsonl N [LEVEL ...]`: the first N articles through the
pipeline, then each level's CPU ms and bytes an article for the payloads `annotation_rows` compresses
(with the shipped dictionaries; best of three) and for the texts."""
import sys, time
import zstandard
from sitrep.article import Article
from sitrep.corpus import codec, ingest as ing, schema
from sitrep.corpus.writer import annotation_rows
from sitrep.pipeline import DEFAULT_COMPONENTS
from sitrep.readers import read_paths
from sitrep.settings import Config
items = [it for it in read_paths([sys.argv[1]]) if isinstance(it, Article)][: int(sys.argv[2])]
levels = [int(x) for x in sys.argv[3:]] or list(range(1, 10))
ing._init_worker(tuple(DEFAULT_COMPONENTS), Config())
payloads, texts = [], []
real = codec.compress
def keep(data, name, delta=False):
    payloads.append((name, data)); return real(data, name, delta)
schema.codec.compress = keep
n = 0
for it in items:
    for a in ing._PIPELINE.pipe([it], on_error=lambda f: None):
        annotation_rows(a); texts.append(a.text.encode()); n += 1
schema.codec.compress = real
dicts = codec.shipped()
def compressor(name, level):
    return zstandard.ZstdCompressor(level=level, dict_data=zstandard.ZstdCompressionDict(dicts.get(name) or dicts[codec.GENERIC]),
                                    write_checksum=False, write_dict_id=True)
def best(work):
    out = []
    for _ in range(3):
        t = time.process_time(); size = work(); out.append(time.process_time() - t)
    return min(out), size
print(f"{n} articles; level, layers CPU ms an article, layers bytes an article, text CPU ms, text bytes")
for level in levels:
    cs = {name: compressor(name, level) for name in {m for m, _ in payloads}}
    lt, ls = best(lambda: sum(len(cs[m].compress(p)) for m, p in payloads))
    ct = compressor("text", level)
    tt, ts = best(lambda: sum(len(ct.compress(x)) for x in texts))
    print(f"{level}\t{1000 * lt / n:.3f}\t{ls / n:.0f}\t{1000 * tt / n:.3f}\t{ts / n:.0f}")
