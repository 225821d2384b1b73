"""Edit and delete a saved note from any screen, and the drafts that outlive screens.

Drafts live on the app (``NewsdiffApp.drafts``), keyed by the passage or claim for a new
note and by ``edit:<note id>`` for an edit, so leaving a screen never loses what was typed.
They are kept in memory only: a crash loses an unsaved draft (every saved note is on disk).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text

from reader.ui.note_text import entry, place
from reader.ui.notes import Note, NoteEdit, NotesError
from reader.ui.screens.annotation_editor import (
    NO_LABEL,
    AnnotationDraft,
    AnnotationEditor,
    EditorOutcome,
)
from reader.ui.screens.confirm import ConfirmScreen

if TYPE_CHECKING:
    from reader.ui.app import NewsdiffApp

Done = Callable[[], None]


def edit_key(note: Note) -> str:
    return f"edit:{note.id}"


def edit_note(app: NewsdiffApp, note: Note, done: Done) -> None:
    """Reopen the annotation editor on a saved note; ctrl+s saves at once, escape keeps."""
    key = edit_key(note)
    saved = AnnotationDraft(text=note.text, tags=", ".join(note.tags), label=note.label or NO_LABEL)
    draft = app.drafts.get(key) or saved

    def closed(outcome: EditorOutcome | None) -> None:
        if outcome is None:
            return
        if not outcome.saved:
            if outcome.draft == saved:  # nothing changed: no draft to keep
                app.drafts.pop(key, None)
            else:
                app.drafts[key] = outcome.draft  # escape keeps what was typed
            return
        typed = outcome.draft
        if typed.empty:
            app.drafts[key] = typed
            app.notify(
                "A note needs words, a tag or a label; d deletes it.", timeout=4, markup=False
            )
            return
        edit = NoteEdit(typed.text.strip(), typed.tag_list, typed.claim_label)
        try:
            app.store.update_note(note.id, edit)
        except NotesError as error:
            app.drafts[key] = typed  # nothing lost: reopen and try again
            app.notify(str(error), title="Note not saved", severity="error", markup=False)
            return
        app.drafts.pop(key, None)
        app.notify(f"Note saved ({app.store.where}).", timeout=3, markup=False)
        done()

    title = Text("Edit the note on ", style="bold")
    title.append_text(place(note))
    app.push_screen(AnnotationEditor(title, draft), closed)


def unsaved_drafts(app: NewsdiffApp) -> int:
    """How many drafts hold something typed and not saved (what quitting would lose)."""
    return sum(1 for draft in app.drafts.values() if not draft.empty)


def delete_note(app: NewsdiffApp, note: Note, done: Done) -> None:
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
        app.drafts.pop(edit_key(note), None)
        app.notify("Note deleted.", timeout=3, markup=False)
        done()

    question = Text("Delete this note? It cannot be undone.", style="bold")
    app.push_screen(ConfirmScreen(question, entry(note)), answered)
