"""Twenty-third session, second wave: the words of the tune half of plover_news25 (rejections voted
or turned down, strikes that walk off the job, joint investigations, quantities of tents and blankets,
French marches, confiscations and troops brought home, Russian / Ukrainian entry bans and troops
pulled together, Ukrainian cooperation strengthened) and three readings of common words that c2k
showed wrong: aid workers, agencies and groups give no AID event, "help" with a bare verb is no AID,
ru "потребует времени" (will take time) is no REQUEST. The sentences are written for these tests;
each case but the guards failed before the round."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, sentence, label", [
    # REJECT: a proposal voted down or a request turned down
    ("en", "Peru's Congress voted down a bill that would have extended the state of emergency in Lima.", "REJECT"),
    ("en", "The government of Kiribati turned down an offer from Beijing to build a new airstrip.", "REJECT"),
    # PROTEST strike: workers walking off the job
    ("en", "Nurses at the main hospital in Port Louis walked off the job on Tuesday over unpaid overtime.",
     "PROTEST"),
    # COOPERATE: a joint investigation (as joint operations), not ACCUSE investigate
    ("en", "Estonia and Latvia opened a joint criminal investigation into the damage to an undersea cable.",
     "COOPERATE"),
    # AID: a quantity of tents or blankets is relief goods, as of food
    ("en", "Turkey shipped 30 tonnes of blankets to Kabul as temperatures fell below freezing.", "AID"),
    # fr: the verb "défiler" is marching (not the noun: a fashion show, a military parade)
    ("fr", "Des milliers d'étudiants ont défilé jeudi à Antananarivo contre les coupures d'électricité.", "PROTEST"),
    ("fr", "La police a confisqué les passeports de trois journalistes étrangers à l'aéroport de Kinshasa.",
     "COERCE"),
    ("fr", "L'Italie a rapatrié ses soldats du Niger après la fin de la mission de formation.", "RETREAT"),
    # ru / uk: an entry ban is a sanction; ru: troops pulled together are mobilised (not the uk twin
    # "стягнути війська": a held-out sentence's word in plover_news23)
    ("ru", "Эстония ввела запрет на въезд для двадцати белорусских чиновников.", "SANCTION"),
    ("uk", "Латвія запровадила заборону на в'їзд для російських пропагандистів.", "SANCTION"),
    ("ru", "Азербайджан стянул войска к границе с Арменией, сообщает Минобороны Армении.", "MOBILIZE"),
    # uk: strengthening, deepening cooperation
    ("uk", "Прикордонники України та Молдови посилили співпрацю у боротьбі з контрабандою.", "COOPERATE"),
])
def test_tune_words(events_in, lang, sentence, label):
    assert label in [e.label for e in events_in(sentence, lang)]


@pytest.mark.parametrize("lang, sentence, label", [
    # aid workers, agencies and groups are people and bodies, no aid given
    ("en", "Two aid workers were killed when their vehicle hit a landmine in South Sudan.", "AID"),
    ("en", "Aid agencies warned on Monday that the camps could run out of water within a week.", "AID"),
    # ru: "will take time" is no request
    ("ru", "Восстановление разрушенной плотины потребует времени, заявил министр.", "REQUEST"),
])
def test_common_words_read_as_no_event(events_in, lang, sentence, label):
    assert label not in [e.label for e in events_in(sentence, lang)]


@pytest.mark.parametrize("sentence", [
    "China's investment in Laos helped pull millions of farmers out of poverty, the minister said.",
    "The European Union will help Greece fulfill its obligations under the bailout agreement.",
])
def test_help_with_a_bare_verb_is_no_event(events_in, sentence):
    # no aid given (main coded AID, or AGREE for the future, at "helped" / "help")
    assert not [e for e in events_in(sentence, "en") if e.attrs["trigger"].lower().startswith("help")]


def test_help_to_build_stays_aid(events_in):
    # guard: helping a country build or pay for something is often aid
    assert "AID" in [e.label for e in events_in("Germany helped Namibia build a desalination plant near Swakopmund.", "en")]


@pytest.mark.parametrize("lang, sentence, label", [
    # guards: aid itself, a request with its object
    ("en", "Japan sent emergency aid to the Philippines after the typhoon.", "AID"),
    ("ru", "Москва потребовала от Кишинева объяснений.", "REQUEST"),
])
def test_guards_keep_their_events(events_in, lang, sentence, label):
    assert label in [e.label for e in events_in(sentence, lang)]


def test_a_parade_is_no_protest(events_in):
    # guard: only the verb's forms are triggers, the noun "défilé" (a parade) is none
    labels = [e.label for e in events_in("Le défilé militaire du 14 juillet a réuni des milliers de spectateurs.",
                                         "fr")]
    assert "PROTEST" not in labels
