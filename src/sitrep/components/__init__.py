"""Built-in components; importing this package registers them."""

from . import language, paragraphs, segment, times  # noqa: F401
