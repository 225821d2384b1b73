"""Which sources get a pane: all of them when they fit, else a page of them.

Below MIN_PANE_WIDTH columns a pane of prose stops being readable, so a narrow terminal
shows as many panes as fit (at least two) and pages through the rest with [ and ].
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.settings import MIN_PANE_WIDTH


@dataclass(frozen=True, slots=True)
class PaneWindow:
    """Which of the eligible panes are on screen: a page of them when space is short."""

    shown: tuple[str, ...]
    eligible: tuple[str, ...]
    start: int

    @property
    def paged(self) -> bool:
        return len(self.shown) < len(self.eligible)


def window_for(eligible: Sequence[str], start: int, width: int) -> PaneWindow:
    """As many panes as fit at MIN_PANE_WIDTH (at least two), from ``start``."""
    count = len(eligible)
    if count * MIN_PANE_WIDTH <= width or count <= 2:
        return PaneWindow(tuple(eligible), tuple(eligible), 0)
    per_page = max(2, width // MIN_PANE_WIDTH)
    start = max(0, min(start, count - per_page))
    return PaneWindow(tuple(eligible[start : start + per_page]), tuple(eligible), start)


def split_widths(width: int, count: int) -> list[int]:
    """Pane widths that fill ``width`` with one-column separators between panes."""
    if count == 0:
        return []
    usable = width - (count - 1)
    each, extra = divmod(usable, count)
    return [each + (1 if n < extra else 0) for n in range(count)]
