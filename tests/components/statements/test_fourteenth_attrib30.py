"""A found cue, the wrong content: fourteenth attribution round (issue 13, branch ``attrib30``), on sentences
written for the purpose."""

from __future__ import annotations

import pytest

from .conftest import found as _found


@pytest.mark.parametrize("lang,text,cue,content", [
    # a quotation of several sentences, its postposed frame, then "according to": the prepositional content is
    # the whole quotation and its frame, not the frame and the quotation's last sentence
    ("en", "“We will respond to this. Nothing will stop us,” the minister said, according to RIA Novosti.",
     "according to", "“We will respond to this. Nothing will stop us,” the minister said"),
    ("en", "The talks failed. “There has been a drip of declarations. When does it stop?” the judge said at a "
     "hearing, according to the Post.",
     "according to", "“There has been a drip of declarations. When does it stop?” the judge said at a hearing"),
    ("fr", "« Nous allons répondre. Rien ne nous arrêtera », a déclaré le ministre, selon l'agence RIA Novosti.",
     "selon", "« Nous allons répondre. Rien ne nous arrêtera », a déclaré le ministre"),
    ("ru", "«Мы ответим. Ничто нас не остановит», — заявил министр, по словам агентства РИА Новости.",
     "по словам", "«Мы ответим. Ничто нас не остановит», — заявил министр"),
    ("uk", "«Ми відповімо. Ніщо нас не зупинить», — заявив міністр, за даними агентства.",
     "за даними", "«Ми відповімо. Ніщо нас не зупинить», — заявив міністр"),
])
def test_according_to_after_a_quotation_and_its_frame(analyse, lang, text, cue, content):
    found = _found(analyse("Talks\n\n" + text, lang))
    assert any(c == cue and f == content for _s, c, f in found), found


def test_according_to_after_a_clause_of_its_own_keeps_the_clause(analyse):
    # "Kasich said he would have fired him" is a statement of its own: the quotation before is no part of it
    text = ("Talks\n\n“This is a sad development. It has no place in a campaign,” Cruz told reporters. Kasich said he "
            "would have fired the manager, according to press reports.")
    found = _found(analyse(text, "en"))
    prep = [f for _s, c, f in found if c == "according to"]
    assert prep and all("sad development" not in f for f in prep), found
