"""Issue 13, fourteenth round (branch ``attrib36``): French one-word participles after a noun.

"Les soldats accusés de viol", "le ministre cité par Le Monde": a past participle of a verb of saying or
accusing right after a noun, with no auxiliary among the words before it, is a reduced relative, not a
reporting verb (the ``auxonly`` kind, extended to one-word forms; ``auxverb`` lists the forms of avoir and
être looked for). After an auxiliary, at the start of a sentence and after a comma nothing changes. French has
no gold here: sentences written for the purpose. English has no such entry (its figures are unchanged)."""

from __future__ import annotations

import pytest

from sitrep.components.statements.cues import lexicon


@pytest.mark.parametrize("text,participle", [
    ("Procès\n\nLes soldats accusés de viol ont comparu devant un tribunal militaire.", "accusés"),
    ("Démission\n\nLe ministre cité par Le Monde a démissionné mardi.", "cité"),
    ("Frappes\n\nLes frappes dénoncées par Kiev ont fait dix morts dans la nuit.", "dénoncées"),
    ("Presse\n\nLes déclarations rapportées par la presse ont choqué l'opinion.", "rapportées"),
    ("Démission\n\nLe ministre accusé par l'opposition d'avoir menti a démissionné.", "accusé"),
    ("Bilan\n\nIl a rappelé que les chiffres annoncés par l'armée restaient provisoires.", "annoncés"),
])
def test_a_one_word_participle_after_a_noun_is_no_cue(analyse, by_cue, text, participle):
    cues = by_cue(analyse(text, "fr"))
    assert participle not in cues
    assert not any(c.endswith(" " + participle) for c in cues)


@pytest.mark.parametrize("text,cue,source,content", [
    ("Civils\n\nLe commandant a accusé l'armée d'avoir bombardé des civils.",
     "a accusé", "Le commandant", "l'armée d'avoir bombardé des civils"),
    ("Frontière\n\n« Nous ne reculerons pas », a déclaré le ministre.",
     "a déclaré", "le ministre", "Nous ne reculerons pas"),
    ("Frontière\n\nLe ministre a pour sa part affirmé que l'armée ne reculerait pas.",
     "a pour sa part affirmé", "Le ministre", "l'armée ne reculerait pas"),
    ("Frontière\n\nLe ministre dit que l'armée ne reculera pas.",
     "dit", "Le ministre", "l'armée ne reculera pas"),
    ("Situation\n\nLe porte-parole s'est dit inquiet de la situation.",
     "s'est dit", "Le porte-parole", "inquiet de la situation"),
])
def test_a_participle_after_its_auxiliary_stays_a_cue(analyse, by_cue, text, cue, source, content):
    st = by_cue(analyse(text, "fr"))[cue]
    assert st["source"]["text"] == source
    assert st["content"] == content


@pytest.mark.parametrize("text,cue,content", [
    # an auxiliary a few words before the participle: inversion, locutions in between, an infinitive
    ("Frontière\n\n« Nous ne reculerons pas », a-t-il déclaré.", "déclaré", "Nous ne reculerons pas"),
    ("Frontière\n\nLe ministre a une nouvelle fois affirmé que l'armée ne reculerait pas.", "affirmé",
     "l'armée ne reculerait pas"),
    ("Frontière\n\nLe ministre a par ailleurs indiqué que l'armée ne reculerait pas.", "indiqué",
     "l'armée ne reculerait pas"),
    ("Civils\n\nLe ministre a toujours nié que l'armée ait bombardé des civils.", "nié",
     "l'armée ait bombardé des civils"),
])
def test_an_auxiliary_a_few_words_before_keeps_the_cue(analyse, by_cue, text, cue, content):
    assert by_cue(analyse(text, "fr"))[cue]["content"] == content


def test_the_apposition_after_a_comma_is_as_before(analyse, by_cue):
    # "X, accusé de ...": out of this rule's reach (the comma), kept as it was
    cues = by_cue(analyse("Démission\n\nLe ministre, accusé par l'opposition d'avoir menti, a démissionné.", "fr"))
    assert "accusé" in cues


def test_the_passive_with_its_auxiliary_and_agent_is_as_before(analyse, by_cue):
    st = by_cue(analyse("Mensonge\n\nLe ministre a été accusé par l'opposition d'avoir menti.", "fr"))
    assert "a été accusé par" in st


def test_one_word_auxonly_is_french_only_and_spares_present_forms():
    fr = lexicon("fr")
    assert fr.auxonly.match(["accusés"], 0) == 1 and fr.auxonly.match(["cité"], 0) == 1
    for present in ("dit", "écrit", "critique", "dites", "précise"):
        assert fr.auxonly.match([present], 0) == 0
    assert "ont" in fr.auxverb and "été" in fr.auxverb
    for lang in ("en", "ru", "uk"):
        assert not lexicon(lang).auxonly.by_first and not lexicon(lang).auxverb.by_first
