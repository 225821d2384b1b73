"""Build in-memory Sources by hand (no files, no ingest), the one way every test does it.

The paragraphs are the given texts joined by blank lines, each with the offsets, line and
id the loader would give it, so analysis, report, export and UI tests can make exactly
the source they need without a sample file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

from reader.model import Paragraph, ParagraphKind, Source


def make_source(
    source_id: str,
    bodies: Sequence[str],
    *,
    kinds: Mapping[int, ParagraphKind] | None = None,
    path: str | None = None,
    tail: str = "",
    outlet: str | None = None,
    title: str | None = None,
    published: str | None = None,
    language: str | None = None,
) -> Source:
    """A source whose text is `bodies` separated by blank lines, then `tail`. A paragraph's
    kind is `kinds[index]` (1-based), "body" when not listed; the path is `<id>.txt` unless
    given; the sha256 is that of the text."""
    text = "\n\n".join(bodies) + tail
    kinds = kinds or {}
    paragraphs = []
    pos = 0
    for index, body in enumerate(bodies, start=1):
        paragraphs.append(
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
        id=source_id,
        path=path if path is not None else f"{source_id}.txt",
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        paragraphs=tuple(paragraphs),
        outlet=outlet,
        title=title,
        published=published,
        language=language,
    )
