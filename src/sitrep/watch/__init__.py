"""``sitrep watch``: follow RSS/Atom feeds, news sitemaps and pages, and keep the corpus current.

- :mod:`.sources`: the sources file (YAML) and the politeness settings;
- :mod:`.fetch`: polite HTTP (rate and concurrency per host, robots.txt, limits, retries);
- :mod:`.discover`: article links out of feeds, sitemaps and index pages;
- :mod:`.rounds`: one round (poll, fetch, store through the ingest session), state in the corpus;
- :mod:`.command`: ``sitrep watch`` and ``sitrep sources``.

See ``docs/watch.md``.
"""
