"""Build small sources by hand for the framing tests."""

from __future__ import annotations

from reader.model import Paragraph, Source


def make_source(source_id: str, *paragraphs: str, outlet: str | None = None) -> Source:
    """A source whose paragraphs are the given texts, separated by blank lines."""
    text = "\n\n".join(paragraphs)
    built = []
    pos = 0
    for index, body in enumerate(paragraphs, start=1):
        built.append(
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
        paragraphs=tuple(built),
        outlet=outlet,
    )
