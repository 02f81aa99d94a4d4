"""The stories linker's postings look-ups, one query per term against one statement for all
(docs/performance.md, eighth round: ingest): `python tests/corpus/postings_sql.py CORPUS.db`, 400
look-ups of 25 random terms each, as `Linker._reuse` makes them (the latest 40 articles of each term)."""
import random, sqlite3, sys, time
con = sqlite3.connect(sys.argv[1])
terms = [t for (t,) in con.execute("SELECT term FROM story_postings GROUP BY term")]
random.seed(1)
queries = [random.sample(terms, 25) for _ in range(400)]
ONE = "SELECT article FROM story_postings WHERE term = ? ORDER BY article DESC LIMIT ?"
ALL = " UNION ALL ".join(f"SELECT {i}, article FROM ({ONE})" for i in range(25)) + " ORDER BY 1, 2 DESC"
for _ in range(2):
    t = time.process_time()
    per_term = [[a for term in q for (a,) in con.execute(ONE, (term, 40))] for q in queries]
    t1 = time.process_time() - t
    t = time.process_time()
    together = [[r[1] for r in con.execute(ALL, [x for term in q for x in (term, 40)])] for q in queries]
    t2 = time.process_time() - t
    print(f"per term {1000 * t1 / 400:.3f} ms, one statement {1000 * t2 / 400:.3f} ms a look-up; same {per_term == together}")
