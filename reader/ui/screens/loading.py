"""First screen while sources are read: what is being loaded, and a bar per stage."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from reader.text.safe import inert
from reader.ui.widgets.lean_footer import LeanFooter
from reader.ui.widgets.stage_panel import StagePanel


class LoadingScreen(Screen[None]):
    def __init__(self, specs: Sequence[str], *, failure: str = "") -> None:
        super().__init__()
        self.specs = tuple(specs)
        self.failure = failure

    def compose(self) -> ComposeResult:
        with Vertical(id="loading"):
            listing = Text()
            listing.append("newsdiff is reading:\n", "bold")
            for spec in self.specs[:12]:
                listing.append(f"  {inert(spec, keep_newlines=False)}\n")
            if len(self.specs) > 12:
                listing.append(f"  … and {len(self.specs) - 12} more\n")
            yield Static(listing, id="loading-specs")
            yield StagePanel(id="stages")
            failure = self._failure_text(self.failure) if self.failure else ""
            yield Static(failure, id="loading-failure")
        yield LeanFooter()

    def update_stage(self, stage: str, fraction: float) -> None:
        self.query_one(StagePanel).update_stage(stage, fraction)

    def show_failure(self, reason: str) -> None:
        self.query_one("#loading-failure", Static).update(self._failure_text(reason))

    @staticmethod
    def _failure_text(reason: str) -> Text:
        return Text(inert(reason, keep_newlines=False), style="bold")
