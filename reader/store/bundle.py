"""A story in one file: its sources' bytes, corrections, notes and triage marks.

``newsdiff bundle NAME --output FILE`` writes one JSON document; ``newsdiff import FILE``
reads it into the current data dir, so the story opens on another machine exactly as it
was: the sources under their original paths (from the copies the bundle carries), the same
corrections and notes with the same ids and times. The document is versioned
(``BUNDLE_VERSION``); a bundle from a newer newsdiff is refused with a message saying so,
and every source's bytes are checked against their hash before anything is written.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reader import __version__
from reader.model.anchors import SourceRecord, TextAnchor
from reader.model.corrections import CORRECTION_KINDS, Correction
from reader.store.errors import StoreError
from reader.store.models import Annotation
from reader.store.rows import (
    ANCHOR_FIELDS,
    anchor_row,
    annotation_columns,
    check_role,
    find_triage,
    hydrate,
    legacy_role,
)
from reader.store.snapshots import Snapshot, read_snapshot, save_snapshot, snapshot_folder
from reader.store.stories import StoryNotFoundError, StoryStore

BUNDLE_FORMAT = "newsdiff.bundle"
BUNDLE_VERSION = 1


class BundleError(StoreError):
    """A bundle cannot be written or read; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class Imported:
    name: str
    sources: int
    corrections: int
    annotations: int


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


def _anchor_of(data: Mapping[str, Any]) -> TextAnchor:
    return TextAnchor(
        SourceRecord(str(data["sha256"]), str(data["path"])),
        int(data["start"]),
        int(data["end"]),
        str(data["exact"]),
        str(data["prefix"]),
        str(data["suffix"]),
    )


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


def write_bundle(stories: StoryStore, name: str) -> str:
    """The bundle of story ``name`` as JSON text (its sources must have kept copies)."""
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
    document = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "newsdiff": __version__,
        "story": {"name": story.name, "created": story.created},
        "sources": sources,
        "corrections": corrections,
        "annotations": annotations,
        "triage": triage,
    }
    return json.dumps(document, ensure_ascii=True, indent=1) + "\n"


def _check_header(document: object) -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != BUNDLE_FORMAT:
        raise BundleError("this file is not a newsdiff bundle")
    version = document.get("version")
    if not isinstance(version, int):
        raise BundleError("this bundle has no version number: it is damaged")
    if version > BUNDLE_VERSION:
        made_by = document.get("newsdiff", "a newer newsdiff")
        raise BundleError(
            f"this bundle was made by newsdiff {made_by} (bundle version {version}); this "
            f"newsdiff {__version__} reads up to version {BUNDLE_VERSION}: upgrade newsdiff "
            "to import it"
        )
    return document


def _decoded_sources(document: Mapping[str, Any]) -> list[tuple[str, Snapshot]]:
    out = []
    for item in document["sources"]:
        try:
            raw = base64.b64decode(str(item["data"]), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise BundleError(f"the copy of {item.get('path')} in this bundle is damaged") from exc
        if hashlib.sha256(raw).hexdigest() != item["sha256"]:
            raise BundleError(
                f"the copy of {item.get('path')} in this bundle does not match its hash: "
                "the file is damaged or was edited"
            )
        meta = {k: item.get(k) for k in ("content_type", "charset", "url")}
        snapshot = Snapshot(raw, *(v if isinstance(v, str) else None for v in meta.values()))
        out.append((str(item["path"]), snapshot))
    return out


def read_bundle(stories: StoryStore, text: str, *, rename: str | None = None) -> Imported:
    """Import a bundle into this data dir; refuses one that is damaged or too new."""
    try:
        document = _check_header(json.loads(text))
    except json.JSONDecodeError as exc:
        raise BundleError(f"this file is not a newsdiff bundle ({exc.msg})") from exc
    try:
        name = rename or str(document["story"]["name"])
        sources = _decoded_sources(document)
        corrections = [
            Correction(
                str(c["id"]),
                c["kind"] if c["kind"] in CORRECTION_KINDS else "unlink",
                _anchor_of(c["passage"]),
                None if c["other"] is None else _anchor_of(c["other"]),
                created=str(c["created"]),
                undone=None if c["undone"] is None else str(c["undone"]),
            )
            for c in document["corrections"]
        ]
        rows = _note_rows(list(document["annotations"]), list(document["triage"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleError(f"this bundle is damaged ({type(exc).__name__}: {exc})") from exc
    try:
        stories.get(name)
    except StoryNotFoundError:
        pass
    else:
        raise BundleError(f"a story named {name!r} exists already: import it --as another name")
    folder = snapshot_folder(stories)
    if folder is None:
        raise BundleError("the data folder cannot be written: nothing was imported")
    for _, snapshot in sources:
        save_snapshot(folder, snapshot)
    stories.save(name, [SourceRecord(hashlib.sha256(s.raw).hexdigest(), p) for p, s in sources])
    stories.import_corrections(name, corrections)
    _import_notes(stories, rows)
    return Imported(name, len(sources), len(corrections), len(rows[0]))


Row = tuple[object, ...]


def _note_rows(annotations: list[Any], triage: list[Any]) -> tuple[list[Row], ...]:
    """The rows to insert, built (and so checked) before anything is written."""
    notes: list[Row] = []
    tags: list[Row] = []
    anchors: list[Row] = []
    for a in annotations:
        aid = str(a["id"])
        kept = [str(t) for t in a["tags"]]
        if "role" in a:
            role = check_role(str(a["role"]))
        else:  # a bundle from before roles: an old claim mark is a note tagged claim-mark
            role = legacy_role(str(a["kind"]), str(a["note"]), a["label"], kept)
            kept = [] if role == "claim-mark" else kept
        notes.append(
            (aid, str(a["kind"]), str(a["subject"]), str(a["note"]), a["label"],
             str(a["anchor_state"]), str(a["created"]), str(a["updated"]), role)
        )  # fmt: skip
        tags += [(aid, n, t) for n, t in enumerate(kept)]
        anchors += [(aid, n, *anchor_row(_anchor_of(x))) for n, x in enumerate(a["anchors"])]
    marks: list[Row] = [
        (str(t["sha256"]), str(t["path"]), str(t["mark"]), str(t["created"]), str(t["updated"]))
        for t in triage
    ]
    return notes, tags, anchors, marks


def _import_notes(stories: StoryStore, rows: tuple[list[Row], ...]) -> None:
    notes, tags, anchors, marks = rows
    with stories.database.write() as conn:
        for note in notes:
            conn.execute("DELETE FROM annotations WHERE id = ?", (note[0],))
        conn.executemany(
            "INSERT INTO annotations (id, target_kind, subject, note, label, anchor_state,"
            " created, updated, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            notes,
        )
        conn.executemany(
            "INSERT INTO annotation_tags (annotation_id, ordinal, tag) VALUES (?, ?, ?)", tags
        )
        conn.executemany(
            f"INSERT INTO anchors (annotation_id, ordinal, {ANCHOR_FIELDS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            anchors,
        )
        conn.executemany(
            "INSERT OR REPLACE INTO triage_marks (source_sha256, source_path, mark, created,"
            " updated) VALUES (?, ?, ?, ?, ?)",
            marks,
        )
