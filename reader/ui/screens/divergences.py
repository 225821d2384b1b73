"""The Divergences screen (``D``): every divergent fact, one row each, enter jumps to it.

Kind, what it is about, each outlet's value as written (⚑ the outlier), the confidence;
``f`` shows one kind at a time. The rows are ``reader.report.divergences``, the same list
the Markdown report and export open with.
"""

from __future__ import annotations

from typing import ClassVar, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from reader.model import Analysis, FactValue
from reader.report.divergences import OUTLIER, Divergence, divergences
from reader.text.safe import inert
from reader.ui.bindings import DIVERGENCES_BINDINGS
from reader.ui.presenters.names import short_names
from reader.ui.presenters.passage import StyleFor
from reader.ui.widgets.vim_table import VimTable

NAME_WIDTH = 14  # outlet names in the values column
KIND_WIDTH = 11
SURE_WIDTH = 4


def _plain(text: str) -> str:
    return inert(text, keep_newlines=False)


class DivergencesScreen(Screen[tuple[str | None, FactValue] | None]):
    """Dismisses with the focused row's claim and first value (the compare screen shows it)."""

    BINDINGS: ClassVar[list[BindingType]] = DIVERGENCES_BINDINGS

    def __init__(self, analysis: Analysis, style: StyleFor) -> None:
        super().__init__()
        self.analysis = analysis
        self.style_for = style
        self.rows = divergences(analysis)
        self.kinds = sorted({r.kind for r in self.rows})
        self.kind: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="overview"):
            yield Static(classes="overview-title", id="divergences-title")
            yield VimTable(zebra_stripes=True, cursor_type="row", id="divergences-table")
            yield Static(classes="overview-legend", id="divergences-legend")
        yield Footer()

    @property
    def table(self) -> DataTable[Text]:
        return cast("DataTable[Text]", self.query_one("#divergences-table", DataTable))

    def on_mount(self) -> None:
        self._fill()
        self.table.focus()

    def _widths(self) -> tuple[int, int]:
        """The 'about' and 'values' columns share what #, kind and confidence leave."""
        room = self.app.size.width - 2 - 2 * 5 - 3 - KIND_WIDTH - SURE_WIDTH
        about = max(12, room * 2 // 5 if room < 100 else room // 3)
        return about, max(room - about, 16)

    def _shown(self) -> list[Divergence]:
        return [r for r in self.rows if self.kind is None or r.kind == self.kind]

    def _fill(self) -> None:
        table = self.table
        table.clear(columns=True)
        about_width, values_width = self._widths()
        table.add_column(Text("#"), key="number", width=3)
        table.add_column(Text("kind"), key="kind", width=KIND_WIDTH)
        table.add_column(Text("about"), key="about", width=about_width)
        table.add_column(Text("each outlet's value"), key="values", width=values_width)
        table.add_column(Text("sure", justify="right"), key="sure", width=SURE_WIDTH)
        kind_style = {r.kind: self.style_for(f"fact-{r.kind}") for r in self.rows}
        short = short_names(self.analysis, NAME_WIDTH)
        for number, row in enumerate(self._shown(), start=1):
            about = Text(_plain(row.about))
            if row.group:
                label = f" · {row.group}"
                wide = self.app.size.width >= 120
                if wide and row.group_label and row.group_label not in row.about:
                    label += f" {_plain(row.group_label)}"
                about.append(label, style="dim")
            values = Text()
            names = [short[v.source] + ":" for v in row.values]
            # names padded to one column where there is room; at 80 columns it wrapped values
            width = max(map(len, names), default=0) if self.app.size.width >= 120 else 0
            for n, (name, value) in enumerate(zip(names, row.values, strict=True)):
                if n:
                    values.append("\n")
                values.append(name.ljust(width) + " ", style="bold")
                words = " / ".join(f"“{_plain(t)}”" for t in value.texts)
                values.append(words, style=kind_style[row.kind])
                if value.outlier:
                    values.append(f" {OUTLIER}", style="bold")
            sure = f"{row.confidence:.2f}" if row.confidence is not None else "—"
            table.add_row(
                Text(str(number)),
                Text(row.kind, style=kind_style[row.kind]),
                about,
                values,
                Text(sure, justify="right"),
                height=None,
                key=row.fact.id,
            )
        self._titles()

    def _titles(self) -> None:
        shown = len(self._shown())
        title = Text(" Divergences", style="bold")
        count = f"{shown} of {len(self.rows)}" if self.kind else str(len(self.rows))
        title.append(f" · {count} divergent fact{'s' if len(self.rows) != 1 else ''}")
        title.append(f" · kind: {self.kind or 'all'} (f)")
        title.append(" · enter jumps to the passage")
        self.query_one("#divergences-title", Static).update(title)
        legend = Text(f"{OUTLIER} a value most outlets do not give · sure: the method's confidence")
        if not self.rows:
            legend = Text("No fact is stated differently by the outlets.")
        self.query_one("#divergences-legend", Static).update(legend)

    def action_cycle_kind(self) -> None:
        if not self.kinds:
            return
        cycle: list[str | None] = [None, *self.kinds]
        self.kind = cycle[(cycle.index(self.kind) + 1) % len(cycle)]
        self._fill()

    def action_jump(self) -> None:
        table = self.table
        if table.row_count == 0:
            return
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        row = next(r for r in self.rows if r.fact.id == row_key.value)
        self.dismiss((row.group, row.values[0].value))

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_jump()
