"""The executor-side functions of the story stages (sitrep.spark.stories), without Spark.

The Spark tests compare whole runs with `sitrep ingest`; these check the parts a run on this
small input does not reach: a gap in the article numbers (an article the job could not store)
and the numbering of incidents and claims over stories.
"""

from __future__ import annotations

from pathlib import Path

from sitrep.readers import read_paths
from sitrep.settings import Config
from sitrep.spark import stories
from sitrep.spark.tables import ART, OK, run_pipeline

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "sitrep" / "examples" / "corpus"
SHORT = ["paragraphs.v1", "language.v1", "sentences.v1"]


def _records(names: list[str]) -> list[tuple[int, tuple]]:
    from sitrep.corpus import identity

    arts = [a for a in read_paths([str(EXAMPLES / n) for n in names], Config())]
    recs = []
    for i, a in enumerate(arts):
        chash = identity.content_hash(a)
        recs.append((ART, (0, i), identity.identity_key(a, chash), chash, a.to_dict()))
    done = [r for r in run_pipeline(recs, SHORT, Config()) if r[0] == OK]
    assert len(done) == len(names)
    return [stories.compact((i + 1, (None, None, None), r)) for i, r in enumerate(done)]


def test_link_pass_keeps_numbers_across_a_gap():
    # the wire story, its copy, and a story about something else; number 2 is missing
    recs = _records(["16_en_wire_russia_regrouping.json", "17_en_wire_copy_pullback.json",
                     "02_ru_belgorod_obstrel.json"])
    recs = [(1, recs[0][1]), (3, recs[1][1]), (4, recs[2][1])]
    out = list(stories.link_pass(recs, SHORT))
    assert not [r for r in out if r[0] == "errors"]
    members = {r[2][0]: r[2][1] for r in out if r[0] == "story_members"}
    assert sorted(members) == [1, 3, 4]  # the placeholder holding number 2 is in no story
    links = [r[2] for r in out if r[0] == "reuse_links"]
    assert any({l[1], l[2]} == {1, 3} for l in links), links  # the copy found its original across the gap
    assert members[1] == members[3] != members[4]
    assert not [r for r in out if r[0] in stories.PER_STORY]  # incidents: the per-story stage


def test_incidents_and_claims_numbered_in_story_order():
    # per-story numbers (1, 2, ... within each story) -> corpus numbers in story order
    counts = [(3, (1, 2)), (7, (2, 1)), (9, (1, 1))]
    offsets = dict(stories._offsets(counts))
    assert offsets == {3: (0, 0), 7: (1, 2), 9: (3, 3)}
    assert stories._renumber((7, (("incidents", (2, 7, "attack")), offsets[7]))) == ("incidents", (3, 7, "attack"))
    assert stories._renumber((7, (("incident_reports", (2, 41, 0, 10)), offsets[7]))) == (
        "incident_reports", (3, 41, 0, 10))
    assert stories._renumber((9, (("claims", (1, 1, "killed", "7")), offsets[9]))) == (
        "claims", (4, 4, "killed", "7"))
