"""A story in one file: its sources' bytes, corrections, notes, triage marks and the user's
names for its sources.

``newsdiff bundle NAME --output FILE`` writes one JSON document; ``newsdiff import FILE``
reads it into the current data dir as a new story: the sources under their original paths,
shown from the copies the bundle carries (a path or URL a bundle names is read only when the
user asks, with ``--refresh``), the same corrections and notes with their times. The
document is versioned (``BUNDLE_VERSION``) and every field is checked before anything is
written (``reader.store.bundle_schema``); an import is one transaction that only adds.
"""

from __future__ import annotations

import base64
import json
import re
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reader import __version__
from reader.model.anchors import SourceRecord, TextAnchor
from reader.settings import DEFAULT_MAX_BYTES
from reader.store.bundle_schema import (
    BUNDLE_FORMAT,
    BUNDLE_VERSION,
    Bundle,
    BundleError,
)
from reader.store.bundle_schema import check_bundle as check_bundle
from reader.store.models import Annotation
from reader.store.rows import annotation_columns, find_triage, hydrate, insert_annotation
from reader.store.snapshots import Snapshot, read_snapshot, save_snapshot, snapshot_folder
from reader.store.stories import StoryStore, insert_correction
from reader.text.safe import inert

__all__ = ["BUNDLE_FORMAT", "BUNDLE_VERSION", "BundleError", "Imported", "read_bundle"]


@dataclass(frozen=True, slots=True)
class Imported:
    name: str
    sources: int
    corrections: int
    annotations: int
    kept: int = 0  # notes the bundle carries that were here already (left as they are)


NAMES_SINCE = 7  # the schema version that added source_names
_OWN_ID = re.compile(r"[0-9a-f]{32}")  # what newsdiff makes (uuid4 hex); others get a new one


def _anchor_json(anchor: TextAnchor) -> dict[str, Any]:
    return {
        "sha256": anchor.source.sha256,
        "path": anchor.source.path,
        "start": anchor.start,
        "end": anchor.end,
        "exact": anchor.exact,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
    }


def _annotations(stories: StoryStore, records: list[SourceRecord]) -> list[Annotation]:
    with stories.database.read() as conn:
        ids: dict[str, None] = {}
        for record in records:
            for (annotation_id,) in conn.execute(
                "SELECT DISTINCT a.id FROM annotations a JOIN anchors n ON n.annotation_id = a.id"
                " WHERE n.source_sha256 = ? OR n.source_path = ? ORDER BY a.created, a.rowid",
                (record.sha256, record.path),
            ).fetchall():
                ids.setdefault(str(annotation_id), None)
        out = []
        for annotation_id in ids:
            row = conn.execute(
                f"SELECT {annotation_columns(stories.database.schema_version)}"
                " FROM annotations WHERE id = ?",
                (annotation_id,),
            ).fetchone()
            out.append(hydrate(conn, row))
    return out


def bundle_text(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=True, indent=1) + "\n"


def bundle_summary(document: dict[str, Any]) -> str:
    """What a bundle holds, for the user: '2 sources, 1 correction, 3 notes, ...'."""

    def count(n: int, what: str) -> str:
        return f"{n} {what}" if n == 1 else f"{n} {what}s"

    return ", ".join(
        (
            count(len(document["sources"]), "source"),
            count(len(document["corrections"]), "correction"),
            count(len(document["annotations"]), "note"),
            count(len(document["triage"]), "triage mark"),
            count(len(document["names"]), "source name"),
        )
    )


def bundle_document(stories: StoryStore, name: str) -> dict[str, Any]:
    """The bundle of story ``name`` as a JSON document (its sources must have kept copies)."""
    story = stories.get(name)
    folder = snapshot_folder(stories)
    sources = []
    records = []
    for entry in story.sources:
        kept = read_snapshot(folder, entry.sha256)
        if kept is None:
            raise BundleError(
                f"no copy of {entry.path} is kept: open the story once (newsdiff open "
                f"{name}) so newsdiff keeps one, then bundle it"
            )
        records.append(SourceRecord(entry.sha256, entry.path))
        sources.append(
            {
                "path": entry.path,
                "sha256": entry.sha256,
                "content_type": kept.content_type,
                "charset": kept.charset,
                "url": kept.url,
                "data": base64.b64encode(kept.raw).decode("ascii"),
            }
        )
    corrections = [
        {
            "id": c.id,
            "kind": c.kind,
            "created": c.created,
            "undone": c.undone,
            "passage": _anchor_json(c.passage),
            "other": None if c.other is None else _anchor_json(c.other),
        }
        for c in stories.corrections(name)
    ]
    annotations = [
        {
            "id": a.id,
            "kind": a.target.kind,
            "subject": a.target.subject,
            "anchors": [_anchor_json(x) for x in a.target.anchors],
            "note": a.note,
            "tags": list(a.tags),
            "label": a.label,
            "anchor_state": a.anchor_state,
            "created": a.created,
            "updated": a.updated,
            "role": a.role,
        }
        for a in _annotations(stories, records)
    ]
    triage = []
    with stories.database.read() as conn:
        for record in records:
            mark = find_triage(conn, record)
            if mark is not None:
                triage.append(
                    {
                        "sha256": mark.source.sha256,
                        "path": mark.source.path,
                        "mark": mark.mark,
                        "created": mark.created,
                        "updated": mark.updated,
                    }
                )
    names = []
    with stories.database.read() as conn:
        if stories.database.schema_version >= NAMES_SINCE:
            for record in records:
                row = find_name(conn, record)
                if row is not None:
                    names.append(
                        {
                            "sha256": record.sha256,
                            "path": record.path,
                            "name": row[0],
                            "created": row[1],
                            "updated": row[2],
                        }
                    )
    document = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "newsdiff": __version__,
        "story": {"name": story.name, "created": story.created},
        "sources": sources,
        "corrections": corrections,
        "annotations": annotations,
        "triage": triage,
        "names": names,
    }
    return document


def _parse(text: str) -> object:
    """The JSON document; every way JSON text can fail is one ``BundleError``."""

    def no_constant(name: str) -> object:
        raise ValueError(f"{name} is not a number a bundle may hold")

    try:
        return json.loads(text, parse_constant=no_constant)
    except RecursionError:
        raise BundleError("this file is not a newsdiff bundle (it is nested too deeply)") from None
    except json.JSONDecodeError as exc:
        raise BundleError(f"this file is not a newsdiff bundle ({exc.msg})") from None
    except ValueError as exc:  # a number of thousands of digits, NaN, Infinity
        reason = inert(str(exc), keep_newlines=False)[:120]
        raise BundleError(f"this file is not a newsdiff bundle ({reason})") from None


def read_bundle(
    stories: StoryStore,
    text: str,
    *,
    rename: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Imported:
    """Import a bundle as one new story: a pure addition.

    Every field is checked first (``reader.store.bundle_schema``); then, in one transaction,
    the story, its sources (marked as bundled copies, read live only on ``--refresh``), its
    corrections (with fresh ids) and the notes, triage marks and source names it carries are
    inserted.
    Nothing another story holds is read, changed or deleted: a note whose id is already here
    is kept as it is here, a source's triage mark or name already here is kept. Any failure leaves
    the database as it was.
    """
    bundle = check_bundle(_parse(text), max_bytes=max_bytes, rename=rename)
    folder = snapshot_folder(stories)
    if folder is None or stories.database.read_only:
        raise BundleError("the data folder cannot be written: nothing was imported")
    added: list[Path] = []
    try:
        for source in bundle.sources:
            if not (folder / source.sha256).exists():
                added.append(folder / source.sha256)
                added.append(folder / f"{source.sha256}.json")
            snapshot = Snapshot(source.raw, source.content_type, source.charset, source.url)
            save_snapshot(folder, snapshot)
        done = _insert(stories, bundle)
    except BaseException:
        for path in added:  # copies only this import wrote
            path.unlink(missing_ok=True)
        raise
    return done


def _insert(stories: StoryStore, bundle: Bundle) -> Imported:
    new_id = stories._new_id
    now = stories._now()
    kept = 0
    with stories.database.write() as conn:
        if conn.execute("SELECT 1 FROM stories WHERE name = ?", (bundle.name,)).fetchone():
            raise BundleError(
                f"a story named {bundle.name!r} exists already: import it --as another name"
            )
        story_id = new_id()
        conn.execute(
            "INSERT INTO stories (id, name, created, opened) VALUES (?, ?, ?, ?)",
            (story_id, bundle.name, bundle.created, now),
        )
        conn.executemany(
            "INSERT INTO story_sources (story_id, ordinal, source_sha256, source_path, added,"
            " origin) VALUES (?, ?, ?, ?, ?, 'bundle')",
            [(story_id, n + 1, s.sha256, s.path, now) for n, s in enumerate(bundle.sources)],
        )
        for correction in bundle.corrections:
            insert_correction(conn, story_id, replace(correction, id=new_id()))
        for note in bundle.notes:
            if conn.execute("SELECT 1 FROM annotations WHERE id = ?", (note.id,)).fetchone():
                kept += 1  # the same note is here already: this machine's version stays
                continue
            note_id = note.id if _OWN_ID.fullmatch(note.id) else new_id()
            insert_annotation(conn, note.annotation(note_id))
        conn.executemany(
            "INSERT OR IGNORE INTO triage_marks (source_sha256, source_path, mark, created,"
            " updated) VALUES (?, ?, ?, ?, ?)",
            [(m.source.sha256, m.source.path, m.mark, m.created, m.updated) for m in bundle.marks],
        )
        for given in bundle.names:  # a name this machine gave the source already stays
            if find_name(conn, given.source) is None:
                conn.execute(
                    "INSERT INTO source_names (source_sha256, source_path, name, created,"
                    " updated) VALUES (?, ?, ?, ?, ?)",
                    (
                        given.source.sha256,
                        given.source.path,
                        given.name,
                        given.created,
                        given.updated,
                    ),
                )
    return Imported(
        bundle.name, len(bundle.sources), len(bundle.corrections), len(bundle.notes) - kept, kept
    )


def find_name(conn: sqlite3.Connection, record: SourceRecord) -> tuple[str, str, str] | None:
    """The user's name for a source (name, created, updated): by content hash first, else by
    path, as ``AnnotationStore.get_source_name`` finds it."""
    row = conn.execute(
        "SELECT name, created, updated FROM source_names WHERE source_sha256 = ? OR"
        " source_path = ? ORDER BY source_sha256 = ? DESC, updated DESC LIMIT 1",
        (record.sha256, record.path, record.sha256),
    ).fetchone()
    return None if row is None else (str(row[0]), str(row[1]), str(row[2]))
