"""Build Sources and Groups by hand, so facts can be tested before the aligner exists."""

from __future__ import annotations

from reader.model import Group, Member, Paragraph, Source


def make_source(source_id: str, paragraphs: list[str], published: str | None = None) -> Source:
    text = "\n\n".join(paragraphs)
    paras = []
    pos = 0
    for index, body in enumerate(paragraphs, start=1):
        paras.append(
            Paragraph(
                id=f"{source_id}:p{index}",
                index=index,
                line=text.count("\n", 0, pos) + 1,
                start=pos,
                end=pos + len(body),
                kind="body",
                text=body,
            )
        )
        pos += len(body) + 2
    return Source(
        id=source_id,
        path=f"{source_id}.txt",
        text=text,
        sha256="0" * 64,
        paragraphs=tuple(paras),
        published=published,
    )


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
