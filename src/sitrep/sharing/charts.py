"""The brief's two pictures, drawn offline with matplotlib (no pyplot state, Agg canvas).

- the map: Natural Earth country outlines (``sitrep/data/basemap/countries-50m.geojson``) around
  the places of the period, a disc per place sized by the articles mentioning it, a triangle per
  located event;
- the timeline: articles per publication day stacked by language, events per day on top.

Colours are fixed (``MAP_MARKER``, ``TIMELINE_BAR``...) so a test can find each picture in a
rendered page.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
from functools import lru_cache
from importlib import resources

MAP_LAND = "#ece8dc"
MAP_SEA = "#dbe8f1"
MAP_MARKER = "#c0392b"
MAP_EVENT = "#6c3483"
TIMELINE_BAR = "#2e6da4"
LANG_COLOURS = {"en": TIMELINE_BAR, "fr": "#5b9bd5", "ru": "#9dc3e6", "uk": "#1f4e79"}
OTHER_LANG = "#b4c7e7"
#: the map shows places within this many degrees (lat, lon) of the most reported one
MAX_SPAN = (10.0, 16.0)
TIMELINE_EVENT = "#e67e22"


@lru_cache(maxsize=1)
def basemap() -> list[list[list[tuple[float, float]]]]:
    """Country polygons as lists of rings of (lon, lat)."""
    path = resources.files("sitrep").joinpath("data", "basemap", "countries-50m.geojson")
    data = json.loads(path.read_text(encoding="utf-8"))
    polygons = []
    for f in data["features"]:
        g = f.get("geometry") or {}
        parts = g.get("coordinates", []) if g.get("type") == "MultiPolygon" else [g.get("coordinates", [])]
        for poly in parts:
            if poly:
                polygons.append([[tuple(p) for p in ring] for ring in poly])
    return polygons


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=150)
    return buf.getvalue()


def map_png(points: list[tuple[float, float, int, str]], events: list[tuple[float, float]],
            labels: int = 6) -> bytes:
    """``points``: (lat, lon, articles, name) of places; ``events``: (lat, lon) of located events."""
    from matplotlib.collections import PolyCollection
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4.6, 3.4))
    ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set_facecolor(MAP_SEA)
    # frame the area around the most reported place: a far-away mention (Washington in a story
    # about Kharkiv) must not shrink the theatre to a dot
    inside = points + [(lat, lon, 0, "") for lat, lon in events]
    if points:
        anchor = max(points, key=lambda p: p[2])
        inside = [p for p in inside if abs(p[0] - anchor[0]) <= MAX_SPAN[0] and abs(p[1] - anchor[1]) <= MAX_SPAN[1]]
    lats = [p[0] for p in inside]
    lons = [p[1] for p in inside]
    if lats:
        lat0, lat1, lon0, lon1 = min(lats), max(lats), min(lons), max(lons)
    else:
        lat0, lat1, lon0, lon1 = 35.0, 60.0, 10.0, 45.0
    pad_lat = max(1.0, (lat1 - lat0) * 0.15)
    pad_lon = max(1.5, (lon1 - lon0) * 0.15)
    lat0, lat1, lon0, lon1 = lat0 - pad_lat, lat1 + pad_lat, lon0 - pad_lon, lon1 + pad_lon
    # keep the aspect of the box close to the figure's (cos(latitude) for longitudes)
    k = math.cos(math.radians((lat0 + lat1) / 2))
    want = 4.6 / 3.4
    width, height = (lon1 - lon0) * k, lat1 - lat0
    if width / height < want:
        extra = (height * want - width) / k / 2
        lon0, lon1 = lon0 - extra, lon1 + extra
    else:
        extra = (width / want - height) / 2
        lat0, lat1 = lat0 - extra, lat1 + extra
    rings = [[(x * k, y) for x, y in ring] for poly in basemap() for ring in poly[:1]
             if any(lon0 - 5 <= x <= lon1 + 5 and lat0 - 5 <= y <= lat1 + 5 for x, y in ring[:: max(1, len(ring) // 50)])]
    ax.add_collection(PolyCollection(rings, facecolors=MAP_LAND, edgecolors="#8c8c8c", linewidths=0.4))
    ax.set_xlim(lon0 * k, lon1 * k)
    ax.set_ylim(lat0, lat1)
    ax.set_xticks([])
    ax.set_yticks([])
    if points:
        top = max(p[2] for p in points)
        ax.scatter([p[1] * k for p in points], [p[0] for p in points],
                   s=[20 + 260 * math.sqrt(p[2] / top) for p in points], c=MAP_MARKER, alpha=0.75,
                   edgecolors="white", linewidths=0.6, zorder=3)
        for lat, lon, n, name in sorted(points, key=lambda p: -p[2])[:labels]:
            ax.annotate(f"{name} ({n})", (lon * k, lat), xytext=(5, 4), textcoords="offset points",
                        fontsize=6.5, zorder=4, color="#222222")
    if events:
        ax.scatter([e[1] * k for e in events], [e[0] for e in events], marker="^", s=28, c=MAP_EVENT,
                   edgecolors="white", linewidths=0.5, zorder=5)
    return _png(fig)


def timeline_png(days: list[str], by_lang: dict[str, dict[str, int]], events: dict[str, int]) -> bytes:
    """``days``: every day of the period; ``by_lang``: language -> day -> articles; ``events``: day -> events."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4.6, 1.9))
    ax = fig.add_axes((0.09, 0.24, 0.89, 0.70))
    x = list(range(len(days)))
    bottom = [0] * len(days)
    for lang in sorted(by_lang, key=lambda k: (k not in LANG_COLOURS, k)):
        vals = [by_lang[lang].get(d, 0) for d in days]
        ax.bar(x, vals, bottom=bottom, color=LANG_COLOURS.get(lang, OTHER_LANG), width=0.8, label=lang)
        bottom = [b + v for b, v in zip(bottom, vals)]
    if any(events.values()):
        ax.plot(x, [events.get(d, 0) for d in days], color=TIMELINE_EVENT, marker="o", markersize=3,
                linewidth=1.2, label="events")
    step = max(1, len(days) // 10)
    ax.set_xticks(x[::step])
    ax.set_xticklabels([dt.date.fromisoformat(d).strftime("%d %b") for d in days[::step]], fontsize=6.5)
    ax.tick_params(axis="y", labelsize=6.5)
    ax.set_ylabel("articles", fontsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    if by_lang:
        ax.legend(fontsize=6, frameon=False, ncol=6, loc="upper left")
    ax.set_xlim(-0.6, len(days) - 0.4)
    ax.set_ylim(0, max(bottom + [1]) * 1.25)
    return _png(fig)
