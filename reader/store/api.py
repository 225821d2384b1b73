"""The annotation store the UI and the export talk to: every call saves at once.

Typical use::

    store = AnnotationStore.open(args.data_dir)     # shows store.notices to the user
    note = store.add(span_target(source, 120, 180), "call the fire service", tags=("call",))
    for resolved in store.resolve(analysis.sources):  # anchored or detached, with reasons
        ...

Saves raise ``StoreReadOnlyError`` (a ``StoreError``) when the store cannot be written;
``str(error)`` is the message to show.
"""

from __future__ import annotations

import builtins
import contextlib
import functools
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Final

from reader.model import Source
from reader.model.anchors import SourceRecord, TextAnchor, make_anchor
from reader.store.anchor import place
from reader.store.base import DatabaseStore
from reader.store.drafts import DraftStore
from reader.store.errors import AnnotationNotFoundError, StoreError
from reader.store.models import (
    TRIAGE_MARKS,
    AnchorState,
    Annotation,
    ResolvedAnnotation,
    Role,
    Target,
    TargetKind,
    TriageMark,
)
from reader.store.rows import (
    anchor_row,
    annotation_columns,
    check_label,
    check_role,
    check_target,
    clean_tags,
    find_triage,
    get_annotation,
    hydrate,
    insert_annotation,
    rewrite_annotation,
    role_column,
    triage_of,
)


class _Keep:
    """Marker for ``update``: leave this field as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = _Keep()


def _source_key(source: Source | SourceRecord) -> SourceRecord:
    return SourceRecord.of(source) if isinstance(source, Source) else source


class AnnotationStore(DatabaseStore):
    """Annotations and triage marks in the one database, saved immediately."""

    # ------------------------------------------------------------------ state for the UI

    @property
    def path(self) -> Path | None:
        return self._db.path

    @property
    def read_only(self) -> bool:
        return self._db.read_only

    @property
    def read_only_reason(self) -> str | None:
        return self._db.read_only_reason

    @functools.cached_property
    def drafts(self) -> DraftStore:
        """The drafts of notes, in the same database (same connection, clock and ids)."""
        return DraftStore(self._db, clock=self._clock, new_id=self._new_id)

    @property
    def notices(self) -> tuple[str, ...]:
        """What the user must be told once (a damaged file moved aside, read-only, ...)."""
        return self._db.notices

    # ------------------------------------------------------------------ annotations

    def add(
        self,
        target: Target,
        note: str,
        *,
        tags: Iterable[str] = (),
        label: str | None = None,
        role: Role = "note",
    ) -> Annotation:
        """Save a new annotation and return it (with its id and times).

        ``role="claim-mark"`` is the UI's claim mark: internal data, never told apart by a tag.
        """
        check_target(target)
        check_role(role)
        if not isinstance(note, str):
            raise TypeError("a note is text")
        annotation = Annotation(
            id=self._new_id(),
            target=target,
            note=note,
            tags=clean_tags(tags),
            label=check_label(label),
            created=(now := self._now()),
            updated=now,
            role=role,
        )
        with self._db.write() as conn:
            insert_annotation(conn, annotation)
        return annotation

    def update(
        self,
        annotation_id: str,
        *,
        note: str | _Keep = KEEP,
        tags: Iterable[str] | _Keep = KEEP,
        label: str | _Keep | None = KEEP,
    ) -> Annotation:
        """Change the note, tags and/or label (``KEEP`` leaves a field as it is)."""
        with self._db.write() as conn:
            current = get_annotation(conn, annotation_id, self._db.schema_version)
            new_note = current.note if isinstance(note, _Keep) else note
            new_tags = current.tags if isinstance(tags, _Keep) else clean_tags(tags)
            new_label = current.label if isinstance(label, _Keep) else check_label(label)
            changed = replace(
                current, note=new_note, tags=new_tags, label=new_label, updated=self._now()
            )
            rewrite_annotation(conn, changed)
        return changed

    def delete(self, annotation_id: str) -> None:
        """Delete an annotation; AnnotationNotFoundError if it is already gone."""
        with self._db.write() as conn:
            gone = conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
            if gone.rowcount == 0:
                raise AnnotationNotFoundError(annotation_id)

    def get(self, annotation_id: str) -> Annotation:
        with self._db.read() as conn:
            return get_annotation(conn, annotation_id, self._db.schema_version)

    def list(
        self,
        *,
        tag: str | None = None,
        label: str | None = None,
        source: Source | SourceRecord | None = None,
        detached: bool | None = None,
        kind: TargetKind | None = None,
        role: Role | None = None,
    ) -> tuple[Annotation, ...]:
        """Annotations in the order they were made, filtered by every argument given.

        ``source`` matches by content hash or by path (a re-saved file keeps its notes);
        ``detached`` uses the state saved by the last ``resolve``.
        """
        clauses: builtins.list[str] = []
        params: builtins.list[object] = []
        if tag is not None:
            clauses.append(
                "EXISTS (SELECT 1 FROM annotation_tags t WHERE t.annotation_id = a.id"
                " AND t.tag = ?)"
            )
            params.append(tag)
        if label is not None:
            clauses.append("a.label = ?")
            params.append(label)
        if source is not None:
            record = _source_key(source)
            clauses.append(
                "EXISTS (SELECT 1 FROM anchors n WHERE n.annotation_id = a.id"
                " AND (n.source_sha256 = ? OR n.source_path = ?))"
            )
            params += [record.sha256, record.path]
        if detached is not None:
            clauses.append("a.anchor_state = ?")
            params.append("detached" if detached else "anchored")
        if kind is not None:
            clauses.append("a.target_kind = ?")
            params.append(kind)
        if role is not None:
            clauses.append(f"{role_column(self._db.schema_version, 'a')} = ?")
            params.append(role)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {annotation_columns(self._db.schema_version, 'a')} FROM annotations a"
                f" {where}"
                " ORDER BY a.created, a.rowid",
                params,
            ).fetchall()
            return tuple(hydrate(conn, row) for row in rows)

    def tags(self) -> tuple[str, ...]:
        """Every tag in use, sorted: for the editor's completion and the filter menu."""
        with self._db.read() as conn:
            rows = conn.execute("SELECT DISTINCT tag FROM annotation_tags ORDER BY tag").fetchall()
        return tuple(str(r[0]) for r in rows)

    # ------------------------------------------------------------------ anchoring

    def resolve(
        self,
        sources: Sequence[Source],
        *,
        tag: str | None = None,
        label: str | None = None,
        remember: bool = True,
    ) -> tuple[ResolvedAnnotation, ...]:
        """Place every annotation on these sources' current text: anchored or detached.

        Only annotations with at least one anchor in ``sources`` (by hash or path) are
        returned. With ``remember`` (and a writable store) the outcome is saved: anchors that
        moved take their new offsets and context, detached ones keep their original quote and
        are marked detached so ``list(detached=True)`` finds them.
        """
        resolved: builtins.list[ResolvedAnnotation] = []
        for annotation in self.list(tag=tag, label=label):
            matches = place(annotation.target, sources)
            if any(m.method != "absent" for m in matches):
                resolved.append(ResolvedAnnotation(annotation, matches))
        if remember and not self.read_only:
            # Best effort: the placement above is right even when it cannot be saved.
            with contextlib.suppress(StoreError):
                self._remember(resolved, {s.id: s for s in sources})
        return tuple(resolved)

    def _remember(self, resolved: Sequence[ResolvedAnnotation], sources: dict[str, Source]) -> None:
        updates: builtins.list[tuple[str, int, TextAnchor]] = []
        states: builtins.list[tuple[str, AnchorState]] = []
        for item in resolved:
            annotation = item.annotation
            if item.state != annotation.anchor_state:
                states.append((annotation.id, item.state))
            for ordinal, match in enumerate(item.matches):
                if match.source_id is None or match.start is None or match.end is None:
                    continue
                source = sources[match.source_id]
                fresh = make_anchor(SourceRecord.of(source), source.text, match.start, match.end)
                if fresh != match.anchor:
                    updates.append((annotation.id, ordinal, fresh))
        if not updates and not states:
            return
        with self._db.write() as conn:
            for annotation_id, state in states:
                conn.execute(
                    "UPDATE annotations SET anchor_state = ? WHERE id = ?", (state, annotation_id)
                )
            for annotation_id, ordinal, anchor in updates:
                conn.execute(
                    "UPDATE anchors SET source_sha256 = ?, source_path = ?, start = ?,"
                    ' "end" = ?, exact = ?, prefix = ?, suffix = ?'
                    " WHERE annotation_id = ? AND ordinal = ?",
                    (*anchor_row(anchor), annotation_id, ordinal),
                )

    # ------------------------------------------------------------------ triage marks

    def set_triage(self, source: Source | SourceRecord, mark: str | None) -> TriageMark | None:
        """Mark a source trusted / check / discard (None clears the mark)."""
        if mark is not None and mark not in TRIAGE_MARKS:
            raise ValueError(f"mark must be one of {', '.join(TRIAGE_MARKS)} or None")
        record = _source_key(source)
        with self._db.write() as conn:
            previous = find_triage(conn, record)
            conn.execute(
                "DELETE FROM triage_marks WHERE source_sha256 = ? OR source_path = ?",
                (record.sha256, record.path),
            )
            if mark is None:
                return None
            now = self._now()
            created = previous.created if previous else now
            conn.execute(
                "INSERT INTO triage_marks (source_sha256, source_path, mark, created, updated)"
                " VALUES (?, ?, ?, ?, ?)",
                (record.sha256, record.path, mark, created, now),
            )
        return TriageMark(record, mark, created, now)

    def set_source_name(self, source: Source | SourceRecord, name: str | None) -> None:
        """The user's name for a source (None or blank forgets it); by content and path."""
        record = _source_key(source)
        name = " ".join((name or "").split()) or None
        with self._db.write() as conn:
            previous = conn.execute(
                "SELECT created FROM source_names WHERE source_sha256 = ? OR source_path = ?"
                " ORDER BY source_sha256 = ? DESC LIMIT 1",
                (record.sha256, record.path, record.sha256),
            ).fetchone()
            conn.execute(
                "DELETE FROM source_names WHERE source_sha256 = ? OR source_path = ?",
                (record.sha256, record.path),
            )
            if name is None:
                return
            now = self._now()
            conn.execute(
                "INSERT INTO source_names (source_sha256, source_path, name, created, updated)"
                " VALUES (?, ?, ?, ?, ?)",
                (record.sha256, record.path, name, previous[0] if previous else now, now),
            )

    def get_source_name(self, source: Source | SourceRecord) -> str | None:
        """The user's name for this source: by content hash first, else by path."""
        record = _source_key(source)
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT name FROM source_names WHERE source_sha256 = ? OR source_path = ?"
                " ORDER BY source_sha256 = ? DESC, updated DESC LIMIT 1",
                (record.sha256, record.path, record.sha256),
            ).fetchone()
        return str(row[0]) if row else None

    def get_triage(self, source: Source | SourceRecord) -> TriageMark | None:
        """The mark of this source: by content hash first, else by path (a re-saved file)."""
        with self._db.read() as conn:
            return find_triage(conn, _source_key(source))

    def triage_marks(self) -> tuple[TriageMark, ...]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT source_sha256, source_path, mark, created, updated FROM triage_marks"
                " ORDER BY created, rowid"
            ).fetchall()
        return tuple(triage_of(row) for row in rows)
