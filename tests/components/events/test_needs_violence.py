"""A death alone is no ASSAULT (twenty-third session): "died of pneumonia", an obituary's "who died in
1986", "deaths from the virus" are no PLOVER events, nor a hit or a fight of words ("stocks hit a low",
"a fight for the nomination"); where the sentence names violence (soldiers, clashes, a wound, a weapon)
they stay ASSAULTs, and a death beside another ASSAULT is merged into it."""

from __future__ import annotations

import pytest

from .conftest import events_by_trigger


def _types(events) -> dict[str, str]:
    return {e.attrs["trigger"].lower(): e.label for e in events}


@pytest.mark.parametrize("text, lang, word", [
    ("The boy died of a pneumonia-related infection at the regional hospital on Monday.", "en", "died"),
    ("June Schell, a retired teacher, lived in Lebanon for sixty years. She is the widow of the businessman "
     "Ralph Schell, who died on May 5, 1986. A service will be held on Saturday.", "en", "died"),
    ("Health officials said 103 deaths had been reported from the bird flu virus in Hunan.", "en", "deaths"),
    ("L'ancien maire de Lyon est mort dimanche à l'âge de 91 ans, a annoncé sa famille. Il avait dirigé la ville "
     "pendant vingt ans. Ses obsèques auront lieu mercredi.", "fr", "mort"),
    ("Les autorités sanitaires ont confirmé trois décès liés à la grippe aviaire dans le Nord.", "fr", "décès"),
    ("In Singapore, stocks hit a five-year low on Thursday.", "en", "hit"),
    ("Tourism in the province was badly hit by the cyclone, the minister said.", "en", "hit"),
    ("The senator promised a long fight for the nomination in Iowa.", "en", "fight"),
    ("Poll: Clinton and Trump in dead heat after an attack ad.", "en", "dead"),
    ("The shelling died down by noon, the mayor said.", "en", "died"),
])
def test_a_death_with_no_violence_is_no_event(events_in, text, lang, word):
    assert word not in _types(events_in(text, lang))


@pytest.mark.parametrize("text, lang, word", [
    ("Two Ukrainian soldiers died near Bakhmut on Tuesday, the General Staff said.", "en", "died"),
    ("Two policemen were found dead at a checkpoint run by militants near Arish.", "en", "dead"),
    ("A Russian missile hit a school in Kramatorsk overnight, the governor said.", "en", "hit"),
    ("Volunteers from Georgia fight alongside Ukrainian troops near Bakhmut.", "en", "fight"),
    ("Four civilians died near the front line in Zaporizhzhia overnight.", "en", "died"),
    ("Deux soldats maliens sont morts près de Gao, selon l'armée.", "fr", "morts"),
    ("Trois miliciens sont morts dimanche dans la région de Kidal.", "fr", "morts"),
])
def test_a_death_in_violence_stays_an_assault(events_in, text, lang, word):
    assert _types(events_in(text, lang)).get(word) == "ASSAULT"


@pytest.mark.parametrize("text, lang", [
    ("Four civilians died in clashes between the army and rebels in North Kivu.", "en"),
    ("Three people were dead and twelve wounded in Kharkiv, the governor said.", "en"),
    ("Trois civils sont morts et cinq blessés à Kherson, selon le gouverneur.", "fr"),
])
def test_a_death_in_violence_leaves_an_assault(events_in, text, lang):
    # the death may be merged into the other ASSAULT of its sentence ("clashes", "wounded")
    assert "ASSAULT" in _types(events_in(text, lang)).values()


def test_a_headline_alone_keeps_its_death(events_in):
    # one line says too little to rule violence out ("Ukraine death toll rises to 28: ministry")
    assert _types(events_in("Death toll rises to 28 in the east, the ministry says.", "en")).get("death") == "ASSAULT"


def test_a_death_beside_an_attack_is_the_attack(analyse):
    # (the casualty merge: one ASSAULT, the shelling, with the dead counted on it)
    ev = events_by_trigger(analyse("Russian shelling of Kherson left five people dead on Sunday, officials said.", "en"))
    assert ev["shelling"]["type"] == "ASSAULT"
    assert "dead" not in ev


@pytest.mark.parametrize("text", [
    "The earnings drop is a sign of tough times at the defense unit.",
    "There was no sign of either side shifting its position at the talks in Beijing.",
    "A temporary sign will be put up on the bridge in a couple of weeks.",
    "Supporters were asked to sign up for updates from the campaign.",
])
def test_the_noun_sign_is_no_event(events_in, text):
    assert "SUPPORT" not in {e.label for e in events_in(text, "en")}


def test_signing_stays_an_event(events_in):
    labels = {e.label for e in events_in("Ukraine and Poland will sign a memorandum on grain transit on Friday.", "en")}
    assert labels & {"SUPPORT", "AGREE"}, labels


@pytest.mark.parametrize("text", [
    "The Russians hit nine regions in a day, the regional administrations said.",
    "Two people died when the army hit a residential building in Kherson.",
])
def test_a_hit_on_a_place_or_a_target_stays_an_assault(events_in, text):
    assert _types(events_in(text, "en")).get("hit") == "ASSAULT"
