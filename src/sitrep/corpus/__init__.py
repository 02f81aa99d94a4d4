"""The corpus: articles and every layer the pipeline produced, in one SQLite file.

Modules: :mod:`.schema` (tables, migrations, connections), :mod:`.identity`
(content hash, identity key, MinHash), :mod:`.writer` (the single writer:
articles, annotations, duplicates, errors, one transaction per batch),
:mod:`.ingest` (readers -> worker processes -> writer, progress bar),
:mod:`.search`, :mod:`.export`, :mod:`.stats`, :mod:`.bench`.
The design is described in ``docs/corpus.md``.
"""

from __future__ import annotations

from ..errors import InputError


class CorpusError(InputError):
    """A corpus command cannot go on; the message is one line for the user."""
