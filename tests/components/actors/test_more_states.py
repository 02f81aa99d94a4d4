"""The states added in session 16 (Africa, the Middle East, Asia, the Americas, the Balkans...):
their government, armed forces, ministries, adjectives and capitals in en/fr/ru/uk, and the
names that must not become a state everywhere (first names, rivers, stem-sharing names)."""

from __future__ import annotations

import pytest

from sitrep.components.actors.kb import load

from .test_actors import run


def found(text: str, lang: str) -> list[tuple[str, str, str | None, str | None]]:
    """(surface, actor, country, sector) of every mention."""
    art = run(text, lang)
    return [(art.surface(a), a.attrs["actor"], a.attrs["country"], a.attrs["sector"]) for a in art.layers["actors"]]


def actor_at(text: str, lang: str, surface: str) -> tuple[str, str | None, str | None]:
    """(actor, country, sector) of the mention written ``surface``."""
    for s, actor, country, sector in found(text, lang):
        if s == surface:
            return actor, country, sector
    raise AssertionError(f"no mention {surface!r} in {found(text, lang)}")


@pytest.mark.parametrize("text,lang,surface,actor,country,sector", [
    # governments
    ("The Malian government expelled the French ambassador on Monday.", "en",
     "Malian government", "MLI.GOV", "MLI", "GOV"),
    ("Le gouvernement malien a expulsé l'ambassadeur de France lundi.", "fr",
     "gouvernement malien", "MLI.GOV", "MLI", "GOV"),
    ("Правительство Мали выслало французского посла.", "ru", "Правительство Мали", "MLI.GOV", "MLI", "GOV"),
    ("Уряд Малі вислав французького посла.", "uk", "Уряд Малі", "MLI.GOV", "MLI", "GOV"),
    ("Les autorités burkinabè ont suspendu la diffusion de RFI.", "fr",
     "autorités burkinabè", "BFA.GOV", "BFA", "GOV"),
    ("Власти Нигера разорвали военное соглашение с США.", "ru", "Власти Нигера", "NER.GOV", "NER", "GOV"),
    ("The Sudanese authorities closed the airport in Port Sudan.", "en",
     "Sudanese authorities", "SDN.GOV", "SDN", "GOV"),
    ("Уряд Ефіопії оголосив надзвичайний стан.", "uk", "Уряд Ефіопії", "ETH.GOV", "ETH", "GOV"),
    # armed forces
    ("Nigerian troops killed twenty Boko Haram fighters near Maiduguri.", "en",
     "Nigerian troops", "NGA.MIL", "NGA", "MIL"),
    ("L'armée tchadienne a repoussé une attaque près de la frontière.", "fr",
     "armée tchadienne", "TCD.MIL", "TCD", "MIL"),
    ("Армия Судана нанесла авиаудар по Омдурману.", "ru", "Армия Судана", "SDN.MIL", "SDN", "MIL"),
    ("Сомалійські військові звільнили місто від бойовиків.", "uk",
     "Сомалійські військові", "SOM.MIL", "SOM", "MIL"),
    ("Les forces armées congolaises et les forces rwandaises se sont affrontées.", "fr",
     "forces rwandaises", "RWA.MIL", "RWA", "MIL"),
    ("The Myanmar military bombed a school in Sagaing.", "en", "Myanmar military", "MMR.MIL", "MMR", "MIL"),
    ("Lebanese troops deployed south of the Litani river.", "en", "Lebanese troops", "LBN.MIL", "LBN", "MIL"),
    ("Ізраїльська армія та ліванська армія обмінялися ударами.", "uk",
     "ліванська армія", "LBN.MIL", "LBN", "MIL"),
    ("Вооружённые силы Колумбии начали операцию.", "ru", "Вооружённые силы Колумбии", "COL.MIL", "COL", "MIL"),
    # ministries
    ("Le ministère tchadien des Affaires étrangères a convoqué l'ambassadeur.", "fr",
     "ministère tchadien des Affaires étrangères", "TCD.MFA", "TCD", "GOV"),
    ("The Jordanian Foreign Ministry condemned the raid.", "en",
     "Jordanian Foreign Ministry", "JOR.MFA", "JOR", "GOV"),
    ("МИД Кувейта вызвал посла Ирака.", "ru", "МИД Кувейта", "KWT.MFA", "KWT", "GOV"),
    ("Міністерство оборони Тайваню повідомило про китайські літаки.", "uk",
     "Міністерство оборони Тайваню", "TWN.MOD", "TWN", "MIL"),
    ("The Venezuelan Defense Ministry announced exercises.", "en",
     "Venezuelan Defense Ministry", "VEN.MOD", "VEN", "MIL"),
    # the states themselves, and capitals as metonyms (no places layer here: no preposition before)
    ("Niger expelled the French ambassador.", "en", "Niger", "NER", "NER", None),
    ("Нигерия заявила о поддержке операции.", "ru", "Нигерия", "NGA", "NGA", None),
    ("Нігерія закрила кордон з Нігером.", "uk", "Нігерія", "NGA", "NGA", None),
    ("La République démocratique du Congo accuse le Rwanda.", "fr",
     "République démocratique du Congo", "COD", "COD", None),
    ("ДР Конго обвинила Руанду в поддержке М23.", "ru", "ДР Конго", "COD", "COD", None),
    ("Bamako a dénoncé l'accord d'Alger.", "fr", "Bamako", "MLI.GOV", "MLI", "GOV"),
    ("Kinshasa accused Kigali of backing the rebels.", "en", "Kigali", "RWA.GOV", "RWA", "GOV"),
    ("Нджамена отвергла обвинения.", "ru", "Нджамена", "TCD.GOV", "TCD", "GOV"),
    ("Тегеран і Бейрут засудили удар.", "uk", "Бейрут", "LBN.GOV", "LBN", "GOV"),
])
def test_new_state_actors(text, lang, surface, actor, country, sector):
    assert actor_at(text, lang, surface) == (actor, country, sector)


def test_every_new_state_has_its_five_bodies_and_names_in_four_languages():
    kb = load()
    for iso in ("NGA", "MLI", "NER", "BFA", "TCD", "SDN", "SSD", "ETH", "ERI", "SOM", "KEN", "COD", "COG",
                "CAF", "CMR", "MOZ", "LBY", "TUN", "DZA", "MAR", "SEN", "YEM", "LBN", "JOR", "PSE", "KWT",
                "BHR", "OMN", "MMR", "BGD", "LKA", "NPL", "THA", "PHL", "IDN", "MYS", "VNM", "KHM", "TWN",
                "MNG", "UZB", "KGZ", "TJK", "TKM", "COL", "VEN", "PER", "ECU", "BOL", "ARG", "CHL", "CUB",
                "HTI", "NIC", "ALB", "MKD", "BIH", "XKX", "MNE", "CYP", "ISL", "LUX", "MLT", "NZL", "RWA",
                "UGA", "BDI", "ZWE", "GHA", "CIV", "GIN", "BEN", "TGO"):
        assert kb.actors[iso].type == "state" and kb.actors[iso].country == iso
        for suffix in ("GOV", "MIL", "MOD", "MFA", "OFF"):
            assert kb.actors[f"{iso}.{suffix}"].country == iso


def test_chad_and_jordan_as_first_names_are_people():
    got = found("Chad Daybell was sentenced to death. Chad said it would leave the alliance.", "en")
    assert ("Chad Daybell", "new:per:chad_daybell", None, None) in got
    assert ("Chad", "TCD", "TCD", None) in got
    got = found("Michael Jordan played for Chicago. Jordan's foreign minister condemned the raid.", "en")
    assert [g[1] for g in got if g[0] == "Michael Jordan"] == ["new:per:michael_jordan"]
    assert [g[1] for g in got if g[0] == "Jordan's"] == ["JOR"]
    got = found("Jordan Bardella a critiqué le gouvernement. La Jordanie a condamné l'attaque.", "fr")
    assert "JOR" not in [g[1] for g in got if "Bardella" in g[0]]
    assert ("Jordanie", "JOR", "JOR", None) in got


def test_niger_and_nigeria_are_two_states_in_every_language():
    got = found("Niger's junta expelled French troops while Nigerian forces fought Boko Haram "
                "in the Niger Delta.", "en")
    assert ("Niger's", "NER", "NER", None) in got
    assert ("Nigerian forces", "NGA.MIL", "NGA", "MIL") in got
    assert all(g[0] != "Niger" for g in got)  # the delta is no actor
    assert actor_at("L'armée nigérienne a fermé la frontière.", "fr", "armée nigérienne")[0] == "NER.MIL"
    assert actor_at("L'armée nigériane a fermé la frontière.", "fr", "armée nigériane")[0] == "NGA.MIL"
    # Russian and Ukrainian stems of the two names are the same ("нигер"): the forms decide
    got = found("Власти Нигера выслали посла. Нигерия заявила о поддержке. Армия Нигерии атаковала.", "ru")
    assert ("Власти Нигера", "NER.GOV", "NER", "GOV") in got
    assert ("Нигерия", "NGA", "NGA", None) in got
    assert ("Армия Нигерии", "NGA.MIL", "NGA", "MIL") in got
    assert ("Нигерии", "NGA", "NGA", None) in got  # the state named inside the description
    got = found("Уряд Нігеру вислав посла. Нігерія заявила про підтримку.", "uk")
    assert ("Уряд Нігеру", "NER.GOV", "NER", "GOV") in got and ("Нігерія", "NGA", "NGA", None) in got
    assert actor_at("Нигер разорвал соглашение.", "ru", "Нигер")[0] == "NER"


def test_guinea_and_its_longer_namesakes():
    got = found("Guinea's junta and Guinea-Bissau's president met. Equatorial Guinea and Papua New Guinea "
                "were absent.", "en")
    assert [g[1] for g in got] == ["GIN", "GNB", "GNQ", "PNG"]
    assert actor_at("La Guinée équatoriale a protesté.", "fr", "Guinée équatoriale")[0] == "GNQ"
    assert [g[1] for g in found("New Guinea is an island.", "en")] == []


def test_bare_congo_is_no_state_but_the_drc_is():
    got = found("Congo's president spoke. The DRC army retreated. Congolese officials said.", "en")
    assert [g[1] for g in got] == ["COD.MIL", "COD"]  # "DRC army" and its adjective only
    assert actor_at("Les forces de la RDC ont avancé.", "fr", "RDC")[0] == "COD"


def test_sudan_inside_south_sudan():
    got = found("Sudan's army fought the RSF while South Sudan closed its border.", "en")
    assert ("Sudan's", "SDN", "SDN", None) in got and ("South Sudan", "SSD", "SSD", None) in got
    assert actor_at("Le Soudan du Sud a fermé sa frontière.", "fr", "Soudan du Sud")[0] == "SSD"
    assert actor_at("Южный Судан закрыл границу.", "ru", "Южный Судан")[0] == "SSD"


def test_chile_is_not_chili_and_turkey_is_not_the_bird():
    got = found("Chile's foreign ministry protested. He ate chili and turkey. Chilean troops paraded.", "en")
    assert [g[1] for g in got] == ["CHL", "CHL.MIL", "CHL"]
    assert actor_at("Le Chili a rappelé son ambassadeur.", "fr", "Chili")[0] == "CHL"


def test_common_words_that_share_a_state_stem():
    # ru "Мало" shares Mali's stem, uk "Малі" is 'small', ru "Того" 'of that', "Боль" Bolivia's
    assert found("Мало кто ожидал этого. Того же дня начались протесты. Боль не утихала.", "ru") == []
    assert found("Малі підприємства закрилися. Того ж дня почалися протести.", "uk") == []
    assert actor_at("Мали объявило о выходе из альянса.", "ru", "Мали")[0] == "MLI"
    assert actor_at("Правительство Того опровергло сообщения.", "ru", "Правительство Того")[0] == "TGO.GOV"
    assert actor_at("Кения направила полицейских на Гаити.", "ru", "Кения")[0] == "KEN"


def test_rivers_lakes_and_cities_named_after_states_name_no_actor():
    assert found("Boko Haram attacked islands on Lake Chad and fishermen in Benin City.", "en") == [
        ("Boko Haram", "boko_haram", "NGA", "REB")]
    assert found("Des pêcheurs du lac Tchad ont fui.", "fr") == []


def test_adjectives_mention_their_state():
    got = found("Les soldats maliens et les responsables nigériens se sont réunis.", "fr")
    assert ("maliens", "MLI", "MLI", None) in got
    assert ("responsables nigériens", "NER.OFF", "NER", "GOV") in got


def test_a_state_name_the_places_layer_puts_in_another_country_is_no_state():
    from sitrep.article import Annotation

    text = "Voters in Georgia and Lebanon's army."
    places = [Annotation(10, 17, "PLACE", "places.v1", 1.0, {"country": "US", "metonymy": False}),
              Annotation(22, 29, "PLACE", "places.v1", 1.0, {"country": "LB", "metonymy": False})]
    art = run(text, "en", places=places)
    got = [(art.surface(a), a.attrs["actor"]) for a in art.layers["actors"]]
    assert ("Georgia", "GEO") not in got  # the US state
    assert ("Lebanon's", "LBN") in got


def test_french_names_that_are_english_words_match_only_as_written():
    assert found("The Rhode Island School of Design and Long Island.", "en") == [
        ("Rhode Island School of Design", "new:org:rhod_island_school_of_design", None, "EDU")]
    assert actor_at("L'Islande a protesté.", "fr", "Islande")[0] == "ISL"
    got = found("Somali forces and the Philippines. Philippine troops.", "en")
    assert ("Somali", "SOM", "SOM", None) in got and ("Philippines", "PHL", "PHL", None) in got
    assert actor_at("The Philippines's coast guard said.", "en", "Philippines's")[0] == "PHL"


def test_a_person_named_after_a_state_but_not_a_genitive_before_a_name():
    got = found("Rep. Steve Israel spoke on Monday. Israel condemned the raid.", "en")
    assert [g[1] for g in got if g[0] == "Israel"] == ["ISR"]
    assert all(g[1] != "ISR" for g in got if "Steve" in g[0])
    got = found("Міністр охорони здоров'я Ізраїлю Йоель Едельштейн заявив.", "uk")
    assert "ISR" in [g[1] for g in got]
    assert actor_at("une action militaire contre l'Irak.", "fr", "Irak")[0] == "IRQ"
