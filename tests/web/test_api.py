"""The HTTP API (in-process client): every endpoint, its filters, its errors, and the pages' JSON twins."""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest

from tests.web.conftest import XSS_TITLE

SQLI = "' OR 1=1 --"


def ids(client, url: str) -> list[int]:
    r = client.get(url)
    assert r.status_code == 200, r.text
    return [x["id"] for x in r.json()["results"]]


def article_id(client, article_id: str) -> int:
    return client.get(f"/api/v1/articles/{article_id}").json()["corpus"]["id"]


def izyum(client) -> str:
    items = client.get("/api/v1/places?limit=100").json()["items"]
    return next(p["key"] for p in items if p["name"] == "Izyum")


# -- every endpoint ------------------------------------------------------------------------------

def example_urls(client) -> dict[str, str]:
    """One working request per path of the OpenAPI description."""
    art = article_id(client, "wire-izium")
    return {
        "/api/v1/search": "/api/v1/search?q=Izium",
        "/api/v1/articles": "/api/v1/articles?lang=en",
        "/api/v1/articles/{ref}": f"/api/v1/articles/{art}",
        "/api/v1/articles/{ref}/layers/{layer}": f"/api/v1/articles/{art}/layers/places",
        "/api/v1/map": "/api/v1/map",
        "/api/v1/timeline": "/api/v1/timeline",
        "/api/v1/places": "/api/v1/places",
        "/api/v1/places/{key}": f"/api/v1/places/{izyum(client)}",
        "/api/v1/actors": "/api/v1/actors",
        "/api/v1/actors/{key}": "/api/v1/actors/UKR",
        "/api/v1/sources": "/api/v1/sources",
        "/api/v1/layers": "/api/v1/layers",
        "/api/v1/layers/{name}": "/api/v1/layers/times",
        "/api/v1/events": "/api/v1/events",
        "/api/v1/stories": "/api/v1/stories",
        "/api/v1/tables": "/api/v1/tables",
        "/api/v1/tables/{name}": None,  # no extra table in this corpus: its 404 is tested below
        "/api/v1/health": "/api/v1/health",
    }


def test_every_endpoint_of_the_openapi_description_answers(client):
    spec = client.get("/api/v1/openapi.json").json()
    urls = example_urls(client)
    assert set(spec["paths"]) == set(urls)
    for path, url in urls.items():
        if url is None:
            continue
        r = client.get(url)
        assert r.status_code == 200, (url, r.text)
        assert r.headers["content-type"].startswith(("application/json", "application/geo+json")), url
        assert r.json(), url


def test_every_page_has_a_json_twin_at_the_same_path(client):
    for page in ("/search?q=Izium&lang=en", "/map?lang=uk", "/timeline?by=source", "/places", "/actors",
                 "/sources", "/layers", "/events", "/stories", "/places/" + izyum(client), "/actors/UKR",
                 f"/articles/{article_id(client, 'wire-izium')}", "/layers/times"):
        html = client.get(page)
        assert html.status_code == 200, page
        assert html.headers["content-type"].startswith("text/html")
        twin = "/api/v1" + page.replace("?by=source", "?by=source")
        assert client.get(twin).status_code == 200, twin
        path = page.split("?")[0]
        assert f'href="/api/v1{path}' in html.text, page


# -- search and its filters -------------------------------------------------------------------------

def test_search_finds_an_article_with_highlighted_snippet_and_facets(client):
    r = client.get("/api/v1/search", params={"q": "Izium"}).json()
    titles = [x["title"] for x in r["results"]]
    assert "Ukrainian troops enter Izium" in titles
    assert r["total"] == len(r["results"]) >= 2
    hit = r["results"][0]
    assert any(s["hit"] and s["text"].lower().startswith("izium") for s in hit["snippet"])
    langs = {f["value"] for f in r["facets"]["language"]}
    assert "en" in langs
    assert r["facets"]["month"] and r["facets"]["month"][0]["value"].startswith("2022-")
    outlets = {f["value"]: f["count"] for f in r["facets"]["source"]}
    assert outlets["Wire"] == 1 and outlets["Daily"] == 1
    assert any(p["label"] == "Izyum" for p in r["facets"]["place"])


def test_filters_narrow_the_results(client):
    everything = ids(client, "/api/v1/search?limit=100")
    assert len(everything) >= 8
    en = ids(client, "/api/v1/search?lang=en&limit=100")
    assert 0 < len(en) < len(everything)
    assert ids(client, "/api/v1/search?source=Wire") == [article_id(client, "wire-izium")]
    sept = ids(client, "/api/v1/search?since=2022-09-15&until=2022-09-30&limit=100")
    assert article_id(client, "herald-kherson") in sept and article_id(client, "wire-izium") not in sept
    place = ids(client, f"/api/v1/search?place={izyum(client)}&limit=100")
    assert article_id(client, "wire-izium") in place and article_id(client, "herald-kherson") not in place
    by_name = ids(client, "/api/v1/search?place=Izyum&limit=100")
    assert set(by_name) == set(place)
    actor = ids(client, "/api/v1/search?actor=UKR&limit=100")
    assert actor and set(actor) <= set(everything)
    layer = ids(client, "/api/v1/search?layer=places:Kherson&limit=100")
    assert article_id(client, "herald-kherson") in layer
    assert ids(client, "/api/v1/search?q=Izium&lang=fr") == ids(client, "/api/v1/search?q=Izium&lang=fr&source=examples")


def test_pagination_is_bounded_and_consistent(client):
    all_ids = ids(client, "/api/v1/search?limit=100")
    pages = ids(client, "/api/v1/search?limit=3") + ids(client, "/api/v1/search?limit=3&offset=3")
    assert pages == all_ids[:6]
    for bad in ("limit=0", "limit=101", "offset=-1", "offset=999999"):
        r = client.get(f"/api/v1/search?{bad}")
        assert r.status_code == 400, bad
        assert r.json()["error"]["status"] == 400


def test_sql_looking_queries_return_a_normal_empty_result(client):
    for params in ({"q": SQLI}, {"lang": SQLI}, {"source": SQLI}, {"place": SQLI}, {"actor": SQLI},
                   {"q": "x\" OR \"1\"=\"1"}, {"layer": f"places:{SQLI}"}, {"q": "'; DROP TABLE articles; --"}):
        r = client.get("/api/v1/search", params=params)
        assert r.status_code == 200, (params, r.text)
        assert r.json()["results"] == [] and r.json()["total"] == 0, params
    assert client.get("/api/v1/search").json()["total"] >= 8  # nothing was dropped


def test_invalid_fts_syntax_falls_back_to_words(client):
    r = client.get("/api/v1/search", params={"q": 'Izium "unbalanced'}).json()
    assert r["results"] == []
    r = client.get("/api/v1/search", params={"q": "Izium ("}).json()
    assert r["total"] >= 2


def test_csv_downloads(client):
    r = client.get("/api/v1/search?q=Izium&format=csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows and "Ukrainian troops enter Izium" in {x["title"] for x in rows}
    for url in ("/api/v1/places?format=csv", "/api/v1/actors?format=csv", "/api/v1/timeline?format=csv",
                "/api/v1/sources?format=csv", "/api/v1/layers/places?format=csv",
                f"/api/v1/articles/{article_id(client, 'wire-izium')}/layers/places?format=csv"):
        r = client.get(url)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv"), url
        assert len(r.text.splitlines()) > 1, url
    assert client.get("/api/v1/search?format=xml").status_code == 400


def test_csv_cells_cannot_run_as_spreadsheet_formulas():
    from sitrep.web.app import _csv_cell

    assert _csv_cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert _csv_cell("+1") == "'+1" and _csv_cell("plain") == "plain" and _csv_cell(3) == 3


# -- one article ---------------------------------------------------------------------------------------

def test_article_json_is_the_article_contract_with_its_corpus_place(client):
    wire, daily = article_id(client, "wire-izium"), article_id(client, "daily-izium")
    r = client.get(f"/api/v1/articles/{daily}").json()
    assert r["article"]["id"] == "daily-izium"
    assert {"places", "actors", "statements", "sentences"} <= set(r["article"]["layers"])
    assert r["corpus"]["duplicate_of"] == wire and r["corpus"]["duplicate_kind"] == "exact"
    assert [c["id"] for c in client.get(f"/api/v1/articles/{wire}").json()["copies"]] == [daily]
    layer = client.get(f"/api/v1/articles/{wire}/layers/places").json()
    assert any(a["surface"] == "Izium" and a["attrs"]["name"] == "Izyum" for a in layer["annotations"])
    text = r["article"]["text"]
    for a in r["article"]["layers"]["places"]:
        assert 0 <= a["start"] <= a["end"] <= len(text)


def test_article_errors(client):
    r = client.get("/api/v1/articles/999999")
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "not_found" and "999999" in r.json()["error"]["message"]
    wire = article_id(client, "wire-izium")
    r = client.get(f"/api/v1/articles/{wire}/layers/nope")
    assert r.status_code == 404 and "no layer 'nope'" in r.json()["error"]["message"]
    assert client.get("/articles/999999").status_code == 404
    assert "text/html" in client.get("/articles/999999").headers["content-type"]


# -- map, places, actors, timeline, sources ---------------------------------------------------------------

def test_map_is_geojson_of_resolved_places_filtered_by_the_facets(client):
    fc = client.get("/api/v1/map").json()
    assert fc["type"] == "FeatureCollection"
    names = {f["properties"]["name"] for f in fc["features"]}
    assert {"Izyum", "Kherson"} <= names
    izyum_f = next(f for f in fc["features"] if f["properties"]["name"] == "Izyum")
    lon, lat = izyum_f["geometry"]["coordinates"]
    assert 36.5 < lon < 38 and 48.5 < lat < 50
    assert izyum_f["properties"]["articles"] >= 3
    narrowed = {f["properties"]["name"] for f in client.get("/api/v1/map?source=Herald").json()["features"]}
    assert "Kherson" in narrowed and "Izyum" not in narrowed


def test_place_page_shows_mentions_across_languages_and_scripts(client):
    r = client.get(f"/api/v1/places/{izyum(client)}").json()
    assert r["place"]["name"] == "Izyum"
    forms = {(f["surface"], f["language"]) for f in r["mentions"]["forms"]}
    assert ("Izium", "en") in forms
    assert any(lang in ("uk", "ru") for _s, lang in forms)  # Ізюм / Изюм
    item = r["mentions"]["items"][0]
    assert item["context"]["match"] and item["article"]
    assert client.get("/api/v1/places/123456789").status_code == 404
    assert client.get("/api/v1/places/Atlantis").status_code == 404


def test_actor_page_has_mentions_statements_and_what_was_said_about_them(client):
    r = client.get("/api/v1/actors/UKR").json()
    assert r["actor"]["actor"] == "UKR"
    assert r["mentions"]["total"] >= 4
    assert len({f["language"] for f in r["mentions"]["forms"]}) >= 2
    gs = client.get("/api/v1/actors").json()["items"]
    speakers = [a["key"] for a in gs]
    said_any = [k for k in speakers if client.get(f"/api/v1/actors/{k}").json()["said"]["total"]]
    assert said_any, "some actor has statements attributed to them"
    assert client.get("/api/v1/actors/NOBODY").status_code == 404


def test_timeline_counts_articles_per_day_and_follows_filters(client):
    t = client.get("/api/v1/timeline").json()
    days = {d["day"]: d["total"] for d in t["days"]}
    assert days["2022-09-20"] == 1 and days["2022-09-10"] >= 2
    by_source = client.get("/api/v1/timeline?by=source").json()
    assert "Wire" in by_source["groups"]
    narrow = client.get("/api/v1/timeline?since=2022-09-15").json()
    assert min(d["day"] for d in narrow["days"]) >= "2022-09-15"
    assert client.get("/api/v1/timeline?by=colour").status_code == 400


def test_sources_graph_links_outlets_to_quoted_sources_and_copies(client):
    s = client.get("/api/v1/sources").json()
    assert {"outlet": "Daily", "copied_from": "Wire", "kind": "exact", "articles": 1} in s["reuse"]
    assert any(c["outlet"] == "Wire" for c in s["cites"])
    assert {o["name"] for o in s["outlets"]} >= {"Wire", "Daily", "Herald"}


def test_layers_are_read_from_the_database(client):
    layers = {x["name"]: x for x in client.get("/api/v1/layers").json()["layers"]}
    assert {"places", "actors", "statements", "times", "tokens"} <= set(layers)
    items = client.get("/api/v1/layers/times?limit=5").json()
    assert items["total"] >= 5 and len(items["items"]) == 5
    assert client.get("/api/v1/layers/nope").status_code == 404


def test_events_and_stories_say_when_the_corpus_has_none(tmp_path):
    """A corpus analysed without events and ingested without story linking says so on both pages."""
    from fastapi.testclient import TestClient

    from sitrep.corpus.ingest import ingest
    from sitrep.settings import Config
    from sitrep.web.app import create_app

    db = tmp_path / "bare.db"
    (tmp_path / "a.txt").write_text("Izium\n\nUkrainian troops entered Izium on Saturday.", encoding="utf-8")
    ingest([tmp_path / "a.txt"], db, components=["paragraphs.v1", "language.v1", "sentences.v1"],
           config=Config().updated(link_stories=0))
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        ev = client.get("/api/v1/events").json()
        st = client.get("/api/v1/stories").json()
        assert ev["available"] is False and "no 'events' layer" in ev["message"]
        assert st["available"] is False and "no stories in this corpus" in st["message"]
        assert "Not available in this corpus" in client.get("/events").text
        assert "Not available in this corpus" in client.get("/stories").text
        assert client.get("/api/v1/tables/stories").json()["total"] == 0


def test_events_of_the_default_pipeline(client):
    # events.v1 is in the default pipeline: the corpus has an events layer
    ev = client.get("/api/v1/events").json()
    assert ev["available"] is True and ev["items"]
    assert {"modality", "actor", "location"} <= set(ev["items"][0]["attrs"])


def test_events_layer_and_stories_table_appear_when_present(web_db, tmp_path):
    """A corpus with an events layer and a stories table (as later components add them) shows them."""
    from fastapi.testclient import TestClient

    from sitrep.corpus.schema import register_functions
    from sitrep.web.app import create_app

    db = tmp_path / "with-events.db"
    src = sqlite3.connect(web_db)
    src.backup(sqlite3.connect(db))
    src.close()
    con = sqlite3.connect(db)
    register_functions(con)  # the annotations view unpacks the stored layers
    con.execute("DELETE FROM annotations WHERE layer = 'events'")  # only the synthetic event below
    art, start, end = con.execute(
        "SELECT n.article, n.\"start\", n.\"end\" FROM annotations n JOIN articles a ON a.id = n.article"
        " WHERE a.article_id = 'herald-kherson' AND n.layer = 'sentences' ORDER BY n.seq LIMIT 1").fetchone()
    con.execute("INSERT INTO annotations VALUES (?, 'events', 0, ?, ?, 'attack', ?, 'events.v1', 0.8)",
                (art, start, end, '{"type": "shelling", "modality": "asserted", "claimant": "regional administration",'
                                  ' "place": {"geonameid": 706448}}'))
    con.execute("UPDATE articles SET layers = json_set(layers, '$.events', 1) WHERE id = ?", (art,))
    for table in ("claims", "incident_reports", "incidents", "story_members", "stories"):  # what ingest linked
        con.execute(f"DELETE FROM {table}")
    con.execute("INSERT INTO stories (id, thread, label, centroid, n_articles, producer)"
                " VALUES (1, 1, 'Izium retaken', '{}', 3, 'stories.v1')")
    con.commit()
    con.close()
    with TestClient(create_app(db), base_url="http://127.0.0.1") as c:
        ev = c.get("/api/v1/events").json()
        assert ev["available"] and ev["items"][0]["attrs"]["modality"] == "asserted"
        assert c.get("/api/v1/search?event_type=shelling").json()["total"] == 1
        assert c.get("/api/v1/search?modality=asserted").json()["results"][0]["id"] == art
        facets = c.get("/api/v1/search?q=Kherson").json()["facets"]
        assert facets["event_type"] == [{"value": "shelling", "count": 1}]
        assert c.get("/api/v1/timeline").json()["events"] == [{"day": "2022-09-20", "counts": {"shelling": 1}}]
        st = c.get("/api/v1/stories").json()
        assert st["available"] and [(r["id"], r["label"], r["n_articles"]) for r in st["rows"]] == [
            (1, "Izium retaken", 3)]
        assert "Izium retaken" in c.get("/stories").text
        assert c.get("/api/v1/tables/stories?format=csv").text.splitlines()[1].startswith("1,1,Izium retaken,")
        assert "shelling" in c.get("/events").text
        assert "regional administration" in c.get(f"/articles/{art}").text


# -- errors and safety ------------------------------------------------------------------------------------

def test_one_error_shape(client):
    for url, status in (("/api/v1/nothing-here", 404), ("/api/v1/search?since=2022-13-45", 400),
                        ("/api/v1/search?limit=abc", 400), ("/api/v1/search?q=" + "x" * 401, 400),
                        ("/api/v1/search?layer=nocolon", 400)):
        r = client.get(url)
        assert r.status_code == status, url
        body = r.json()
        assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}, url
        assert body["error"]["status"] == status and body["error"]["message"]


def test_requests_are_bounded(client):
    assert client.get("/api/v1/search?q=" + "a" * 5000).status_code == 414
    r = client.post("/api/v1/search", content=b"x" * 100)
    assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"
    r = client.request("GET", "/api/v1/search", content=b"x" * 20000)
    assert r.status_code == 413
    assert client.get("/api/v1/search", headers={"host": "evil.example"}).status_code == 400


def test_security_headers_on_every_response(client):
    for url in ("/search", "/api/v1/search", "/static/app.css", "/api/v1/nothing", "/articles/1"):
        h = client.get(url).headers
        csp = h["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
        assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"


def test_hostile_article_is_escaped_in_every_page(client):
    xss = article_id(client, "xss")
    pages = [f"/articles/{xss}", "/search?q=Kupiansk", "/search?source=%3Cb%3EEvil%3C%2Fb%3E%20News",
             "/timeline?since=2022-09-15", "/sources", "/layers/places?source=%3Cb%3EEvil%3C%2Fb%3E%20News"]
    for page in pages:
        text = client.get(page).text
        assert "<script>alert(1)" not in text, page
        assert "<img src=x" not in text, page
        assert 'href="javascript:' not in text.lower(), page
        assert "<b>Evil</b>" not in text, page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(f"/articles/{xss}").text
    assert client.get(f"/api/v1/articles/{xss}").json()["article"]["title"] == XSS_TITLE


def test_database_is_opened_read_only(client, web_db):
    con = client.app.app.state.db.con()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        con.execute("DELETE FROM articles")


def test_api_description_page_loads_nothing_from_elsewhere(client):
    assert client.get("/docs").status_code == 404
    page = client.get("/api").text
    assert "/api/v1/search" in page and "cdn" not in page.lower()


def test_a_query_over_the_time_limit_is_stopped_with_503(web_db):
    from fastapi.testclient import TestClient

    from sitrep.web.app import create_app

    guard = create_app(web_db)
    guard.app.state.db.query_seconds = 0  # every query is over its limit at the first check
    guard.app.state.db.check_every = 100
    with TestClient(guard, base_url="http://127.0.0.1") as c:
        r = c.get("/api/v1/sources")
        assert r.status_code == 503
        assert r.json()["error"]["code"] == "service_unavailable" and "narrow the filters" in r.json()["error"]["message"]


def test_a_layer_list_over_the_time_limit_at_start_up_is_one_line_not_a_thread_traceback(web_db, monkeypatch, capsys):
    """The background warm-up of the layer list meets the same time limit as any query: on a corpus
    where it is exceeded it says so in one line, and the pages still answer (503 for the slow query)."""
    import threading

    from fastapi.testclient import TestClient

    from sitrep.web import app as web_app

    class SlowDatabase(web_app.Database):
        def __init__(self, path, query_seconds: float = 0.0) -> None:  # every query over its limit
            super().__init__(path, query_seconds)
            self.check_every = 100

    crashed: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: crashed.append(args.exc_value))
    monkeypatch.setattr(web_app, "Database", SlowDatabase)
    guard = web_app.create_app(web_db)
    for thread in threading.enumerate():
        if thread.name == "sitrep-warm-layers":
            thread.join(timeout=30)
    assert crashed == []
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "layer list was not prepared in advance" in err and "Traceback" not in err
    with TestClient(guard, base_url="http://127.0.0.1") as c:
        assert c.get("/api/v1/sources").status_code == 503
