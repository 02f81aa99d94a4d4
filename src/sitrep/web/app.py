"""The workbench application: HTML pages and their JSON twins under ``/api/v1``.

Every page ``/X?filters`` has its JSON at ``/api/v1/X?filters`` (same path, same
query string); tables also come as CSV with ``format=csv``. Pages are rendered on
the server with Jinja2 (autoescaping on: article text is hostile input) and
enhanced by small scripts served from ``/static`` (the map, the timeline brush, the
sources graph, the report's annotation panel). Nothing is loaded from elsewhere.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
import threading
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..corpus.read import corpus_info, load
from . import article_view, queries
from .db import Database
from .queries import BadRequest, Filters
from .security import Guard, error_body, error_html, wants_json

HERE = Path(__file__).parent
BASEMAP = resources.files("sitrep") / "data" / "basemap" / "countries-50m.geojson"
MAX_LIMIT = 100
LAYER_TTL = 600  # seconds the list of layers (and tables) is kept before it is read again
MAX_OFFSET = queries.MATCH_CAP


def safe_url(value: Any) -> str | None:
    """``value`` if it is an http(s) URL (a ``javascript:`` link from a hostile article is dropped)."""
    if isinstance(value, str) and value[:8].lower().startswith(("http://", "https://")):
        return value
    return None


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_url"] = safe_url
    env.filters["qs"] = lambda pairs: urlencode(pairs)
    env.globals["version"] = __version__
    env.globals["facet_sample"] = queries.FACET_SAMPLE
    env.globals["scan_cap"] = queries.SCAN_CAP
    return env


def filters(
    q: Annotated[str, Query(max_length=queries.MAX_QUERY_CHARS, description="full-text query (FTS5: words, \"phrases\", OR, NOT, prefix*)")] = "",
    lang: Annotated[str, Query(max_length=16, description="language code")] = "",
    source: Annotated[str, Query(max_length=200, description="outlet (source name)")] = "",
    since: Annotated[str, Query(max_length=32, description="published on or after YYYY[-MM[-DD]]")] = "",
    until: Annotated[str, Query(max_length=32, description="published on or before YYYY[-MM[-DD]]")] = "",
    place: Annotated[str, Query(max_length=200, description="a place: GeoNames id or name")] = "",
    actor: Annotated[str, Query(max_length=200, description="an actor: id (e.g. UKR) or name")] = "",
    event_type: Annotated[str, Query(max_length=100, description="an event annotation of this type")] = "",
    modality: Annotated[str, Query(max_length=100, description="an event annotation with this modality")] = "",
    layer: Annotated[list[str], Query(max_length=200, description="LAYER:VALUE, an annotation of any layer (repeatable)")] = [],  # noqa: B006
) -> Filters:
    return Filters(q=q, lang=lang, source=source, since=since, until=until, place=place, actor=actor,
                   event_type=event_type, modality=modality, layer=list(layer))


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size (1-{MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="results to skip")]
Format = Annotated[str, Query(pattern="^(json|csv)$", description="json (default) or csv")]
F = Annotated[Filters, Depends(filters)]
By = Annotated[str, Query(pattern="^(language|source)$", description="split bars by language or source")]


def _csv_cell(value: Any) -> Any:
    """Spreadsheet-safe cell: a value that a spreadsheet would run as a formula gets a leading quote."""
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_response(rows: list[dict], columns: list[str], name: str) -> Response:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(columns)
    for r in rows:
        w.writerow([_csv_cell(r.get(c)) for c in columns])
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{name}.csv"'})


def create_app(db_path: str | Path, token: str | None = None, hosts: tuple[str, ...] = ()) -> Guard:
    """The ASGI application over the corpus at ``db_path`` (opened read-only)."""
    db = Database(db_path)
    env = _env()
    app = FastAPI(title="sitrep workbench API", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/v1/openapi.json",
                  description="Read-only HTTP API over a sitrep corpus. Every page of the workbench has its JSON "
                              "here at the same path under /api/v1 with the same query string. Errors: "
                              '{"error": {"status", "code", "message"}}.')
    app.state.db = db
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def con() -> sqlite3.Connection:
        return db.con()

    def page(request: Request, template: str, data: dict, f: Filters | None = None, **ctx) -> HTMLResponse:
        pairs = f.params() if f else []
        api = "/api/v1" + request.url.path + ("?" + urlencode(pairs) if pairs else "")
        if request.url.path == "/api":
            api = "/api/v1/openapi.json"
        body = env.get_template(template).render(request=request, data=data, f=f or Filters(), pairs=pairs,
                                                 api=api, layers=layer_names(), path=request.url.path, **ctx)
        return HTMLResponse(body)

    def layer_names() -> list[dict]:
        return db.cached("layers", LAYER_TTL, lambda: queries.layer_counts(db.con()))

    def warm_layers() -> None:
        """The layer list reads every article's row: computed in the background, start-up does not
        wait. A query over the time limit (a large corpus, a short ``query_seconds``) leaves it to
        the first page that asks, which reports it as any slow query (503): one line here, never a
        thread's traceback."""
        try:
            layer_names()
        except sqlite3.OperationalError as exc:
            print(f"sitrep serve: the layer list was not prepared in advance ({exc}); pages compute it "
                  "when asked", file=sys.stderr)

    threading.Thread(target=warm_layers, name="sitrep-warm-layers", daemon=True).start()

    def tables() -> list[dict]:
        return db.cached("tables", LAYER_TTL, lambda: queries.extra_tables(db.con()))

    # -- errors: one shape --------------------------------------------------------------
    def error(request: Request, status: int, message: str) -> Response:
        if wants_json(request.url.path):
            return JSONResponse(error_body(status, message), status_code=status)
        return HTMLResponse(error_html(status, message), status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        return error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:]) or 'request'}: {e['msg']}"
                             for e in exc.errors())
        return error(request, 400, problems)

    @app.exception_handler(BadRequest)
    async def _bad(request: Request, exc: BadRequest):
        return error(request, 400, str(exc))

    @app.exception_handler(LookupError)
    async def _missing(request: Request, exc: LookupError):
        return error(request, 404, str(exc.args[0]) if exc.args else "not found")

    @app.exception_handler(sqlite3.OperationalError)
    async def _sql(request: Request, exc: sqlite3.OperationalError):
        if "interrupted" in str(exc):
            return error(request, 503, f"the query took longer than {db.query_seconds:g} s; narrow the filters")
        return error(request, 500, "database error")

    # -- assets ---------------------------------------------------------------------------
    @app.get("/static-report/report.css", include_in_schema=False)
    def report_css():
        return Response(article_view.REPORT_CSS, media_type="text/css", headers={"cache-control": "max-age=3600"})

    @app.get("/static-report/report.js", include_in_schema=False)
    def report_js():
        return Response(article_view.REPORT_JS, media_type="text/javascript", headers={"cache-control": "max-age=3600"})

    @app.get("/basemap.geojson", include_in_schema=False)
    def basemap():
        return Response(BASEMAP.read_bytes(), media_type="application/geo+json",
                        headers={"cache-control": "max-age=86400"})

    # -- search -----------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def home():
        return RedirectResponse("/search", status_code=303)

    @app.get("/api/v1/search", tags=["articles"], summary="Full-text search with facets and highlighted snippets")
    def api_search(f: F, limit: Limit = 20, offset: Offset = 0, format: Format = "json"):
        result = queries.search(con(), f, limit, offset, with_facets=format == "json")
        if format == "csv":
            return csv_response(result["results"], ["id", "article_id", "title", "language", "published",
                                                    "source", "url", "duplicate_of"], "search")
        return result

    @app.get("/search", include_in_schema=False, response_class=HTMLResponse)
    def search_page(request: Request, f: F, limit: Limit = 20, offset: Offset = 0):
        return page(request, "search.html", queries.search(con(), f, limit, offset), f, limit=limit, offset=offset)

    @app.get("/api/v1/articles", tags=["articles"], summary="Articles matching the filters (no facets)")
    def api_articles(f: F, limit: Limit = 20, offset: Offset = 0, format: Format = "json"):
        return api_search(f, limit, offset, format) if format == "csv" else \
            queries.search(con(), f, limit, offset, with_facets=False)

    # -- one article -------------------------------------------------------------------------
    def _article(ref: str):
        c = con()
        rowid = queries.resolve_article(c, ref)
        return c, rowid, load(c, rowid)

    @app.get("/api/v1/articles/{ref}", tags=["articles"], summary="An article with every layer (the article JSON contract)")
    def api_article(ref: str):
        c, rowid, art = _article(ref)
        return {"corpus": {**corpus_info(c, rowid), **queries.article_meta(c, rowid)},
                "copies": queries.copies(c, rowid), "article": art.to_dict()}

    @app.get("/api/v1/articles/{ref}/layers/{layer}", tags=["articles"], summary="One layer of an article")
    def api_article_layer(ref: str, layer: str, format: Format = "json"):
        _c, rowid, art = _article(ref)
        if layer not in art.layers:
            raise LookupError(f"article {rowid} has no layer {layer!r} (layers: {', '.join(art.layers)})")
        rows = [{**a.to_dict(), "surface": art.text[a.start:a.end]} for a in art.layers[layer]]
        if format == "csv":
            return csv_response(rows, ["start", "end", "label", "surface", "confidence", "producer", "attrs"],
                                f"article-{rowid}-{layer}")
        return {"article": rowid, "layer": layer, "annotations": rows}

    @app.get("/articles/{ref}", include_in_schema=False, response_class=HTMLResponse)
    def article_page(request: Request, ref: str):
        c, rowid, art = _article(ref)
        meta = queries.article_meta(c, rowid)
        view = article_view.parts(art)
        extra = {name: [{"a": a, "surface": art.text[a.start:a.end]} for a in anns]
                 for name, anns in art.layers.items() if name not in queries.STRUCTURAL}
        original = queries.article_meta(c, meta["duplicate_of"]) if meta["duplicate_of"] else None
        return page(request, "article.html", {"meta": meta, "article": art, "original": original},
                    view=view, extra=extra, copies=queries.copies(c, rowid), rowid=rowid)

    @app.get("/articles/{ref}/layers.css", include_in_schema=False)
    def article_css(ref: str):
        _c, _rowid, art = _article(ref)
        return Response(article_view.layer_css(art), media_type="text/css")

    # -- map -----------------------------------------------------------------------------------
    @app.get("/api/v1/map", tags=["map"], summary="GeoJSON: resolved places of the matched articles, with mention counts")
    def api_map(f: F):
        return JSONResponse(queries.map_points(con(), f), media_type="application/geo+json")

    @app.get("/map", include_in_schema=False, response_class=HTMLResponse)
    def map_page(request: Request, f: F):
        return page(request, "map.html", {}, f)

    # -- timeline --------------------------------------------------------------------------------
    @app.get("/api/v1/timeline", tags=["timeline"], summary="Articles and events per day")
    def api_timeline(f: F, by: By = "language", format: Format = "json"):
        result = queries.timeline(con(), f, by)
        if format == "csv":
            rows = [{"day": d["day"], "group": g, "articles": n} for d in result["days"] for g, n in d["counts"].items()]
            return csv_response(rows, ["day", "group", "articles"], "timeline")
        return result

    @app.get("/timeline", include_in_schema=False, response_class=HTMLResponse)
    def timeline_page(request: Request, f: F, by: By = "language", limit: Limit = 20, offset: Offset = 0):
        data = queries.search(con(), f, limit, offset, with_facets=False)
        return page(request, "timeline.html", data, f, by=by, limit=limit, offset=offset)

    # -- places and actors -------------------------------------------------------------------------
    def _index(kind: str):
        layer = "places" if kind == "places" else "actors"

        def api(f: F, limit: Limit = 50, format: Format = "json"):
            rows = queries.entity_index(con(), layer, f, limit)
            if format == "csv":
                return csv_response(rows, ["key", "name", "mentions", "articles", "languages"], kind)
            return {"items": rows}

        def html_page(request: Request, f: F, limit: Limit = 50):
            return page(request, "index.html", {"items": queries.entity_index(con(), layer, f, limit)}, f, kind=kind)

        return api, html_page

    for kind, summary in (("places", "Most mentioned places (GeoNames ids)"), ("actors", "Most mentioned actors")):
        api_fn, page_fn = _index(kind)
        app.get(f"/api/v1/{kind}", tags=[kind], summary=summary, name=f"api_{kind}")(api_fn)
        app.get(f"/{kind}", include_in_schema=False, response_class=HTMLResponse, name=f"page_{kind}")(page_fn)

    @app.get("/api/v1/places/{key}", tags=["places"], summary="A place: mentions in every language, events there")
    def api_place(key: str, f: F, limit: Limit = 20, offset: Offset = 0):
        return queries.place(con(), key, f, limit, offset)

    @app.get("/places/{key}", include_in_schema=False, response_class=HTMLResponse)
    def place_page(request: Request, key: str, f: F, limit: Limit = 20, offset: Offset = 0):
        return page(request, "place.html", queries.place(con(), key, f, limit, offset), f, limit=limit, offset=offset)

    @app.get("/api/v1/actors/{key}", tags=["actors"],
             summary="An actor: mentions in every language, what they said, what was said about them, events")
    def api_actor(key: str, f: F, limit: Limit = 20, offset: Offset = 0):
        return queries.actor(con(), key, f, limit, offset)

    @app.get("/actors/{key}", include_in_schema=False, response_class=HTMLResponse)
    def actor_page(request: Request, key: str, f: F, limit: Limit = 20, offset: Offset = 0):
        return page(request, "actor.html", queries.actor(con(), key, f, limit, offset), f, limit=limit, offset=offset)

    # -- sources --------------------------------------------------------------------------------------
    @app.get("/api/v1/sources", tags=["sources"], summary="Who cites whom: outlets, quoted sources, copies between outlets")
    def api_sources(f: F, limit: Limit = 60, format: Format = "json"):
        result = queries.sources(con(), f, limit)
        if format == "csv":
            return csv_response(result["cites"], ["outlet", "source", "label", "statements"], "sources")
        return result

    @app.get("/sources", include_in_schema=False, response_class=HTMLResponse)
    def sources_page(request: Request, f: F, limit: Limit = 60):
        data = queries.sources(con(), f, limit)
        return page(request, "sources.html", data, f, stories=_stories(10, 0))

    # -- layers, events, stories, extra tables ---------------------------------------------------------
    @app.get("/api/v1/layers", tags=["layers"], summary="Every layer in the corpus with its counts, and the extra tables")
    def api_layers():
        return {"layers": layer_names(), "tables": tables()}

    @app.get("/layers", include_in_schema=False, response_class=HTMLResponse)
    def layers_page(request: Request):
        return page(request, "layers.html", {"layers": layer_names(), "tables": tables()})

    def _layer(name: str, f: Filters, limit: int, offset: int) -> dict:
        if name not in {x["name"] for x in layer_names()}:
            return {"layer": name, "available": False,
                    "message": f"no {name!r} layer in this corpus (layers: {', '.join(x['name'] for x in layer_names())})"}
        return {"available": True, **queries.layer_items(con(), name, f, limit, offset)}

    @app.get("/api/v1/layers/{name}", tags=["layers"], summary="Annotations of one layer across the matched articles")
    def api_layer(name: str, f: F, limit: Limit = 20, offset: Offset = 0, format: Format = "json"):
        result = _layer(name, f, limit, offset)
        if not result["available"]:
            raise LookupError(result["message"])
        if format == "csv":
            rows = [{**i, "surface": i["context"]["match"]} for i in result["items"]]
            return csv_response(rows, ["article", "seq", "start", "end", "label", "surface", "confidence", "producer",
                                       "attrs"], f"layer-{name}")
        return result

    @app.get("/layers/{name}", include_in_schema=False, response_class=HTMLResponse)
    def layer_page(request: Request, name: str, f: F, limit: Limit = 20, offset: Offset = 0):
        return page(request, "layer.html", _layer(name, f, limit, offset), f, name=name, limit=limit, offset=offset)

    @app.get("/api/v1/events", tags=["events"], summary="Event annotations (layer events), when the corpus has them")
    def api_events(f: F, limit: Limit = 20, offset: Offset = 0):
        return _layer("events", f, limit, offset)

    @app.get("/events", include_in_schema=False, response_class=HTMLResponse)
    def events_page(request: Request, f: F, limit: Limit = 20, offset: Offset = 0):
        return page(request, "layer.html", _layer("events", f, limit, offset), f, name="events", limit=limit,
                    offset=offset)

    def _stories(limit: int, offset: int) -> dict:
        names = [t["name"] for t in tables()]
        # the corpus schema has the stories tables (issue 16); they are empty when ingest linked nothing
        if "stories" in names and con().execute("SELECT 1 FROM stories LIMIT 1").fetchone():
            return {"available": True, "source": "table", **queries.table_rows(con(), "stories", limit, offset)}
        return {"available": False, "message": "no stories in this corpus (they are built at ingest, or by "
                                               "`sitrep relink`); tables: " + (", ".join(names) or "none")}

    @app.get("/api/v1/stories", tags=["stories"], summary="Stories (table stories), when the corpus has them")
    def api_stories(limit: Limit = 20, offset: Offset = 0):
        return _stories(limit, offset)

    @app.get("/stories", include_in_schema=False, response_class=HTMLResponse)
    def stories_page(request: Request, limit: Limit = 20, offset: Offset = 0):
        return page(request, "table.html", _stories(limit, offset), name="stories", limit=limit, offset=offset)

    @app.get("/api/v1/tables", tags=["layers"], summary="Tables beyond the core corpus schema")
    def api_tables():
        return {"tables": tables()}

    @app.get("/api/v1/tables/{name}", tags=["layers"], summary="Rows of a table beyond the core schema")
    def api_table(name: str, limit: Limit = 20, offset: Offset = 0, format: Format = "json"):
        result = queries.table_rows(con(), name, limit, offset)
        if format == "csv":
            return csv_response(result["rows"], result["columns"], f"table-{name}")
        return result

    @app.get("/tables/{name}", include_in_schema=False, response_class=HTMLResponse)
    def table_page(request: Request, name: str, limit: Limit = 20, offset: Offset = 0):
        data = {"available": True, **queries.table_rows(con(), name, limit, offset)}
        return page(request, "table.html", data, name=name, limit=limit, offset=offset)

    # -- the API described ---------------------------------------------------------------------------------
    @app.get("/api", include_in_schema=False, response_class=HTMLResponse)
    def api_page(request: Request):
        spec = app.openapi()
        return page(request, "api.html", {"spec": spec})

    @app.get("/api/v1/health", tags=["meta"], summary="Liveness and the corpus served")
    def health():
        return {"status": "ok", "version": __version__, "database": db.path.name}

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return RedirectResponse("/static/favicon.svg", status_code=301)

    @app.get("/robots.txt", include_in_schema=False)
    def robots():
        return PlainTextResponse("User-agent: *\nDisallow: /\n")

    return Guard(app, token=token, hosts=hosts)
