"""The notes stores' drafts: placed by their words, kept apart between two terminals, and kept
in memory (and said so) when the database cannot take them."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from reader.model import Analysis
from reader.services.notes import AnnotationDraft, MemoryStore, NotesStore
from reader.services.store_notes import StoreNotes
from reader.store import AnnotationStore
from reader.store.schema import SCHEMA_VERSION
from tests.store.conftest import TickingClock
from tests.ui.fixture_analysis import fixture_analysis

BASE = fixture_analysis()
WAREHOUSES = "warehouses destroyed"  # g3 in BASE


def _renumbered(analysis: Analysis) -> Analysis:
    """As after a correction took claim g2 apart: every later claim's number drops by one."""
    kept = [g for g in analysis.groups if g.id != "g2"]
    new = {g.id: f"g{n}" for n, g in enumerate(kept, 1)}
    return replace(
        analysis,
        groups=tuple(replace(g, id=new[g.id]) for g in kept),
        facts=tuple(
            replace(f, group=new[f.group] if f.group else None)
            for f in analysis.facts
            if f.group != "g2"
        ),
        omissions=tuple(replace(o, group=new[o.group]) for o in analysis.omissions),
    )


CLOCK = TickingClock()  # one clock for every terminal of a test: no two saves share a time


def _store_notes(folder: Path) -> StoreNotes:
    notes = StoreNotes(AnnotationStore.open(folder, clock=CLOCK))
    notes.attach(BASE)
    return notes


def _claim_id(analysis: Analysis, label: str) -> str:
    (group,) = [g for g in analysis.groups if g.label == label]
    return group.id


@pytest.mark.parametrize("kind", ["sqlite", "memory"])
def test_a_claims_draft_stays_on_its_claim_when_the_claims_are_renumbered(
    tmp_path: Path, kind: str
) -> None:
    store: NotesStore = _store_notes(tmp_path) if kind == "sqlite" else MemoryStore()
    store.attach(BASE)
    store.keep_draft("g3", AnnotationDraft("how many?"))
    after = _renumbered(BASE)
    store.attach(after)
    (draft,) = store.drafts()
    assert draft.key == _claim_id(after, WAREHOUSES) != "g3"
    assert draft.typed.text == "how many?"


def test_a_restored_draft_on_a_passage_is_placed_on_it(tmp_path: Path) -> None:
    _store_notes(tmp_path).keep_draft("s2:p4", AnnotationDraft("check", "call, ", "disputed"))
    (draft,) = _store_notes(tmp_path).drafts()
    assert (draft.key, draft.typed) == ("s2:p4", AnnotationDraft("check", "call, ", "disputed"))
    assert draft.durable and draft.view.unsaved and draft.view.source == "s2"


def test_two_terminals_drafting_on_one_passage_keep_both_texts(tmp_path: Path) -> None:
    mine, theirs = _store_notes(tmp_path), _store_notes(tmp_path)
    kept = mine.keep_draft("s2:p4", AnnotationDraft("mine"))
    theirs.keep_draft("s2:p4", AnnotationDraft("theirs"))
    mine.keep_draft("s2:p4", AnnotationDraft("mine, more"), kept.handle)
    theirs.attach(BASE)
    assert sorted(d.typed.text for d in theirs.drafts()) == ["mine, more", "theirs"]


def test_a_terminal_going_on_with_a_draft_another_changed_keeps_both(tmp_path: Path) -> None:
    mine, theirs = _store_notes(tmp_path), _store_notes(tmp_path)
    kept = mine.keep_draft("s2:p4", AnnotationDraft("started"))
    theirs.attach(BASE)
    (restored,) = theirs.drafts()
    theirs.keep_draft(restored.key, AnnotationDraft("theirs, later"), restored.handle)
    again = mine.keep_draft("s2:p4", AnnotationDraft("mine, later"), kept.handle)
    assert again.handle != kept.handle  # a new draft beside theirs, not over it
    assert sorted(d.typed.text for d in mine.drafts()) == ["mine, later", "theirs, later"]


def test_promote_saves_the_note_and_leaves_no_draft(tmp_path: Path) -> None:
    notes = _store_notes(tmp_path)
    kept = notes.keep_draft("g3", AnnotationDraft("nine? "))
    assert notes.promote_draft("g3", AnnotationDraft("nine?  "), kept.handle) == ""
    assert [n.text for n in notes.list_for("g3")] == ["nine?"]
    assert notes.drafts() == () and _store_notes(tmp_path).drafts() == ()


def test_a_read_only_database_keeps_the_draft_in_memory_and_says_why(tmp_path: Path) -> None:
    _store_notes(tmp_path).store.close()
    conn = sqlite3.connect(tmp_path / "newsdiff.db")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")  # a newer newsdiff's file
    conn.commit()
    conn.close()
    notes = _store_notes(tmp_path)
    kept = notes.keep_draft("s2:p4", AnnotationDraft("only here"))
    assert not kept.durable and "newer newsdiff" in kept.problem
    (draft,) = notes.drafts()
    assert draft.typed.text == "only here" and not draft.durable
    assert notes.discard_draft(kept.handle) and notes.drafts() == ()


def test_an_edit_saved_after_another_terminal_changed_the_note_goes_beside_it(
    tmp_path: Path,
) -> None:
    mine, theirs = _store_notes(tmp_path), _store_notes(tmp_path)
    mine.add_note("s2:p4", "first words")
    mine.attach(BASE)
    theirs.attach(BASE)
    (note,) = mine.all_notes()
    key = f"edit:{note.id}"
    kept = mine.keep_draft(key, AnnotationDraft("my edit"))
    (shown,) = theirs.all_notes()
    theirs.promote_draft(key, AnnotationDraft("their edit"))  # saved there first
    told = mine.promote_draft(key, AnnotationDraft("my edit, done"), kept.handle)
    assert "changed in another terminal" in told
    assert sorted(n.text for n in mine.all_notes()) == ["my edit, done", "their edit"]
    assert shown.id == note.id and mine.drafts() == ()
