"""The exceptions the public API raises (re-exported as ``sitrep.InputError`` ...)."""

from __future__ import annotations


class InputError(ValueError):
    """Text, a file or a database that cannot be used as asked; the message is one line."""
