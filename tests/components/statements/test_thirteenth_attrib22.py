"""Issue 13, thirteenth round (branch ``attrib22``): statements with no reporting verb.  A poll or survey
after a sentence-initial "In" ("Dans" in French) is the source of the clause after its comma; the stops of
an initialism do not end a prepositional cue's source ("According to U.N. figures"); a prepositional cue is
never part of another frame's source ("According to the figures published Thursday", "According to the
ministry: “…”"); an opening question reads over titles, initialisms and short quotations and takes a
common-noun agent; in Russian and Ukrainian a document after a sentence-initial preposition is the source
of an impersonal cue ("В заявлении министерства говорится, что …").  On sentences written for the purpose."""

from __future__ import annotations

import pytest

TITLES = {"en": "News", "fr": "Actualités", "ru": "Новости", "uk": "Новини"}


def _standing(analyse, language: str, sentence: str) -> dict[str, dict]:
    """The statements that stand alone (not nested in another), keyed by cue text, with their content."""
    art = analyse(f"{TITLES[language]}\n\n{sentence}", language)
    return {a.attrs["cue"]["text"]: dict(a.attrs, content=" | ".join(art.text[s:e] for s, e in a.attrs["parts"]))
            for a in art.layers["statements"] if a.attrs["cue"] and not a.attrs.get("outer")}


# -- a poll or survey after a sentence-initial "In" ----------------------------------------------------

def test_poll_opening_the_sentence_is_the_source(analyse):
    st = _standing(analyse, "en", "In a new Reuters/Ipsos poll released Monday, 45 percent of Americans backed the "
                                  "ceasefire.")
    assert st["In"]["source"]["text"] == "a new Reuters/Ipsos poll released Monday"
    assert st["In"]["content"] == "45 percent of Americans backed the ceasefire"
    assert "backed" not in st  # (the respondents' verb is inside the poll's content)


def test_the_respondents_verb_stays_nested_in_the_poll(analyse):
    """"In the new survey, 47% say …": the poll is the source of the clause, the share of those polled still
    says its part, as a statement nested in the poll's (the eleventh round's "47% say" kept)."""
    art = analyse("Poll\n\nIn the new survey, 47% say the United States should send more aid to Ukraine.", "en")
    by = {a.attrs["cue"]["text"]: a.attrs for a in art.layers["statements"]}
    assert by["In"]["source"]["text"] == "the new survey" and not by["In"].get("outer")
    assert by["say"]["source"]["text"] == "47%" and by["say"].get("outer")


def test_a_participle_after_the_poll_belongs_to_it(analyse):
    st = _standing(analyse, "en", "In the new Ipsos poll, conducted March 11-13, 40 percent of voters back the deal.")
    assert st["In"]["source"]["text"] == "the new Ipsos poll, conducted March 11-13"
    assert st["In"]["content"] == "40 percent of voters back the deal"


def test_a_named_pollster_keeps_its_verb(analyse):
    """"Democracy Corp found": the pollster speaks, the poll frame gives way."""
    st = _standing(analyse, "en", "In an online poll of 800 voters, Democracy Corp found that most voters oppose "
                                  "the war.")
    assert "In" not in st
    assert st["found"]["source"]["text"] == "Democracy Corp"


@pytest.mark.parametrize("sentence", [
    "In a statement, the ministry condemned the attack on the convoy.",  # no poll: the verb speaks
    "In the hours before the polls closed, the governor visited three towns.",  # "polls" after "before"
    "Clinton led Trump by six points in a CBS News poll last month.",  # closing its clause: measured, left off
])
def test_no_poll_frame(analyse, sentence):
    st = _standing(analyse, "en", sentence)
    assert "In" not in st and "in" not in st


def test_an_english_impersonal_cue_takes_no_document(analyse):
    """The Russian and Ukrainian rule below is not English: "In Kabul the Taliban reportedly …"."""
    art = analyse("News\n\nIn Kabul the Taliban reportedly seized the airport.", "en")
    assert not any((a.attrs["source"] or {}).get("text", "").startswith("Kabul") for a in art.layers["statements"])


def test_french_poll_opening_the_sentence(analyse):
    st = _standing(analyse, "fr", "Dans un sondage Ifop publié lundi, 45 % des Français soutiennent le "
                                  "cessez-le-feu.")
    assert st["Dans"]["source"]["text"] == "un sondage Ifop publié lundi"
    assert st["Dans"]["content"] == "45 % des Français soutiennent le cessez-le-feu"
    st = _standing(analyse, "fr", "Dans un sondage publié lundi, l'institut Ifop estime que la guerre va durer.")
    assert "Dans" not in st
    assert st["estime"]["source"]["text"] == "l'institut Ifop"


# -- the stops of an initialism inside a prepositional cue's source ---------------------------------------

@pytest.mark.parametrize("sentence, cue, source, content", [
    ("According to U.N. figures, 300 civilians were killed in the strikes.", "According to", "U.N. figures",
     "300 civilians were killed in the strikes"),
    ("According to the U.S. military, the strike killed three fighters.", "According to", "the U.S. military",
     "the strike killed three fighters"),
    ("The plane flew 333 hours last year, according to F.A.A. records.", "according to", "F.A.A. records",
     "The plane flew 333 hours last year"),
])
def test_initialism_in_a_prepositional_source(analyse, sentence, cue, source, content):
    st = _standing(analyse, "en", sentence)
    assert st[cue]["source"]["text"] == source
    assert st[cue]["content"] == content


# -- a prepositional cue is never part of another frame's source --------------------------------------------

@pytest.mark.parametrize("language, sentence, cue, source, content", [
    ("en", "According to the casualty figures published Thursday, 40 civilians died in the shelling.",
     "According to", "the casualty figures published Thursday", "40 civilians died in the shelling"),
    ("en", "The shelling killed 40 civilians, according to figures released by the health ministry.",
     "according to", "figures released by the health ministry", "The shelling killed 40 civilians"),
    ("en", "According to the health ministry: “Twelve civilians were killed in the strike.”",
     "According to", "the health ministry", "Twelve civilians were killed in the strike."),
    ("fr", "Selon un bilan publié par le ministère, douze civils ont été tués.",
     "Selon", "un bilan publié par le ministère", "douze civils ont été tués"),
    ("fr", "Selon le ministère : « Douze civils ont été tués dans la frappe. »",
     "Selon", "le ministère", "Douze civils ont été tués dans la frappe."),
    ("fr", "Selon un sondage Ifop publié lundi, 45 % des Français soutiennent le cessez-le-feu.",
     "Selon", "un sondage Ifop publié lundi", "45 % des Français soutiennent le cessez-le-feu"),
])
def test_prepositional_cue_keeps_its_frame(analyse, language, sentence, cue, source, content):
    st = _standing(analyse, language, sentence)
    assert st[cue]["source"]["text"] == source
    assert st[cue]["content"] == content
    assert not any(s["source"] and s["source"]["text"].lower().startswith(cue.lower()) for s in st.values())


# -- an opening question ----------------------------------------------------------------------------------

@pytest.mark.parametrize("language, sentence, cue, content, source", [
    ("en", "Asked on Monday whether Mr. Lavrov would attend the talks, the spokeswoman said no.", "Asked",
     "on Monday whether Mr. Lavrov would attend the talks", None),
    ("en", "Asked whether the U.N. convoy had been hit, the spokesman declined to comment.", "Asked",
     "whether the U.N. convoy had been hit", None),
    ("en", "When asked by a reporter whether the ceasefire would hold, the general said, “We will see.”", "asked",
     "whether the ceasefire would hold", "a reporter"),
    ("en", "Asked by Reuters if the army had “crossed” the border, the minister said no.", "Asked",
     "if the army had “crossed” the border", "Reuters"),
    ("fr", "Interrogé sur l'attaque du convoi de l'O.N.U., le porte-parole a refusé de commenter.", "Interrogé sur",
     "l'attaque du convoi de l'O.N.U", None),
])
def test_opening_question(analyse, language, sentence, cue, content, source):
    st = _standing(analyse, language, sentence)
    assert st[cue]["content"] == content
    assert (st[cue]["source"] or {}).get("text") == source


# -- Russian and Ukrainian: a document before an impersonal cue, "как говорится в" ------------------------

@pytest.mark.parametrize("language, sentence, cue, source, content", [
    ("ru", "В заявлении министерства говорится, что войска отразили атаку.", "говорится", "заявлении министерства",
     "войска отразили атаку"),
    ("ru", "В сообщении Генштаба отмечается, что противник потерял два танка.", "отмечается", "сообщении Генштаба",
     "противник потерял два танка"),
    ("ru", "Как говорится в заявлении министерства, войска отразили атаку.", "Как говорится в",
     "заявлении министерства", "войска отразили атаку"),
    ("ru", "Войска отразили атаку, как говорится в заявлении министерства.", "как говорится в",
     "заявлении министерства", "Войска отразили атаку"),
    ("uk", "У заяві міністерства йдеться, що війська відбили атаку.", "йдеться", "заяві міністерства",
     "війська відбили атаку"),
    ("uk", "У повідомленні Генштабу зазначається, що противник втратив два танки.", "зазначається",
     "повідомленні Генштабу", "противник втратив два танки"),
    ("uk", "Як ідеться в заяві міністерства, війська відбили атаку.", "Як ідеться в", "заяві міністерства",
     "війська відбили атаку"),
    ("uk", "Війська відбили атаку, як йдеться у заяві міністерства.", "як йдеться у", "заяві міністерства",
     "Війська відбили атаку"),
])
def test_document_before_an_impersonal_cue(analyse, language, sentence, cue, source, content):
    st = _standing(analyse, language, sentence)
    assert st[cue]["source"]["text"] == source
    assert st[cue]["content"] == content
