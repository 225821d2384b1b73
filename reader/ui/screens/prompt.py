"""A one-line prompt over the current screen: a note, an export path. Escape cancels."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reader.ui.bindings import PROMPT_BINDINGS


class PromptScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = PROMPT_BINDINGS

    def __init__(self, title: Text, *, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.prompt_title = title
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Static(self.prompt_title, id="prompt-title")
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")
            yield Static(Text("enter saves · escape cancels", style="dim"))

    def on_mount(self) -> None:
        if self.app.is_headless:  # steady snapshots; a real terminal keeps the blink
            self.query_one("#prompt-input", Input).cursor_blink = False

    @on(Input.Submitted, "#prompt-input")
    def _submit(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
