"""The one exception ingest raises inside itself; load.py turns it into a LoadError line."""

from __future__ import annotations


class IngestError(Exception):
    """A source cannot be used; ``reason`` is one line a journalist can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
