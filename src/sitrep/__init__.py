"""sitrep: attributed, geolocated, time-stamped intelligence from multilingual news.

The public Python API (``docs/python.md``) is what this package exports; everything
else is private. Importing ``sitrep`` loads no model: names are resolved on first use.

>>> import sitrep
>>> sorted(sitrep.__all__)[:4]
['AnalysisError', 'Analyzer', 'Annotation', 'Article']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: public name -> module that defines it (resolved lazily, PEP 562)
_EXPORTS = {
    "load": "api", "read": "api", "ingest": "api", "Analyzer": "api", "Corpus": "api", "InputError": "errors",
    "AnalysisError": "api", "Article": "article", "Annotation": "article", "Span": "article",
    "Published": "article", "Failure": "pipeline",
}

__all__ = sorted(_EXPORTS) + ["__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .api import AnalysisError, Analyzer, Corpus, ingest, load, read
    from .errors import InputError
    from .article import Annotation, Article, Published, Span
    from .pipeline import Failure


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'sitrep' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
