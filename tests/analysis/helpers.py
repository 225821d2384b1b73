"""Build small in-memory sources for alignment tests (no files, no ingest)."""

from __future__ import annotations

from reader.model import Paragraph, ParagraphKind, Source


def make_source(
    source_id: str, paragraphs: list[str], kinds: dict[int, ParagraphKind] | None = None
) -> Source:
    kinds = kinds or {}
    text = "\n\n".join(paragraphs)
    out: list[Paragraph] = []
    pos = 0
    for index, body in enumerate(paragraphs, start=1):
        out.append(
            Paragraph(
                id=f"{source_id}:p{index}",
                index=index,
                line=text.count("\n", 0, pos) + 1,
                start=pos,
                end=pos + len(body),
                kind=kinds.get(index, "body"),
                text=body,
            )
        )
        pos += len(body) + 2
    return Source(
        id=source_id, path=f"{source_id}.txt", text=text, sha256="0", paragraphs=tuple(out)
    )
