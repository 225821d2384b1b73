"""Write, edit and delete notes from any screen, with drafts that outlive screens and crashes.

A draft is what the editor holds before ``ctrl+s``. It is kept by the notes store
(``NotesStore.keep_draft``): on disk with the SQLite store, saved shortly after typing stops
and when the editor closes, so a crash or a killed terminal loses at most the last second
of typing, and the next start lists it in the notes screen as unsaved. A draft is keyed by
the passage or claim anchor it is on (found again from its words on every new analysis, so
a renumbered claim keeps it) or by ``edit:<note id>`` for an edit of a saved note.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text

from reader.services.notes import (
    EDIT_PREFIX,
    NO_LABEL,
    AnnotationDraft,
    DraftNote,
    Note,
    NotesError,
)
from reader.ui.presenters.note_text import entry, place
from reader.ui.screens.confirm import ConfirmScreen
from reader.ui.screens.notes.editor import AnnotationEditor, EditorOutcome

if TYPE_CHECKING:
    from reader.ui.host import HostApp

Done = Callable[[], None]


def edit_key(note: Note) -> str:
    return EDIT_PREFIX + note.id


def draft_on(app: HostApp, key: str) -> DraftNote | None:
    """The draft on this passage, claim or edit: the latest typed if several (two terminals)."""
    held = [d for d in app.store.drafts() if d.key == key]
    return max(held, key=lambda d: d.view.updated) if held else None


@dataclass
class DraftSession:
    """One editor's draft: which one it continues, saved through the notes store."""

    app: HostApp
    key: str
    handle: str = ""
    warned: bool = False

    def keep(self, typed: AnnotationDraft) -> None:
        """Save what is typed (the editor's autosave, and closing with escape)."""
        if typed.empty and not self.key.startswith(EDIT_PREFIX):
            self.drop()  # a new note with nothing typed: nothing to keep
            return
        try:
            kept = self.app.store.keep_draft(self.key, typed, self.handle)
        except NotesError as error:  # e.g. the note being edited was deleted elsewhere
            self._warn(str(error))
            return
        self.handle = kept.handle
        if kept.problem:
            self._warn(kept.problem)

    def _warn(self, problem: str) -> None:
        """Say it once per editor: an autosave every second must not nag."""
        if not self.warned:
            self.warned = True
            self.app.notify(problem, title="Draft not saved", severity="warning", markup=False)

    def drop(self) -> None:
        if not self.handle:
            return
        try:
            gone = self.app.store.discard_draft(self.handle)
        except NotesError as error:
            self.app.notify(str(error), title="Draft kept", severity="warning", markup=False)
            return
        if not gone:
            self.app.notify(
                "Another terminal changed this draft meanwhile: it is kept (A lists it).",
                timeout=5,
                markup=False,
            )
        self.handle = ""


def open_editor(
    app: HostApp,
    key: str,
    title: Text,
    *,
    saved: AnnotationDraft | None = None,
    draft: DraftNote | None = None,
    done: Done | None = None,
) -> None:
    """The editor on ``key`` (a passage or claim anchor, or ``edit:<note id>`` with the note
    as ``saved``), starting from ``draft`` or the draft kept there. ``ctrl+s`` saves the note
    and drops the draft at once; ``escape`` keeps the draft unless nothing changed."""
    draft = draft or draft_on(app, key)
    session = DraftSession(app, key, draft.handle if draft else "")
    unchanged = saved or AnnotationDraft()

    def closed(outcome: EditorOutcome | None) -> None:
        if outcome is None:
            return
        typed = outcome.draft
        if not outcome.saved:
            if typed == unchanged or (saved is None and typed.empty):
                session.drop()
            else:
                session.keep(typed)
        elif typed.empty and saved is None:
            session.drop()  # ctrl+s on an empty new note: nothing to save
        elif typed.empty:
            session.keep(typed)
            app.notify(
                "A note needs words, a tag or a label; d deletes it.", timeout=4, markup=False
            )
            return
        else:
            try:
                told = app.store.promote_draft(key, typed, session.handle)
            except NotesError as error:
                session.keep(typed)  # nothing lost: reopen and try again
                app.notify(str(error), title="Note not saved", severity="error", markup=False)
                return
            app.notify(
                told or f"Note saved ({app.store.where}).", timeout=6 if told else 3, markup=False
            )
        if done is not None:
            done()

    start = draft.typed if draft is not None else saved
    app.push_screen(AnnotationEditor(title, start, autosave=session.keep), closed)


def edit_note(app: HostApp, note: Note, done: Done) -> None:
    """Reopen the annotation editor on a saved note; ctrl+s saves at once, escape keeps."""
    saved = AnnotationDraft(text=note.text, tags=", ".join(note.tags), label=note.label or NO_LABEL)
    title = Text("Edit the note on ", style="bold")
    title.append_text(place(note))
    open_editor(app, edit_key(note), title, saved=saved, done=done)


def edit_draft(app: HostApp, draft: DraftNote, done: Done) -> None:
    """Reopen a draft listed in the notes screen (restored after a restart, perhaps)."""
    title = Text("Unsaved note on ", style="bold")
    title.append_text(place(draft.view))
    open_editor(app, draft.key, title, draft=draft, done=done)


def unsaved_drafts(app: HostApp) -> int:
    """How many drafts quitting would lose: those held in memory only, with something typed."""
    return sum(1 for d in app.store.drafts() if not d.durable and not d.typed.empty)


def delete_note(app: HostApp, note: Note, done: Done) -> None:
    """Ask first (y / enter deletes, n / escape keeps), then delete in the store at once."""

    def answered(confirmed: bool | None) -> None:
        if not confirmed:
            return
        try:
            app.store.delete_note(note.id)
        except NotesError as error:
            app.notify(str(error), title="Note not deleted", severity="error", markup=False)
            done()  # it may be gone already: show the list as it is
            return
        edit = draft_on(app, edit_key(note))
        if edit is not None:
            DraftSession(app, edit.key, edit.handle).drop()
        app.notify("Note deleted.", timeout=3, markup=False)
        done()

    question = Text("Delete this note? It cannot be undone.", style="bold")
    app.push_screen(ConfirmScreen(question, entry(note)), answered)


def discard_draft(app: HostApp, draft: DraftNote, done: Done) -> None:
    """Ask first, then drop an unsaved draft (the notes screen's ``d`` on a draft)."""

    def answered(confirmed: bool | None) -> None:
        if confirmed:
            DraftSession(app, draft.key, draft.handle).drop()
            app.notify("Draft discarded.", timeout=3, markup=False)
            done()

    question = Text("Discard this unsaved note? It cannot be undone.", style="bold")
    app.push_screen(ConfirmScreen(question, entry(draft.view)), answered)
