"""Built-in components; importing this package registers them."""

from . import actors, entities, language, paragraphs, segment, statements  # noqa: F401
