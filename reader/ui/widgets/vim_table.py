"""A DataTable that also moves with vim keys (j/k/h/l, g/G, ctrl+d/ctrl+u)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from reader.ui.bindings import TABLE_BINDINGS


class VimTable(DataTable):  # type: ignore[type-arg]
    BINDINGS: ClassVar[list[BindingType]] = TABLE_BINDINGS

    def action_half_page(self, direction: int) -> None:
        """Half the visible rows down (1) or up (-1), the cursor with them."""
        if not self.row_count:
            return
        step = max(self.scrollable_content_region.height // 2, 1)
        row = min(max(self.cursor_coordinate.row + direction * step, 0), self.row_count - 1)
        self.cursor_coordinate = Coordinate(row, self.cursor_coordinate.column)
