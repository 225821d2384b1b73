"""Rows of the annotation tables to values and back, and the checks made before a write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from reader.model.anchors import SourceRecord, TextAnchor
from reader.store.errors import AnnotationNotFoundError
from reader.store.models import LABELS, ROLES, TARGET_KINDS, Annotation, Target, TriageMark

ANCHOR_FIELDS = 'source_sha256, source_path, start, "end", exact, prefix, suffix'
# The columns ``hydrate`` reads, in its order; ``role`` is computed on older schemas.
ANNOTATION_FIELDS = (
    "id",
    "target_kind",
    "subject",
    "note",
    "label",
    "anchor_state",
    "created",
    "updated",
)
ROLE_SINCE = 4  # the schema version that added annotations.role
# Before ROLE_SINCE a claim mark was an empty group note whose only tag was "claim-mark": the
# rule migration 4 applies, for databases opened read-only and so never migrated.
_OLD_ROLE = (
    "CASE WHEN {a}target_kind = 'group' AND {a}note = '' AND {a}label IS NOT NULL"
    " AND (SELECT COUNT(*) FROM annotation_tags t WHERE t.annotation_id = {a}id) = 1"
    " AND EXISTS (SELECT 1 FROM annotation_tags t WHERE t.annotation_id = {a}id"
    " AND t.tag = 'claim-mark') THEN 'claim-mark' ELSE 'note' END"
)


def role_column(version: int, alias: str = "") -> str:
    """The SQL for an annotation's role on a database at schema ``version``."""
    prefix = f"{alias}." if alias else ""
    return f"{prefix}role" if version >= ROLE_SINCE else _OLD_ROLE.format(a=prefix)


def annotation_columns(version: int, alias: str = "") -> str:
    """What ``hydrate`` reads, for a SELECT, e.g. ``a.id, a.target_kind, ..., a.role``."""
    prefix = f"{alias}." if alias else ""
    return ", ".join([*(prefix + name for name in ANNOTATION_FIELDS), role_column(version, alias)])


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for tag in tags:
        if not isinstance(tag, str):
            raise TypeError(f"a tag is text, not {type(tag).__name__}")
        tag = tag.strip()
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def check_label(label: str | None) -> str | None:
    if label is not None and label not in LABELS:
        raise ValueError(f"label must be one of {', '.join(LABELS)} or None, not {label!r}")
    return label


def check_role(role: str) -> str:
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    return role


def check_target(target: Target) -> None:
    if target.kind not in TARGET_KINDS:
        raise ValueError(f"unknown target kind {target.kind!r}")
    if not target.anchors:
        raise ValueError("a target needs at least one anchored span")
    if target.kind == "span" and len(target.anchors) != 1:
        raise ValueError("a span target has exactly one anchor")


def find_triage(conn: sqlite3.Connection, record: SourceRecord) -> TriageMark | None:
    row = conn.execute(
        "SELECT source_sha256, source_path, mark, created, updated FROM triage_marks"
        " WHERE source_sha256 = ? OR source_path = ?"
        " ORDER BY source_sha256 = ? DESC, updated DESC LIMIT 1",
        (record.sha256, record.path, record.sha256),
    ).fetchone()
    return triage_of(row) if row else None


def write_tags(conn: sqlite3.Connection, annotation_id: str, tags: Iterable[str]) -> None:
    conn.executemany(
        "INSERT INTO annotation_tags (annotation_id, ordinal, tag) VALUES (?, ?, ?)",
        [(annotation_id, i, t) for i, t in enumerate(tags)],
    )


def insert_annotation(conn: sqlite3.Connection, annotation: Annotation) -> None:
    """Write a new annotation with its tags and anchors (inside the caller's transaction)."""
    target = annotation.target
    conn.execute(
        "INSERT INTO annotations (id, target_kind, subject, note, label, anchor_state,"
        " created, updated, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            annotation.id,
            target.kind,
            target.subject,
            annotation.note,
            annotation.label,
            annotation.anchor_state,
            annotation.created,
            annotation.updated,
            annotation.role,
        ),
    )
    write_tags(conn, annotation.id, annotation.tags)
    conn.executemany(
        f"INSERT INTO anchors (annotation_id, ordinal, {ANCHOR_FIELDS})"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(annotation.id, n, *anchor_row(anchor)) for n, anchor in enumerate(target.anchors)],
    )


def rewrite_annotation(conn: sqlite3.Connection, changed: Annotation) -> None:
    """Save an annotation's new note, tags, label and time (inside the caller's transaction)."""
    conn.execute(
        "UPDATE annotations SET note = ?, label = ?, updated = ? WHERE id = ?",
        (changed.note, changed.label, changed.updated, changed.id),
    )
    conn.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", (changed.id,))
    write_tags(conn, changed.id, changed.tags)


def get_annotation(conn: sqlite3.Connection, annotation_id: str, version: int) -> Annotation:
    row = conn.execute(
        f"SELECT {annotation_columns(version)} FROM annotations WHERE id = ?",
        (annotation_id,),
    ).fetchone()
    if row is None:
        raise AnnotationNotFoundError(annotation_id)
    return hydrate(conn, row)


def hydrate(conn: sqlite3.Connection, row: tuple[object, ...]) -> Annotation:
    annotation_id, kind, subject, note, label, state, created, updated, role = row
    tags = conn.execute(
        "SELECT tag FROM annotation_tags WHERE annotation_id = ? ORDER BY ordinal",
        (annotation_id,),
    ).fetchall()
    anchors = conn.execute(
        f"SELECT {ANCHOR_FIELDS} FROM anchors WHERE annotation_id = ? ORDER BY ordinal",
        (annotation_id,),
    ).fetchall()
    if role == "claim-mark":  # an unmigrated database still holds the old marker tag
        tags = [t for t in tags if t[0] != "claim-mark"]
    return Annotation(
        id=str(annotation_id),
        target=Target(
            kind=str(kind),  # type: ignore[arg-type]  # validated on write
            anchors=tuple(anchor_of(a) for a in anchors),
            subject=str(subject),
        ),
        note=str(note),
        tags=tuple(str(t[0]) for t in tags),
        label=None if label is None else str(label),
        created=str(created),
        updated=str(updated),
        anchor_state="detached" if state == "detached" else "anchored",
        role="claim-mark" if role == "claim-mark" else "note",
    )


def anchor_row(anchor: TextAnchor) -> tuple[object, ...]:
    return (
        anchor.source.sha256,
        anchor.source.path,
        anchor.start,
        anchor.end,
        anchor.exact,
        anchor.prefix,
        anchor.suffix,
    )


def anchor_of(row: tuple[object, ...]) -> TextAnchor:
    sha, path, start, end, exact, prefix, suffix = row
    return TextAnchor(
        source=SourceRecord(str(sha), str(path)),
        start=int(str(start)),
        end=int(str(end)),
        exact=str(exact),
        prefix=str(prefix),
        suffix=str(suffix),
    )


def triage_of(row: tuple[object, ...]) -> TriageMark:
    sha, path, mark, created, updated = row
    return TriageMark(SourceRecord(str(sha), str(path)), str(mark), str(created), str(updated))
