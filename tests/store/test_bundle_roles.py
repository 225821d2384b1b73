"""Bundles carry each annotation's role; one from before roles still tells marks from notes."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from reader.store.bundle_schema import BUNDLE_FORMAT, check_bundle

RAW = b"The harbour fire burned for three hours.\n"
SHA = hashlib.sha256(RAW).hexdigest()
ANCHOR = {
    "sha256": SHA,
    "path": "/news/a.txt",
    "start": 4,
    "end": 16,
    "exact": "harbour fire",
    "prefix": "The ",
    "suffix": " burned",
}
TIME = "2031-05-06T09:00:00.000+00:00"


def _annotation(note_id: str, note: str, tags: list[str], **extra: Any) -> dict[str, Any]:
    return {
        "id": note_id,
        "kind": "group",
        "subject": "fire duration",
        "anchors": [ANCHOR],
        "note": note,
        "tags": tags,
        "label": "disputed",
        "anchor_state": "anchored",
        "created": TIME,
        "updated": TIME,
        **extra,
    }


def _bundle(*annotations: dict[str, Any]) -> dict[str, Any]:
    source = {"path": "/news/a.txt", "sha256": SHA, "data": base64.b64encode(RAW).decode()}
    return {
        "format": BUNDLE_FORMAT,
        "version": 1,
        "story": {"name": "fire", "created": TIME},
        "sources": [{**source, "content_type": None, "charset": None, "url": None}],
        "corrections": [],
        "annotations": list(annotations),
        "triage": [],
    }


def test_an_old_bundles_claim_mark_becomes_a_mark_and_a_tagged_note_stays_a_note() -> None:
    notes = check_bundle(
        _bundle(
            _annotation("mark", "", ["claim-mark"]), _annotation("note", "why?", ["claim-mark"])
        ),
        max_bytes=10**6,
    ).notes
    assert [(n.id, n.role, n.tags) for n in notes] == [
        ("mark", "claim-mark", ()),
        ("note", "note", ("claim-mark",)),
    ]


def test_a_new_bundles_role_is_taken_as_written() -> None:
    (note,) = check_bundle(
        _bundle(_annotation("tagged", "", ["claim-mark"], role="note")), max_bytes=10**6
    ).notes
    assert note.role == "note" and note.tags == ("claim-mark",)
