"""How fast one ``sitrep watch --once`` round stores N new articles from a local site (docs/watch.md).

    python tests/watch/bench_watch.py [N] [RATE] [COMPONENTS]

Serves a feed of N article pages on 127.0.0.1 and times one round in a fresh
process, startup included; prints the round's log line and the figures as JSON.
Not a test (not collected by pytest).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.watch.server import Route, Site, article_html, rss  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rate = float(sys.argv[2]) if len(sys.argv) > 2 else 100.0
    components = sys.argv[3] if len(sys.argv) > 3 else "paragraphs.v1,language.v1"
    site = Site(max_requests=n + 10).start()
    b = site.base
    site.routes["/robots.txt"] = Route("User-agent: *\nAllow: /\n", content_type="text/plain")
    site.routes["/feed.xml"] = Route(rss(b, [(f"/a/{i}", f"Item {i}") for i in range(n)]),
                                     content_type="application/rss+xml")
    for i in range(n):
        site.routes[f"/a/{i}"] = Route(article_html(i))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "sources.yaml"
        src.write_text(f"defaults: {{rate: {rate}, concurrency: 4, max_new: {n}}}\n"
                       f"sources:\n  - feed: {b}/feed.xml\n    language: en\n")
        cmd = [sys.executable, "-m", "sitrep", "watch", "--once", "--db", str(Path(tmp) / "c.db"),
               "--sources", str(src)]
        if components != "default":
            cmd += ["--components", components]
        t0 = time.monotonic()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        wall = time.monotonic() - t0
    site.stop()
    line = proc.stderr.strip().splitlines()[-1]
    print(line)
    seconds = float(line.rsplit(", ", 1)[1].split(" s")[0])
    print(json.dumps({"articles": n, "rate_limit": rate, "components": components, "round_s": seconds,
                      "process_s": round(wall, 1), "articles_per_s": round(n / seconds, 1),
                      "requests": len(site.hits)}))


if __name__ == "__main__":
    main()
