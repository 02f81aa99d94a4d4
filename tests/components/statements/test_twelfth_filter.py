"""Issue 13, twelfth round (branch ``attrib16``): the statement filter reads the content's first and
last words and whether it is a clause (``c0``, ``cz``, ``fin``), and its trainer has a pooled K-fold
cross-validation (``filter_train cv --folds K``).  On sentences written for the purpose."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from sitrep.components.statements import filter_model
from sitrep_tools.statements import filter_train

NEW = ("c0", "cz", "fin")


def _scored(analyse, text: str) -> dict[str, list]:
    """``{cue text: features}`` of the statements the shipped filter scores in ``text``."""
    seen: dict[str, list] = {}
    orig = filter_model.score

    def record(model_, scored):
        for item, f in scored:
            seen[item["cue"]["text"]] = f
        return orig(model_, scored)
    filter_model.score = record
    try:
        analyse(text, "en")
    finally:
        filter_model.score = orig
    return seen


@pytest.mark.parametrize("clause,obj,cue,last", [
    ("The company announced that it would build a new factory in Ohio.",
     "The company announced a new factory in Ohio on Monday.", "announced", "ohio"),
    ("The senator proposed that the tax should be cut next year.",
     "The senator proposed a new tax on sugar last year.", "proposed", "year"),
])
def test_a_clause_content_reads_as_one_and_weighs_for_the_statement(analyse, clause, obj, cue, last):
    """"announced that it would build ..." holds a clause (an auxiliary among its first words), "announced
    a new factory" an object: ``fin`` tells them apart, with the content's first and last words; the shipped
    model's clause weight raises the probability of the clause reading."""
    m = filter_model.model("en")
    # (the shipped model with no safe cue word, so that both readings are scored whatever words the
    # rebuilt model counts as safe: "announced" is one since the thirteenth round)
    filter_model._override["en"] = dataclasses.replace(m, safe=frozenset())
    try:
        fc = _scored(analyse, "Business\n\n" + clause)[cue]
        fo = _scored(analyse, "Business\n\n" + obj)[cue]
    finally:
        filter_model._override.pop("en", None)
    assert ("fin", "1") in fc and ("fin", "0") in fo
    assert ("c0", "a") in fo and ("cz", last) in fc
    assert m.probability(fc) > m.probability(fo)
    without = [x for x in fc if x[0] != "fin"]
    assert m.probability(fc) > m.probability(without)  # (the clause flag itself counts for the statement)


def test_the_shipped_model_weighs_the_content_words_and_names_its_command():
    m = filter_model.model("en")
    groups = {name.partition("=")[0] for name in m.weights}
    assert set(NEW) <= groups
    assert m.threshold == 0.38
    text = (filter_train.SHIPPED).read_text(encoding="utf-8")
    assert "filter_train build CACHE --threshold 0.38 --target match --l2 5.0 --safe-rate 0.05" in text.split("\n", 2)[1]


def _rows():
    """Articles prepared like a cache (upstream layers, gold statements written by hand): four with a real
    attribution, four with a reading the rules make where there is none."""
    from sitrep.article import Article
    from sitrep.pipeline import Pipeline
    from sitrep_tools.statements.cache import UPSTREAM

    pipe = Pipeline.from_names(UPSTREAM)
    texts = [
        ("The agency reported that 40 people had died in the floods.", "reported", "40 people had died in the floods"),
        ("The bill to raise the minimum wage was gaining support in the Senate on Tuesday.", None, None),
        ("The ministry confirmed that two soldiers had been wounded near the border.", "confirmed",
         "two soldiers had been wounded near the border"),
        ("This piece first appeared on a regional news site.", None, None),
        ("The mayor announced that the bridge would close for repairs in May.", "announced",
         "the bridge would close for repairs in May"),
        ("Mr. Obama revised his withdrawal plans in October.", None, None),
        ("The police reported that three men had been arrested after the match.", "reported",
         "three men had been arrested after the match"),
        ("The governor won the election that year with rural support.", None, None),
    ]
    rows = []
    for k, (sentence, cue, content) in enumerate(texts):
        text = "News\n\n" + sentence
        article = Article(id=f"a{k}", text=text, title="News")
        pipe(article)
        gold = []
        if cue is not None:
            c0, s0 = text.index(cue), text.index(content)
            gold.append({"cue": [(c0, c0 + len(cue))], "source": [(8, c0 - 1)],
                         "content": [(s0, s0 + len(content))]})
        rows.append((f"a{k}", article, gold))
    return rows


def test_kfold_scores_every_file_once_and_pools_the_counts():
    """Each file is held out exactly once: the rules-alone row equals the score of all files, and every
    row counts each gold statement once (TP + FN)."""
    from sitrep_tools.statements.cache import score

    rows = _rows()
    filter_model._override["en"] = None
    try:
        alone = score(rows)
    finally:
        filter_model._override.pop("en", None)
    out = filter_train.kfold(rows, [0.3, 0.5], "match", 1.0, 0.05, k=2)
    assert [r["threshold"] for r in out] == [None, 0.3, 0.5]
    assert (out[0]["tp"], out[0]["fp"], out[0]["fn"]) == (alone["tp"], alone["fp"], alone["fn"])
    assert alone["tp"] == 4
    assert all(r["tp"] + r["fn"] == 4 and r["folds"] == 2 for r in out)
    assert filter_model.model("en") is not None and "en" not in filter_model._override  # (restored)


def test_a_bad_fold_count_is_one_line(tmp_path, capsys):
    cache = tmp_path / "toy.pkl"
    cache.write_bytes(pickle.dumps(_rows()[:3]))
    assert filter_train.main(["cv", str(cache), "--folds", "4", "--thresholds", "0.3"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"{cache}: --folds must be between 2 and the number of files (3), not 4"
