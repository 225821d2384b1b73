"""The `a` annotation editor: multi-line notes with tags and a label; escape keeps the draft."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select, TextArea

from reader.services.store_notes import StoreNotes
from reader.store import AnnotationStore
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.notes.editor import AnnotationEditor
from tests.ui.conftest import fixture_app, pilot_test, settled
from tests.ui.fixture_analysis import fixture_analysis


@pilot_test
async def test_ctrl_s_saves_a_multi_line_note_with_its_tags_and_label(tmp_path: Path) -> None:
    store = AnnotationStore.open(tmp_path)
    app = NewsdiffApp(analysis=fixture_analysis(), store=StoreNotes(store))
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("n", "a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press(*"first line", "enter", *"second line")
        await pilot.press("tab", *"fire, harbour ,fire", "tab")
        await pilot.press("enter", "down", "down", "enter")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        [note] = app.store.list_for("g4")
        assert note.text == "first line\nsecond line"
        assert note.tags == ("fire", "harbour")
        assert note.label == "disputed"
    store.close()


@pilot_test
async def test_escape_keeps_the_draft_and_reopening_restores_it() -> None:
    async with fixture_app() as (app, pilot, screen, _view):
        await pilot.press("n", "a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press(*"half a thought", "enter", *"more", "tab", *"later")
        await pilot.press("escape")
        await settled(pilot)
        assert app.screen is screen
        assert app.store.list_for("g4") == ()
        await pilot.press("a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        editor = app.screen
        assert editor.query_one("#annotation-text", TextArea).text == "half a thought\nmore"
        assert editor.query_one("#annotation-tags", Input).value == "later"


@pilot_test
async def test_a_draft_belongs_to_its_own_passage() -> None:
    async with fixture_app() as (app, pilot, screen, _view):
        await pilot.press("n", "a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press(*"on g4", "escape")
        await settled(pilot)
        assert app.screen is screen
        await pilot.press("n", "a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        assert app.screen.query_one("#annotation-text", TextArea).text == ""
        assert app.screen.query_one("#annotation-label", Select).value == "none"


@pilot_test
async def test_a_saved_note_leaves_no_draft_behind() -> None:
    async with fixture_app() as (app, pilot, screen, _view):
        await pilot.press("n", "a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press(*"done", "ctrl+s")
        await settled(pilot)
        assert app.screen is screen
        assert [n.text for n in app.store.list_for("g4")] == ["done"]
        await pilot.press("a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        assert app.screen.query_one("#annotation-text", TextArea).text == ""


@pilot_test
async def test_a_on_a_row_of_several_lone_passages_asks_which_one() -> None:
    from reader.services.notes import notes_on
    from reader.ui.screens.passage_chooser import PassageChooser

    async with fixture_app() as (app, pilot, screen, view):
        assert view.jump_to_key("s1:p2")  # the datelines of three outlets share a row
        row = view.current
        assert row is not None and [c.paragraph.id for c in row.cells.values()][:2] == [
            "s1:p2",
            "s2:p2",
        ]
        await pilot.press("a")
        await settled(pilot)
        assert isinstance(app.screen, PassageChooser)
        await pilot.press("down", "enter")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press(*"which day?", "ctrl+s")
        await settled(pilot)
        assert app.screen is screen
        assert [n.text for n in app.store.list_for("s2:p2")] == ["which day?"]
        assert app.store.list_for("s1:p2") == ()
        assert len(notes_on(app.store, screen.row_anchors(row.key))) == 1
        await pilot.press("enter")  # the detail panel lists the notes of every passage there
        await settled(pilot)
        assert not isinstance(app.screen, CompareScreen)
        section = app.screen._notes_section()  # type: ignore[attr-defined]
        assert "which day?" in " ".join(getattr(r, "plain", "") for r in section.renderables)


async def _leave_a_draft(app: NewsdiffApp, pilot, screen: CompareScreen) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("n", "a")
    await settled(pilot)
    assert isinstance(app.screen, AnnotationEditor)
    await pilot.press(*"unsaved thought", "escape")
    await settled(pilot)
    assert app.screen is screen


@pytest.mark.parametrize(("answer", "quits"), [("n", False), ("escape", False), ("y", True)])
@pilot_test
async def test_q_with_an_unsaved_draft_asks_first(answer: str, quits: bool) -> None:
    from reader.ui.screens.confirm import ConfirmScreen

    async with fixture_app() as (app, pilot, screen, _view):
        await _leave_a_draft(app, pilot, screen)
        await pilot.press("q")
        await settled(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press(answer)
        if quits:
            await settled(pilot)
            assert not app.is_running
        else:
            await settled(pilot)
            assert app.screen is screen
            assert app.is_running and app.store.drafts()


@pilot_test
async def test_q_without_a_draft_quits_at_once() -> None:
    async with fixture_app() as (app, pilot, _screen, _view):
        await pilot.press("n", "a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press("escape", "q")  # an empty draft is nothing to lose
        await settled(pilot)
        assert not app.is_running
