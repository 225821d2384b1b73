"""Vim keys in every list, table, modal, the help and the detail panel (issue 16 item 2)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, OptionList

from reader.services.store_notes import StoreNotes
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.detail import DetailScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.notes.list import AnnotationsScreen
from reader.ui.screens.overviews import CoverageScreen, SourcesScreen
from reader.ui.widgets.vim_keys import VimScroll
from tests.ui.conftest import fixture_app, pilot_test, settled
from tests.ui.fixture_analysis import fixture_analysis
from tests.ui.notes_fixture import annotated_store


@pilot_test
async def test_in_the_sources_screen_j_j_t_marks_the_third_source() -> None:
    async with fixture_app() as (app, pilot, _screen, _view):
        await pilot.press("s", "j", "j", "t")
        assert isinstance(app.screen, SourcesScreen)
        assert app.store.source_marks() == {"s3": "trusted"}
        await pilot.press("k", "t")
        assert app.store.source_marks() == {"s3": "trusted", "s2": "trusted"}


@pilot_test
async def test_coverage_j_and_l_then_enter_jumps_to_that_cell() -> None:
    async with fixture_app() as (app, pilot, _screen, view):
        await pilot.press("c")
        assert isinstance(app.screen, CoverageScreen)
        await pilot.press("j", "j", "j", *["l"] * 4, "enter")
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        assert view.current is not None and view.current.key == "g4"
        assert "s4" in view.window.shown


@pilot_test
async def test_g_and_G_and_ctrl_d_move_in_a_table() -> None:
    async with fixture_app(size=(80, 24)) as (app, pilot, _screen, _view):
        await pilot.press("c", "G")
        table = app.screen.query_one(DataTable)
        last = table.row_count - 1
        assert table.cursor_coordinate.row == last
        await pilot.press("g")
        assert table.cursor_coordinate.row == 0
        await pilot.press("ctrl+d")
        assert table.cursor_coordinate.row > 1
        await pilot.press("ctrl+u")
        assert table.cursor_coordinate.row == 0


@pilot_test
async def test_in_the_notes_list_j_then_enter_acts_on_the_second_note(tmp_path: Path) -> None:
    store = annotated_store(tmp_path)
    app = NewsdiffApp(analysis=fixture_analysis(), store=StoreNotes(store), title="Harbour fire")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("A")
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen, AnnotationsScreen)
        listing = screen.query_one("#annotations-list", OptionList)
        first = listing.highlighted
        await pilot.press("j")
        assert listing.highlighted == (first or 0) + 1
        await pilot.press("G")
        assert listing.highlighted == listing.option_count - 1
        await pilot.press("g")
        assert listing.highlighted == 0
        await pilot.press("j", "enter")  # the second note is on claim g5
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.compare_view.current is not None
        assert app.screen.compare_view.current.key == "g5"
    store.close()


@pilot_test
async def test_help_scrolls_with_j_and_ctrl_d_at_80x24() -> None:
    async with fixture_app(size=(80, 24)) as (app, pilot, _screen, _view):
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one(VimScroll)
        await pilot.press("j")
        await pilot.pause()
        assert body.scroll_y == 1
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert body.scroll_y > 2
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0


@pilot_test
async def test_the_detail_panel_scrolls_with_j_and_G_without_tab() -> None:
    async with fixture_app(size=(80, 24)) as (app, pilot, _screen, _view):
        await pilot.press("n", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        body = app.screen.query_one(VimScroll)
        assert body.max_scroll_y > 0  # at 80x24 the facts sit below the wordings
        await pilot.press("j")
        await pilot.pause()
        assert body.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y


@pilot_test
async def test_ctrl_d_and_ctrl_u_move_half_a_screen_on_the_compare_screen() -> None:
    async with fixture_app(size=(80, 24)) as (_app, pilot, _screen, view):
        await pilot.press("ctrl+d")
        down = view.cursor
        assert down > 0
        await pilot.press("ctrl+u")
        assert view.cursor < down
