"""Help: every key with what it does, and what the marks and colours on screen mean.

Read from the live bindings, like the command palette, so the two never disagree.
"""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from reader.ui.bindings import HELP_BINDINGS, PALETTE, key_label
from reader.ui.presenters.passage import StyleFor
from reader.ui.widgets.compare_styles import FACT_KINDS
from reader.ui.widgets.vim_keys import ScrollKeys, VimScroll

KEY_WIDTH, NAME_WIDTH = 11, 17  # the same columns in every table, so the sections line up


def bindings_table(bindings: list[Binding]) -> Table:
    table = Table(box=None, padding=(0, 2), show_header=False)
    table.add_column(style="bold", no_wrap=True, width=KEY_WIDTH)
    table.add_column(no_wrap=True, width=NAME_WIDTH)
    table.add_column(style="dim")
    panes = [b for b in bindings if b.action.startswith("toggle_pane(")]
    for binding in bindings:
        if binding in panes:
            continue
        table.add_row(key_label(binding.key), binding.description, binding.tooltip)
    if panes:
        table.add_row("1-9", "Panes", "Show or hide the pane of source 1 to 9")
    return table


class HelpScreen(ScrollKeys, ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = HELP_BINDINGS
    AUTO_FOCUS = "#help-body"  # j/k/ctrl+d scroll the text at once

    def __init__(self, screen_bindings: list[Binding], style: StyleFor | None = None) -> None:
        super().__init__()
        self.screen_bindings = screen_bindings
        self.style_for = style

    def compose(self) -> ComposeResult:
        app_bindings = [b for b in self.app.BINDINGS if isinstance(b, Binding)]
        with Vertical(id="help"):
            yield Static(
                Text(" newsdiff keys · escape closes · ctrl+p finds any command", style="bold"),
                id="help-title",
            )
            with VimScroll(id="help-body"):
                if self.screen_bindings:
                    yield Static(Text("This screen", style="bold underline"))
                    yield Static(bindings_table(self.screen_bindings))
                yield Static(Text("Everywhere", style="bold underline"))
                yield Static(bindings_table([*app_bindings, PALETTE]))
                if self.style_for is not None:
                    yield Static(Text("What the marks mean", style="bold underline"))
                    yield Static(self._legend(self.style_for))
        yield Footer()

    def _legend(self, style: StyleFor) -> Table:
        table = Table(box=None, padding=(0, 2), show_header=False)
        table.add_column(no_wrap=True, width=KEY_WIDTH + NAME_WIDTH + 4)
        table.add_column(style="dim")
        rows: list[tuple[Text, str]] = [
            (
                Text("◆ kinds", style=style("rule-divergent")),
                "the claim holds facts the outlets state differently",
            ),
            (
                Text("○ not in #4", style=style("rule-omission")),
                "outlets that do not report the claim (by name when it fits, else pane number)",
            ),
            (Text("· not reported ·", style=style("gap")), "this outlet omits the claim"),
            (Text("¶4", style=style("para-number")), "the paragraph's place in its article"),
            (
                Text("↑moved", style=style("moved-up")),
                "sits much earlier in its article than the row order",
            ),
            (
                Text("↓moved", style=style("moved-down")),
                "sits much later in its article than the row order",
            ),
            (
                Text("✓ trusted ? check ✗ discard", style=style("rule-mark")),
                "your triage mark on a source, beside its name (s lists sources, t sets it)",
            ),
            (
                Text("≡ verbatim", style=style("rule-verbatim")),
                "near-verbatim copies: likely one wire source",
            ),
            (
                Text("agreeing value", style=style("agree")),
                "a fact all outlets state alike after normalisation",
            ),
            (Text("reworded", style=style("quote-diff")), "words that differ inside a quote"),
            (
                Text("framing", style=style("framing")),
                "hedge, loaded word, attribution verb... (f shows)",
            ),
        ]
        for kind in FACT_KINDS:
            rows.append((Text(kind, style=style(f"fact-{kind}")), f"divergent {kind}"))
        for sample, meaning in rows:
            table.add_row(sample, meaning)
        return table
