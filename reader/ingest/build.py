"""One item's bytes -> one Source: decode, extract or segment by format, classify, metadata.

The format comes from what the bytes are (a server's content type, the page's own markup)
and, for files, from the suffix the user chose; the paragraph style is then detected from
the text itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from reader.ingest.classify import classify
from reader.ingest.dates import DateMention
from reader.ingest.decode import decode
from reader.ingest.fetch import Fetched
from reader.ingest.metadata import read_metadata
from reader.ingest.outlets import canonical_outlet, outlet_from_url
from reader.ingest.resolve import Item
from reader.ingest.segment import Span, segment
from reader.model import Paragraph, ParagraphKind, Source

if TYPE_CHECKING:
    from reader.ingest.extract_html import ExtractedPage

_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)
_ATX_FIRST = re.compile(r"^\s*#{1,6}[ \t]+\S")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_MARKDOWN_TYPES = ("text/markdown", "text/x-markdown")


@dataclass(frozen=True, slots=True)
class Built:
    """A source, and the date it gives without a year until the year is filled in."""

    source: Source
    undated: DateMention | None  # a month and day still waiting for a year


@dataclass(frozen=True, slots=True)
class Laid:
    """A source's text laid out in paragraphs, before kinds and metadata are read."""

    format: str
    style: str
    text: str
    spans: tuple[Span, ...]
    kinds: dict[int, ParagraphKind]


def paragraphs(
    source_id: str, text: str, spans: tuple[Span, ...], kinds: list[ParagraphKind]
) -> tuple[Paragraph, ...]:
    """Paragraph values whose ``text`` is exactly ``text[start:end]``; spans in order."""
    found: list[Paragraph] = []
    line, counted_to = 1, 0
    for index, (span, kind) in enumerate(zip(spans, kinds, strict=True), start=1):
        line += text.count("\n", counted_to, span.start)
        counted_to = span.start
        found.append(
            Paragraph(
                id=f"{source_id}:p{index}",
                index=index,
                line=line,
                start=span.start,
                end=span.end,
                kind=kind,
                text=text[span.start : span.end],
            )
        )
    return tuple(found)


def _suffix(item: Item) -> str:
    return PurePath(item.path).suffix.lower() if item.kind == "file" else ""


def _declared_charset(item: Item, fetched: Fetched) -> str | None:
    if fetched.charset:
        return fetched.charset
    if fetched.content_type in _HTML_TYPES or _suffix(item) in (".html", ".htm"):
        match = _META_CHARSET.search(fetched.raw[:4096])
        return match.group(1).decode("ascii") if match else None
    return None


def detect_format(item: Item, fetched: Fetched, text: str) -> str:
    if fetched.content_type in _HTML_TYPES or _suffix(item) in (".html", ".htm"):
        return "html"
    if fetched.content_type in _MARKDOWN_TYPES or _suffix(item) in (".md", ".markdown"):
        return "markdown"
    if _HTML_START.match(text[:4096]):
        return "html"
    # Pasted text carries no name: a leading "# Heading" marks it as Markdown.
    if item.kind == "stdin" and _ATX_FIRST.match(text):
        return "markdown"
    return "text"


def _site_name(sitename: str | None) -> str | None:
    """The page's own name for its site; a bare host name is left to the URL rule."""
    if not sitename or (" " not in sitename and "." in sitename):
        return None
    return canonical_outlet(sitename)


def build_source(source_id: str, item: Item, fetched: Fetched, sha256: str) -> Built:
    decoded = decode(fetched.raw, _declared_charset(item, fetched))
    fmt = detect_format(item, fetched, decoded.text)
    url = fetched.url or (item.path if item.kind == "url" else None)
    front: dict[str, str] = {}
    page: ExtractedPage | None = None
    # The HTML and Markdown readers (and their patterns) load with the first such source:
    # a folder of plain text opens the app without them.
    if fmt == "html":
        from reader.ingest.extract_html import extract_html

        page = extract_html(decoded.text, url)
        laid = Laid(fmt, "html", page.text, page.spans, page.kinds)
    elif fmt == "markdown":
        from reader.ingest.markdown import read_markdown

        md = read_markdown(decoded.text)
        front = md.front_matter
        laid = Laid(fmt, md.style, decoded.text, md.spans, md.kinds)
    else:
        found = segment(decoded.text)
        laid = Laid(fmt, found.style, decoded.text, found.spans, {})
    texts = [laid.text[s.start : s.end] for s in laid.spans]
    kinds = classify(texts, laid.kinds)
    meta = read_metadata(laid.text, texts, kinds)
    outlet = (
        (_site_name(page.sitename) if page else None)
        or (canonical_outlet(front["outlet"]) if front.get("outlet") else None)
        or meta.outlet
        or (outlet_from_url(url) if url else None)
    )
    published = (page.date if page else None) or _iso_date(front.get("date")) or meta.published
    source = Source(
        id=source_id,
        path=item.path,
        text=laid.text,
        sha256=sha256,
        paragraphs=paragraphs(source_id, laid.text, laid.spans, kinds),
        outlet=outlet,
        title=(page.title if page else None) or front.get("title") or meta.title,
        published=published,
        byline=(page.author if page else None) or front.get("author") or meta.byline,
        language=meta.language or (page.language if page else None),
        format=fmt,
        segmentation=laid.style,
        encoding=decoded.encoding,
    )
    return Built(source, None if published else meta.undated)


def _iso_date(value: str | None) -> str | None:
    match = re.match(r"^((?:19|20)\d\d-[01]\d-[0-3]\d)", value or "")
    return match.group(1) if match else None
