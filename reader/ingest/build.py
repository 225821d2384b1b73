"""One item's bytes -> one Source: decode, segment by format, classify, read metadata."""

from __future__ import annotations

from reader.ingest.decode import decode
from reader.ingest.fetch import Fetched
from reader.ingest.resolve import Item
from reader.ingest.segment import Span, segment
from reader.model import Paragraph, ParagraphKind, Source


def paragraphs(
    source_id: str, text: str, spans: tuple[Span, ...], kinds: list[ParagraphKind]
) -> tuple[Paragraph, ...]:
    """Paragraph values whose ``text`` is exactly ``text[start:end]``."""
    return tuple(
        Paragraph(
            id=f"{source_id}:p{index}",
            index=index,
            line=text.count("\n", 0, span.start) + 1,
            start=span.start,
            end=span.end,
            kind=kind,
            text=text[span.start : span.end],
        )
        for index, (span, kind) in enumerate(zip(spans, kinds, strict=True), start=1)
    )


def build_source(source_id: str, item: Item, fetched: Fetched, sha256: str) -> Source:
    decoded = decode(fetched.raw, fetched.charset)
    found = segment(decoded.text)
    kinds: list[ParagraphKind] = ["body"] * len(found.spans)
    return Source(
        id=source_id,
        path=item.path,
        text=decoded.text,
        sha256=sha256,
        paragraphs=paragraphs(source_id, decoded.text, found.spans, kinds),
        segmentation=found.style,
        encoding=decoded.encoding,
    )
