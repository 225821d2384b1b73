"""Lists and scrolled text that also move with vim keys (j/k, g/G, ctrl+d/ctrl+u).

Tables are ``reader.ui.widgets.vim_table.VimTable``; the keys are in ``reader.ui.bindings``.
"""

from __future__ import annotations

from typing import ClassVar, cast

from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import OptionList

from reader.ui.bindings import LIST_BINDINGS


class VimOptionList(OptionList):
    BINDINGS: ClassVar[list[BindingType]] = LIST_BINDINGS

    def action_half_page(self, direction: int) -> None:
        if not self.option_count:
            return
        step = max(self.scrollable_content_region.height // 2, 1)
        current = self.highlighted if self.highlighted is not None else 0
        self.highlighted = min(max(current + direction * step, 0), self.option_count - 1)


class VimScroll(VerticalScroll):
    """The scrolled text of a screen whose SCROLL_BINDINGS call ``action_body``."""

    def move(self, how: str) -> None:
        half = max(self.scrollable_content_region.height // 2, 1)
        if how == "down":
            self.scroll_relative(y=1, animate=False)
        elif how == "up":
            self.scroll_relative(y=-1, animate=False)
        elif how == "top":
            self.scroll_home(animate=False)
        elif how == "bottom":
            self.scroll_end(animate=False)
        elif how == "half-down":
            self.scroll_relative(y=half, animate=False)
        elif how == "half-up":
            self.scroll_relative(y=-half, animate=False)


class ScrollKeys:
    """For a screen holding one VimScroll: its SCROLL_BINDINGS move that text."""

    def action_body(self, how: str) -> None:
        cast("Widget", self).query_one(VimScroll).move(how)
