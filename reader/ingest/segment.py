"""Split decoded text into paragraphs the way a reader would, detecting the style per source.

Three styles occur in the wild and are told apart from the text alone, never from the file
name:

* ``blank-line``: paragraphs separated by empty lines, each on one (long) line;
* ``line``: one paragraph per line, no empty lines (wire copy, pasted feeds);
* ``wrapped``: hard-wrapped at a fixed width, so a paragraph spans several lines that must be
  joined back. A paragraph's span then covers its original lines and its text keeps the inner
  newlines, because ``text == decoded[start:end]`` must hold for every paragraph.

A wrapper breaks a line only when the next word would not fit; a break where it would have
fit, or before an indented line, is the author's own paragraph break.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

# Share of line breaks (within runs of non-blank lines) that must be the wrapper's.
_WRAP_SHARE = 0.3
# Wrapped text keeps every line within a width in this range.
_MIN_WRAP_WIDTH = 30
_MAX_WRAP_WIDTH = 120
_SENTENCE_END = tuple('.!?:;"”’»)]')


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a text, at its offset."""

    start: int  # offset of the line's first character
    text: str  # without its newline

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def width(self) -> int:
        return len(self.text.rstrip())


@dataclass(frozen=True, slots=True)
class Span:
    """A paragraph's start and end offsets in the text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Segmentation:
    """The paragraph spans of a text and the style they were found by."""

    style: str  # blank-line | line | wrapped
    spans: tuple[Span, ...]


def split_lines(text: str) -> list[Line]:
    """Lines with offsets; only ``\\n`` ends a line (the text has universal newlines)."""
    lines: list[Line] = []
    pos = 0
    for piece in text.split("\n"):
        lines.append(Line(pos, piece))
        pos += len(piece) + 1
    return lines


def blocks(lines: list[Line]) -> list[list[Line]]:
    """Runs of non-blank lines."""
    found: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                found.append(current)
            current = []
        else:
            current.append(line)
    if current:
        found.append(current)
    return found


def _inner_lines(groups: list[list[Line]]) -> list[tuple[Line, Line]]:
    """Every line followed by another non-blank line, with that next line."""
    return [(a, b) for block in groups for a, b in itertools.pairwise(block)]


def _mid_sentence(line: Line, following: Line) -> bool:
    stripped = line.text.rstrip()
    return not stripped.endswith(_SENTENCE_END) or following.text.lstrip()[:1].islower()


def _wrap_width(inner: list[tuple[Line, Line]]) -> int:
    """The width the text was wrapped at: its widest line that runs on into the next.

    Lines followed by a lower-case word are the surest run-ons; a headline just above the
    text, however long, is not one of them.
    """
    run_on = [a.width for a, b in inner if b.text.lstrip()[:1].islower()]
    if len(run_on) >= 2:
        return max(run_on)
    return max((a.width for a, b in inner if _mid_sentence(a, b)), default=0)


def is_wrapped(groups: list[list[Line]]) -> bool:
    """Hard-wrapped text: a good share of its line breaks are the wrapper's, not the author's.

    A wrapper's break falls mid-sentence, where the next word would not have fit.
    """
    inner = _inner_lines(groups)
    if len(inner) < 2:
        return False
    if max(line.width for block in groups for line in block) > _MAX_WRAP_WIDTH:
        return False
    width = _wrap_width(inner)
    if width < _MIN_WRAP_WIDTH:
        return False
    wraps = sum(1 for a, b in inner if _mid_sentence(a, b) and not _deliberate_break(a, b, width))
    return wraps >= 2 and wraps >= _WRAP_SHARE * len(inner)


def _first_word(line: Line) -> str:
    words = line.text.split()
    return words[0] if words else ""


def _deliberate_break(line: Line, following: Line, width: int) -> bool:
    """True when the author, not the wrapper, ended ``line`` before ``following``."""
    if following.text[:1].isspace() and not line.text[:1].isspace():
        return True
    if line.width > width:  # wider than the wrapper allows: the author's own line
        return True
    return line.width + 1 + len(_first_word(following)) <= width


def _span(lines: list[Line]) -> Span:
    first, last = lines[0], lines[-1]
    start = first.start + (len(first.text) - len(first.text.lstrip()))
    return Span(start, last.start + last.width)


def _wrapped_spans(groups: list[list[Line]]) -> list[Span]:
    width = _wrap_width(_inner_lines(groups))
    spans: list[Span] = []
    for block in groups:
        current = [block[0]]
        for line, following in itertools.pairwise(block):
            if _deliberate_break(line, following, width):
                spans.append(_span(current))
                current = []
            current.append(following)
        spans.append(_span(current))
    return spans


def _line_spans(groups: list[list[Line]]) -> list[Span]:
    """One paragraph per line, except that a line starting in lower case continues the last."""
    spans: list[Span] = []
    for block in groups:
        current = [block[0]]
        for following in block[1:]:
            if following.text.lstrip()[:1].islower():
                current.append(following)
                continue
            spans.append(_span(current))
            current = [following]
        spans.append(_span(current))
    return spans


def segment(text: str) -> Segmentation:
    """Paragraph spans of ``text`` and the style they were found in."""
    groups = blocks(split_lines(text))
    if not groups:
        return Segmentation("blank-line", ())
    if is_wrapped(groups):
        return Segmentation("wrapped", tuple(_wrapped_spans(groups)))
    spans = _line_spans(groups)
    multi_line = sum(len(block) for block in groups if len(block) > 1)
    style = "line" if multi_line > len(spans) / 2 else "blank-line"
    return Segmentation(style, tuple(spans))
