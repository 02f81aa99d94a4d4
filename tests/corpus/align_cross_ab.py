"""Cross-language sentence alignment, ref against this checkout (docs/performance.md, seventh round):
`python tests/corpus/align_cross_ab.py [REF_CHECKOUT]`: 40 en / (fr, ru) document pairs of /work/briefs/c2k.jsonl, alternating."""
import json, time, importlib.util, sys
from sitrep.stories import align, features
spec = importlib.util.spec_from_file_location("sitrep.stories.align_ref", (sys.argv[1] if len(sys.argv) > 1 else "/work/ref-r7") + "/src/sitrep/stories/align.py")
ref = importlib.util.module_from_spec(spec); sys.modules[spec.name] = ref; spec.loader.exec_module(ref)
arts = [json.loads(l) for l in open("/work/briefs/c2k.jsonl")]
en = [a for a in arts if a.get("language") == "en"][:40]
ru = [a for a in arts if a.get("language") in ("ru", "fr")][:40]
pairs = [(a["text"], b["text"]) for a, b in zip(en, ru)]
idf = lambda k: 1.0 + (hash(k) % 7) / 3
for mod in (ref, align, ref, align):
    t = time.process_time(); outs = []
    for x, y in pairs:
        outs.append([p.to_list() for p in mod.align_cross_language(x, features.split_sentences(x), y, features.split_sentences(y), idf)])
    print(mod.__name__, round(1000 * (time.process_time() - t) / len(pairs), 2), "ms/pair", sum(map(len, outs)))
    if mod is ref: r = outs
    else: print("same", r == outs)
