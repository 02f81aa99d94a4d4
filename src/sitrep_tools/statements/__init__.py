"""Build tools for the statements component (PolNeAR train caches, error analysis)."""
