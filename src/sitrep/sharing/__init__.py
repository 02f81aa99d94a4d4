"""Sharing what a corpus holds: STIX 2.1, MISP, GeoJSON, an ACLED-style event table, and the
situation report (``sitrep brief``).

Every exporter reads one :class:`~sitrep.sharing.collect.Digest` (the selected articles with
their actors, places, statements and events, each with its evidence spans), so the formats say
the same thing. Details and mapping tables: ``docs/sharing.md``.
"""

from __future__ import annotations

#: ``sitrep export --format`` values handled here (the table formats stay in ``corpus/export.py``)
FORMATS = ("stix", "misp", "geojson", "acled-csv")


class SharingError(Exception):
    """A problem the user can fix (bad filter, unwritable file); the message is one line."""
