"""The annotation editor: a multi-line note, tags and a label for one passage or claim.

ctrl+s saves and closes; escape closes but keeps what was typed. What is typed is also
handed to ``autosave`` shortly after typing stops (``AUTOSAVE_DELAY``), so a crash or a
killed terminal loses at most that last second; ``flush_draft`` saves at once (quitting, tests).
The editor never forgets a draft itself: it hands the draft back when it closes and the
caller (``reader.ui.screens.notes.editing``) keeps it, promotes it to a note, or drops it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, Select, Static, TextArea

from reader.services.notes import CLAIM_MARKS, NO_LABEL, AnnotationDraft
from reader.ui.bindings import NOTE_EDITOR_BINDINGS

LABEL_CHOICES: tuple[str, ...] = (NO_LABEL, *CLAIM_MARKS)
AUTOSAVE_DELAY = 1.0  # seconds after the last keystroke before the draft is saved
Autosave = Callable[[AnnotationDraft], None]


@dataclass(frozen=True, slots=True)
class EditorOutcome:
    """How the editor closed: ``saved`` (ctrl+s) or not (escape), with the draft."""

    draft: AnnotationDraft
    saved: bool


class AnnotationEditor(ModalScreen[EditorOutcome]):
    BINDINGS: ClassVar[list[BindingType]] = NOTE_EDITOR_BINDINGS

    def __init__(
        self, title: Text, draft: AnnotationDraft | None = None, autosave: Autosave | None = None
    ) -> None:
        super().__init__()
        self.editor_title = title
        self.initial = draft or AnnotationDraft()
        self.autosave = autosave
        self.last_saved = self.initial  # what autosave was last handed (or the start)
        self._autosave_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        draft = self.initial
        with Vertical(id="annotation-editor"):
            yield Static(self.editor_title, id="annotation-title")
            yield TextArea(draft.text, soft_wrap=True, id="annotation-text")
            yield Input(
                value=draft.tags, placeholder="tags, comma, separated", id="annotation-tags"
            )
            yield Select(
                [(f"label: {choice}", choice) for choice in LABEL_CHOICES],
                value=draft.label if draft.label in LABEL_CHOICES else NO_LABEL,
                allow_blank=False,
                id="annotation-label",
            )
            yield Static(
                Text("ctrl+s saves · escape closes and keeps the draft", style="dim"),
                id="annotation-help",
            )

    def on_mount(self) -> None:
        text_area = self.query_one("#annotation-text", TextArea)
        if self.app.is_headless:  # steady snapshots; a real terminal keeps the blink
            text_area.cursor_blink = False
            self.query_one("#annotation-tags", Input).cursor_blink = False
        text_area.move_cursor(text_area.document.end)
        text_area.focus()

    def current_draft(self) -> AnnotationDraft:
        label = self.query_one("#annotation-label", Select).value
        return AnnotationDraft(
            text=self.query_one("#annotation-text", TextArea).text,
            tags=self.query_one("#annotation-tags", Input).value,
            label=label if isinstance(label, str) else NO_LABEL,
        )

    @on(TextArea.Changed)
    @on(Input.Changed)
    @on(Select.Changed)
    def _typed(self) -> None:
        """Save a little after typing stops: each keystroke starts the wait again."""
        if self.autosave is None:
            return
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
        self._autosave_timer = self.set_timer(AUTOSAVE_DELAY, self.flush_draft, name="autosave")

    def flush_draft(self) -> None:
        """Hand what is typed to ``autosave`` now, if it changed since the last time."""
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
            self._autosave_timer = None
        if self.autosave is None or not self.is_mounted:
            return
        typed = self.current_draft()
        if typed != self.last_saved:
            self.last_saved = typed
            self.autosave(typed)

    def _leave(self, saved: bool) -> None:
        typed = self.current_draft()
        self._stop_autosave()
        self.dismiss(EditorOutcome(typed, saved=saved))

    def _stop_autosave(self) -> None:
        """Closing: the caller saves the outcome, so no autosave may follow it."""
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
        self.autosave = None

    def action_save(self) -> None:
        self._leave(saved=True)

    def action_close(self) -> None:
        self._leave(saved=False)
