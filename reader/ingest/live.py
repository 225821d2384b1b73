"""Read one source a story names, where it lives now: a file, or a URL fetched.

Used when a story is opened again (``reader.services.story_sources``): an ``IngestError``
says the source cannot be read live, and the story falls back to its kept copy.
"""

from __future__ import annotations

from pathlib import Path

from reader.ingest.errors import IngestError
from reader.ingest.fetch import Fetched, fetch_url, too_large
from reader.ingest.resolve import Item


def read_live(item: Item, max_bytes: int, timeout: float) -> Fetched:
    if item.kind == "url":
        return fetch_url(item.path, max_bytes=max_bytes, timeout=timeout)
    try:
        with Path(item.path).open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except IsADirectoryError:
        raise IngestError("is a folder, not a file") from None
    except OSError as exc:
        raise IngestError((exc.strerror or str(exc)).lower()) from None
    if len(raw) > max_bytes:
        raise IngestError(too_large(max_bytes))
    return Fetched(raw)
