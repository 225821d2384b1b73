"""The Divergences screen (D): one row per divergent fact; enter jumps; f filters by kind."""

from __future__ import annotations

from reader.report.divergences import divergences
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.divergences import DivergencesScreen
from tests.ui.conftest import fixture_app, pilot_test, settled


@pilot_test
async def test_d_lists_every_divergent_fact_one_row_each() -> None:
    async with fixture_app() as (app, pilot, screen, _view):
        await pilot.press("D")
        await settled(pilot)
        assert isinstance(app.screen, DivergencesScreen)
        divergent = [f.id for f in screen.analysis.facts if f.divergent]
        table = app.screen.table
        assert sorted(str(k.value) for k in table.rows) == sorted(divergent)


@pilot_test
async def test_d_then_j_then_enter_focuses_the_second_divergences_passage() -> None:
    async with fixture_app() as (app, pilot, screen, view):
        row_two = divergences(screen.analysis)[1]
        second = row_two.values[0].value
        await pilot.press("D", "j", "enter")
        await settled(pilot)
        assert app.screen is screen
        row = view.current
        assert row is not None
        cell = row.cells[second.source]
        assert cell.start <= second.start < cell.end
        assert second.source in view.window.shown
        claim = next((r for r in view.rows if r.key == row_two.group), None)
        shown = claim is not None and second.source in claim.cells
        if (
            shown
            and claim.cells[second.source].start <= second.start < claim.cells[second.source].end
        ):
            assert (
                row.key == row_two.group
            )  # the claim's own row, not another holding the paragraph


@pilot_test
async def test_f_shows_one_kind_at_a_time_then_all_again() -> None:
    async with fixture_app() as (app, pilot, _screen, _view):
        await pilot.press("D")
        await settled(pilot)
        divergences_screen = app.screen
        assert isinstance(divergences_screen, DivergencesScreen)
        kinds = divergences_screen.kinds
        everything = divergences_screen.table.row_count
        for kind in kinds:
            await pilot.press("f")
            assert divergences_screen.kind == kind
            shown = divergences_screen.table.row_count
            assert shown == sum(1 for r in divergences_screen.rows if r.kind == kind)
        await pilot.press("f")
        assert divergences_screen.kind is None
        assert divergences_screen.table.row_count == everything


@pilot_test
async def test_escape_goes_back_without_moving() -> None:
    async with fixture_app() as (app, pilot, _screen, view):
        before = view.cursor
        await pilot.press("D", "j", "escape")
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        assert view.cursor == before


@pilot_test
async def test_divergences_first_puts_the_first_focus_on_a_divergence() -> None:
    from reader.ui.app import NewsdiffApp
    from tests.ui.fixture_analysis import fixture_analysis

    app = NewsdiffApp(analysis=fixture_analysis(), divergences_first=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        row = screen.compare_view.current
        assert row is not None and screen.compare_view.is_divergent(row)


def test_the_command_line_takes_divergences_first() -> None:
    from reader.cli.app import parser

    assert parser().parse_args(["--divergences-first", "x.txt"]).divergences_first
