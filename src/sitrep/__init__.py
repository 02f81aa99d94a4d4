"""sitrep: attributed, geolocated, time-stamped intelligence from multilingual news."""

__version__ = "0.1.0"
