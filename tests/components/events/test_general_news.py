"""Verbs of general news that PETRARCH2's dictionary codes as events but that report, plan or
describe ("wants", "is going to", "served as", "a poll conducted by", "a campaign rally") are no
PLOVER events; they stay event mentions for TimeML, and the political uses of nearby words stay
events."""

from __future__ import annotations

from sitrep.components.events import arguments, lexicon, mentions

from .conftest import events_by_trigger

POLITICS = (
    "Trump wants a ban, and he is going to win, the senator argued after the debate. Clinton served as "
    "secretary of state and paid $110,684 in rent, a poll conducted by CBS News found. Sanders led the "
    "polls and faced questions at a campaign rally; his aide declined to comment."
)


def _mentions(article) -> dict[str, dict]:
    text = article.text
    return {text[m.start:m.end].lower(): m.attrs for m in article.layers["event_mentions"]}


def test_reporting_and_planning_verbs_are_no_events(analyse):
    article = analyse(POLITICS, "en")
    ev = events_by_trigger(article)
    blocked = {"wants", "going to", "going", "argued", "debate", "served", "paid", "conducted", "led", "faced",
               "rally", "campaign rally", "declined"}
    assert not blocked & set(ev), sorted(ev)


def test_they_stay_timeml_event_mentions(analyse):
    # a word the trigger table marks as no event is still an eventuality for TimeML
    found = _mentions(analyse(POLITICS, "en"))
    for word in ("wants", "win", "argued", "served", "found"):
        assert word in found, sorted(found)
        assert found[word]["plover"] is None


def test_a_no_event_phrase_leaves_its_words_to_timeml():
    lex = lexicon("en")
    text = "Russia is going to retreat."
    tok = mentions.tokenise(text, "en")
    found = mentions.find(tok, lex, text)
    assert [(m.start, m.end) for m in found if m.trigger is not None] == [(text.index("retreat"), len(text) - 1)]
    assert all(m.trigger is None for m in found if text[m.start:m.end] == "going")


def test_political_uses_stay_events(analyse):
    ev = events_by_trigger(analyse(
        "Russia pledged to supply Syria with air defences. Putin and Erdogan met in Sochi. Ukraine charged "
        "three Russian officers, and the army forced villagers to leave.", "en"))
    assert ev["pledged"]["type"] == "AGREE"
    assert ev["met"]["type"] == "CONSULT"
    assert ev["charged"]["type"] == "ACCUSE"
    assert ev["forced"]["type"] == "COERCE"


def test_an_event_that_needs_a_party_stops_before_its_place(analyse):
    """A verb of the generated table is an event only with someone acting or acted on: the
    arguments stop before the place is looked for when it has neither."""
    article = analyse("Appeals went unanswered in Kharkiv.", "en")
    lex = lexicon("en")
    tok = mentions.tokenise(article.text, "en")
    found = [m for m in mentions.find(tok, lex, article.text) if m.trigger is not None]
    ctx = arguments.Context(article)
    for m in found:
        args = arguments.fill(m, tok, lex, ctx, (0, len(article.text)), needs_party=True)
        plain = arguments.fill(m, tok, lex, ctx, (0, len(article.text)))
        if plain["actor"] or plain["recipient"]:
            assert args == plain
        else:
            assert args is None


def _assaults(article) -> list[tuple[str, list]]:
    return [(e.attrs["trigger"], [a["country"] for a in e.attrs["actor"]])
            for e in article.layers["events"] if e.label == "ASSAULT"]


def test_a_trigger_of_two_senses_needs_someone_acting(analyse):
    # "наступает зима" (winter comes), "advanced economies": the other sense of an offensive's verb
    ru = analyse("Наступает зима, и в Москве похолодало. Российские войска наступают на Бахмут.", "ru")
    assert _assaults(ru) == [("наступают", ["RUS"])]
    uk = analyse("Наступає зима, і в Києві похолодало. Російські війська наступають на Бахмут.", "uk")
    assert _assaults(uk) == [("наступають", ["RUS"])]
    en = analyse("Advanced economies grew, and tickets were sold in advance. Russian forces advanced on Bakhmut.",
                 "en")
    assert _assaults(en) == [("advanced", ["RUS"])]


def test_asking_for_help_and_preferring_are_no_aid(analyse):
    for text, lang in (("Жители обратились за помощью к местным властям.", "ru"),
                       ("Прем'єр надала перевагу м'якому виходу з ЄС.", "uk"),
                       ("Мешканці звернулися по допомогу до місцевої влади.", "uk")):
        assert "AID" not in {e.label for e in analyse(text, lang).layers["events"]}, text


def test_releasing_a_document_and_asking_a_question_are_no_events(analyse):
    en = analyse("The ministry released a statement on Monday. Russia released 40 Ukrainian prisoners. When asked "
                 "about the talks, Peskov smiled. Ukraine asked Germany to send tanks.", "en")
    found = [(e.label, e.attrs["trigger"], [a["country"] for a in e.attrs["actor"]]) for e in en.layers["events"]
             if e.label in ("RETREAT", "REQUEST")]
    assert found == [("RETREAT", "released", ["RUS"]), ("REQUEST", "asked", ["UKR"])]
    fr = analyse("Le journaliste a demandé si Moscou négocierait. L'Ukraine a demandé des chars à l'Allemagne.", "fr")
    assert [e.attrs["trigger"] for e in fr.layers["events"] if e.label == "REQUEST"] == ["demandé"]
    assert fr.layers["events"][-1].attrs["actor"][0]["country"] == "UKR"


def test_labour_strikes_are_protests_and_dismissals_no_gunfire(analyse):
    article = analyse("Striking miners marched in Lviv. Dockers went on strike in Odesa. The bank fired 5,300 "
                      "employees. Russian troops fired on the convoy. Navalny began a hunger strike.", "en")
    found = [(e.label, e.attrs["mode"], e.attrs["trigger"]) for e in article.layers["events"]
             if e.label in ("PROTEST", "ASSAULT") and e.attrs["trigger"] != "marched"]
    assert found == [("PROTEST", "strike", "Striking miners"), ("PROTEST", "strike", "went on strike"),
                     ("ASSAULT", None, "fired"), ("PROTEST", "hunger", "hunger strike")]
    assert article.text[article.layers["events"][3].start:].startswith("fired on")


def test_to_engage_in_is_no_delivery(analyse):
    article = analyse("Les manifestants se sont livrés à des violences à Paris. La France a livré des canons à "
                      "l'Ukraine.", "fr")
    assert [(e.label, e.attrs["trigger"]) for e in article.layers["events"] if e.label == "AID"] == [("AID", "livré")]
    assert "livrés" in _mentions(article)  # still a TimeML event


def test_shot_down_drones_and_peoples_adjectives(analyse):
    fr = analyse("L'Ukraine a abattu 18 drones Shahed lancés par la Russie, a annoncé l'armée de l'air.", "fr")
    ev = events_by_trigger(fr)["abattu"]
    assert (ev["type"], ev["acled_sub_event_type"]) == ("ASSAULT", "Disrupted weapons use")
    # "Russian drones": a people's adjective is an actor, never the event's place
    en = events_by_trigger(analyse("Ukrainian forces shot down 18 Russian drones overnight, the air force said.",
                                   "en"))["shot down"]
    assert en["location"] is None and [a["country"] for a in en["recipient"]] == ["RUS"]


def test_a_launch_of_missiles_or_drones_is_the_attack(analyse):
    for text, lang, sub in (
            ("Russia launched a ballistic missile at Kharkiv overnight.", "en", "Shelling/artillery/missile attack"),
            ("La Russie a lancé 30 drones sur Kiev dans la nuit.", "fr", "Air/drone strike"),
            ("Россия выпустила по Украине 40 ракет и 20 беспилотников.", "ru", None),
            ("Росія випустила по Україні 40 ракет.", "uk", "Shelling/artillery/missile attack")):
        found = [e for e in analyse(text, lang).layers["events"] if e.label == "ASSAULT"]
        assert found and [a["country"] for a in found[0].attrs["actor"]] == ["RUS"], text
        if sub:
            assert found[0].attrs["acled_sub_event_type"] == sub, text


def test_a_subordinate_clause_has_its_own_subject(analyse):
    ev = events_by_trigger(analyse("Al-Shabaab fighters captured the town of Beledweyne in Somalia after government "
                                   "troops withdrew.", "en"))
    assert [a["name"] for a in ev["captured"]["actor"]] == ["Al-Shabaab"]
    assert [(a["country"], a["sector"]) for a in ev["withdrew"]["actor"]] == [("SOM", "MIL")]


def test_a_village_chief_shot_by_gunmen_is_violence_against_civilians(analyse):
    ev = events_by_trigger(analyse("Gunmen shot dead a village chief in Borno State, Nigeria.", "en"))["shot"]
    assert (ev["acled_event_type"], ev["acled_sub_event_type"]) == ("Violence against civilians", "Attack")
    assert ev["location"]["name"] == "Borno" and [a["country"] for a in ev["actor"]] == ["NGA"]


def test_with_the_help_of_is_no_aid_but_frances_aid_is(analyse):
    assert not analyse("Les jeunes ont tatoué la victime à l'aide de fourchettes.", "fr").layers["events"]
    article = analyse("Kiev a reçu l'aide de la France et de l'Allemagne pour reconstruire le pont.", "fr")
    assert [e.label for e in article.layers["events"]] == ["AID"]


def test_a_passives_unnamed_agent_comes_after_by(analyse):
    for text, lang, trigger, sector, sub in (
            ("Two civilians were killed by unidentified gunmen in Borno State, Nigeria.", "en", "killed", "UAF",
             "Attack"),
            ("Un homme armé a été abattu par la police à Marseille.", "fr", "abattu", "COP", None),
            ("Five protesters were arrested by police in Minsk, Belarus.", "en", "arrested", "COP", None)):
        ev = events_by_trigger(analyse(text, lang))[trigger]
        assert [a["sector"] for a in ev["actor"]] == [sector], text
        if sub:
            assert ev["acled_sub_event_type"] == sub
