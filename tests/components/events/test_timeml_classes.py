"""The TimeML scorer's treebank-class feature (twenty-first session): a word's most frequent
Universal Dependencies class ("VERB.Fin", "NOUN") reaches words the TimeML training documents
never had."""

from __future__ import annotations

from sitrep.components.events import mentions
from sitrep.components.events.lexicon import lexicon
from sitrep.components.events.scorer import Scorer, read_classes, word_features
from sitrep.eval.timeml_events import Event, EventDoc
from sitrep_tools.events import train, ud_classes


def _found(text: str, lang: str) -> list[str]:
    tok = mentions.tokenise(text, lang)
    return [text[m.start:m.end] for m in mentions.find(tok, lexicon(lang), text)]


def test_the_class_is_a_word_feature_before_the_capital():
    classes = {"bombardé": "VERB.Part"}
    assert word_features("bombardé", True, classes) == ["b", "w=bombardé", "s2=dé", "s3=rdé", "s4=ardé",
                                                        "u=VERB.Part", "cap"]
    assert word_features("gaza", False, classes)[-1] == "u=?"  # a word the table lacks
    assert "u=?" not in word_features("gaza", False)  # no table: no class feature


def test_word_scores_give_the_uncached_floats_with_classes():
    """``Scorer.word_scores`` (the vocabulary's column fill) sums the class weight in the order
    ``word_features`` lists it: the same floats as ``word_score_uncached``."""
    weights = {"b": -1.3, "w=frappe": 0.7, "s2=pe": 0.11, "s3=ppe": -0.2, "s4=appe": 0.05, "u=VERB.Fin": 2.9,
               "u=NOUN": 0.3, "u=?": 0.17, "cap": -0.4}
    sc = Scorer(weights, classes={"frappe": "VERB.Fin", "frappes": "NOUN"})
    words = ["frappe", "frappes", "inconnu", "appe", "pe"]
    assert sc.word_scores(words) == [sc.word_score_uncached(w, False) for w in words]
    assert lexicon("fr").scorer.classes  # the shipped French model was trained with the class table
    assert lexicon("en").scorer.classes is None  # the English one without (no English table)
    for lang in ("fr", "en"):
        shipped = lexicon(lang).scorer
        words = ["attaque", "incendié", "déplore", "bombed", "deplored", "xyzzy", "the", "la", "kyiv"]
        assert shipped.word_scores(words) == [shipped.word_score_uncached(w, False) for w in words]


def test_a_model_without_class_weights_ignores_the_table():
    sc = Scorer({"b": -1.0, "w=strike": 2.0}, classes={"strike": "VERB.Fin"})
    assert sc.classes is None
    assert sc.word_scores(["strike", "talks"]) == [1.0, -1.0]


def test_the_shipped_table_holds_verbs_and_nouns():
    fr = read_classes("fr")
    assert fr["affirme"] == "VERB.Fin" and fr["attaque"] in ("NOUN", "VERB.Fin") and fr["la"] == "DET"
    assert read_classes("en") == {}


def test_ud_classes_reads_verb_forms_and_contractions(tmp_path):
    conllu = tmp_path / "t.conllu"
    conllu.write_text(
        "# text = Les rebelles ont attaqué du matériel.\n"
        "1\tLes\tle\tDET\t_\tDefinite=Def|Number=Plur\t2\tdet\t_\t_\n"
        "2\trebelles\trebelle\tNOUN\t_\tNumber=Plur\t4\tnsubj\t_\t_\n"
        "3\tont\tavoir\tAUX\t_\tMood=Ind|Tense=Pres|VerbForm=Fin\t4\taux\t_\t_\n"
        "4\tattaqué\tattaquer\tVERB\t_\tGender=Masc|Tense=Past|VerbForm=Part\t0\troot\t_\t_\n"
        "5-6\tdu\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "5\tde\tde\tADP\t_\t_\t7\tcase\t_\t_\n"
        "6\tle\tle\tDET\t_\t_\t7\tdet\t_\t_\n"
        "7\tmatériel\tmatériel\tNOUN\t_\t_\t4\tobl\t_\tSpaceAfter=No\n"
        "8\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n\n", encoding="utf-8")
    seen = ud_classes.count([conllu])
    assert seen["les"]["DET"] == 1 and seen["ont"]["AUX.Fin"] == 1 and seen["attaqué"]["VERB.Part"] == 1
    assert seen["du"]["ADP_DET"] == 1 and "de" not in seen  # the contraction, not its parts


def test_training_gives_the_class_its_own_weight():
    """A verb class seen as an event in training scores a verb of that class the training text
    never had as one (what the word and suffix weights alone cannot do)."""
    text = "Ils frappent. Ils pillent. Les gens votent. Les gens parlent."
    doc = EventDoc("t", text, None, [Event(text.index(w), text.index(w) + len(w), f"e{k}", "OCCURRENCE")
                                     for k, w in enumerate(("frappent", "pillent", "votent", "parlent"))])
    classes = {w: "VERB.Fin" for w in ("frappent", "pillent", "votent", "parlent", "fuient")}
    weights = train.perceptron(train.examples([doc] * 3, "fr", classes))
    assert weights["u=VERB.Fin"] > 0
    assert Scorer(weights, classes=classes).score(["ils", "fuient"], 1, False) > 0


def test_french_verbs_the_training_documents_never_had():
    """Verbs absent from the French TimeBank training half ("affirme", "fui", "déplore": no word
    weight) are events through their class; the previous model missed them."""
    w = lexicon("fr").scorer.w
    assert not {"w=affirme", "w=fui", "w=déplore"} & set(w)
    assert "affirme" in _found("Le ministre affirme que la frontière reste fermée.", "fr")
    assert "fui" in _found("Les villageois ont fui lorsque des hommes armés ont incendié leurs maisons.", "fr")
    assert "déplore" in _found("Le ministre a démenti toute implication et déplore les rumeurs.", "fr")
