"""Built-in components; importing this package registers them."""

from . import actors, entities, language, paragraphs, places, segment, times  # noqa: F401
