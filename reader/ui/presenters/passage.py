"""Turn one cell of the compare table into a rich Text: untrusted prose, then highlights.

Article text is made inert and wrapped in ``rich.text.Text`` (never parsed as markup);
highlights are spans laid over it by offset, so ``[bold]`` in an article shows literally.
The plain form (same characters, no spans) sizes the rows without paying for styles.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from reader.model import Source
from reader.text.safe import inert
from reader.ui.presenters.lookup import AnalysisLookup
from reader.ui.presenters.rows import Cell

MOVED_LABEL = {"up": "↑moved ", "down": "↓moved "}
# Inline Markdown emphasis kept in a .md source's text: **strong**, __strong__, *em*, _em_.
# The markers stay (offsets index the raw text) but are dimmed, the words between styled.
_EMPHASIS = re.compile(
    r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\3(?![\w*])"
)
StyleFor = Callable[[str], Style]  # component name ("fact-number", "framing", ...) -> style


@dataclass(frozen=True, slots=True)
class Layers:
    """The optional highlights over the passages: framing marks, the search text."""

    framing: bool = False
    query: str = ""


def _prefix(cell: Cell) -> tuple[str, str, str]:
    """The ¶ number (with, for a paragraph printed above, where), the moved mark, and an
    ellipsis when the text shown starts inside the paragraph."""
    start, end = cell.shown
    number = f"¶{cell.paragraph.index} "
    if cell.seen_in:
        number += f"· in {cell.seen_in} above" + (": " if end > start else "")
    moved = MOVED_LABEL.get(cell.moved, "")
    lead = "… " if end > start > cell.paragraph.start else ""
    return number, moved, lead


def _body(cell: Cell, source: Source) -> str:
    """The prose of the cell; line breaks inside a paragraph are wrapping, shown as spaces
    (same length, so offsets still line up)."""
    start, end = cell.shown
    if end <= start:
        return ""
    tail = " …" if end < cell.paragraph.end else ""
    return inert(source.text[start:end]).replace("\n", " ") + tail


def folded_text(cell: Cell) -> str:
    return f"⋯ {cell.folded} boilerplate ¶ folded (b)"


def passage_plain(cell: Cell, source: Source) -> str:
    """The characters of ``passage_text`` (which wraps them with ``overflow="fold"``)."""
    if cell.folded:
        return folded_text(cell)
    number, moved, lead = _prefix(cell)
    return number + moved + lead + _body(cell, source)


def _word_spans(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    spans = []
    for word in words:
        if not word.strip():
            continue
        pattern = r"(?<!\w)" + re.escape(word) + r"(?!\w)"
        spans += [m.span() for m in re.finditer(pattern, text, flags=re.IGNORECASE)]
    return spans


def _style_emphasis(text: Text, base: int, body: str, style: StyleFor) -> None:
    for found in _EMPHASIS.finditer(body):
        strong = found.group(1) is not None
        marker = len(found.group(1) or found.group(3))
        start, end = base + found.start(), base + found.end()
        text.stylize(style("md-marker"), start, start + marker)
        text.stylize(style("md-strong" if strong else "md-em"), start + marker, end - marker)
        text.stylize(style("md-marker"), end - marker, end)


def passage_text(
    cell: Cell, source: Source, lookup: AnalysisLookup, style: StyleFor, layers: Layers
) -> Text:
    """The styled cell: ¶ number, moved mark, prose with facts, quotes, framing, search."""
    if cell.folded:
        return Text(folded_text(cell), style=style("folded"), overflow="fold")
    number, moved, lead = _prefix(cell)
    text = Text(overflow="fold")
    text.append(number, style("para-number"))
    if moved:
        text.append(moved, style(f"moved-{cell.moved}"))
    text.append(lead, style("para-number"))
    base = len(text)
    body = _body(cell, source)
    text.append(body, style("folded") if cell.paragraph.kind == "boilerplate" else None)
    if source.format == "markdown":
        _style_emphasis(text, base, body, style)

    shown_start, shown_end = cell.shown

    def place(start: int, end: int) -> tuple[int, int] | None:
        lo, hi = max(start, shown_start), min(end, shown_end)
        if lo >= hi:
            return None
        return base + lo - shown_start, base + hi - shown_start

    _mark_claim(text, cell, place, style)

    for placed in lookup.values_in.get(cell.paragraph.id, []):
        span = place(placed.value.start, placed.value.end)
        if span is None:
            continue
        kind = f"fact-{placed.fact.kind}" if placed.fact.divergent else "agree"
        text.stylize(style(kind), *span)
        if placed.fact.kind == "quote" and placed.differing_words:
            inner = text.plain[span[0] : span[1]]
            for lo, hi in _word_spans(inner, placed.differing_words):
                text.stylize(style("quote-diff"), span[0] + lo, span[0] + hi)
    if layers.framing:
        for mark in lookup.framing_in.get(cell.paragraph.id, []):
            span = place(mark.start, mark.end)
            if span is not None:
                text.stylize(style("framing"), *span)
    if layers.query:
        for found in re.finditer(re.escape(layers.query), body, flags=re.IGNORECASE):
            text.stylize(style("search"), base + found.start(), base + found.end())
    return text


def _mark_claim(
    text: Text,
    cell: Cell,
    place: Callable[[int, int], tuple[int, int] | None],
    style: StyleFor,
) -> None:
    """Dim what the cell shows around the claim's own sentences, when they are not all of it."""
    if not cell.claim:
        return
    start, end = cell.shown
    gaps = []
    at = start
    for lo, hi in cell.claim:
        if lo > at:
            gaps.append((at, min(lo, end)))
        at = max(at, hi)
    if at < end:
        gaps.append((at, end))
    for lo, hi in gaps:
        span = place(lo, hi)
        if span is not None and text.plain[span[0] : span[1]].strip():
            text.stylize(style("context"), *span)


def cell_occurrences(cell: Cell, source: Source, query: str) -> list[int]:
    """Where ``query`` occurs in what the cell shows (absolute offsets), case-insensitively,
    as less counts matches: every occurrence, not every passage."""
    start, end = cell.shown
    if not query or end <= start:
        return []
    text = source.text[start:end]
    return [start + m.start() for m in re.finditer(re.escape(query), text, re.IGNORECASE)]
