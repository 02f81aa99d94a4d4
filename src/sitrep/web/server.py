"""The ``sitrep serve`` command: one process (uvicorn) serving the workbench over one corpus.

Binding to an address other than loopback requires a token (``--token`` or the
``SITREP_TOKEN`` environment variable); every request must then carry it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..corpus import CorpusError
from .security import is_loopback

TOKEN_ENV = "SITREP_TOKEN"
MIN_TOKEN_CHARS = 16


def add_parser(sub) -> None:
    sv = sub.add_parser("serve", help="the workbench: web pages and an HTTP API over a corpus (read-only)")
    sv.add_argument("--db", type=Path, required=True, metavar="PATH", help="the corpus database (SQLite), opened read-only")
    sv.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1; any other needs a token)")
    sv.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    sv.add_argument("--token", help=f"access token every request must carry (default: ${TOKEN_ENV}); "
                                    "required when --host is not a loopback address")
    sv.add_argument("--workers", type=int, default=1,
                    help="server processes (default 1; more answer more requests at once on a multi-core"
                         " machine, each starts in about a second)")


_ENV_DB = "SITREP_SERVE_DB"
_ENV_HOSTS = "SITREP_SERVE_HOSTS"


def app_from_env():
    """The application of one ``sitrep serve`` worker process (settings passed by :func:`run`)."""
    from .app import create_app

    hosts = tuple(h for h in os.environ.get(_ENV_HOSTS, "").split(",") if h)
    return create_app(os.environ[_ENV_DB], token=os.environ.get(TOKEN_ENV) or None, hosts=hosts)


def check_bind(host: str, token: str | None) -> str | None:
    """The reason binding ``host`` with ``token`` is refused, or None."""
    if token is not None and len(token) < MIN_TOKEN_CHARS:
        return f"the token must be at least {MIN_TOKEN_CHARS} characters"
    if not is_loopback(host) and not token:
        return (f"refusing to serve on {host}, which other machines can reach, without a token:"
                f" give --token TOKEN or set {TOKEN_ENV} (every request must then carry it),"
                " or bind 127.0.0.1")
    return None


def run(args: argparse.Namespace) -> int:
    token = args.token or os.environ.get(TOKEN_ENV) or None
    problem = check_bind(args.host, token)
    if problem:
        print(f"sitrep serve: {problem}", file=sys.stderr)
        return 2
    if not 0 < args.port < 65536:
        print(f"sitrep serve: --port {args.port}: not a port number", file=sys.stderr)
        return 2
    workers = args.workers
    if not 1 <= workers <= 64:
        print(f"sitrep serve: --workers {args.workers}: expected 1 to 64", file=sys.stderr)
        return 2
    hosts = "" if is_loopback(args.host) else "*"
    try:
        from .db import open_readonly

        open_readonly(args.db).close()  # a missing or foreign file is one line, before any process starts
    except CorpusError as exc:
        print(f"sitrep serve: {exc}", file=sys.stderr)
        return 1
    import uvicorn

    # the worker processes build the application from these (uvicorn imports it by name)
    os.environ[_ENV_DB] = str(Path(args.db).resolve())
    os.environ[_ENV_HOSTS] = hosts
    if token:
        os.environ[TOKEN_ENV] = token
    else:
        os.environ.pop(TOKEN_ENV, None)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"sitrep serve: {args.db} at http://{shown}:{args.port}/"
          + (" (token required)" if token else ""), file=sys.stderr, flush=True)
    try:
        uvicorn.run("sitrep.web.server:app_from_env", factory=True, host=args.host, port=args.port,
                    workers=workers, log_level="warning", access_log=False, timeout_keep_alive=5,
                    limit_concurrency=256)
    except OSError as exc:
        print(f"sitrep serve: cannot bind {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


class Background:
    """The workbench served by uvicorn in a thread on a free loopback port (screenshots, tests,
    load test): ``with Background(app) as url: ...``."""

    def __init__(self, app, host: str = "127.0.0.1") -> None:
        import socket

        import uvicorn

        with socket.socket() as s:
            s.bind((host, 0))
            self.port = s.getsockname()[1]
        self.url = f"http://{host}:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host=host, port=self.port, log_level="warning",
                                                    access_log=False, lifespan="off"))
        self.thread = None

    def __enter__(self) -> str:
        import threading
        import time

        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the workbench server did not start")
            time.sleep(0.02)
        return self.url

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=10)
