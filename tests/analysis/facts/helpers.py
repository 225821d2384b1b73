"""Build Sources and Groups by hand, so facts can be tested before the aligner exists."""

from __future__ import annotations

from reader.model import Group, Member, Source
from tests import sources


def make_source(source_id: str, paragraphs: list[str], published: str | None = None) -> Source:
    return sources.make_source(source_id, paragraphs, published=published)


def group_of(group_id: str, *members: tuple[Source, int]) -> Group:
    """A group over whole paragraphs: (source, 1-based paragraph index) pairs."""
    return Group(
        id=group_id,
        members=tuple(
            Member(s.id, s.paragraphs[i - 1].id, s.paragraphs[i - 1].start, s.paragraphs[i - 1].end)
            for s, i in members
        ),
        label=group_id,
        score=1.0,
    )
