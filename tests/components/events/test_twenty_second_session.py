"""Twenty-second session, from the brief's known errors and the tune half of
``tests/data/events/plover_news22.jsonl``: an event word inside an organisation's name is no trigger
(``_org_spans``: the entities layer's ORG spans and the actors layer's organisation names; not in a
headline, not a lower-case word inside an English name); an exchange of prisoners is RETREAT release,
as the PLOVER codebook says (``events_lemmas.tsv``, ru / uk). Guards pass on main and after."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(events_in):
    return events_in


def _labels(events) -> list[tuple[str, str]]:
    return [(e.label, e.attrs["trigger"]) for e in events]


# ------------------------------------------------------------------ an event word in an organisation's name

@pytest.mark.parametrize("lang, sentence, gone, kept", [
    ("fr", "Des membres de l'Organisation de libération de la Palestine ont rencontré des diplomates norvégiens à Oslo.",
     "libération", "rencontré"),
    ("fr", "Le Front de libération nationale kanak et socialiste a appelé au boycott du scrutin à Nouméa.",
     "libération", "appelé"),
    ("fr", "L'Armée de libération nationale a enlevé deux soldats dans le département d'Arauca, selon Bogota.",
     "libération", "enlevé"),
    ("en", "Fighters of the Popular Mobilization Forces clashed with militants near Baiji, Iraqi officials said.",
     "Mobilization", "clashed"),
    ("en", "The UN Assistance Mission in Iraq said rockets had hit a camp near Erbil.", "Assistance", "hit"),
])
def test_an_event_word_inside_an_organisation_name_is_no_trigger(run, lang, sentence, gone, kept):
    found = [t for _l, t in _labels(run(sentence, lang))]
    assert gone not in found and kept in found, found


@pytest.mark.parametrize("lang, sentence, trigger", [
    # a Title Case headline: the entities layer's ORG spans there are capitalised words, not names
    ("en", "Blast Injures Three in Abkhazia", "Blast"),
    # an event outside the name stays
    ("en", "The Palestine Liberation Organization condemned the raid on Jenin.", "condemned"),
    ("ru", "Организация освобождения Палестины обвинила Израиль в срыве перемирия.", "обвинила"),
])
def test_guards_events_outside_names_and_in_headlines_stay(run, lang, sentence, trigger):
    assert trigger in [t for _l, t in _labels(run(sentence, lang))]


# ------------------------------------------------------------------ an exchange of prisoners is RETREAT

@pytest.mark.parametrize("lang, sentence, trigger", [
    ("ru", "Новости\n\nАрмения и Азербайджан обменялись пленными на границе.", "обменялись пленными"),
    ("ru", "Новости\n\nВ пятницу состоялся обмен военнопленными между Россией и Украиной.", "обмен военнопленными"),
    ("uk", "Новини\n\nУкраїна та Росія обмінялися полоненими за посередництва ОАЕ.", "обмінялися полоненими"),
])
def test_an_exchange_of_prisoners_is_a_release(run, lang, sentence, trigger):
    ev = next(e for e in run(sentence, lang) if e.attrs["trigger"] == trigger)
    assert (ev.label, ev.attrs["mode"]) == ("RETREAT", "release")


# ------------------------------------------------------------------ wordings of the tune half (language data)

@pytest.mark.parametrize("lang, sentence, label, trigger", [
    ("en", "Kenya pulled its officers out of the Haiti mission after a court ruling.", "RETREAT",
     "pulled its officers out of"),
    ("en", "Azerbaijan moved 3,000 soldiers to the Armenian border, Yerevan said.", "MOBILIZE", "moved 3,000 soldiers"),
    ("fr", "Londres a gelé les avoirs de deux généraux soudanais.", "SANCTION", "gelé les avoirs"),
    ("fr", "Le Togo et le Ghana sont convenus de renforcer la surveillance de leur frontière.", "AGREE", "sont convenus"),
    ("fr", "L'UNICEF a distribué des vivres à 12 000 familles déplacées dans le Nord-Kivu.", "AID", "distribué des vivres"),
    ("uk", "Новини\n\nДрони СБУ уразили нафтобазу в Брянській області.", "ASSAULT", "уразили"),
    ("uk", "Новини\n\nВірменія та Азербайджан погодилися на делімітацію кордону.", "AGREE", "погодилися на"),
    ("ru", "Новости\n\nСербия и Косово согласились на посредничество ЕС.", "AGREE", "согласились на"),
])
def test_tune_half_wordings(run, lang, sentence, label, trigger):
    assert (label, trigger) in _labels(run(sentence, lang))


@pytest.mark.parametrize("lang, sentence, gone", [
    # a rescue is no withdrawal (only "pull its / their ... out of")
    ("en", "A neighbour pulled the child out of the pool and began CPR.", "pulled the child out of"),
    # "уразити" is also "to infect": an event only with a party acting or acted on
    ("uk", "Новини\n\nЯкщо половина колективу перехворіла, вірусу вже набагато важче уразити інших.", "уразити"),
    # agreeing one's actions with a doctor is no political agreement (only a plan, a text, terms, a position)
    ("ru", "Новости\n\nПациенты должны согласовать свои действия с лечащим врачом.", "согласовать"),
])
def test_guards_other_senses_of_the_new_wordings(run, lang, sentence, gone):
    assert gone not in [t for _l, t in _labels(run(sentence, lang))]
