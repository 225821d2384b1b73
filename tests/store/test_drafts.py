"""Drafts: saved as typed, restored after a restart, promoted or discarded atomically, and
never overwritten by another terminal's stale copy."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from reader.store import AnnotationStore, Draft, StoreReadOnlyError, span_target
from reader.store import drafts as draftsmod
from reader.store.schema import SCHEMA_VERSION
from tests.store.conftest import TickingClock, make_source

TEXT = "The harbour fire burned for three hours, the fire service said on Tuesday."
SOURCE = make_source(TEXT)
TARGET = span_target(SOURCE, 4, 16)


def _open(folder: Path, later: int = 0) -> AnnotationStore:
    """A store on ``folder`` whose clock starts ``later`` hours on (another terminal's)."""
    clock = TickingClock()
    clock.now += timedelta(hours=later)
    return AnnotationStore.open(folder, clock=clock)


def test_saving_again_updates_the_one_draft(store: AnnotationStore) -> None:
    first = store.drafts.save(Draft(TARGET, text="call the"))
    second = store.drafts.save(replace(first, text="call the fire service", tags="call,"))
    assert second.id == first.id and second.revision == first.revision + 1
    (held,) = store.drafts.list()
    assert (held.text, held.tags, held.revision) == ("call the fire service", "call,", 2)


def test_a_draft_survives_a_restart_with_its_words_tags_and_label(data_dir: Path) -> None:
    with _open(data_dir) as store:
        store.drafts.save(Draft(TARGET, text="line one\nline two", tags="a, b", label="disputed"))
    with _open(data_dir) as store:
        (held,) = store.drafts.list()
    assert (held.text, held.tags, held.label) == ("line one\nline two", "a, b", "disputed")
    assert held.target == TARGET


def test_a_draft_is_never_listed_or_resolved_as_a_note(store: AnnotationStore) -> None:
    store.drafts.save(Draft(TARGET, text="not yet"))
    assert store.list() == ()
    assert store.resolve([SOURCE]) == ()


def test_promote_makes_the_note_and_removes_the_draft(store: AnnotationStore) -> None:
    draft = store.drafts.save(Draft(TARGET, text="call them", tags="call, call", label="follow-up"))
    promoted = store.drafts.promote(replace(draft, text="call them back"))
    assert promoted.how == "added"
    (note,) = store.list()
    assert (note.note, note.tags, note.label) == ("call them back", ("call",), "follow-up")
    assert note.target == TARGET and note == promoted.annotation
    assert store.drafts.list() == ()


def test_a_promote_that_fails_midway_keeps_the_draft_and_adds_no_note(
    store: AnnotationStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = store.drafts.save(Draft(TARGET, text="keep me"))

    def broken(conn: sqlite3.Connection, held: Draft) -> bool:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(draftsmod, "_remove", broken)
    with pytest.raises(Exception, match="disk I/O"):
        store.drafts.promote(draft)
    assert store.list() == ()
    assert [d.text for d in store.drafts.list()] == ["keep me"]


def test_discard_removes_the_draft(store: AnnotationStore) -> None:
    draft = store.drafts.save(Draft(TARGET, text="never mind"))
    assert store.drafts.discard(draft)
    assert store.drafts.list() == ()
    assert store.drafts.discard(draft)  # gone already (promoted or discarded elsewhere): fine


def test_a_stale_save_from_another_terminal_becomes_a_second_draft(data_dir: Path) -> None:
    with _open(data_dir) as mine, _open(data_dir, later=1) as theirs:
        started = mine.drafts.save(Draft(TARGET, text="mine"))
        (seen,) = theirs.drafts.list()  # the other terminal restores it and goes on typing
        theirs.drafts.save(replace(seen, text="theirs, typed later"))
        forked = mine.drafts.save(replace(started, text="mine, typed more"))
        assert forked.id != started.id
        texts = sorted(d.text for d in theirs.drafts.list())
    assert texts == ["mine, typed more", "theirs, typed later"]


def test_discard_keeps_a_draft_another_terminal_changed_since(data_dir: Path) -> None:
    with _open(data_dir) as mine, _open(data_dir, later=1) as theirs:
        started = mine.drafts.save(Draft(TARGET, text="first"))
        (seen,) = theirs.drafts.list()
        theirs.drafts.save(replace(seen, text="their newer words"))
        assert not mine.drafts.discard(started)
        assert [d.text for d in mine.drafts.list()] == ["their newer words"]


def test_promote_keeps_a_draft_another_terminal_changed_since(data_dir: Path) -> None:
    with _open(data_dir) as mine, _open(data_dir, later=1) as theirs:
        started = mine.drafts.save(Draft(TARGET, text="first"))
        (seen,) = theirs.drafts.list()
        theirs.drafts.save(replace(seen, text="their newer words"))
        mine.drafts.promote(replace(started, text="my note"))
        assert [n.note for n in theirs.list()] == ["my note"]
        assert [d.text for d in theirs.drafts.list()] == ["their newer words"]


def _edit_of(store: AnnotationStore, text: str) -> Draft:
    note = store.add(TARGET, "as saved")
    return Draft(note.target, text=text, annotation_id=note.id, base_updated=note.updated)


def test_promoting_an_edit_changes_its_note(store: AnnotationStore) -> None:
    draft = store.drafts.save(_edit_of(store, "as edited"))
    assert store.drafts.promote(draft).how == "edited"
    assert [n.note for n in store.list()] == ["as edited"]


def test_an_edit_of_a_note_changed_elsewhere_is_saved_beside_it(data_dir: Path) -> None:
    with _open(data_dir) as mine, _open(data_dir, later=1) as theirs:
        draft = mine.drafts.save(_edit_of(mine, "my edit"))
        theirs.update(draft.annotation_id or "", note="their edit, saved first")
        assert mine.drafts.promote(draft).how == "beside-changed"
        texts = sorted(n.note for n in theirs.list())
    assert texts == ["my edit", "their edit, saved first"]


def test_an_edit_of_a_note_deleted_elsewhere_is_saved_as_a_new_note(data_dir: Path) -> None:
    with _open(data_dir) as mine, _open(data_dir, later=1) as theirs:
        draft = mine.drafts.save(_edit_of(mine, "my edit"))
        theirs.delete(draft.annotation_id or "")
        promoted = mine.drafts.promote(draft)
        assert promoted.how == "beside-deleted"
        (note,) = theirs.list()
    assert note.note == "my edit" and note.target == TARGET


def test_a_read_only_store_lists_drafts_but_refuses_to_save_one(data_dir: Path) -> None:
    with _open(data_dir) as store:
        store.drafts.save(Draft(TARGET, text="kept"))
    conn = sqlite3.connect(data_dir / "newsdiff.db")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")  # a newer newsdiff's file
    conn.commit()
    conn.close()
    with _open(data_dir) as store:
        assert store.read_only and not store.drafts.durable
        assert [d.text for d in store.drafts.list()] == ["kept"]
        with pytest.raises(StoreReadOnlyError):
            store.drafts.save(Draft(TARGET, text="new"))
