"""``sitrep serve``: the analyst's workbench, a web application and HTTP API over a corpus.

- :mod:`.app` builds the application (pages and ``/api/v1``), :mod:`.queries` holds
  every query, :mod:`.db` the read-only connections, :mod:`.security` the request
  guard (token, CSP, sizes), :mod:`.article_view` the article page from the report.
- :mod:`.server` is the command: ``sitrep serve --db corpus.db [--host] [--port] [--token]``.
- :mod:`.screenshots` saves a screenshot of every page under ``docs/``; :mod:`.loadtest`
  builds a 20,000-article corpus and measures latency under concurrent clients.
"""

from .server import add_parser, run

__all__ = ["add_parser", "run"]
