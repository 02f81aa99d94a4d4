"""A wire dateline opening a paragraph ("KHARTOUM, 4 juin (Reuters) - ") is no part of the first
sentence's statement: a French inverted cue after it found its source in the content ("Des frappes
aériennes de l'armée soudanaise ont tué ..., ont indiqué des secouristes" was a statement of the army
whose content was the rescuers), or found none; English contents began with the dateline."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize("lang, paragraph, expected", [
    ("fr", "KHARTOUM, 4 juin (Reuters) - Des frappes aériennes de l'armée soudanaise ont tué au moins 20 civils "
           "dans le sud de Khartoum, ont indiqué des secouristes bénévoles.",
     ("des secouristes bénévoles", "ont indiqué",
      "Des frappes aériennes de l'armée soudanaise ont tué au moins 20 civils dans le sud de Khartoum")),
    ("fr", "BAMAKO, 3 mars (AFP) - Les combats ont fait dix morts, a indiqué l'ONU.",
     ("l'ONU", "a indiqué", "Les combats ont fait dix morts")),
    ("en", "KHARTOUM, June 4 (Reuters) - Air strikes killed at least 20 civilians in southern Khartoum, "
           "volunteer rescuers said.",
     ("volunteer rescuers", "said", "Air strikes killed at least 20 civilians in southern Khartoum")),
    ("en", "WASHINGTON — The Pentagon will send more air defence systems to Ukraine, officials said on Tuesday.",
     ("officials", "said", "The Pentagon will send more air defence systems to Ukraine")),
])
def test_the_dateline_is_left_out(analyse, lang, paragraph, expected):
    title = {"fr": "Combats au Soudan", "en": "Fighting in Sudan"}[lang]
    assert expected in found(analyse(f"{title}\n\n{paragraph}", lang))
