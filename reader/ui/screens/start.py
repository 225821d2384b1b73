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

from reader.settings import sample_sets
from reader.store.errors import StoreError
from reader.store.stories import StoryStore, StorySummary
from reader.text.safe import inert
from reader.ui.bindings import START_BINDINGS
from reader.ui.widgets.vim_keys import VimOptionList

RECENT = 20


NAME_WIDTH = 30  # names are padded to the longest (at most this), so the details line up


def _name(name: str, width: int) -> str:
    name = inert(name, keep_newlines=False)
    return name.ljust(width) if len(name) <= width else name[: width - 1] + "…"


def _story_line(summary: StorySummary, width: int) -> Text:
    line = Text()
    line.append(_name(summary.name, width), style="bold")
    line.append(
        f"  {summary.sources} sources · {summary.annotations} notes · last opened "
        f"{summary.opened[:16].replace('T', ' ')}",
        style="dim",
    )
    return line


def _sample_line(folder: Path, width: int) -> Text:
    count = sum(1 for p in folder.iterdir() if p.suffix in {".txt", ".md", ".html", ".htm"})
    line = Text()
    line.append(_name(folder.name, width), style="bold")
    line.append(f"  sample set · {count} articles", style="dim")
    return line


class StartScreen(Screen[tuple[str, str] | None]):
    """Pick a story or a sample set; dismisses with ("story", name) or ("sample", path)."""

    BINDINGS: ClassVar[list[BindingType]] = START_BINDINGS

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
        # hostile: a test set of hostile input, not an example
        samples = [f for f in sample_sets() if f.name != "hostile"]
        names = [s.name for s in recent] + [f.name for f in samples]
        width = min(max((len(n) for n in names), default=0), NAME_WIDTH)
        options: list[Option | None] = []
        for summary in recent:
            self.choices.append(("story", summary.name))
            options.append(Option(_story_line(summary, width), id=f"c{len(self.choices) - 1}"))
        if recent:
            options.append(None)  # a separator between stories and samples
        for folder in samples:
            self.choices.append(("sample", str(folder)))
            options.append(Option(_sample_line(folder, width), id=f"c{len(self.choices) - 1}"))
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
            yield VimOptionList(*options, id="start-list")
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
