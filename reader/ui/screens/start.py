"""What ``newsdiff`` with no arguments opens on: the recent stories, then the samples.

A first run has no story yet, so the bundled sample sets are offered as an example; a
story is reopened where it was left (its sources, notes and corrections).
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from reader.resources import sample_sets
from reader.store.errors import StoreError
from reader.store.stories import StoryStore, StorySummary
from reader.textsafe import inert
from reader.ui.keys import key

RECENT = 20


def _story_line(summary: StorySummary) -> Text:
    line = Text()
    line.append(inert(summary.name, keep_newlines=False), style="bold")
    line.append(
        f"  {summary.sources} sources · {summary.annotations} notes · last opened "
        f"{summary.opened[:16].replace('T', ' ')}",
        style="dim",
    )
    return line


def _sample_line(folder: Path) -> Text:
    count = sum(1 for p in folder.iterdir() if p.suffix in {".txt", ".md", ".html", ".htm"})
    line = Text()
    line.append(inert(folder.name, keep_newlines=False), style="bold")
    line.append(f"  sample set · {count} articles", style="dim")
    return line


class StartScreen(Screen[tuple[str, str] | None]):
    """Pick a story or a sample set; dismisses with ("story", name) or ("sample", path)."""

    DEFAULT_CSS = """
    StartScreen { align: center middle; }
    #start { width: 90%; max-width: 110; height: auto; max-height: 100%; padding: 0 1; }
    #start-title { height: auto; margin-bottom: 1; }
    .start-heading { height: auto; margin-top: 1; }
    #start-list { height: auto; max-height: 30; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        key("q,escape", "leave", "Quit", "Leave newsdiff", id="start-quit"),
    ]

    def __init__(self, stories: StoryStore) -> None:
        super().__init__()
        self.stories = stories
        self.choices: list[tuple[str, str]] = []

    def _recent(self) -> tuple[StorySummary, ...]:
        try:
            return self.stories.summaries()[:RECENT]
        except StoreError:
            return ()

    def compose(self) -> ComposeResult:
        recent = self._recent()
        options: list[Option | None] = []
        for summary in recent:
            self.choices.append(("story", summary.name))
            options.append(Option(_story_line(summary), id=f"c{len(self.choices) - 1}"))
        if recent:
            options.append(None)  # a separator between stories and samples
        for folder in sample_sets():
            if folder.name == "hostile":
                continue  # a test set of hostile input, not an example
            self.choices.append(("sample", str(folder)))
            options.append(Option(_sample_line(folder), id=f"c{len(self.choices) - 1}"))
        title = Text("newsdiff", style="bold")
        title.append(" · compare news articles about one event, side by side\n", style="dim")
        if recent:
            title.append("Reopen a story where you left it, or try a sample set.")
        else:
            title.append(
                "No story yet: try a sample set. Save your own with newsdiff --story NAME SOURCE..."
            )
        with Vertical(id="start"):
            yield Static(title, id="start-title")
            yield OptionList(*options, id="start-list")
            yield Static(Text("enter opens · q quits", style="dim"), classes="start-heading")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        options = self.query_one("#start-list", OptionList)
        options.highlighted = 0 if self.choices else None
        options.focus()

    @on(OptionList.OptionSelected, "#start-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[int((event.option.id or "c0")[1:])])

    def action_leave(self) -> None:
        self.dismiss(None)
