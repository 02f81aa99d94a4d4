"""Human-readable reports of an analysed article: terminal text and HTML."""

#: Layers shown as document structure rather than as highlighted items.
STRUCTURE_LAYERS = ("title", "paragraphs", "sentences", "tokens", "language")
