"""Writers of test inputs: WARC files, feeds, JSONL corpora (texts written for these tests)."""

from __future__ import annotations

import io
import json
from pathlib import Path

ARTICLES = {
    "en": (
        "Floods close roads in Kharkiv",
        "Heavy rain flooded the northern districts of Kharkiv on Tuesday, the city council said.\n\n"
        "Two bridges over the Lopan river were closed and buses were rerouted through the centre.",
    ),
    "fr": (
        "Les inondations ferment des routes à Kharkiv",
        "De fortes pluies ont inondé mardi les quartiers nord de Kharkiv, a indiqué le conseil municipal.\n\n"
        "Deux ponts sur la rivière Lopan ont été fermés et les bus déviés par le centre-ville.",
    ),
    "ru": (
        "Наводнение закрыло дороги в Харькове",
        "Сильный дождь затопил во вторник северные районы Харькова, сообщил городской совет.\n\n"
        "Два моста через реку Лопань закрыты, автобусы пущены через центр города.",
    ),
    "uk": (
        "Повінь закрила дороги в Харкові",
        "Сильна злива у вівторок затопила північні райони Харкова, повідомила міська рада.\n\n"
        "Два мости через річку Лопань закрито, автобуси пустили через центр міста.",
    ),
}


def html_page(title: str, body: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><nav>Home | World</nav><article><h1>{title}</h1>{paras}</article>"
            f"<footer>© News</footer></body></html>")


def write_warc(path: Path, pages: list[tuple[str, str, str]], gzip: bool = False,
               content_type: str = "text/html; charset=utf-8", extra: bool = True,
               encoding: str = "utf-8") -> list[int]:
    """A WARC of ``(url, title, body)`` pages (with request and image records around them)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    offsets = []
    for url, title, body in pages:
        if extra:
            req = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(req)
        offsets.append(buf.tell())
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        payload = html_page(title, body).encode(encoding)
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
        if extra:
            img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url + ".png", "response",
                                                          payload=io.BytesIO(b"\x89PNG...."), http_headers=img))
    path.write_bytes(buf.getvalue())
    return offsets


def rss(items: list[tuple[str, str, str, str]], title: str = "Wire") -> str:
    """An RSS 2.0 feed of ``(link, title, pubDate, html description)`` items."""
    from xml.sax.saxutils import escape

    body = "".join(
        f"<item><title>{escape(t)}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>{date}</pubDate><description>{escape(desc)}</description></item>"
        for link, t, date, desc in items
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>{body}</channel></rss>'


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
