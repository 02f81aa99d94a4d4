"""The learnt cue tagger of ``statements.v1`` (issue 13, ninth round, branch ``attrib8``): cue words
no lexicon entry knows, proposed in context by a model learnt on PolNeAR train, on sentences
written for the purpose."""

from __future__ import annotations

import math

import pytest

from sitrep.components.statements import cue_model
from sitrep.components.statements.cues import lexicon, tokens


@pytest.mark.parametrize("text,cue,source,content", [
    ("Politics\n\nMr. Johnson is optimistic that the talks will succeed.",
     "is optimistic", "Mr. Johnson", "the talks will succeed"),
    ("Politics\n\nSenator Maria Lopez is upbeat about the prospects of the bill.",
     "is upbeat", "Senator Maria Lopez", "about the prospects of the bill"),
    ("Politics\n\nHarris worries that voters will stay home in November.",
     "worries", "Harris", "voters will stay home in November"),
])
def test_a_stance_the_lexicon_lacks_is_found(analyse, by_cue, text, cue, source, content):
    """"optimistic", "upbeat", "worries" are in no cue lexicon: the tagger proposes them from their
    context (a named subject before, "that" or "about" after) and the frames find source and content."""
    for word in cue.split():
        assert not lexicon("en").verbs.match([word], 0)
    st = by_cue(analyse(text, "en"))[cue]
    assert st["source"]["text"] == source
    assert st["content"] == content
    assert st["learnt_cue"] is True


def test_a_learnt_cue_is_less_confident(analyse):
    article = analyse("Politics\n\nHarris worries that voters will stay home in November.", "en")
    (st,) = article.layers["statements"]
    assert st.attrs["learnt_cue"] and st.confidence < 0.7


@pytest.mark.parametrize("text", [
    "Politics\n\nThe fear in the village grew overnight after the floods.",
    "Politics\n\nThe criticism of the plan appeared in several newspapers.",
    "Politics\n\nThe museum lists its opening hours on a board by the door.",
    "Politics\n\nVisitors saw the old castle from the bridge on Sunday.",
])
def test_a_plain_noun_or_verb_of_the_vocabulary_is_no_cue(analyse, text):
    """"fear", "criticism", "lists", "saw" are vocabulary words of the model, but here no one
    holds a stance or says anything: no statement."""
    article = analyse(text, "en")
    assert any(t[2] in cue_model.model("en").vocab for t in tokens(text))
    assert article.layers["statements"] == []


@pytest.mark.parametrize("text,word", [
    ("Politics\n\nThe Miami relatives filed a federal lawsuit to overturn the decision.", "filed"),
    ("Politics\n\nSenator Maria Lopez scolded the firefighters in a short ceremony.", "scolded"),
])
def test_a_learnt_cue_with_an_object_and_no_said_content_is_no_statement(analyse, text, word):
    """A learnt cue speaks of something said or held ("that ...", "about ...", a quotation, a
    postposed content), not of the object of an action: "filed a federal lawsuit" is no statement
    (PolNeAR annotates such actions; read on c2k news, they are no attribution)."""
    assert word in cue_model.model("en").vocab
    assert not any(a.attrs.get("learnt_cue") for a in analyse(text, "en").layers["statements"])


def test_languages_without_a_model_keep_the_rules(analyse):
    assert cue_model.model("fr") is None and cue_model.model("ru") is None and cue_model.model("uk") is None
    article = analyse("Politique\n\nLe sénateur Paul Martin est optimiste quant à l'issue des négociations.", "fr")
    assert not any(a.attrs.get("learnt_cue") for a in article.layers["statements"])


def test_logit_is_the_sum_of_the_feature_weights():
    """The fast scorer adds the same weights as the feature strings the model was trained on."""
    m, lex = cue_model.model("en"), lexicon("en")
    text = ("Mr. Johnson is optimistic that the talks will succeed, but critics were skeptical about the "
            "timing. \"We are upbeat,\" an aide said: the senator worries about the vote and sees little hope.")
    toks = tokens(text)
    forms = [t[2] for t in toks]
    seen = 0
    for i, f in enumerate(forms):
        if f in m.vocab:
            p = m.probability(cue_model.features(text, toks, forms, i, lex))
            assert math.isclose(p, 1 / (1 + math.exp(-cue_model.logit(m, text, toks, forms, i, lex))), rel_tol=1e-9)
            seen += 1
    assert seen >= 3


def test_a_bad_model_file_names_the_line():
    with pytest.raises(cue_model.CueModelError, match="cue_model.tsv line 2"):
        cue_model.read("threshold\t0.6\nweight\tw=fear\tx\n", "en")


def test_write_and_read_round_trip():
    m = cue_model.CueModel("en", frozenset({"fear"}), {"w=fear": 1.25, "next3=comp": 0.5}, -0.5, 0.6)
    again = cue_model.read(cue_model.write(m, "test model"), "en")
    assert again == m
    assert math.isclose(again.cut, math.log(0.6 / 0.4))


def test_fit_learns_which_context_makes_a_cue():
    """The trainer's logistic regression on a written toy set: "that" after the word makes a cue."""
    from sitrep_tools.statements.cue_train import fit

    xs = [["w=fear", "next3=comp"]] * 20 + [["w=fear", "-1w=the"]] * 20
    ys = [1] * 20 + [0] * 20
    weights, bias = fit(xs, ys, min_feat=1)
    m = cue_model.CueModel("en", frozenset({"fear"}), weights, bias, 0.5)
    assert m.probability(["w=fear", "next3=comp"]) > 0.8
    assert m.probability(["w=fear", "-1w=the"]) < 0.2
