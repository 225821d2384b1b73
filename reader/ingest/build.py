"""One item's bytes -> one Source: decode, segment by format, classify, read metadata."""

from __future__ import annotations

from dataclasses import dataclass

from reader.ingest.classify import classify
from reader.ingest.dates import DateMention
from reader.ingest.decode import decode
from reader.ingest.fetch import Fetched
from reader.ingest.metadata import read_metadata
from reader.ingest.resolve import Item
from reader.ingest.segment import Span, segment
from reader.model import Paragraph, ParagraphKind, Source


@dataclass(frozen=True, slots=True)
class Built:
    source: Source
    undated: DateMention | None  # a month and day still waiting for a year


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


def build_source(source_id: str, item: Item, fetched: Fetched, sha256: str) -> Built:
    decoded = decode(fetched.raw, fetched.charset)
    found = segment(decoded.text)
    texts = [decoded.text[s.start : s.end] for s in found.spans]
    kinds = classify(texts)
    meta = read_metadata(decoded.text, texts, kinds)
    source = Source(
        id=source_id,
        path=item.path,
        text=decoded.text,
        sha256=sha256,
        paragraphs=paragraphs(source_id, decoded.text, found.spans, kinds),
        outlet=meta.outlet,
        title=meta.title,
        published=meta.published,
        byline=meta.byline,
        language=meta.language,
        segmentation=found.style,
        encoding=decoded.encoding,
    )
    return Built(source, meta.undated)
