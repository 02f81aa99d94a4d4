""""Сирийская обсерватория по правам человека, которая базируется в Лондоне, сообщила о 20 погибших": the
verb right after the relative clause's closing comma was read as a postposed cue, the topic after it ("о 20
погибших") as its source and the observatory as what was said.  A relative clause set off after the
sentence's opening, with the topic's preposition right after the verb ("о", "про", "about", "on"), makes the
opening the subject, however long."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize("lang, paragraph, expected", [
    ("ru", "Сирийская обсерватория по правам человека, которая базируется в Лондоне, сообщила о 20 погибших с обеих "
           "сторон.",
     ("Сирийская обсерватория по правам человека", "сообщила", "о 20 погибших с обеих сторон")),
    ("uk", "Сирійська обсерваторія з прав людини, яка базується в Лондоні, повідомила про 20 загиблих з обох сторін.",
     ("Сирійська обсерваторія з прав людини", "повідомила", "про 20 загиблих з обох сторін")),
    ("en", "The Syrian Observatory for Human Rights, which is based in Britain, reported on heavy clashes near Idlib.",
     ("The Syrian Observatory for Human Rights", "reported", "on heavy clashes near Idlib")),
])
def test_a_subject_with_a_relative_clause(analyse, lang, paragraph, expected):
    title = {"ru": "Сирия", "uk": "Сирія", "en": "Syria"}[lang]
    assert expected in found(analyse(f"{title}\n\n{paragraph}", lang))

