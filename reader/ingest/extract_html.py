"""Saved pages and fetched URLs: the article text and its metadata, through trafilatura.

trafilatura drops navigation, scripts, styles, forms and comment threads and returns the
article as a small tree (``head``, ``p``, ``quote``, ``list``...). We lay that tree out as
our own text, one paragraph per element separated by blank lines, with the page title first,
so every paragraph span indexes this text exactly and headings and quotations keep their
kinds. htmldate (used by trafilatura for dates) refuses dates after today unless told
otherwise; we let it accept any date up to 2099.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reader.ingest.errors import IngestError
from reader.ingest.segment import Span
from reader.model import ParagraphKind

_MAX_DATE = "2099-12-31"
_LANG = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2})\b", re.IGNORECASE)
# A numeric character reference, decimal or hex, with or without its closing semicolon.
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9A-Fa-f]+)|([0-9]+));?")
_HARMLESS_C0 = (0x00, 0x09, 0x0A, 0x0D)  # lxml maps NUL to U+FFFD and keeps the whitespace


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    spans: tuple[Span, ...]
    kinds: dict[int, ParagraphKind]  # 0-based paragraph index -> kind the markup gives
    title: str | None
    author: str | None
    sitename: str | None
    date: str | None  # YYYY-MM-DD
    language: str | None  # from <html lang>, a fallback for the text's own


def _field(document: Any, name: str) -> str | None:
    value = getattr(document, name, None)
    return value.strip() or None if isinstance(value, str) else None


def _flat(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _blocks(body: Any) -> list[tuple[str, ParagraphKind | None]]:
    """(text, kind given by the markup or None) for each top-level element of the body."""
    found: list[tuple[str, ParagraphKind | None]] = []
    for element in body:
        tag = str(element.tag)
        if tag == "head":
            found.append((_flat(element), "headline"))
        elif tag == "quote":
            found.append((_flat(element), "quote-block"))
        elif tag == "list":
            found.extend((_flat(item), None) for item in element if str(item.tag) == "item")
        elif tag == "table":
            found.extend((_flat(row), None) for row in element)
        else:
            found.append((_flat(element), None))
    return [(text, kind) for text, kind in found if text]


def _lay_out(blocks: list[tuple[str, ParagraphKind | None]]) -> ExtractedPage:
    pieces: list[str] = []
    spans: list[Span] = []
    kinds: dict[int, ParagraphKind] = {}
    pos = 0
    for index, (text, kind) in enumerate(blocks):
        spans.append(Span(pos, pos + len(text)))
        if kind is not None:
            kinds[index] = kind
        pieces.append(text)
        pos += len(text) + 2
    return ExtractedPage("\n\n".join(pieces) + "\n", tuple(spans), kinds, *(None,) * 5)


def _visible_reference(match: re.Match[str]) -> str:
    hex_digits, decimal = match.groups()
    code = int(hex_digits, 16) if hex_digits else int(decimal)
    if code >= 0x20 or code in _HARMLESS_C0:
        return match.group(0)
    return f"&#{0x2400 + code};"  # the control picture: ␛ for ESC, ␇ for BEL


def neutralise_control_references(html: str) -> str:
    """Character references to C0 controls (``&#27;``, ``&#x7;``) become control pictures.

    One such reference anywhere in a page makes lxml give up on the document and
    ``trafilatura`` return nothing, so a single ``&#27;`` would hide a whole article. The
    control picture keeps the character visible in the text, inert.
    """
    return _CHAR_REF.sub(_visible_reference, html)


def extract_html(html: str, url: str | None = None) -> ExtractedPage:
    """The article in ``html``; raises IngestError when the page holds none."""
    import trafilatura  # slow to import: only when a page is actually read

    document: Any = trafilatura.bare_extraction(
        neutralise_control_references(html),
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_tables=True,
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "max_date": _MAX_DATE,
        },
    )
    body = getattr(document, "body", None)
    blocks = _blocks(body) if body is not None else []
    if not blocks:
        raise IngestError("no article text found in the page")
    title = " ".join((_field(document, "title") or "").split()) or None
    if title and blocks[0][0] != title:
        blocks.insert(0, (title, "headline"))
    elif title:
        blocks[0] = (title, "headline")
    page = _lay_out(blocks)
    lang = _LANG.search(html[:4096])
    return ExtractedPage(
        text=page.text,
        spans=page.spans,
        kinds=page.kinds,
        title=title,
        author=_field(document, "author"),
        sitename=_field(document, "sitename"),
        date=_field(document, "date"),
        language=lang.group(1).lower() if lang else None,
    )
