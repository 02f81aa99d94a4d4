"""``sitrep serve``: binding rules, the token, startup on a missing or foreign database."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient

from sitrep.cli import main
from sitrep.web.app import create_app

TOKEN = "correct-horse-battery-staple"


def test_non_loopback_bind_without_token_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("SITREP_TOKEN", raising=False)
    assert main(["serve", "--db", str(tmp_path / "any.db"), "--host", "0.0.0.0"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "refusing to serve on 0.0.0.0" in err and "--token" in err and "SITREP_TOKEN" in err


def test_short_token_is_refused(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "any.db"), "--host", "0.0.0.0", "--token", "abc"]) == 2
    assert "at least 16 characters" in capsys.readouterr().err


def test_missing_or_foreign_database_is_one_line(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 1
    assert "no such corpus database" in capsys.readouterr().err
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)")
    assert main(["serve", "--db", str(other)]) == 1
    assert "not a corpus database" in capsys.readouterr().err


@pytest.fixture(scope="module")
def locked(web_db):
    with TestClient(create_app(web_db, token=TOKEN, hosts=("*",)), base_url="http://10.0.0.5") as c:
        yield c


def test_with_a_token_requests_without_it_get_401(locked):
    for url in ("/api/v1/search", "/search", "/static/app.css", "/api/v1/openapi.json", "/articles/1"):
        r = locked.get(url, follow_redirects=False)
        assert r.status_code == 401, url
    body = locked.get("/api/v1/search").json()
    assert body["error"]["code"] == "unauthorized" and "Bearer" in body["error"]["message"]
    assert locked.get("/api/v1/search", headers={"authorization": "Bearer wrong-token-000000"}).status_code == 401


def test_with_a_token_requests_carrying_it_pass(locked):
    auth = {"authorization": f"Bearer {TOKEN}"}
    assert locked.get("/api/v1/search", headers=auth).status_code == 200
    r = locked.get(f"/search?q=Izium&token={TOKEN}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/search?q=Izium"
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert locked.get("/search?q=Izium", headers={"cookie": f"sitrep_token={TOKEN}"}).status_code == 200
    assert locked.get("/api/v1/map", headers={"cookie": f"sitrep_token={TOKEN}"}).status_code == 200


def test_real_server_process_with_a_token(web_db, tmp_path):
    """``sitrep serve`` as a process: requests without the token get 401, with it 200."""
    import http.client
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sitrep = str(Path(sys.executable).with_name("sitrep"))
    proc = subprocess.Popen([sitrep, "serve", "--db", str(web_db), "--port", str(port), "--workers", "1"],
                            env={**__import__("os").environ, "SITREP_TOKEN": TOKEN},
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline and status is None:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/api/v1/health")
                status = conn.getresponse().status
            except OSError:
                assert proc.poll() is None, proc.stderr.read()
                time.sleep(0.1)
        assert status == 401
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", "/api/v1/health", headers={"Authorization": f"Bearer {TOKEN}"})
        r = conn.getresponse()
        assert r.status == 200 and json_body(r)["status"] == "ok"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert "(token required)" in proc.stderr.read()


def json_body(response):
    import json

    return json.loads(response.read())
