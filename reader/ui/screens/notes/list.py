"""Every note of the story in one list: filter, jump to its passage, edit, delete.

Opened with ``A`` from the compare screen (all notes) or from the detail panel (the notes of
that row). Filters: ``t`` tag, ``l`` label, ``o`` outlet (each cycles through the values in
use, then back to all), ``x`` detached only, ``/`` typed words; ``escape`` clears them, then
closes. ``enter`` dismisses with the note so the compare screen jumps to it; a detached note
stays here with a notification, since its words are no longer in the source.

Unsaved drafts (typed, not saved with ``ctrl+s``; kept across restarts) come first, marked
UNSAVED: ``e`` reopens one in the editor with its text, ``d`` discards it after a question.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.services.notes import DraftNote, Note, next_in_cycle
from reader.text.safe import inert
from reader.ui.bindings import ANNOTATIONS_BINDINGS
from reader.ui.presenters.note_filter import NoteFilter, choices
from reader.ui.presenters.note_text import entry
from reader.ui.screens.notes.editing import (
    delete_note,
    discard_draft,
    edit_draft,
    edit_key,
    edit_note,
)
from reader.ui.widgets.vim_keys import VimOptionList

if TYPE_CHECKING:
    from reader.ui.host import HostApp


class AnnotationsScreen(Screen[Note | None]):
    """Lists ``app.store.all_notes()`` (or only ``only`` ids); dismisses with a note to show."""

    BINDINGS: ClassVar[list[BindingType]] = ANNOTATIONS_BINDINGS

    def __init__(self, *, only: frozenset[str] | None = None, scope: str = "") -> None:
        """``only``: the note ids to list (the detail panel's row); ``scope`` says which."""
        super().__init__()
        self.only = only
        self.scope = scope
        self.filter = NoteFilter()
        self.shown: list[Note] = []

    @property
    def nd_app(self) -> HostApp:
        return cast("HostApp", self.app)

    def notes(self) -> Sequence[Note]:
        """The unsaved drafts first (they need a decision), then the notes, oldest first."""
        every = self.nd_app.store.all_notes()
        if self.only is not None:
            return [n for n in every if n.id in self.only]
        ids = {n.id for n in every}
        # An edit's draft shows on its note (UNSAVED EDIT), unless that note is gone.
        drafts = [d.view for d in self.nd_app.store.drafts() if d.note_id not in ids]
        return [*drafts, *every]

    def draft_of(self, note: Note) -> DraftNote | None:
        """The draft a listed entry shows, when it is one."""
        drafts = self.nd_app.store.drafts()
        return next((d for d in drafts if d.view.id == note.id), None) if note.unsaved else None

    def compose(self) -> ComposeResult:
        with Vertical(id="annotations"):
            yield Static(id="annotations-title")
            yield Static(id="annotations-filters")
            yield Input(placeholder="words to find (enter: filter, escape: cancel)", id="words")
            yield VimOptionList(id="annotations-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        # Read the store again: another terminal may have added or deleted notes meanwhile.
        compare = self.nd_app.compare_screen()
        if compare is not None:
            self.nd_app.attach_notes(compare.analysis)
        words = self.query_one("#words", Input)
        words.display = False
        if self.app.is_headless:
            words.cursor_blink = False
        self.refresh_list()
        self.query_one("#annotations-list", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_list()

    # ------------------------------------------------------------------ state -> view

    def refresh_list(self, keep: str | None = None) -> None:
        """Rebuild the list from the store; the highlight stays on ``keep`` (or where it was)."""
        listing = self.query_one("#annotations-list", OptionList)
        if keep is None and self.current is not None:
            keep = self.current.id
        notes = self.notes()
        self.shown = [n for n in notes if self.filter.keeps(n)]
        listing.clear_options()
        options: list[Option | None] = []
        edited = {d.key for d in self.nd_app.store.drafts() if d.note_id}
        for note in self.shown:
            options += [None] if options else []  # a rule between notes
            unsaved = edit_key(note) in edited
            options.append(Option(entry(note, unsaved_edit=unsaved), id=note.id))
        listing.add_options(options)
        if not self.shown:
            message = (
                "No note matches these filters: escape clears them."
                if notes
                else ("No note on these sources yet: a on a passage or claim adds one.")
            )
            listing.add_option(Option(Text(message, style="dim"), disabled=True))
        ids = [n.id for n in self.shown]
        if ids:
            listing.highlighted = listing.get_option_index(keep if keep in ids else ids[0])
        self._refresh_header(sum(1 for n in notes if not n.unsaved))

    def _refresh_header(self, total: int) -> None:
        detached = sum(1 for n in self.shown if n.detached)
        title = Text("Notes", style="bold")
        if self.scope:
            title.append(f" on {inert(self.scope, keep_newlines=False)}", "bold")
        title.append(f" · {sum(1 for n in self.shown if not n.unsaved)} of {total} shown")
        if detached:
            title.append(f" · {detached} detached")
        drafts = sum(1 for n in self.shown if n.unsaved)
        if drafts:
            plural = "s" if drafts > 1 else ""
            title.append(f" · {drafts} unsaved draft{plural}: e reopens, d discards")
        filters = Text("filters: ", style="dim")
        filters.append(inert(self.filter.describe(), keep_newlines=False), "bold")
        filters.append(
            "  t tag · l label · o outlet · x detached · / words · escape clears"
            " │ enter jump · e edit · d delete",
            "dim",
        )
        self.query_one("#annotations-title", Static).update(title)
        self.query_one("#annotations-filters", Static).update(filters)

    @property
    def current(self) -> Note | None:
        if not self.is_mounted:
            return None
        option = self.query_one("#annotations-list", OptionList).highlighted_option
        if option is None:
            return None
        return next((n for n in self.shown if n.id == option.id), None)

    # ------------------------------------------------------------------ filters

    def set_filter(self, changed: NoteFilter) -> None:
        self.filter = changed
        self.refresh_list()

    def action_cycle(self, what: str) -> None:
        tags, labels, outlets = choices(self.notes())
        values = {"tag": tags, "label": labels, "outlet": outlets}[what]
        if not values:
            self.notify(f"No note has a {what} to filter by.", timeout=3, markup=False)
            return
        old = self.filter
        if what == "tag":
            self.set_filter(replace(old, tag=next_in_cycle(values, old.tag)))
        elif what == "label":
            self.set_filter(replace(old, label=next_in_cycle(values, old.label)))
        else:
            self.set_filter(replace(old, outlet=next_in_cycle(values, old.outlet)))

    def action_detached(self) -> None:
        self.set_filter(replace(self.filter, detached_only=not self.filter.detached_only))

    def action_words(self) -> None:
        box = self.query_one("#words", Input)
        box.display = True
        box.value = self.filter.words
        box.focus()

    @on(Input.Submitted, "#words")
    def _words_submitted(self, event: Input.Submitted) -> None:
        event.input.display = False
        self.query_one("#annotations-list", OptionList).focus()
        self.set_filter(replace(self.filter, words=event.value.strip()))

    def action_back(self) -> None:
        box = self.query_one("#words", Input)
        if box.display:
            box.display = False
            self.query_one("#annotations-list", OptionList).focus()
        elif self.filter.active:
            self.set_filter(NoteFilter())
        else:
            self.dismiss(None)

    # ------------------------------------------------------------------ actions on a note

    @on(OptionList.OptionSelected, "#annotations-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_jump()

    def action_jump(self) -> None:
        note = self.current
        if note is None:
            return
        if note.detached or not note.source:
            self.notify(
                "This note is detached: its words are no longer found in the source, so it "
                "cannot be shown in place. Its saved words are listed here; e edits, d deletes.",
                title="Cannot jump",
                severity="warning",
                timeout=6,
                markup=False,
            )
            return
        self.dismiss(note)

    def action_edit(self) -> None:
        note = self.current
        if note is None:
            return
        draft = self.draft_of(note)
        if draft is not None:
            edit_draft(self.nd_app, draft, lambda: self.refresh_list(keep=note.id))
        else:
            edit_note(self.nd_app, note, lambda: self.refresh_list(keep=note.id))

    def action_delete(self) -> None:
        note = self.current
        if note is None:
            return
        index = self.shown.index(note)
        after = self.shown[index + 1] if index + 1 < len(self.shown) else None
        before = self.shown[index - 1] if index else None
        neighbour = after or before

        def done() -> None:
            self.refresh_list(keep=neighbour.id if neighbour else "")

        draft = self.draft_of(note)
        if draft is not None:
            discard_draft(self.nd_app, draft, done)
        else:
            delete_note(self.nd_app, note, done)
