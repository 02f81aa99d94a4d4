"""Issue 13, twelfth round (branch ``attrib18``): the content of a prepositional cue ("According to X,
CONTENT", "Selon X", "По словам X", "За словами X") runs to the end of its clause over an apposition
between dashes and over a coordinated predicate of the content's own subject; the verb inside it is
nested, not a statement of its own.  A postposed verb naming its own speaker still ends the content.
On sentences written for the purpose."""

from __future__ import annotations

import pytest


def _standing(article) -> dict[str, dict]:
    """The statements that stand alone (not nested in another), keyed by cue text, with their content."""
    return {a.attrs["cue"]["text"]: dict(a.attrs, content=" | ".join(article.text[s:e] for s, e in a.attrs["parts"]))
            for a in article.layers["statements"] if a.attrs["cue"] and not a.attrs.get("outer")}


def test_apposition_between_dashes_stays_in_the_content(analyse):
    art = analyse("Delegates\n\nAccording to the Associated Press, 571 of the 714 superdelegates — a group made up "
                  "of party leaders — supported Clinton, with less than 100 still uncommitted.", "en")
    st = _standing(art)
    assert st["According to"]["source"]["text"] == "the Associated Press"
    assert st["According to"]["content"].startswith("571 of the 714 superdelegates")
    assert "supported Clinton" in st["According to"]["content"]
    assert "supported" not in st  # (no statement of the Associated Press's own "supported")


def test_coordinated_predicate_with_a_pronoun_subject(analyse):
    art = analyse("Floods\n\nAccording to the report, the mayor visited the flooded district, and he promised new "
                  "dikes before the winter.", "en")
    st = _standing(art)
    assert st["According to"]["content"] == ("the mayor visited the flooded district, and he promised new dikes "
                                             "before the winter")
    assert "promised" not in st


def test_a_postposed_speaker_still_ends_the_clause(analyse):
    """"…, officials said": the verb names its own speaker after it and keeps its statement."""
    art = analyse("Chase\n\nAccording to police, the man fled the building, officials said on Monday.", "en")
    st = _standing(art)
    assert st["said"]["source"]["text"] == "officials"
    assert st["said"]["content"].endswith("the man fled the building")


@pytest.mark.parametrize("language, text, cue, verb", [
    ("fr", "Selon le ministère, le maire a visité le quartier inondé, et il a promis de nouvelles digues avant "
           "l'hiver.", "Selon", "a promis"),
    ("ru", "По словам губернатора, мэр посетил затопленный район — самый пострадавший в области — и пообещал "
           "построить новые дамбы.", "По словам", "пообещал"),
    ("uk", "За словами губернатора, мер відвідав затоплений район — найбільш постраждалий в області — і "
           "пообіцяв збудувати нові дамби.", "За словами", "пообіцяв"),
])
def test_the_same_extent_in_other_languages(analyse, language, text, cue, verb):
    """The coordinated verb is the mayor's, not the governor's: no statement credits it to the source."""
    art = analyse(f"Новости\n\n{text}" if language != "fr" else f"Inondations\n\n{text}", language)
    st = _standing(art)
    assert verb in st[cue]["content"] and st[cue]["content"].rstrip(".").endswith(text.rstrip(".")[-12:])
    assert verb not in st
