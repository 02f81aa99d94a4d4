"""Built-in components; importing this package registers them."""

from . import actors, entities, language, paragraphs, places, segment, statements, times  # noqa: F401
