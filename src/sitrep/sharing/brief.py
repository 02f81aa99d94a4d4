"""``sitrep brief``: a one-page situation report of a period, every sentence linked to its evidence.

The brief is a list of :class:`Claim` objects, each a sentence built from extracted items (places,
actors, statements, events) and the evidence spans behind them; the HTML, Markdown and PDF forms
render the same claims. Sections (``docs/sharing.md``):

- the period, the filters and what the corpus holds for them;
- key developments: the most reported incidents when the corpus has events (one per type, place
  and day, with how many independent reports and outlets back it, differing tolls, denials), the
  most reported places and actors otherwise and besides;
- a map and a daily timeline (pictures, :mod:`.charts`);
- what each side claims: attributed statements grouped by the speaker's country, side by side;
- what is new since the previous period of the same length;
- the evidence: every cited span with its article, outlet, date and offsets.

No sentence is written without an extracted item behind it: a claim with no evidence is never
produced (the constructor refuses it).
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from . import SharingError
from .collect import Digest, Evidence, EventItem, Filters, collect, day_bounds, previous_period

FORMATS = ("html", "md", "pdf")
KEY_PLACES = 4
KEY_ACTORS = 3
KEY_INCIDENTS = 4
SIDE_STATEMENTS = 4
NEW_ITEMS = 3
#: statements shorter than this (in words) are not quoted ("to comment")
MIN_QUOTE_WORDS = 4


@dataclass
class Claim:
    text: str
    evidence: list[Evidence]

    def __post_init__(self) -> None:
        if not self.evidence:
            raise ValueError(f"a claim without evidence: {self.text!r}")


@dataclass
class Brief:
    since: str | None
    until: str | None
    filters: Filters
    summary: str
    key: list[Claim] = field(default_factory=list)
    sides: list[tuple[str, list[Claim]]] = field(default_factory=list)
    new: list[Claim] = field(default_factory=list)
    previous: str = ""
    map_png: bytes | None = None
    timeline_png: bytes | None = None
    empty: bool = False
    digest: Digest | None = None

    def claims(self) -> list[Claim]:
        return self.key + self.new + [c for _, cs in self.sides for c in cs]

    def numbered(self) -> list[tuple[int, Claim]]:
        """Claims numbered in reading order: claim n links to evidence entry n (its spans)."""
        return list(enumerate(self.claims(), 1))


# -- building ----------------------------------------------------------------------------


def _first_per_article(mentions: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for m in sorted(mentions, key=lambda m: (m.article, m.start)):
        if m.article not in seen:
            seen.add(m.article)
            out.append(m)
    return out


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _country_name(digest: Digest, code: str | None) -> str:
    if not code:
        return "unknown"
    if code in digest.actors and digest.actors[code].type == "state":
        return digest.actors[code].name
    import pycountry

    c = pycountry.countries.get(alpha_3=code) or pycountry.countries.get(alpha_2=code)
    return getattr(c, "common_name", None) or (c.name if c else code)


def _reach(digest: Digest, articles: set[int]) -> str:
    langs = sorted({digest.articles[a].language or "?" for a in articles})
    ind = digest.independent(articles)
    dep = f", {ind} independent" if ind != len(articles) else ""
    return (f"{_plural(len(articles), 'article')} from {_plural(len(digest.outlets(articles)), 'outlet')}"
            f" in {', '.join(langs)}{dep}")


def _first_day(digest: Digest, articles: set[int]) -> str | None:
    days = sorted(digest.articles[a].day for a in articles if digest.articles[a].day)
    return days[0] if days else None


def _incidents(digest: Digest) -> list[Claim]:
    groups: dict[tuple, list[EventItem]] = defaultdict(list)
    for ev in digest.events:
        day = (ev.date or ev.earliest or "")[:10] or None
        groups[(ev.type, ev.place.key if ev.place else None, day)].append(ev)
    ranked = sorted(groups.items(), key=lambda kv: (-digest.independent({e.article for e in kv[1]}),
                                                     -len(kv[1]), kv[0][2] or "", kv[0][0]))
    claims = []
    for (etype, _place, day), evs in ranked[:KEY_INCIDENTS]:
        arts = {e.article for e in evs}
        actors = sorted({r.name for e in evs for r in e.actors})
        place = next((e.place.name for e in evs if e.place), None)
        sub = next((e.acled_sub_event_type for e in evs if e.acled_sub_event_type), None)
        text = etype.capitalize() + (f" ({sub})" if sub else "")
        text += (" by " + ", ".join(actors)) if actors else ""
        text += f" in {place}" if place else ""
        text += f" on {day}" if day else ""
        text += f": {_reach(digest, arts)}"
        tolls = {}
        for e in evs:
            if "killed" in e.numbers:
                tolls.setdefault(e.numbers["killed"], set()).add(digest.articles[e.article].outlet)
        if len(tolls) > 1:
            text += "; killed figures differ: " + ", ".join(
                f"{n} ({', '.join(sorted(o))})" for n, o in sorted(tolls.items(), reverse=True))
        elif tolls:
            text += f"; {next(iter(tolls))} killed"
        modal = Counter(e.modality for e in evs if e.modality and e.modality != "asserted")
        if modal:
            text += "; " + ", ".join(f"{n} {m}" for m, n in sorted(modal.items()))
        spans = [e.evidence for e in evs] + [s for e in evs for s in e.number_spans.values()]
        claims.append(Claim(text + ".", spans))
    return claims


CREDIBILITY = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful", 5: "improbable",
               6: "cannot be judged"}
KEY_STORIES = 3


def _story_claims(digest: Digest) -> list[Claim]:
    stories = [st for st in digest.stories if len(st.articles) >= 2]
    stories.sort(key=lambda st: (-digest.independent(st.articles), -len(st.articles), st.id))
    claims = []
    for st in stories[:KEY_STORIES]:
        span = f", {st.first_day} to {st.last_day}" if st.first_day and st.first_day != st.last_day else (
            f", {st.first_day}" if st.first_day else "")
        claims.append(Claim(f"Story “{st.label}”: {_reach(digest, set(st.articles))}{span}.", st.evidence))
    return claims


def _incident_claims(digest: Digest) -> list[Claim]:
    def disputed_first(i):  # a disagreement (another toll, a denial) is what an analyst must see at once
        contested = bool(i.denials) or any(c["attribute"] != "occurred" and c["contradicting"] for c in i.claims)
        return (not contested, -i.independent, i.credibility, -len(i.evidence), i.id)

    incidents = sorted(digest.incidents, key=disputed_first)
    claims = []
    for inc in incidents[:KEY_INCIDENTS]:
        name = inc.label or " ".join(x for x in (inc.type, inc.place, inc.day) if x)
        arts = {e.article for e in inc.evidence}
        text = (f"{name}: {_plural(len(arts), 'article')}, {_plural(inc.independent, 'independent source')};"
                f" credibility {inc.credibility} ({CREDIBILITY.get(inc.credibility, 'unknown')})")
        disputed: dict[str, list[str]] = defaultdict(list)
        for c in inc.claims:
            if c["attribute"] != "occurred" and c["contradicting"]:
                disputed[c["attribute"]].append(str(c["value"]))
        for attribute, values in disputed.items():
            text += f"; {attribute} disputed: {' vs '.join(values)}"
        if inc.denials:
            text += f"; denied in {_plural(inc.denials, 'report')}"
        claims.append(Claim(text + ".", inc.evidence))
    return claims


def _key_places(digest: Digest) -> list[Claim]:
    places = [p for p in digest.places.values() if p.precision != "country"]
    places.sort(key=lambda p: (-digest.independent(p.articles), -len(p.mentions), p.name))
    claims = []
    for p in places[:KEY_PLACES]:
        where = ", ".join(x for x in (p.admin1_name if p.admin1_name != p.name else None, p.country) if x)
        first = _first_day(digest, p.articles)
        text = (f"{p.name}{f' ({where})' if where else ''} is reported in {_reach(digest, p.articles)}"
                f"{f', first on {first}' if first else ''}.")
        claims.append(Claim(text, _first_per_article(p.mentions)))
    return claims


def _key_actors(digest: Digest) -> list[Claim]:
    actors = [a for a in digest.actors.values() if a.type != "state" and not a.anonymous]
    actors.sort(key=lambda a: (-digest.independent(a.articles), -len(a.mentions), a.name))
    claims = []
    for a in actors[:KEY_ACTORS]:
        country = f" ({_country_name(digest, a.country)})" if a.country else ""
        claims.append(Claim(f"{a.name}{country} is named in {_reach(digest, a.articles)}.",
                            _first_per_article(a.mentions)))
    return claims


def _shorten(text: str, n: int = 130) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0] + "…"


def _sides(digest: Digest) -> list[tuple[str, list[Claim]]]:
    by_country: dict[str, list] = defaultdict(list)
    for st in digest.statements:
        if st.speaker_country and st.speaker_name and len(st.content.split()) >= MIN_QUOTE_WORDS:
            by_country[st.speaker_country].append(st)
    ranked = sorted(by_country.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    sides = []
    for code, sts in ranked[:3 if len(ranked) > 2 and len(ranked[2][1]) >= 3 else 2]:
        voice = Counter(s.speaker_name for s in sts)
        sts = sorted(sts, key=lambda s: (s.speaker_id is None or s.speaker_id.startswith("new:"),
                                         -voice[s.speaker_name], not s.direct,
                                         digest.articles[s.article].published or "", s.evidence.start))
        claims, seen = [], set()
        for s in sts:
            k = (s.speaker_name, " ".join(s.content.split())[:60])
            if k in seen:
                continue
            seen.add(k)
            a = digest.articles[s.article]
            quote = _shorten(s.content)
            verb = "said" if s.direct else "reportedly said"
            claims.append(Claim(f"{s.speaker_name} {verb}: “{quote}” ({a.outlet}, {a.day or a.published or 'undated'}).",
                                [s.evidence]))
            if len(claims) == SIDE_STATEMENTS:
                break
        sides.append((_country_name(digest, code), claims))
    return sides


def _new(con: sqlite3.Connection, digest: Digest, since: str, until: str) -> tuple[list[Claim], str]:
    p0, p1 = previous_period(since, until)
    prev_filters = Filters(**{**digest.filters.__dict__, "since": p0, "until": p1})
    try:
        prev = collect(con, prev_filters)
    except SharingError:
        prev = Digest(filters=prev_filters)
    note = f"Compared with the previous period, {p0} to {p1} ({_plural(len(prev.articles), 'article')})."
    claims = []
    places = [p for k, p in digest.places.items() if k not in prev.places and p.precision != "country"]
    places.sort(key=lambda p: (-digest.independent(p.articles), p.name))
    for p in places[:NEW_ITEMS]:
        claims.append(Claim(f"{p.name}: first reported in this period, {_reach(digest, p.articles)}.",
                            _first_per_article(p.mentions)))
    actors = [a for k, a in digest.actors.items() if k not in prev.actors and not a.anonymous and a.type != "state"]
    actors.sort(key=lambda a: (-digest.independent(a.articles), a.name))
    for a in actors[:NEW_ITEMS]:
        claims.append(Claim(f"{a.name}: first named in this period, {_reach(digest, a.articles)}.",
                            _first_per_article(a.mentions)))
    return claims, note


def _days(since: str, until: str) -> list[str]:
    a, b = dt.date.fromisoformat(since), dt.date.fromisoformat(until)
    if (b - a).days > 366:
        raise SharingError(f"{since} to {until} is {(b - a).days + 1} days; a brief covers at most 367:"
                           " give --since and --until")
    return [(a + dt.timedelta(days=i)).isoformat() for i in range((b - a).days + 1)]


def build(con: sqlite3.Connection, filters: Filters) -> Brief:
    digest = collect(con, filters)
    since = day_bounds(filters.since, "--since")[0] if filters.since else None
    until = day_bounds(filters.until, "--until")[1] if filters.until else None
    days_known = sorted(a.day for a in digest.articles.values() if a.day)
    since = since or (days_known[0] if days_known else None)
    until = until or (days_known[-1] if days_known else None)
    if since and until and since > until:
        raise SharingError(f"--since {filters.since} is after --until {filters.until}")
    langs = Counter(a.language or "?" for a in digest.articles.values())
    if not digest.articles:
        period = f"{since} to {until}" if since else "the corpus"
        return Brief(since, until, filters, f"Nothing in the period: no article in {period} matches the filters.",
                     empty=True)
    summary = (f"{_plural(len(digest.articles), 'article')} ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))})"
               f" from {_plural(len(digest.outlets(digest.articles)), 'outlet')},"
               f" {digest.independent(digest.articles)} independent of each other;"
               f" {_plural(len(digest.statements), 'attributed statement')}"
               + (f", {_plural(len(digest.events), 'event')}" if digest.has_events_layer else "") + ".")
    brief = Brief(since, until, filters, summary)
    crowded = bool(digest.stories or digest.incidents)
    brief.key = (_story_claims(digest) + (_incident_claims(digest) if digest.incidents else _incidents(digest))
                 + _key_places(digest)[: 2 if crowded else KEY_PLACES]
                 + _key_actors(digest)[: 2 if crowded else KEY_ACTORS])
    brief.sides = _sides(digest)
    brief.new, brief.previous = _new(con, digest, since, until)
    # pictures
    from . import charts

    points = [(p.lat, p.lon, len(p.articles), p.name) for p in digest.places.values()
              if p.lat is not None and p.precision != "country"]
    ev_points = [(e.place.lat, e.place.lon) for e in digest.events if e.place and e.place.lat is not None]
    brief.map_png = charts.map_png(points, ev_points)
    by_lang: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for a in digest.articles.values():
        if a.day:
            by_lang[a.language or "?"][a.day] += 1
    ev_days = Counter((e.date or e.earliest or "")[:10] for e in digest.events)
    brief.timeline_png = charts.timeline_png(_days(since, until), by_lang, ev_days)
    brief.digest = digest
    return brief


# -- rendering ---------------------------------------------------------------------------


def _filters_line(b: Brief) -> str:
    parts = [f"{k} {v}" for k, v in b.filters.describe()]
    return "; ".join(parts) if parts else "none"


def _period(b: Brief) -> str:
    return f"{b.since} to {b.until}" if b.since else "whole corpus (no dated article)"


CSS = """
@page { size: A4; margin: 11mm 12mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 8.3pt; color: #1b1b1b; margin: 0; }
h1 { font-size: 14pt; margin: 0 0 2pt; }
h2 { font-size: 9.5pt; margin: 7pt 0 3pt; border-bottom: 1px solid #999; text-transform: uppercase; letter-spacing: .04em; }
.meta { color: #444; margin: 0 0 4pt; }
.grid { display: grid; grid-template-columns: 56% 44%; column-gap: 10pt; }
p.claim { margin: 0 0 3pt; }
a.ev { font-size: 6.3pt; vertical-align: super; text-decoration: none; color: #2e6da4; }
img.fig { width: 100%; display: block; margin-bottom: 3pt; }
.sides { display: grid; grid-template-columns: repeat(var(--n), 1fr); column-gap: 10pt; }
.side h3 { font-size: 8.5pt; margin: 2pt 0; }
.note { color: #555; font-style: italic; margin: 0 0 3pt; }
.evidence { break-before: page; font-size: 7pt; }
.evidence ol { padding-left: 18pt; }
.evidence li { margin-bottom: 2pt; }
.caption { font-size: 6.8pt; color: #555; margin: 0 0 6pt; }
"""


def _claims_html(claims: list[Claim], number: dict[int, int]) -> str:
    out = []
    for c in claims:
        n = number[id(c)]
        out.append(f'<p class="claim" id="c{n}">{html.escape(c.text)} <a class="ev" href="#e{n}">[{n}]</a></p>')
    return "\n".join(out)


def _safe_url(url: str | None) -> bool:
    """Only plain web links become links (a hostile ``javascript:`` or a ``>`` stays text)."""
    return bool(url) and url.lower().startswith(("http://", "https://")) and not any(c in url for c in "<>\"' \n")


def _span_html(e: Evidence, digest: Digest | None) -> str:
    esc = html.escape
    a = digest.articles.get(e.article) if digest else None
    meta = f"{esc(a.outlet)}, {esc(a.published or 'undated')}, {esc(a.language or '?')}" if a else ""
    link = f' <a href="{esc(a.url)}">link</a>' if a and _safe_url(a.url) else ""
    return (f'<li class="span" data-article="{e.article}" data-article-id="{esc(e.article_id)}" data-start="{e.start}"'
            f' data-end="{e.end}">article {e.article} <code>{esc(e.article_id)}</code> [{e.start}:{e.end}] ({meta}):'
            f" “{esc(' '.join(e.text.split()))}”{link}</li>")


def to_html(b: Brief) -> str:
    numbered = b.numbered()
    index = {id(c): n for n, c in numbered}
    esc = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>Situation report {esc(_period(b))}</title>", f"<style>{CSS}</style></head><body>",
             f"<h1>Situation report: {esc(_period(b))}</h1>",
             f'<p class="meta">Filters: {esc(_filters_line(b))}. {esc(b.summary)}</p>']
    if b.empty:
        parts.append('<p class="empty">Nothing in the period.</p></body></html>')
        return "\n".join(parts)
    digest = b.digest
    articles = len(digest.articles) if digest else 0
    parts.append('<div class="grid"><div>')
    parts.append("<h2>Key developments</h2>" + _claims_html(b.key, index))
    parts.append("<h2>New since the previous period</h2>" + f'<p class="note">{esc(b.previous)}</p>'
                 + (_claims_html(b.new, index) or '<p class="note">Nothing new.</p>'))
    parts.append("</div><div>")
    if b.map_png:
        parts.append(f'<img class="fig" id="map" alt="map of the places reported" src="data:image/png;base64,'
                     f'{base64.b64encode(b.map_png).decode()}">'
                     '<p class="caption">Places reported in the period (disc size: articles); triangles: events.</p>')
    if b.timeline_png:
        parts.append(f'<img class="fig" id="timeline" alt="articles per day" src="data:image/png;base64,'
                     f'{base64.b64encode(b.timeline_png).decode()}">'
                     f'<p class="caption">Articles per publication day by language ({articles} in all).</p>')
    parts.append("</div></div>")
    parts.append(f'<h2>What each side claims</h2><div class="sides" style="--n:{max(1, len(b.sides))}">')
    for label, claims in b.sides:
        parts.append(f'<div class="side"><h3>{esc(label)}</h3>{_claims_html(claims, index)}</div>')
    if not b.sides:
        parts.append('<p class="note">No attributed statement with a known speaker in the period.</p>')
    parts.append("</div>")
    parts.append('<section class="evidence"><h2>Evidence</h2><ol>')
    for n, c in numbered:
        spans = "".join(_span_html(e, b.digest) for e in c.evidence)
        parts.append(f'<li id="e{n}"><a href="#c{n}">{esc(_shorten(c.text, 90))}</a><ul>{spans}</ul></li>')
    parts.append("</ol></section></body></html>")
    return "\n".join(parts)


def _md(text: str) -> str:
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return text


def to_markdown(b: Brief, pictures: tuple[str, str] | None = None) -> str:
    numbered = b.numbered()
    index = {id(c): n for n, c in numbered}
    lines = [f"# Situation report: {_period(b)}", "", f"Filters: {_md(_filters_line(b))}. {_md(b.summary)}", ""]
    if b.empty:
        return "\n".join(lines + ["Nothing in the period.", ""])

    def claim(c: Claim) -> str:
        n = index[id(c)]
        return f"- {_md(c.text)} [\\[{n}\\]](#e{n})"

    lines += ["## Key developments", ""] + [claim(c) for c in b.key] + [""]
    if pictures:
        lines += [f"![map of the places reported]({pictures[0]})", "", f"![articles per day]({pictures[1]})", ""]
    lines += ["## New since the previous period", "", f"_{_md(b.previous)}_", ""] + [claim(c) for c in b.new] + [""]
    lines += ["## What each side claims", ""]
    for label, claims in b.sides:
        lines += [f"### {_md(label)}", ""] + [claim(c) for c in claims] + [""]
    lines += ["## Evidence", ""]
    for n, c in numbered:
        lines.append(f'{n}. <a id="e{n}"></a>{_md(_shorten(c.text, 90))}')
        for e in c.evidence:
            a = b.digest.articles.get(e.article) if b.digest else None
            meta = f"{_md(a.outlet)}, {a.published or 'undated'}, {a.language or '?'}" if a else ""
            url = f" <{a.url}>" if a and _safe_url(a.url) else ""
            lines.append(f"    - article {e.article} `{e.article_id}` \\[{e.start}:{e.end}\\] ({meta}):"
                         f" “{_md(' '.join(e.text.split()))}”{url}")
    return "\n".join(lines) + "\n"


# -- PDF ---------------------------------------------------------------------------------


def chromium() -> str | None:
    for name in (os.environ.get("SITREP_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def html_to_pdf(page: str, out: Path, timeout: float = 90.0) -> None:
    """Print a self-contained page to PDF with headless Chromium, every network request refused."""
    binary = chromium()
    if binary is None:
        raise SharingError("--format pdf needs Chromium (Debian: apt-get install chromium, or set SITREP_CHROMIUM)")
    with tempfile.TemporaryDirectory(prefix="sitrep-brief-") as tmp:
        src = Path(tmp) / "brief.html"
        src.write_text(page, encoding="utf-8")
        cmd = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", "--disable-extensions", "--disable-background-networking",
               "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
               f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer",
               f"--print-to-pdf={out.resolve()}", src.as_uri()]
        try:
            run = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise SharingError(f"{out}: Chromium did not print the brief within {timeout:.0f} s") from None
    if run.returncode != 0 or not out.exists() or out.stat().st_size == 0:
        last = (run.stderr.strip().splitlines() or ["no output"])[-1]
        raise SharingError(f"{out}: Chromium could not print the brief: {last}")


def write(b: Brief, fmt: str, out: Path | None) -> list[Path]:
    """Write the brief; returns the files written (Markdown also writes its two pictures)."""
    if fmt not in FORMATS:
        raise SharingError(f"unknown brief format {fmt!r} (choose {', '.join(FORMATS)})")
    try:
        return _write(b, fmt, out)
    except OSError as exc:
        raise SharingError(f"{out}: cannot write: {exc.strerror or exc}") from None


def _write(b: Brief, fmt: str, out: Path | None) -> list[Path]:
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "pdf":
        if out is None:
            raise SharingError("--format pdf needs --out FILE")
        html_to_pdf(to_html(b), out)
        return [out]
    if fmt == "html":
        text, written = to_html(b), []
    else:
        pictures = None
        written = []
        if out is not None and b.map_png and b.timeline_png:
            stem = out.with_suffix("")
            names = (Path(f"{stem.name}-map.png"), Path(f"{stem.name}-timeline.png"))
            for name, data in zip(names, (b.map_png, b.timeline_png)):
                (out.parent / name).write_bytes(data)
                written.append(out.parent / name)
            pictures = (str(names[0]), str(names[1]))
        text = to_markdown(b, pictures)
    if out is None:
        import sys

        sys.stdout.write(text)
        return written
    out.write_text(text, encoding="utf-8")
    return [out] + written
