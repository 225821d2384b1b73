"""The corrections made on the open story, oldest first, undone ones marked as such."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.widgets.option_list import Option

from reader.model.corrections import Correction
from reader.text.safe import inert
from reader.ui.bindings import CORRECTIONS_LIST_BINDINGS
from reader.ui.widgets.vim_keys import VimOptionList


def _line(n: int, correction: Correction, detached: bool = False) -> Text:
    line = Text()
    line.append(f"{n:>2}. ", style="dim")
    line.append(f"{correction.created[:16].replace('T', ' ')}  ", style="dim")
    line.append(inert(correction.describe(), keep_newlines=False))
    if correction.undone is not None:
        line.stylize("strike dim", 0)
        line.append("  (undone)", style="italic")
    elif detached:
        line.append("  (its passage is no longer in the text: not applied)", style="italic")
    return line


class CorrectionsScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = CORRECTIONS_LIST_BINDINGS

    def __init__(
        self, story: str, corrections: Sequence[Correction], detached: frozenset[str] = frozenset()
    ) -> None:
        super().__init__()
        self.detached = detached
        self.story = story
        self.corrections = tuple(corrections)

    def compose(self) -> ComposeResult:
        in_force = sum(1 for c in self.corrections if c.undone is None)
        title = Text(f"Corrections of “{inert(self.story, keep_newlines=False)}”", style="bold")
        title.append(f"  {in_force} in force, {len(self.corrections) - in_force} undone", "dim")
        with Vertical(id="corrections"):
            yield Static(title, id="corrections-title")
            if self.corrections:
                yield VimOptionList(
                    *(
                        Option(_line(n, c, c.id in self.detached))
                        for n, c in enumerate(self.corrections, start=1)
                    ),
                    id="corrections-list",
                )
            else:
                yield Static(
                    Text("None yet: x unlink, l link, M merge, S split on a claim.", "dim")
                )
            yield Static(Text("u on the comparison undoes the latest · escape closes", "dim"))

    def on_mount(self) -> None:
        self.app.clear_notifications()  # the toasts of the last corrections would hide it

    def action_close(self) -> None:
        self.dismiss(None)
