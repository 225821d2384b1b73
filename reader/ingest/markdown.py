"""Markdown sources: the Markdown itself is the text, so every offset still indexes it.

The block structure comes from ``markdown-it-py`` (CommonMark; it comes with rich): which
lines are headings, Setext underlines, quotations, list items, rules and fenced code. Its
tokens carry line numbers, so every span is cut from the text itself. Paragraphs are found
as in plain text (``segment``), then that structure refines them:
an ATX heading (``# Title``) is a paragraph of its own and a headline, its span starting
after the hashes; a Setext heading (``Title`` over ``=====``) is a headline without its
underline; ``>`` blocks are quote-blocks; list items stand alone, their span after the
marker; rules, fences and front matter are not paragraphs at all. Front matter fields
(title, date, author, outlet) are metadata. Nothing is stripped from the text, so
``text == decoded[start:end]`` holds for every paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt

from reader.ingest.segment import Line, Segmentation, Span, segment, split_lines
from reader.model import ParagraphKind

_QUOTE = re.compile(r"^ {0,3}>[ \t]?")  # the marker's width on a line the parser quotes
_MARKER_GAP = re.compile(r"[ \t]*")
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


@dataclass
class _Blocks:
    """What the parser says of each line (0-based numbers)."""

    skip: set[int] = field(default_factory=set)  # front matter, rules, fenced code
    atx: dict[int, tuple[int, int]] = field(default_factory=dict)  # heading words' span
    underlines: set[int] = field(default_factory=set)  # Setext underlines
    quoted: set[int] = field(default_factory=set)  # inside a ``>`` quotation
    items: dict[int, int] = field(default_factory=dict)  # list item: its marker's width


def _blocks(text: str, lines: list[Line], front: int) -> _Blocks:
    """The block structure by markdown-it, front matter left out (blanked, so the parser's
    line numbers are the text's)."""
    found = _Blocks(skip=set(range(front)))
    if front:
        cut = lines[front - 1].end
        text = "".join(c if c == "\n" else " " for c in text[:cut]) + text[cut:]
    tokens = MarkdownIt("commonmark").parse(text)
    for i, token in enumerate(tokens):
        if token.map is None:
            continue
        first, last = token.map  # lines first .. last - 1
        if token.type in ("hr", "fence"):
            found.skip.update(range(first, last))
        elif token.type == "blockquote_open":
            found.quoted.update(range(first, last))
        elif token.type == "list_item_open":
            line = lines[first].text
            marker = len(line) - len(line.lstrip(" ")) + len(token.info) + len(token.markup)
            gap = _MARKER_GAP.match(line, marker)
            found.items[first] = gap.end() if gap else marker
        elif token.type == "heading_open" and token.markup.startswith("#"):
            words = tokens[i + 1].content
            if words.strip():
                line = lines[first].text
                start = line.index(words, line.index(token.markup) + len(token.markup))
                found.atx[first] = (start, start + len(words))
            else:
                found.atx[first] = (0, 0)
        elif token.type == "heading_open":
            found.underlines.add(last - 1)
    return found


@dataclass(frozen=True, slots=True)
class MarkdownSource:
    style: str
    spans: tuple[Span, ...]
    kinds: dict[int, ParagraphKind]  # 0-based paragraph index -> kind the markup gives
    front_matter: dict[str, str] = field(default_factory=dict)


def _front_matter(lines: list[Line]) -> tuple[dict[str, str], int]:
    """YAML-style ``key: value`` fields between leading ``---`` lines, and the lines they use."""
    if not lines or lines[0].text.strip() != "---":
        return {}, 0
    for n, line in enumerate(lines[1:40], start=1):
        if line.text.strip() in ("---", "..."):
            fields: dict[str, str] = {}
            for entry in lines[1:n]:
                match = _FIELD.match(entry.text)
                if match:
                    fields[match[1].lower()] = match[2].strip("\"'")
            return fields, n + 1
    return {}, 0


def _blank_out(text: str, lines: list[Line], found: _Blocks) -> str:
    """The text as segment() should see it: skipped lines, headings and underlines spaced
    out (so paragraphs split around them), list markers spaced out (so each item starts
    an indented line, which is a paragraph break in every style)."""
    chars = list(text)
    for n, line in enumerate(lines):
        if n in found.skip or n in found.atx or n in found.underlines:
            blank_to = line.end
        elif n in found.items:
            blank_to = line.start + found.items[n]
        else:
            continue
        for i in range(line.start, blank_to):
            chars[i] = " "
    return "".join(chars)


def _merge_quotes(
    text: str, paragraphs: list[tuple[Span, ParagraphKind | None]], quoted: set[int]
) -> list[tuple[Span, ParagraphKind | None]]:
    """Consecutive ``>`` lines are one quotation, whatever the segmentation style."""
    merged: list[tuple[Span, ParagraphKind | None]] = []
    for span, kind in paragraphs:
        if merged and kind is None and merged[-1][1] is None:
            previous = merged[-1][0]
            gap = text[previous.end : span.start]
            both_quoted = _line_no(text, previous.start) in quoted and (
                _line_no(text, span.start) in quoted
            )
            if both_quoted and gap.count("\n") == 1:
                merged[-1] = (Span(previous.start, span.end), None)
                continue
        merged.append((span, kind))
    return merged


def _line_no(text: str, offset: int) -> int:
    return text.count("\n", 0, offset)


def read_markdown(text: str) -> MarkdownSource:
    lines = split_lines(text)
    fields, front = _front_matter(lines)
    blocks = _blocks(text, lines, front)
    # Headings, list items and Setext underlines each break paragraphs apart.
    found: Segmentation = segment(_blank_out(text, lines, blocks))
    extra: list[tuple[Span, ParagraphKind | None]] = [
        (Span(lines[n].start + a, lines[n].start + b), "headline")
        for n, (a, b) in blocks.atx.items()
        if b > a
    ]
    paragraphs: list[tuple[Span, ParagraphKind | None]] = [(s, None) for s in found.spans]
    paragraphs += extra
    paragraphs.sort(key=lambda p: p[0].start)
    merged = _merge_quotes(text, paragraphs, blocks.quoted)
    return _refine(text, lines, merged, found.style, fields, blocks)


def _refine(
    text: str,
    lines: list[Line],
    paragraphs: list[tuple[Span, ParagraphKind | None]],
    style: str,
    fields: dict[str, str],
    blocks: _Blocks,
) -> MarkdownSource:
    line_at = {line.start: n for n, line in enumerate(lines)}
    spans: list[Span] = []
    kinds: dict[int, ParagraphKind] = {}
    for span, kind in paragraphs:
        start, given = span.start, kind
        first = text.rfind("\n", 0, start) + 1
        n = line_at[first]
        head = text[first : span.end]
        if given is None:
            quote = _QUOTE.match(head) if n in blocks.quoted else None
            if quote:
                start, given = max(start, first + quote.end()), "quote-block"
            if n + 1 in blocks.underlines and "\n" not in head:
                given = "headline"
        end = span.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        if given is not None:
            kinds[len(spans)] = given
        spans.append(Span(start, end))
    return MarkdownSource(style, tuple(spans), kinds, fields)
