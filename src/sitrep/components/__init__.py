"""Built-in components; importing this package registers them."""

from . import actors, entities, events, language, paragraphs, places, segment, statements, times  # noqa: F401
