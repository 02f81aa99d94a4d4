"""spaCy's stop-word lists read without importing the language packages."""

import importlib
import subprocess
import sys

import pytest

from sitrep.components.stop_words import spacy_stop_words


@pytest.mark.parametrize("code", ["en", "fr", "ru", "uk"])
def test_same_words_as_spacys_module(code):
    module = importlib.import_module(f"spacy.lang.{code}.stop_words")
    assert spacy_stop_words(code) == frozenset(module.STOP_WORDS)
    assert len(spacy_stop_words(code)) > 100


def test_a_language_spacy_lacks_has_none():
    assert spacy_stop_words("zz") == frozenset()


def test_an_english_article_never_compiles_the_french_tokenizer():
    """Importing ``spacy.lang.fr`` costs about 2 s of a process's start (its tokenizer exceptions);
    an English article is analysed without it, with the same places and actors."""
    code = (
        "import sys\n"
        "import sitrep\n"
        "art = sitrep.load()('Izyum retaken\\n\\nRussian forces shelled Kharkiv on Monday, the Ukrainian '\n"
        "                    'army said. President Zelensky visited Izyum.', lang='en')\n"
        "print('|'.join(sorted({p.surface for p in art.layer('places')})), 'spacy.lang.fr' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    places, french = out.stdout.strip().rsplit(" ", 1)
    assert "Kharkiv" in places and "Izyum" in places
    assert french == "False"
