"""What the screens see of the app: the notes store, the analysis on show and the few
services the app gives them (notes placed, a source renamed, the comparison screen found).

The app (``reader.ui.app``) builds on this class and pushes the screens; the screens cast
``self.app`` to it and never import the app, so imports point one way.
"""

from __future__ import annotations

from typing import Protocol

from textual.app import App

from reader.model import Analysis
from reader.services.notes import Note, NotesStore


class ComparePane(Protocol):
    """The comparison screen as the other screens use it."""

    @property
    def analysis(self) -> Analysis: ...

    def jump_to_note(self, note: Note) -> None: ...


class HostApp(App[int]):
    """The app's face toward its screens; ``NewsdiffApp`` fills it in."""

    store: NotesStore
    analysis: Analysis | None

    def attach_notes(self, analysis: Analysis) -> Analysis:
        """Place the stored notes and marks on ``analysis``; return it with the user's names."""
        raise NotImplementedError

    def rename_source(self, source: str, name: str | None) -> None:
        """Save the user's name for a source and show it on every screen."""
        raise NotImplementedError

    def compare_screen(self) -> ComparePane | None:
        """The comparison screen in the stack, the topmost if several."""
        raise NotImplementedError
