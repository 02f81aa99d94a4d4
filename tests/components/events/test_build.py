"""The generated lexicons are what their generator writes (ru/uk with pymorphy3; en from PETRARCH2
when ../shared is present)."""

from __future__ import annotations

from sitrep_tools.events import build
from sitrep.components.events.lexicon import lexicon


def test_ru_uk_forms_regenerate_identically():
    for lang in ("ru", "uk"):
        committed = (build.data_dir(lang) / "events_forms.tsv").read_text(encoding="utf-8")
        assert build.forms_text(lang) == committed, f"{lang}: run python -m sitrep_tools.events.build"


def test_petrarch_table_regenerates_identically(shared_data):
    committed = (build.data_dir("en") / "events_petrarch.tsv").read_text(encoding="utf-8")
    assert build.petrarch_text(shared_data / "events") == committed


def test_generated_forms_reach_the_trigger_table():
    ru = lexicon("ru").triggers
    hit = ru.lookup(["обстреляли"], 0)
    assert hit is not None and hit[0].plover == "ASSAULT" and hit[0].mode == "heavy-weapons"
    uk = lexicon("uk").triggers
    assert uk.lookup(["відступили"], 0)[0].plover == "RETREAT"
    en = lexicon("en").triggers
    assert en.lookup(["pulled", "out"], 0) == (en.lookup(["pulled", "out"], 0)[0], 2)
    hit = en.lookup(["forces"], 0)  # a noun the generated table would take for a verb: no event
    assert hit is None or hit[0].plover == "-"


def test_ud_class_table_regenerates_identically(shared_data):
    """The French treebank class table of the TimeML scorer is what its builder writes from ../shared/data/ud."""
    import gzip

    from sitrep.components.events.scorer import classes_path
    from sitrep_tools.events import ud_classes

    committed = gzip.decompress(classes_path("fr").read_bytes()).decode("utf-8")
    assert ud_classes.table_text(shared_data / "ud", "fr") == committed, "run python -m sitrep_tools.events.ud_classes"
