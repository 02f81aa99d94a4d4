"""Build-time tools of sitrep: nothing here runs when articles are analysed.

- :mod:`sitrep_tools.ner`: training, tuning and experiments of the ``entities.v1``
  taggers and the rebuilding of their word tables (``src/sitrep/models/``);
- :mod:`sitrep_tools.ua_settlements`: regenerates ``data/xx/places_ua_settlements.tsv``;
- :mod:`sitrep_tools.layer_diff`: the layers of two checkouts on one corpus, compared (speed work).

Each is run as ``python -m sitrep_tools...``; the runtime package ``sitrep`` never
imports this one (a test checks it).
"""
