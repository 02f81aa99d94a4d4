"""A cue inside a relative clause.  "…, according to the United Nations refugee agency, which said it would
deliver food" took the sentence's subject ("Hundreds") as the speaker: a "which" after a comma past the
sentence's opening now speaks for its antecedent among the actors, as "who" does.  A relative clause inside
the subject ("The ministry, which said the attack killed 12 soldiers, has given no further details", "L'armée
malienne, qui a affirmé …, n'a pas donné de bilan") ran its content on into the main clause: it now ends at
the comma that closes the relative clause, when an auxiliary opens the main clause after it (not a list:
"who has insulted women, Mexicans and Muslims")."""

from __future__ import annotations

import pytest

from .conftest import found


def test_which_after_an_actor_speaks_for_it(analyse):
    art = analyse("Sudan\n\nHundreds of families fled the town overnight, according to the United Nations refugee "
                  "agency, which said it would deliver food to the camps.", "en")
    said = [st for st in art.layers["statements"] if st.attrs["cue"]["text"] == "said"]
    assert len(said) == 1 and said[0].attrs["source"]["text"] == "which"
    assert said[0].attrs["speaker"] and said[0].attrs["speaker"]["name"] != "Hundreds"
    assert "Hundreds" not in said[0].attrs["chain"]


@pytest.mark.parametrize("lang, paragraph, expected", [
    ("en", "The ministry, which said the attack killed 12 soldiers, has given no further details.",
     ("The ministry", "said", "the attack killed 12 soldiers")),
    ("en", "The army, which says it targets only militants, was accused of striking the camp twice.",
     ("The army", "says", "it targets only militants")),
    ("fr", "L'armée malienne, qui a affirmé avoir « neutralisé » plusieurs assaillants, n'a pas donné de bilan.",
     ("qui", "a affirmé", "avoir « neutralisé » plusieurs assaillants")),
])
def test_a_relative_clause_in_the_subject_ends_at_its_comma(analyse, lang, paragraph, expected):
    title = {"en": "Mali", "fr": "Mali"}[lang]
    assert expected in found(analyse(f"{title}\n\n{paragraph}", lang))


def test_which_without_a_comma_names_no_one(analyse):
    art = analyse("Advice\n\nShe wrote a column in which she advises readers to vote early.", "en")
    assert all(s != "which" for s, _, _ in found(art))


def test_a_cue_in_the_relative_clause_and_one_after_it(analyse):
    """Both verbs speak: the relative clause's and the main clause's, whose topic follows it ("о своих потерях")."""
    got = found(analyse("Мали\n\nМинистерство обороны, которое заявило об уничтожении двух танков, не сообщило о "
                        "своих потерях.", "ru"))
    assert ("Министерство обороны", "не сообщило", "о своих потерях") in got
    assert any(c == "заявило" and t == "об уничтожении двух танков" for _, c, t in got)


def test_a_list_in_the_relative_clause_stays_whole(analyse):
    got = found(analyse("Campaign\n\nThe candidate, who has insulted women, Mexicans and Muslims in a volatile "
                        "campaign, has won the primary.", "en"))
    assert any(c == "has insulted" and t == "women, Mexicans and Muslims in a volatile campaign" for _, c, t in got)
