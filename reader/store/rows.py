"""Rows of the annotation tables to values and back, and the checks made before a write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from reader.store.errors import AnnotationNotFoundError
from reader.store.models import (
    LABELS,
    TARGET_KINDS,
    Annotation,
    SourceRecord,
    Target,
    TextAnchor,
    TriageMark,
)

ANCHOR_FIELDS = 'source_sha256, source_path, start, "end", exact, prefix, suffix'


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


def get_annotation(conn: sqlite3.Connection, annotation_id: str) -> Annotation:
    row = conn.execute(
        "SELECT id, target_kind, subject, note, label, anchor_state, created, updated"
        " FROM annotations WHERE id = ?",
        (annotation_id,),
    ).fetchone()
    if row is None:
        raise AnnotationNotFoundError(annotation_id)
    return hydrate(conn, row)


def hydrate(conn: sqlite3.Connection, row: tuple[object, ...]) -> Annotation:
    annotation_id, kind, subject, note, label, state, created, updated = row
    tags = conn.execute(
        "SELECT tag FROM annotation_tags WHERE annotation_id = ? ORDER BY ordinal",
        (annotation_id,),
    ).fetchall()
    anchors = conn.execute(
        f"SELECT {ANCHOR_FIELDS} FROM anchors WHERE annotation_id = ? ORDER BY ordinal",
        (annotation_id,),
    ).fetchall()
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
