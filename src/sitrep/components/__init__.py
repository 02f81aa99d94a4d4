"""Built-in components; importing this package registers them."""

from . import language, paragraphs, places, segment, times  # noqa: F401
