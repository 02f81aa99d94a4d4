"""Build one JSONL corpus from the real news texts in ``../shared/data``.

Sources (each in its own format, converted here; gold annotations are not
used, only the article texts and their metadata):

- PolNeAR (``quotes/polnear/*/text/*.txt``): outlet and date from the file name.
- LGL (``geo/corpora/lgl.xml``): title, domain, URL, download time.
- GeoVirus (``geo/corpora/GeoVirus.xml``): Wikinews URL, text.
- SlavicNER raw (``ner/slavicner/raw/<topic>/<lang>/*.txt``): ru/uk texts.
- TimeML (``time/tempeval3/TBAQ-cleaned``, ``time/fr-timebank``): the TEXT
  element, the creation time (DCT) as publication date.

Usage: ``python tests/corpus/shared_corpus.py SHARED_DATA OUT.jsonl [PER_SOURCE]``.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterator


def polnear(data: Path) -> Iterator[dict]:
    for path in sorted((data / "quotes" / "polnear").glob("*/text/*.txt")):
        m = re.match(r"([a-z-]+)_(\d{4}-\d{2}-\d{2})_", path.name)
        yield {
            "id": f"polnear/{path.stem}",
            "text": path.read_text(encoding="utf-8"),
            "language": "en",
            "source": m.group(1) if m else "polnear",
            "published": m.group(2) if m else None,
        }


def lgl(data: Path) -> Iterator[dict]:
    root = ET.parse(data / "geo" / "corpora" / "lgl.xml").getroot()
    for art in root.iter("article"):
        dl = (art.findtext("dltime") or "")[:10]
        yield {
            "id": f"lgl/{art.get('docid')}",
            "title": art.findtext("title"),
            "text": art.findtext("text") or "",
            "url": art.findtext("url"),
            "source": art.findtext("domain"),
            "published": dl or None,
            "language": "en",
        }


def geovirus(data: Path) -> Iterator[dict]:
    root = ET.parse(data / "geo" / "corpora" / "GeoVirus.xml").getroot()
    for i, art in enumerate(root.iter("article")):
        yield {
            "id": f"geovirus/{i}",
            "text": art.findtext("text") or "",
            "url": art.findtext("source"),
            "source": "wikinews",
            "language": "en",
        }


def slavicner(data: Path) -> Iterator[dict]:
    for path in sorted((data / "ner" / "slavicner" / "raw").glob("*/*/*.txt")):
        lang = path.parent.name
        yield {
            "id": f"slavicner/{path.parent.parent.name}/{lang}/{path.stem}",
            "text": path.read_text(encoding="utf-8"),
            "language": lang,
            "source": f"slavicner-{path.parent.parent.name}",
        }


def timeml(data: Path) -> Iterator[dict]:
    roots = [(data / "time" / "tempeval3" / "TBAQ-cleaned", "en"), (data / "time" / "fr-timebank", "fr")]
    for base, lang in roots:
        for path in sorted(base.rglob("*.tml")):
            if "testpipeline" in path.parts:
                continue
            raw = path.read_text(encoding="utf-8")
            m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
            if not m:
                continue
            text = re.sub(r"<[^>]+>", "", m.group(1))
            text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"|'
                            r'value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"', raw)
            value = (dct.group(1) or dct.group(2)) if dct else None
            yield {
                "id": f"timeml/{path.parent.name}/{path.stem}",
                "text": text.strip(),
                "language": lang,
                "source": f"timeml-{path.parent.name}",
                "published": value[:10] if value and re.match(r"\d{4}-\d{2}-\d{2}", value) else None,
            }


SOURCES = {"polnear": polnear, "lgl": lgl, "geovirus": geovirus, "slavicner": slavicner, "timeml": timeml}


def build(data: Path, out: Path, per_source: int | None = None) -> dict[str, int]:
    """Write the JSONL corpus; returns the number of records per source."""
    counts: dict[str, int] = {}
    with out.open("w", encoding="utf-8") as fh:
        for name, fn in SOURCES.items():
            n = 0
            for record in fn(data):
                if not record["text"].strip():
                    continue
                if per_source is not None and n >= per_source:
                    break
                fh.write(json.dumps({k: v for k, v in record.items() if v}, ensure_ascii=False) + "\n")
                n += 1
            counts[name] = n
    return counts


if __name__ == "__main__":
    per = int(sys.argv[3]) if len(sys.argv) > 3 else None
    print(build(Path(sys.argv[1]), Path(sys.argv[2]), per))
