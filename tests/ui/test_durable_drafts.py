"""Drafts reach the disk as they are typed: a crash loses nothing, the next start lists them
as unsaved, and ctrl+s or d settles them. A claim's draft follows its claim when renumbered."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, TextArea

from reader.services.store_notes import StoreNotes
from reader.services.story_session import StorySession
from reader.store import AnnotationStore, SourceRecord
from reader.store.schema import SCHEMA_VERSION
from reader.store.stories import StoryStore
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.confirm import ConfirmScreen
from reader.ui.screens.notes import editor as annotation_editor
from reader.ui.screens.notes.editor import AnnotationEditor
from reader.ui.screens.notes.list import AnnotationsScreen
from tests.ui.conftest import pilot_test, settled
from tests.ui.fixture_analysis import fixture_analysis

BASE = fixture_analysis()
Running = tuple[NewsdiffApp, Pilot[int], CompareScreen]


@asynccontextmanager
async def running(data: Path, *, story: bool = False) -> AsyncIterator[Running]:
    """The app on the hand-made analysis with its notes in ``data`` (a story if asked)."""
    notes = AnnotationStore.open(data)
    stories = StoryStore.open(data) if story else None
    session = None
    if stories is not None:
        stories.save("fire", [SourceRecord.of(s) for s in BASE.sources])
        session = StorySession(stories, "fire")
    app = NewsdiffApp(analysis=BASE, store=StoreNotes(notes), story=session, title="fire")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        yield app, pilot, screen
    notes.close()
    if stories is not None:
        stories.close()


def _on_disk(data: Path) -> list[str]:
    """The drafts' words as another process would read them now (what a crash leaves)."""
    with AnnotationStore.open(data) as other:
        return [d.text for d in other.drafts.list()]


def _editor_text(app: NewsdiffApp) -> str:
    return app.screen.query_one("#annotation-text", TextArea).text


async def _leave_draft(app: NewsdiffApp, pilot: Pilot[int], words: str) -> None:
    """``a`` on claim g4 (``n`` goes there), type ``words``, escape: a draft is kept."""
    screen = app.screen
    await pilot.press("n", "a")
    await settled(pilot)
    assert isinstance(app.screen, AnnotationEditor)
    await pilot.press(*words, "escape")
    await settled(pilot)
    assert app.screen is screen


async def _open_notes_list(app: NewsdiffApp, pilot: Pilot[int]) -> AnnotationsScreen:
    await pilot.press("A")
    await settled(pilot)
    assert isinstance(app.screen, AnnotationsScreen)
    screen = app.screen
    assert isinstance(screen, AnnotationsScreen)
    return screen


@pilot_test
async def test_a_draft_autosaved_before_a_crash_is_restored_and_ctrl_s_saves_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(annotation_editor, "AUTOSAVE_DELAY", 0.05)
    async with running(tmp_path) as (app, pilot, _screen):
        await pilot.press("n", "a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press(*"count the warehouses", "enter", *"again", "tab", *"call")
        await settled(pilot)
        assert _on_disk(tmp_path) == ["count the warehouses\nagain"]
        # The crash: the app goes away with the editor open, never quitting.
    async with running(tmp_path) as (app, pilot, _screen):
        told = [n.message for n in app._notifications if n.title == "Drafts"]
        assert len(told) == 1 and told[0].startswith("1 unsaved note kept from last time: A")
        notes = await _open_notes_list(app, pilot)
        draft = notes.shown[0]
        assert draft.unsaved and draft.text == "count the warehouses\nagain"
        assert draft.subject == "how long it burned"
        await pilot.press("e")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        assert _editor_text(app) == "count the warehouses\nagain"
        assert app.screen.query_one("#annotation-tags", Input).value == "call"
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert app.screen is notes
        assert [(n.text, n.unsaved) for n in notes.shown if n.kind == "group"] == [
            ("count the warehouses\nagain", False)
        ]
        assert _on_disk(tmp_path) == []
        assert [n.text for n in app.store.list_for("g4")][-1] == "count the warehouses\nagain"


@pilot_test
async def test_escape_saves_the_draft_at_once_and_a_on_the_passage_reopens_it(
    tmp_path: Path,
) -> None:
    async with running(tmp_path) as (app, pilot, _screen):
        await _leave_draft(app, pilot, "half a thought")
        assert not [n for n in app._notifications if n.title == "Drafts"]  # none at the start
        assert _on_disk(tmp_path) == ["half a thought"]
    async with running(tmp_path) as (app, pilot, _screen):
        await pilot.press("n", "a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        assert _editor_text(app) == "half a thought"


@pilot_test
async def test_flush_saves_what_is_typed_without_waiting(tmp_path: Path) -> None:
    async with running(tmp_path) as (app, pilot, _screen):
        await pilot.press("n", "a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press(*"typed just now")
        editor = app.screen
        assert isinstance(editor, AnnotationEditor)
        assert _on_disk(tmp_path) == []  # the autosave waits for typing to stop
        editor.flush_draft()
        assert _on_disk(tmp_path) == ["typed just now"]


@pilot_test
async def test_d_on_a_restored_draft_discards_it_after_asking(tmp_path: Path) -> None:
    async with running(tmp_path) as (app, pilot, _screen):
        await _leave_draft(app, pilot, "never mind")
    async with running(tmp_path) as (app, pilot, _screen):
        notes = await _open_notes_list(app, pilot)
        assert notes.shown[0].unsaved
        await pilot.press("d")
        await settled(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settled(pilot)
        assert app.screen is notes
        assert not any(n.unsaved for n in notes.shown)
        assert _on_disk(tmp_path) == []


@pilot_test
async def test_an_edit_of_a_saved_note_survives_a_crash_as_an_unsaved_edit(
    tmp_path: Path,
) -> None:
    async with running(tmp_path) as (app, pilot, screen):
        await pilot.press("n", "a", *"as saved", "ctrl+s")
        await settled(pilot)
        assert app.screen is screen
        notes = await _open_notes_list(app, pilot)
        await pilot.press("e")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press(*", then edited")
        editor = app.screen
        assert isinstance(editor, AnnotationEditor)
        editor.flush_draft()
    async with running(tmp_path) as (app, pilot, _screen):
        notes = await _open_notes_list(app, pilot)
        (saved,) = notes.shown  # the edit shows on its note, not as a second entry
        assert saved.text == "as saved"
        listing = notes.query_one("#annotations-list", OptionList)
        prompt = listing.get_option(saved.id).prompt
        assert "UNSAVED EDIT" in str(getattr(prompt, "plain", prompt))
        await pilot.press("e")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        assert _editor_text(app) == "as saved, then edited"
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert app.screen is notes
        assert [n.text for n in notes.shown] == ["as saved, then edited"]
        assert _on_disk(tmp_path) == []


@pilot_test
async def test_quitting_with_the_editor_open_saves_the_draft_and_asks_nothing(
    tmp_path: Path,
) -> None:
    async with running(tmp_path) as (app, pilot, _screen):
        await pilot.press("n", "a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press(*"last words", "ctrl+q")
        await settled(pilot)
        assert not app.is_running
    assert _on_disk(tmp_path) == ["last words"]


@pilot_test
async def test_a_claims_draft_follows_its_claim_when_a_merge_renumbers_the_claims(
    tmp_path: Path,
) -> None:
    async with running(tmp_path, story=True) as (app, pilot, screen):
        view = screen.compare_view
        assert view.jump_to_key("g3")
        await pilot.press("a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press(*"how many warehouses?", "escape")
        await settled(pilot)
        assert app.screen is screen
        assert view.jump_to_key("g1")
        await pilot.press("M", "enter")  # merge the first two claims: later ones renumber
        await settled(pilot)
        assert len(screen.analysis.groups) == len(BASE.groups) - 1
        (claim,) = [g for g in screen.analysis.groups if g.label == "warehouses destroyed"]
        assert claim.id != "g3"
        (draft,) = app.store.drafts()
        assert draft.key == claim.id
        assert view.jump_to_key(claim.id)
        await pilot.press("a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        assert _editor_text(app) == "how many warehouses?"


@pilot_test
async def test_a_draft_the_database_cannot_take_is_flagged_and_quitting_asks(
    tmp_path: Path,
) -> None:
    AnnotationStore.open(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "newsdiff.db")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")  # a newer newsdiff's file
    conn.commit()
    conn.close()
    async with running(tmp_path) as (app, pilot, _screen):
        screen = app.screen
        await pilot.press("n", "a", *"nowhere")
        editor = app.screen
        assert isinstance(editor, AnnotationEditor)
        editor.flush_draft()  # an autosave, then escape: two saves refused, one warning
        await pilot.press(*" to go", "escape")
        await settled(pilot)
        assert app.screen is screen
        warned = [n for n in app._notifications if n.title == "Draft not saved"]
        assert len(warned) == 1 and "newer newsdiff" in warned[0].message
        (draft,) = app.store.drafts()
        assert draft.typed.text == "nowhere to go" and not draft.durable
        await pilot.press("q")
        await settled(pilot)
        assert isinstance(app.screen, ConfirmScreen)


@pilot_test
async def test_an_export_says_which_unsaved_notes_it_leaves_out(tmp_path: Path) -> None:
    from reader.ui.screens.prompt import PromptScreen

    async with running(tmp_path) as (app, pilot, _screen):
        await _leave_draft(app, pilot, "not saved yet")
        await pilot.press("e")
        await settled(pilot)
        assert isinstance(app.screen, PromptScreen)
        target = tmp_path / "briefing.md"
        app.screen.query_one("#prompt-input", Input).value = str(target)
        await pilot.press("enter")

        def told() -> list[str]:
            return [n.message for n in app._notifications if n.message.startswith("Exported")]

        await settled(pilot)

        assert bool(told())
        assert told() == [f"Exported to {target} (1 unsaved note is not in it)"]
        assert "not saved yet" not in target.read_text(encoding="utf-8")
