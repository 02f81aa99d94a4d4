"""After a "(Reuters)" dateline, "Le quotidien Le Monde a rapporté …" had Reuters in its chain: the actors
layer read "quotidien" as a coreference to the last outlet named (Reuters), and that mention, longer than
"Monde", was the source's speaker.  A media noun right before an outlet's name (its article between) is
the name's title, no coreference (``actors._outlet_at``; twentieth session)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, text, outlet", [
    ("fr", "Tchad\n\nPARIS, 14 mars (Reuters) - Le quotidien Le Monde a rapporté que l'armée avait quitté la base "
           "de Faya.", "Le Monde"),
    ("en", "Britain\n\nLONDON, May 3 (Reuters) - The newspaper The Guardian reported that the minister would "
           "resign on Friday.", "The Guardian"),
])
def test_an_outlet_named_after_its_title_speaks_for_itself(analyse, lang, text, outlet):
    art = analyse(text, lang)
    chains = [a.attrs["chain"] for a in art.layers["statements"]]
    assert chains and chains[0][1:] == [outlet]


def test_a_later_bare_title_still_corefers(analyse):
    art = analyse("Tchad\n\nPARIS, 14 mars (Reuters) - Le quotidien Le Monde a rapporté que l'armée avait quitté la "
                  "base de Faya. Le quotidien a précisé que le retrait serait achevé en décembre.", "fr")
    chains = [a.attrs["chain"][1:] for a in art.layers["statements"]]
    assert chains == [["Le Monde"], ["Le Monde"]]
