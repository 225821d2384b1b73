"""Read one source a story names, where it lives now: a file, or a URL fetched.

Used when a story is opened again (``reader.services.story_sources``): an ``IngestError``
says the source cannot be read live, and the story falls back to its kept copy.
"""

from __future__ import annotations

import os

from reader.ingest.errors import IngestError
from reader.ingest.fetch import Fetched
from reader.ingest.read import read_item
from reader.ingest.resolve import Item


def read_live(item: Item, max_bytes: int, timeout: float) -> Fetched:
    """A saved source read again under the same limits as the command line's; a file must
    still be a regular file (a named pipe or a device put in its place is not read)."""
    if item.kind == "file" and not os.path.isabs(item.path):
        raise IngestError("not an absolute path: it is not read from the current folder")
    return read_item(item, max_bytes, timeout, regular_only=True)
