"""The shortcuts of places.v1 give what the plain forms gave."""

from __future__ import annotations

import random
import re

from sitrep.components.places.disambiguate import _near, _Points
from sitrep.components.places.metonymy import _list, is_metonym, matches, not_a_place


def test_points_near_counts_as_the_plain_loop():
    rng = random.Random(5)
    for _ in range(300):
        # clustered points, some exactly 1.4 degrees of latitude apart and on the 150 km edge
        base = (rng.uniform(-60, 60), rng.uniform(-170, 170))
        points = [(base[0] + rng.choice([0, 1.4, -1.4, 1.35, 2.0]) + rng.uniform(-0.05, 0.05),
                   base[1] + rng.uniform(-2, 2)) for _ in range(rng.randint(0, 20))]
        pts = _Points(points)
        assert bool(pts) == bool(points)
        for _ in range(10):
            lat, lon = base[0] + rng.uniform(-2, 2), base[1] + rng.uniform(-2, 2)
            assert pts.near(lat, lon) == _near(lat, lon, points)


_PARTICLE = re.compile(r"(?:^|\s)([A-ZÀ-Ý][\w\-]+)\s+([A-Z][a-z]{1,2})\s+$")


def reference_not_a_place(text, start, end, lang):
    """``not_a_place`` as first written: the particle expression searched in every window."""
    name = text[start:end]
    if matches(name, *_list(lang, "notplace")) or matches(name, *_list("xx", "notplace")):
        return True
    if matches(name, *_list("xx", "acting")) and is_metonym(text, start, end, "PCLI", lang):
        return True
    m = _PARTICLE.search(text[max(0, start - 40):start])
    return bool(m and m.group(2).casefold() in _list("xx", "particle")[0])


def test_particle_guard_keeps_every_reading():
    texts = ["Marine Le Pen a dit", "Jean-Marie Le Pen", "Marine Le\u00a0Pen", "Vincent Van Gogh", "Ludwig van Beethoven",
             "Charles de Gaulle", "la ville de Paris", "in Kyiv", "Oscar De La Hoya", "Joe Bi  Den", "Abc De\n\nParis",
             "Ève Du Pont", "X Le Pen", "Mr Al Sharpton", "l'OTAN et l'UE", "the EU said"]
    rng = random.Random(3)
    words = "Marine Le Pen de la Van Du Al x Yz Kyiv и ЕС OTAN".split()
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(2, 6))) for _ in range(300)]
    n = 0
    for text in texts:
        for m in re.finditer(r"\S+", text):
            s, e = m.span()
            for lang in ("fr", "en", "ru"):
                assert not_a_place(text, s, e, lang) == reference_not_a_place(text, s, e, lang), (text, s)
            n += reference_not_a_place(text, s, e, "fr")
    assert n > 10  # the particle reading is among the cases


class _Same:
    """Every index answers one value: a column of the stand-in gazetteer."""

    def __init__(self, value) -> None:
        self.value = value

    def __getitem__(self, i: int):
        return self.value


class _Gaz:
    """A stand-in gazetteer: names to candidates, counting the lookups made; every candidate is a
    hamlet (the columns ``matching.summary`` reads)."""

    def __init__(self, names: dict[str, tuple[int, ...]], demonyms: dict[str, int] | None = None) -> None:
        self.names, self.demonym_of, self.lookups = names, demonyms or {}, 0
        self.pop, self.fclass, self.fcode, self.cc = _Same(0), _Same("P"), _Same("PPL"), _Same("")

    def lookup(self, key: str) -> tuple[int, ...]:
        self.lookups += 1
        return self.names.get(key, ())


def test_name_memo_answers_as_the_lookup_and_stays_bounded():
    from sitrep.components.places.matching import _lookup_name, _NameMemo

    gaz = _Gaz({"kyiv": (1,), "new york": (2, 3)}, {"ukrainian": 7})
    memo = _NameMemo(limit=3)
    surfaces = ["Kyiv", "New York", "Ukrainian", "Nowhere", "KYIV", "New-York", "Kyiv"]
    for _ in range(3):
        assert [memo(gaz, s) for s in surfaces] == [_lookup_name(gaz, s) for s in surfaces]
        assert len(memo.current) <= 3 and len(memo.previous) <= 3
    before = gaz.lookups
    assert memo(gaz, "Kyiv") == (1,) and gaz.lookups == before  # a name in use is not looked up again
    other = _Gaz({"kyiv": (9,)})
    assert memo(other, "Kyiv") == (9,)  # another gazetteer empties the memo
    assert memo(gaz, "Kyiv") == (1,)
    memo.cache_clear()
    assert not memo.current and not memo.previous


# -- the sixth round's shortcuts (docs/performance.md, "Sixth round: places") ----------------

def _random_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    pieces = ["d'Izyum", "L'Ukraine", "l'U.S.", "Qu'Obama", "Jusqu'A", "U.S.", "A.B.C'D", "Kiev's", "O'Neill",
              "Харкова", "Київ", "McDonald", "iPhone", "EU27", "New York", "St. Louis", "Stratford-upon-Avon",
              "la région de Kharkov", "Kharkiv region", "Donetsk  oblasts", "x", "—", "\n", ". ", ", ", "' ",
              "Āb", "ŁÓDŹ", "São Paulo", "Ñandú", "Lorsqu'Il", "PUISQU'ON", "'Tis", "D'", "À Paris"]
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_tokens_by_one_scan_are_the_tokens_tried_at_each_capital():
    from sitrep.components.places.matching import tokens, tokens_by_elision

    rng = random.Random(11)
    alphabet = list("aAbBzZ'’.- \n1_éÉЖжїЇdlDLqQuU") + ["d'", "L'", "qu'", "Jusqu'", "U.S.", "l'U.N.", "A.B.C'D"]
    texts = _random_texts(4, 2000) + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25)))
                                      for _ in range(20000)]
    differing = [t for t in texts if tokens(t) != tokens_by_elision(t)]
    assert not differing, differing[:3]
    assert tokens("L'Ukraine et d'Izyum, l'U.S. Army") == tokens_by_elision("L'Ukraine et d'Izyum, l'U.S. Army")
    assert [t for _s, _e, t in tokens("L'Ukraine et d'Izyum")] == ["Ukraine", "Izyum"]


def test_expressions_read_at_a_position_match_as_on_the_slice():
    from sitrep.components.places.matching import NEXT_WORD, NEXT_WORD_AT, REGION_AFTER, REGION_AFTER_AT

    for text in _random_texts(5, 500) + ["Kharkiv    regionalism", "Kharkiv   province", "Kyiv\u00a0Oblast", "X  -Yz"]:
        for end in range(len(text) + 1):
            a, b = NEXT_WORD.match(text[end:end + 40]), NEXT_WORD_AT.match(text, end, end + 40)
            assert (a and a.groups()) == (b and b.groups())
            assert bool(REGION_AFTER.match(text[end:end + 12])) == bool(REGION_AFTER_AT.match(text, end, end + 12))


class _AllLive:
    """Word states that send every token through the whole matching loop (the plain path)."""

    def of(self, gaz, lang):
        from collections import defaultdict

        from sitrep.components.places.matching import LIVE

        return defaultdict(lambda: LIVE)

    def cache_clear(self):
        pass


def _mentions(text, gaz, lang):
    from sitrep.components.places.matching import find_mentions

    return [(m.start, m.end, m.surface, m.candidates, m.sentence_initial, m.region, m.features)
            for m in find_mentions(text, gaz, lang)]


def test_word_states_give_the_mentions_of_the_plain_loop(monkeypatch):
    from sitrep.components.places import gazetteer, matching

    gaz = gazetteer.load()
    texts = {
        "en": ["The New York Times said Kiev's forces left Izium. He went to St. Louis, Mo., and Paris.",
               "Stratford-upon-Avon And The Senior U.S. Military Official Visits Georgia Today",
               "Raquel Henry met Gen. Lee in Washington. Pisky and Peski lie near Donetsk in Ukraine.",
               "THE US and UK. Egyptian-US talks in Gainesville-area schools. Boone County's sheriff."],
        "fr": ["L'Ukraine et la Russie. D'après Kiev, la région de Kharkov a été frappée. Jusqu'à Paris.",
               "Lorsqu'Emmanuel Macron est arrivé à Bordeaux, Qu'en pense Londres ? Les Etats-Unis aussi."],
        "ru": ["Харькова и Киева. В Харьковской области, Москва заявила. Российская армия у Изюма."],
        "uk": ["Харківської області та Києва. Україні допомагає Польща. Білий дім і Бахмуті."],
    }
    texts["en"] += _random_texts(6, 60)
    fast = {lang: [_mentions(t, gaz, lang) for t in ts] for lang, ts in texts.items()}
    monkeypatch.setattr(matching, "_word_states", _AllLive())
    plain = {lang: [_mentions(t, gaz, lang) for t in ts] for lang, ts in texts.items()}
    assert fast == plain
    assert sum(len(ms) for ms in fast["en"]) > 20  # names are found


def test_word_memos_stay_bounded():
    from sitrep.components.places import gazetteer, matching

    gaz = gazetteer.load()
    states = matching._WordStates(limit=50)
    memo = states.of(gaz, "en")
    words = [f"Zq{i}x" for i in range(400)] + ["Kyiv", "The", "Kharkiv-Donetsk", "Nowherevillezz"]
    for w in words:
        assert memo[w] == matching._word_state(gaz, "en", w)
    assert len(memo) <= 50 and len(memo.previous) <= 50
    assert memo["Kyiv"] == matching.LIVE and memo["The"] == matching.DEAD and memo["Nowherevillezz"] == matching.MISS
    assert states.of(gaz, "en") is memo and states.of(gaz, "fr") is not memo


def test_written_out_distance_is_distance_km():
    from sitrep.components.places.disambiguate import with_terms
    from sitrep.components.places.gazetteer import distance_km

    rng = random.Random(9)
    for _ in range(2000):
        lat, lon = rng.uniform(-80, 80), rng.uniform(-180, 180)
        others = [(lat + rng.uniform(-1.6, 1.6), lon + rng.uniform(-3, 3)) for _ in range(rng.randint(0, 25))]
        pts = _Points([with_terms(*p) for p in others])
        assert pts.near(lat, lon) == _near(lat, lon, others)
        assert _Points(others).near(lat, lon) == _near(lat, lon, others)
        assert _Points.of_sorted(sorted(with_terms(*p) for p in others)).near(lat, lon) == _near(lat, lon, others)
    assert distance_km(50.0, 36.2, 50.0, 36.2) == 0.0


def test_object_test_reads_the_clause_end_as_the_expression():
    from sitrep.components.places import metonymy

    rng = random.Random(12)
    for _ in range(3000):
        left = "".join(rng.choice(["a", " ", ".", ",", "\n", "\t", ";", "x", "averti", "\u00a0", "?"])
                       for _ in range(rng.randint(0, 12)))
        assert (left.rstrip()[-1:] in metonymy._CLAUSE_END) == bool(re.search(r"[.;:!?,]\s*$", left)), repr(left)


# -- the tenth round's shortcuts (branch perf-place4) -----------------------------------------

_SENTENCES = {
    "en": "Russian forces shelled Kharkiv's outskirts overnight, the governor of the Kharkiv region said on "
          "Monday, while talks between Kyiv and Moscow stalled in St. Louis-based O'Neill's Bosnia and Herzegovina office.",
    "fr": "L'armée russe a bombardé la région de Kharkov et les environs d'Izioum, a déclaré lundi le gouverneur "
          "de l'oblast de Donetsk à Paris, tandis que Jusqu'à Stratford-upon-Avon la presse se taisait.",
    "ru": "Российские войска обстреляли окраины Харькова и Счастья, заявил губернатор Харьковской области; "
          "в Киеве и Москве переговоры о Китае и Уругвае зашли в тупик, сообщили в Белом доме.",
    "uk": "Російські війська обстріляли околиці Харкова та Щастя, заявив голова Харківської області; у Києві "
          "й Україні говорять про Донеччину, Луганщиною та Заліссям, а також про Китаю.",
}


def test_cyrillic_variants_by_last_letter_are_those_of_every_ending():
    from sitrep.components.places.matching import CYR_ENDINGS, cyrillic_variants

    def plain(word):
        out = []
        for suffix, repl in CYR_ENDINGS:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                v = word[: len(word) - len(suffix)] + repl
                out.append(v)
                if v.endswith("ов"):
                    out.append(v[:-2] + "ів")
                elif v.endswith("єв") or v.endswith("ев"):
                    out.append(v[:-2] + "їв")
                    out.append(v[:-2] + "ів")
        return tuple(out)

    words = [w for text in _SENTENCES.values() for w in re.findall(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", text)]
    words += ["", "а", "ия", "Київ", "Києва", "Ростов-на-Дону", "Ростова-на-Дону", "Счастье", "Счастьем"]
    assert sum(bool(plain(w)) for w in words) > 20
    for w in words:
        assert cyrillic_variants.__wrapped__(w) == plain(w), w


def test_variants_of_ascii_words_without_apostrophe_are_none():
    from sitrep.components.places.matching import _find_variant, _variant_of, _variants

    words = {w for text in _SENTENCES.values() for w in re.findall(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", text)}
    # a gazetteer that knows every variant a word could give: any lookup made finds a name
    gaz = _Gaz(_EveryName())
    for lang in ("en", "fr", "ru", "uk"):
        _variants.cache_clear()
        for w in sorted(words):
            assert _variant_of(gaz, w, lang) == _find_variant(gaz, w, lang), (w, lang)
        assert all(not (w.isascii() and "'" not in w) for w in _variants.langs.get(lang, {}))


class _EveryName(dict):
    def get(self, key, default=None):
        return (1,)


def test_joins_are_those_of_the_plain_loop():
    from sitrep.components.places.matching import CONNECTOR_GAP, _joins, tokens

    def plain(text, toks):
        out = [False] * len(toks)
        for j in range(1, len(toks)):
            _ps, pe, pt = toks[j - 1]
            s = toks[j][0]
            if s - pe > 12:
                continue
            gap = text[pe:s]
            if gap in (" ", "-", " - "):
                out[j] = True
            elif gap == ". ":
                out[j] = pt in ("St", "Mt", "Ft", "Pt")
            else:
                out[j] = CONNECTOR_GAP.match(gap) is not None
        return out

    texts = list(_SENTENCES.values()) + _random_texts(7, 500) + ["", "Kyiv", "St. Louis and Mt. Hood"]
    assert sum(any(plain(t, tokens(t))) for t in texts) > 100
    for t in texts:
        assert _joins(t, tokens(t)) == plain(t, tokens(t)), t


def test_points_far_in_latitude_have_none_near():
    rng = random.Random(8)
    for _ in range(300):
        base = (rng.uniform(-60, 60), rng.uniform(-170, 170))
        points = [(base[0] + rng.uniform(-3, 3), base[1] + rng.uniform(-2, 2)) for _ in range(rng.randint(1, 20))]
        pts = _Points(points)
        south, north = pts.lats[0], pts.lats[-1]
        for _ in range(20):
            lat, lon = base[0] + rng.uniform(-6, 6), base[1] + rng.uniform(-2, 2)
            if lat + 1.5 < south or lat - 1.5 > north:  # the test resolve() makes before asking
                assert pts.near(lat, lon) == 0 == _near(lat, lon, points)
