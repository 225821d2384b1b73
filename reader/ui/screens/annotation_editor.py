"""The annotation editor: a multi-line note, tags and a label for one passage or claim.

ctrl+s saves and closes; escape closes but keeps what was typed. The editor never
forgets a draft itself: it hands the draft back in either case and the compare screen
keeps it per anchor, so reopening ``a`` on the same passage restores it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Select, Static, TextArea

from reader.ui.notes import CLAIM_MARKS, ClaimMark

NO_LABEL = "none"
LABEL_CHOICES: tuple[str, ...] = (NO_LABEL, *CLAIM_MARKS)


@dataclass(frozen=True, slots=True)
class AnnotationDraft:
    """What the user has typed so far, saved or not."""

    text: str = ""
    tags: str = ""  # comma-separated, as typed
    label: str = NO_LABEL

    @property
    def tag_list(self) -> tuple[str, ...]:
        """The typed tags, trimmed, empty ones dropped, duplicates once."""
        return tuple(dict.fromkeys(t.strip() for t in self.tags.split(",") if t.strip()))

    @property
    def claim_label(self) -> ClaimMark | None:
        for mark in CLAIM_MARKS:
            if mark == self.label:
                return mark
        return None

    @property
    def empty(self) -> bool:
        return not self.text.strip() and not self.tag_list and self.claim_label is None


@dataclass(frozen=True, slots=True)
class EditorOutcome:
    """How the editor closed: ``saved`` (ctrl+s) or not (escape), with the draft."""

    draft: AnnotationDraft
    saved: bool


class AnnotationEditor(ModalScreen[EditorOutcome]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+s",
            "save",
            "Save",
            tooltip="Save the note and close",
            priority=True,
            id="annotation-save",
        ),
        Binding(
            "escape",
            "close",
            "Close",
            tooltip="Close and keep the draft for next time",
            id="annotation-close",
        ),
    ]

    def __init__(self, title: Text, draft: AnnotationDraft | None = None) -> None:
        super().__init__()
        self.editor_title = title
        self.initial = draft or AnnotationDraft()

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

    def action_save(self) -> None:
        self.dismiss(EditorOutcome(self.current_draft(), saved=True))

    def action_close(self) -> None:
        self.dismiss(EditorOutcome(self.current_draft(), saved=False))
