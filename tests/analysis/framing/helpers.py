"""Build small sources by hand for the framing tests."""

from __future__ import annotations

from reader.model import Source
from tests import sources


def make_source(source_id: str, *paragraphs: str, outlet: str | None = None) -> Source:
    """A source whose paragraphs are the given texts, separated by blank lines."""
    return sources.make_source(source_id, paragraphs, outlet=outlet)
