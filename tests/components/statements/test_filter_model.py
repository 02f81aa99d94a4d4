"""The learnt statement filter of ``statements.v1`` (issue 13, tenth round, branch ``attrib10``): each
English statement gets a probability of being an attribution, those below the model's threshold are
dropped; on sentences written for the purpose."""

from __future__ import annotations

import math

import pytest

from sitrep.components.statements import filter_model


@pytest.fixture
def filter_off():
    """The statements component with no filter (the rules alone), restored afterwards."""
    filter_model._override["en"] = None
    yield
    filter_model._override.pop("en", None)


def _cues(article) -> list[str]:
    return [s.attrs["cue"]["text"] for s in article.layers["statements"]]


@pytest.mark.parametrize("text,cue", [
    ("Politics\n\nThe bill to raise the minimum wage was gaining support in the Senate on Tuesday.", "support"),
    ("Politics\n\nThe governor won the election that year with rural support, but she trails far behind this year.",
     "support"),
    ("Politics\n\nThis piece first appeared on a regional news site.", "appeared"),
])
def test_a_false_attribution_is_dropped(analyse, text, cue, request):
    """"was gaining support", "with rural support", "first appeared on": the rules read a reporting
    frame there; the filter gives it a low probability and drops it."""
    article = analyse(text, "en")
    assert cue not in _cues(article)
    request.getfixturevalue("filter_off")
    assert cue in _cues(analyse(text, "en"))  # (the rules alone make it)


@pytest.mark.parametrize("text,cue,source", [
    ("Politics\n\nThe agency reported that 40 people had died in the floods.", "reported", "The agency"),
    ("Politics\n\nThe ministry confirmed on Friday that two soldiers had been wounded.", "confirmed", "The ministry"),
])
def test_a_real_attribution_is_kept_with_its_probability(analyse, text, cue, source):
    """A cue the model scores ("reported", "confirmed" are no safe words): kept, its probability in
    ``attribution``; a probability below the rules' confidence lowers it to their mean."""
    (st,) = analyse(text, "en").layers["statements"]
    assert st.attrs["cue"]["text"] == cue and st.attrs["source"]["text"] == source
    p = st.attrs["attribution"]
    assert filter_model.model("en").threshold <= p <= 1
    assert st.confidence == round(min(0.55, (0.55 + p) / 2), 2)  # (the rules' 0.55: indirect, no speaker)


def test_a_safe_cue_word_is_not_scored(analyse):
    """"warned": a cue word whose train statements the model never came near dropping is not scored
    (it keeps the rules' confidence)."""
    assert "warned" in filter_model.model("en").safe
    (st,) = analyse("Politics\n\nSenator Maria Lopez warned that the bridge would close next week.", "en").layers["statements"]
    assert "attribution" not in st.attrs


@pytest.mark.parametrize("lang,text", [
    ("fr", "Politique\n\nLe projet de loi gagnait du soutien au Sénat, a déclaré le ministre de l'Intérieur."),
    ("ru", "Политика\n\nЗаконопроект получил поддержку в Сенате, заявил министр внутренних дел."),
    ("uk", "Політика\n\nЗаконопроєкт отримав підтримку в Сенаті, заявив міністр внутрішніх справ."),
])
def test_french_russian_ukrainian_are_untouched(analyse, lang, text, request):
    """No model file for fr/ru/uk: the rules alone, statements identical with and without the filter."""
    assert filter_model.model(lang) is None
    on = analyse(text, lang)
    assert on.layers["statements"] and all("attribution" not in s.attrs for s in on.layers["statements"])
    request.getfixturevalue("filter_off")
    off = analyse(text, lang)
    assert [(s.start, s.end, s.confidence, s.attrs) for s in on.layers["statements"]] == \
        [(s.start, s.end, s.confidence, s.attrs) for s in off.layers["statements"]]


def test_a_nested_statement_whose_outer_one_is_dropped_is_no_longer_nested():
    items = [
        {"cue": {"start": 0, "end": 5}, "outer": None, "nested": [[10, 14]], "attribution": 0.1},
        {"cue": {"start": 10, "end": 14}, "outer": [0, 5], "nested": [], "attribution": 0.05},
        {"cue": {"start": 30, "end": 34}, "outer": None, "nested": []},
    ]
    kept = filter_model.apply(filter_model.FilterModel("en", {}, 0.0, 0.3), items)
    # the outer one is dropped; the nested one is never dropped (PolNeAR annotates no nested statement)
    assert [it["cue"]["start"] for it in kept] == [10, 30]
    assert kept[0]["outer"] is None


@pytest.mark.parametrize("text,message", [
    ("threshold\t0.3\nbias\t0.1\nweight\tk=verb\t0.5\n", "filter_model.tsv line 3"),
    ("threshold\t1.5\nbias\t0.1\n", "filter_model.tsv line 1"),
    ("threshold\t0.3\nw\tk=verb\tx\n", "filter_model.tsv line 2"),
    ("threshold\t0.3\nw\tk=verb\t0.5\n", "filter_model.tsv: no bias or threshold line"),
])
def test_a_bad_model_file_is_refused_with_one_line(text, message):
    with pytest.raises(filter_model.FilterModelError, match=message) as err:
        filter_model.read(text, "en")
    assert "\n" not in str(err.value)


def test_write_and_read_round_trip():
    m = filter_model.FilterModel("en", {"cl=plans": -1.5, "kd=verb|i": 0.25, "quote": 0.5}, 0.2, 0.3,
                                 frozenset({"said"}))
    again = filter_model.read(filter_model.write(m, "test model"), "en")
    assert again == m


def test_the_fast_scorer_equals_the_sum_of_the_named_weights(analyse):
    """:meth:`FilterModel.probability` over ``(group, value)`` pairs (per-group tables) equals the
    logistic of the bias plus the weights of the features' names, on the shipped model."""
    m = filter_model.model("en")
    seen = []
    orig = filter_model.score

    def check(model_, scored):
        for _item, f in scored:
            a = model_.probability(f)
            b = model_.probability_of_names(filter_model.names(f))
            assert math.isclose(a, b, rel_tol=1e-12)
            seen.append(f)
        return orig(model_, scored)
    filter_model.score = check
    try:
        analyse("Politics\n\nThe agency reported that 40 people had died. Mr. Obama revised his withdrawal "
                "plans in October. The bill was gaining support in the Senate. Mr. Lee's plan, as described "
                "by the ministry, \"would fail\", he said.", "en")
    finally:
        filter_model.score = orig
    assert len(seen) >= 2 and m is filter_model.model("en")
    assert any(g == "kd" and isinstance(v, tuple) for f in seen for g, v in f)


def test_the_trainer_learns_which_statements_are_attributions():
    """The trainer on a written toy set: statements of "plans" with a noun-phrase source are no
    attributions, those of "reported" are; "reported" comes near the threshold too often to be safe."""
    from sitrep_tools.statements.filter_train import safe_words, train

    pos = (0, ["k=verb", "cl=reported", "s=np"], {"match": 1, "cue": 1, "speaker": 1})
    neg = (0, ["k=verb", "cl=plans", "s=np"], {"match": 0, "cue": 0, "speaker": 0})
    said = (0, ["k=verb", "cl=said", "s=actor:person"], {"match": 1, "cue": 1, "speaker": 1})
    m = train([pos] * 20 + [neg] * 20 + [said] * 30 + [(0, ["k=verb", "cl=reported", "s=actor:person"],
                                                      {"match": 0, "cue": 0, "speaker": 0})] * 5, "match", 0.3, 1.0)
    assert m.probability_of_names(neg[1]) < 0.3 < m.probability_of_names(pos[1])
    assert "said" in m.safe and "plans" not in m.safe
    assert safe_words(m, [neg[1]] * 5) == frozenset()
