"""A small yes/no question over the current screen: y or enter confirms, n or escape cancels."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.ui.bindings import CONFIRM_BINDINGS


class ConfirmScreen(ModalScreen[bool]):
    """Dismisses with True (confirmed) or False (cancelled); nothing else closes it."""

    BINDINGS: ClassVar[list[BindingType]] = CONFIRM_BINDINGS

    def __init__(self, question: Text, detail: Text | None = None) -> None:
        super().__init__()
        self.question = question
        self.detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Static(self.question, id="confirm-question")
            if self.detail is not None:
                yield Static(self.detail, id="confirm-detail")
            yield Static(Text("y / enter: yes · n / escape: no", style="dim"), id="confirm-keys")

    def on_mount(self) -> None:
        self.app.clear_notifications()  # a toast would cover the question

    def action_answer(self, confirmed: bool) -> None:
        self.dismiss(confirmed)
