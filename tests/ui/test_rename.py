"""Sources with names (issue 16 item 4): r renames, the name survives a restart and shows in
the panes and the export; no pane says "no outlet"."""

from __future__ import annotations

from pathlib import Path

from reader.services.store_notes import StoreNotes
from reader.store import AnnotationStore, open_database
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.overviews import SourcesScreen
from reader.ui.screens.prompt import PromptScreen
from tests.ui.conftest import pilot_test, settled
from tests.ui.fixture_analysis import fixture_analysis


def _header(screen: CompareScreen) -> str:
    view = screen.compare_view
    return " ".join(strip.text for strip in view._render_header(view._width))


@pilot_test
async def test_r_renames_a_source_and_the_name_survives_a_restart_and_reaches_the_export(
    tmp_path: Path,
) -> None:
    store = AnnotationStore(open_database(tmp_path))
    app = NewsdiffApp(analysis=fixture_analysis(), store=StoreNotes(store), title="Harbour fire")
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        await pilot.press("s", "j", "r")
        await settled(pilot)
        assert isinstance(app.screen, PromptScreen)
        await pilot.press("ctrl+u", *"Coastal Desk", "enter")
        await settled(pilot)
        assert isinstance(app.screen, SourcesScreen)
        assert "Coastal Desk" in app.screen.table.get_row("s2")[1].plain
        await pilot.press("escape")
        await settled(pilot)
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        assert compare.analysis.source("s2").name == "Coastal Desk"
        assert "Coastal Desk" in _header(compare)
    store.close()
    store = AnnotationStore(open_database(tmp_path))
    again = NewsdiffApp(analysis=fixture_analysis(), store=StoreNotes(store), title="Harbour fire")
    async with again.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        compare = again.screen
        assert isinstance(compare, CompareScreen)
        assert "Coastal Desk" in _header(compare)
        markdown = again.store.export_markdown(compare.analysis, "2031-05-07", "Harbour fire")
        assert "Coastal Desk" in markdown
    store.close()
