"""Markdown sources: the Markdown itself is the text, so every offset still indexes it.

Paragraphs are found as in plain text (``segment``), then Markdown structure refines them:
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

from reader.ingest.segment import Line, Segmentation, Span, segment, split_lines
from reader.model import ParagraphKind

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+")
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


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


def _skipped(lines: list[Line], front: int) -> set[int]:
    """Line numbers (0-based) that are no paragraph: front matter, rules, fenced code."""
    skip = set(range(front))
    fenced = False
    for n, line in enumerate(lines):
        if _FENCE.match(line.text):
            fenced = not fenced
            skip.add(n)
        elif fenced or _RULE.match(line.text):
            skip.add(n)
    return skip


def _blank_out(text: str, lines: list[Line], skip: set[int]) -> str:
    """The text as segment() should see it: skipped lines, headings and underlines spaced
    out (so paragraphs split around them), list markers spaced out (so each item starts
    an indented line, which is a paragraph break in every style)."""
    chars = list(text)
    for n, line in enumerate(lines):
        item = _ITEM.match(line.text)
        if n in skip or _ATX.match(line.text) or _SETEXT.match(line.text):
            blank_to = line.end
        elif item:
            blank_to = line.start + item.end()
        else:
            continue
        for i in range(line.start, blank_to):
            chars[i] = " "
    return "".join(chars)


def _merge_quotes(
    text: str, paragraphs: list[tuple[Span, ParagraphKind | None]]
) -> list[tuple[Span, ParagraphKind | None]]:
    """Consecutive ``>`` lines are one quotation, whatever the segmentation style."""
    merged: list[tuple[Span, ParagraphKind | None]] = []
    for span, kind in paragraphs:
        if merged and kind is None and merged[-1][1] is None:
            previous = merged[-1][0]
            gap = text[previous.end : span.start]
            both_quoted = _QUOTE.match(_line_of(text, previous.start)) and _QUOTE.match(
                _line_of(text, span.start)
            )
            if both_quoted and gap.count("\n") == 1:
                merged[-1] = (Span(previous.start, span.end), None)
                continue
        merged.append((span, kind))
    return merged


def _line_of(text: str, offset: int) -> str:
    first = text.rfind("\n", 0, offset) + 1
    last = text.find("\n", offset)
    return text[first : last if last >= 0 else len(text)]


def _line_paragraph(line: Line, kind: ParagraphKind | None) -> tuple[Span, ParagraphKind | None]:
    match = _ATX.match(line.text)
    if match:
        return Span(line.start + match.start(2), line.start + match.end(2)), "headline"
    return Span(line.start, line.start + line.width), kind


def read_markdown(text: str) -> MarkdownSource:
    lines = split_lines(text)
    fields, front = _front_matter(lines)
    skip = _skipped(lines, front)
    # Headings, list items and Setext underlines each break paragraphs apart.
    found: Segmentation = segment(_blank_out(text, lines, skip))
    extra: list[tuple[Span, ParagraphKind | None]] = []
    for n, line in enumerate(lines):
        if n in skip:
            continue
        heading = _ATX.match(line.text)
        if heading and heading[2].strip():
            extra.append(_line_paragraph(line, "headline"))
    paragraphs: list[tuple[Span, ParagraphKind | None]] = [(s, None) for s in found.spans]
    paragraphs += extra
    paragraphs.sort(key=lambda p: p[0].start)
    return _refine(text, lines, _merge_quotes(text, paragraphs), found.style, fields)


def _refine(
    text: str,
    lines: list[Line],
    paragraphs: list[tuple[Span, ParagraphKind | None]],
    style: str,
    fields: dict[str, str],
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
            quote = _QUOTE.match(head)
            if quote:
                start, given = max(start, first + quote.end()), "quote-block"
            following = lines[n + 1] if n + 1 < len(lines) else None
            if following is not None and _SETEXT.match(following.text) and "\n" not in head:
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
