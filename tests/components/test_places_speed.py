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


class _Gaz:
    """A stand-in gazetteer: names to candidates, counting the lookups made."""

    def __init__(self, names: dict[str, tuple[int, ...]], demonyms: dict[str, int] | None = None) -> None:
        self.names, self.demonym_of, self.lookups = names, demonyms or {}, 0

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
