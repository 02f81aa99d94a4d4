"""Inputs for the Spark tests: good articles of every reader, near copies, and bad records."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

from tests.corpus.builders import ARTICLES, rss, write_jsonl, write_warc

GOOD = "Harvest begins in Poltava\n\nFarmers in Poltava region began the wheat harvest on Monday.\n"

#: sentences written for these tests, recombined into distinct articles
SENTENCES = {
    "en": ["The city council of {c} approved a new budget on {d}.", "Trams in {c} stopped for two hours after a power cut.",
           "Volunteers in {c} delivered water to {n} families.", "The regional governor said {n} buildings were damaged.",
           "Schools in {c} will reopen next week, the mayor announced.", "Police closed the main bridge for repairs."],
    "fr": ["Le conseil municipal de {c} a voté un nouveau budget le {d}.", "Les trams de {c} ont été arrêtés deux heures.",
           "Des bénévoles ont livré de l'eau à {n} familles de {c}.", "Le gouverneur a indiqué que {n} bâtiments étaient endommagés.",
           "Les écoles de {c} rouvriront la semaine prochaine.", "La police a fermé le pont principal pour travaux."],
    "ru": ["Городской совет {c} утвердил новый бюджет {d}.", "Трамваи в {c} остановились на два часа.",
           "Волонтёры доставили воду {n} семьям.", "Губернатор сообщил, что повреждены {n} зданий.",
           "Школы откроются на следующей неделе, заявил мэр.", "Полиция закрыла главный мост на ремонт."],
    "uk": ["Міська рада {c} ухвалила новий бюджет {d}.", "Трамваї в {c} зупинилися на дві години.",
           "Волонтери доставили воду {n} родинам.", "Губернатор повідомив, що пошкоджено {n} будівель.",
           "Школи відкриються наступного тижня, заявив мер.", "Поліція закрила головний міст на ремонт."],
}
CITIES = ["Kharkiv", "Poltava", "Sumy", "Dnipro", "Odesa", "Lviv", "Kyiv", "Izium"]


def variations(n: int, seed: int = 19) -> list[dict]:
    """``n`` JSONL records recombined from :data:`SENTENCES`; every 10th an exact copy at another URL,
    every 10th (+5) the previous body under a new headline (a near duplicate)."""
    rng = random.Random(seed)
    out: list[dict] = []
    for i in range(n):
        lang = "en fr ru uk".split()[i % 4]
        if i % 10 == 9 and out:
            out.append({**out[-1], "id": f"var-{i}", "url": f"https://copy.example/{i}"})
            continue
        if i % 10 == 5 and out:
            out.append({**out[-1], "id": f"var-{i}", "title": f"Update {i}: {out[-1]['title']}",
                        "url": f"https://rehead.example/{i}"})
            continue
        city = rng.choice(CITIES)
        day = f"2022-09-{1 + i % 28:02d}"
        body = " ".join(s.format(c=city, d=day, n=rng.randint(2, 400))
                        for s in rng.sample(SENTENCES[lang], k=rng.randint(3, 6)))
        body += f" Report {i}."
        out.append({"id": f"var-{i}", "title": f"{city}: {body.split('.')[0][:50]}", "text": body,
                    "language": lang, "url": f"https://news{i % 7}.example/{lang}/{i}",
                    "source": f"outlet-{i % 5}", "published": day if i % 13 else "2022-09"})
    return out


def write_good(folder: Path, n_variations: int) -> None:
    """Good inputs of every reader: JSONL, text, HTML, RSS, WARC, gzip."""
    folder.mkdir(parents=True, exist_ok=True)
    write_jsonl(folder / "variations.jsonl", variations(n_variations))
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    title, body = ARTICLES["fr"]
    (folder / "page.html").write_text(f"<html><body><article><h1>{title}</h1><p>{body}</p></article></body></html>",
                                      encoding="utf-8")
    (folder / "feed.rss").write_text(rss([("https://feed.example/1", ARTICLES["ru"][0], "Tue, 06 Sep 2022 10:00:00 GMT",
                                           ARTICLES["ru"][1])]), encoding="utf-8")
    write_warc(folder / "crawl-ok.warc.gz", [("https://w.example/uk", *ARTICLES["uk"])], gzip=True)
    (folder / "wire.txt.gz").write_bytes(gzip.compress("\n\n".join(ARTICLES["en"]).encode("utf-8")))


def write_bad(folder: Path) -> dict[str, str]:
    """The bad records of the issue; returns {file name: what is wrong}."""
    folder.mkdir(parents=True, exist_ok=True)
    full = folder / "full.warc.tmp"
    offsets = write_warc(full, [("https://t.example/1", *ARTICLES["en"]), ("https://t.example/2", *ARTICLES["fr"])],
                         extra=False)
    (folder / "truncated.warc").write_bytes(full.read_bytes()[: offsets[1] + 200])
    full.unlink()
    (folder / "broken.txt.gz").write_bytes(gzip.compress(GOOD.encode())[:12] + b"\x00garbage\xff" * 30)
    with (folder / "lines.jsonl").open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "Markets rally in Warsaw\n\nShares rose two percent.",
                             "url": "https://m.example/1"}) + "\n")
        fh.write('{"text": "cut off in the middle\n')
        fh.write(json.dumps({"text": "Train service resumes to Kherson.", "url": "https://m.example/2"}) + "\n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (folder / "huge.txt").write_bytes(b"word " * 4_200_000)  # 21 MB: over the 20 MB default limit
    return {"truncated.warc": "truncated", "broken.txt.gz": "gzip", "lines.jsonl:2": "not valid JSON",
            "binary.txt": "binary", "huge.txt": "too large"}
