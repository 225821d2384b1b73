"""Drafts: notes being written, saved as they are typed so a crash or a killed terminal
loses nothing, and turned into notes only by ``promote``.

A draft is held like a note, by the anchored spans of what it is on (a passage, a claim's
member passages, a fact's values), never by a claim number that re-analysis or a correction
renumbers. Drafts live in their own tables (schema v5): no reader of notes can take one for
a note.

Two terminals on one database never overwrite each other's text. Every save names the
revision it continues (``Draft.revision``, as last read or written); when another terminal
has saved that draft since, or discarded or promoted it, the save becomes a new draft beside
it. ``discard`` and ``promote`` remove a draft only at the revision they saw. Promoting an
edit checks that the note was not changed or deleted elsewhere since the edit began: if it
was, the edit is saved as a new note on the same words instead of replacing the other text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from reader.model import Source
from reader.store.anchor import place
from reader.store.base import DatabaseStore
from reader.store.errors import StoreError
from reader.store.models import Annotation, Target
from reader.store.rows import (
    ANCHOR_FIELDS,
    anchor_of,
    anchor_row,
    check_label,
    check_target,
    clean_tags,
    get_annotation,
    insert_annotation,
    rewrite_annotation,
)

DRAFTS_SINCE = 5  # the schema version that added the drafts tables
_DRAFT_FIELDS = (
    "id, target_kind, subject, annotation_id, base_updated, note, tags, label, revision,"
    " created, updated"
)

# How a promote went: a new note; the edit saved on its note; the edit saved as a new note
# because its note was changed elsewhere since the edit began, or deleted elsewhere.
Promotion = Literal["added", "edited", "beside-changed", "beside-deleted"]


@dataclass(frozen=True, slots=True)
class Draft:
    """What was typed for one note, not saved as a note yet."""

    target: Target
    text: str = ""
    tags: str = ""  # as typed: comma separated, kept exactly (a trailing comma too)
    label: str | None = None  # one of LABELS, or None
    annotation_id: str | None = None  # the saved note being edited; None for a new note
    base_updated: str | None = None  # that note's ``updated`` when the edit began
    id: str = ""  # "" until first saved
    revision: int = 0  # the revision read or written last: a save continues it
    created: str = ""
    updated: str = ""

    @property
    def tag_list(self) -> tuple[str, ...]:
        return clean_tags(self.tags.split(","))


@dataclass(frozen=True, slots=True)
class Promoted:
    """A draft saved as a note, and how: added, edited, or beside a note changed meanwhile."""

    annotation: Annotation
    how: Promotion


class DraftStore(DatabaseStore):
    """Drafts in the annotation database; every call is one transaction."""

    @property
    def durable(self) -> bool:
        """Whether drafts reach the disk (not a read-only or older unmigrated database)."""
        return not self._db.read_only and self._db.schema_version >= DRAFTS_SINCE

    def save(self, draft: Draft) -> Draft:
        """Save ``draft`` and return it as stored (its id, its new revision and times).

        A first save (``id`` empty) creates the draft; a later one replaces the row only if
        it is still at ``draft.revision``, else it creates a new draft beside it (another
        terminal wrote, discarded or promoted that one meanwhile).
        """
        check_target(draft.target)
        check_label(draft.label)
        now = self._now()
        with self._db.write() as conn:
            if draft.id:
                moved = conn.execute(
                    "UPDATE drafts SET note = ?, tags = ?, label = ?, revision = revision + 1,"
                    " updated = ? WHERE id = ? AND revision = ?",
                    (draft.text, draft.tags, draft.label, now, draft.id, draft.revision),
                )
                if moved.rowcount == 1:
                    return replace(draft, revision=draft.revision + 1, updated=now)
            fresh = replace(draft, id=self._new_id(), revision=1, created=now, updated=now)
            _insert(conn, fresh)
            return fresh

    def list(self) -> tuple[Draft, ...]:
        """Every draft, oldest first (the UI places them on the sources it shows)."""
        if self._db.schema_version < DRAFTS_SINCE:  # an older file opened read-only
            return ()
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_DRAFT_FIELDS} FROM drafts ORDER BY created, rowid"
            ).fetchall()
            return tuple(_hydrate(conn, row) for row in rows)

    def on(self, sources: Sequence[Source]) -> tuple[Draft, ...]:
        """The drafts with at least one anchor in ``sources`` (by hash or path)."""
        return tuple(
            d for d in self.list() if any(m.method != "absent" for m in place(d.target, sources))
        )

    def get(self, draft_id: str) -> Draft | None:
        if self._db.schema_version < DRAFTS_SINCE:
            return None
        with self._db.read() as conn:
            row = conn.execute(
                f"SELECT {_DRAFT_FIELDS} FROM drafts WHERE id = ?", (draft_id,)
            ).fetchone()
            return _hydrate(conn, row) if row else None

    def discard(self, draft: Draft) -> bool:
        """Delete the draft if it is still at ``draft.revision``: True when it is gone, False
        when another terminal changed it since (then it is kept, with their words)."""
        if not draft.id:
            return True
        with self._db.write() as conn:
            if _remove(conn, draft):
                return True
            held = conn.execute("SELECT 1 FROM drafts WHERE id = ?", (draft.id,)).fetchone()
            return held is None

    def promote(self, draft: Draft) -> Promoted:
        """Save the draft as a note and remove it, in one transaction: after a crash there is
        either the draft or the note, never neither and never both."""
        check_target(draft.target)
        label = check_label(draft.label)
        tags = draft.tag_list
        now = self._now()
        with self._db.write() as conn:
            how: Promotion = "added"
            current = _current(conn, draft.annotation_id, self._db.schema_version)
            if current is not None and current.updated == draft.base_updated:
                note = replace(current, note=draft.text, tags=tags, label=label, updated=now)
                rewrite_annotation(conn, note)
                how = "edited"
            else:
                if draft.annotation_id is not None:
                    how = "beside-deleted" if current is None else "beside-changed"
                note = Annotation(
                    id=self._new_id(),
                    target=draft.target,
                    note=draft.text,
                    tags=tags,
                    label=label,
                    created=now,
                    updated=now,
                )
                insert_annotation(conn, note)
            if draft.id:
                _remove(conn, draft)
        return Promoted(note, how)


def _current(
    conn: sqlite3.Connection, annotation_id: str | None, version: int
) -> Annotation | None:
    if annotation_id is None:
        return None
    try:
        return get_annotation(conn, annotation_id, version)
    except StoreError:  # deleted elsewhere
        return None


def _remove(conn: sqlite3.Connection, draft: Draft) -> bool:
    gone = conn.execute(
        "DELETE FROM drafts WHERE id = ? AND revision = ?", (draft.id, draft.revision)
    )
    return gone.rowcount == 1


def _insert(conn: sqlite3.Connection, draft: Draft) -> None:
    conn.execute(
        f"INSERT INTO drafts ({_DRAFT_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            draft.id,
            draft.target.kind,
            draft.target.subject,
            draft.annotation_id,
            draft.base_updated,
            draft.text,
            draft.tags,
            draft.label,
            draft.revision,
            draft.created,
            draft.updated,
        ),
    )
    conn.executemany(
        f"INSERT INTO draft_anchors (draft_id, ordinal, {ANCHOR_FIELDS})"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(draft.id, n, *anchor_row(a)) for n, a in enumerate(draft.target.anchors)],
    )


def _hydrate(conn: sqlite3.Connection, row: tuple[object, ...]) -> Draft:
    draft_id, kind, subject, annotation_id, base, note, tags, label, revision, made, upd = row
    anchors = conn.execute(
        f"SELECT {ANCHOR_FIELDS} FROM draft_anchors WHERE draft_id = ? ORDER BY ordinal",
        (draft_id,),
    ).fetchall()
    return Draft(
        target=Target(
            kind=str(kind),  # type: ignore[arg-type]  # validated on write
            anchors=tuple(anchor_of(a) for a in anchors),
            subject=str(subject),
        ),
        text=str(note),
        tags=str(tags),
        label=None if label is None else str(label),
        annotation_id=None if annotation_id is None else str(annotation_id),
        base_updated=None if base is None else str(base),
        id=str(draft_id),
        revision=int(str(revision)),
        created=str(made),
        updated=str(upd),
    )
