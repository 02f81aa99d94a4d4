"""The workbench in headless Chromium (Debian's chromium driven by Playwright): real pages,
real scripts, one browser for the module."""

from __future__ import annotations

import json
from urllib.request import urlopen

import pytest

from sitrep.web.browser import chromium_path

pytestmark = pytest.mark.browser

if chromium_path() is None:
    pytest.skip("no chromium binary found (Debian: apt-get install -y chromium, or set SITREP_CHROMIUM)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")


@pytest.fixture(scope="module")
def base(web_db):
    from sitrep.web.app import create_app
    from sitrep.web.server import Background

    with Background(create_app(web_db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from sitrep.web.browser import launch

    with sync_api.sync_playwright() as pw:
        b = launch(pw)
        yield b
        b.close()


class Watch:
    """Console errors, uncaught exceptions and dialogs (alert) of a page."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"{page.url}: {e}"))

        def dialog(d):
            self.dialogs.append(f"{page.url}: {d.message}")
            d.dismiss()

        page.on("dialog", dialog)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.watch = Watch(p)
    yield p
    assert p.watch.errors == [], "console errors"
    assert p.watch.dialogs == [], "a script ran"
    context.close()


def api(base: str, path: str):
    with urlopen(base + path, timeout=30) as r:
        return json.load(r)


def ready(page):
    page.wait_for_selector("html[data-ready]", timeout=15000)


def test_search_kharkiv_and_open_a_result(base, page):
    page.goto(base + "/search")
    page.fill("#q", "Kharkiv")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=Kharkiv*")
    results = page.locator(".result")
    assert results.count() >= 2
    assert page.locator(".result .snippet mark").first.inner_text().lower() == "kharkiv"
    title = results.first.locator("a.title").inner_text()
    results.first.locator("a.title").click()
    page.wait_for_url("**/articles/*")
    ready(page)
    assert page.locator(".doc h1").inner_text().replace("\n", "").startswith(title[:20])


def test_article_page_shows_every_layer_highlighted(base, page):
    ref = api(base, "/api/v1/articles/wire-izium")["corpus"]["id"]
    page.goto(f"{base}/articles/{ref}")
    ready(page)
    legend = {x.get_attribute("data-layer") for x in page.locator(".legend .lg").all()}
    assert {"places", "actors", "statements", "times"} <= legend
    marks = page.locator(".doc .a.k-mark")
    assert marks.count() >= 5
    izium = page.locator(".doc .a.k-mark", has_text="Izium").first
    izium.hover()
    card = page.locator("#info .card").first
    card.wait_for()
    assert page.locator("#info .card .ly").first.inner_text()
    assert page.locator("#layer-places a[href^='/places/']").count() >= 1


def test_map_shows_the_seed_places_and_a_click_shows_the_evidence(base, page):
    refs = ["kharkiv_en"]
    if any(r["article_id"].startswith("000_819b") for r in api(base, "/api/v1/search?limit=100")["results"]):
        refs.append("000_819b8dd99512f932")
    page.goto(base + "/map")
    ready(page)
    shown = set(page.evaluate("document.getElementById('map').sitrepPlaces"))
    for ref in refs:
        places = api(base, f"/api/v1/articles/{ref}/layers/places")["annotations"]
        wanted = {str(a["attrs"]["geonameid"] or a["attrs"]["name"]) for a in places if a["attrs"].get("lat") is not None}
        assert wanted and wanted <= shown, ref
    assert page.locator(".leaflet-overlay-pane path").count() > 100  # the offline basemap's countries
    page.goto(base + "/map?source=Herald")
    ready(page)
    page.locator("path.leaflet-interactive >> visible=true").first.click()
    page.wait_for_selector("#evidence-body li.ev")
    text = page.locator("#evidence-body").inner_text()
    assert "Kherson" in text
    href = page.locator("#evidence-body li.ev a").first.get_attribute("href")
    assert href.startswith("/articles/")


def test_timeline_brush_narrows_the_list(base, page):
    page.goto(base + "/timeline")
    ready(page)
    before = page.locator(".result").count()
    box = page.locator("#timeline svg").bounding_box()
    y = box["y"] + box["height"] * 0.5
    page.mouse.move(box["x"] + 32, y)
    page.mouse.down()
    page.mouse.move(box["x"] + 40, y)
    page.mouse.up()
    page.wait_for_url("**since=*")
    ready(page)
    after = page.locator(".result").count()
    assert 0 < after < before
    assert "since=2022-09" in page.url


def test_hostile_article_runs_no_script_on_any_page(base, page):
    xss = api(base, "/api/v1/articles/xss")["corpus"]["id"]
    evil = "source=%3Cb%3EEvil%3C%2Fb%3E+News"
    places = api(base, f"/api/v1/articles/{xss}/layers/places")["annotations"]
    pages = [f"/articles/{xss}", "/search?q=Kupiansk", f"/search?{evil}", "/timeline?since=2022-09-15",
             f"/map?{evil}", f"/sources?{evil}", f"/layers/places?{evil}", f"/places?{evil}", f"/actors?{evil}"]
    pages += [f"/places/{a['attrs']['geonameid']}" for a in places if a["attrs"].get("geonameid")][:2]
    assert len(pages) >= 10, "the hostile article has resolved places (Kupiansk, Kharkiv)"
    for path in pages:
        page.goto(base + path)
        if page.locator("script[src='/static/map.js'], script[src='/static/timeline.js'], script[src^='/static-report']").count():
            ready(page)
        dots = page.locator("path.leaflet-interactive >> visible=true")
        if "/map" in path and dots.count():
            dots.first.click()
            page.wait_for_selector("#evidence-body li")
        assert page.evaluate("document.querySelectorAll('img[src=\"x\"], a[href^=\"javascript\"]').length") == 0, path
        inline = page.evaluate("[...document.scripts].filter(s => !s.src && s.type !== 'application/json').length")
        assert inline == 0, path
    page.goto(f"{base}/articles/{xss}")
    ready(page)
    assert "<script>alert(1)</script>" in page.locator(".doc h1").inner_text()


def test_sql_looking_query_in_the_browser_gives_an_empty_list(base, page):
    page.goto(base + "/search")
    page.fill("#q", "' OR 1=1 --")
    page.press("#q", "Enter")
    page.wait_for_load_state()
    assert page.locator(".result").count() == 0
    assert page.locator(".results .none").inner_text() == "No matching article."


def test_every_page_screenshots_without_console_errors(base, browser, tmp_path):
    from sitrep.web.screenshots import capture

    files = capture(base, tmp_path, browser)
    assert {f.stem for f in files} >= {"search", "map", "timeline", "article", "place", "actor", "sources"}
    assert all(f.stat().st_size > 10_000 for f in files)
