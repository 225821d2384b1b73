"""Bundles carry each annotation's role; one from before roles still tells marks from notes."""

from __future__ import annotations

from typing import Any

from reader.store.bundle import _note_rows

ANCHOR = {
    "sha256": "abc",
    "path": "/news/a.txt",
    "start": 4,
    "end": 16,
    "exact": "harbour fire",
    "prefix": "The ",
    "suffix": " burned",
}


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
        "created": "2031-05-06T09:00:00.000+00:00",
        "updated": "2031-05-06T09:00:00.000+00:00",
        **extra,
    }


def test_an_old_bundles_claim_mark_becomes_a_mark_and_a_tagged_note_stays_a_note() -> None:
    notes, tags, _anchors, _marks = _note_rows(
        [_annotation("mark", "", ["claim-mark"]), _annotation("note", "why?", ["claim-mark"])],
        [],
    )
    assert [(row[0], row[-1]) for row in notes] == [("mark", "claim-mark"), ("note", "note")]
    assert tags == [("note", 0, "claim-mark")]


def test_a_new_bundles_role_is_taken_as_written() -> None:
    notes, tags, _anchors, _marks = _note_rows(
        [_annotation("tagged", "", ["claim-mark"], role="note")], []
    )
    assert notes[0][-1] == "note" and tags == [("tagged", 0, "claim-mark")]
