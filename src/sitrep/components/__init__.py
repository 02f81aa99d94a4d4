"""Built-in components; importing this package registers them."""

from . import actors, entities, language, paragraphs, segment  # noqa: F401
