"""A small chooser over the compare screen: pick one passage (to link, unlink or split at).

For a link the candidates are the passages of the other outlets, ranked by how similar their
words are to the focused passage (rapidfuzz ``token_set_ratio``), so the likely partner is on
top even when the aligner missed it. Enter picks, escape cancels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.model import Analysis
from reader.text.safe import inert
from reader.ui.bindings import CHOOSER_BINDINGS
from reader.ui.presenters.names import source_name
from reader.ui.widgets.vim_keys import VimOptionList

SNIPPET = 90
LIMIT = 40


@dataclass(frozen=True, slots=True)
class Choice:
    """One passage offered: where it is, its score when ranked (0..100), its claim if any."""

    source: str
    start: int
    end: int
    score: float | None = None
    claim: str = ""  # "g7 · tanker towed clear" when the choice stands for a whole claim


_BODY = frozenset({"body", "quote-block", "headline"})


def rank_candidates(
    analysis: Analysis, text: str, exclude: Sequence[str], limit: int = LIMIT
) -> list[Choice]:
    """Passages of the outlets not in ``exclude``, most similar to ``text`` first."""
    from rapidfuzz import fuzz  # loaded when a chooser opens, not with the compare screen

    scored = [
        Choice(s.id, p.start, p.end, fuzz.token_set_ratio(text.lower(), p.text.lower()))
        for s in analysis.sources
        if s.id not in exclude
        for p in s.paragraphs
        if p.kind in _BODY
    ]
    scored.sort(key=lambda c: (-(c.score or 0.0), c.source, c.start))
    return scored[:limit]


def _label(analysis: Analysis, choice: Choice) -> Text:
    source = analysis.source(choice.source)
    paragraph = next(
        (p for p in source.paragraphs if p.start <= choice.start < p.end), source.paragraphs[0]
    )
    words = " ".join(source.text[choice.start : choice.end].split())
    if len(words) > SNIPPET:
        words = words[: SNIPPET - 1] + "…"
    line = Text()
    if choice.claim:
        line.append(inert(choice.claim, keep_newlines=False), style="bold")
        line.append("  ")
    if choice.score is not None:
        line.append(f"{round(choice.score):>3}% ", style="bold")
    line.append(source_name(analysis, source.id), style="bold")
    line.append(f" ¶{paragraph.index}  ", style="dim")
    line.append(inert(words, keep_newlines=False))
    return line


class PassageChooser(ModalScreen[Choice | None]):
    """Pick one of ``choices``; dismisses with it, or None on escape."""

    BINDINGS: ClassVar[list[BindingType]] = CHOOSER_BINDINGS

    def __init__(self, title: str, analysis: Analysis, choices: Sequence[Choice]) -> None:
        super().__init__()
        self.chooser_title = title
        self.analysis = analysis
        self.choices = list(choices)

    def compose(self) -> ComposeResult:
        with Vertical(id="chooser"):
            yield Static(Text(self.chooser_title, style="bold"), id="chooser-title")
            yield VimOptionList(
                *(Option(_label(self.analysis, c), id=str(n)) for n, c in enumerate(self.choices)),
                id="chooser-list",
            )
            yield Static(Text("enter picks · escape cancels", style="dim"))

    def on_mount(self) -> None:
        options = self.query_one("#chooser-list", OptionList)
        options.highlighted = 0 if self.choices else None
        options.focus()

    @on(OptionList.OptionSelected, "#chooser-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[int(event.option.id or 0)])

    def action_cancel(self) -> None:
        self.dismiss(None)
