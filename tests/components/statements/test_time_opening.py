"""A time expression opening the sentence before "SUBJECT VERB X" is no content of that verb:
the statement reads forwards, X is what was said (noticed on French news: "Le 21 septembre 2022,
la Russie a annoncé une mobilisation partielle" gave the date as the content)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,text,cue,source,content", [
    ("fr", "Mobilisation\n\nLe 21 septembre 2022, la Russie a annoncé une mobilisation partielle de ses réservistes.",
     "a annoncé", "la Russie", "une mobilisation partielle de ses réservistes"),
    ("fr", "Retrait\n\nLe samedi 10 septembre, le ministère de la Défense a annoncé le retrait des troupes de la ville.",
     "a annoncé", "le ministère de la Défense", "le retrait des troupes de la ville"),
    ("en", "Mobilisation\n\nOn September 21, 2022, the Kremlin announced a partial mobilisation of its reservists.",
     "announced", "the Kremlin", "a partial mobilisation of its reservists"),
    ("ru", "Мобилизация\n\n21 сентября 2022 года, Министерство обороны объявило о частичной мобилизации резервистов.",
     "объявило", "Министерство обороны", "о частичной мобилизации резервистов"),
    ("uk", "Мобілізація\n\n21 вересня 2022 року, Міністерство оборони заявило про часткову мобілізацію резервістів.",
     "заявило", "Міністерство оборони", "про часткову мобілізацію резервістів"),
])
def test_opening_date_is_no_content(analyse, by_cue, lang, text, cue, source, content):
    st = by_cue(analyse(text, lang))[cue]
    assert st["source"]["text"] == source
    assert st["content"] == content


def test_a_clause_before_the_comma_is_still_the_content(analyse, by_cue):
    """Only a time expression is kept out: a real clause before "…, X said" stays the content."""
    text = "Guerre\n\nLes troupes se sont retirées de la ville, a annoncé le ministère de la Défense."
    st = by_cue(analyse(text, "fr"))["a annoncé"]
    assert st["content"] == "Les troupes se sont retirées de la ville"
    assert st["source"]["text"] == "le ministère de la Défense"


@pytest.mark.parametrize("lang,text,cue,source,content_start", [
    ("en", "History\n\nIn 1911, she added, the collector began his long career in the business.",
     "added", "she", "In 1911"),
    ("ru", "Новости\n\nВ субботу, отмечает BBC, адвокат обвиняемой женщины покинул страну.",
     "отмечает", "BBC", "В субботу"),
])
def test_a_date_inside_the_reported_words_stays_in_the_content(analyse, by_cue, lang, text, cue, source, content_start):
    """With the cue as an incise ("In 1911, she added, …", "В субботу, отмечает BBC, …") the date is
    part of what was said."""
    st = by_cue(analyse(text, lang))[cue]
    assert st["source"]["text"] == source
    assert st["content"].startswith(content_start)
