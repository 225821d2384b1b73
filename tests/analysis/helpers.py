"""Build small in-memory sources for alignment tests (no files, no ingest)."""

from __future__ import annotations

from reader.model import ParagraphKind, Source
from tests import sources


def make_source(
    source_id: str, paragraphs: list[str], kinds: dict[int, ParagraphKind] | None = None
) -> Source:
    return sources.make_source(source_id, paragraphs, kinds=kinds)
