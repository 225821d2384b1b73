"""The real pipeline on the shared seeds: the app loads, paints, moves and quits cleanly."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.widgets.compare_view import CompareView
from tests.ui.conftest import pilot_test, settled


async def _analysed(app: NewsdiffApp, pilot: Pilot[int]) -> CompareView:
    """The compare view once the seeds' analysis has finished and is shown."""
    await settled(pilot)
    assert isinstance(app.screen, CompareScreen) and not app.screen.pending
    return app.screen.query_one(CompareView)


@pilot_test
async def test_the_app_analyses_the_seeds_and_shows_every_outlet(seeds_dir: Path) -> None:
    app = NewsdiffApp([str(seeds_dir)])
    async with app.run_test(size=(200, 50)) as pilot:
        view = await _analysed(app, pilot)
        assert len(view.window.shown) == 5
        await pilot.press("n", "j", "enter", "escape", "q")
    assert app.return_code == 0


@pilot_test
async def test_every_divergence_in_the_header_count_is_a_stop_of_n(seeds_dir: Path) -> None:
    # the header counts the analysis's divergent facts; each must be reachable with `n`,
    # including one whose values sit in paragraphs that no claim row holds
    app = NewsdiffApp([str(seeds_dir)])
    async with app.run_test(size=(200, 50)) as pilot:
        view = await _analysed(app, pilot)
        stops: list[int] = []
        for _ in range(len(view.rows)):
            await pilot.press("n")
            if view.cursor in stops:
                break
            stops.append(view.cursor)
        shown = [cell for n in stops for cell in view.rows[n].cells.values()]
        for fact in (f for f in view.lookup.analysis.facts if f.divergent):
            assert any(
                cell.paragraph.id == value.paragraph
                and value.start < cell.end
                and value.end > cell.start
                for value in fact.values
                for cell in shown
            ), fact.subject


@pilot_test
async def test_the_first_focus_is_the_first_passage_not_folded_boilerplate(
    seeds_dir: Path,
) -> None:
    # the seeds open with a fold of boilerplate; a at start used to say "Move to a passage"
    app = NewsdiffApp([str(seeds_dir)])
    async with app.run_test(size=(80, 24)) as pilot:
        view = await _analysed(app, pilot)
        assert view.rows[0].kind == "folded"
        assert view.current is not None and view.current.kind != "folded"
        await pilot.press("j", "k")  # the user moves: the cursor is theirs from now on
        assert view.cursor == view.first_passage()


@pilot_test
async def test_divergences_first_opens_on_the_first_divergent_fact(seeds_dir: Path) -> None:
    app = NewsdiffApp([str(seeds_dir)], divergences_first=True)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await _analysed(app, pilot)
        await pilot.pause()
        row = view.current
        assert row is not None and view.is_divergent(row)
        assert view.cursor == next(n for n, r in enumerate(view.rows) if view.is_divergent(r))
