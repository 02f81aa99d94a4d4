"""The seventh round's ingest paths (docs/performance.md, "Seventh round: ingest", branch
``perf-ingest2``) give what the plain ones gave: incident reports and label items made in the worker
equal those read back from the database, full-text rows inserted at commit find the same articles,
the worker's compressed text is the writer's, and the sparse cross-language alignment scores are the
per-pair formula's."""

from __future__ import annotations

import math
import random

from sitrep.article import Annotation, Article, Published
from sitrep.corpus.codec import pack_json
from sitrep.corpus.schema import connect
from sitrep.corpus.writer import Writer, annotation_rows
from sitrep.stories import align, incidents, label
from sitrep.stories.corroboration import store_story
from sitrep.stories.linker import Linker, _unpack_prepared, full_profile

ATTACK = ("Shelling of Kharkiv\n\nOn 3 March 2022 Russian troops shelled Kharkiv, killing 12 people, the mayor said. "
          "The Russian defence ministry denied that its forces struck the city. "
          "Rescuers worked all night in the northern districts of Kharkiv.")
OUTAGE = ("Power cut in Kharkiv\n\nA power outage left half of Kharkiv without electricity on 4 March 2022, "
          "the regional governor Oleh Syniehubov said. Engineers restored the supply by the evening.")
DENIAL = ("Ministry denies strike\n\nThe ministry denied on 4 March 2022 that Russian troops had shelled Kharkiv, "
          "where 7 people were killed according to the Kharkiv city council.")


def _at(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def _sentences(text: str) -> list[Annotation]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".\n" and i > start:
            if text[start:i].strip():
                s = start + len(text[start:i]) - len(text[start:i].lstrip())
                out.append(Annotation(s, i + (ch == "."), "sentence", "sentences.v1"))
            start = i + 1
    return out


def _article(aid: str, text: str, *, events: bool, day: str = "2022-03-03") -> Article:
    """An article with the layers the end of a run reads (sentences, places, times, actors,
    statements, and with ``events`` an events layer), written for these tests."""
    art = Article(id=aid, text=text, title=text.split("\n", 1)[0], language="en",
                  published=Published(day, "day"), source={"outlet": "Test Wire", "path": f"/news/{aid}.txt"})
    art.add("sentences", _sentences(text))
    k = _at(text, "Kharkiv", 1)
    art.add("places", [
        Annotation(*k, "LOC", "places.v1", 0.9, {"name": "Kharkiv", "geonameid": 706483, "feature_class": "P",
                                                 "resolved": True, "parts": [(k[0], k[1])]}),
        Annotation(*_at(text, "Kharkiv"), "LOC", "places.v1", 0.5, {"name": "Kharkiv", "resolved": False}),
    ])
    d = _at(text, "March 2022")
    art.add("times", [Annotation(d[0] - 2, d[1], "DATE", "times.v1", 1.0, {"value": day})])
    who = "Russian" if "Russian" in text else "governor"
    art.add("actors", [
        Annotation(*_at(text, who), "ORG", "actors.v1", 0.8,
                   {"name": "Russian Armed Forces", "actor": "RUS.MIL", "type": "state"}),
        Annotation(*_at(text, "said" if "said" in text else "according"), "PER", "actors.v1", 0.4,
                   {"name": "spokesman", "anonymous": True}),
    ])
    first = art.layers["sentences"][1]
    art.add("statements", [Annotation(first.start, first.end, "REPORTED", "statements.v1", 0.7,
                                      {"parts": [[first.start, first.end]], "speaker": {"actor": "UKR.GOV.KHA"},
                                       "chain": ["article", "mayor"]})])
    if events:
        s = _at(text, "shelled")
        art.add("events", [Annotation(*s, "attack", "events.v1", 0.8, {
            "date": {"value": day}, "location": {"geonameid": 706483, "name": "Kharkiv"},
            "actor": [{"actor": "RUS.MIL", "country": "RUS"}], "numbers": {"killed": {"value": 12}},
            "modality": "asserted"})])
    return art


def _store(tmp_path, articles: list[Article], prepared: bool) -> tuple:
    con = connect(tmp_path / ("prepared.db" if prepared else "plain.db"), create=True)
    linker = Linker(con)
    writer = Writer(con, linker=linker)
    for i, art in enumerate(articles):
        counts, rows = annotation_rows(art)
        prof = full_profile(art) if prepared else None
        plain = Article(id=art.id, text=art.text, title=art.title, language=art.language,
                        published=art.published, source=art.source)
        if not prepared:  # the profile the linker makes itself, from the article with its layers
            from sitrep.stories.features import profile

            prof = profile(art)
        writer.add_rows(plain, counts, rows, f"h{i}", f"k{i}", None, ["x.v1"], profile=prof)
        writer.commit()
    writer.finish_stories()
    writer.commit()
    return con, linker


def _tables(con) -> dict:
    return {t: con.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
            for t in ("stories", "incidents", "incident_reports", "claims", "story_members")}


def test_reports_and_label_items_made_in_the_worker_are_those_read_back(tmp_path):
    arts = [_article("a1", ATTACK, events=False), _article("a2", OUTAGE, events=False, day="2022-03-04"),
            _article("a3", DENIAL, events=True, day="2022-03-04"), _article("a4", ATTACK, events=True)]
    con, _ = _store(tmp_path, arts, prepared=False)
    n_reports = 0
    for rowid, art in enumerate(arts, 1):
        worker = incidents.prepare(art)
        assert worker == incidents._prepare_stored(con, rowid)
        n_reports += len(worker[1])
        assert (incidents.article_reports(con, rowid, worker) == incidents.article_reports(con, rowid))
        items = label.prepare(art)
        assert items == [it for it in (label.item(layer, a.attrs) for layer in ("actors", "places", "times")
                                       for a in art.layers[layer]) if it is not None]
        assert ("a", "Russian Armed Forces", "a:rus.mil") in items and ("t", art.published.value) in items
        assert full_profile(art).prepared is not None
        assert _unpack_prepared(full_profile(art).prepared) == (worker, items)
    assert n_reports >= 5  # cue sentences (attack, outage, denial) and events
    story = con.execute("SELECT story FROM story_members WHERE article = 1").fetchone()[0]
    got = {a: _unpack_prepared(full_profile(art).prepared) for a, art in enumerate(arts, 1)}
    assert label.label_story(con, story) == label.label_story(con, story, lambda a: got[a][1])
    def of_story() -> tuple[list, list]:
        inc = con.execute("SELECT * FROM incidents WHERE story = ? ORDER BY id", (story,)).fetchall()
        claims = con.execute("SELECT attribute, value, supporting, contradicting, credibility, unz(evidence)"
                             " FROM claims WHERE incident IN (SELECT id FROM incidents WHERE story = ?)"
                             " ORDER BY incident, id", (story,)).fetchall()
        return [r[1:] for r in inc], claims

    before = of_story()
    assert before[0] and before[1]
    store_story(con, story, lambda a: got[a][0])
    assert of_story() == before


def test_a_run_with_worker_profiles_stores_the_same_story_tables(tmp_path):
    arts = [_article("a1", ATTACK, events=False), _article("a2", OUTAGE, events=False, day="2022-03-04"),
            _article("a3", DENIAL, events=True, day="2022-03-04"), _article("a4", ATTACK, events=True)]
    plain, _ = _store(tmp_path, arts, prepared=False)
    fast, linker = _store(tmp_path, arts, prepared=True)
    assert len(linker._prepared) == len(arts)
    want = _tables(plain)
    assert want["incidents"] and want["claims"] and all(r[2] for r in want["stories"])  # labelled
    assert _tables(fast) == want


def test_full_text_rows_are_inserted_at_commit_and_dropped_on_rollback(tmp_path):
    con = connect(tmp_path / "c.db", create=True)
    writer = Writer(con)
    for i, text in enumerate((ATTACK, OUTAGE)):
        art = Article(id=f"a{i}", text=text, title=text.split("\n", 1)[0], language="en")
        writer.add_article(art, f"h{i}", f"k{i}", None, ["x.v1"])
    assert writer._fts and con.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'kharkiv'"
                                       ).fetchone()[0] == 0
    writer.commit()
    assert con.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'electricity'").fetchall() == [(2,)]
    assert [r[0] for r in con.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'kharkiv'"
                                      " ORDER BY rowid")] == [1, 2]
    art = Article(id="a3", text=DENIAL, title="Ministry denies strike", language="en")
    writer.add_article(art, "h3", "k3", None, ["x.v1"])
    writer.rollback()
    assert not writer._fts
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    writer.add_article(Article(id="a4", text=OUTAGE + " Again.", title="x", language="en"), "h4", "k4", None, ["x"])
    writer.commit()
    assert con.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'council'").fetchone()[0] == 0
    assert con.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'again'").fetchall() == [(3,)]


def test_the_workers_compressed_text_is_what_the_writer_stores(tmp_path):
    dbs = []
    for packed in (False, True):
        con = connect(tmp_path / f"t{packed}.db", create=True)
        writer = Writer(con)
        art = Article(id="a", text=ATTACK, title="Shelling of Kharkiv", language="en")
        writer.add_rows(art, {}, [], "h", "k", None, ["x.v1"],
                        packed_text=pack_json(art.text, "text") if packed else None)
        writer.commit()
        dbs.append(con.execute("SELECT text, unz(text) FROM articles").fetchone())
    assert dbs[0] == dbs[1] and dbs[0][1] == ATTACK


def test_cross_language_pair_values_are_the_per_pair_formula():
    rng = random.Random(7)
    keys = [f"k{i}" for i in range(200)] + ["~abc", "#12", "zns"]

    def vector():
        v = {k: rng.random() for k in rng.sample(keys, rng.randint(1, 30))}
        norm = math.sqrt(sum(x * x for x in v.values()))
        return {k: x / norm for k, x in v.items()}

    va, vb = [vector() for _ in range(17)], [vector() for _ in range(23)] + [{"only-here": 1.0}]
    la, lb = [rng.randint(12, 400) for _ in va], [rng.randint(12, 400) for _ in vb]
    total = sum(lb) / sum(la)
    got = align._pair_values(va, vb, la, lb, total)
    for i, x in enumerate(va):
        for j, y in enumerate(vb):
            lex = align.cosine(x, y)
            want = 0.0
            if lex > 0:
                off = abs(math.log(lb[j] / (la[i] * total)))
                want = lex * (1.0 - align.LENGTH_WEIGHT + align.LENGTH_WEIGHT * max(0.0, 1.0 - off / 0.5))
            assert (got[i][j] > 0) == (want > 0)
            assert abs(got[i][j] - want) < 1e-12
    assert all(row[-1] == 0.0 for row in got)  # no shared key: no value
