from __future__ import annotations

from sitrep.readers import read_paths
from sitrep.pipeline import default_pipeline


NYT = "The New York Times"


def _seed(seed_path, by_cue):
    article = next(iter(read_paths([seed_path])))
    default_pipeline()(article)
    return article, by_cue(article)


def test_seed_relayed_statements(seed_path, by_cue):
    article, st = _seed(seed_path, by_cue)
    title = st["a déclaré"]
    assert title["content"].startswith("Kiev et Washington ont")
    assert title["source"]["text"] == "un responsable américain"
    assert title["channel"] == "au journal"
    assert title["chain"] == ["article", NYT, "Anonymous American officials"]
    assert title["anonymous"] is True and title["direct"] is False
    anon = st["ont déclaré"]
    assert anon["source"]["text"] == "de hauts responsables américains anonymes"
    assert anon["chain"] == ["article", NYT, "Anonymous American officials"]
    assert st["a rapporté"]["chain"] == ["article", NYT]
    assert st["affirme"]["speaker"]["actor"] == "nyt"
    assert st["a indiqué"]["speaker"]["actor"] == "nyt"


def test_seed_named_speakers(seed_path, by_cue):
    article, st = _seed(seed_path, by_cue)
    assert st["a annoncé"]["speaker"]["actor"] == "RUS.MOD"
    assert st["a annoncé"]["chain"] == ["article", "Ministry of Defence of Russia"]
    # "a-t-il ajouté": the pronoun resolves to the ministry
    assert st["ajouté"]["source"]["text"] == "il"
    assert st["ajouté"]["speaker"]["actor"] == "RUS.MOD"
    assert st["a célébré"]["speaker"]["actor"] == "zelensky"
    assert st["a célébré"]["content"] == "la retraite russe comme une victoire"
    nyt = st["a souligné"]
    assert nyt["direct"] is True and nyt["speaker"]["actor"] == "nyt"
    assert nyt["content"].startswith("il n’est pas encore clair")
    assert st["a mis en garde"]["speaker"]["actor"] == "RUS.GOV"
    assert st["insiste"]["speaker"]["actor"] == "UKR.GOV"
    assert st["insiste"]["channel"] is None
    assert st["a depuis admis"]["speaker"]["actor"] == "poroshenko"


def test_seed_offsets_are_the_content(seed_path, by_cue):
    article, _ = _seed(seed_path, by_cue)
    for ann in article.layers["statements"]:
        assert ann.producer == "statements.v1"
        assert 0 < ann.confidence <= 1
        for key in ("source", "cue"):
            span = ann.attrs[key]
            if span:
                assert article.text[span["start"]:span["end"]] == span["text"]


def test_seed_opening_adverbials_are_never_sources(seed_path, by_cue):
    """"Samedi, le ministère ... a annoncé X, affirmant que Y" and "En février 2022, le Kremlin a
    reconnu X et a exigé que Y": the second verb shares the first one's subject."""
    article, _ = _seed(seed_path, by_cue)
    speakers = {}
    for ann in article.layers["statements"]:
        cue = ann.attrs["cue"]["text"]
        assert ann.attrs["chain"][-1] not in ("Samedi", "En"), cue
        speakers.setdefault(cue, []).append((ann.attrs["speaker"] or {}).get("actor"))
    assert speakers["affirmant"] == ["RUS.MOD", "RUS.GOV"]
    assert speakers["a exigé"] == speakers["a reconnu"] and speakers["a reconnu"][0]
